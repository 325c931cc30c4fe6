N = '05_qiaocheng_zhengxie_shicha'
# Quoted 专题视察 (EVENT). Everyone named in the 视察组 (主席 带队, 副主席/秘书长 参加视察, 副区长 陪同) visits every site;
# bureaus that 陪同 and then 汇报/通报 take part; the 中医药发展服务中心 only 陪同 (no relation).
E = [
 ('zx', 'ORG', '谯城区政协', ['谯城区政协', '亳州市谯城区政协', '区政协'], None),
 ('bgs', 'ORG', '谯城区政协办公室', ['谯城区政协办公室'], None),
 ('jkw', 'ORG', '谯城区政协经济科技委员会', ['区政协经济科技委员会'], None),
 ('qzf', 'ORG', '谯城区人民政府', ['区政府'], None),
 ('nyj', 'ORG', '谯城区农业农村局', ['区农业农村局'], None),
 ('scj', 'ORG', '谯城区市场监督管理局', ['区市场监督管理局'], None),
 ('zyy', 'ORG', '谯城区中医药发展服务中心', ['区中医药发展服务中心'], None),
 ('qc', 'PLACE', '谯城区', ['谯城区', '谯城'], None),
 ('bz', 'PLACE', '亳州市', ['亳州市', '亳州'], None),
 ('sbl', 'PLACE', '十八里镇', ['十八里镇'], None),
 ('jd', 'PLACE', '十八里镇中药材规范化种植基地', ['十八里镇中药材规范化种植基地'], None),
 ('jyzx', 'PLACE', '亳州中药材交易中心', ['亳州中药材交易中心'], None),
 ('kfq', 'PLACE', '谯城经济开发区', ['谯城经济开发区'], None),
 ('cxzx', 'PLACE', '现代中药产业创新中心', ['现代中药产业创新中心'], None),
 ('gh', 'PLACE', '涡河', ['涡河'], None),
 ('ha', 'PLACE', '涡河谯城段生态护岸工程', ['涡河谯城段生态护岸工程'], None),
 ('ev', 'EVENT', '“药都振兴·谯城先行”专题视察', ['“药都振兴·谯城先行”专题视察'], None),
 ('t', 'TOPIC', '现代中药产业高质量发展', ['现代中药产业高质量发展'], None),
 ('t_bz', 'TOPIC', '白芍、亳菊标准化种植', ['白芍、亳菊标准化种植'], None),
 ('t_cj', 'TOPIC', '产地初加工', ['产地初加工'], None),
 ('t_zs', 'TOPIC', '中药材质量追溯体系建设', ['中药材质量追溯体系建设'], None),
 ('t_ds', 'TOPIC', '电商交易', ['电商交易'], None),
 ('t_yp', 'TOPIC', '中药饮片企业技术改造', ['中药饮片企业技术改造'], None),
 ('t_jd', 'TOPIC', '全区中药材种植基地建设', ['全区中药材种植基地建设'], None),
 ('t_zz', 'TOPIC', '中药材市场专项整治', ['中药材市场专项整治'], None),
 ('t_lz', 'TOPIC', '中药材良种繁育', ['中药材良种繁育'], None),
 ('t_ys', 'TOPIC', '药食同源产品开发', ['药食同源产品开发'], None),
 ('gzq', 'PERSON', '高志强', ['高志强'], None),
 ('zxm', 'PERSON', '朱晓梅', ['朱晓梅'], None),
 ('xwb', 'PERSON', '夏文斌', ['夏文斌'], None),
 ('slj', 'PERSON', '邵丽娟', ['邵丽娟'], None),
 ('gw', 'PERSON', '葛雯', ['葛雯'], None),
]
Q = '亳州市谯城区政协组织部分常委和委员开展“药都振兴·谯城先行”专题视察'
A = '围绕“现代中药产业高质量发展”建言献策'
L1 = '区政协主席高志强带队'
L2 = '区政协副主席朱晓梅和秘书长夏文斌参加视察'
L3 = '副区长邵丽娟和区农业农村局、区市场监督管理局、区中医药发展服务中心负责同志陪同'
V1 = '视察组首先来到十八里镇中药材规范化种植基地'
V2 = '随后走进亳州中药材交易中心'
V3 = '在谯城经济开发区，视察组实地察看了现代中药产业创新中心'
V4 = '最后沿涡河察看了涡河谯城段生态护岸工程'
SITES = [('jd', V1), ('jyzx', V2), ('kfq', V3), ('cxzx', V3), ('gh', V4), ('ha', V4)]
R = [
 ('zx', 'LOCATED_IN', 'qc', Q), ('qc', 'LOCATED_IN', 'bz', Q),
 ('jd', 'LOCATED_IN', 'sbl', '十八里镇中药材规范化种植基地'),
 ('jyzx', 'LOCATED_IN', 'bz', '亳州中药材交易中心'),
 ('kfq', 'LOCATED_IN', 'qc', '谯城经济开发区'),
 ('cxzx', 'LOCATED_IN', 'kfq', V3),
 ('ha', 'LOCATED_IN', 'gh', '涡河谯城段生态护岸工程'),
 ('ha', 'LOCATED_IN', 'qc', '涡河谯城段生态护岸工程'),
 ('zx', 'ORGANIZES', 'ev', Q),
 ('jkw', 'ORGANIZES', 'ev', '本次视察由区政协经济科技委员会承办'),
 ('ev', 'ABOUT', 't', '开展“药都振兴·谯城先行”专题视察，围绕“现代中药产业高质量发展”'),
 ('zx', 'ABOUT', 't', A),
 ('gzq', 'LEADS', 'zx', L1), ('zxm', 'LEADS', 'zx', L2), ('xwb', 'LEADS', 'zx', L2),
 ('slj', 'LEADS', 'qzf', '邵丽娟表示，区政府将认真研究吸纳委员建议'),
 ('gzq', 'PARTICIPATES_IN', 'ev', L1),
 ('zxm', 'PARTICIPATES_IN', 'ev', L2), ('xwb', 'PARTICIPATES_IN', 'ev', L2),
 ('slj', 'PARTICIPATES_IN', 'ev', L3),
] + [(w, 'VISITS', p, v) for w in ('zx', 'gzq', 'zxm', 'xwb', 'slj') for p, v in SITES] + [
 ('ev', 'HELD_AT', p, v) for p, v in SITES] + [
 ('ev', 'ABOUT', 't_bz', '察看白芍、亳菊标准化种植和产地初加工情况'),
 ('ev', 'ABOUT', 't_cj', '察看白芍、亳菊标准化种植和产地初加工情况'),
 ('ev', 'ABOUT', 't_zs', '了解中药材质量追溯体系建设和电商交易情况'),
 ('ev', 'ABOUT', 't_ds', '了解中药材质量追溯体系建设和电商交易情况'),
 ('ev', 'ABOUT', 't_yp', '听取了中药饮片企业技术改造情况介绍'),
 ('nyj', 'PARTICIPATES_IN', 'ev', '区农业农村局汇报了全区中药材种植基地建设情况'),
 ('nyj', 'ABOUT', 't_jd', '区农业农村局汇报了全区中药材种植基地建设情况'),
 ('ev', 'ABOUT', 't_jd', '区农业农村局汇报了全区中药材种植基地建设情况'),
 ('scj', 'PARTICIPATES_IN', 'ev', '区市场监督管理局通报了中药材市场专项整治进展'),
 ('scj', 'ABOUT', 't_zz', '区市场监督管理局通报了中药材市场专项整治进展'),
 ('ev', 'ABOUT', 't_zz', '区市场监督管理局通报了中药材市场专项整治进展'),
 ('ev', 'ABOUT', 't_lz', '委员们围绕“中药材良种繁育”“药食同源产品开发”等提出意见建议'),
 ('ev', 'ABOUT', 't_ys', '委员们围绕“中药材良种繁育”“药食同源产品开发”等提出意见建议'),
]
