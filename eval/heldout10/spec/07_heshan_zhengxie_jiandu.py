N = '07_heshan_zhengxie_jiandu'
# The quote sits right before 专项民主监督, so it names an EVENT (heldout7 03/07) ABOUT the quoted topic; the 动员会 is not an EVENT.
# 牵头 committee: ORGANIZES and SUPERVISES with the 区政协 (heldout6 07); the partner 九三学社 支社 in the joint 监督组:
# COOPERATES_WITH, VISITS, PARTICIPATES_IN, no ORGANIZES/SUPERVISES (heldout7 07). Items of 了解…情况 with the 监督组 as subject
# are ABOUT from the EVENT. The 局长 who 陪同并介绍 visits and takes part.
E = [
 ('zx', 'ORG', '赫山区政协', ['赫山区政协', '益阳市赫山区政协', '区政协'], None),
 ('shf', 'ORG', '赫山区政协社会和法制委员会', ['区政协社会和法制委员会'], None),
 ('js', 'ORG', '九三学社赫山区支社', ['九三学社赫山区支社'], None),
 ('scj', 'ORG', '赫山区市场监督管理局', ['区市场监督管理局'], None),
 ('swj', 'ORG', '赫山区商务局', ['区商务局'], None),
 ('hlsdgw', 'ORG', '会龙山街道党工委', ['会龙山街道党工委'], None),
 ('qw', 'ORG', '中共赫山区委', ['区委'], '报送区委、区政府'),
 ('qzf', 'ORG', '赫山区人民政府', ['区政府'], None),
 ('hs', 'PLACE', '赫山区', ['赫山区'], None),
 ('yy', 'PLACE', '益阳市', ['益阳市'], None),
 ('hls', 'PLACE', '会龙山街道', ['会龙山街道'], '深入会龙山街道、金银山街道察看农贸市场6家'),
 ('jys', 'PLACE', '金银山街道', ['金银山街道'], '深入会龙山街道、金银山街道察看农贸市场6家'),
 ('lgq', 'PLACE', '龙光桥街道', ['龙光桥街道'], None),
 ('ljx', 'PERSON', '罗建新', ['罗建新'], None),
 ('cgf', 'PERSON', '曹桂芳', ['曹桂芳'], None),
 ('pzy', 'PERSON', '彭志勇', ['彭志勇'], None),
 ('xl', 'PERSON', '夏丽', ['夏丽'], None),
 ('tw', 'PERSON', '汤伟', ['汤伟'], None),
 ('hp', 'PERSON', '何平', ['何平'], None),
 ('ev', 'EVENT', '“城区农贸市场提质改造”专项民主监督', ['“城区农贸市场提质改造”专项民主监督', '民主监督'], None),
 ('ev_jdy', 'EVENT', '“民主监督月”活动', ['“民主监督月”活动'], None),
 ('t', 'TOPIC', '城区农贸市场提质改造', ['城区农贸市场提质改造'], None),
 ('t_jd', 'TOPIC', '市场改造进度', ['市场改造进度'], None),
 ('t_ks', 'TOPIC', '食品安全快检', ['食品安全快检'], None),
 ('t_jt', 'TOPIC', '周边交通秩序', ['周边交通秩序'], None),
 ('t_lgq', 'TOPIC', '龙光桥街道农贸市场新建项目', ['龙光桥街道农贸市场新建项目'], None),
 ('d_fa', 'DOCUMENT', '《赫山区政协城区农贸市场提质改造专项民主监督工作方案》', ['赫山区政协城区农贸市场提质改造专项民主监督工作方案'], None),
 ('d_zb', 'DOCUMENT', '《民主监督专报》', ['民主监督专报'], None),
]
Q = '益阳市赫山区政协召开动员会，启动“城区农贸市场提质改造”专项民主监督'
J = '区政协与九三学社赫山区支社组成联合民主监督组，对区市场监督管理局、区商务局开展跟踪监督'
V = '监督组由曹桂芳带队，深入会龙山街道、金银山街道察看农贸市场6家'
I = '了解市场改造进度、食品安全快检和周边交通秩序情况'
P = '九三学社赫山区支社主委彭志勇、区政协社会和法制委员会主任夏丽参加会议'
R = [
 ('zx', 'LOCATED_IN', 'hs', Q), ('hs', 'LOCATED_IN', 'yy', Q),
 ('js', 'LOCATED_IN', 'hs', '九三学社赫山区支社'),
 ('hlsdgw', 'LOCATED_IN', 'hls', '会龙山街道党工委书记何平'),
 ('zx', 'ORGANIZES', 'ev', Q), ('ev', 'ABOUT', 't', Q),
 ('zx', 'ISSUES', 'd_fa', '印发《赫山区政协城区农贸市场提质改造专项民主监督工作方案》'),
 ('ljx', 'LEADS', 'zx', '区政协主席罗建新出席并讲话'), ('ljx', 'PARTICIPATES_IN', 'ev', '区政协主席罗建新出席并讲话'),
 ('cgf', 'LEADS', 'zx', '区政协副主席曹桂芳主持'), ('cgf', 'PARTICIPATES_IN', 'ev', '区政协副主席曹桂芳主持'),
 ('pzy', 'LEADS', 'js', P), ('pzy', 'PARTICIPATES_IN', 'ev', P),
 ('xl', 'LEADS', 'shf', P), ('xl', 'PARTICIPATES_IN', 'ev', P),
 ('shf', 'ORGANIZES', 'ev', '此次民主监督由区政协社会和法制委员会牵头'),
 ('zx', 'COOPERATES_WITH', 'js', J), ('js', 'PARTICIPATES_IN', 'ev', J),
 ('zx', 'SUPERVISES', 'scj', J), ('zx', 'SUPERVISES', 'swj', J),
 ('shf', 'SUPERVISES', 'scj', '此次民主监督由区政协社会和法制委员会牵头'),
 ('shf', 'SUPERVISES', 'swj', '此次民主监督由区政协社会和法制委员会牵头'),
] + [(w, 'VISITS', p, V) for w in ('zx', 'js', 'cgf') for p in ('hls', 'jys')] + [
 ('ev', 'HELD_AT', 'hls', V), ('ev', 'HELD_AT', 'jys', V),
 ('tw', 'VISITS', 'hls', '区市场监督管理局局长汤伟陪同并介绍情况'),
 ('tw', 'VISITS', 'jys', '区市场监督管理局局长汤伟陪同并介绍情况'),
 ('tw', 'LEADS', 'scj', '区市场监督管理局局长汤伟陪同并介绍情况'),
 ('tw', 'PARTICIPATES_IN', 'ev', '区市场监督管理局局长汤伟陪同并介绍情况'),
 ('scj', 'PARTICIPATES_IN', 'ev', '区市场监督管理局局长汤伟陪同并介绍情况'),
 ('ev', 'ABOUT', 't_jd', I), ('ev', 'ABOUT', 't_ks', I), ('ev', 'ABOUT', 't_jt', I),
 ('hp', 'LEADS', 'hlsdgw', '会龙山街道党工委书记何平表示'),
 ('zx', 'ORGANIZES', 'ev_jdy', '区政协将于9月开展“民主监督月”活动'),
 ('zx', 'ABOUT', 't_lgq', '对龙光桥街道农贸市场新建项目开展定点监督'),
 ('t_lgq', 'CONCERNS', 'lgq', '龙光桥街道农贸市场新建项目'),
]
