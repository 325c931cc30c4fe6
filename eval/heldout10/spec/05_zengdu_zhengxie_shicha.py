N = '05_zengdu_zhengxie_shicha'
# A quoted 专题视察 (EVENT) whose topic is given by 围绕“…”: the event and the body are ABOUT it.
# Everyone named in the 视察组 (主席 带队, 副主席/秘书长 参加视察, 副区长 陪同) visits every site; the bureaus that 陪同 and then
# 汇报/通报 at the closing 座谈会 take part and are ABOUT what they report (heldout7 05); the 住建局 only 陪同 (no relation).
# The 承办 committee ORGANIZES; its 主任 介绍 (PARTICIPATES_IN + LEADS, not in the 视察组: no VISITS, as heldout8 05).
E = [
 ('zx', 'ORG', '曾都区政协', ['曾都区政协', '随州市曾都区政协', '区政协'], None),
 ('bgs', 'ORG', '曾都区政协办公室', ['曾都区政协办公室'], None),
 ('rzh', 'ORG', '曾都区政协人口资源环境委员会', ['区政协人口资源环境委员会'], None),
 ('qw', 'ORG', '中共曾都区委', ['区委'], '形成高质量建议报区委、区政府参考'),
 ('qzf', 'ORG', '曾都区人民政府', ['区政府'], '余立新表示，区政府将认真梳理委员意见'),
 ('slj', 'ORG', '曾都区水利和湖泊局', ['区水利和湖泊局'], None),
 ('sthj', 'ORG', '随州市生态环境局曾都分局', ['随州市生态环境局曾都分局'], None),
 ('zjj', 'ORG', '曾都区住房和城乡建设局', ['区住房和城乡建设局'], None),
 ('zyxy', 'ORG', '随州职业技术学院', ['随州职业技术学院'], None),
 ('zd', 'PLACE', '曾都区', ['曾都区', '曾都'], None),
 ('sz', 'PLACE', '随州市', ['随州市'], None),
 ('byh', 'PLACE', '白云湖', ['白云湖'], '视察组首先来到白云湖'),
 ('byhgy', 'PLACE', '白云湖公园', ['白云湖公园'], None),
 ('fh', 'PLACE', '府河', ['府河'], '随后沿府河而下'),
 ('hagc', 'PLACE', '府河城区段生态护岸工程', ['府河城区段生态护岸工程'], None),
 ('xh', 'PLACE', '淅河镇', ['淅河镇'], None),
 ('kfq', 'PLACE', '曾都经济开发区', ['曾都经济开发区'], None),
 ('hds', 'PERSON', '胡德胜', ['胡德胜'], None),
 ('cl', 'PERSON', '程丽', ['程丽'], None),
 ('zyh', 'PERSON', '邹永红', ['邹永红'], None),
 ('xjj', 'PERSON', '徐建军', ['徐建军'], None),
 ('ylx', 'PERSON', '余立新', ['余立新'], None),
 ('txf', 'PERSON', '田晓峰', ['田晓峰'], None),
 ('hch', 'PERSON', '黄春华', ['黄春华'], None),
 ('ev', 'EVENT', '“清水绕城”专题视察', ['“清水绕城”专题视察'], None),
 ('t', 'TOPIC', '府河流域水生态保护修复', ['府河流域水生态保护修复'], None),
 ('t_sz', 'TOPIC', '湖区水质提升', ['湖区水质提升'], None),
 ('t_jg', 'TOPIC', '白云湖公园滨水景观改造', ['白云湖公园滨水景观改造'], None),
 ('t_ws', 'TOPIC', '乡镇污水处理厂运行', ['乡镇污水处理厂运行'], None),
 ('t_hc', 'TOPIC', '农村黑臭水体治理', ['农村黑臭水体治理'], None),
 ('t_qy', 'TOPIC', '河道清淤', ['河道清淤'], None),
 ('t_lh', 'TOPIC', '岸坡绿化', ['岸坡绿化'], None),
 ('t_fs', 'TOPIC', '园区企业废水预处理', ['园区企业废水预处理'], None),
 ('t_hz', 'TOPIC', '全区河湖长制工作', ['全区河湖长制工作'], None),
 ('t_jc', 'TOPIC', '府河水质监测', ['府河水质监测'], None),
 ('t_pwk', 'TOPIC', '入河排污口排查整治', ['入河排污口排查整治'], None),
 ('t_yw', 'TOPIC', '城区雨污分流改造', ['城区雨污分流改造'], None),
]
Q = '随州市曾都区政协组织部分常委和委员开展“清水绕城”专题视察'
A = '围绕“府河流域水生态保护修复”建言献策'
P = '区政协副主席程丽、邹永红和秘书长徐建军参加视察'
V1 = '视察组首先来到白云湖，察看湖区水质提升和白云湖公园滨水景观改造情况'
V2 = '随后沿府河而下，实地察看府河城区段生态护岸工程'
V3 = '在淅河镇，视察组察看了乡镇污水处理厂运行和农村黑臭水体治理情况'
V4 = '视察组还走进曾都经济开发区，了解园区企业废水预处理情况'
V5 = '委员们还沿府河步行察看了淅河镇段河道清淤和岸坡绿化情况'
SITES = [('byh', V1), ('byhgy', V1), ('fh', V2), ('hagc', V2), ('xh', V3), ('kfq', V4)]
H = '区水利和湖泊局汇报了全区河湖长制工作开展情况'
S = '随州市生态环境局曾都分局通报了府河水质监测和入河排污口排查整治进展'
R = [
 ('zx', 'LOCATED_IN', 'zd', Q), ('zd', 'LOCATED_IN', 'sz', Q),
 ('sthj', 'LOCATED_IN', 'zd', '随州市生态环境局曾都分局'),
 ('zyxy', 'LOCATED_IN', 'sz', '随州职业技术学院'),
 ('byhgy', 'LOCATED_IN', 'byh', '白云湖公园'),
 ('hagc', 'LOCATED_IN', 'fh', '府河城区段生态护岸工程'),
 ('kfq', 'LOCATED_IN', 'zd', '曾都经济开发区'),
 ('zx', 'ORGANIZES', 'ev', Q),
 ('rzh', 'ORGANIZES', 'ev', '此次视察由区政协人口资源环境委员会承办'),
 ('ev', 'ABOUT', 't', '专题视察，围绕“府河流域水生态保护修复”建言献策'),
 ('zx', 'ABOUT', 't', A),
 ('t', 'CONCERNS', 'fh', '府河流域水生态保护修复'),
 ('hds', 'LEADS', 'zx', '区政协主席胡德胜带队'), ('hds', 'PARTICIPATES_IN', 'ev', '区政协主席胡德胜带队'),
 ('cl', 'LEADS', 'zx', P), ('zyh', 'LEADS', 'zx', P), ('xjj', 'LEADS', 'zx', P),
 ('cl', 'PARTICIPATES_IN', 'ev', P), ('zyh', 'PARTICIPATES_IN', 'ev', P), ('xjj', 'PARTICIPATES_IN', 'ev', P),
 ('ylx', 'LEADS', 'qzf', '余立新表示，区政府将认真梳理委员意见'),
 ('ylx', 'PARTICIPATES_IN', 'ev', '副区长余立新和区水利和湖泊局、随州市生态环境局曾都分局、区住房和城乡建设局负责同志陪同'),
 ('txf', 'LEADS', 'rzh', '该委员会主任田晓峰介绍了前期调研情况'),
 ('txf', 'PARTICIPATES_IN', 'ev', '该委员会主任田晓峰介绍了前期调研情况'),
] + [(w, 'VISITS', p, v) for w in ('zx', 'hds', 'cl', 'zyh', 'xjj', 'ylx') for p, v in SITES] + [
 ('ev', 'HELD_AT', p, v) for p, v in SITES] + [
 ('zx', 'ABOUT', 't_sz', V1), ('zx', 'ABOUT', 't_jg', V1),
 ('t_jg', 'CONCERNS', 'byhgy', '白云湖公园滨水景观改造'),
 ('zx', 'ABOUT', 't_ws', V3), ('zx', 'ABOUT', 't_hc', V3),
 ('zx', 'ABOUT', 't_qy', V5), ('zx', 'ABOUT', 't_lh', V5),
 ('zx', 'ABOUT', 't_fs', V4),
 ('slj', 'PARTICIPATES_IN', 'ev', H), ('slj', 'ABOUT', 't_hz', H),
 ('sthj', 'PARTICIPATES_IN', 'ev', S), ('sthj', 'ABOUT', 't_jc', S), ('sthj', 'ABOUT', 't_pwk', S),
 ('t_jc', 'CONCERNS', 'fh', '府河水质监测'),
 ('hch', 'PARTICIPATES_IN', 'ev', '区政协委员、随州职业技术学院教授黄春华建议建立府河流域跨镇街生态补偿机制'),
 ('zx', 'ABOUT', 't_yw', '区政协将围绕“城区雨污分流改造”开展跟踪视察'),
]
