# drafted in simplified characters (src/08_simp.txt); aliases/evidence mapped to the traditional text by trad()
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from spec_evidence import trad
N = '08_jianyang_zhengxie_dushu_trad'
# Joint reading event (区政协 + 民进). The named lecturer takes part, not his college or its centre; the library that
# 赠送 takes part and signs an untitled agreement (COOPERATES_WITH only); 「委员书屋」 is an ORG without relations;
# the historical 朱熹 is a PERSON without relations; 闽北 is CONCERNed by the lecture title.
E = [
 ('zx', 'ORG', '建阳区政协', ['建阳区政协', '南平市建阳区政协', '区政协'], None),
 ('mj', 'ORG', '民进建阳区支部', ['民进建阳区支部'], None),
 ('wsw', 'ORG', '建阳区政协文化文史和学习委员会', ['区政协文化文史和学习委员会'], None),
 ('npwsw', 'ORG', '南平市政协文化文史和学习委员会', ['南平市政协文化文史和学习委员会'], None),
 ('wyxy', 'ORG', '武夷学院', ['武夷学院'], None),
 ('zzx', 'ORG', '武夷学院朱子学研究中心', ['武夷学院朱子学研究中心'], None),
 ('tsg', 'ORG', '建阳区图书馆', ['建阳区图书馆'], None),
 ('xcb', 'ORG', '中共建阳区委宣传部', ['区委宣传部'], None),
 ('wysw', 'ORG', '委员书屋', ['「委员书屋」'], None),
 ('jy', 'PLACE', '建阳区', ['建阳区'], None),
 ('np', 'PLACE', '南平市', ['南平市'], None),
 ('kysy', 'PLACE', '考亭书院', ['考亭书院'], None),
 ('kt', 'PLACE', '考亭村', ['考亭村', '考亭'], None),
 ('sj', 'PLACE', '水吉镇', ['水吉镇'], None),
 ('jyyz', 'PLACE', '建窑遗址', ['建窑遗址', '水吉镇建窑遗址'], None),
 ('mb', 'PLACE', '闽北', ['闽北'], None),
 ('wzh', 'PERSON', '吴振华', ['吴振华'], None),
 ('ylp', 'PERSON', '叶丽萍', ['叶丽萍'], None),
 ('hjx', 'PERSON', '黄建新', ['黄建新'], None),
 ('zmy', 'PERSON', '詹明远', ['詹明远'], None),
 ('zx_h', 'PERSON', '朱熹', ['朱熹'], None),
 ('lm', 'PERSON', '刘敏', ['刘敏'], None),
 ('ev', 'EVENT', '“考亭书香”委员读书分享会', ['「考亭书香」委员读书分享会'], None),
 ('ev_dsr', 'EVENT', '世界读书日', ['世界读书日', '第29个世界读书日'], None),
 ('t_lx', 'TOPIC', '朱子理学与闽北书院文化', ['朱子理学与闽北书院文化'], None),
 ('t_zz', 'TOPIC', '朱子文化创造性转化', ['朱子文化创造性转化'], None),
 ('t_sy', 'TOPIC', '古书院活化利用', ['古书院活化利用'], None),
 ('t_jz', 'TOPIC', '建盏非遗技艺传承', ['建盏非遗技艺传承'], None),
 ('t_cy', 'TOPIC', '建盏文化产业高质量发展', ['建盏文化产业高质量发展'], None),
 ('d_np', 'DOCUMENT', '《朱子年谱》', ['朱子年谱'], None),
 ('d_sh', 'DOCUMENT', '《闽北书院史话》', ['闽北书院史话'], None),
 ('d_xd', 'DOCUMENT', '《考亭书香·委员读书心得》', ['考亭书香·委员读书心得'], None),
]
Q = '南平市建阳区政协与民进建阳区支部在考亭书院联合举办「考亭书香」委员读书分享会'
L = '武夷学院朱子学研究中心教授詹明远以「朱子理学与闽北书院文化」为题作专题辅导'
T = '围绕「朱子文化创造性转化」「古书院活化利用」交流体会'
V = '委员们走进考亭村，并赴水吉镇建窑遗址'
P3 = '南平市政协文化文史和学习委员会副主任黄建新应邀出席'
R = [
 ('zx', 'LOCATED_IN', 'jy', '南平市建阳区政协'), ('jy', 'LOCATED_IN', 'np', '南平市建阳区政协'),
 ('mj', 'LOCATED_IN', 'jy', '民进建阳区支部'),
 ('tsg', 'LOCATED_IN', 'jy', '建阳区图书馆'),
 ('npwsw', 'LOCATED_IN', 'np', '南平市政协文化文史和学习委员会'),
 ('kysy', 'LOCATED_IN', 'kt', '考亭书院'),
 ('jyyz', 'LOCATED_IN', 'sj', '水吉镇建窑遗址'),
 ('zx', 'ORGANIZES', 'ev', Q), ('mj', 'ORGANIZES', 'ev', Q),
 ('zx', 'COOPERATES_WITH', 'mj', '南平市建阳区政协与民进建阳区支部'),
 ('ev', 'HELD_AT', 'kysy', Q),
 ('wzh', 'LEADS', 'zx', '区政协主席吴振华出席并讲话'),
 ('wzh', 'PARTICIPATES_IN', 'ev', '区政协主席吴振华出席并讲话'),
 ('ylp', 'LEADS', 'wsw', '区政协文化文史和学习委员会主任叶丽萍主持'),
 ('ylp', 'PARTICIPATES_IN', 'ev', '区政协文化文史和学习委员会主任叶丽萍主持'),
 ('wsw', 'PARTICIPATES_IN', 'ev', '区政协文化文史和学习委员会主任叶丽萍主持'),
 ('hjx', 'LEADS', 'npwsw', P3), ('hjx', 'PARTICIPATES_IN', 'ev', P3), ('npwsw', 'PARTICIPATES_IN', 'ev', P3),
 ('zmy', 'PARTICIPATES_IN', 'ev', L),
 ('ev', 'ABOUT', 't_lx', L),
 ('t_lx', 'CONCERNS', 'mb', '朱子理学与闽北书院文化'),
 ('ev', 'ABOUT', 't_zz', T), ('ev', 'ABOUT', 't_sy', T),
 ('tsg', 'PARTICIPATES_IN', 'ev', '建阳区图书馆向委员赠送图书200册'),
 ('tsg', 'COOPERATES_WITH', 'zx', '建阳区图书馆向委员赠送图书200册，并与区政协签订共建「委员书屋」合作协议'),
 ('lm', 'LEADS', 'xcb', '区委宣传部副部长刘敏为「委员书屋」授牌'),
 ('lm', 'PARTICIPATES_IN', 'ev', '区委宣传部副部长刘敏为「委员书屋」授牌'),
 ('zx', 'VISITS', 'kt', V), ('zx', 'VISITS', 'jyyz', V),
 ('mj', 'VISITS', 'kt', V), ('mj', 'VISITS', 'jyyz', V),
 ('zx', 'ABOUT', 't_jz', '了解建盏非遗技艺传承情况'), ('mj', 'ABOUT', 't_jz', '了解建盏非遗技艺传承情况'),
 ('zx', 'ABOUT', 't_cy', '区政协将围绕「建盏文化产业高质量发展」开展专题调研'),
 ('wsw', 'ISSUES', 'd_xd', '区政协文化文史和学习委员会将编印《考亭书香·委员读书心得》'),
]
E, R = trad(N, E, R)
