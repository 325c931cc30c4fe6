N = '07_xinglongtai_zhengxie_jiandu'
# The 专项民主监督 has no quoted name of its own (the quote is its topic): not an EVENT; the topic goes on the body.
# The 跟踪监督 of 区住房和城乡建设局 is by 区政协, 具体牵头 by its 社会和法制委员会: SUPERVISES from both.
E = [
 ('zx', 'ORG', '兴隆台区政协', ['兴隆台区政协', '盘锦市兴隆台区政协', '区政协'], None),
 ('bgs', 'ORG', '兴隆台区政协办公室', ['兴隆台区政协办公室'], None),
 ('shf', 'ORG', '兴隆台区政协社会和法制委员会', ['区政协社会和法制委员会'], None),
 ('zjj', 'ORG', '兴隆台区住房和城乡建设局', ['区住房和城乡建设局'], None),
 ('cgj', 'ORG', '兴隆台区城市管理综合行政执法局', ['区城市管理综合行政执法局'], None),
 ('lhyt', 'ORG', '辽河油田', ['辽河油田'], None),
 ('xlt', 'PLACE', '兴隆台区', ['兴隆台区'], None),
 ('pj', 'PLACE', '盘锦市', ['盘锦市'], None),
 ('xljd', 'PLACE', '兴隆街道', ['兴隆街道'], None),
 ('zxjd', 'PLACE', '振兴街道', ['振兴街道'], None),
 ('dq', 'PLACE', '振兴街道党群服务中心', ['振兴街道党群服务中心'], None),
 ('yhy', 'PERSON', '于海洋', ['于海洋'], None),
 ('shm', 'PERSON', '孙红梅', ['孙红梅'], None),
 ('lzy', 'PERSON', '刘振宇', ['刘振宇'], None),
 ('wdm', 'PERSON', '吴冬梅', ['吴冬梅'], None),
 ('szq', 'PERSON', '沈志强', ['沈志强'], None),
 ('ev', 'EVENT', '“委员走进油田社区”民主监督月活动', ['“委员走进油田社区”民主监督月活动'], None),
 ('t_gz', 'TOPIC', '‘三供一业’移交小区改造提质', ['‘三供一业’移交小区改造提质', '油田移交小区改造提质'], None),
 ('t_bw', 'TOPIC', '楼体保温改造', ['楼体保温改造'], None),
 ('t_gw', 'TOPIC', '供热管网更新', ['供热管网更新'], None),
 ('t_dl', 'TOPIC', '小区道路修缮', ['小区道路修缮'], None),
 ('t_jz', 'TOPIC', '全区油田移交小区改造工作', ['全区油田移交小区改造工作'], None),
 ('t_gr', 'TOPIC', '冬季供热质量提升', ['冬季供热质量提升'], None),
 ('t_wy', 'TOPIC', '物业服务平稳接管', ['物业服务平稳接管'], None),
 ('d_jh', 'DOCUMENT', '《兴隆台区政协2024年民主监督工作计划》', ['兴隆台区政协2024年民主监督工作计划'], None),
]
Q = '盘锦市兴隆台区政协主席于海洋带领民主监督小组'
V = '深入兴隆街道、振兴街道的油田移交小区'
V2 = '并在振兴街道党群服务中心与居民代表座谈'
C = '监督小组逐栋察看了楼体保温改造、供热管网更新和小区道路修缮情况'
F = '聚焦“冬季供热质量提升”和“物业服务平稳接管”两项内容'
S = '区政协将对区住房和城乡建设局开展为期半年的跟踪监督，由区政协社会和法制委员会具体牵头'
GROUP = ('zx', 'yhy', 'shm', 'lzy')
R = [
 ('zx', 'LOCATED_IN', 'xlt', Q), ('xlt', 'LOCATED_IN', 'pj', Q),
 ('dq', 'LOCATED_IN', 'zxjd', '振兴街道党群服务中心'),
 ('yhy', 'LEADS', 'zx', Q),
 ('shm', 'LEADS', 'zx', '区政协副主席孙红梅参加'),
 ('lzy', 'LEADS', 'zjj', '区住房和城乡建设局局长刘振宇'),
 ('zx', 'ABOUT', 't_gz', '围绕“‘三供一业’移交小区改造提质”开展专项民主监督'),
] + [(w, 'VISITS', p, v) for w in GROUP for p, v in [('xljd', V), ('zxjd', V), ('dq', V2)]] + [
 ('zx', 'ABOUT', t, C) for t in ('t_bw', 't_gw', 't_dl')] + [
 ('zjj', 'ABOUT', 't_jz', '区住房和城乡建设局负责同志介绍了全区油田移交小区改造工作进展'),
 ('zx', 'ISSUES', 'd_jh', '根据年初印发的《兴隆台区政协2024年民主监督工作计划》'),
 ('zx', 'SUPERVISES', 'zjj', S),
 ('shf', 'SUPERVISES', 'zjj', S),
 ('zx', 'ABOUT', 't_gr', F), ('zx', 'ABOUT', 't_wy', F),
 ('zx', 'ORGANIZES', 'ev', '区政协今年还将开展“委员走进油田社区”民主监督月活动'),
]
