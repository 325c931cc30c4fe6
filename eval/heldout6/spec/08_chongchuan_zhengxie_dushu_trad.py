# drafted in simplified characters (src/08_simp.txt); aliases/evidence mapped to the traditional text by trad()
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from spec_evidence import trad
N = '08_chongchuan_zhengxie_dushu_trad'
# The lecturer is named, so only he (not 南通大学/文学院) takes part in the event (as dev6 09).
E = [
 ('zx', 'ORG', '崇川区政协', ['崇川区政协', '南通市崇川区政协', '区政协'], None),
 ('wsw', 'ORG', '崇川区政协文化文史和学习委员会', ['区政协文化文史和学习委员会'], None),
 ('ntwsw', 'ORG', '南通市政协文化文史和学习委员会', ['南通市政协文化文史和学习委员会'], None),
 ('ntdx', 'ORG', '南通大学', ['南通大学'], None),
 ('wxy', 'ORG', '南通大学文学院', ['南通大学文学院'], None),
 ('cc', 'PLACE', '崇川区', ['崇川区'], None),
 ('nt', 'PLACE', '南通市', ['南通市', '南通'], None),
 ('bwy', 'PLACE', '南通博物苑', ['南通博物苑'], None),
 ('hh', 'PLACE', '濠河', ['濠河'], '委员们沿濠河走进寺街历史文化街区'),
 ('tz', 'PLACE', '唐闸古镇', ['唐闸古镇'], None),
 ('sj', 'PLACE', '寺街历史文化街区', ['寺街历史文化街区'], None),
 ('ls', 'PLACE', '狼山镇街道', ['狼山镇街道'], None),
 ('lj', 'PERSON', '陆佳', ['陆佳'], None),
 ('gxh', 'PERSON', '顾晓红', ['顾晓红'], None),
 ('zjp', 'PERSON', '朱建平', ['朱建平'], None),
 ('zlm', 'PERSON', '周立民', ['周立民'], None),
 ('jwb', 'PERSON', '季文博', ['季文博'], None),
 ('zj', 'PERSON', '张謇', ['张謇'], None),
 ('cm', 'PERSON', '曹敏', ['曹敏'], None),
 ('ev', 'EVENT', '“濠河书香”委员读书分享会', ['「濠河书香」委员读书分享会', '分享会'], None),
 ('ev_dsr', 'EVENT', '世界读书日', ['世界读书日', '第29个世界读书日'], None),
 ('ev_gd', 'EVENT', '“每月共读一本书”活动', ['「每月共读一本书」活动'], None),
 ('t_zj', 'TOPIC', '张謇与近代南通城市建设', ['张謇与近代南通城市建设'], None),
 ('t_jx', 'TOPIC', '古城街巷保护利用', ['古城街巷保护利用'], None),
 ('t_hh', 'TOPIC', '濠河历史文化街区保护提升', ['濠河历史文化街区保护提升'], None),
 ('d_zjz', 'DOCUMENT', '《张謇传》', ['张謇传'], None),
 ('d_hhjy', 'DOCUMENT', '《濠河记忆》', ['濠河记忆'], None),
 ('d_xd', 'DOCUMENT', '《崇川政协委员读书心得选编》', ['崇川政协委员读书心得选编'], None),
]
Q = '南通市崇川区政协「濠河书香」委员读书分享会在南通博物苑举行'
P1 = '区政协文化文史和学习委员会主任朱建平出席'
P2 = '南通市政协文化文史和学习委员会副主任周立民应邀出席'
L = '南通大学文学院教授季文博以「张謇与近代南通城市建设」为题作专题辅导'
V = '委员们沿濠河走进寺街历史文化街区，了解古城街巷保护利用情况'
R = [
 ('zx', 'LOCATED_IN', 'cc', Q), ('cc', 'LOCATED_IN', 'nt', Q),
 ('ntwsw', 'LOCATED_IN', 'nt', P2),
 ('ntdx', 'LOCATED_IN', 'nt', L), ('wxy', 'LOCATED_IN', 'nt', L),
 ('bwy', 'LOCATED_IN', 'nt', '在南通博物苑举行'),
 ('zx', 'ORGANIZES', 'ev', Q),
 ('ev', 'HELD_AT', 'bwy', '委员读书分享会在南通博物苑举行'),
 ('gxh', 'LEADS', 'zx', '区政协副主席顾晓红主持活动'),
 ('gxh', 'PARTICIPATES_IN', 'ev', '区政协副主席顾晓红主持活动'),
 ('zjp', 'LEADS', 'wsw', P1),
 ('zjp', 'PARTICIPATES_IN', 'ev', P1), ('wsw', 'PARTICIPATES_IN', 'ev', P1),
 ('zlm', 'LEADS', 'ntwsw', P2),
 ('zlm', 'PARTICIPATES_IN', 'ev', P2), ('ntwsw', 'PARTICIPATES_IN', 'ev', P2),
 ('jwb', 'PARTICIPATES_IN', 'ev', L),
 ('ev', 'ABOUT', 't_zj', '以「张謇与近代南通城市建设」为题作专题辅导'),
 ('t_zj', 'CONCERNS', 'nt', '张謇与近代南通城市建设'),
 ('zx', 'VISITS', 'hh', V), ('zx', 'VISITS', 'sj', V),
 ('zx', 'ABOUT', 't_jx', V),
 ('zx', 'ABOUT', 't_hh', '区政协将把读书活动与调查研究结合起来，围绕「濠河历史文化街区保护提升」开展专题调研'),
 ('t_hh', 'CONCERNS', 'hh', '濠河历史文化街区保护提升'),
 ('zx', 'ISSUES', 'd_xd', '年底前编印《崇川政协委员读书心得选编》'),
 ('zx', 'ORGANIZES', 'ev_gd', '今年以来崇川区政协依托「委员读书群」线上平台，已开展「每月共读一本书」活动4期'),
]
E, R = trad(N, E, R)
