# drafted in simplified characters; aliases/evidence mapped to the traditional text by _ev.trad
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from spec_evidence import trad
N = '08_zhangwan_zhengxie_yishi_trad'

E = [
 ('zx', 'ORG', '张湾区政协', ['张湾区政协', '十堰市张湾区政协', '区政协'], None),
 ('qw', 'ORG', '中共张湾区委', ['区委'], '报送区委、区政府参阅'),
 ('qzf', 'ORG', '张湾区人民政府', ['区政府'], '报送区委、区政府参阅'),
 ('zjj', 'ORG', '张湾区住房和城乡建设局', ['区住房和城乡建设局'], None),
 ('cgj', 'ORG', '张湾区城市管理执法局', ['区城市管理执法局'], None),
 ('hgbsc', 'ORG', '花果街道办事处', ['花果街道办事处'], None),
 ('gzs', 'ORG', '“有事好商量”委员工作室', ['「有事好商量」委员工作室'], None),
 ('zw', 'PLACE', '张湾区', ['张湾区', '张湾'], None),
 ('sy', 'PLACE', '十堰市', ['十堰市', '十堰'], None),
 ('hg', 'PLACE', '花果街道', ['花果街道'], None),
 ('heh', 'PLACE', '百二河', ['百二河', '百二河张湾段'], None),
 ('hegy', 'PLACE', '百二河生态公园', ['百二河生态公园'], None),
 ('sfs', 'PLACE', '四方山植物园', ['四方山植物园'], None),
 ('ccl', 'PLACE', '车城路', ['车城路'], None),
 ('cclq', 'PLACE', '车城路百二河桥段', ['车城路百二河桥段'], None),
 ('hw', 'PLACE', '红卫街道', ['红卫街道'], None),
 ('sycq', 'PLACE', '十堰城区', ['十堰城区'], None),
 ('dmx', 'PERSON', '杜明轩', ['杜明轩'], None),
 ('wxh', 'PERSON', '万晓红', ['万晓红'], None),
 ('nwj', 'PERSON', '聂文静', ['聂文静'], None),
 ('zxy', 'PERSON', '祝晓燕', ['祝晓燕'], None),
 ('ev', 'EVENT', '“百二河畔话治理”委员议事会', ['「百二河畔话治理」委员议事会', '议事会'], None),
 ('t_heh', 'TOPIC', '推进百二河张湾段生态修复与滨河空间提升', ['推进百二河张湾段生态修复与滨河空间提升'], None),
 ('t_zm', 'TOPIC', '滨河步道夜间照明', ['滨河步道夜间照明'], None),
 ('t_yw', 'TOPIC', '沿河老旧小区雨污分流', ['沿河老旧小区雨污分流'], None),
 ('t_qs', 'TOPIC', '百二河亲水平台安全管理', ['百二河亲水平台安全管理'], None),
 ('t_zz', 'TOPIC', '百二河综合整治', ['百二河综合整治'], None),
 ('d_jys', 'DOCUMENT', '《百二河滨河空间提升建议书》', ['百二河滨河空间提升建议书'], None),
]
V = '委员们实地察看了百二河生态公园、四方山植物园和车城路百二河桥段'
R = [
 ('zx', 'LOCATED_IN', 'zw', '十堰市张湾区政协在花果街道举办'),
 ('zw', 'LOCATED_IN', 'sy', '十堰市张湾区政协在花果街道举办'),
 ('hgbsc', 'LOCATED_IN', 'hg', '花果街道办事处负责同志'),
 ('cclq', 'LOCATED_IN', 'ccl', '车城路百二河桥段'),
 ('cclq', 'LOCATED_IN', 'heh', '车城路百二河桥段'),
 ('hegy', 'LOCATED_IN', 'heh', '百二河生态公园'),
 ('sycq', 'LOCATED_IN', 'sy', '百二河是十堰城区的“生态绿廊”'),
 ('zx', 'ORGANIZES', 'ev', '十堰市张湾区政协在花果街道举办“百二河畔话治理”委员议事会'),
 ('ev', 'HELD_AT', 'hg', '在花果街道举办“百二河畔话治理”委员议事会'),
 ('ev', 'ABOUT', 't_heh', '围绕“推进百二河张湾段生态修复与滨河空间提升”议题'),
 ('t_heh', 'CONCERNS', 'heh', '推进百二河张湾段生态修复与滨河空间提升'),
 ('dmx', 'LEADS', 'zx', '区政协主席杜明轩出席并讲话'),
 ('dmx', 'PARTICIPATES_IN', 'ev', '区政协主席杜明轩出席并讲话'),
 ('wxh', 'LEADS', 'zx', '区政协副主席万晓红主持议事会'),
 ('wxh', 'PARTICIPATES_IN', 'ev', '区政协副主席万晓红主持议事会'),
 ('zx', 'VISITS', 'hegy', V), ('zx', 'VISITS', 'sfs', V), ('zx', 'VISITS', 'cclq', V),
 ('zjj', 'PARTICIPATES_IN', 'ev', '区住房和城乡建设局、区城市管理执法局、花果街道办事处负责同志通报了百二河综合整治工作进展'),
 ('cgj', 'PARTICIPATES_IN', 'ev', '区住房和城乡建设局、区城市管理执法局、花果街道办事处负责同志通报了百二河综合整治工作进展'),
 ('hgbsc', 'PARTICIPATES_IN', 'ev', '区住房和城乡建设局、区城市管理执法局、花果街道办事处负责同志通报了百二河综合整治工作进展'),
 ('zjj', 'ABOUT', 't_zz', '负责同志通报了百二河综合整治工作进展'),
 ('cgj', 'ABOUT', 't_zz', '负责同志通报了百二河综合整治工作进展'),
 ('hgbsc', 'ABOUT', 't_zz', '负责同志通报了百二河综合整治工作进展'),
 ('t_zz', 'CONCERNS', 'heh', '百二河综合整治'),
 ('ev', 'ABOUT', 't_zm', '委员和居民代表围绕“滨河步道夜间照明”“沿河老旧小区雨污分流”“百二河亲水平台安全管理”等话题'),
 ('ev', 'ABOUT', 't_yw', '委员和居民代表围绕“滨河步道夜间照明”“沿河老旧小区雨污分流”“百二河亲水平台安全管理”等话题'),
 ('ev', 'ABOUT', 't_qs', '委员和居民代表围绕“滨河步道夜间照明”“沿河老旧小区雨污分流”“百二河亲水平台安全管理”等话题'),
 ('t_qs', 'CONCERNS', 'heh', '百二河亲水平台安全管理'),
 ('zx', 'ISSUES', 'd_jys', '整理形成《百二河滨河空间提升建议书》'),
]
R = [(h, r, t, e.replace('“', '「').replace('”', '」')) for h, r, t, e in R]
E, R = trad(N, E, R)
