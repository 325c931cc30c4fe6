N = '05_kongtong_zhengxie_shicha'
# A quoted 专题视察 (EVENT) whose topic is given by 围绕“…”: the event and the body are ABOUT it.
# Everyone named in the 视察组 (主席 带队, 副主席 参加视察, 副区长 陪同) visits every site; bureaus that only 陪同 get none.
E = [
 ('zx', 'ORG', '崆峒区政协', ['崆峒区政协', '平凉市崆峒区政协', '区政协'], None),
 ('bgs', 'ORG', '崆峒区政协办公室', ['崆峒区政协办公室'], None),
 ('qw', 'ORG', '中共崆峒区委', ['区委'], '形成高质量建议报区委、区政府参考'),
 ('qzf', 'ORG', '崆峒区人民政府', ['区政府'], None),
 ('swj', 'ORG', '崆峒区水务局', ['区水务局'], None),
 ('sthj', 'ORG', '平凉市生态环境局崆峒分局', ['平凉市生态环境局崆峒分局'], None),
 ('lcj', 'ORG', '崆峒区林业和草原局', ['区林业和草原局'], None),
 ('kt', 'PLACE', '崆峒区', ['崆峒区'], None),
 ('pl', 'PLACE', '平凉市', ['平凉市', '平凉'], None),
 ('jh', 'PLACE', '泾河', ['泾河'], None),
 ('kts', 'PLACE', '崆峒山', ['崆峒山'], None),
 ('ktz', 'PLACE', '崆峒镇', ['崆峒镇'], None),
 ('ktsk', 'PLACE', '崆峒水库', ['崆峒水库', '崆峒镇崆峒水库'], None),
 ('fhgc', 'PLACE', '泾河城区段防洪治理工程', ['泾河城区段防洪治理工程'], None),
 ('lh', 'PLACE', '柳湖公园', ['柳湖公园'], None),
 ('bsz', 'PLACE', '白水镇', ['白水镇'], None),
 ('gyy', 'PLACE', '平凉工业园区', ['平凉工业园区'], None),
 ('mjd', 'PERSON', '马俊德', ['马俊德'], None),
 ('lcx', 'PERSON', '李彩霞', ['李彩霞'], None),
 ('wzg', 'PERSON', '王振国', ['王振国'], None),
 ('zjh', 'PERSON', '张建华', ['张建华'], None),
 ('mlj', 'PERSON', '马丽娟', ['马丽娟'], None),
 ('fzg', 'PERSON', '冯志刚', ['冯志刚'], None),
 ('ev', 'EVENT', '“守护泾河安澜·助推绿色发展”专题视察', ['“守护泾河安澜·助推绿色发展”专题视察'], None),
 ('t_jh', 'TOPIC', '泾河崆峒段生态保护和高质量发展', ['泾河崆峒段生态保护和高质量发展'], None),
 ('t_sy', 'TOPIC', '水源地保护', ['水源地保护'], None),
 ('t_bs', 'TOPIC', '库区生态补水', ['库区生态补水'], None),
 ('t_fh', 'TOPIC', '河道防洪提标', ['河道防洪提标'], None),
 ('t_jg', 'TOPIC', '滨河景观提升', ['滨河景观提升'], None),
 ('t_tg', 'TOPIC', '退耕还湿', ['退耕还湿'], None),
 ('t_my', 'TOPIC', '农业面源污染防控', ['农业面源污染防控'], None),
 ('t_ws', 'TOPIC', '园区污水集中处理设施运行', ['园区污水集中处理设施运行'], None),
 ('t_hz', 'TOPIC', '全区河湖长制工作', ['全区河湖长制工作'], None),
 ('t_sz', 'TOPIC', '泾河水质监测', ['泾河水质监测'], None),
 ('t_pwk', 'TOPIC', '入河排污口整治', ['入河排污口整治'], None),
 ('t_bc', 'TOPIC', '泾河流域横向生态补偿机制建设', ['泾河流域横向生态补偿机制建设'], None),
]
Q = '平凉市崆峒区政协组织部分常委和委员开展“守护泾河安澜·助推绿色发展”专题视察'
A = '围绕“泾河崆峒段生态保护和高质量发展”建言献策'
L = '区政协主席马俊德带队，区政协副主席李彩霞、王振国参加视察'
P = '副区长张建华和区水务局、平凉市生态环境局崆峒分局、区林业和草原局负责同志陪同'
V1 = '视察组首先来到崆峒山脚下的崆峒镇崆峒水库'
V2 = '随后沿泾河而下，实地察看泾河城区段防洪治理工程和柳湖公园'
V3 = '在白水镇，视察组沿泾河察看了退耕还湿和农业面源污染防控情况'
V4 = '视察组还走进平凉工业园区'
SITES = [('ktsk', V1), ('ktz', V1), ('jh', V2), ('fhgc', V2), ('lh', V2), ('bsz', V3), ('gyy', V4)]
R = [
 ('zx', 'LOCATED_IN', 'kt', Q), ('kt', 'LOCATED_IN', 'pl', Q),
 ('sthj', 'LOCATED_IN', 'kt', '平凉市生态环境局崆峒分局'),
 ('ktsk', 'LOCATED_IN', 'ktz', V1),
 ('fhgc', 'LOCATED_IN', 'jh', '泾河城区段防洪治理工程'),
 ('gyy', 'LOCATED_IN', 'pl', '平凉工业园区'),
 ('zx', 'ORGANIZES', 'ev', Q),
 ('ev', 'ABOUT', 't_jh', '开展“守护泾河安澜·助推绿色发展”专题视察，围绕“泾河崆峒段生态保护和高质量发展”'),
 ('zx', 'ABOUT', 't_jh', A),
 ('t_jh', 'CONCERNS', 'jh', '泾河崆峒段生态保护和高质量发展'),
 ('mjd', 'LEADS', 'zx', '区政协主席马俊德带队'),
 ('lcx', 'LEADS', 'zx', '区政协副主席李彩霞、王振国参加视察'),
 ('wzg', 'LEADS', 'zx', '区政协副主席李彩霞、王振国参加视察'),
 ('zjh', 'LEADS', 'qzf', '张建华表示，区政府将认真梳理委员意见'),
 ('mjd', 'PARTICIPATES_IN', 'ev', '区政协主席马俊德带队'),
 ('lcx', 'PARTICIPATES_IN', 'ev', L), ('wzg', 'PARTICIPATES_IN', 'ev', L),
 ('zjh', 'PARTICIPATES_IN', 'ev', P),
] + [(w, 'VISITS', p, v) for w in ('zx', 'mjd', 'lcx', 'wzg', 'zjh') for p, v in SITES] + [
 ('ev', 'HELD_AT', p, v) for p, v in SITES] + [
 ('zx', 'ABOUT', 't_sy', '察看水源地保护和库区生态补水情况'),
 ('zx', 'ABOUT', 't_bs', '察看水源地保护和库区生态补水情况'),
 ('zx', 'ABOUT', 't_fh', '了解河道防洪提标和滨河景观提升情况'),
 ('zx', 'ABOUT', 't_jg', '了解河道防洪提标和滨河景观提升情况'),
 ('zx', 'ABOUT', 't_tg', V3), ('zx', 'ABOUT', 't_my', V3),
 ('zx', 'ABOUT', 't_ws', '察看园区污水集中处理设施运行情况'),
 ('swj', 'ABOUT', 't_hz', '区水务局汇报了全区河湖长制工作开展情况'),
 ('sthj', 'ABOUT', 't_sz', '平凉市生态环境局崆峒分局通报了泾河水质监测和入河排污口整治进展'),
 ('sthj', 'ABOUT', 't_pwk', '平凉市生态环境局崆峒分局通报了泾河水质监测和入河排污口整治进展'),
 ('t_sz', 'CONCERNS', 'jh', '泾河水质监测'),
 ('zx', 'ABOUT', 't_bc', '区政协将围绕“泾河流域横向生态补偿机制建设”深入开展调研'),
 ('t_bc', 'CONCERNS', 'jh', '泾河流域横向生态补偿机制建设'),
]
