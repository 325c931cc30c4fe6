N = '07_lubei_zhengxie_jiandu'
# Democratic supervision of 路北区政协 (唐山市, 河北). “X”专项民主监督 with the quoted topic right before it is an EVENT
# (as 03 item 4); the 动员会 has no name of its own. The joint 民主监督组 with 民建 gives COOPERATES_WITH, VISITS and
# PARTICIPATES_IN (not ORGANIZES: the supervision is launched by the 区政协). Items of 察看…情况 by the 民主监督组 are
# ABOUT from the event (as 02's 执法检查组). The committee that 具体牵头 organizes and SUPERVISES too (heldout6 07).
# 区委常委 gives no LEADS; 统战部部长 does.
E = [
 ('zx', 'ORG', '路北区政协', ['路北区政协', '唐山市路北区政协', '区政协'], '路北区政协启动城镇燃气安全专项民主监督'),
 ('shf', 'ORG', '路北区政协社会和法制委员会', ['区政协社会和法制委员会'], None),
 ('tsshf', 'ORG', '唐山市政协社会和法制委员会', ['唐山市政协社会和法制委员会'], None),
 ('qw', 'ORG', '中共路北区委', ['中共路北区委', '区委'], None),
 ('tzb', 'ORG', '中共路北区委统战部', ['统战部'], None),
 ('qzf', 'ORG', '路北区人民政府', ['区政府'], None),
 ('zjj', 'ORG', '路北区住房和城乡建设局', ['区住房和城乡建设局'], None),
 ('cgj', 'ORG', '路北区城市管理综合行政执法局', ['区城市管理综合行政执法局'], None),
 ('yjj', 'ORG', '路北区应急管理局', ['区应急管理局'], None),
 ('mj', 'ORG', '民建路北区总支', ['民建路北区总支'], None),
 ('lb', 'PLACE', '路北区', ['路北区'], None),
 ('ts', 'PLACE', '唐山市', ['唐山市'], None),
 ('hb', 'PLACE', '河北省', ['河北省'], None),
 ('qt', 'PLACE', '乔屯街道', ['乔屯街道'], None),
 ('ld', 'PLACE', '龙东街道', ['龙东街道'], None),
 ('dhw', 'PERSON', '杜宏伟', ['杜宏伟'], None),
 ('bxm', 'PERSON', '白雪梅', ['白雪梅'], None),
 ('hl', 'PERSON', '韩丽', ['韩丽'], None),
 ('sk', 'PERSON', '孙凯', ['孙凯'], None),
 ('twm', 'PERSON', '陶文明', ['陶文明'], None),
 ('ev', 'EVENT', '“城镇燃气安全隐患整治”专项民主监督', ['“城镇燃气安全隐患整治”专项民主监督'], None),
 ('ev_y', 'EVENT', '“燃气安全进万家”民主监督月活动', ['“燃气安全进万家”民主监督月活动'], None),
 ('t', 'TOPIC', '城镇燃气安全隐患整治', ['城镇燃气安全隐患整治'], None),
 ('t1', 'TOPIC', '燃气管道老化更新', ['燃气管道老化更新'], None),
 ('t2', 'TOPIC', '燃气报警器安装', ['燃气报警器安装'], None),
 ('t3', 'TOPIC', '液化气瓶规范使用', ['液化气瓶规范使用'], None),
 ('t4', 'TOPIC', '餐饮场所燃气安全', ['餐饮场所燃气安全'], None),
 ('t5', 'TOPIC', '燃气用户入户安检', ['燃气用户入户安检'], None),
 ('t6', 'TOPIC', '老旧小区燃气管网改造', ['老旧小区燃气管网改造'], None),
 ('d', 'DOCUMENT', '《路北区政协2024年度专项民主监督工作方案》', ['路北区政协2024年度专项民主监督工作方案'], None),
]
Q = '河北省唐山市路北区政协召开专项民主监督动员会，正式启动“城镇燃气安全隐患整治”专项民主监督'
G = '由区政协委员和民建路北区总支成员组成的民主监督组深入乔屯街道、龙东街道的老旧小区和沿街餐饮商户'
C = '实地察看燃气管道老化更新、燃气报警器安装和液化气瓶规范使用情况'
M = '民主监督员将重点围绕“餐饮场所燃气安全”“燃气用户入户安检”开展常态化监督'
S = '本次民主监督以区住房和城乡建设局为主要监督对象，由区政协社会和法制委员会具体牵头'
R = [
 ('zx', 'LOCATED_IN', 'lb', Q), ('lb', 'LOCATED_IN', 'ts', Q), ('ts', 'LOCATED_IN', 'hb', Q),
 ('qw', 'LOCATED_IN', 'lb', '中共路北区委常委、统战部部长韩丽'),
 ('tsshf', 'LOCATED_IN', 'ts', '唐山市政协社会和法制委员会副主任孙凯到会指导'),
 ('mj', 'LOCATED_IN', 'lb', '民建路北区总支'),
 ('zx', 'ORGANIZES', 'ev', Q),
 ('ev', 'ABOUT', 't', '正式启动“城镇燃气安全隐患整治”专项民主监督'),
 ('zx', 'ISSUES', 'd', '会上印发《路北区政协2024年度专项民主监督工作方案》'),
 ('dhw', 'LEADS', 'zx', '区政协主席杜宏伟出席并讲话'),
 ('bxm', 'LEADS', 'zx', '区政协副主席白雪梅主持'),
 ('hl', 'LEADS', 'tzb', '统战部部长韩丽出席动员会'),
 ('sk', 'LEADS', 'tsshf', '唐山市政协社会和法制委员会副主任孙凯到会指导'),
 ('zx', 'COOPERATES_WITH', 'mj', G),
 ('zx', 'VISITS', 'qt', G), ('zx', 'VISITS', 'ld', G),
 ('mj', 'VISITS', 'qt', G), ('mj', 'VISITS', 'ld', G),
 ('mj', 'PARTICIPATES_IN', 'ev', G),
 ('ev', 'HELD_AT', 'qt', G), ('ev', 'HELD_AT', 'ld', G),
 ('ev', 'ABOUT', 't1', C), ('ev', 'ABOUT', 't2', C), ('ev', 'ABOUT', 't3', C),
 ('zx', 'ABOUT', 't4', M), ('zx', 'ABOUT', 't5', M),
 ('zx', 'SUPERVISES', 'zjj', S), ('shf', 'SUPERVISES', 'zjj', S),
 ('shf', 'ORGANIZES', 'ev', '由区政协社会和法制委员会具体牵头'),
 ('twm', 'LEADS', 'zjj', '区住房和城乡建设局局长陶文明'),
 ('zx', 'ORGANIZES', 'ev_y', '区政协还将于6月开展“燃气安全进万家”民主监督月活动'),
 ('zx', 'ABOUT', 't6', '围绕“老旧小区燃气管网改造”组织专题协商'),
]
