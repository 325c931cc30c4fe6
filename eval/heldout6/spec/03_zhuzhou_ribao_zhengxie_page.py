import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from spec_evidence import fix, fix_e
N = '03_zhuzhou_ribao_zhengxie_page'
# 区政协 refers to 芦淞区政协 (item 1), 荷塘区政协 (item 2) and 石峰区政协 (item 4): an alias of none of them.
# 区政协经济委员会/区商务局/区工业和信息化局 occur only in the 芦淞 item, 区文化旅游广电体育局 only in the 荷塘 item.
# 副区长谢红英: no 区政府 on the page, so no LEADS.
E = [
 ('zzrb', 'ORG', '株洲日报', ['株洲日报'], None),
 ('lszx', 'ORG', '芦淞区政协', ['芦淞区政协'], '11月19日，芦淞区政协召开第二期“芦淞会客厅”协商会'),
 ('htzx', 'ORG', '荷塘区政协', ['荷塘区政协'], None),
 ('tyzx', 'ORG', '天元区政协', ['天元区政协'], None),
 ('lkzx', 'ORG', '渌口区政协', ['渌口区政协'], None),
 ('sfzx', 'ORG', '石峰区政协', ['石峰区政协'], None),
 ('lsjjw', 'ORG', '芦淞区政协经济委员会', ['区政协经济委员会'], None),
 ('lsswj', 'ORG', '芦淞区商务局', ['区商务局'], None),
 ('lsgxj', 'ORG', '芦淞区工业和信息化局', ['区工业和信息化局'], None),
 ('htwl', 'ORG', '荷塘区文化旅游广电体育局', ['区文化旅游广电体育局'], None),
 ('gzs', 'ORG', '“龙母河畔”委员工作室', ['“龙母河畔”委员工作室'], None),
 ('zz', 'PLACE', '株洲市', ['株洲'], '株洲日报'),
 ('ls', 'PLACE', '芦淞区', ['芦淞区'], None),
 ('ht', 'PLACE', '荷塘区', ['荷塘区'], None),
 ('ty', 'PLACE', '天元区', ['天元区'], None),
 ('lk', 'PLACE', '渌口区', ['渌口区'], None),
 ('sf', 'PLACE', '石峰区', ['石峰区'], None),
 ('scq', 'PLACE', '芦淞服饰市场群', ['芦淞服饰市场群'], None),
 ('bgz', 'PLACE', '白关镇', ['白关镇'], None),
 ('xyl', 'PLACE', '仙庾岭景区', ['仙庾岭景区'], None),
 ('yk', 'PLACE', '仙庾岭景区游客服务中心', ['仙庾岭景区游客服务中心'], None),
 ('xyz', 'PLACE', '仙庾镇', ['仙庾镇'], None),
 ('xj', 'PLACE', '湘江', ['湘江'], None),
 ('mjh', 'PLACE', '马家河街道', ['马家河街道', '天元区马家河街道'], None),
 ('lkz', 'PLACE', '渌口镇', ['渌口镇', '渌口区渌口镇'], None),
 ('jl', 'PLACE', '井龙街道', ['井龙街道'], None),
 ('lmh', 'PLACE', '龙母河', ['龙母河'], '围绕“龙母河沿线老旧小区改造”'),
 ('tlh', 'PERSON', '谭丽华', ['谭丽华'], None),
 ('yxf', 'PERSON', '易晓峰', ['易晓峰'], None),
 ('hm', 'PERSON', '贺敏', ['贺敏'], None),
 ('lsy', 'PERSON', '刘思雨', ['刘思雨'], None),
 ('pzj', 'PERSON', '彭志军', ['彭志军'], None),
 ('zyq', 'PERSON', '钟雅琴', ['钟雅琴'], None),
 ('wh', 'PERSON', '文浩', ['文浩'], None),
 ('lj', 'PERSON', '罗嘉', ['罗嘉'], None),
 ('xhy', 'PERSON', '谢红英', ['谢红英'], None),
 ('ljz', 'PERSON', '罗建中', ['罗建中'], None),
 ('zzl', 'PERSON', '周志良', ['周志良'], None),
 ('ylj', 'PERSON', '易丽君', ['易丽君'], None),
 ('czp', 'PERSON', '陈志平', ['陈志平'], None),
 ('lmhu', 'PERSON', '刘明辉', ['刘明辉'], None),
 ('hsf', 'PERSON', '黄素芬', ['黄素芬'], None),
 ('ev_ls', 'EVENT', '第二期“芦淞会客厅”协商会', ['第二期“芦淞会客厅”协商会', '“芦淞会客厅”协商会'], None),
 ('ev_xj', 'EVENT', '“湘江沿岸生态修复与利用”专题调研', ['“湘江沿岸生态修复与利用”专题调研'], None),
 ('t_fs', 'TOPIC', '推动服饰产业数字化转型', ['推动服饰产业数字化转型', '服饰产业数字化'], '围绕“推动服饰产业'),
 ('t_xy', 'TOPIC', '仙庾岭景区提质', ['仙庾岭景区提质'], None),
 ('t_xj', 'TOPIC', '湘江沿岸生态修复与利用', ['湘江沿岸生态修复与利用', '湘江岸线生态修复'], None),
 ('t_ax', 'TOPIC', '岸线整治', ['岸线整治'], None),
 ('t_ld', 'TOPIC', '滨江绿道建设', ['滨江绿道建设'], None),
 ('t_lmh', 'TOPIC', '龙母河沿线老旧小区改造', ['龙母河沿线老旧小区改造'], None),
]
Q1 = '芦淞区政协召开第二期“芦淞会客厅”协商会'
V1 = '区政协经济委员会组织委员走访芦淞服饰市场群和白关镇服饰加工企业'
B1 = '区商务局、区工业和信息化局作情况通报'
V2 = '委员们先后察看了仙庾岭景区游客服务中心和仙庾镇乡村民宿集群'
H2 = '荷塘区政协组织部分委员视察仙庾岭景区提质工作'
J3 = '天元区政协与渌口区政协联合开展“湘江沿岸生态修复与利用”专题调研'
V3 = '共同走进天元区马家河街道和渌口区渌口镇的湘江沿岸'
C3 = '察看岸线整治和滨江绿道建设情况'
P3 = '天元区政协主席陈志平、渌口区政协主席刘明辉参加调研'
R = [
 ('zzrb', 'LOCATED_IN', 'zz', '株洲日报'),
 ('lszx', 'LOCATED_IN', 'ls', Q1),
 ('htzx', 'LOCATED_IN', 'ht', H2),
 ('tyzx', 'LOCATED_IN', 'ty', J3),
 ('lkzx', 'LOCATED_IN', 'lk', J3),
 ('sfzx', 'LOCATED_IN', 'sf', '石峰区政协“龙母河畔”委员工作室在井龙街道揭牌成立'),
 ('scq', 'LOCATED_IN', 'ls', '芦淞服饰市场群'),
 ('yk', 'LOCATED_IN', 'xyl', '仙庾岭景区游客服务中心'),
 ('mjh', 'LOCATED_IN', 'ty', V3),
 ('lkz', 'LOCATED_IN', 'lk', V3),
 # item 1 芦淞
 ('lszx', 'ORGANIZES', 'ev_ls', Q1),
 ('ev_ls', 'ABOUT', 't_fs', '芦淞区政协召开第二期“芦淞会客厅”协商会，围绕“推动服饰产业'),
 ('lszx', 'ABOUT', 't_fs', '芦淞会客厅””聚焦服饰产业数字化'),
 ('lsjjw', 'VISITS', 'scq', V1), ('lsjjw', 'VISITS', 'bgz', V1),
 ('xhy', 'PARTICIPATES_IN', 'ev_ls', '副区长谢红英到会听取意见'),
 ('lsswj', 'PARTICIPATES_IN', 'ev_ls', B1), ('lsgxj', 'PARTICIPATES_IN', 'ev_ls', B1),
 ('ljz', 'LEADS', 'lszx', '区政协主席罗建中主持会议'),
 ('ljz', 'PARTICIPATES_IN', 'ev_ls', '区政协主席罗建中主持会议'),
 # item 2 荷塘
 ('htzx', 'VISITS', 'xyl', H2),
 ('htzx', 'ABOUT', 't_xy', H2),
 ('t_xy', 'CONCERNS', 'xyl', '视察仙庾岭景区提质工作'),
 ('zzl', 'LEADS', 'htzx', '区政协主席周志良带队'),
 ('ylj', 'LEADS', 'htzx', '副主席易丽君参加'),
 ('zzl', 'VISITS', 'xyl', '区政协主席周志良带队'),
 ('ylj', 'VISITS', 'xyl', '副主席易丽君参加'),
] + [(w, 'VISITS', p, V2) for w in ('htzx', 'zzl', 'ylj') for p in ('yk', 'xyz')] + [
 # item 3 天元 + 渌口
 ('tyzx', 'COOPERATES_WITH', 'lkzx', J3),
 ('tyzx', 'ORGANIZES', 'ev_xj', J3), ('lkzx', 'ORGANIZES', 'ev_xj', J3),
 ('ev_xj', 'ABOUT', 't_xj', '联合开展“湘江沿岸生态修复与利用”专题调研'),
 ('t_xj', 'CONCERNS', 'xj', '湘江沿岸生态修复与利用'),
] + [(w, 'VISITS', p, V3) for w in ('tyzx', 'lkzx') for p in ('mjh', 'lkz', 'xj')] + [
 ('ev_xj', 'HELD_AT', p, V3) for p in ('mjh', 'lkz', 'xj')] + [
 ('tyzx', 'ABOUT', 't_ax', C3), ('lkzx', 'ABOUT', 't_ax', C3),
 ('tyzx', 'ABOUT', 't_ld', C3), ('lkzx', 'ABOUT', 't_ld', C3),
 ('czp', 'LEADS', 'tyzx', P3), ('lmhu', 'LEADS', 'lkzx', P3),
 ('czp', 'PARTICIPATES_IN', 'ev_xj', P3), ('lmhu', 'PARTICIPATES_IN', 'ev_xj', P3),
 # item 4 石峰
 ('hsf', 'LEADS', 'sfzx', '区政协副主席黄素芬出席揭'),
 ('sfzx', 'ABOUT', 't_lmh', '并与委员、居民代表围绕“龙母河沿线老旧小区改造”座谈交流'),
 ('t_lmh', 'CONCERNS', 'lmh', '龙母河沿线老旧小区改造'),
]
E = fix_e(N, E)
R = fix(N, R)
