# drafted in simplified characters (src/10_simp.txt, converted with OpenCC s2tw, “” → 「」);
# aliases/evidence are mapped to the exact traditional surface by spec_evidence.trad
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from spec_evidence import trad
N = '10_duyun_zhengxie_xieshang_trad'

E = [
 ('zx', 'ORG', '都匀市政协', ['都匀市政协', '市政协'], None),
 ('jjw', 'ORG', '都匀市政协经济委员会', ['市政协经济委员会'], None),
 ('bgs', 'ORG', '都匀市政协办公室', ['都匀市政协办公室'], None),
 ('qnjjw', 'ORG', '黔南州政协经济委员会', ['黔南州政协经济委员会'], None),
 ('sw', 'ORG', '中共都匀市委', ['市委'], '报送市委、市政府参阅'),
 ('szf', 'ORG', '都匀市人民政府', ['市政府'], None),
 ('nyj', 'ORG', '都匀市农业农村局', ['市农业农村局'], None),
 ('wtl', 'ORG', '都匀市文体广电旅游局', ['市文体广电旅游局'], None),
 ('mm', 'ORG', '民盟都匀市支部', ['民盟都匀市支部'], None),
 ('dy', 'PLACE', '都匀市', ['都匀市'], None),
 ('qn', 'PLACE', '黔南布依族苗族自治州', ['黔南布依族苗族自治州', '黔南州'], None),
 ('mjz', 'PLACE', '毛尖镇', ['毛尖镇'], None),
 ('lsk', 'PLACE', '螺丝壳茶区', ['螺丝壳茶区'], None),
 ('ydz', 'PLACE', '匀东镇', ['匀东镇'], None),
 ('jgyq', 'PLACE', '匀东镇茶叶加工园区', ['匀东镇茶叶加工园区'], None),
 ('jj', 'PLACE', '剑江', ['剑江'], None),
 ('sbj', 'PLACE', '石板街历史文化街区', ['石板街历史文化街区'], None),
 ('lgh', 'PERSON', '罗国华', ['罗国华'], None),
 ('wxm', 'PERSON', '吴晓梅', ['吴晓梅'], None),
 ('ygm', 'PERSON', '杨光明', ['杨光明'], None),
 ('wdq', 'PERSON', '韦德全', ['韦德全'], None),
 ('ev', 'EVENT', '“推动都匀毛尖茶旅融合发展”专题协商会', ['「推动都匀毛尖茶旅融合发展」专题协商会', '茶旅融合专题协商会'], None),
 ('t_cl', 'TOPIC', '推动都匀毛尖茶旅融合发展', ['推动都匀毛尖茶旅融合发展', '茶旅融合'], None),
 ('t_gh', 'TOPIC', '生态茶园管护', ['生态茶园管护'], None),
 ('t_jg', 'TOPIC', '茶叶精深加工', ['茶叶精深加工'], None),
 ('t_bd', 'TOPIC', '茶旅步道建设', ['茶旅步道建设'], None),
 ('t_cy', 'TOPIC', '全市茶产业发展', ['全市茶产业发展'], None),
 ('t_xl', 'TOPIC', '茶旅线路建设', ['茶旅线路建设'], None),
 ('t_jp', 'TOPIC', '茶旅精品线路打造', ['茶旅精品线路打造'], None),
 ('t_pp', 'TOPIC', '都匀毛尖品牌保护', ['都匀毛尖品牌保护'], None),
 ('t_ms', 'TOPIC', '茶山民宿规范发展', ['茶山民宿规范发展'], None),
 ('t_jj', 'TOPIC', '剑江流域生态保护', ['剑江流域生态保护'], None),
 ('t_sbj', 'TOPIC', '石板街历史文化街区活化利用', ['石板街历史文化街区活化利用'], None),
 ('d_jy', 'DOCUMENT', '《关于推动都匀毛尖茶旅融合发展的建议》', ['关于推动都匀毛尖茶旅融合发展的建议'], None),
]
Q = '黔南布依族苗族自治州都匀市政协召开“推动都匀毛尖茶旅融合发展”专题协商会'
V = '市政协经济委员会组织委员深入毛尖镇螺丝壳茶区和匀东镇茶叶加工园区'
C = '察看生态茶园管护、茶叶精深加工和茶旅步道建设情况'
B = '市农业农村局、市文体广电旅游局分别通报了全市茶产业发展和茶旅线路建设情况'
P = '民盟都匀市支部和农业界委员结合调研发言'
S = '围绕“茶旅精品线路打造”“都匀毛尖品牌保护”“茶山民宿规范发展”等提出建议14条'
X = '都匀市政协已围绕剑江流域生态保护、石板街历史文化街区活化利用等议题开展协商议政4次'
R = [
 ('zx', 'LOCATED_IN', 'dy', Q[:16]),
 ('dy', 'LOCATED_IN', 'qn', Q[:16]),
 ('qnjjw', 'LOCATED_IN', 'qn', '黔南州政协经济委员会主任韦德全应邀出席'),
 ('mm', 'LOCATED_IN', 'dy', P),
 ('lsk', 'LOCATED_IN', 'mjz', V),
 ('jgyq', 'LOCATED_IN', 'ydz', V),
 ('zx', 'ORGANIZES', 'ev', Q),
 ('ev', 'ABOUT', 't_cl', Q[12:]),
 ('lgh', 'LEADS', 'zx', '市政协主席罗国华主持会议'),
 ('lgh', 'PARTICIPATES_IN', 'ev', '市政协主席罗国华主持会议'),
 ('wxm', 'LEADS', 'zx', '市政协副主席吴晓梅出席'),
 ('wxm', 'PARTICIPATES_IN', 'ev', '市政协副主席吴晓梅出席'),
 ('ygm', 'PARTICIPATES_IN', 'ev', '副市长杨光明到会听取意见'),
 ('ygm', 'LEADS', 'szf', '杨光明表示，市政府将认真研究吸纳委员建议'),
 ('wdq', 'LEADS', 'qnjjw', '黔南州政协经济委员会主任韦德全应邀出席'),
 ('wdq', 'PARTICIPATES_IN', 'ev', '黔南州政协经济委员会主任韦德全应邀出席'),
 ('qnjjw', 'PARTICIPATES_IN', 'ev', '黔南州政协经济委员会主任韦德全应邀出席'),
 ('jjw', 'VISITS', 'lsk', V), ('jjw', 'VISITS', 'jgyq', V),
 ('jjw', 'ABOUT', 't_gh', C), ('jjw', 'ABOUT', 't_jg', C), ('jjw', 'ABOUT', 't_bd', C),
 ('nyj', 'PARTICIPATES_IN', 'ev', B), ('wtl', 'PARTICIPATES_IN', 'ev', B),
 ('nyj', 'ABOUT', 't_cy', B), ('wtl', 'ABOUT', 't_xl', B),
 ('mm', 'PARTICIPATES_IN', 'ev', P),
 ('ev', 'ABOUT', 't_jp', S), ('ev', 'ABOUT', 't_pp', S), ('ev', 'ABOUT', 't_ms', S),
 ('zx', 'ISSUES', 'd_jy', '市政协将整理形成《关于推动都匀毛尖茶旅融合发展的建议》'),
 ('zx', 'ABOUT', 't_jj', X), ('zx', 'ABOUT', 't_sbj', X),
 ('t_jj', 'CONCERNS', 'jj', '剑江流域生态保护'),
 ('t_sbj', 'CONCERNS', 'sbj', '石板街历史文化街区活化利用'),
]
R = [(h, r, t, e.replace('“', '「').replace('”', '」')) for h, r, t, e in R]
E = [(k, t, n, [a.replace('“', '「').replace('”', '」') for a in al]) + tuple(rest) for (k, t, n, al, *rest) in E]
E, R = trad(N, E, R)
