N = '06_tunxi_chunan_xiezuo'
# Cross-province cooperation of 屯溪区政协 (黄山市, 安徽) and 淳安县政协 (杭州市, 浙江).
# Signing = COOPERATES_WITH; the agreement is a DOCUMENT without ISSUES; both bodies organize the ceremony, the joint
# 视察 and the planned exhibition. 黄山市政协 (whose 副主席 witnesses) does not take part as a body; 县委常委 gives no LEADS.
# “在屯溪区察看了…” visits 屯溪区 too; “来到歙县街口镇，察看Y” → Y LOCATED_IN 街口镇. 新安江屯溪段 is an alias of 新安江.
E = [
 ('txzx', 'ORG', '屯溪区政协', ['屯溪区政协', '黄山市屯溪区政协'], None),
 ('bgs', 'ORG', '屯溪区政协办公室', ['屯溪区政协办公室'], None),
 ('cazx', 'ORG', '淳安县政协', ['淳安县政协', '杭州市淳安县政协'], None),
 ('hszx', 'ORG', '黄山市政协', ['黄山市政协'], None),
 ('hzzx', 'ORG', '杭州市政协', ['杭州市政协'], None),
 ('txqw', 'ORG', '中共屯溪区委', ['中共屯溪区委'], None),
 ('caxw', 'ORG', '中共淳安县委', ['淳安县委'], None),
 ('sthjt', 'ORG', '黄山市生态环境局屯溪分局', ['黄山市生态环境局屯溪分局'], None),
 ('sthjc', 'ORG', '杭州市生态环境局淳安分局', ['杭州市生态环境局淳安分局'], None),
 ('tx', 'PLACE', '屯溪区', ['屯溪区', '屯溪'], None),
 ('hs', 'PLACE', '黄山市', ['黄山市'], None),
 ('hz', 'PLACE', '杭州市', ['杭州市'], None),
 ('ca', 'PLACE', '淳安县', ['淳安县', '淳安'], None),
 ('qdhz', 'PLACE', '千岛湖镇', ['千岛湖镇', '淳安县千岛湖镇'], None),
 ('xaj', 'PLACE', '新安江', ['新安江', '新安江屯溪段'], None),
 ('txlj', 'PLACE', '屯溪老街', ['屯溪老街'], None),
 ('sx', 'PLACE', '歙县', ['歙县'], None),
 ('jk', 'PLACE', '街口镇', ['街口镇', '歙县街口镇'], None),
 ('jcz', 'PLACE', '新安江跨省界断面水质自动监测站', ['新安江跨省界断面水质自动监测站'], None),
 ('wp', 'PLACE', '威坪镇', ['威坪镇', '淳安县威坪镇'], None),
 ('qdh', 'PLACE', '千岛湖', ['千岛湖'], '走进淳安县威坪镇和千岛湖'),
 ('hhgd', 'PLACE', '徽杭古道', ['徽杭古道'], None),
 ('csj', 'PLACE', '长三角', ['长三角'], None),
 ('wgq', 'PERSON', '汪国庆', ['汪国庆'], None),
 ('fzh', 'PERSON', '方志华', ['方志华'], None),
 ('clp', 'PERSON', '程丽萍', ['程丽萍'], None),
 ('xb', 'PERSON', '徐斌', ['徐斌'], None),
 ('ch', 'PERSON', '程浩', ['程浩'], None),
 ('wj', 'PERSON', '王俊', ['王俊'], None),
 ('ywj', 'PERSON', '叶文军', ['叶文军'], None),
 ('ev_qy', 'EVENT', '黄山市屯溪区政协与杭州市淳安县政协协同履职框架协议签约仪式', ['黄山市屯溪区政协与杭州市淳安县政协协同履职框架协议签约仪式', '协同履职框架协议签约仪式', '签约仪式'], None),
 ('ev_sc', 'EVENT', '“共护一江清水·共绘山水画卷”专题视察', ['“共护一江清水·共绘山水画卷”专题视察'], None),
 ('ev_sh', 'EVENT', '“徽杭同心”委员书画展', ['“徽杭同心”委员书画展'], None),
 ('t_st', 'TOPIC', '库区生态修复', ['库区生态修复'], None),
 ('t_yy', 'TOPIC', '渔业转型', ['渔业转型'], None),
 ('t_bc', 'TOPIC', '新安江流域横向生态补偿试点工作情况', ['新安江流域横向生态补偿试点工作情况', '新安江流域横向生态补偿试点'], None),
 ('t_sj', 'TOPIC', '新安江流域生态补偿机制深化', ['新安江流域生态补偿机制深化'], None),
 ('t_gd', 'TOPIC', '徽杭古道文旅线路共建', ['徽杭古道文旅线路共建'], None),
 ('t_ly', 'TOPIC', '千岛湖—新安江旅游联动', ['千岛湖—新安江旅游联动'], None),
 ('d_xy', 'DOCUMENT', '《屯溪淳安两地政协协同履职框架协议》', ['屯溪淳安两地政协协同履职框架协议'], None),
]
Q = '黄山市屯溪区政协与杭州市淳安县政协协同履职框架协议签约仪式在淳安县千岛湖镇举行'
S = '屯溪区政协主席汪国庆、淳安县政协主席方志华代表双方签约'
W = '黄山市政协副主席程丽萍、杭州市政协副秘书长徐斌见证签约'
C = '中共屯溪区委副书记程浩、淳安县委常委王俊出席签约仪式'
J = '两地政协联合开展“共护一江清水·共绘山水画卷”专题视察'
V1 = '视察组在屯溪区察看了屯溪老街和新安江屯溪段滨水岸线'
V2 = '随后来到歙县街口镇，察看新安江跨省界断面水质自动监测站'
V3 = '又走进淳安县威坪镇和千岛湖，了解库区生态修复和渔业转型情况'
SITES = [('tx', V1), ('txlj', V1), ('xaj', V1), ('jk', V2), ('jcz', V2), ('wp', V3), ('qdh', V3)]
B = '黄山市生态环境局屯溪分局和杭州市生态环境局淳安分局负责同志分别介绍了新安江流域横向生态补偿试点工作情况'
T = '两地委员围绕“新安江流域生态补偿机制深化”“徽杭古道文旅线路共建”等交流发言'
H = '明年将在屯溪区联合举办“徽杭同心”委员书画展'
LY = '并围绕“千岛湖—新安江旅游联动”开展联合调研'
R = [
 ('txzx', 'LOCATED_IN', 'tx', Q), ('tx', 'LOCATED_IN', 'hs', Q),
 ('cazx', 'LOCATED_IN', 'ca', Q), ('ca', 'LOCATED_IN', 'hz', Q),
 ('qdhz', 'LOCATED_IN', 'ca', Q),
 ('hszx', 'LOCATED_IN', 'hs', W), ('hzzx', 'LOCATED_IN', 'hz', W),
 ('txqw', 'LOCATED_IN', 'tx', C), ('caxw', 'LOCATED_IN', 'ca', C),
 ('sthjt', 'LOCATED_IN', 'tx', '黄山市生态环境局屯溪分局'),
 ('sthjc', 'LOCATED_IN', 'ca', '杭州市生态环境局淳安分局'),
 ('txlj', 'LOCATED_IN', 'tx', V1),
 ('jk', 'LOCATED_IN', 'sx', V2), ('jcz', 'LOCATED_IN', 'jk', V2),
 ('jcz', 'LOCATED_IN', 'xaj', '新安江跨省界断面水质自动监测站'),
 ('wp', 'LOCATED_IN', 'ca', V3),
 ('txzx', 'COOPERATES_WITH', 'cazx', '黄山市屯溪区政协与杭州市淳安县政协协同履职框架协议签约仪式'),
 ('txzx', 'ORGANIZES', 'ev_qy', Q), ('cazx', 'ORGANIZES', 'ev_qy', Q),
 ('ev_qy', 'HELD_AT', 'qdhz', '签约仪式在淳安县千岛湖镇举行'),
 ('wgq', 'LEADS', 'txzx', '屯溪区政协主席汪国庆'), ('fzh', 'LEADS', 'cazx', '淳安县政协主席方志华'),
 ('wgq', 'PARTICIPATES_IN', 'ev_qy', S), ('fzh', 'PARTICIPATES_IN', 'ev_qy', S),
 ('clp', 'LEADS', 'hszx', '黄山市政协副主席程丽萍'), ('xb', 'LEADS', 'hzzx', '杭州市政协副秘书长徐斌'),
 ('clp', 'PARTICIPATES_IN', 'ev_qy', W), ('xb', 'PARTICIPATES_IN', 'ev_qy', W),
 ('ch', 'LEADS', 'txqw', '中共屯溪区委副书记程浩'),
 ('ch', 'PARTICIPATES_IN', 'ev_qy', C), ('wj', 'PARTICIPATES_IN', 'ev_qy', C),
 ('txzx', 'ORGANIZES', 'ev_sc', J), ('cazx', 'ORGANIZES', 'ev_sc', J),
] + [(b, 'VISITS', p, v) for b in ('txzx', 'cazx') for p, v in SITES] + [
 ('ev_sc', 'HELD_AT', p, v) for p, v in SITES] + [
 ('txzx', 'ABOUT', 't_st', V3), ('txzx', 'ABOUT', 't_yy', V3),
 ('cazx', 'ABOUT', 't_st', V3), ('cazx', 'ABOUT', 't_yy', V3),
 ('ywj', 'LEADS', 'txzx', '座谈会由屯溪区政协副主席叶文军主持'),
 ('sthjt', 'ABOUT', 't_bc', B), ('sthjc', 'ABOUT', 't_bc', B),
 ('t_bc', 'CONCERNS', 'xaj', '新安江流域横向生态补偿试点工作情况'),
 ('txzx', 'ABOUT', 't_sj', T), ('cazx', 'ABOUT', 't_sj', T),
 ('txzx', 'ABOUT', 't_gd', T), ('cazx', 'ABOUT', 't_gd', T),
 ('t_sj', 'CONCERNS', 'xaj', '新安江流域生态补偿机制深化'),
 ('t_gd', 'CONCERNS', 'hhgd', '徽杭古道文旅线路共建'),
 ('txzx', 'ORGANIZES', 'ev_sh', H), ('cazx', 'ORGANIZES', 'ev_sh', H),
 ('ev_sh', 'HELD_AT', 'tx', H),
 ('txzx', 'ABOUT', 't_ly', LY), ('cazx', 'ABOUT', 't_ly', LY),
 ('t_ly', 'CONCERNS', 'qdh', '千岛湖—新安江旅游联动'), ('t_ly', 'CONCERNS', 'xaj', '千岛湖—新安江旅游联动'),
]
