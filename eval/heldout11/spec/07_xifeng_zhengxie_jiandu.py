N = '07_xifeng_zhengxie_jiandu'
# “X”专项民主监督 is an EVENT (the 动员会 is not). The 牵头 committee organizes it with the 区政协; the 农工党 partner
# of the joint 民主监督组 gets COOPERATES_WITH, PARTICIPATES_IN and VISITS but no ORGANIZES (heldout7/9 07).
E = [
 ('zx', 'ORG', '西峰区政协', ['西峰区政协', '庆阳市西峰区政协', '区政协'], None),
 ('bgs', 'ORG', '西峰区政协办公室', ['西峰区政协办公室'], None),
 ('jkw', 'ORG', '西峰区政协教科卫体委员会', ['区政协教科卫体委员会'], None),
 ('ngd', 'ORG', '农工党西峰区支部', ['农工党西峰区支部'], None),
 ('jyj', 'ORG', '西峰区教育局', ['区教育局'], None),
 ('scj', 'ORG', '西峰区市场监督管理局', ['区市场监督管理局'], None),
 ('xf', 'PLACE', '西峰区', ['西峰区'], None),
 ('qy', 'PLACE', '庆阳市', ['庆阳市'], None),
 ('bj', 'PLACE', '北街街道', ['北街街道'], None),
 ('xj', 'PLACE', '西街街道', ['西街街道'], None),
 ('ev', 'EVENT', '“城区学校食堂食品安全”专项民主监督', ['“城区学校食堂食品安全”专项民主监督', '民主监督'], None),
 ('ev_jdy', 'EVENT', '“民主监督月”活动', ['“民主监督月”活动'], None),
 ('t', 'TOPIC', '城区学校食堂食品安全', ['城区学校食堂食品安全'], None),
 ('t_cg', 'TOPIC', '食材采购验收', ['食材采购验收'], None),
 ('t_pc', 'TOPIC', '校长陪餐', ['校长陪餐'], None),
 ('t_cy', 'TOPIC', '食材进货查验', ['食材进货查验'], None),
 ('t_mc', 'TOPIC', '“明厨亮灶”工程运行', ['“明厨亮灶”工程运行'], None),
 ('mqh', 'PERSON', '孟庆华', ['孟庆华'], None),
 ('mwj', 'PERSON', '马文静', ['马文静'], None),
 ('hj', 'PERSON', '何俊', ['何俊'], None),
 ('yl', 'PERSON', '杨柳', ['杨柳'], None),
 ('mln', 'PERSON', '马丽娜', ['马丽娜'], None),
 ('d_fa', 'DOCUMENT', '《西峰区政协2024年专项民主监督工作方案》', ['《西峰区政协2024年专项民主监督工作方案》'], None),
]
Q = '庆阳市西峰区政协召开“城区学校食堂食品安全”专项民主监督动员会'
J = '区政协与农工党西峰区支部组成联合民主监督组'
S = '重点对区教育局、区市场监督管理局开展监督'
F = '聚焦“食材采购验收”“校长陪餐”等关键环节'
V = '马文静带领民主监督组走进北街街道、西街街道的4所中小学食堂'
C = '察看了食材进货查验和“明厨亮灶”工程运行情况'
H = '区教育局、区市场监督管理局负责同志现场回应委员关切'
R = [
 ('zx', 'LOCATED_IN', 'xf', Q), ('xf', 'LOCATED_IN', 'qy', Q),
 ('ngd', 'LOCATED_IN', 'xf', '农工党西峰区支部'),
 ('zx', 'ORGANIZES', 'ev', Q),
 ('jkw', 'ORGANIZES', 'ev', '此次民主监督由区政协教科卫体委员会牵头'),
 ('ev', 'ABOUT', 't', '“城区学校食堂食品安全”专项民主监督'),
 ('zx', 'ISSUES', 'd_fa', '印发《西峰区政协2024年专项民主监督工作方案》'),
 ('mqh', 'LEADS', 'zx', '区政协主席孟庆华出席并讲话'),
 ('mwj', 'LEADS', 'zx', '区政协副主席马文静主持'),
 ('mqh', 'PARTICIPATES_IN', 'ev', '区政协主席孟庆华出席并讲话'),
 ('mwj', 'PARTICIPATES_IN', 'ev', '区政协副主席马文静主持'),
 ('zx', 'COOPERATES_WITH', 'ngd', J),
 ('ngd', 'PARTICIPATES_IN', 'ev', J),
 ('zx', 'SUPERVISES', 'jyj', S), ('zx', 'SUPERVISES', 'scj', S),
 ('jkw', 'SUPERVISES', 'jyj', S), ('jkw', 'SUPERVISES', 'scj', S),
 ('ev', 'ABOUT', 't_cg', F), ('ev', 'ABOUT', 't_pc', F),
 ('hj', 'LEADS', 'jkw', '区政协教科卫体委员会主任何俊介绍了监督工作安排'),
 ('hj', 'PARTICIPATES_IN', 'ev', '区政协教科卫体委员会主任何俊介绍了监督工作安排'),
 ('yl', 'LEADS', 'ngd', '农工党西峰区支部主委杨柳作表态发言'),
 ('yl', 'PARTICIPATES_IN', 'ev', '农工党西峰区支部主委杨柳作表态发言'),
] + [(w, 'VISITS', p, V) for w in ('zx', 'jkw', 'ngd', 'mwj') for p in ('bj', 'xj')] + [
 ('ev', 'HELD_AT', 'bj', V), ('ev', 'HELD_AT', 'xj', V),
 ('ev', 'ABOUT', 't_cy', C), ('ev', 'ABOUT', 't_mc', C),
 ('jyj', 'PARTICIPATES_IN', 'ev', H), ('scj', 'PARTICIPATES_IN', 'ev', H),
 ('zx', 'ORGANIZES', 'ev_jdy', '下半年区政协还将开展“民主监督月”活动'),
]
