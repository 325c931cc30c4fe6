# drafted in simplified characters (src/08_simp.txt); aliases/evidence mapped to the traditional text by trad()
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from spec_evidence import trad
N = '08_xuhui_zhengxie_dushu_trad'
# The lecturer is named, so he (not the university/college) takes part; the library that 赠送 at the 分享会 takes part and,
# as the partner of 联合…设立, COOPERATES_WITH the 区政协. The named exhibition seen in the visited 书院 is HELD_AT it.
# 徐光启 (historical, in a book title and the exhibition name) is a PERSON without relations; the books are DOCUMENTs without relations.
E = [
 ('zx', 'ORG', '徐汇区政协', ['徐汇区政协', '上海市徐汇区政协', '区政协'], None),
 ('wsw', 'ORG', '徐汇区政协文化文史和学习委员会', ['区政协文化文史和学习委员会'], None),
 ('shwsw', 'ORG', '上海市政协文化文史和学习委员会', ['上海市政协文化文史和学习委员会'], None),
 ('sjtu', 'ORG', '上海交通大学', ['上海交通大学'], None),
 ('rwxy', 'ORG', '上海交通大学人文学院', ['上海交通大学人文学院'], None),
 ('tsg', 'ORG', '徐汇区图书馆', ['徐汇区图书馆'], None),
 ('pt', 'ORG', '“委员书房”线上平台', ['「委员书房」线上平台'], None),
 ('xh', 'PLACE', '徐汇区', ['徐汇区'], None),
 ('sh', 'PLACE', '上海市', ['上海市'], None),
 ('xjh', 'PLACE', '徐家汇', ['徐家汇'], '讲述徐家汇一带街区的历史变迁'),
 ('cs', 'PLACE', '徐家汇藏书楼', ['徐家汇藏书楼'], None),
 ('sy', 'PLACE', '徐家汇书院', ['徐家汇书院'], None),
 ('wk', 'PLACE', '武康路', ['武康路'], None),
 ('chj', 'PLACE', '漕河泾街道', ['漕河泾街道'], None),
 ('tl', 'PLACE', '田林街道', ['田林街道'], None),
 ('hf', 'PLACE', '衡复历史文化风貌区', ['衡复历史文化风貌区'], None),
 ('gzh', 'PERSON', '顾振华', ['顾振华'], None),
 ('sjh', 'PERSON', '沈佳慧', ['沈佳慧'], None),
 ('wzg', 'PERSON', '王志刚', ['王志刚'], None),
 ('cly', 'PERSON', '陈立言', ['陈立言'], None),
 ('xwb', 'PERSON', '许文彬', ['许文彬'], None),
 ('pxy', 'PERSON', '潘晓燕', ['潘晓燕'], None),
 ('zym', 'PERSON', '赵一鸣', ['赵一鸣'], None),
 ('xgq', 'PERSON', '徐光启', ['徐光启'], None),
 ('ev', 'EVENT', '“书香徐汇·委员共读”读书分享会', ['「书香徐汇·委员共读」读书分享会', '分享会'], None),
 ('ev_dsr', 'EVENT', '世界读书日', ['世界读书日', '第29个世界读书日'], None),
 ('ev_zl', 'EVENT', '徐光启与明清科技文献展', ['徐光启与明清科技文献展'], None),
 ('ev_zm', 'EVENT', '“周末共读”活动', ['「周末共读」活动'], None),
 ('t_hp', 'TOPIC', '海派文化与城市更新', ['海派文化与城市更新'], None),
 ('t_bl', 'TOPIC', '历史建筑保护利用', ['历史建筑保护利用'], None),
 ('t_hf', 'TOPIC', '衡复历史文化风貌区保护利用', ['衡复历史文化风貌区保护利用'], None),
 ('d_fh', 'DOCUMENT', '《繁花》', ['繁花'], None),
 ('d_xgq', 'DOCUMENT', '《徐光启传》', ['徐光启传'], None),
 ('d_jz', 'DOCUMENT', '《上海建筑百年》', ['上海建筑百年'], None),
 ('d_zj', 'DOCUMENT', '《徐汇委员读书札记》', ['徐汇委员读书札记'], None),
]
Q = '上海市徐汇区政协在徐家汇藏书楼举办「书香徐汇·委员共读」读书分享会'
P3 = '区政协文化文史和学习委员会主任王志刚、上海市政协文化文史和学习委员会副主任陈立言应邀参加'
L = '上海交通大学人文学院教授许文彬以「海派文化与城市更新」为题作专题辅导'
V = '委员们走进徐家汇书院，参观徐光启与明清科技文献展，并沿武康路察看历史建筑保护利用情况'
R = [
 ('zx', 'LOCATED_IN', 'xh', Q), ('xh', 'LOCATED_IN', 'sh', Q),
 ('sjtu', 'LOCATED_IN', 'sh', '上海交通大学人文学院'), ('rwxy', 'LOCATED_IN', 'sh', '上海交通大学人文学院'),
 ('tsg', 'LOCATED_IN', 'xh', '徐汇区图书馆'),
 ('cs', 'LOCATED_IN', 'xjh', '徐家汇藏书楼'), ('sy', 'LOCATED_IN', 'xjh', '徐家汇书院'),
 ('zx', 'ORGANIZES', 'ev', Q), ('ev', 'HELD_AT', 'cs', Q),
 ('gzh', 'LEADS', 'zx', '区政协主席顾振华出席'), ('gzh', 'PARTICIPATES_IN', 'ev', '区政协主席顾振华出席'),
 ('sjh', 'LEADS', 'zx', '区政协副主席沈佳慧主持'), ('sjh', 'PARTICIPATES_IN', 'ev', '区政协副主席沈佳慧主持'),
 ('wzg', 'LEADS', 'wsw', P3), ('wzg', 'PARTICIPATES_IN', 'ev', P3), ('wsw', 'PARTICIPATES_IN', 'ev', P3),
 ('cly', 'LEADS', 'shwsw', P3), ('cly', 'PARTICIPATES_IN', 'ev', P3), ('shwsw', 'PARTICIPATES_IN', 'ev', P3),
 ('xwb', 'PARTICIPATES_IN', 'ev', L), ('ev', 'ABOUT', 't_hp', L),
 ('pxy', 'PARTICIPATES_IN', 'ev', '委员潘晓燕、赵一鸣分别分享了阅读'),
 ('zym', 'PARTICIPATES_IN', 'ev', '委员潘晓燕、赵一鸣分别分享了阅读'),
 ('tsg', 'PARTICIPATES_IN', 'ev', '徐汇区图书馆向委员赠送了地方文献图书200册'),
 ('zx', 'VISITS', 'sy', V), ('zx', 'VISITS', 'wk', V), ('zx', 'ABOUT', 't_bl', V),
 ('ev_zl', 'HELD_AT', 'sy', V),
 ('zx', 'ORGANIZES', 'ev_zm', '今年以来徐汇区政协依托「委员书房」线上平台，已开展「周末共读」活动6期'),
 ('zx', 'COOPERATES_WITH', 'tsg', '并联合徐汇区图书馆在漕河泾街道、田林街道设立「委员荐书角」'),
 ('zx', 'ABOUT', 't_hf', '围绕「衡复历史文化风貌区保护利用」开展专题调研'),
 ('t_hf', 'CONCERNS', 'hf', '衡复历史文化风貌区保护利用'),
 ('zx', 'ISSUES', 'd_zj', '年底前编印《徐汇委员读书札记》第二辑'),
]
E, R = trad(N, E, R)
