N = '07_yunhe_tongzhanbu_jiandu'
# A 区委统战部 launches a quoted 专项民主监督 carried out by a joint 监督组 of four 民主党派 bodies (民盟 牵头).
# The 统战部 organizes and issues the 工作方案; 民盟 (牵头) organizes too; the other three take part and cooperate with the
# lead. The 监督组 (all four parties) visits the sites; 民盟 alone is named for the 跟踪监督 and the planned 调研.
# The 区政协 副主席 and the 工商联 主席 who attend take part as persons only (their whole bodies do not).
E = [
 ('tzb', 'ORG', '中共运河区委统战部', ['运河区委统战部', '中共沧州市运河区委统战部', '区委统战部', '统战部'], None),
 ('qw', 'ORG', '中共沧州市运河区委', ['中共沧州市运河区委'], '形成监督报告报送中共沧州市运河区委'),
 ('qzf', 'ORG', '运河区人民政府', ['运河区人民政府'], None),
 ('zx', 'ORG', '运河区政协', ['区政协'], None),
 ('gsl', 'ORG', '运河区工商联', ['区工商联'], None),
 ('mm', 'ORG', '民盟运河区总支', ['民盟运河区总支'], None),
 ('mj', 'ORG', '民建运河区总支', ['民建运河区总支'], None),
 ('ng', 'ORG', '农工党运河区支部', ['农工党运河区支部'], None),
 ('js', 'ORG', '九三学社运河区支社', ['九三学社运河区支社'], None),
 ('zjj', 'ORG', '运河区住房和城乡建设局', ['区住房和城乡建设局'], None),
 ('cg', 'ORG', '运河区城市管理综合行政执法局', ['区城市管理综合行政执法局'], None),
 ('yh', 'PLACE', '运河区', ['运河区'], None),
 ('cz', 'PLACE', '沧州市', ['沧州市'], None),
 ('dyh', 'PLACE', '大运河', ['大运河'], None),
 ('jfl', 'PLACE', '解放路街道', ['解放路街道'], None),
 ('bsy', 'PLACE', '百狮园', ['百狮园'], None),
 ('ncl', 'PLACE', '南川老街', ['南川老街'], None),
 ('nct', 'PLACE', '南陈屯乡', ['南陈屯乡'], None),
 ('gxl', 'PERSON', '郭秀兰', ['郭秀兰'], None),
 ('mqg', 'PERSON', '孟庆国', ['孟庆国'], None),
 ('ljf', 'PERSON', '李俊峰', ['李俊峰'], None),
 ('zl', 'PERSON', '张莉', ['张莉'], None),
 ('zyg', 'PERSON', '赵永刚', ['赵永刚'], None),
 ('ev', 'EVENT', '“大运河沿线环境综合整治”专项民主监督', ['“大运河沿线环境综合整治”专项民主监督', '此次民主监督'], None),
 ('ev_dy', 'EVENT', '“大运河乡村段农业面源污染防治”专题调研', ['“大运河乡村段农业面源污染防治”专题调研'], None),
 ('ev_y', 'EVENT', '专项民主监督月活动', ['专项民主监督月活动'], None),
 ('t', 'TOPIC', '大运河沿线环境综合整治', ['大运河沿线环境综合整治'], None),
 ('t_lh', 'TOPIC', '岸线绿化', ['岸线绿化'], None),
 ('t_lj', 'TOPIC', '垃圾清运', ['垃圾清运'], None),
 ('t_ps', 'TOPIC', '违规排水整治', ['违规排水整治'], None),
 ('t_my', 'TOPIC', '大运河乡村段农业面源污染防治', ['大运河乡村段农业面源污染防治'], None),
 ('d_fa', 'DOCUMENT', '《大运河沿线环境综合整治专项民主监督工作方案》', ['大运河沿线环境综合整治专项民主监督工作方案'], None),
]
Q = '中共沧州市运河区委统战部召开“大运河沿线环境综合整治”专项民主监督启动会'
J = '民建运河区总支、农工党运河区支部和九三学社运河区支社共同参与，组成联合监督组'
V = '监督组沿大运河走进解放路街道，实地察看百狮园、南川老街周边'
VT = '察看百狮园、南川老街周边的岸线绿化、垃圾清运和违规排水整治情况'
B = '区住房和城乡建设局、区城市管理综合行政执法局负责同志现场介绍了整治进展'
S = '民盟运河区总支将对区住房和城乡建设局、区城市管理综合行政执法局开展跟踪监督'
DY = '民盟运河区总支明年一季度将赴南陈屯乡开展“大运河乡村段农业面源污染防治”专题调研'
PARTIES = ('mm', 'mj', 'ng', 'js')
R = [
 ('tzb', 'LOCATED_IN', 'yh', '中共沧州市运河区委统战部'),
 ('qw', 'LOCATED_IN', 'yh', '中共沧州市运河区委'),
 ('yh', 'LOCATED_IN', 'cz', '中共沧州市运河区委'),
 ('qzf', 'LOCATED_IN', 'yh', '运河区人民政府'),
 ('mm', 'LOCATED_IN', 'yh', '民盟运河区总支'), ('mj', 'LOCATED_IN', 'yh', '民建运河区总支'),
 ('ng', 'LOCATED_IN', 'yh', '农工党运河区支部'), ('js', 'LOCATED_IN', 'yh', '九三学社运河区支社'),
 ('tzb', 'ORGANIZES', 'ev', Q),
 ('ev', 'ABOUT', 't', Q),
 ('tzb', 'ABOUT', 't', '组织各民主党派和无党派人士聚焦大运河沿线环境综合整治开展为期一年的专项民主监督'),
 ('t', 'CONCERNS', 'dyh', '大运河沿线环境综合整治'),
 ('tzb', 'ISSUES', 'd_fa', '印发《大运河沿线环境综合整治专项民主监督工作方案》'),
 ('gxl', 'LEADS', 'tzb', '统战部部长郭秀兰出席并讲话'),
 ('gxl', 'PARTICIPATES_IN', 'ev', '统战部部长郭秀兰出席并讲话'),
 ('mqg', 'LEADS', 'zx', '区政协副主席孟庆国到会指导'),
 ('mqg', 'PARTICIPATES_IN', 'ev', '区政协副主席孟庆国到会指导'),
 ('mm', 'ORGANIZES', 'ev', '此次民主监督由民盟运河区总支牵头'),
 ('mj', 'PARTICIPATES_IN', 'ev', J), ('ng', 'PARTICIPATES_IN', 'ev', J), ('js', 'PARTICIPATES_IN', 'ev', J),
 ('mm', 'COOPERATES_WITH', 'mj', '民盟运河区总支牵头，民建运河区总支'),
 ('mm', 'COOPERATES_WITH', 'ng', J), ('mm', 'COOPERATES_WITH', 'js', J),
] + [(p, 'VISITS', s, V) for p in PARTIES for s in ('dyh', 'jfl', 'bsy', 'ncl')] + [
 ('ev', 'HELD_AT', s, V) for s in ('dyh', 'jfl', 'bsy', 'ncl')] + [
 ('ev', 'ABOUT', 't_lh', VT), ('ev', 'ABOUT', 't_lj', VT), ('ev', 'ABOUT', 't_ps', VT),
 ('zjj', 'PARTICIPATES_IN', 'ev', B), ('cg', 'PARTICIPATES_IN', 'ev', B),
 ('ljf', 'LEADS', 'mm', '民盟运河区总支主委李俊峰表示'),
 ('mm', 'SUPERVISES', 'zjj', S), ('mm', 'SUPERVISES', 'cg', S),
 ('mm', 'ORGANIZES', 'ev_dy', DY), ('mm', 'VISITS', 'nct', DY),
 ('ev_dy', 'HELD_AT', 'nct', DY),
 ('ev_dy', 'ABOUT', 't_my', DY),
 ('t_my', 'CONCERNS', 'dyh', '大运河乡村段农业面源污染防治'),
 ('tzb', 'ORGANIZES', 'ev_y', '区委统战部将在6月举办专项民主监督月活动'),
 ('zl', 'LEADS', 'tzb', '区委统战部副部长张莉'),
 ('zl', 'PARTICIPATES_IN', 'ev', '区委统战部副部长张莉、区工商联主席赵永刚参加活动'),
 ('zyg', 'LEADS', 'gsl', '区工商联主席赵永刚参加活动'),
 ('zyg', 'PARTICIPATES_IN', 'ev', '区委统战部副部长张莉、区工商联主席赵永刚参加活动'),
]
