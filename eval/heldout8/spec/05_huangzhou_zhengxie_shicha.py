N = '05_huangzhou_zhengxie_shicha'
# A quoted 专题视察 (EVENT) with its topic after 围绕“…”: the event and the body are ABOUT it (as heldout6 05).
# Everyone named in the 视察组 (主席 带队, 副主席 参加视察) visits every site; bureaus that only 陪同 get none; the
# 副区长, who only 到会听取意见 at the closing 座谈会 of the 视察, takes part in it but visits no site.
# The 承办 committee organizes too; its 主任, who 介绍 in the 视察, takes part (but is not listed in the 视察组).
# “沿湖察看” visits 遗爱湖 as well as 遗爱湖公园; “长江黄州段” is an alias of 长江 (as heldout6 06).
E = [
 ('zx', 'ORG', '黄州区政协', ['黄州区政协', '黄冈市黄州区政协', '区政协'], None),
 ('rzh', 'ORG', '黄州区政协人口资源环境委员会', ['区政协人口资源环境委员会'], None),
 ('qw', 'ORG', '中共黄州区委', ['区委'], '报区委、区政府参考'),
 ('qzf', 'ORG', '黄州区人民政府', ['区政府'], None),
 ('slj', 'ORG', '黄州区水利和湖泊局', ['区水利和湖泊局'], None),
 ('sthj', 'ORG', '黄冈市生态环境局黄州分局', ['黄冈市生态环境局黄州分局'], None),
 ('cgj', 'ORG', '黄州区城市管理执法局', ['区城市管理执法局'], None),
 ('hz', 'PLACE', '黄州区', ['黄州区', '黄州'], None),
 ('hg', 'PLACE', '黄冈市', ['黄冈市'], None),
 ('yah', 'PLACE', '遗爱湖', ['遗爱湖'], None),
 ('yahgy', 'PLACE', '遗爱湖公园', ['遗爱湖公园'], None),
 ('bth', 'PLACE', '白潭湖', ['白潭湖'], None),
 ('bthsd', 'PLACE', '白潭湖湿地生态修复工程', ['白潭湖湿地生态修复工程'], None),
 ('dbcb', 'PLACE', '东坡赤壁景区', ['东坡赤壁景区'], None),
 ('dcz', 'PLACE', '堵城镇', ['堵城镇'], None),
 ('cj', 'PLACE', '长江', ['长江', '长江黄州段'], None),
 ('cds', 'PERSON', '程德胜', ['程德胜'], None),
 ('flj', 'PERSON', '方丽君', ['方丽君'], None),
 ('hhb', 'PERSON', '胡海波', ['胡海波'], None),
 ('lcf', 'PERSON', '刘春芳', ['刘春芳'], None),
 ('ev', 'EVENT', '“护一湖清水·建生态黄州”专题视察', ['“护一湖清水·建生态黄州”专题视察'], None),
 ('t_hp', 'TOPIC', '遗爱湖、白潭湖等城区湖泊保护与水环境治理', ['遗爱湖、白潭湖等城区湖泊保护与水环境治理', '城区湖泊保护'], None),
 ('t_ax', 'TOPIC', '岸线整治', ['岸线整治'], None),
 ('t_yw', 'TOPIC', '雨污管网改造', ['雨污管网改造'], None),
 ('t_jw', 'TOPIC', '截污控源', ['截污控源'], None),
 ('t_zb', 'TOPIC', '水生植被恢复', ['水生植被恢复'], None),
 ('t_lt', 'TOPIC', '景区水系连通工程建设', ['景区水系连通工程建设'], None),
 ('t_fl', 'TOPIC', '岸线复绿', ['岸线复绿'], None),
 ('t_mt', 'TOPIC', '沿江码头整治', ['沿江码头整治'], None),
 ('t_hzz', 'TOPIC', '全区湖长制工作', ['全区湖长制工作'], None),
 ('t_sz', 'TOPIC', '城区湖泊水质监测', ['城区湖泊水质监测'], None),
 ('t_pk', 'TOPIC', '入湖排口整治', ['入湖排口整治'], None),
 ('t_bs', 'TOPIC', '城区湖泊生态补水机制建设', ['城区湖泊生态补水机制建设'], None),
 ('d_tl', 'DOCUMENT', '《黄冈市遗爱湖保护条例》', ['黄冈市遗爱湖保护条例'], None),
]
Q = '黄冈市黄州区政协组织部分常委和委员开展“护一湖清水·建生态黄州”专题视察'
A = '围绕“遗爱湖、白潭湖等城区湖泊保护与水环境治理”建言献策'
L = '区政协主席程德胜带队'
F = '区政协副主席方丽君参加视察'
V1 = '视察组首先来到遗爱湖公园，沿湖察看了岸线整治和雨污管网改造情况'
V2 = '随后驱车前往白潭湖，实地察看白潭湖湿地生态修复工程，了解截污控源和水生植被恢复情况'
V3 = '在东坡赤壁景区，委员们了解了景区水系连通工程建设进度'
V4 = '在堵城镇，视察组察看了长江黄州段岸线复绿和沿江码头整治成果'
SITES = [('yahgy', V1), ('yah', V1), ('bth', V2), ('bthsd', V2), ('dbcb', V3), ('dcz', V4), ('cj', V4)]
GROUP = ('zx', 'cds', 'flj')
R = [
 ('zx', 'LOCATED_IN', 'hz', Q), ('hz', 'LOCATED_IN', 'hg', Q),
 ('sthj', 'LOCATED_IN', 'hz', '黄冈市生态环境局黄州分局'),
 ('yahgy', 'LOCATED_IN', 'yah', '遗爱湖公园'),
 ('bthsd', 'LOCATED_IN', 'bth', '白潭湖湿地生态修复工程'),
 ('zx', 'ORGANIZES', 'ev', Q),
 ('rzh', 'ORGANIZES', 'ev', '此次视察由区政协人口资源环境委员会承办'),
 ('ev', 'ABOUT', 't_hp', '专题视察，围绕“遗爱湖、白潭湖等城区湖泊保护与水环境治理”'),
 ('zx', 'ABOUT', 't_hp', A),
 ('t_hp', 'CONCERNS', 'yah', '遗爱湖、白潭湖等城区湖泊保护与水环境治理'),
 ('t_hp', 'CONCERNS', 'bth', '遗爱湖、白潭湖等城区湖泊保护与水环境治理'),
 ('cds', 'LEADS', 'zx', L),
 ('flj', 'LEADS', 'zx', F),
 ('hhb', 'LEADS', 'qzf', '胡海波表示，区政府将认真梳理委员意见建议'),
 ('lcf', 'LEADS', 'rzh', '区政协人口资源环境委员会承办，委员会主任刘春芳'),
 ('cds', 'PARTICIPATES_IN', 'ev', L),
 ('flj', 'PARTICIPATES_IN', 'ev', F),
 ('hhb', 'PARTICIPATES_IN', 'ev', '座谈会上，副区长胡海波到会听取意见'),
 ('lcf', 'PARTICIPATES_IN', 'ev', '委员会主任刘春芳在视察中介绍了前期调研掌握的情况'),
] + [(w, 'VISITS', p, v) for w in GROUP for p, v in SITES] + [
 ('ev', 'HELD_AT', p, v) for p, v in SITES] + [
 ('zx', 'ABOUT', 't_ax', V1), ('zx', 'ABOUT', 't_yw', V1),
 ('zx', 'ABOUT', 't_jw', '了解截污控源和水生植被恢复情况'),
 ('zx', 'ABOUT', 't_zb', '了解截污控源和水生植被恢复情况'),
 ('zx', 'ABOUT', 't_lt', V3),
 ('zx', 'ABOUT', 't_fl', V4), ('zx', 'ABOUT', 't_mt', V4),
 ('slj', 'ABOUT', 't_hzz', '区水利和湖泊局汇报了全区湖长制工作开展情况'),
 ('sthj', 'ABOUT', 't_sz', '黄冈市生态环境局黄州分局通报了城区湖泊水质监测和入湖排口整治进展'),
 ('sthj', 'ABOUT', 't_pk', '黄冈市生态环境局黄州分局通报了城区湖泊水质监测和入湖排口整治进展'),
 ('zx', 'ABOUT', 't_bs', '区政协将围绕“城区湖泊生态补水机制建设”深入开展调研'),
]
