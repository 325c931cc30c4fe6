N = '06_jingkou_yangpu_xiezuo'
# Cross-region cooperation: 签约仪式 in the partner's district (organized by both; 签订 = COOPERATES_WITH, the agreement is a
# DOCUMENT without ISSUES), a joint quoted 专题视察 (ORGANIZES/VISITS/ABOUT for both), an earlier visit by the partner's
# members to two sites of the home district, a 座谈 with bureaus (unnamed: no EVENT), and a planned joint exhibition.
E = [
 ('jk', 'ORG', '京口区政协', ['京口区政协', '镇江市京口区政协'], None),
 ('yp', 'ORG', '杨浦区政协', ['杨浦区政协', '上海市杨浦区政协'], None),
 ('zjzx', 'ORG', '镇江市政协', ['镇江市政协'], '镇江市政协副主席钱文华见证签约'),
 ('gat', 'ORG', '镇江市政协港澳台侨和外事委员会', ['镇江市政协港澳台侨和外事委员会'], None),
 ('ypjjw', 'ORG', '杨浦区政协经济委员会', ['杨浦区政协经济委员会'], None),
 ('fgw', 'ORG', '杨浦区发展和改革委员会', ['杨浦区发展和改革委员会'], None),
 ('fgj', 'ORG', '京口区发展和改革局', ['京口区发展和改革局'], None),
 ('jkq', 'PLACE', '京口区', ['京口区', '京口'], None),
 ('zj', 'PLACE', '镇江市', ['镇江市'], None),
 ('ypq', 'PLACE', '杨浦区', ['杨浦区', '杨浦'], '签约仪式在杨浦区举行'),
 ('sh', 'PLACE', '上海市', ['上海市'], None),
 ('csj', 'PLACE', '长三角', ['长三角'], None),
 ('cj', 'PLACE', '长江', ['长江'], '希望携手在长江大保护中贡献政协力量'),
 ('ypbj', 'PLACE', '杨浦滨江', ['杨浦滨江'], None),
 ('cycg', 'PLACE', '长阳创谷', ['长阳创谷'], None),
 ('bgs', 'PLACE', '北固山', ['北固山'], None),
 ('js', 'PLACE', '焦山', ['焦山'], None),
 ('zzh', 'PERSON', '周志红', ['周志红'], None),
 ('sgp', 'PERSON', '沈国平', ['沈国平'], None),
 ('qwh', 'PERSON', '钱文华', ['钱文华'], None),
 ('lm', 'PERSON', '陆敏', ['陆敏'], None),
 ('dhy', 'PERSON', '丁海燕', ['丁海燕'], None),
 ('jlp', 'PERSON', '蒋立平', ['蒋立平'], None),
 ('ev_qy', 'EVENT', '协同履职框架协议签约仪式', ['协同履职框架协议签约仪式', '签约仪式'], None),
 ('ev_sc', 'EVENT', '“江海同心·共护长江”专题视察', ['“江海同心·共护长江”专题视察'], None),
 ('ev_zl', 'EVENT', '“长江两岸”书画联展', ['“长江两岸”书画联展'], None),
 ('d_xy', 'DOCUMENT', '协同履职框架协议', ['协同履职框架协议'], None),
 ('t1', 'TOPIC', '长江岸线生态保护与滨江空间更新', ['长江岸线生态保护与滨江空间更新'], None),
 ('t2', 'TOPIC', '科创产业协同发展', ['科创产业协同发展'], None),
 ('t_gy', 'TOPIC', '工业遗存保护利用', ['工业遗存保护利用'], None),
 ('t_kcy', 'TOPIC', '科创园区建设', ['科创园区建设'], None),
 ('t_xf', 'TOPIC', '长江岸线生态修复', ['长江岸线生态修复'], None),
 ('t_kf', 'TOPIC', '科创产业发展', ['科创产业发展'], None),
]
Q = '镇江市京口区政协与上海市杨浦区政协协同履职框架协议签约仪式在杨浦区举行'
A = '围绕“长江岸线生态保护与滨江空间更新”“科创产业协同发展”开展联合调研'
P = '杨浦区政协副主席陆敏、京口区政协副主席丁海燕等参加活动'
L = '镇江市政协港澳台侨和外事委员会、杨浦区政协经济委员会负责同志列席'
S = '两地政协组织委员联合开展“江海同心·共护长江”专题视察，先后走进杨浦滨江、长阳创谷'
SA = '察看工业遗存保护利用和科创园区建设情况'
V = '杨浦区政协委员已应邀来到京口区北固山、焦山，实地察看长江岸线生态修复成果'
B = '杨浦区发展和改革委员会、京口区发展和改革局负责同志分别介绍了本区科创产业发展情况'
X = '2025年将在京口区联合举办“长江两岸”书画联展'
R = [
 ('jk', 'LOCATED_IN', 'jkq', Q), ('jkq', 'LOCATED_IN', 'zj', Q),
 ('yp', 'LOCATED_IN', 'ypq', Q), ('ypq', 'LOCATED_IN', 'sh', Q),
 ('zjzx', 'LOCATED_IN', 'zj', '镇江市政协副主席钱文华见证签约'),
 ('fgw', 'LOCATED_IN', 'ypq', B), ('fgj', 'LOCATED_IN', 'jkq', B),
 ('ypbj', 'LOCATED_IN', 'ypq', '杨浦滨江'),
 ('bgs', 'LOCATED_IN', 'jkq', V), ('js', 'LOCATED_IN', 'jkq', V),
 ('jk', 'COOPERATES_WITH', 'yp', Q),
 ('jk', 'ORGANIZES', 'ev_qy', Q), ('yp', 'ORGANIZES', 'ev_qy', Q),
 ('ev_qy', 'HELD_AT', 'ypq', Q),
 ('zzh', 'LEADS', 'jk', '京口区政协主席周志红、杨浦区政协主席沈国平代表双方签约'),
 ('sgp', 'LEADS', 'yp', '京口区政协主席周志红、杨浦区政协主席沈国平代表双方签约'),
 ('zzh', 'PARTICIPATES_IN', 'ev_qy', '京口区政协主席周志红、杨浦区政协主席沈国平代表双方签约'),
 ('sgp', 'PARTICIPATES_IN', 'ev_qy', '京口区政协主席周志红、杨浦区政协主席沈国平代表双方签约'),
 ('qwh', 'LEADS', 'zjzx', '镇江市政协副主席钱文华见证签约'),
 ('qwh', 'PARTICIPATES_IN', 'ev_qy', '镇江市政协副主席钱文华见证签约'),
 ('lm', 'LEADS', 'yp', P), ('dhy', 'LEADS', 'jk', P),
 ('lm', 'PARTICIPATES_IN', 'ev_qy', P), ('dhy', 'PARTICIPATES_IN', 'ev_qy', P),
 ('gat', 'PARTICIPATES_IN', 'ev_qy', L), ('ypjjw', 'PARTICIPATES_IN', 'ev_qy', L),
 ('jk', 'ABOUT', 't1', A), ('jk', 'ABOUT', 't2', A), ('yp', 'ABOUT', 't1', A), ('yp', 'ABOUT', 't2', A),
 ('t1', 'CONCERNS', 'cj', '长江岸线生态保护与滨江空间更新'),
 ('jk', 'ORGANIZES', 'ev_sc', S), ('yp', 'ORGANIZES', 'ev_sc', S),
 ('jk', 'VISITS', 'ypbj', S), ('jk', 'VISITS', 'cycg', S), ('yp', 'VISITS', 'ypbj', S), ('yp', 'VISITS', 'cycg', S),
 ('ev_sc', 'HELD_AT', 'ypbj', S), ('ev_sc', 'HELD_AT', 'cycg', S),
 ('jk', 'ABOUT', 't_gy', SA), ('jk', 'ABOUT', 't_kcy', SA), ('yp', 'ABOUT', 't_gy', SA), ('yp', 'ABOUT', 't_kcy', SA),
 ('yp', 'VISITS', 'bgs', V), ('yp', 'VISITS', 'js', V),
 ('yp', 'ABOUT', 't_xf', V), ('t_xf', 'CONCERNS', 'cj', '长江岸线生态修复'),
 ('fgw', 'ABOUT', 't_kf', B), ('fgj', 'ABOUT', 't_kf', B),
 ('jk', 'ORGANIZES', 'ev_zl', X), ('yp', 'ORGANIZES', 'ev_zl', X),
 ('ev_zl', 'HELD_AT', 'jkq', X),
]
