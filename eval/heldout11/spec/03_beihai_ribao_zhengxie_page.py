import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from spec_evidence import fix, fix_e
N = '03_beihai_ribao_zhengxie_page'
# 区政协 means 海城 (item 1) and 铁山港 (item 3): an alias of neither. 区委/区政府/区住建局/区文体旅局 only in item 1
# (海城), 区人大常委会/区农业农村和水利局 only in item 2 (银海), 市工商联 only in item 4.
E = [
 ('hczx', 'ORG', '海城区政协', ['海城区政协'], None),
 ('hcwsw', 'ORG', '海城区政协文化文史和学习委员会', ['区政协文化文史和学习委员会'], None),
 ('hcqw', 'ORG', '中共北海市海城区委', ['区委'], '区委副书记陈家明出席并讲话'),
 ('hcqzf', 'ORG', '海城区人民政府', ['区政府'], None),
 ('hczjj', 'ORG', '海城区住房和城乡建设局', ['区住房和城乡建设局'], None),
 ('hcwlj', 'ORG', '海城区文化体育和旅游局', ['区文化体育和旅游局'], '区文化体育'),
 ('yhrd', 'ORG', '银海区人大常委会', ['银海区人大常委会', '区人大常委会'], None),
 ('yhfj', 'ORG', '北海市生态环境局银海分局', ['北海市生态环境局银海分局'], None),
 ('yhny', 'ORG', '银海区农业农村和水利局', ['区农业农村和水利局'], None),
 ('tsgzx', 'ORG', '铁山港区政协', ['铁山港区政协'], None),
 ('hpzx', 'ORG', '合浦县政协', ['合浦县政协'], None),
 ('mg', 'ORG', '民革北海市委会', ['民革北海市委会'], None),
 ('gsl', 'ORG', '北海市工商联', ['市工商联'], None),
 ('wlj', 'ORG', '北海市文化广电体育和旅游局', ['北海市文化广电体育和旅游局'], None),
 ('bhrb', 'ORG', '北海日报', ['北海日报'], None),
 ('bh', 'PLACE', '北海市', ['北海市', '北海'], None),
 ('hc', 'PLACE', '海城区', ['海城区'], None),
 ('yh', 'PLACE', '银海区', ['银海区', '银海'], None),
 ('tsg', 'PLACE', '铁山港区', ['铁山港区'], '调研组走进铁山港区营盘镇'),
 ('hp', 'PLACE', '合浦县', ['合浦县'], '合浦县山口镇'),
 ('zjjd', 'PLACE', '中街街道', ['中街街道'], None),
 ('dqzx', 'PLACE', '中街街道党群服务中心', ['中街街道党群服务中心'], None),
 ('bhlc', 'PLACE', '北海老城', ['北海老城'], None),
 ('zhl', 'PLACE', '珠海路', ['珠海路'], None),
 ('zsl', 'PLACE', '中山路', ['中山路'], None),
 ('sjj', 'PLACE', '沙脊街', ['沙脊街'], None),
 ('ytz', 'PLACE', '银滩镇', ['银滩镇'], None),
 ('qgz', 'PLACE', '侨港镇', ['侨港镇'], None),
 ('fjjsd', 'PLACE', '冯家江湿地', ['冯家江湿地'], None),
 ('fjj', 'PLACE', '冯家江', ['冯家江'], '汇报了冯家江流域综合治理情况'),
 ('ypz', 'PLACE', '营盘镇', ['营盘镇'], None),
 ('skz', 'PLACE', '山口镇', ['山口镇'], None),
 ('skhsl', 'PLACE', '山口红树林生态自然保护区', ['山口红树林生态自然保护区'], None),
 ('wzd', 'PLACE', '涠洲岛', ['涠洲岛'], None),
 ('wzz', 'PLACE', '涠洲镇', ['涠洲镇'], None),
 ('nwj', 'PLACE', '南湾街', ['南湾街'], None),
 ('dzgy', 'PLACE', '涠洲岛火山国家地质公园', ['涠洲岛火山国家地质公园'], None),
 ('ev1', 'EVENT', '第三期“珠城协商汇”专题协商会', ['第三期“珠城协商汇”专题协商会', '“珠城协商汇”专题协商会'], None),
 ('ev_pp', 'EVENT', '“珠城协商汇”', ['“珠城协商汇”'], '据了解，“珠城协商汇”自去年创办以'),
 ('ev2', 'EVENT', '《中华人民共和国海洋环境保护法》执法检查', ['《中华人民共和国海洋环境保护法》执法检查', '海洋环境保护法执法检查'], None),
 ('ev4', 'EVENT', '“海岛旅游服务品质提升”专题调研', ['“海岛旅游服务品质提升”专题调研'], None),
 ('t1', 'TOPIC', '北海老城历史文化街区保护与活化利用', ['北海老城历史文化街区保护与活化利用'], None),
 ('t_fm', 'TOPIC', '老城街区风貌保护', ['老城街区风貌保护'], None),
 ('t_yt', 'TOPIC', '文旅业态培育', ['文旅业态培育'], None),
 ('t_ql', 'TOPIC', '骑楼建筑修缮', ['骑楼建筑修缮'], None),
 ('t_yj', 'TOPIC', '老街夜间经济', ['老街夜间经济'], None),
 ('t_lj', 'TOPIC', '近岸海域垃圾清理', ['近岸海域垃圾清理'], None),
 ('t_yg', 'TOPIC', '渔港污染防治', ['渔港污染防治'], None),
 ('t_fjj', 'TOPIC', '冯家江流域综合治理', ['冯家江流域综合治理'], None),
 ('t3', 'TOPIC', '红树林保护修复与蓝碳经济发展', ['红树林保护修复与蓝碳经济发展'], None),
 ('t_sdxf', 'TOPIC', '红树林湿地修复', ['红树林湿地修复'], None),
 ('t_tt', 'TOPIC', '沿海养殖塘退塘还林', ['沿海养殖塘退塘还林'], None),
 ('t4', 'TOPIC', '海岛旅游服务品质提升', ['海岛旅游服务品质提升'], None),
 ('t_ms', 'TOPIC', '民宿规范经营', ['民宿规范经营'], None),
 ('t_cz', 'TOPIC', '景区游客承载', ['景区游客承载'], None),
 ('t_gh', 'TOPIC', '涠洲岛旅游发展规划编制', ['涠洲岛旅游发展规划编制'], None),
 ('d_hb', 'DOCUMENT', '《中华人民共和国海洋环境保护法》', ['《中华人民共和国海洋环境保护法》'], None),
 ('hzy', 'PERSON', '黄振宇', ['黄振宇'], None),
 ('cjm', 'PERSON', '陈家明', ['陈家明'], '区委副书记陈家明出席并讲话'),
 ('lgp', 'PERSON', '梁国平', ['梁国平'], None),
 ('whs', 'PERSON', '吴海生', ['吴海生'], None),
 ('dxm', 'PERSON', '邓小梅', ['邓小梅'], None),
 ('hwp', 'PERSON', '何卫平', ['何卫平'], None),
 ('lx', 'PERSON', '林晓', ['林晓'], None),
 ('phy', 'PERSON', '庞海燕', ['庞海燕'], None),
 ('wlp', 'PERSON', '韦丽萍', ['韦丽萍'], None),
 ('st', 'PERSON', '苏婷', ['苏婷'], None),
 ('mxj', 'PERSON', '蒙晓军', ['蒙晓军'], None),
 ('ll', 'PERSON', '罗丽', ['罗丽'], None),
 ('cc', 'PERSON', '陈晨', ['陈晨'], None),
 ('jht', 'PERSON', '蒋海涛', ['蒋海涛'], None),
]
Q1 = '海城区政协在中街街道党群服务中心召开第三期“珠城协商汇”专题协商会'
A1 = '围绕“北海老城历史文化街区保护与活化利用”协商议政'
T1 = '负责同志通报了老城街区风貌保护和文旅业态培育情况'
M1 = '8名委员围绕“骑楼建筑修缮”“老街夜间经济”等建言'
V1 = '区政协文化文史和学习委员会组织委员深入珠海路、中山路和沙脊街开展调研'
S2 = '检查组先后来到银滩镇、侨港镇和冯家江湿地'
C2 = '察看了近岸海域垃圾清理和渔港污染防治情况'
H2 = '北海市生态环境局银海分局、区农业农村和水利局负责同志汇报了冯家江流域综合治理情况'
J3 = '铁山港区政协与合浦县政协组成联合调研组，就“红树林保护修复与蓝碳经济发展”开展调研'
V3 = '调研组走进铁山港区营盘镇和合浦县山口镇，实地察看了山口红树林生态自然保护区'
L3 = '了解红树林湿地修复和沿海养殖塘退塘还林情况'
J4 = '民革北海市委会联合市工商联赴涠洲岛开展“海岛旅游服务品质提升”专题调研'
V4 = '先后走进涠洲镇南湾街和涠洲岛火山国家地质公园'
L4 = '了解民宿规范经营和景区游客承载情况'
G4 = '北海市文化广电体育和旅游局负责同志介绍了涠洲岛旅游发展规划编制进展'
R = [
 ('bhrb', 'LOCATED_IN', 'bh', '北海日报'),
 ('hczx', 'LOCATED_IN', 'hc', '海城区政协'),
 ('dqzx', 'LOCATED_IN', 'zjjd', '中街街道党群服务中心'),
 ('yhrd', 'LOCATED_IN', 'yh', '银海区人大常委会'),
 ('yhfj', 'LOCATED_IN', 'yh', '北海市生态环境局银海分局'),
 ('fjjsd', 'LOCATED_IN', 'fjj', '冯家江湿地'),
 ('tsgzx', 'LOCATED_IN', 'tsg', '铁山港区政协'),
 ('hpzx', 'LOCATED_IN', 'hp', '合浦县政协'),
 ('ypz', 'LOCATED_IN', 'tsg', '铁山港区营盘镇'),
 ('skz', 'LOCATED_IN', 'hp', '合浦县山口镇'),
 ('skhsl', 'LOCATED_IN', 'skz', '山口红树林生态自然保护区'),
 ('mg', 'LOCATED_IN', 'bh', '民革北海市委会'),
 ('nwj', 'LOCATED_IN', 'wzz', '涠洲镇南湾街'),
 ('dzgy', 'LOCATED_IN', 'wzd', '涠洲岛火山国家地质公园'),
 # item 1
 ('hczx', 'ORGANIZES', 'ev1', Q1),
 ('ev1', 'HELD_AT', 'dqzx', Q1),
 ('ev1', 'ABOUT', 't1', A1), ('hczx', 'ABOUT', 't1', A1),
 ('t1', 'CONCERNS', 'bhlc', '北海老城历史文化街区保护与活化利用'),
 ('hzy', 'LEADS', 'hczx', '区政协主席黄振宇主持会议'),
 ('hzy', 'PARTICIPATES_IN', 'ev1', '区政协主席黄振宇主持会议'),
 ('cjm', 'LEADS', 'hcqw', '区委副书记陈家明出席并讲话'),
 ('cjm', 'PARTICIPATES_IN', 'ev1', '区委副书记陈家明出席并讲话'),
 ('hcwsw', 'VISITS', 'zhl', V1), ('hcwsw', 'VISITS', 'zsl', V1), ('hcwsw', 'VISITS', 'sjj', V1),
 ('hczjj', 'PARTICIPATES_IN', 'ev1', '会上，区住房和城乡建设局、区文化体育和旅游局负责同志通报了'),
 ('hcwlj', 'PARTICIPATES_IN', 'ev1', '会上，区住房和城乡建设局、区文化体育和旅游局负责同志通报了'),
 ('hczjj', 'ABOUT', 't_fm', T1), ('hczjj', 'ABOUT', 't_yt', T1),
 ('hcwlj', 'ABOUT', 't_fm', T1), ('hcwlj', 'ABOUT', 't_yt', T1),
 ('ev1', 'ABOUT', 't_fm', T1), ('ev1', 'ABOUT', 't_yt', T1),
 ('ev1', 'ABOUT', 't_ql', M1), ('ev1', 'ABOUT', 't_yj', M1),
 # item 2
 ('yhrd', 'ORGANIZES', 'ev2', '银海区人大常委会开展《中华人民共和国海洋环境保护法》执法检查'),
 ('lgp', 'LEADS', 'yhrd', '区人大常委会主任梁国平带队'),
 ('lgp', 'PARTICIPATES_IN', 'ev2', '区人大常委会主任梁国平带队'),
] + [(w, 'VISITS', p, S2) for w in ('yhrd', 'lgp') for p in ('ytz', 'qgz', 'fjjsd')] + [
 ('ev2', 'HELD_AT', p, S2) for p in ('ytz', 'qgz', 'fjjsd')] + [
 ('ev2', 'ABOUT', 't_lj', C2), ('ev2', 'ABOUT', 't_yg', C2),
 ('yhfj', 'PARTICIPATES_IN', 'ev2', H2), ('yhny', 'PARTICIPATES_IN', 'ev2', H2),
 ('yhfj', 'ABOUT', 't_fjj', H2), ('yhny', 'ABOUT', 't_fjj', H2), ('ev2', 'ABOUT', 't_fjj', H2),
 ('t_fjj', 'CONCERNS', 'fjj', '冯家江流域综合治理'),
 # item 3
 ('tsgzx', 'COOPERATES_WITH', 'hpzx', J3),
 ('tsgzx', 'ABOUT', 't3', J3), ('hpzx', 'ABOUT', 't3', J3),
 ('whs', 'LEADS', 'tsgzx', '区政协主席吴海生带队'),
 ('dxm', 'LEADS', 'hpzx', '合浦县政协副主席邓小梅参加调研'),
] + [(w, 'VISITS', p, V3) for w in ('tsgzx', 'hpzx', 'whs') for p in ('ypz', 'skz', 'skhsl')] + [
 ('tsgzx', 'ABOUT', 't_sdxf', L3), ('tsgzx', 'ABOUT', 't_tt', L3),
 ('hpzx', 'ABOUT', 't_sdxf', L3), ('hpzx', 'ABOUT', 't_tt', L3),
 # item 4
 ('mg', 'COOPERATES_WITH', 'gsl', J4),
 ('mg', 'ORGANIZES', 'ev4', J4), ('gsl', 'ORGANIZES', 'ev4', J4),
 ('ev4', 'ABOUT', 't4', '“海岛旅游服务品质提升”专题调研'),
 ('mg', 'ABOUT', 't4', J4), ('gsl', 'ABOUT', 't4', J4),
 ('hwp', 'LEADS', 'mg', '民革北海市委会主委何卫平带队'),
 ('hwp', 'PARTICIPATES_IN', 'ev4', '民革北海市委会主委何卫平带队'),
] + [(w, 'VISITS', p, J4) for w in ('mg', 'gsl', 'hwp') for p in ('wzd',)] + [
 (w, 'VISITS', p, V4) for w in ('mg', 'gsl', 'hwp') for p in ('nwj', 'dzgy')] + [
 ('ev4', 'HELD_AT', 'wzd', J4), ('ev4', 'HELD_AT', 'nwj', V4), ('ev4', 'HELD_AT', 'dzgy', V4),
 ('mg', 'ABOUT', 't_ms', L4), ('mg', 'ABOUT', 't_cz', L4),
 ('gsl', 'ABOUT', 't_ms', L4), ('gsl', 'ABOUT', 't_cz', L4),
 ('wlj', 'PARTICIPATES_IN', 'ev4', G4), ('wlj', 'ABOUT', 't_gh', G4),
 ('wlj', 'LOCATED_IN', 'bh', '北海市文化广电体育和旅游局'),
 ('t_gh', 'CONCERNS', 'wzd', '涠洲岛旅游发展规划编制'),
]
E = fix_e(N, E)
R = fix(N, R)
