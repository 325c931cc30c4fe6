# drafted in simplified characters (src/06_simp.txt); aliases/evidence mapped to the traditional text by trad()
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from spec_evidence import trad
N = '06_dongpo_minmeng_dushu_trad'
# A 民主党派 reading activity: the lecturer is named, so he (not 四川大学/学院) takes part.
E = [
 ('mm', 'ORG', '民盟眉山市委会', ['民盟眉山市委会'], None),
 ('mmdp', 'ORG', '民盟东坡区总支', ['民盟东坡区总支'], None),
 ('tzb', 'ORG', '中共眉山市委统战部', ['中共眉山市委统战部'], None),
 ('scdx', 'ORG', '四川大学', ['四川大学'], None),
 ('wxy', 'ORG', '四川大学文学与新闻学院', ['四川大学文学与新闻学院'], None),
 ('tsg', 'ORG', '东坡区图书馆', ['东坡区图书馆'], None),
 ('zyjs', 'ORG', '眉山职业技术学院', ['眉山职业技术学院'], None),
 ('rmyy', 'ORG', '眉山市人民医院', ['眉山市人民医院'], None),
 ('ms', 'PLACE', '眉山市', ['眉山市'], None),
 ('dp', 'PLACE', '东坡区', ['东坡区'], None),
 ('ssc', 'PLACE', '三苏祠博物馆', ['三苏祠博物馆'], None),
 ('sgh', 'PLACE', '纱縠行历史文化街区', ['纱縠行历史文化街区'], None),
 ('yjl', 'PLACE', '远景楼', ['远景楼'], None),
 ('wlp', 'PERSON', '王丽萍', ['王丽萍'], None),
 ('lj', 'PERSON', '李俊', ['李俊'], None),
 ('lwb', 'PERSON', '罗文博', ['罗文博'], None),
 ('lyt', 'PERSON', '林语堂', ['林语堂'], None),
 ('ss', 'PERSON', '苏轼', ['苏轼'], None),
 ('ev', 'EVENT', '“书香盟苑·品读东坡”读书分享会', ['「书香盟苑·品读东坡」读书分享会'], None),
 ('dsr', 'EVENT', '世界读书日', ['第29个世界读书日', '世界读书日'], None),
 ('gd', 'EVENT', '“每季共读一本书”活动', ['「每季共读一本书」活动'], None),
 ('t_wg', 'TOPIC', '苏轼的为官之道与家国情怀', ['苏轼的为官之道与家国情怀'], None),
 ('t_ly', 'TOPIC', '东坡文化与旅游融合发展', ['东坡文化与旅游融合发展'], None),
 ('t_bh', 'TOPIC', '东坡文化资源保护利用', ['东坡文化资源保护利用'], None),
 ('d_zz', 'DOCUMENT', '《苏东坡传》', ['苏东坡传'], None),
 ('d_sw', 'DOCUMENT', '《三苏文集》', ['三苏文集'], None),
 ('d_wj', 'DOCUMENT', '《东坡文化研究盟员文集》', ['东坡文化研究盟员文集'], None),
]
Q = '民盟眉山市委会在东坡区三苏祠博物馆举办「书香盟苑·品读东坡」读书分享会'
V = '盟员们步行走进纱縠行历史文化街区和远景楼，了解东坡文化与旅游融合发展情况'
GD = '民盟眉山市委会自2022年起开展「每季共读一本书」活动'
LD = '眉山职业技术学院、眉山市人民医院的盟员骨干轮流担任领读人'
R = [
 ('mm', 'LOCATED_IN', 'ms', '民盟眉山市委会'), ('mmdp', 'LOCATED_IN', 'dp', '民盟东坡区总支'),
 ('tzb', 'LOCATED_IN', 'ms', '中共眉山市委统战部'), ('ssc', 'LOCATED_IN', 'dp', '东坡区三苏祠博物馆'),
 ('tsg', 'LOCATED_IN', 'dp', '东坡区图书馆'),
 ('zyjs', 'LOCATED_IN', 'ms', '眉山职业技术学院'), ('rmyy', 'LOCATED_IN', 'ms', '眉山市人民医院'),
 ('mm', 'ORGANIZES', 'ev', Q), ('mmdp', 'ORGANIZES', 'ev', '活动由民盟东坡区总支承办'),
 ('ev', 'HELD_AT', 'ssc', Q),
 ('wlp', 'LEADS', 'mm', '民盟眉山市委会主委王丽萍出席并讲话'),
 ('wlp', 'PARTICIPATES_IN', 'ev', '民盟眉山市委会主委王丽萍出席并讲话'),
 ('lj', 'LEADS', 'tzb', '中共眉山市委统战部副部长李俊到会指导'),
 ('lj', 'PARTICIPATES_IN', 'ev', '中共眉山市委统战部副部长李俊到会指导'),
 ('lwb', 'PARTICIPATES_IN', 'ev', '教授罗文博以「苏轼的为官之道与家国情怀」为题作专题辅导'),
 ('ev', 'ABOUT', 't_wg', '以「苏轼的为官之道与家国情怀」为题作专题辅导'),
 ('mm', 'VISITS', 'sgh', V), ('mm', 'VISITS', 'yjl', V), ('mm', 'ABOUT', 't_ly', V),
 ('mm', 'ABOUT', 't_bh', '民盟眉山市委会将围绕「东坡文化资源保护利用」开展专题调研'),
 ('mm', 'ISSUES', 'd_wj', '年内编印《东坡文化研究盟员文集》'),
 ('mmdp', 'COOPERATES_WITH', 'tsg', '民盟东坡区总支还向东坡区图书馆捐赠图书300余册，双方签订阅读推广共建协议'),
 ('mm', 'ORGANIZES', 'gd', GD),
 ('zyjs', 'PARTICIPATES_IN', 'gd', LD), ('rmyy', 'PARTICIPATES_IN', 'gd', LD),
]
E, R = trad(N, E, R)
