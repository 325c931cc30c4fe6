N = '06_xiqing_liangzhou_xiezuo'
# As heldout6 06: the 签约 gives COOPERATES_WITH and both bodies organize the ceremony; the agreement is a DOCUMENT
# without ISSUES. The joint quoted 专题视察 gives both bodies VISITS to every site and ABOUT to what they 察看/了解;
# the bureaus that 作了介绍 take part. 武威市政协 whose 副主席 attends does not take part itself (heldout6 04).
E = [
 ('xqzx', 'ORG', '西青区政协', ['西青区政协', '天津市西青区政协'], None),
 ('lzzx', 'ORG', '凉州区政协', ['凉州区政协', '甘肃省武威市凉州区政协'], None),
 ('gsjjw', 'ORG', '甘肃省政协经济委员会', ['甘肃省政协经济委员会'], None),
 ('wwzx', 'ORG', '武威市政协', ['武威市政协'], None),
 ('lznyj', 'ORG', '凉州区农业农村局', ['凉州区农业农村局'], None),
 ('lzwl', 'ORG', '凉州区文体广电和旅游局', ['凉州区文体广电和旅游局'], None),
 ('xq', 'PLACE', '西青区', ['西青区', '西青'], None),
 ('tj', 'PLACE', '天津市', ['天津市', '天津'], None),
 ('lz', 'PLACE', '凉州区', ['凉州区', '凉州'], None),
 ('ww', 'PLACE', '武威市', ['武威市'], None),
 ('gs', 'PLACE', '甘肃省', ['甘肃省'], None),
 ('ylq', 'PLACE', '杨柳青古镇', ['杨柳青古镇', '西青区杨柳青古镇'], None),
 ('jw', 'PLACE', '精武镇', ['精武镇'], None),
 ('hy', 'PLACE', '黄羊镇', ['黄羊镇', '凉州区黄羊镇'], None),
 ('wsyq', 'PLACE', '东西部协作日光温室产业园', ['东西部协作日光温室产业园'], None),
 ('syh', 'PLACE', '石羊河', ['石羊河'], None),
 ('sysd', 'PLACE', '石羊河国家湿地公园', ['石羊河国家湿地公园'], None),
 ('lhw', 'PERSON', '李宏伟', ['李宏伟'], None),
 ('myf', 'PERSON', '马永福', ['马永福'], None),
 ('zyq', 'PERSON', '张雅琴', ['张雅琴'], None),
 ('zdm', 'PERSON', '赵德明', ['赵德明'], None),
 ('wcq', 'PERSON', '魏长青', ['魏长青'], None),
 ('hjp', 'PERSON', '韩建平', ['韩建平'], None),
 ('ev_qy', 'EVENT', '东西部协作协同履职框架协议签约仪式', ['东西部协作协同履职框架协议签约仪式', '签约仪式'], None),
 ('ev_sc', 'EVENT', '“津凉同心·协作共兴”专题视察', ['“津凉同心·协作共兴”专题视察'], None),
 ('ev_zx', 'EVENT', '“凉州好物进津门”农产品展销活动', ['“凉州好物进津门”农产品展销活动'], None),
 ('d_xy', 'DOCUMENT', '《西青区政协 凉州区政协东西部协作协同履职框架协议》', ['西青区政协 凉州区政协东西部协作协同履职框架协议'], None),
 ('t_ny', 'TOPIC', '特色农业产业协作', ['特色农业产业协作'], None),
 ('t_lw', 'TOPIC', '劳务协作', ['劳务协作'], None),
 ('t_xf', 'TOPIC', '消费帮扶', ['消费帮扶'], None),
 ('t_wl', 'TOPIC', '文化旅游交流', ['文化旅游交流'], None),
 ('t_ym', 'TOPIC', '蔬菜育苗', ['蔬菜育苗'], None),
 ('t_ll', 'TOPIC', '冷链分拣中心建设', ['冷链分拣中心建设'], None),
 ('t_syh', 'TOPIC', '石羊河流域生态治理', ['石羊河流域生态治理'], None),
 ('t_sd', 'TOPIC', '湿地保护', ['湿地保护'], None),
 ('t_cx', 'TOPIC', '西青凉州农产品产销对接', ['西青凉州农产品产销对接'], None),
 ('t_px', 'TOPIC', '劳务输出技能培训', ['劳务输出技能培训'], None),
]
Q = '天津市西青区政协、甘肃省武威市凉州区政协东西部协作协同履职框架协议签约仪式在凉州区举行'
S1 = '西青区政协主席李宏伟、凉州区政协主席马永福代表双方签约'
S2 = '西青区政协副主席张雅琴、凉州区政协副主席赵德明出席'
W = '甘肃省政协经济委员会副主任魏长青见证签约并讲话'
H = '武威市政协副主席韩建平出席'
A = '双方将聚焦特色农业产业协作、劳务协作和消费帮扶、文化旅游交流'
V0 = '凉州区政协已组织委员赴西青区杨柳青古镇和精武镇考察学习'
J = '两区政协联合开展“津凉同心·协作共兴”专题视察'
V1 = '视察组先来到凉州区黄羊镇的东西部协作日光温室产业园，察看蔬菜育苗和冷链分拣中心建设情况'
V2 = '随后走进石羊河国家湿地公园，了解石羊河流域生态治理和湿地保护情况'
B = '凉州区农业农村局、凉州区文体广电和旅游局负责同志分别作了介绍'
Z = '两地委员围绕“西青凉州农产品产销对接”“劳务输出技能培训”等话题深入交流'
X = '两区政协还将于11月在西青区联合举办“凉州好物进津门”农产品展销活动'
BOTH = ('xqzx', 'lzzx')
SITES = [('wsyq', V1), ('hy', V1), ('sysd', V2)]
R = [
 ('xqzx', 'LOCATED_IN', 'xq', Q), ('xq', 'LOCATED_IN', 'tj', Q),
 ('lzzx', 'LOCATED_IN', 'lz', Q), ('lz', 'LOCATED_IN', 'ww', Q), ('ww', 'LOCATED_IN', 'gs', Q),
 ('gsjjw', 'LOCATED_IN', 'gs', W),
 ('wwzx', 'LOCATED_IN', 'ww', H),
 ('lznyj', 'LOCATED_IN', 'lz', B), ('lzwl', 'LOCATED_IN', 'lz', B),
 ('ylq', 'LOCATED_IN', 'xq', V0), ('jw', 'LOCATED_IN', 'xq', V0),
 ('hy', 'LOCATED_IN', 'lz', V1), ('wsyq', 'LOCATED_IN', 'hy', V1),
 ('sysd', 'LOCATED_IN', 'syh', '石羊河国家湿地公园'),
 ('xqzx', 'COOPERATES_WITH', 'lzzx', Q),
 ('xqzx', 'ORGANIZES', 'ev_qy', Q), ('lzzx', 'ORGANIZES', 'ev_qy', Q),
 ('ev_qy', 'HELD_AT', 'lz', '签约仪式在凉州区举行'),
 ('lhw', 'LEADS', 'xqzx', S1), ('myf', 'LEADS', 'lzzx', S1),
 ('lhw', 'PARTICIPATES_IN', 'ev_qy', S1), ('myf', 'PARTICIPATES_IN', 'ev_qy', S1),
 ('zyq', 'LEADS', 'xqzx', S2), ('zdm', 'LEADS', 'lzzx', S2),
 ('zyq', 'PARTICIPATES_IN', 'ev_qy', S2), ('zdm', 'PARTICIPATES_IN', 'ev_qy', S2),
 ('wcq', 'LEADS', 'gsjjw', W),
 ('wcq', 'PARTICIPATES_IN', 'ev_qy', W), ('gsjjw', 'PARTICIPATES_IN', 'ev_qy', W),
 ('hjp', 'LEADS', 'wwzx', H), ('hjp', 'PARTICIPATES_IN', 'ev_qy', H),
] + [(w, 'ABOUT', t, A) for w in BOTH for t in ('t_ny', 't_lw', 't_xf', 't_wl')] + [
 ('lzzx', 'VISITS', 'ylq', V0), ('lzzx', 'VISITS', 'jw', V0),
] + [(w, 'ORGANIZES', 'ev_sc', J) for w in BOTH] + [
 (w, 'VISITS', p, v) for w in BOTH for p, v in SITES] + [
 ('ev_sc', 'HELD_AT', p, v) for p, v in SITES] + [
 (w, 'ABOUT', t, V1) for w in BOTH for t in ('t_ym', 't_ll')] + [
 (w, 'ABOUT', t, V2) for w in BOTH for t in ('t_syh', 't_sd')] + [
 ('t_syh', 'CONCERNS', 'syh', '石羊河流域生态治理'),
 ('lznyj', 'PARTICIPATES_IN', 'ev_sc', B), ('lzwl', 'PARTICIPATES_IN', 'ev_sc', B),
] + [(w, 'ABOUT', t, Z) for w in BOTH for t in ('t_cx', 't_px')] + [
 ('t_cx', 'CONCERNS', 'xq', '西青凉州农产品产销对接'),
 ('t_cx', 'CONCERNS', 'lz', '西青凉州农产品产销对接'),
 ('xqzx', 'VISITS', 'lz', '西青区政协将发挥天津市场和技术优势，组织委员企业家赴凉州区考察投资'),
] + [(w, 'ORGANIZES', 'ev_zx', X) for w in BOTH] + [
 ('ev_zx', 'HELD_AT', 'xq', X),
]
