N = '05_xingqing_zhengxie_shicha'
# A quoted 专题视察 (EVENT) ABOUT the topic after 聚焦. Everyone named in the 视察组 (主席 带队, 副主席/秘书长 参加,
# 副区长 陪同) visits every site; bureaus that 汇报/通报 during the named 视察 take part in it (README rule) and are
# ABOUT what they report. 贺兰山 is only looked at from afar (远眺): no VISITS. “在掌政镇，…走进鸣翠湖…” gives LOCATED_IN.
E = [
 ('zx', 'ORG', '兴庆区政协', ['兴庆区政协', '银川市兴庆区政协', '区政协'], None),
 ('rzh', 'ORG', '兴庆区政协人口资源环境委员会', ['区政协人口资源环境委员会'], None),
 ('qw', 'ORG', '中共兴庆区委', ['区委'], '形成高质量建议报区委、区政府参考'),
 ('qzf', 'ORG', '兴庆区人民政府', ['区政府'], '纳文斌表示，区政府将认真研究吸纳委员意见建议'),
 ('nsj', 'ORG', '兴庆区农业农村和水务局', ['区农业农村和水务局'], None),
 ('sthj', 'ORG', '银川市生态环境局兴庆区分局', ['银川市生态环境局兴庆区分局'], None),
 ('xq', 'PLACE', '兴庆区', ['兴庆区', '兴庆'], None),
 ('yc', 'PLACE', '银川市', ['银川市'], None),
 ('nx', 'PLACE', '宁夏回族自治区', ['宁夏'], None),
 ('hh', 'PLACE', '黄河', ['黄河'], '沿黄河岸线而下'),
 ('tg', 'PLACE', '通贵乡', ['通贵乡'], None),
 ('df', 'PLACE', '黄河标准化堤防', ['黄河标准化堤防', '通贵乡黄河标准化堤防'], None),
 ('ymh', 'PLACE', '月牙湖乡', ['月牙湖乡'], None),
 ('zz', 'PLACE', '掌政镇', ['掌政镇'], None),
 ('mch', 'PLACE', '鸣翠湖国家湿地公园', ['鸣翠湖国家湿地公园'], None),
 ('hls', 'PLACE', '贺兰山', ['贺兰山'], None),
 ('dnh', 'PLACE', '典农河', ['典农河'], None),
 ('dx', 'PLACE', '大新镇', ['大新镇'], None),
 ('mcl', 'PERSON', '马成林', ['马成林'], None),
 ('ysz', 'PERSON', '杨秀芝', ['杨秀芝'], None),
 ('dgq', 'PERSON', '丁国强', ['丁国强'], None),
 ('fhy', 'PERSON', '冯海燕', ['冯海燕'], None),
 ('nwb', 'PERSON', '纳文斌', ['纳文斌'], None),
 ('ev', 'EVENT', '“守护黄河安澜·共建美丽兴庆”专题视察', ['“守护黄河安澜·共建美丽兴庆”专题视察'], None),
 ('t', 'TOPIC', '黄河兴庆段生态保护和高质量发展', ['黄河兴庆段生态保护和高质量发展'], None),
 ('t_jg', 'TOPIC', '堤防加固', ['堤防加固'], None),
 ('t_fx', 'TOPIC', '防汛物资储备', ['防汛物资储备'], None),
 ('t_tq', 'TOPIC', '滩区生态修复', ['滩区生态修复'], None),
 ('t_sd', 'TOPIC', '湿地保护', ['湿地保护'], None),
 ('t_lt', 'TOPIC', '湿地水系连通', ['湿地水系连通'], None),
 ('t_shj', 'TOPIC', '水环境整治', ['水环境整治'], None),
 ('t_hz', 'TOPIC', '全区河湖长制落实情况', ['全区河湖长制落实情况', '河湖长制'], None),
 ('t_sz', 'TOPIC', '黄河干流水质监测', ['黄河干流水质监测'], None),
 ('t_pwk', 'TOPIC', '入河排污口排查整治', ['入河排污口排查整治'], None),
 ('t_ym', 'TOPIC', '滩区移民安置点产业发展', ['滩区移民安置点产业发展'], None),
 ('t_ax', 'TOPIC', '黄河岸线生态廊道建设', ['黄河岸线生态廊道建设'], None),
 ('t_tz', 'TOPIC', '黄河滩区综合治理', ['黄河滩区综合治理'], None),
]
Q = '宁夏银川市兴庆区政协组织部分常委、委员开展“守护黄河安澜·共建美丽兴庆”专题视察'
A = '专题视察，聚焦“黄河兴庆段生态保护和高质量发展”建言献策'
L = '区政协副主席杨秀芝、丁国强和秘书长冯海燕参加视察'
P = '副区长纳文斌及区农业农村和水务局、银川市生态环境局兴庆区分局负责同志陪同'
V1 = '视察组首先来到通贵乡黄河标准化堤防，了解堤防加固和防汛物资储备情况'
V2 = '随后沿黄河岸线而下，到月牙湖乡察看滩区生态修复和湿地保护情况'
V3 = '在掌政镇，视察组走进鸣翠湖国家湿地公园'
V4 = '视察组还沿典农河察看了大新镇段水环境整治成效'
SITES = [('df', V1), ('tg', V1), ('hh', V2), ('ymh', V2), ('zz', V3), ('mch', V3), ('dnh', V4), ('dx', V4)]
S1 = '区农业农村和水务局汇报了全区河湖长制落实情况'
S2 = '银川市生态环境局兴庆区分局通报了黄河干流水质监测和入河排污口排查整治进展'
Z = '委员们围绕“滩区移民安置点产业发展”“黄河岸线生态廊道建设”等提出意见建议12条'
R = [
 ('zx', 'LOCATED_IN', 'xq', Q), ('xq', 'LOCATED_IN', 'yc', Q), ('yc', 'LOCATED_IN', 'nx', Q),
 ('sthj', 'LOCATED_IN', 'xq', '银川市生态环境局兴庆区分局'),
 ('df', 'LOCATED_IN', 'tg', V1), ('df', 'LOCATED_IN', 'hh', '通贵乡黄河标准化堤防'),
 ('mch', 'LOCATED_IN', 'zz', V3),
 ('zx', 'ORGANIZES', 'ev', Q),
 ('rzh', 'ORGANIZES', 'ev', '此次视察由区政协人口资源环境委员会具体承办'),
 ('ev', 'ABOUT', 't', A), ('zx', 'ABOUT', 't', A),
 ('t', 'CONCERNS', 'hh', '黄河兴庆段生态保护和高质量发展'),
 ('mcl', 'LEADS', 'zx', '区政协主席马成林带队'),
 ('ysz', 'LEADS', 'zx', L), ('dgq', 'LEADS', 'zx', L), ('fhy', 'LEADS', 'zx', L),
 ('nwb', 'LEADS', 'qzf', '副区长纳文斌及区农业农村和水务局'),
 ('mcl', 'PARTICIPATES_IN', 'ev', '区政协主席马成林带队'),
 ('ysz', 'PARTICIPATES_IN', 'ev', L), ('dgq', 'PARTICIPATES_IN', 'ev', L), ('fhy', 'PARTICIPATES_IN', 'ev', L),
 ('nwb', 'PARTICIPATES_IN', 'ev', P),
] + [(w, 'VISITS', p, v) for w in ('zx', 'mcl', 'ysz', 'dgq', 'fhy', 'nwb') for p, v in SITES] + [
 ('ev', 'HELD_AT', p, v) for p, v in SITES] + [
 ('zx', 'ABOUT', 't_jg', V1), ('zx', 'ABOUT', 't_fx', V1),
 ('zx', 'ABOUT', 't_tq', V2), ('zx', 'ABOUT', 't_sd', V2),
 ('zx', 'ABOUT', 't_lt', '了解湿地水系连通情况'),
 ('zx', 'ABOUT', 't_shj', V4),
 ('nsj', 'PARTICIPATES_IN', 'ev', '视察中，区农业农村和水务局汇报了全区河湖长制落实情况'),
 ('sthj', 'PARTICIPATES_IN', 'ev', S2),
 ('nsj', 'ABOUT', 't_hz', S1),
 ('sthj', 'ABOUT', 't_sz', S2), ('sthj', 'ABOUT', 't_pwk', S2),
 ('t_sz', 'CONCERNS', 'hh', '黄河干流水质监测'),
 ('zx', 'ABOUT', 't_ym', Z), ('zx', 'ABOUT', 't_ax', Z),
 ('t_ax', 'CONCERNS', 'hh', '黄河岸线生态廊道建设'),
 ('zx', 'ABOUT', 't_tz', '区政协将围绕“黄河滩区综合治理”开展专题调研'),
 ('t_tz', 'CONCERNS', 'hh', '黄河滩区综合治理'),
]
