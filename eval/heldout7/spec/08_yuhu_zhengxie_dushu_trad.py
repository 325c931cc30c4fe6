# drafted in simplified characters (src/08_simp.txt); aliases/evidence mapped to the traditional text by trad()
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from spec_evidence import trad
N = '08_yuhu_zhengxie_dushu_trad'
# Reading activity of 雨湖区政协 (湘潭市, 湖南). The lecturer is named, so he (not 湘潭大学/艺术学院) takes part.
# A 委员会 whose (副)主任 attends takes part too. 区委常委 gives no LEADS; 宣传部部长 does. 雨湖区图书馆, acting at
# the event (赠送), takes part. 签订 an agreement = COOPERATES_WITH (DOCUMENT without ISSUES); 齐白石 is a PERSON without
# relations (as 张謇 in heldout6); books recommended are DOCUMENTs without relations.
E = [
 ('zx', 'ORG', '雨湖区政协', ['雨湖区政协', '湘潭市雨湖区政协', '区政协'], None),
 ('wsw', 'ORG', '雨湖区政协文化文史和学习委员会', ['区政协文化文史和学习委员会'], None),
 ('xtwsw', 'ORG', '湘潭市政协文化文史和学习委员会', ['湘潭市政协文化文史和学习委员会'], None),
 ('qw', 'ORG', '中共雨湖区委', ['中共雨湖区委'], None),
 ('xcb', 'ORG', '中共雨湖区委宣传部', ['宣传部'], None),
 ('xtdx', 'ORG', '湘潭大学', ['湘潭大学'], None),
 ('ysxy', 'ORG', '湘潭大学艺术学院', ['湘潭大学艺术学院'], None),
 ('yhtsg', 'ORG', '雨湖区图书馆', ['雨湖区图书馆'], None),
 ('xttsg', 'ORG', '湘潭市图书馆', ['湘潭市图书馆'], None),
 ('wysw', 'ORG', '“委员书屋”', ['「委员书屋」'], None),
 ('yh', 'PLACE', '雨湖区', ['雨湖区'], None),
 ('xt', 'PLACE', '湘潭市', ['湘潭市', '湘潭'], None),
 ('qbs', 'PLACE', '齐白石纪念馆', ['齐白石纪念馆'], None),
 ('fgd', 'PLACE', '湘江风光带', ['湘江风光带'], None),
 ('xj', 'PLACE', '湘江', ['湘江'], '委员们沿湘江风光带走进窑湾历史文化街区'),
 ('yw', 'PLACE', '窑湾历史文化街区', ['窑湾历史文化街区'], None),
 ('yhgy', 'PLACE', '雨湖公园', ['雨湖公园'], None),
 ('txw', 'PERSON', '谭晓雯', ['谭晓雯'], None),
 ('zjj', 'PERSON', '周建军', ['周建军'], None),
 ('plx', 'PERSON', '彭立新', ['彭立新'], None),
 ('cy', 'PERSON', '曹颖', ['曹颖'], None),
 ('lmy', 'PERSON', '黎明远', ['黎明远'], None),
 ('qbsr', 'PERSON', '齐白石', ['齐白石'], '以「齐白石艺术人生与湘潭人文精神」为题'),
 ('ev', 'EVENT', '“书香雨湖·悦读白石”委员读书分享会', ['「书香雨湖·悦读白石」委员读书分享会'], None),
 ('ev_dsh', 'EVENT', '“湘江读书会”', ['「湘江读书会」'], None),
 ('ev_ld', 'EVENT', '“委员领读”活动', ['「委员领读」活动'], None),
 ('t_qbs', 'TOPIC', '齐白石艺术人生与湘潭人文精神', ['齐白石艺术人生与湘潭人文精神'], None),
 ('t_yt', 'TOPIC', '老街业态更新', ['老街业态更新'], None),
 ('t_xs', 'TOPIC', '文物建筑修缮', ['文物建筑修缮'], None),
 ('t_gx', 'TOPIC', '雨湖公园片区城市更新', ['雨湖公园片区城市更新'], None),
 ('d_bs', 'DOCUMENT', '《白石老人自述》', ['白石老人自述'], None),
 ('d_xq', 'DOCUMENT', '《湘绮楼日记》', ['湘绮楼日记'], None),
 ('d_ws', 'DOCUMENT', '《湘潭文史》', ['湘潭文史'], None),
 ('d_xy', 'DOCUMENT', '《共建委员阅读基地合作协议》', ['共建委员阅读基地合作协议'], None),
 ('d_zj', 'DOCUMENT', '《雨湖政协委员读书札记》', ['雨湖政协委员读书札记'], None),
]
Q = '湘潭市雨湖区政协「书香雨湖·悦读白石」委员读书分享会在齐白石纪念馆举行'
P1 = '区政协文化文史和学习委员会主任周建军出席'
P2 = '湘潭市政协文化文史和学习委员会副主任彭立新应邀出席'
P3 = '宣传部部长曹颖为「委员书屋」授牌'
L = '湘潭大学艺术学院教授黎明远以「齐白石艺术人生与湘潭人文精神」为题作专题辅导'
K = '湘潭市图书馆与雨湖区政协签订《共建委员阅读基地合作协议》，双方将联合举办「湘江读书会」'
V = '委员们沿湘江风光带走进窑湾历史文化街区，了解老街业态更新和文物建筑修缮情况'
R = [
 ('zx', 'LOCATED_IN', 'yh', Q), ('yh', 'LOCATED_IN', 'xt', Q),
 ('xtwsw', 'LOCATED_IN', 'xt', P2),
 ('qw', 'LOCATED_IN', 'yh', '中共雨湖区委常委'),
 ('xtdx', 'LOCATED_IN', 'xt', L), ('ysxy', 'LOCATED_IN', 'xt', L),
 ('yhtsg', 'LOCATED_IN', 'yh', '雨湖区图书馆向委员赠送了《湘潭文史》丛书'),
 ('xttsg', 'LOCATED_IN', 'xt', K),
 ('fgd', 'LOCATED_IN', 'xj', '沿湘江风光带'),
 ('zx', 'ORGANIZES', 'ev', Q),
 ('ev', 'HELD_AT', 'qbs', '委员读书分享会在齐白石纪念馆举行'),
 ('txw', 'LEADS', 'zx', '区政协副主席谭晓雯主持活动'),
 ('txw', 'PARTICIPATES_IN', 'ev', '区政协副主席谭晓雯主持活动'),
 ('zjj', 'LEADS', 'wsw', P1), ('zjj', 'PARTICIPATES_IN', 'ev', P1), ('wsw', 'PARTICIPATES_IN', 'ev', P1),
 ('plx', 'LEADS', 'xtwsw', P2), ('plx', 'PARTICIPATES_IN', 'ev', P2), ('xtwsw', 'PARTICIPATES_IN', 'ev', P2),
 ('cy', 'LEADS', 'xcb', '宣传部部长曹颖'), ('cy', 'PARTICIPATES_IN', 'ev', P3),
 ('lmy', 'PARTICIPATES_IN', 'ev', L),
 ('ev', 'ABOUT', 't_qbs', '以「齐白石艺术人生与湘潭人文精神」为题作专题辅导'),
 ('t_qbs', 'CONCERNS', 'xt', '齐白石艺术人生与湘潭人文精神'),
 ('yhtsg', 'PARTICIPATES_IN', 'ev', '雨湖区图书馆向委员赠送了《湘潭文史》丛书'),
 ('xttsg', 'COOPERATES_WITH', 'zx', K),
 ('xttsg', 'ORGANIZES', 'ev_dsh', K), ('zx', 'ORGANIZES', 'ev_dsh', K),
 ('ev_dsh', 'HELD_AT', 'yw', '首场活动将于5月在窑湾历史文化街区开讲'),
 ('zx', 'VISITS', 'fgd', V), ('zx', 'VISITS', 'yw', V),
 ('zx', 'ABOUT', 't_yt', V), ('zx', 'ABOUT', 't_xs', V),
 ('zx', 'ORGANIZES', 'ev_ld', '雨湖区政协依托「委员书屋」平台已开展「委员领读」活动6期'),
 ('zx', 'ABOUT', 't_gx', '围绕「雨湖公园片区城市更新」开展专题调研'),
 ('t_gx', 'CONCERNS', 'yhgy', '雨湖公园片区城市更新'),
 ('zx', 'ISSUES', 'd_zj', '年底前编印《雨湖政协委员读书札记》'),
]
E, R = trad(N, E, R)
