N = '06_jiefang_zezhou_xiezuo'
# Cross-province cooperation: signing ceremony in the partner's county (organized by both), a joint quoted 专题视察
# in both places (everyone named in the 视察组 visits every site), a planned joint exhibition.
E = [
 ('jfzx', 'ORG', '解放区政协', ['解放区政协'], None),
 ('bgs', 'ORG', '解放区政协办公室', ['解放区政协办公室'], None),
 ('zzzx', 'ORG', '泽州县政协', ['泽州县政协'], None),
 ('jczx', 'ORG', '晋城市政协', ['晋城市政协'], None),
 ('zzswj', 'ORG', '泽州县水务局', ['泽州县水务局'], None),
 ('jfcg', 'ORG', '解放区城市管理局', ['解放区城市管理局'], None),
 ('jy', 'PLACE', '晋豫', ['晋豫'], None),
 ('hn', 'PLACE', '河南省', ['河南省'], None),
 ('jz', 'PLACE', '焦作市', ['焦作市', '焦作'], None),
 ('jf', 'PLACE', '解放区', ['解放区'], '视察组来到解放区'),
 ('sx', 'PLACE', '山西省', ['山西省'], None),
 ('jc', 'PLACE', '晋城市', ['晋城市'], '在山西省晋城市泽州县举行'),
 ('zz', 'PLACE', '泽州县', ['泽州县'], '在山西省晋城市泽州县举行'),
 ('ths', 'PLACE', '太行山', ['太行山'], None),
 ('dh', 'PLACE', '丹河', ['丹河'], None),
 ('sdgy', 'PLACE', '泽州丹河国家湿地公园', ['泽州丹河国家湿地公园'], None),
 ('qyh', 'PLACE', '群英河', ['群英河'], None),
 ('qygc', 'PLACE', '群英河生态治理工程', ['群英河生态治理工程'], None),
 ('fs', 'PLACE', '焦作缝山国家矿山公园', ['焦作缝山国家矿山公园'], None),
 ('ev_qy', 'EVENT', '解放区政协与泽州县政协协同履职框架协议签约仪式', ['解放区政协与泽州县政协协同履职框架协议签约仪式', '签约仪式'], None),
 ('ev_sc', 'EVENT', '“共护丹河清流·同筑太行屏障”专题视察', ['“共护丹河清流·同筑太行屏障”专题视察'], None),
 ('ev_sh', 'EVENT', '“太行同心”两地政协委员书画联展', ['“太行同心”两地政协委员书画联展'], None),
 ('t', 'TOPIC', '丹河跨省流域生态保护与协同治理', ['丹河跨省流域生态保护与协同治理'], None),
 ('t_sz', 'TOPIC', '丹河流域水质监测', ['丹河流域水质监测'], None),
 ('t_hd', 'TOPIC', '河道治理', ['河道治理'], None),
 ('t_gh', 'TOPIC', '群英河河道日常管护', ['群英河河道日常管护'], None),
 ('t_bc', 'TOPIC', '跨省断面生态补偿机制建设', ['跨省断面生态补偿机制建设'], None),
 ('t_wl', 'TOPIC', '太行山文旅线路共建', ['太行山文旅线路共建'], None),
 ('fjp', 'PERSON', '冯建平', ['冯建平'], None),
 ('clj', 'PERSON', '常丽君', ['常丽君'], None),
 ('qxd', 'PERSON', '秦向东', ['秦向东'], None),
 ('hlx', 'PERSON', '韩立新', ['韩立新'], None),
 ('nxd', 'PERSON', '牛晓东', ['牛晓东'], None),
 ('d_xy', 'DOCUMENT', '《协同履职框架协议》', ['《协同履职框架协议》'], None),
]
Q = '解放区政协与泽州县政协协同履职框架协议签约仪式在山西省晋城市泽州县举行'
S = '解放区政协主席冯建平、泽州县政协主席常丽君代表双方签署《协同履职框架协议》'
W = '晋城市政协副主席秦向东出席并见证签约'
J = '两地政协联合开展“共护丹河清流·同筑太行屏障”专题视察'
A = '围绕“丹河跨省流域生态保护与协同治理”建言献策'
P = '解放区政协副主席韩立新参加视察'
V1 = '视察组在泽州县察看了泽州丹河国家湿地公园'
V2 = '视察组来到解放区，实地察看了群英河生态治理工程和焦作缝山国家矿山公园'
B1 = '泽州县水务局介绍了丹河流域水质监测和河道治理情况'
B2 = '解放区城市管理局介绍了群英河河道日常管护情况'
M = '委员们围绕“跨省断面生态补偿机制建设”“太行山文旅线路共建”等深入交流'
SH = '双方商定，明年将在焦作联合举办“太行同心”两地政协委员书画联展'
SITES = [('zz', V1), ('sdgy', V1), ('jf', V2), ('qygc', V2), ('fs', V2)]
R = [
 ('zz', 'LOCATED_IN', 'jc', Q), ('jc', 'LOCATED_IN', 'sx', Q),
 ('jf', 'LOCATED_IN', 'jz', '河南省焦作市解放区'), ('jz', 'LOCATED_IN', 'hn', '河南省焦作市解放区'),
 ('jfzx', 'LOCATED_IN', 'jf', '解放区政协'), ('zzzx', 'LOCATED_IN', 'zz', '泽州县政协'),
 ('jczx', 'LOCATED_IN', 'jc', '晋城市政协'),
 ('zzswj', 'LOCATED_IN', 'zz', '泽州县水务局'), ('jfcg', 'LOCATED_IN', 'jf', '解放区城市管理局'),
 ('sdgy', 'LOCATED_IN', 'zz', V1), ('sdgy', 'LOCATED_IN', 'dh', '泽州丹河国家湿地公园'),
 ('qygc', 'LOCATED_IN', 'qyh', '群英河生态治理工程'),
 ('qygc', 'LOCATED_IN', 'jf', V2), ('fs', 'LOCATED_IN', 'jf', V2),
 ('fs', 'LOCATED_IN', 'jz', '焦作缝山国家矿山公园'),
 ('jfzx', 'ORGANIZES', 'ev_qy', Q), ('zzzx', 'ORGANIZES', 'ev_qy', Q),
 ('ev_qy', 'HELD_AT', 'zz', Q),
 ('jfzx', 'COOPERATES_WITH', 'zzzx', S),
 ('fjp', 'LEADS', 'jfzx', S), ('clj', 'LEADS', 'zzzx', S),
 ('fjp', 'PARTICIPATES_IN', 'ev_qy', S), ('clj', 'PARTICIPATES_IN', 'ev_qy', S),
 ('qxd', 'LEADS', 'jczx', W), ('qxd', 'PARTICIPATES_IN', 'ev_qy', W),
 ('jfzx', 'ORGANIZES', 'ev_sc', J), ('zzzx', 'ORGANIZES', 'ev_sc', J),
 ('ev_sc', 'ABOUT', 't', '“共护丹河清流·同筑太行屏障”专题视察，围绕“丹河跨省流域生态保护与协同治理”'),
 ('jfzx', 'ABOUT', 't', A), ('zzzx', 'ABOUT', 't', A),
 ('t', 'CONCERNS', 'dh', '丹河跨省流域生态保护与协同治理'),
 ('hlx', 'LEADS', 'jfzx', P),
 ('hlx', 'PARTICIPATES_IN', 'ev_sc', P),
] + [(w, 'VISITS', p, v) for w in ('jfzx', 'zzzx', 'hlx') for p, v in SITES] + [
 ('ev_sc', 'HELD_AT', p, v) for p, v in SITES] + [
 ('zzswj', 'PARTICIPATES_IN', 'ev_sc', B1),
 ('zzswj', 'ABOUT', 't_sz', B1), ('zzswj', 'ABOUT', 't_hd', B1),
 ('ev_sc', 'ABOUT', 't_sz', B1), ('ev_sc', 'ABOUT', 't_hd', B1),
 ('t_sz', 'CONCERNS', 'dh', '丹河流域水质监测'),
 ('jfcg', 'PARTICIPATES_IN', 'ev_sc', B2),
 ('jfcg', 'ABOUT', 't_gh', B2), ('ev_sc', 'ABOUT', 't_gh', B2),
 ('t_gh', 'CONCERNS', 'qyh', '群英河河道日常管护'),
 ('jfzx', 'ABOUT', 't_bc', M), ('zzzx', 'ABOUT', 't_bc', M),
 ('jfzx', 'ABOUT', 't_wl', M), ('zzzx', 'ABOUT', 't_wl', M),
 ('t_wl', 'CONCERNS', 'ths', '太行山文旅线路共建'),
 ('jfzx', 'ORGANIZES', 'ev_sh', SH), ('zzzx', 'ORGANIZES', 'ev_sh', SH),
 ('ev_sh', 'HELD_AT', 'jz', SH),
]
