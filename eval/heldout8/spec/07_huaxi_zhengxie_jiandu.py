N = '07_huaxi_zhengxie_jiandu'
# As heldout6 07: the 专项民主监督 has no quoted name of its own (the quote is its topic), so it is not an EVENT and
# the topic goes on the body. The 跟踪监督 of 区水务管理局 is by the 区政协, 具体牵头 by its 农业和农村委员会:
# SUPERVISES from both. The 民主监督小组 (主席 带领, 副主席 参加) visits every site, including the river walk by
# “委员们”. 青岩镇政府 is an ORG (a meeting place only): no VISITS.
E = [
 ('zx', 'ORG', '花溪区政协', ['花溪区政协', '贵阳市花溪区政协', '区政协'], None),
 ('nnw', 'ORG', '花溪区政协农业和农村委员会', ['区政协农业和农村委员会'], None),
 ('qw', 'ORG', '中共花溪区委', ['中共花溪区委'], None),
 ('qzf', 'ORG', '花溪区人民政府', ['区政府'], None),
 ('swj', 'ORG', '花溪区水务管理局', ['区水务管理局'], None),
 ('sthj', 'ORG', '贵阳市生态环境局花溪分局', ['贵阳市生态环境局花溪分局'], None),
 ('scj', 'ORG', '花溪区市场监督管理局', ['区市场监督管理局'], None),
 ('qyzf', 'ORG', '青岩镇政府', ['青岩镇政府'], None),
 ('hx', 'PLACE', '花溪区', ['花溪区'], None),
 ('gy', 'PLACE', '贵阳市', ['贵阳市'], None),
 ('qy', 'PLACE', '青岩镇', ['青岩镇'], None),
 ('sb', 'PLACE', '石板镇', ['石板镇'], None),
 ('qt', 'PLACE', '黔陶布依族苗族彝族乡', ['黔陶布依族苗族彝族乡'], None),
 ('hxh', 'PLACE', '花溪河', ['花溪河'], None),
 ('hxsd', 'PLACE', '花溪国家城市湿地公园', ['花溪国家城市湿地公园'], None),
 ('lgm', 'PERSON', '罗光明', ['罗光明'], None),
 ('wlp', 'PERSON', '吴丽萍', ['吴丽萍'], None),
 ('wdc', 'PERSON', '王德才', ['王德才'], None),
 ('tzy', 'PERSON', '田志勇', ['田志勇'], None),
 ('ev', 'EVENT', '“委员进村看饮水”民主监督月活动', ['“委员进村看饮水”民主监督月活动'], None),
 ('t_gs', 'TOPIC', '农村供水保障和饮用水水源地保护', ['农村供水保障和饮用水水源地保护', '农村饮水安全'], None),
 ('t_hd', 'TOPIC', '水源保护区划定', ['水源保护区划定'], None),
 ('t_sz', 'TOPIC', '水质检测', ['水质检测'], None),
 ('t_gw', 'TOPIC', '管网延伸', ['管网延伸'], None),
 ('t_bj', 'TOPIC', '河段保洁', ['河段保洁'], None),
 ('t_jw', 'TOPIC', '截污纳管', ['截污纳管'], None),
 ('t_gc', 'TOPIC', '全区农村供水工程建设和运行管护', ['全区农村供水工程建设和运行管护'], None),
 ('t_pc', 'TOPIC', '水源地环境问题排查整治', ['水源地环境问题排查整治'], None),
 ('t_gh', 'TOPIC', '小型供水工程规范化管护', ['小型供水工程规范化管护'], None),
 ('t_sf', 'TOPIC', '水费收缴机制改革', ['水费收缴机制改革'], None),
 ('d_fa', 'DOCUMENT', '《花溪区政协2024年民主监督工作方案》', ['花溪区政协2024年民主监督工作方案'], None),
]
Q = '贵阳市花溪区政协围绕“农村供水保障和饮用水水源地保护”开展专项民主监督'
L = '区政协主席罗光明带领民主监督小组'
F = '区政协副主席吴丽萍参加'
V = '深入青岩镇、石板镇、黔陶布依族苗族彝族乡的集中供水工程和水源地'
C = '实地察看水源保护区划定、水质检测和管网延伸情况'
V2 = '委员们还沿花溪河察看了花溪国家城市湿地公园上游河段保洁和截污纳管情况'
S = '区政协将对区水务管理局开展为期半年的跟踪监督，由区政协农业和农村委员会具体牵头'
K = '重点聚焦“小型供水工程规范化管护”和“水费收缴机制改革”两项内容'
GROUP = ('zx', 'lgm', 'wlp')
R = [
 ('zx', 'LOCATED_IN', 'hx', Q), ('hx', 'LOCATED_IN', 'gy', Q),
 ('sthj', 'LOCATED_IN', 'hx', '贵阳市生态环境局花溪分局'),
 ('qw', 'LOCATED_IN', 'hx', '监督报告将报送中共花溪区委、区政府'),
 ('qyzf', 'LOCATED_IN', 'qy', '并在青岩镇政府与村民代表座谈'),
 ('hxsd', 'LOCATED_IN', 'hx', '花溪国家城市湿地公园'),
 ('zx', 'ABOUT', 't_gs', Q),
 ('lgm', 'LEADS', 'zx', L), ('wlp', 'LEADS', 'zx', F),
 ('wdc', 'LEADS', 'nnw', '区政协农业和农村委员会主任王德才'),
 ('tzy', 'LEADS', 'swj', '区水务管理局局长田志勇'),
] + [(w, 'VISITS', p, v) for w in GROUP for p, v in [('qy', V), ('sb', V), ('qt', V), ('hxh', V2), ('hxsd', V2)]] + [
 ('zx', 'ABOUT', t, C) for t in ('t_hd', 't_sz', 't_gw')] + [
 ('zx', 'ABOUT', t, V2) for t in ('t_bj', 't_jw')] + [
 ('swj', 'ABOUT', 't_gc', '区水务管理局负责同志介绍了全区农村供水工程建设和运行管护情况'),
 ('sthj', 'ABOUT', 't_pc', '贵阳市生态环境局花溪分局通报了水源地环境问题排查整治进展'),
 ('zx', 'ISSUES', 'd_fa', '根据年初印发的《花溪区政协2024年民主监督工作方案》'),
 ('zx', 'SUPERVISES', 'swj', S), ('nnw', 'SUPERVISES', 'swj', S),
 ('zx', 'ABOUT', 't_gh', K), ('zx', 'ABOUT', 't_sf', K),
 ('zx', 'SUPERVISES', 'scj', '对区市场监督管理局开展定点监督'),
 ('zx', 'ORGANIZES', 'ev', '并开展“委员进村看饮水”民主监督月活动'),
]
