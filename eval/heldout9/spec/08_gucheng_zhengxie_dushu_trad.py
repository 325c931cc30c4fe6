# drafted in simplified characters (src/08_simp.txt); aliases/evidence mapped to the traditional text by trad()
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from spec_evidence import trad
N = '08_gucheng_zhengxie_dushu_trad'
# The lecturer is named, so only he (not the college) takes part in the event (as dev6 09, heldout6 08).
E = [
 ('zx', 'ORG', '古城区政协', ['古城区政协', '丽江市古城区政协', '区政协'], None),
 ('wsw', 'ORG', '古城区政协文化文史和学习委员会', ['区政协文化文史和学习委员会'], None),
 ('ljwsw', 'ORG', '丽江市政协文化文史和学习委员会', ['丽江市政协文化文史和学习委员会'], None),
 ('xy', 'ORG', '丽江文化旅游学院', ['丽江文化旅游学院'], None),
 ('tsg', 'ORG', '古城区图书馆', ['古城区图书馆'], None),
 ('xcb', 'ORG', '中共古城区委宣传部', ['中共古城区委宣传部'], None),
 ('sw', 'ORG', '“委员书屋”', ['「委员书屋」'], None),
 ('gc', 'PLACE', '古城区', ['古城区'], None),
 ('lj', 'PLACE', '丽江市', ['丽江市', '丽江'], None),
 ('ljgc', 'PLACE', '丽江古城', ['丽江古城'], None),
 ('mf', 'PLACE', '木府', ['木府'], None),
 ('sfj', 'PLACE', '四方街', ['四方街'], None),
 ('yh', 'PLACE', '玉河', ['玉河'], None),
 ('hlp', 'PERSON', '和丽萍', ['和丽萍'], None),
 ('mcs', 'PERSON', '木春生', ['木春生'], None),
 ('ygh', 'PERSON', '杨国华', ['杨国华'], None),
 ('zdm', 'PERSON', '赵德明', ['赵德明'], None),
 ('lwj', 'PERSON', '李文军', ['李文军'], None),
 ('ev', 'EVENT', '“书香古城”委员读书分享会', ['「书香古城」委员读书分享会', '分享会'], None),
 ('ev_dsr', 'EVENT', '世界读书日', ['世界读书日', '第29个世界读书日'], None),
 ('t_db', 'TOPIC', '纳西东巴文化与丽江古城保护', ['纳西东巴文化与丽江古城保护'], None),
 ('t_mj', 'TOPIC', '古城传统民居保护修缮', ['古城传统民居保护修缮'], None),
 ('t_hh', 'TOPIC', '丽江古城传统民居活化利用', ['丽江古城传统民居活化利用'], None),
 ('d_nx', 'DOCUMENT', '《纳西族简史》', ['纳西族简史'], None),
 ('d_xxk', 'DOCUMENT', '《徐霞客游记》', ['徐霞客游记'], None),
 ('d_xd', 'DOCUMENT', '《古城区政协委员读书心得选编》', ['古城区政协委员读书心得选编'], None),
]
Q = '丽江市古城区政协「书香古城」委员读书分享会在丽江古城木府举行'
P1 = '区政协文化文史和学习委员会主任木春生出席'
P2 = '丽江市政协文化文史和学习委员会副主任杨国华应邀出席'
L = '丽江文化旅游学院教授赵德明以「纳西东巴文化与丽江古城保护」为题作专题辅导'
G = '古城区图书馆向委员赠送地方文献图书50册'
X = '中共古城区委宣传部副部长李文军为「委员书屋」授牌'
V = '沿玉河走进四方街，了解古城传统民居保护修缮情况'
R = [
 ('zx', 'LOCATED_IN', 'gc', Q), ('gc', 'LOCATED_IN', 'lj', Q),
 ('mf', 'LOCATED_IN', 'ljgc', '在丽江古城木府举行'),
 ('ljwsw', 'LOCATED_IN', 'lj', P2),
 ('xy', 'LOCATED_IN', 'lj', L),
 ('tsg', 'LOCATED_IN', 'gc', G),
 ('xcb', 'LOCATED_IN', 'gc', X),
 ('zx', 'ORGANIZES', 'ev', Q),
 ('ev', 'HELD_AT', 'mf', '委员读书分享会在丽江古城木府举行'),
 ('hlp', 'LEADS', 'zx', '区政协副主席和丽萍主持活动'),
 ('hlp', 'PARTICIPATES_IN', 'ev', '区政协副主席和丽萍主持活动'),
 ('mcs', 'LEADS', 'wsw', P1), ('mcs', 'PARTICIPATES_IN', 'ev', P1), ('wsw', 'PARTICIPATES_IN', 'ev', P1),
 ('ygh', 'LEADS', 'ljwsw', P2), ('ygh', 'PARTICIPATES_IN', 'ev', P2), ('ljwsw', 'PARTICIPATES_IN', 'ev', P2),
 ('zdm', 'PARTICIPATES_IN', 'ev', L),
 ('ev', 'ABOUT', 't_db', '以「纳西东巴文化与丽江古城保护」为题作专题辅导'),
 ('t_db', 'CONCERNS', 'ljgc', '纳西东巴文化与丽江古城保护'),
 ('tsg', 'PARTICIPATES_IN', 'ev', '活动现场，古城区图书馆向委员赠送地方文献图书50册'),
 ('lwj', 'LEADS', 'xcb', X), ('lwj', 'PARTICIPATES_IN', 'ev', X),
 ('zx', 'VISITS', 'yh', V), ('zx', 'VISITS', 'sfj', V),
 ('zx', 'ABOUT', 't_mj', V),
 ('t_mj', 'CONCERNS', 'ljgc', '古城传统民居保护修缮'),
 ('zx', 'COOPERATES_WITH', 'tsg', '并与古城区图书馆签订共建「委员书屋」合作协议'),
 ('zx', 'ABOUT', 't_hh', '围绕「丽江古城传统民居活化利用」开展专题调研'),
 ('t_hh', 'CONCERNS', 'ljgc', '丽江古城传统民居活化利用'),
 ('zx', 'ISSUES', 'd_xd', '编印《古城区政协委员读书心得选编》'),
]
E, R = trad(N, E, R)
