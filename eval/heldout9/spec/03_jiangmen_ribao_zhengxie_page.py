import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from spec_evidence import fix, fix_e
N = '03_jiangmen_ribao_zhengxie_page'
# 区政协 refers to 蓬江 (item 1) and 江海 (item 2): an alias of neither. The 区-bureaus are resolved in their item.
E = [
 ('jmrb', 'ORG', '江门日报', ['江门日报'], None),
 ('pjzx', 'ORG', '蓬江区政协', ['蓬江区政协', '江门市蓬江区政协'], None),
 ('pjwlj', 'ORG', '蓬江区文化广电旅游体育局', ['区文化广电旅游体育局'], None),
 ('pjnyj', 'ORG', '蓬江区农业农村局', ['区农业农村局'], None),
 ('pjqw', 'ORG', '中共蓬江区委', ['区委'], None),
 ('pjqzf', 'ORG', '蓬江区人民政府', ['区政府'], None),
 ('jhzx', 'ORG', '江海区政协', ['江海区政协'], None),
 ('jhslj', 'ORG', '江海区水利局', ['区水利局'], None),
 ('jhzjj', 'ORG', '江海区住房和城乡建设局', ['区住房和城乡建设局'], None),
 ('xhzx', 'ORG', '新会区政协', ['新会区政协'], None),
 ('hszx', 'ORG', '鹤山市政协', ['鹤山市政协'], None),
 ('jmzx', 'ORG', '江门市政协', ['江门市政协'], None),
 ('kpzx', 'ORG', '开平市政协', ['开平市政协', '市政协'], None),
 ('kpdz', 'ORG', '开平市政协党组', ['市政协党组'], None),
 ('kpwlj', 'ORG', '开平市文化广电旅游体育局', ['市文化广电旅游体育局'], None),
 ('jm', 'PLACE', '江门市', ['江门市'], None),
 ('pj', 'PLACE', '蓬江区', ['蓬江区'], None),
 ('cljd', 'PLACE', '潮连街道', ['潮连街道'], None),
 ('cld', 'PLACE', '潮连岛', ['潮连岛'], None),
 ('hdbd', 'PLACE', '潮连岛环岛碧道', ['潮连岛环岛碧道'], None),
 ('hsd', 'PLACE', '洪圣殿', ['洪圣殿'], None),
 ('jh', 'PLACE', '江海区', ['江海区'], None),
 ('lljd', 'PLACE', '礼乐街道', ['礼乐街道'], None),
 ('whjd', 'PLACE', '外海街道', ['外海街道'], None),
 ('tsh', 'PLACE', '天沙河', ['天沙河'], None),
 ('myh', 'PLACE', '麻园河', ['麻园河'], None),
 ('xh', 'PLACE', '新会区', ['新会区', '新会'], None),
 ('hs', 'PLACE', '鹤山市', ['鹤山市', '鹤山'], None),
 ('hcjd', 'PLACE', '会城街道', ['会城街道'], None),
 ('lqcgj', 'PLACE', '梁启超故居', ['梁启超故居'], None),
 ('glz', 'PLACE', '古劳镇', ['古劳镇'], None),
 ('glsx', 'PLACE', '古劳水乡', ['古劳水乡'], None),
 ('kp', 'PLACE', '开平市', ['开平市'], None),
 ('tkz', 'PLACE', '塘口镇', ['塘口镇'], None),
 ('zlc', 'PLACE', '自力村碉楼群', ['自力村碉楼群'], None),
 ('ckz', 'PLACE', '赤坎镇', ['赤坎镇'], None),
 ('ckgz', 'PLACE', '赤坎古镇', ['赤坎古镇'], None),
 ('hzh', 'PERSON', '黄振华', ['黄振华'], None),
 ('cml', 'PERSON', '陈美玲', ['陈美玲'], None),
 ('lgq', 'PERSON', '林国强', ['林国强'], None),
 ('thm', 'PERSON', '谭慧敏', ['谭慧敏'], None),
 ('rsh', 'PERSON', '容少华', ['容少华'], None),
 ('lzc', 'PERSON', '吕志聪', ['吕志聪'], None),
 ('gzd', 'PERSON', '关振东', ['关振东'], None),
 ('ljx', 'PERSON', '梁嘉欣', ['梁嘉欣'], None),
 ('qwm', 'PERSON', '区伟明', ['区伟明'], None),
 ('hsj', 'PERSON', '何少君', ['何少君'], None),
 ('fzj', 'PERSON', '冯志坚', ['冯志坚'], None),
 ('stwj', 'PERSON', '司徒文杰', ['司徒文杰'], None),
 ('lwt', 'PERSON', '李婉婷', ['李婉婷'], None),
 ('hzj', 'PERSON', '黄子俊', ['黄子俊'], None),
 ('wsf', 'PERSON', '吴少芬', ['吴少芬'], None),
 ('ev_pj', 'EVENT', '第二期“蓬江民生议事堂”协商会', ['第二期“蓬江民生议事堂”协商会', '“蓬江民生议事堂”'], None),
 ('ev_kp', 'EVENT', '“碉楼与村落保护管理”专项民主监督', ['“碉楼与村落保护管理”专项民主监督', '碉楼保护专项民主监督'], None),
 ('t_cl', 'TOPIC', '推动潮连岛生态旅游提质发展', ['推动潮连岛生态旅游提质发展', '潮连岛生态旅游'], None),
 ('t_tsh', 'TOPIC', '天沙河流域水环境综合治理', ['天沙河流域水环境综合治理', '天沙河流域治理'], None),
 ('t_jw', 'TOPIC', '沿岸截污工程和滨水绿道建设', ['沿岸截污工程和滨水绿道建设'], None),
 ('t_gcl', 'TOPIC', '侨乡古村落保护与活化利用', ['侨乡古村落保护与活化利用', '侨乡古村落保护'], None),
 ('t_gjz', 'TOPIC', '古建筑修缮', ['古建筑修缮'], None),
 ('t_ms', 'TOPIC', '乡村民宿发展', ['乡村民宿发展'], None),
 ('t_dl', 'TOPIC', '碉楼与村落保护管理', ['碉楼与村落保护管理'], None),
 ('t_ww', 'TOPIC', '文物修缮', ['文物修缮'], None),
 ('t_xf', 'TOPIC', '消防安全管理', ['消防安全管理'], None),
 ('d_bg', 'DOCUMENT', '《关于加强侨乡古村落保护利用的联合调研报告》', ['关于加强侨乡古村落保护利用的联合调研报告'], None),
]
Q1 = '江门市蓬江区政协在潮连街道召开第二期“蓬江民生议事堂”协商会'
P1 = '区文化广电旅游体育局、区农业农村局负责同志通报相关工作情况'
V1 = '会前，委员们实地察看了潮连岛环岛碧道和洪圣殿'
S2 = '江海区政协主席林国强带队，围绕“天沙河流域水环境综合治理”开展专题视察'
V2 = '视察组先后来到礼乐街道、外海街道，察看了天沙河、麻园河沿岸截污工程和滨水绿道建设情况'
J3 = '新会区政协与鹤山市政协组成联合调研组，就“侨乡古村落保护与活化利用”开展调研'
V3 = '调研组先后走进新会区会城街道梁启超故居和鹤山市古劳镇古劳水乡，了解古建筑修缮和乡村民宿发展情况'
Q4 = '开平市政协“碉楼与村落保护管理”专项民主监督启动'
L4 = '市政协党组书记、主席关振东出席动员会并讲话'
V4 = '监督组走进塘口镇自力村碉楼群和赤坎镇赤坎古镇，察看文物修缮和消防安全管理情况'
R = [
 ('jmrb', 'LOCATED_IN', 'jm', '江门日报'),
 # item 1
 ('pjzx', 'LOCATED_IN', 'pj', Q1), ('pj', 'LOCATED_IN', 'jm', Q1),
 ('hdbd', 'LOCATED_IN', 'cld', V1),
 ('pjzx', 'ABOUT', 't_cl', '蓬江区政协聚焦潮连岛生态旅游'),
 ('pjzx', 'ORGANIZES', 'ev_pj', Q1),
 ('ev_pj', 'HELD_AT', 'cljd', Q1),
 ('ev_pj', 'ABOUT', 't_cl', '围绕“推动潮连岛生态旅游提质发展”开展协商'),
 ('t_cl', 'CONCERNS', 'cld', '推动潮连岛生态旅游提质发展'),
 ('hzh', 'LEADS', 'pjzx', '区政协主席黄振华出席并讲话'),
 ('hzh', 'PARTICIPATES_IN', 'ev_pj', '区政协主席黄振华出席并讲话'),
 ('cml', 'LEADS', 'pjzx', '区政协副主席陈美玲主持会议'),
 ('cml', 'PARTICIPATES_IN', 'ev_pj', '区政协副主席陈美玲主持会议'),
 ('pjwlj', 'PARTICIPATES_IN', 'ev_pj', P1), ('pjnyj', 'PARTICIPATES_IN', 'ev_pj', P1),
 ('pjzx', 'VISITS', 'hdbd', V1), ('pjzx', 'VISITS', 'hsd', V1),
 # item 2
 ('jhzx', 'LOCATED_IN', 'jh', '江海区政协主席林国强带队'),
 ('lgq', 'LEADS', 'jhzx', '江海区政协主席林国强带队'),
 ('thm', 'LEADS', 'jhzx', '区政协副主席谭慧敏参加视察'),
 ('jhzx', 'ABOUT', 't_tsh', S2),
 ('t_tsh', 'CONCERNS', 'tsh', '天沙河流域水环境综合治理'),
 ('jhzx', 'ABOUT', 't_jw', V2),
] + [(w, 'VISITS', p, V2) for w in ('jhzx', 'lgq', 'thm') for p in ('lljd', 'whjd', 'tsh', 'myh')] + [
 # item 3
 ('xhzx', 'LOCATED_IN', 'xh', J3), ('hszx', 'LOCATED_IN', 'hs', J3),
 ('xhzx', 'COOPERATES_WITH', 'hszx', J3),
 ('xhzx', 'ABOUT', 't_gcl', J3), ('hszx', 'ABOUT', 't_gcl', J3),
 ('hcjd', 'LOCATED_IN', 'xh', V3), ('lqcgj', 'LOCATED_IN', 'hcjd', V3),
 ('glz', 'LOCATED_IN', 'hs', V3), ('glsx', 'LOCATED_IN', 'glz', V3),
 ('xhzx', 'VISITS', 'lqcgj', V3), ('xhzx', 'VISITS', 'glsx', V3),
 ('hszx', 'VISITS', 'lqcgj', V3), ('hszx', 'VISITS', 'glsx', V3),
 ('xhzx', 'ABOUT', 't_gjz', V3), ('xhzx', 'ABOUT', 't_ms', V3),
 ('hszx', 'ABOUT', 't_gjz', V3), ('hszx', 'ABOUT', 't_ms', V3),
 ('rsh', 'LEADS', 'xhzx', '新会区政协副主席容少华'),
 ('lzc', 'LEADS', 'hszx', '鹤山市政协副主席吕志聪参加调研'),
 ('xhzx', 'ISSUES', 'd_bg', '两地政协将形成《关于加强侨乡古村落保护利用的联合调研报告》'),
 ('jmzx', 'LOCATED_IN', 'jm', '报送江门市政协'),
 # item 4
 ('kpzx', 'LOCATED_IN', 'kp', Q4),
 ('kpzx', 'ORGANIZES', 'ev_kp', Q4),
 ('ev_kp', 'ABOUT', 't_dl', Q4),
 ('gzd', 'LEADS', 'kpzx', L4), ('gzd', 'LEADS', 'kpdz', L4),
 ('gzd', 'PARTICIPATES_IN', 'ev_kp', L4),
 ('zlc', 'LOCATED_IN', 'tkz', V4), ('ckgz', 'LOCATED_IN', 'ckz', V4),
 ('kpzx', 'VISITS', 'zlc', V4), ('kpzx', 'VISITS', 'ckgz', V4),
 ('ev_kp', 'HELD_AT', 'zlc', V4), ('ev_kp', 'HELD_AT', 'ckgz', V4),
 ('ev_kp', 'ABOUT', 't_ww', V4), ('ev_kp', 'ABOUT', 't_xf', V4),
 ('kpzx', 'SUPERVISES', 'kpwlj', '监督组将对市文化广电旅游体育局开展跟踪监督'),
]

E = fix_e(N, E)
R = fix(N, R)
