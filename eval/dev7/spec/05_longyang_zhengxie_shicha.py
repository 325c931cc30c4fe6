N = '05_longyang_zhengxie_shicha'
# A quoted 专题视察 is an EVENT; the points it checked (察看…情况) are its topics (as heldout5 07).
E = [
 ('zx', 'ORG', '隆阳区政协', ['隆阳区政协', '保山市隆阳区政协', '区政协'], None),
 ('bgs', 'ORG', '隆阳区政协办公室', ['隆阳区政协办公室'], None),
 ('qw', 'ORG', '中共隆阳区委', ['区委'], '形成高质量建议报区委、区政府参考'),
 ('qzf', 'ORG', '隆阳区人民政府', ['区政府'], None),
 ('sthj', 'ORG', '保山市生态环境局隆阳分局', ['保山市生态环境局隆阳分局'], None),
 ('swj', 'ORG', '隆阳区水务局', ['区水务局'], None),
 ('lcj', 'ORG', '隆阳区林业和草原局', ['区林业和草原局'], None),
 ('ly', 'PLACE', '隆阳区', ['隆阳区'], None),
 ('bs', 'PLACE', '保山市', ['保山市', '保山'], None),
 ('qhh', 'PLACE', '青华海', ['青华海'], '青华海是保山坝子的“绿肺”'),
 ('qhhgy', 'PLACE', '青华海国家湿地公园', ['青华海国家湿地公园'], None),
 ('dh', 'PLACE', '东河', ['东河'], '随后沿东河而行'),
 ('dhgc', 'PLACE', '东河城区段生态治理工程', ['东河城区段生态治理工程'], None),
 ('ylc', 'PLACE', '易罗池', ['易罗池'], None),
 ('tbs', 'PLACE', '太保山森林公园', ['太保山森林公园'], None),
 ('bq', 'PLACE', '板桥镇', ['板桥镇'], None),
 ('bm', 'PLACE', '北庙水库水源保护区', ['北庙水库水源保护区'], None),
 ('bsbz', 'PLACE', '保山坝子', ['保山坝子'], None),
 ('yzh', 'PERSON', '杨正华', ['杨正华'], None),
 ('dlp', 'PERSON', '段丽萍', ['段丽萍'], None),
 ('ljf', 'PERSON', '李家福', ['李家福'], None),
 ('zcl', 'PERSON', '赵春林', ['赵春林'], None),
 ('clj', 'PERSON', '寸丽娟', ['寸丽娟'], None),
 ('ymd', 'PERSON', '杨明达', ['杨明达'], None),
 ('ev', 'EVENT', '“青华海湿地保护与城市生态建设”专题视察', ['“青华海湿地保护与城市生态建设”专题视察'], None),
 ('t_qhh', 'TOPIC', '青华海湿地保护与城市生态建设', ['青华海湿地保护与城市生态建设'], None),
 ('t_lt', 'TOPIC', '湿地水系连通', ['湿地水系连通'], None),
 ('t_jh', 'TOPIC', '水质净化', ['水质净化'], None),
 ('t_nl', 'TOPIC', '鸟类栖息地保护', ['鸟类栖息地保护'], None),
 ('t_jw', 'TOPIC', '河道截污', ['河道截污'], None),
 ('t_bs', 'TOPIC', '生态补水', ['生态补水'], None),
 ('t_bd', 'TOPIC', '滨河步道建设', ['滨河步道建设'], None),
 ('t_fh', 'TOPIC', '森林防火', ['森林防火'], None),
 ('t_gs', 'TOPIC', '古树名木保护', ['古树名木保护'], None),
 ('t_hy', 'TOPIC', '水源涵养林建设', ['水源涵养林建设'], None),
 ('t_ws', 'TOPIC', '农村生活污水治理', ['农村生活污水治理'], None),
 ('t_dh', 'TOPIC', '东河流域综合治理', ['东河流域综合治理'], None),
 ('t_hc', 'TOPIC', '城区黑臭水体整治', ['城区黑臭水体整治'], None),
 ('t_lk', 'TOPIC', '推进青华海—东河水系生态廊道建设', ['推进青华海—东河水系生态廊道建设'], None),
]
Q = '保山市隆阳区政协组织部分常委和委员，开展“青华海湿地保护与城市生态建设”专题视察'
V1 = '视察组首先来到青华海国家湿地公园'
V2 = '随后沿东河而行，实地察看东河城区段生态治理工程和易罗池'
V3 = '在太保山森林公园，视察组察看了森林防火和古树名木保护工作'
V4 = '次日，视察组来到板桥镇，走进北庙水库水源保护区'
VIS = [('qhhgy', V1), ('dh', V2), ('dhgc', V2), ('ylc', V2), ('tbs', V3), ('bq', V4), ('bm', V4)]
C1 = '察看湿地水系连通、水质净化和鸟类栖息地保护情况'
C2 = '了解河道截污、生态补水和滨河步道建设情况'
C4 = '察看水源涵养林建设和农村生活污水治理情况'
A = '区政协主席杨正华带队，区政协副主席段丽萍、李家福参加视察'
R = [
 ('zx', 'LOCATED_IN', 'ly', Q[:12]),
 ('ly', 'LOCATED_IN', 'bs', Q[:12]),
 ('sthj', 'LOCATED_IN', 'ly', '保山市生态环境局隆阳分局'),
 ('qhhgy', 'LOCATED_IN', 'qhh', V1),
 ('dhgc', 'LOCATED_IN', 'dh', '实地察看东河城区段生态治理工程'),
 ('bm', 'LOCATED_IN', 'bq', V4),
 ('zx', 'ORGANIZES', 'ev', Q),
 ('ev', 'ABOUT', 't_qhh', '开展“青华海湿地保护与城市生态建设”专题视察'),
 ('t_qhh', 'CONCERNS', 'qhh', '青华海湿地保护与城市生态建设'),
 ('yzh', 'LEADS', 'zx', '区政协主席杨正华带队'),
 ('dlp', 'LEADS', 'zx', '区政协副主席段丽萍、李家福参加视察'),
 ('ljf', 'LEADS', 'zx', '区政协副主席段丽萍、李家福参加视察'),
 ('zcl', 'LEADS', 'qzf', '赵春林表示，区政府将认真梳理委员意见'),
 ('yzh', 'PARTICIPATES_IN', 'ev', A),
 ('dlp', 'PARTICIPATES_IN', 'ev', A),
 ('ljf', 'PARTICIPATES_IN', 'ev', A),
 ('zcl', 'PARTICIPATES_IN', 'ev', '副区长赵春林和保山市生态环境局隆阳分局、区水务局、区林业和草原局负责同志陪同'),
] + [(w, 'VISITS', p, ev) for w in ('zx', 'yzh', 'dlp', 'ljf', 'zcl') for p, ev in VIS] + [
 ('ev', 'HELD_AT', p, ev) for p, ev in VIS] + [
 ('ev', 'ABOUT', t, C1) for t in ('t_lt', 't_jh', 't_nl')] + [
 ('ev', 'ABOUT', t, C2) for t in ('t_jw', 't_bs', 't_bd')] + [
 ('ev', 'ABOUT', t, V3) for t in ('t_fh', 't_gs')] + [
 ('ev', 'ABOUT', t, C4) for t in ('t_hy', 't_ws')] + [
 ('swj', 'PARTICIPATES_IN', 'ev', '在随后召开的座谈会上，区水务局汇报了东河流域综合治理工作情况'),
 ('swj', 'ABOUT', 't_dh', '区水务局汇报了东河流域综合治理工作情况'),
 ('t_dh', 'CONCERNS', 'dh', '东河流域综合治理'),
 ('sthj', 'PARTICIPATES_IN', 'ev', '保山市生态环境局隆阳分局通报了城区黑臭水体整治进展'),
 ('sthj', 'ABOUT', 't_hc', '保山市生态环境局隆阳分局通报了城区黑臭水体整治进展'),
 ('zx', 'ABOUT', 't_lk', '区政协将围绕“推进青华海—东河水系生态廊道建设”深入开展调研'),
 ('t_lk', 'CONCERNS', 'qhh', '推进青华海—东河水系生态廊道建设'),
 ('t_lk', 'CONCERNS', 'dh', '推进青华海—东河水系生态廊道建设'),
]
