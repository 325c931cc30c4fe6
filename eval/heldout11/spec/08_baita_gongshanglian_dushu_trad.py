# drafted in simplified characters (src/08_simp.txt); aliases/evidence mapped to the traditional text by trad()
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from spec_evidence import trad
N = '08_baita_gongshanglian_dushu_trad'
# A 工商联 + 区委统战部 joint 读书分享会 (both organize, COOPERATES_WITH). The lecturer is named, so he (not his
# university) takes part; the library that 赠送 takes part and signs an agreement with the 工商联 (COOPERATES_WITH).
# The walk after the event is a visit of the 工商联 (its member entrepreneurs).
E = [
 ('gsl', 'ORG', '白塔区工商联', ['白塔区工商联', '辽阳市白塔区工商联', '区工商联'], None),
 ('tzb', 'ORG', '中共白塔区委统战部', ['区委统战部', '统战部'], None),
 ('qw', 'ORG', '中共白塔区委', ['区委'], '区委常委、统战部部长周慧敏'),
 ('lygsl', 'ORG', '辽阳市工商联', ['辽阳市工商联'], None),
 ('ld', 'ORG', '辽宁大学', ['辽宁大学'], None),
 ('ldsxy', 'ORG', '辽宁大学商学院', ['辽宁大学商学院'], None),
 ('tsg', 'ORG', '白塔区图书馆', ['白塔区图书馆'], None),
 ('sh', 'ORG', '白塔区新生代企业家商会', ['区新生代企业家商会'], None),
 ('sw', 'ORG', '“企业家书屋”', ['「企业家书屋」'], None),
 ('bt', 'PLACE', '白塔区', ['白塔区'], None),
 ('ly', 'PLACE', '辽阳市', ['辽阳市', '辽阳'], None),
 ('ln', 'PLACE', '辽宁省', ['辽宁'], None),
 ('bwg', 'PLACE', '辽阳博物馆', ['辽阳博物馆'], None),
 ('btgy', 'PLACE', '辽阳白塔公园', ['辽阳白塔公园'], None),
 ('lybt', 'PLACE', '辽阳白塔', ['辽阳白塔'], '瞻仰了辽阳白塔'),
 ('tzh', 'PLACE', '太子河', ['太子河'], None),
 ('ev', 'EVENT', '“书香润企·同心筑梦”民营企业家读书分享会', ['「书香润企·同心筑梦」民营企业家读书分享会', '分享会'], None),
 ('ev_dsr', 'EVENT', '世界读书日', ['世界读书日', '第29个世界读书日'], None),
 ('ev_xl', 'EVENT', '“书香统战”系列活动', ['「书香统战」系列活动'], None),
 ('ev_gd', 'EVENT', '“每月共读一本书”活动', ['「每月共读一本书」活动'], None),
 ('ev_px', 'EVENT', '2024年民营经济人士培训班', ['2024年民营经济人士培训班'], None),
 ('t_cc', 'TOPIC', '民营企业的代际传承与创新发展', ['民营企业的代际传承与创新发展'], None),
 ('t_bd', 'TOPIC', '滨河步道建设', ['滨河步道建设'], None),
 ('t_lx', 'TOPIC', '民营经济人士理想信念教育', ['民营经济人士理想信念教育'], None),
 ('zhm', 'PERSON', '周慧敏', ['周慧敏'], None),
 ('wlq', 'PERSON', '王立群', ['王立群'], None),
 ('szg', 'PERSON', '宋志刚', ['宋志刚'], None),
 ('smy', 'PERSON', '孙明远', ['孙明远'], None),
 ('wgd', 'PERSON', '吴国栋', ['吴国栋'], None),
 ('d_lc', 'DOCUMENT', '《浪潮之巅》', ['《浪潮之巅》'], None),
 ('d_hf', 'DOCUMENT', '《活法》', ['《活法》'], None),
 ('d_xd', 'DOCUMENT', '《白塔区民营企业家读书心得选编》', ['《白塔区民营企业家读书心得选编》'], None),
]
Q = '辽阳市白塔区工商联与区委统战部联合举办「书香润企·同心筑梦」民营企业家读书分享会'
H = '活动在辽阳博物馆举行'
P1 = '区委常委、统战部部长周慧敏出席并讲话'
P2 = '区工商联主席王立群主持'
P3 = '辽阳市工商联副主席宋志刚应邀出席'
P4 = '区工商联副主席、区新生代企业家商会会长孙明远等40余名民营企业家参加'
L = '辽宁大学商学院教授吴国栋以「民营企业的代际传承与创新发展」为题作专题辅导'
TS = '白塔区图书馆向区工商联赠送图书300册，双方签订共建协议'
V = '与会企业家走进辽阳白塔公园，瞻仰了辽阳白塔，并沿太子河察看了滨河步道建设情况'
R = [
 ('gsl', 'LOCATED_IN', 'bt', '白塔区工商联'), ('bt', 'LOCATED_IN', 'ly', '辽阳市白塔区工商联'),
 ('lygsl', 'LOCATED_IN', 'ly', '辽阳市工商联'),
 ('ld', 'LOCATED_IN', 'ln', '辽宁大学'), ('ldsxy', 'LOCATED_IN', 'ln', '辽宁大学商学院'),
 ('tsg', 'LOCATED_IN', 'bt', '白塔区图书馆'),
 ('bwg', 'LOCATED_IN', 'ly', '辽阳博物馆'), ('btgy', 'LOCATED_IN', 'ly', '辽阳白塔公园'),
 ('lybt', 'LOCATED_IN', 'ly', '瞻仰了辽阳白塔'),
 ('lybt', 'LOCATED_IN', 'btgy', '走进辽阳白塔公园，瞻仰了辽阳白塔'),
 ('gsl', 'ORGANIZES', 'ev', Q), ('tzb', 'ORGANIZES', 'ev', Q),
 ('gsl', 'COOPERATES_WITH', 'tzb', Q),
 ('ev', 'HELD_AT', 'bwg', H),
 ('zhm', 'LEADS', 'tzb', P1), ('zhm', 'PARTICIPATES_IN', 'ev', P1),
 ('wlq', 'LEADS', 'gsl', P2), ('wlq', 'PARTICIPATES_IN', 'ev', P2),
 ('szg', 'LEADS', 'lygsl', P3), ('szg', 'PARTICIPATES_IN', 'ev', P3),
 ('smy', 'LEADS', 'gsl', P4), ('smy', 'LEADS', 'sh', P4), ('smy', 'PARTICIPATES_IN', 'ev', P4),
 ('wgd', 'PARTICIPATES_IN', 'ev', L),
 ('ev', 'ABOUT', 't_cc', '以「民营企业的代际传承与创新发展」为题作专题辅导'),
 ('tsg', 'PARTICIPATES_IN', 'ev', '分享会上，白塔区图书馆向区工商联赠送图书300册'),
 ('tsg', 'COOPERATES_WITH', 'gsl', TS),
 ('gsl', 'VISITS', 'btgy', V), ('gsl', 'VISITS', 'lybt', V), ('gsl', 'VISITS', 'tzh', V),
 ('gsl', 'ABOUT', 't_bd', '沿太子河察看了滨河步道建设情况'),
 ('tzb', 'ORGANIZES', 'ev_xl', '这是区委统战部「书香统战」系列活动之一'),
 ('tzb', 'ORGANIZES', 'ev_gd', '今年以来已在全区各商会开展「每月共读一本书」活动4期'),
 ('gsl', 'ABOUT', 't_lx', '区工商联将围绕「民营经济人士理想信念教育」开展专题调研'),
 ('gsl', 'ORGANIZES', 'ev_px', '年内举办2024年民营经济人士培训班'),
 ('gsl', 'ISSUES', 'd_xd', '编印《白塔区民营企业家读书心得选编》'),
]
E, R = trad(N, E, R)
