# drafted in simplified characters (src/08_simp.txt); aliases/evidence mapped to the traditional text by trad()
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from spec_evidence import trad
N = '08_nankai_zhengxie_dushu_trad'
# The lecturer is named, so he (not 南开大学/历史学院) takes part in the 分享会 (as dev6 09, heldout6 08).
# 南开 (书香南开) is the district's short form: 南开大学, its 历史学院 and the 南开区图书馆 get LOCATED_IN 南开区 from
# their names (as heldout6 08 南通大学文学院 → 南通市); the books' titles are not annotated inside.
# 鼓楼 and 古文化街 are only spoken of in the lecture first, then visited.
E = [
 ('zx', 'ORG', '南开区政协', ['南开区政协', '天津南开区政协', '区政协'], None),
 ('wsw', 'ORG', '南开区政协文化文史和学习委员会', ['区政协文化文史和学习委员会'], None),
 ('tjwsw', 'ORG', '天津市政协文化文史和学习委员会', ['天津市政协文化文史和学习委员会'], None),
 ('xcb', 'ORG', '中共南开区委宣传部', ['中共南开区委宣传部'], None),
 ('nkdx', 'ORG', '南开大学', ['南开大学'], None),
 ('lsxy', 'ORG', '南开大学历史学院', ['南开大学历史学院'], None),
 ('nk', 'PLACE', '南开区', ['南开区', '南开'], None),
 ('tj', 'PLACE', '天津市', ['天津', '天津市'], None),
 ('zed', 'PLACE', '周恩来邓颖超纪念馆', ['周恩来邓颖超纪念馆'], None),
 ('gl', 'PLACE', '鼓楼', ['鼓楼'], None),
 ('gwhj', 'PLACE', '古文化街', ['古文化街', '天津古文化街'], None),
 ('lcx', 'PLACE', '老城厢', ['老城厢'], None),
 ('tsg', 'PLACE', '南开区图书馆', ['南开区图书馆'], None),
 ('zlh', 'PERSON', '郑丽华', ['郑丽华'], None),
 ('mqh', 'PERSON', '孟庆和', ['孟庆和'], None),
 ('dzm', 'PERSON', '杜志明', ['杜志明'], None),
 ('qzq', 'PERSON', '齐志强', ['齐志强'], None),
 ('wxp', 'PERSON', '王晓鹏', ['王晓鹏'], None),
 ('cjy', 'PERSON', '陈佳怡', ['陈佳怡'], None),
 ('ev', 'EVENT', '“书香南开”委员读书分享会', ['「书香南开」委员读书分享会'], None),
 ('ev_dsr', 'EVENT', '世界读书日', ['世界读书日', '第29个世界读书日'], None),
 ('ev_gd', 'EVENT', '“委员书房”线上共读活动', ['「委员书房」线上共读活动'], None),
 ('t_jx', 'TOPIC', '老城厢街巷记忆与城市更新', ['老城厢街巷记忆与城市更新'], None),
 ('t_fm', 'TOPIC', '老城厢历史风貌保护', ['老城厢历史风貌保护'], None),
 ('t_wl', 'TOPIC', '文旅业态培育', ['文旅业态培育'], None),
 ('t_hh', 'TOPIC', '老城厢历史文化街区活化利用', ['老城厢历史文化街区活化利用'], None),
 ('d_sh', 'DOCUMENT', '《南开学校史话》', ['南开学校史话'], None),
 ('d_jm', 'DOCUMENT', '《津门旧影》', ['津门旧影'], None),
 ('d_bj', 'DOCUMENT', '《书香南开·委员读书笔记》', ['书香南开·委员读书笔记'], None),
]
Q = '天津南开区政协「书香南开」委员读书分享会在周恩来邓颖超纪念馆举行'
P1 = '区政协文化文史和学习委员会主任孟庆和出席'
P2 = '天津市政协文化文史和学习委员会副主任杜志明应邀出席'
P3 = '中共南开区委宣传部负责同志参加活动'
L = '南开大学历史学院教授齐志强以「老城厢街巷记忆与城市更新」为题作专题辅导'
V = '委员们走进天津古文化街和鼓楼，了解老城厢历史风貌保护和文旅业态培育情况'
R = [
 ('zx', 'LOCATED_IN', 'nk', Q), ('nk', 'LOCATED_IN', 'tj', Q),
 ('tjwsw', 'LOCATED_IN', 'tj', P2),
 ('xcb', 'LOCATED_IN', 'nk', P3),
 ('nkdx', 'LOCATED_IN', 'nk', L), ('lsxy', 'LOCATED_IN', 'nk', L),
 ('tsg', 'LOCATED_IN', 'nk', '区政协向南开区图书馆赠送'),
 ('gwhj', 'LOCATED_IN', 'tj', V),
 ('zx', 'ORGANIZES', 'ev', Q),
 ('ev', 'HELD_AT', 'zed', '委员读书分享会在周恩来邓颖超纪念馆举行'),
 ('zlh', 'LEADS', 'zx', '区政协副主席郑丽华主持活动'),
 ('zlh', 'PARTICIPATES_IN', 'ev', '区政协副主席郑丽华主持活动'),
 ('mqh', 'LEADS', 'wsw', P1),
 ('mqh', 'PARTICIPATES_IN', 'ev', P1), ('wsw', 'PARTICIPATES_IN', 'ev', P1),
 ('dzm', 'LEADS', 'tjwsw', P2),
 ('dzm', 'PARTICIPATES_IN', 'ev', P2), ('tjwsw', 'PARTICIPATES_IN', 'ev', P2),
 ('xcb', 'PARTICIPATES_IN', 'ev', P3),
 ('qzq', 'PARTICIPATES_IN', 'ev', L),
 ('ev', 'ABOUT', 't_jx', '以「老城厢街巷记忆与城市更新」为题作专题辅导'),
 ('t_jx', 'CONCERNS', 'lcx', '老城厢街巷记忆与城市更新'),
 ('zx', 'VISITS', 'gwhj', V), ('zx', 'VISITS', 'gl', V),
 ('zx', 'ABOUT', 't_fm', V), ('zx', 'ABOUT', 't_wl', V),
 ('t_fm', 'CONCERNS', 'lcx', '老城厢历史风貌保护'),
 ('zx', 'ORGANIZES', 'ev_gd', '区政协今年将把「委员书房」线上共读活动与调查研究结合起来'),
 ('zx', 'ABOUT', 't_hh', '围绕「老城厢历史文化街区活化利用」开展专题调研'),
 ('t_hh', 'CONCERNS', 'lcx', '老城厢历史文化街区活化利用'),
 ('zx', 'ISSUES', 'd_bj', '年底编印《书香南开·委员读书笔记》'),
]
E, R = trad(N, E, R)
