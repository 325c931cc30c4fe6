N = '06_wanzhou_kaizhou_xiezuo'
# As heldout5 06: the headline 联合视察 gives both CPPCCs VISITS to the two places and ABOUT to the topic,
# and the quoted 专题视察 is ABOUT that topic too.
E = [
 ('wzzx', 'ORG', '万州区政协', ['万州区政协', '重庆市万州区政协'], None),
 ('kzzx', 'ORG', '开州区政协', ['开州区政协'], None),
 ('rzh', 'ORG', '重庆市政协人口资源环境委员会', ['重庆市政协人口资源环境委员会'], None),
 ('bgs', 'ORG', '万州区政协办公室', ['万州区政协办公室'], None),
 ('kzslj', 'ORG', '开州区水利局', ['开州区水利局'], None),
 ('wzsthj', 'ORG', '万州区生态环境局', ['万州区生态环境局'], None),
 ('wz', 'PLACE', '万州区', ['万州区', '万州'], None),
 ('kz', 'PLACE', '开州区', ['开州区', '开州'], None),
 ('cq', 'PLACE', '重庆市', ['重庆市'], None),
 ('wky', 'PLACE', '万开云', ['万开云'], None),
 ('sxkq', 'PLACE', '三峡库区', ['三峡库区'], None),
 ('hfh', 'PLACE', '汉丰湖', ['汉丰湖'], None),
 ('hfhsd', 'PLACE', '汉丰湖国家湿地公园', ['汉丰湖国家湿地公园'], None),
 ('wyb', 'PLACE', '乌杨水位调节坝', ['乌杨水位调节坝'], None),
 ('cj', 'PLACE', '长江', ['长江', '长江万州段'], None),
 ('cjhb', 'PLACE', '长江万州段生态护岸工程', ['长江万州段生态护岸工程'], None),
 ('xtg', 'PLACE', '新田港', ['新田港'], None),
 ('wkkt', 'PLACE', '万开快速通道', ['万开快速通道'], None),
 ('tdm', 'PERSON', '谭德明', ['谭德明'], None),
 ('xgq', 'PERSON', '向国庆', ['向国庆'], None),
 ('rxq', 'PERSON', '冉小琴', ['冉小琴'], None),
 ('xzg', 'PERSON', '熊志刚', ['熊志刚'], None),
 ('hgh', 'PERSON', '黄光华', ['黄光华'], None),
 ('ev_qy', 'EVENT', '协同履职框架协议签约仪式', ['协同履职框架协议签约仪式', '签约仪式'], None),
 ('ev_sc', 'EVENT', '“万开同心·共护一江碧水”专题视察', ['“万开同心·共护一江碧水”专题视察'], None),
 ('d_xy', 'DOCUMENT', '《万州区政协 开州区政协协同履职框架协议》', ['万州区政协 开州区政协协同履职框架协议', '协同履职框架协议'], None),
 ('t_st', 'TOPIC', '汉丰湖及长江万州段生态保护', ['汉丰湖及长江万州段生态保护'], None),
 ('t_tc', 'TOPIC', '万开云同城化发展', ['万开云同城化发展'], None),
 ('t_pz', 'TOPIC', '三峡库区生态屏障建设', ['三峡库区生态屏障建设'], None),
 ('t_gg', 'TOPIC', '毗邻地区公共服务共享', ['毗邻地区公共服务共享'], None),
 ('t_xlz', 'TOPIC', '消落带生态修复', ['消落带生态修复'], None),
 ('t_sd', 'TOPIC', '湿地保护', ['湿地保护'], None),
 ('t_gk', 'TOPIC', '港口绿色发展', ['港口绿色发展'], None),
 ('t_cy', 'TOPIC', '万开快速通道沿线产业协作', ['万开快速通道沿线产业协作'], None),
 ('t_bc', 'TOPIC', '跨区流域横向生态补偿', ['跨区流域横向生态补偿'], None),
]
Q = '重庆市万州区政协、开州区政协协同履职框架协议签约仪式在开州区举行'
H = '联合视察汉丰湖及长江万州段生态保护工作'
S1 = '万州区政协主席谭德明、开州区政协主席向国庆代表双方签约'
S2 = '万州区政协副主席冉小琴、开州区政协副主席熊志刚出席'
W = '重庆市政协人口资源环境委员会副主任黄光华见证签约并讲话'
A = '双方将聚焦万开云同城化发展、三峡库区生态屏障建设和毗邻地区公共服务共享'
J = '两区政协联合开展“万开同心·共护一江碧水”专题视察'
V1 = '视察组先在开州区察看了汉丰湖国家湿地公园和乌杨水位调节坝'
V2 = '随后来到万州区，实地察看长江万州段生态护岸工程和新田港'
L = '了解消落带生态修复、湿地保护和港口绿色发展情况'
B = '开州区水利局、万州区生态环境局负责同志分别作了介绍'
Z = '两地委员围绕“万开快速通道沿线产业协作”“跨区流域横向生态补偿”等话题深入交流'
SITES = [('hfhsd', V1), ('wyb', V1), ('cjhb', V2), ('xtg', V2)]
BOTH = ('wzzx', 'kzzx')
R = [
 ('wzzx', 'LOCATED_IN', 'wz', Q), ('wz', 'LOCATED_IN', 'cq', Q),
 ('kzzx', 'LOCATED_IN', 'kz', Q),
 ('rzh', 'LOCATED_IN', 'cq', W),
 ('kzslj', 'LOCATED_IN', 'kz', B), ('wzsthj', 'LOCATED_IN', 'wz', B),
 ('hfhsd', 'LOCATED_IN', 'hfh', '汉丰湖国家湿地公园'),
 ('hfhsd', 'LOCATED_IN', 'kz', V1), ('wyb', 'LOCATED_IN', 'kz', V1),
 ('cjhb', 'LOCATED_IN', 'cj', '长江万州段生态护岸工程'),
 ('cjhb', 'LOCATED_IN', 'wz', V2), ('xtg', 'LOCATED_IN', 'wz', V2),
 ('wzzx', 'COOPERATES_WITH', 'kzzx', Q),
 ('wzzx', 'ORGANIZES', 'ev_qy', Q), ('kzzx', 'ORGANIZES', 'ev_qy', Q),
 ('ev_qy', 'HELD_AT', 'kz', '签约仪式在开州区举行'),
 ('tdm', 'LEADS', 'wzzx', S1), ('xgq', 'LEADS', 'kzzx', S1),
 ('tdm', 'PARTICIPATES_IN', 'ev_qy', S1), ('xgq', 'PARTICIPATES_IN', 'ev_qy', S1),
 ('rxq', 'LEADS', 'wzzx', S2), ('xzg', 'LEADS', 'kzzx', S2),
 ('rxq', 'PARTICIPATES_IN', 'ev_qy', S2), ('xzg', 'PARTICIPATES_IN', 'ev_qy', S2),
 ('hgh', 'LEADS', 'rzh', W),
 ('hgh', 'PARTICIPATES_IN', 'ev_qy', W), ('rzh', 'PARTICIPATES_IN', 'ev_qy', W),
 ('t_tc', 'CONCERNS', 'wky', '万开云同城化发展'),
 ('t_pz', 'CONCERNS', 'sxkq', '三峡库区生态屏障建设'),
 ('t_st', 'CONCERNS', 'hfh', '汉丰湖及长江万州段生态保护'),
 ('t_st', 'CONCERNS', 'cj', '汉丰湖及长江万州段生态保护'),
 ('ev_sc', 'ABOUT', 't_st', H),
 ('t_cy', 'CONCERNS', 'wkkt', '万开快速通道沿线产业协作'),
] + [(w, 'ABOUT', t, A) for w in BOTH for t in ('t_tc', 't_pz', 't_gg')] + [
 (w, 'VISITS', p, H) for w in BOTH for p in ('hfh', 'cj')] + [
 (w, 'ABOUT', 't_st', H) for w in BOTH] + [
 (w, 'ORGANIZES', 'ev_sc', J) for w in BOTH] + [
 (w, 'VISITS', p, v) for w in BOTH for p, v in SITES] + [
 ('ev_sc', 'HELD_AT', p, v) for p, v in SITES] + [
 (w, 'ABOUT', t, L) for w in BOTH for t in ('t_xlz', 't_sd', 't_gk')] + [
 ('kzslj', 'PARTICIPATES_IN', 'ev_sc', B), ('wzsthj', 'PARTICIPATES_IN', 'ev_sc', B),
] + [(w, 'ABOUT', t, Z) for w in BOTH for t in ('t_cy', 't_bc')]
