N = '05_hailar_zhengxie_shicha'
# Short news: a quoted 专题视察 of several sites; 主席 带队, 副主席/秘书长 参加, 副区长 and bureaus 陪同.
E = [
 ('zx', 'ORG', '海拉尔区政协', ['海拉尔区政协', '呼伦贝尔市海拉尔区政协', '区政协'], None),
 ('jjw', 'ORG', '海拉尔区政协经济委员会', ['区政协经济委员会'], None),
 ('zjj', 'ORG', '海拉尔区住房和城乡建设局', ['区住房和城乡建设局'], None),
 ('fgw', 'ORG', '海拉尔区发展和改革委员会', ['区发展和改革委员会'], None),
 ('qzf', 'ORG', '海拉尔区人民政府', ['区政府'], None),
 ('qw', 'ORG', '中共海拉尔区委', ['区委'], None),
 ('hle', 'PLACE', '海拉尔区', ['海拉尔区'], None),
 ('hlbe', 'PLACE', '呼伦贝尔市', ['呼伦贝尔市'], None),
 ('rdc', 'PLACE', '海拉尔热电厂', ['海拉尔热电厂'], None),
 ('ddzx', 'PLACE', '海拉尔区供热调度中心', ['海拉尔区供热调度中心'], None),
 ('sl', 'PLACE', '胜利街道', ['胜利街道'], None),
 ('gm', 'PLACE', '光明社区', ['光明社区'], None),
 ('jsjd', 'PLACE', '建设街道', ['建设街道'], None),
 ('hk', 'PLACE', '哈克镇', ['哈克镇'], None),
 ('fd', 'PLACE', '奋斗镇', ['奋斗镇'], None),
 ('fdzx', 'PLACE', '奋斗镇中心学校', ['奋斗镇中心学校'], None),
 ('zy', 'PLACE', '正阳街道', ['正阳街道'], None),
 ('bwh', 'PERSON', '包文华', ['包文华'], None),
 ('wyqqg', 'PERSON', '乌云其其格', ['乌云其其格'], None),
 ('sht', 'PERSON', '孙海涛', ['孙海涛'], None),
 ('lxd', 'PERSON', '李晓东', ['李晓东'], None),
 ('nrh', 'PERSON', '那仁花', ['那仁花'], None),
 ('ev', 'EVENT', '“温暖过冬·民生为先”专题视察', ['“温暖过冬·民生为先”专题视察'], None),
 ('t_ws', 'TOPIC', '温暖过冬·民生为先', ['温暖过冬·民生为先'], None),
 ('t_gn', 'TOPIC', '冬季清洁供暖保障', ['冬季清洁供暖保障'], None),
 ('t_gl', 'TOPIC', '燃煤锅炉超低排放改造', ['燃煤锅炉超低排放改造'], None),
 ('t_rw', 'TOPIC', '热网智能化调控', ['热网智能化调控'], None),
 ('t_gw', 'TOPIC', '老旧供热管网更换', ['老旧供热管网更换'], None),
 ('t_mgd', 'TOPIC', '“煤改电”清洁取暖试点', ['“煤改电”清洁取暖试点'], None),
 ('t_ss', 'TOPIC', '校舍供暖设施运行', ['校舍供暖设施运行'], None),
 ('t_zb', 'TOPIC', '今冬供热准备工作', ['今冬供热准备工作'], None),
 ('t_ry', 'TOPIC', '热源保障', ['热源保障'], None),
 ('t_ecgw', 'TOPIC', '小区二次管网维修', ['小区二次管网维修'], None),
 ('t_jg', 'TOPIC', '供热价格调整', ['供热价格调整'], None),
 ('t_lg', 'TOPIC', '老旧供热管网改造', ['老旧供热管网改造'], None),
]
Q = '呼伦贝尔市海拉尔区政协组织部分常委和委员开展“温暖过冬·民生为先”专题视察'
A = '围绕“冬季清洁供暖保障”建言献策'
L = '区政协副主席乌云其其格参加视察'
P = '副区长孙海涛及区住房和城乡建设局、区发展和改革委员会负责同志陪同'
V1 = '视察组一行先后来到海拉尔热电厂、海拉尔区供热调度中心和胜利街道光明社区'
V2 = '在建设街道，视察组走进居民家中测量室温'
V3 = '在哈克镇，视察组察看了“煤改电”清洁取暖试点进展'
V4 = '在奋斗镇中心学校，视察组了解了校舍供暖设施运行情况'
SITES = [('rdc', V1), ('ddzx', V1), ('gm', V1), ('jsjd', V2), ('hk', V3), ('fdzx', V4)]
G = '区住房和城乡建设局汇报了今冬供热准备工作情况'
W = '委员李晓东、那仁花分别就热源保障和小区二次管网维修提出建议'
R = [
 ('zx', 'LOCATED_IN', 'hle', Q), ('hle', 'LOCATED_IN', 'hlbe', Q),
 ('rdc', 'LOCATED_IN', 'hle', '海拉尔热电厂'), ('ddzx', 'LOCATED_IN', 'hle', '海拉尔区供热调度中心'),
 ('gm', 'LOCATED_IN', 'sl', '胜利街道光明社区'), ('fdzx', 'LOCATED_IN', 'fd', '奋斗镇中心学校'),
 ('zx', 'ORGANIZES', 'ev', Q), ('jjw', 'ORGANIZES', 'ev', '区政协经济委员会承办此次视察'),
 ('ev', 'ABOUT', 't_ws', Q),
 ('ev', 'ABOUT', 't_gn', '开展“温暖过冬·民生为先”专题视察，围绕“冬季清洁供暖保障”'),
 ('zx', 'ABOUT', 't_gn', A),
 ('bwh', 'LEADS', 'zx', '区政协主席包文华带队'),
 ('wyqqg', 'LEADS', 'zx', L),
 ('sht', 'LEADS', 'qzf', '副区长孙海涛'),
 ('bwh', 'PARTICIPATES_IN', 'ev', '区政协主席包文华带队'),
 ('wyqqg', 'PARTICIPATES_IN', 'ev', L),
 ('sht', 'PARTICIPATES_IN', 'ev', P),
] + [(w, 'VISITS', p, v) for w in ('zx', 'bwh', 'wyqqg', 'sht') for p, v in SITES] + [
 ('ev', 'HELD_AT', p, v) for p, v in SITES] + [
 ('ev', 'ABOUT', t, '实地察看燃煤锅炉超低排放改造、热网智能化调控和老旧供热管网更换情况') for t in ('t_gl', 't_rw', 't_gw')] + [
 ('ev', 'ABOUT', 't_mgd', V3), ('ev', 'ABOUT', 't_ss', V4),
 ('zjj', 'PARTICIPATES_IN', 'ev', G), ('zjj', 'ABOUT', 't_zb', G),
 ('lxd', 'PARTICIPATES_IN', 'ev', W), ('nrh', 'PARTICIPATES_IN', 'ev', W),
 ('ev', 'ABOUT', 't_ry', W), ('ev', 'ABOUT', 't_ecgw', W),
 ('ev', 'ABOUT', 't_jg', '孙海涛就委员关心的供热价格调整作了回应'),
 ('zx', 'ABOUT', 't_lg', '并于明年春季围绕“老旧供热管网改造”开展专题调研'),
]
