N = '06_anyuan_xiangdong_xiezuo'
E = [
 ('az', 'ORG', '安源区政协', ['安源区政协', '萍乡市安源区政协'], None),
 ('xz', 'ORG', '湘东区政协', ['湘东区政协'], None),
 ('pxzx', 'ORG', '萍乡市政协', ['萍乡市政协'], None),
 ('bgs', 'ORG', '安源区政协办公室', ['安源区政协办公室'], None),
 ('aslj', 'ORG', '安源区水利局', ['安源区水利局'], None),
 ('xslj', 'ORG', '湘东区水利局', ['湘东区水利局'], None),
 ('ay', 'PLACE', '安源区', ['安源区'], None),
 ('xd', 'PLACE', '湘东区', ['湘东区'], None),
 ('px', 'PLACE', '萍乡市', ['萍乡市'], None),
 ('phh', 'PLACE', '萍水河', ['萍水河'], None),
 ('yh', 'PLACE', '玉湖公园', ['玉湖公园', '安源区玉湖公园'], None),
 ('phgc', 'PLACE', '萍水河城区段综合治理工程', ['萍水河城区段综合治理工程'], None),
 ('lg', 'PLACE', '老关镇', ['老关镇', '湘东区老关镇'], None),
 ('jcz', 'PLACE', '萍水河出境断面水质自动监测站', ['萍水河出境断面水质自动监测站'], None),
 ('jng', 'PLACE', '安源路矿工人运动纪念馆', ['安源路矿工人运动纪念馆'], None),
 ('ljg', 'PERSON', '刘建国', ['刘建国'], None),
 ('pzy', 'PERSON', '彭志勇', ['彭志勇'], None),
 ('zlh', 'PERSON', '钟丽华', ['钟丽华'], None),
 ('ev_qy', 'EVENT', '协同履职框架协议签约仪式', ['协同履职框架协议签约仪式'], None),
 ('ev_sc', 'EVENT', '“一河清水·两区同护”联合视察', ['“一河清水·两区同护”联合视察'], None),
 ('ev_zt', 'EVENT', '“重走安源路·同心跟党走”主题教育活动', ['“重走安源路·同心跟党走”主题教育活动'], None),
 ('t_bs', 'TOPIC', '一河清水·两区同护', ['一河清水·两区同护'], None),
 ('t_zl', 'TOPIC', '萍水河流域综合治理', ['萍水河流域综合治理'], None),
 ('t_tc', 'TOPIC', '工业陶瓷产业协同发展', ['工业陶瓷产业协同发展'], None),
 ('t_hs', 'TOPIC', '红色文化资源共享', ['红色文化资源共享'], None),
 ('t_qy', 'TOPIC', '河道清淤疏浚', ['河道清淤疏浚'], None),
 ('t_jw', 'TOPIC', '沿河截污纳管', ['沿河截污纳管'], None),
 ('t_jc', 'TOPIC', '水质监测预警', ['水质监测预警'], None),
 ('t_zlgz', 'TOPIC', '两区萍水河治理', ['两区萍水河治理'], None),
 ('t_xh', 'TOPIC', '建立萍水河跨区联合巡河机制', ['建立萍水河跨区联合巡河机制'], None),
 ('t_bc', 'TOPIC', '完善上下游横向生态补偿', ['完善上下游横向生态补偿'], None),
 ('d_xy', 'DOCUMENT', '《安源区政协 湘东区政协协同履职框架协议》', ['安源区政协 湘东区政协协同履职框架协议'], None),
]
Q = '萍乡市安源区政协、湘东区政协协同履职框架协议签约仪式在湘东区举行'
S = '安源区政协主席刘建国、湘东区政协主席彭志勇代表双方签约'
G = '围绕萍水河流域综合治理、工业陶瓷产业协同发展、红色文化资源共享等共同关注的课题联合开展调研'
V = '视察组先后来到安源区玉湖公园、萍水河城区段综合治理工程和湘东区老关镇萍水河出境断面水质自动监测站'
C = '实地察看河道清淤疏浚、沿河截污纳管和水质监测预警情况'
B = '安源区水利局、湘东区水利局负责同志分别介绍了两区萍水河治理工作进展'
K = '委员们就建立萍水河跨区联合巡河机制、完善上下游横向生态补偿等提出建议11条'
Z = '两区政协还将于9月联合组织委员赴安源路矿工人运动纪念馆开展“重走安源路·同心跟党走”主题教育活动'
SITES = ['yh', 'phgc', 'jcz']
R = [
 ('az', 'LOCATED_IN', 'ay', Q), ('ay', 'LOCATED_IN', 'px', Q), ('xz', 'LOCATED_IN', 'xd', Q),
 ('pxzx', 'LOCATED_IN', 'px', '萍乡市政协副主席钟丽华出席并见证签约'),
 ('aslj', 'LOCATED_IN', 'ay', B), ('xslj', 'LOCATED_IN', 'xd', B),
 ('yh', 'LOCATED_IN', 'ay', V), ('phgc', 'LOCATED_IN', 'phh', V),
 ('lg', 'LOCATED_IN', 'xd', V), ('jcz', 'LOCATED_IN', 'lg', V), ('jcz', 'LOCATED_IN', 'phh', V),
 ('az', 'COOPERATES_WITH', 'xz', Q),
 ('az', 'ORGANIZES', 'ev_qy', Q), ('xz', 'ORGANIZES', 'ev_qy', Q), ('ev_qy', 'HELD_AT', 'xd', Q),
 ('ljg', 'LEADS', 'az', S), ('pzy', 'LEADS', 'xz', S),
 ('ljg', 'PARTICIPATES_IN', 'ev_qy', S), ('pzy', 'PARTICIPATES_IN', 'ev_qy', S),
 ('zlh', 'LEADS', 'pxzx', '萍乡市政协副主席钟丽华出席并见证签约'),
 ('zlh', 'PARTICIPATES_IN', 'ev_qy', '萍乡市政协副主席钟丽华出席并见证签约'),
 ('az', 'ABOUT', 't_zl', G), ('xz', 'ABOUT', 't_zl', G),
 ('az', 'ABOUT', 't_tc', G), ('xz', 'ABOUT', 't_tc', G),
 ('az', 'ABOUT', 't_hs', G), ('xz', 'ABOUT', 't_hs', G),
 ('t_zl', 'CONCERNS', 'phh', '萍水河流域综合治理'),
 ('az', 'ORGANIZES', 'ev_sc', '两区政协委员随即开展“一河清水·两区同护”联合视察'),
 ('xz', 'ORGANIZES', 'ev_sc', '两区政协委员随即开展“一河清水·两区同护”联合视察'),
 ('ev_sc', 'ABOUT', 't_bs', '开展“一河清水·两区同护”联合视察'),
] + [(w, 'VISITS', p, V) for w in ('az', 'xz') for p in SITES] + [
 ('ev_sc', 'HELD_AT', p, V) for p in SITES] + [
 ('ev_sc', 'ABOUT', t, C) for t in ('t_qy', 't_jw', 't_jc')] + [
 ('aslj', 'PARTICIPATES_IN', 'ev_sc', B), ('xslj', 'PARTICIPATES_IN', 'ev_sc', B),
 ('aslj', 'ABOUT', 't_zlgz', B), ('xslj', 'ABOUT', 't_zlgz', B),
 ('t_zlgz', 'CONCERNS', 'phh', '两区萍水河治理'),
 ('az', 'ABOUT', 't_xh', K), ('xz', 'ABOUT', 't_xh', K),
 ('az', 'ABOUT', 't_bc', K), ('xz', 'ABOUT', 't_bc', K),
 ('t_xh', 'CONCERNS', 'phh', '建立萍水河跨区联合巡河机制'),
 ('az', 'ORGANIZES', 'ev_zt', Z), ('xz', 'ORGANIZES', 'ev_zt', Z),
 ('az', 'VISITS', 'jng', Z), ('xz', 'VISITS', 'jng', Z),
 ('ev_zt', 'HELD_AT', 'jng', Z),
]
R = [(h, r, t, e[:60]) for h, r, t, e in R]
