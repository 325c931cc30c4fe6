N = '05_linhe_zhengxie_shicha'
# Everyone named in the 视察组 (主席 带队; 副主席, 秘书长, the 市政协 committee's 副主任 参加; 副区长 陪同) visits every site.
E = [
 ('zx', 'ORG', '临河区政协', ['临河区政协', '巴彦淖尔市临河区政协', '区政协'], None),
 ('bgs', 'ORG', '临河区政协办公室', ['临河区政协办公室'], None),
 ('nnw', 'ORG', '临河区政协农业和农村委员会', ['区政协农业和农村委员会'], None),
 ('bszh', 'ORG', '巴彦淖尔市政协人口资源环境委员会', ['巴彦淖尔市政协人口资源环境委员会'], None),
 ('qzf', 'ORG', '临河区人民政府', ['区政府'], '区政府将把委员建议纳入相关工作统筹推进'),
 ('qw', 'ORG', '中共临河区委', ['区委'], '形成视察报告报送区委、区政府'),
 ('nmj', 'ORG', '临河区农牧局', ['区农牧局'], None),
 ('slj', 'ORG', '临河区水利局', ['区水利局'], None),
 ('lh', 'PLACE', '临河区', ['临河区', '临河'], None),
 ('bs', 'PLACE', '巴彦淖尔市', ['巴彦淖尔市'], None),
 ('nmg', 'PLACE', '内蒙古自治区', ['内蒙古'], '内蒙古巴彦淖尔市临河区政协'),
 ('ht', 'PLACE', '河套', ['河套'], None),
 ('hh', 'PLACE', '黄河', ['黄河', '黄河临河段'], None),
 ('gzm', 'PLACE', '干召庙镇', ['干召庙镇'], None),
 ('sfq', 'PLACE', '干召庙镇盐碱地综合利用示范区', ['干召庙镇盐碱地综合利用示范区', '盐碱地综合利用示范区'], None),
 ('shz', 'PLACE', '双河镇', ['双河镇'], None),
 ('jhgy', 'PLACE', '镜湖公园', ['镜湖公园'], None),
 ('htbwy', 'PLACE', '河套文化博物院', ['河套文化博物院'], None),
 ('gzq', 'PERSON', '高志强', ['高志强'], None),
 ('wyqqg', 'PERSON', '乌云其其格', ['乌云其其格'], None),
 ('zlp', 'PERSON', '赵立平', ['赵立平'], None),
 ('mfj', 'PERSON', '孟凡军', ['孟凡军'], None),
 ('whyan', 'PERSON', '王海燕', ['王海燕'], None),
 ('bcs', 'PERSON', '白春生', ['白春生'], None),
 ('ev', 'EVENT', '“守护河套粮仓·建设美丽临河”专题视察', ['“守护河套粮仓·建设美丽临河”专题视察', '此次视察'], None),
 ('t_zt', 'TOPIC', '守护河套粮仓·建设美丽临河', ['守护河套粮仓·建设美丽临河'], None),
 ('t_yj', 'TOPIC', '盐碱地综合改造利用和黄河生态保护', ['盐碱地综合改造利用和黄河生态保护'], None),
 ('t_ag', 'TOPIC', '暗管排盐', ['暗管排盐'], None),
 ('t_tr', 'TOPIC', '土壤改良', ['土壤改良'], None),
 ('t_nyj', 'TOPIC', '耐盐碱作物种植', ['耐盐碱作物种植情况'], None),
 ('t_fx', 'TOPIC', '防汛备汛', ['防汛备汛'], None),
 ('t_ax', 'TOPIC', '岸线整治', ['岸线整治情况'], None),
 ('t_sx', 'TOPIC', '城市水系连通', ['城市水系连通'], None),
 ('t_htwh', 'TOPIC', '河套文化保护传承', ['河套文化保护传承情况'], None),
 ('t_jz', 'TOPIC', '全区盐碱地改造和黄河流域生态保护工作', ['全区盐碱地改造和黄河流域生态保护工作进展'], None),
 ('t_zj', 'TOPIC', '盐碱地改良资金整合', ['盐碱地改良资金整合'], None),
 ('t_js', 'TOPIC', '引黄灌溉节水', ['引黄灌溉节水'], None),
 ('t_bs', 'TOPIC', '湿地生态补水', ['湿地生态补水'], None),
]
Q = '巴彦淖尔市临河区政协组织部分委员开展“守护河套粮仓·建设美丽临河”专题视察'
Q0 = '内蒙古巴彦淖尔市临河区政协'
A = '围绕“盐碱地综合改造利用和黄河生态保护”履职建言'
L = '区政协主席高志强带队'
F = '区政协副主席乌云其其格、赵立平和秘书长孟凡军参加视察'
W = '巴彦淖尔市政协人口资源环境委员会副主任王海燕应邀参加'
P = '副区长白春生及区农牧局、区水利局负责同志陪同'
V1 = '视察组首先来到干召庙镇盐碱地综合利用示范区，察看暗管排盐、土壤改良和耐盐碱作物种植情况'
V2 = '随后来到双河镇，沿黄河临河段堤防察看防汛备汛和岸线整治情况'
V3 = '最后走进镜湖公园和河套文化博物院，了解城市水系连通和河套文化保护传承情况'
SITES = [('sfq', V1), ('shz', V2), ('hh', V2), ('jhgy', V3), ('htbwy', V3)]
R = [
 ('zx', 'LOCATED_IN', 'lh', Q0), ('lh', 'LOCATED_IN', 'bs', Q0), ('bs', 'LOCATED_IN', 'nmg', Q0),
 ('bszh', 'LOCATED_IN', 'bs', W),
 ('sfq', 'LOCATED_IN', 'gzm', '干召庙镇盐碱地综合利用示范区'),
 ('htbwy', 'LOCATED_IN', 'ht', '河套文化博物院'),
 ('zx', 'ORGANIZES', 'ev', Q),
 ('nnw', 'ORGANIZES', 'ev', '此次视察由区政协农业和农村委员会承办'),
 ('ev', 'ABOUT', 't_zt', '“守护河套粮仓·建设美丽临河”专题视察'),
 ('t_zt', 'CONCERNS', 'ht', '守护河套粮仓·建设美丽临河'),
 ('t_zt', 'CONCERNS', 'lh', '守护河套粮仓·建设美丽临河'),
 ('ev', 'ABOUT', 't_yj', A), ('zx', 'ABOUT', 't_yj', A),
 ('t_yj', 'CONCERNS', 'hh', '盐碱地综合改造利用和黄河生态保护'),
 ('gzq', 'LEADS', 'zx', L), ('gzq', 'PARTICIPATES_IN', 'ev', L),
 ('wyqqg', 'LEADS', 'zx', F), ('zlp', 'LEADS', 'zx', F), ('mfj', 'LEADS', 'zx', F),
 ('wyqqg', 'PARTICIPATES_IN', 'ev', F), ('zlp', 'PARTICIPATES_IN', 'ev', F), ('mfj', 'PARTICIPATES_IN', 'ev', F),
 ('whyan', 'LEADS', 'bszh', W), ('whyan', 'PARTICIPATES_IN', 'ev', W), ('bszh', 'PARTICIPATES_IN', 'ev', W),
 ('bcs', 'LEADS', 'qzf', '白春生表示，区政府将把委员建议纳入相关工作统筹推进'),
 ('bcs', 'PARTICIPATES_IN', 'ev', P),
] + [(w, 'VISITS', p, v) for w in ('zx', 'gzq', 'wyqqg', 'zlp', 'mfj', 'whyan', 'bcs') for p, v in SITES] + [
 (('ev', 'HELD_AT', p, v)) for p, v in SITES] + [
 ('ev', 'ABOUT', 't_ag', V1), ('ev', 'ABOUT', 't_tr', V1), ('ev', 'ABOUT', 't_nyj', V1),
 ('ev', 'ABOUT', 't_fx', V2), ('ev', 'ABOUT', 't_ax', V2),
 ('ev', 'ABOUT', 't_sx', V3), ('ev', 'ABOUT', 't_htwh', V3),
 ('t_htwh', 'CONCERNS', 'ht', '河套文化保护传承'),
 ('ev', 'ABOUT', 't_jz', '白春生通报了全区盐碱地改造和黄河流域生态保护工作进展'),
 ('t_jz', 'CONCERNS', 'hh', '全区盐碱地改造和黄河流域生态保护工作'),
 ('ev', 'ABOUT', 't_zj', '委员们围绕盐碱地改良资金整合、引黄灌溉节水、湿地生态补水等提出意见建议'),
 ('ev', 'ABOUT', 't_js', '委员们围绕盐碱地改良资金整合、引黄灌溉节水、湿地生态补水等提出意见建议'),
 ('ev', 'ABOUT', 't_bs', '委员们围绕盐碱地改良资金整合、引黄灌溉节水、湿地生态补水等提出意见建议'),
]
