N = '05_qionghai_zhengxie_shicha'
# Quoted 专题视察 (EVENT, ABOUT its quoted name and the 围绕 topic). Everyone named in the 视察组 (主席 带队, 副主席 参加,
# 副市长 陪同) visits every site; the 省政协 committee's 副主任 only attends the closing 座谈会 (takes part, no VISITS); bureaus that only 陪同 get none, the ones that
# 汇报/通报 at the closing 座谈会 take part (heldout7 05). 会山镇 (来到会山镇牛路岭水库) and 博鳌镇 (在博鳌镇，视察组察看了…) are
# visited; 嘉积镇 only modifies the 察看 site (heldout7 01/02); 沙美内海 is only inside the 察看 topic.
E = [
 ('zx', 'ORG', '琼海市政协', ['琼海市政协', '市政协'], None),
 ('rzh', 'ORG', '琼海市政协人口资源环境委员会', ['市政协人口资源环境委员会'], None),
 ('hnrzh', 'ORG', '海南省政协人口资源环境委员会', ['海南省政协人口资源环境委员会'], None),
 ('szf', 'ORG', '琼海市人民政府', ['市政府'], None),
 ('swj', 'ORG', '琼海市水务局', ['市水务局'], None),
 ('nyj', 'ORG', '琼海市农业农村局', ['市农业农村局'], None),
 ('sthj', 'ORG', '琼海市生态环境局', ['琼海市生态环境局'], None),
 ('qh', 'PLACE', '琼海市', ['琼海市', '琼海'], None),
 ('hn', 'PLACE', '海南省', ['海南省'], None),
 ('hs', 'PLACE', '会山镇', ['会山镇'], None),
 ('nll', 'PLACE', '牛路岭水库', ['牛路岭水库', '会山镇牛路岭水库'], None),
 ('wqh', 'PLACE', '万泉河', ['万泉河'], None),
 ('jj', 'PLACE', '嘉积镇', ['嘉积镇'], None),
 ('ax', 'PLACE', '万泉河城区段岸线整治工程', ['万泉河城区段岸线整治工程', '嘉积镇万泉河城区段岸线整治工程'], None),
 ('lsy', 'PLACE', '龙寿洋国家农业公园', ['龙寿洋国家农业公园'], None),
 ('ba', 'PLACE', '博鳌镇', ['博鳌镇'], None),
 ('smnh', 'PLACE', '沙美内海', ['沙美内海'], None),
 ('fhy', 'PERSON', '符海燕', ['符海燕'], None),
 ('wzj', 'PERSON', '王志坚', ['王志坚'], None),
 ('lsh', 'PERSON', '黎少华', ['黎少华'], None),
 ('whf', 'PERSON', '吴惠芳', ['吴惠芳'], None),
 ('lzd', 'PERSON', '林振东', ['林振东'], None),
 ('ev', 'EVENT', '“万泉河流域生态保护”专题视察', ['“万泉河流域生态保护”专题视察', '此次视察'], None),
 ('t_ly', 'TOPIC', '万泉河流域生态保护', ['万泉河流域生态保护'], None),
 ('t_ws', 'TOPIC', '守护万泉河清水长流，推动生态文明建设走深走实', ['守护万泉河清水长流，推动生态文明建设走深走实'], None),
 ('t_sy', 'TOPIC', '饮用水水源地保护', ['饮用水水源地保护'], None),
 ('t_wsz', 'TOPIC', '库区周边村庄污水治理', ['库区周边村庄污水治理'], None),
 ('t_ha', 'TOPIC', '河道生态护岸建设', ['河道生态护岸建设'], None),
 ('t_ts', 'TOPIC', '农田退水治理', ['农田退水治理'], None),
 ('t_sm', 'TOPIC', '沙美内海退塘还林还湿', ['沙美内海退塘还林还湿'], None),
 ('t_hz', 'TOPIC', '全市河湖长制工作落实', ['全市河湖长制工作落实'], None),
 ('t_sz', 'TOPIC', '万泉河水质监测', ['万泉河水质监测'], None),
 ('t_pwk', 'TOPIC', '入河排污口排查整治', ['入河排污口排查整治'], None),
 ('t_bc', 'TOPIC', '万泉河流域横向生态保护补偿机制建设', ['万泉河流域横向生态保护补偿机制建设'], None),
]
Q = '琼海市政协组织部分常委和委员开展“万泉河流域生态保护”专题视察'
A = '围绕“守护万泉河清水长流，推动生态文明建设走深走实”建言献策'
V1 = '视察组首先来到会山镇牛路岭水库'
V2 = '随后沿万泉河而下，实地察看嘉积镇万泉河城区段岸线整治工程和龙寿洋国家农业公园'
V3 = '在博鳌镇，视察组察看了沙美内海退塘还林还湿成效'
SITES = [('hs', V1), ('nll', V1), ('wqh', V2), ('ax', V2), ('lsy', V2), ('ba', V3)]
L = '市政协副主席王志坚、黎少华参加视察'
P = '副市长林振东和市水务局、市农业农村局负责同志陪同'
ST = '琼海市生态环境局通报了万泉河水质监测和入河排污口排查整治进展'
R = [
 ('zx', 'LOCATED_IN', 'qh', '琼海市政协'),
 ('hnrzh', 'LOCATED_IN', 'hn', '海南省政协人口资源环境委员会'),
 ('sthj', 'LOCATED_IN', 'qh', '琼海市生态环境局'),
 ('nll', 'LOCATED_IN', 'hs', '会山镇牛路岭水库'),
 ('ax', 'LOCATED_IN', 'jj', '嘉积镇万泉河城区段岸线整治工程'),
 ('ax', 'LOCATED_IN', 'wqh', '万泉河城区段岸线整治工程'),
 ('zx', 'ORGANIZES', 'ev', Q),
 ('rzh', 'ORGANIZES', 'ev', '此次视察由市政协人口资源环境委员会承办'),
 ('ev', 'ABOUT', 't_ly', '“万泉河流域生态保护”专题视察'),
 ('t_ly', 'CONCERNS', 'wqh', '万泉河流域生态保护'),
 ('ev', 'ABOUT', 't_ws', '专题视察，围绕“守护万泉河清水长流，推动生态文明建设走深走实”建言献策'),
 ('zx', 'ABOUT', 't_ws', A),
 ('t_ws', 'CONCERNS', 'wqh', '守护万泉河清水长流'),
 ('fhy', 'LEADS', 'zx', '市政协主席符海燕带队'),
 ('wzj', 'LEADS', 'zx', L), ('lsh', 'LEADS', 'zx', L),
 ('whf', 'LEADS', 'hnrzh', '海南省政协人口资源环境委员会副主任吴惠芳应邀出席'),
 ('lzd', 'LEADS', 'szf', '林振东表示，市政府将认真研究委员建议'),
 ('fhy', 'PARTICIPATES_IN', 'ev', '市政协主席符海燕带队'),
 ('wzj', 'PARTICIPATES_IN', 'ev', L), ('lsh', 'PARTICIPATES_IN', 'ev', L),
 ('whf', 'PARTICIPATES_IN', 'ev', '海南省政协人口资源环境委员会副主任吴惠芳应邀出席'),
 ('hnrzh', 'PARTICIPATES_IN', 'ev', '海南省政协人口资源环境委员会副主任吴惠芳应邀出席'),
 ('lzd', 'PARTICIPATES_IN', 'ev', P),
] + [(w, 'VISITS', p, v) for w in ('zx', 'fhy', 'wzj', 'lsh', 'lzd') for p, v in SITES] + [
 ('ev', 'HELD_AT', p, v) for p, v in SITES] + [
 ('ev', 'ABOUT', 't_sy', '察看饮用水水源地保护和库区周边村庄污水治理情况'),
 ('ev', 'ABOUT', 't_wsz', '察看饮用水水源地保护和库区周边村庄污水治理情况'),
 ('ev', 'ABOUT', 't_ha', '了解河道生态护岸建设和农田退水治理情况'),
 ('ev', 'ABOUT', 't_ts', '了解河道生态护岸建设和农田退水治理情况'),
 ('ev', 'ABOUT', 't_sm', '察看了沙美内海退塘还林还湿成效'),
 ('t_sm', 'CONCERNS', 'smnh', '沙美内海退塘还林还湿'),
 ('swj', 'PARTICIPATES_IN', 'ev', '市水务局汇报了全市河湖长制工作落实情况'),
 ('swj', 'ABOUT', 't_hz', '市水务局汇报了全市河湖长制工作落实情况'),
 ('sthj', 'PARTICIPATES_IN', 'ev', ST),
 ('sthj', 'ABOUT', 't_sz', ST), ('sthj', 'ABOUT', 't_pwk', ST),
 ('t_sz', 'CONCERNS', 'wqh', '万泉河水质监测'),
 ('zx', 'ABOUT', 't_bc', '市政协将围绕“万泉河流域横向生态保护补偿机制建设”开展专题调研'),
 ('t_bc', 'CONCERNS', 'wqh', '万泉河流域横向生态保护补偿机制建设'),
]
