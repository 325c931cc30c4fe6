N = '05_hongta_zhengxie_shicha'
# "围绕“…”开展专题视察" (unquoted name in the headline): the inspection is not an EVENT; its topic goes on the body.
E = [
 ('zx', 'ORG', '红塔区政协', ['红塔区政协', '玉溪市红塔区政协', '区政协'], None),
 ('bgs', 'ORG', '红塔区政协办公室', ['红塔区政协办公室'], None),
 ('qw', 'ORG', '中共红塔区委', ['区委'], '形成高质量建议报区委、区政府参考'),
 ('qzf', 'ORG', '红塔区人民政府', ['区政府'], None),
 ('sthj', 'ORG', '玉溪市生态环境局红塔分局', ['玉溪市生态环境局红塔分局'], None),
 ('slj', 'ORG', '红塔区水利局', ['区水利局'], None),
 ('gxj', 'ORG', '红塔区工业和信息化局', ['区工业和信息化局'], None),
 ('ht', 'PLACE', '红塔区', ['红塔区'], None),
 ('yx', 'PLACE', '玉溪市', ['玉溪市', '玉溪'], None),
 ('dh', 'PLACE', '玉溪大河', ['玉溪大河', '大河'], None),
 ('dfsk', 'PLACE', '东风水库', ['东风水库'], None),
 ('sybh', 'PLACE', '东风水库水源保护区', ['东风水库水源保护区'], None),
 ('cqd', 'PLACE', '玉溪大河城区段生态廊道', ['玉溪大河城区段生态廊道'], None),
 ('nr', 'PLACE', '聂耳公园', ['聂耳公园'], None),
 ('yh', 'PLACE', '研和街道', ['研和街道'], None),
 ('yhgy', 'PLACE', '研和工业园区', ['研和工业园区'], None),
 ('lh', 'PLACE', '洛河彝族乡', ['洛河彝族乡'], None),
 ('yxcq', 'PLACE', '玉溪城区', ['玉溪城区'], None),
 ('lwh', 'PERSON', '李文华', ['李文华'], None),
 ('ylq', 'PERSON', '杨丽琼', ['杨丽琼'], None),
 ('pzg', 'PERSON', '普志刚', ['普志刚'], None),
 ('zmx', 'PERSON', '赵明轩', ['赵明轩'], None),
 ('plj', 'PERSON', '普丽娟', ['普丽娟'], None),
 ('qzg', 'PERSON', '钱志刚', ['钱志刚'], None),
 ('t_dh', 'TOPIC', '玉溪大河流域生态保护与产业协同发展', ['玉溪大河流域生态保护与产业协同发展', '玉溪大河流域生态保护'], None),
 ('t_yhyc', 'TOPIC', '玉溪大河“一河一策”实施', ['玉溪大河“一河一策”实施情况'], None),
 ('t_pwk', 'TOPIC', '全区入河排污口排查整治', ['全区入河排污口排查整治进展'], None),
 ('t_bc', 'TOPIC', '大河上游生态补偿机制建设', ['大河上游生态补偿机制建设'], None),
]
Q = '玉溪市红塔区政协组织部分常委和委员，围绕“玉溪大河流域生态保护与产业协同发展”开展专题视察'
V0 = '视察组溯玉溪大河而上'
V1 = '先后来到东风水库水源保护区、玉溪大河城区段生态廊道和聂耳公园'
V2 = '在研和街道，视察组走进研和工业园区'
V3 = '随后，视察组来到洛河彝族乡'
VIS = [('dh', V0), ('sybh', V1), ('cqd', V1), ('nr', V1), ('yh', V2), ('yhgy', V2), ('lh', V3)]
R = [
 ('zx', 'LOCATED_IN', 'ht', '玉溪市红塔区政协组织部分常委和委员'),
 ('ht', 'LOCATED_IN', 'yx', '玉溪市红塔区政协组织部分常委和委员'),
 ('sthj', 'LOCATED_IN', 'ht', '玉溪市生态环境局红塔分局'),
 ('sybh', 'LOCATED_IN', 'dfsk', '东风水库水源保护区'),
 ('cqd', 'LOCATED_IN', 'dh', '玉溪大河城区段生态廊道'),
 ('yhgy', 'LOCATED_IN', 'yh', V2),
 ('yxcq', 'LOCATED_IN', 'yx', '玉溪大河是玉溪城区的“母亲河”'),
 ('zx', 'ABOUT', 't_dh', Q),
 ('t_dh', 'CONCERNS', 'dh', '玉溪大河流域生态保护与产业协同发展'),
 ('lwh', 'LEADS', 'zx', '区政协主席李文华，区政协副主席杨丽琼、普志刚参加视察'),
 ('ylq', 'LEADS', 'zx', '区政协副主席杨丽琼、普志刚参加视察'),
 ('pzg', 'LEADS', 'zx', '区政协副主席杨丽琼、普志刚参加视察'),
 ('zmx', 'LEADS', 'qzf', '赵明轩表示，区政府将认真梳理委员意见'),
] + [(who, 'VISITS', p, ev) for who in ('zx', 'lwh', 'ylq', 'pzg', 'zmx') for p, ev in VIS] + [
 ('slj', 'ABOUT', 't_yhyc', '区水利局汇报了玉溪大河“一河一策”实施情况'),
 ('t_yhyc', 'CONCERNS', 'dh', '玉溪大河“一河一策”实施情况'),
 ('sthj', 'ABOUT', 't_pwk', '玉溪市生态环境局红塔分局通报了全区入河排污口排查整治进展'),
 ('zx', 'ABOUT', 't_bc', '区政协将围绕“大河上游生态补偿机制建设”深入开展调研'),
 ('t_bc', 'CONCERNS', 'dh', '大河上游生态补偿机制建设'),
]
