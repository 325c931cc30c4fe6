import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from spec_evidence import fix, fix_e
N = '02_jingxiu_zhengxie_tian_report'

E = [
 ('zx', 'ORG', '竞秀区政协', ['竞秀区政协', '区政协', '政协保定市竞秀区委员会', '政协保定市竞秀区委员会常务委员会'], '政协保定市竞秀区委员会常务委员会关于提案工作情况的报告'),
 ('taw', 'ORG', '竞秀区政协提案委员会', ['竞秀区政协提案委员会', '区政协提案委员会'], None),
 ('shf', 'ORG', '竞秀区政协社会和法制委员会', ['区政协社会和法制委员会'], None),
 ('bgs', 'ORG', '竞秀区政协办公室', ['政协保定市竞秀区委员会办公室'], None),
 ('qw', 'ORG', '中共保定市竞秀区委', ['中共保定市竞秀区委', '区委'], '在中共保定市竞秀区委（以下简称“区委”）的领导下'),
 ('qwdcs', 'ORG', '中共竞秀区委督查室', ['区委督查室'], None),
 ('qzf', 'ORG', '竞秀区人民政府', ['区政府'], '区政协与区政府联合召开提案交办会'),
 ('zfb', 'ORG', '竞秀区人民政府办公室', ['区政府办公室'], None),
 ('dcs', 'ORG', '竞秀区人民政府督查室', ['区政府督查室'], None),
 ('rd', 'ORG', '竞秀区人大常委会', ['区人大常委会'], None),
 ('gsl', 'ORG', '竞秀区工商联', ['区工商联'], None),
 ('mm', 'ORG', '民盟竞秀区基层委员会', ['民盟竞秀区基层委员会'], None),
 ('mj', 'ORG', '民进竞秀区基层委员会', ['民进竞秀区基层委员会'], None),
 ('slj', 'ORG', '竞秀区水利局', ['区水利局'], None),
 ('zrj', 'ORG', '竞秀区自然资源和规划局', ['区自然资源和规划局'], None),
 ('jtj', 'ORG', '竞秀区教育和体育局', ['区教育和体育局'], None),
 ('jtys', 'ORG', '竞秀区交通运输局', ['区交通运输局'], None),
 ('zjj', 'ORG', '竞秀区住房和城乡建设局', ['区住房和城乡建设局'], None),
 ('gxj', 'ORG', '竞秀区工业和信息化局', ['区工业和信息化局'], None),
 ('spj', 'ORG', '竞秀区行政审批局', ['区行政审批局'], None),
 ('yjj', 'ORG', '竞秀区应急管理局', ['区应急管理局'], None),
 ('xf', 'ORG', '竞秀区消防救援大队', ['区消防救援大队'], None),
 ('cgj', 'ORG', '竞秀区城市管理综合行政执法局', ['区城市管理综合行政执法局'], None),
 ('gaj', 'ORG', '保定市公安局竞秀分局', ['保定市公安局竞秀分局'], None),
 ('bdzx', 'ORG', '保定市政协', ['保定市政协'], None),
 ('bdrb', 'ORG', '保定日报', ['保定日报'], '与保定日报联合开设“委员说提案”专栏'),
 ('ccw', 'ORG', '长城网', ['长城网'], None),
 # places
 ('jx', 'PLACE', '竞秀区', ['竞秀区', '竞秀'], '政协保定市竞秀区委员会常务委员会关于提案工作情况的报告'),
 ('bd', 'PLACE', '保定市', ['保定市', '保定'], '政协保定市竞秀区委员会常务委员会关于提案工作情况的报告'),
 ('ymq', 'PLACE', '一亩泉河', ['一亩泉河'], '区政协主席郑维国带队视察一亩泉河沿线'),
 ('ymqgc', 'PLACE', '一亩泉河竞秀段生态修复工程', ['一亩泉河竞秀段生态修复工程'], None),
 ('hcbl', 'PLACE', '韩村北路街道', ['韩村北路街道'], None),
 ('ld', 'PLACE', '韩村北路街道滨河绿道', ['韩村北路街道滨河绿道'], None),
 ('djd', 'PLACE', '大激店镇', ['大激店镇'], None),
 ('jc', 'PLACE', '江城乡', ['江城乡'], None),
 ('nq', 'PLACE', '南奇乡', ['南奇乡'], None),
 ('xfjd', 'PLACE', '先锋街道', ['先锋街道'], None),
 ('xsc', 'PLACE', '新市场街道', ['新市场街道'], None),
 ('dfjd', 'PLACE', '东风街道', ['东风街道'], None),
 ('jn', 'PLACE', '建南街道', ['建南街道'], None),
 ('xz', 'PLACE', '颉庄乡', ['颉庄乡'], None),
 ('fc', 'PLACE', '富昌乡', ['富昌乡'], None),
 ('lc', 'PLACE', '莲池区', ['莲池区'], None),
 # persons
 ('hjm', 'PERSON', '韩建民', ['韩建民'], None),
 ('zwg', 'PERSON', '郑维国', ['郑维国'], None),
 ('glx', 'PERSON', '高立新', ['高立新'], None),
 ('lsf', 'PERSON', '李素芬', ['李素芬'], None),
 ('zlp', 'PERSON', '赵丽萍', ['赵丽萍'], None),
 ('sjh', 'PERSON', '孙建华', ['孙建华'], None),
 ('lzy', 'PERSON', '刘志远', ['刘志远'], None),
 ('wxt', 'PERSON', '王晓彤', ['王晓彤'], None),
 ('dzg', 'PERSON', '杜志刚', ['杜志刚'], None),
 # events
 ('ev_hy', 'EVENT', '政协保定市竞秀区第三届委员会第四次会议', ['政协保定市竞秀区第三届委员会第四次会议'], None),
 ('ev_33', 'EVENT', '政协保定市竞秀区第三届委员会第三次会议', ['三届三次会议'], None),
 ('ev_jbh', 'EVENT', '提案交办会', ['提案交办会'], None),
 ('ev_mdm', 'EVENT', '“提案办理面对面”协商会', ['“提案办理面对面”协商会'], None),
 ('ev_zyq', 'EVENT', '“政银企对接会”', ['“政银企对接会”', '政银企对接会'], None),
 ('ev_htk', 'EVENT', '重点提案办理“回头看”', ['重点提案办理“回头看”'], None),
 ('ev_tt', 'EVENT', '“建议提案同题共答”活动', ['“建议提案同题共答”活动'], None),
 ('ev_zj', 'EVENT', '“提案线索征集进社区”活动', ['“提案线索征集进社区”活动'], None),
 ('ev_pxb', 'EVENT', '新任委员提案工作培训班', ['新任委员提案工作培训班'], None),
 ('ev_sxpx', 'EVENT', '全市政协提案工作培训班', ['全市政协提案工作培训班'], None),
 # topics
 ('t_cg', 'TOPIC', '城市更新', ['城市更新'], '组织委员围绕“城市更新”“优化营商环境”等开展调研'),
 ('t_ys', 'TOPIC', '优化营商环境', ['优化营商环境'], None),
 ('t_wy', 'TOPIC', '老旧小区物业管理', ['老旧小区物业管理'], None),
 ('t_gl', 'TOPIC', '农村公路建设和养护', ['农村公路建设和养护'], None),
 ('t_tc', 'TOPIC', '城区停车难治理', ['城区停车难治理'], None),
 ('t_gx', 'TOPIC', '推进城市更新和老旧街区改造', ['推进城市更新和老旧街区改造'], None),
 ('t_jx', 'TOPIC', '京雄保一体化背景下的产业协同', ['京雄保一体化背景下的产业协同'], None),
 # documents
 ('d_xt', 'DOCUMENT', '《2024年度提案参考选题》', ['2024年度提案参考选题'], None),
 ('d_ymq', 'DOCUMENT', '《关于推进一亩泉河生态廊道建设的提案》', ['关于推进一亩泉河生态廊道建设的提案'], None),
 ('d_kh', 'DOCUMENT', '《关于优化中小学课后服务的提案》', ['关于优化中小学课后服务的提案'], None),
 ('d_zxw', 'DOCUMENT', '《关于助力中小微企业纾困发展的提案》', ['关于助力中小微企业纾困发展的提案'], None),
 ('d_khbf', 'DOCUMENT', '《竞秀区政协提案办理工作考核办法》', ['竞秀区政协提案办理工作考核办法'], None),
 ('d_gl', 'DOCUMENT', '《关于加快农村公路提档升级的提案》', ['关于加快农村公路提档升级的提案'], None),
 ('d_yl', 'DOCUMENT', '《关于推进社区居家养老服务的提案》', ['关于推进社区居家养老服务的提案'], None),
 ('d_ddc', 'DOCUMENT', '《关于规范电动自行车停放充电管理的提案》', ['关于规范电动自行车停放充电管理的提案'], None),
 ('d_gz', 'DOCUMENT', '《竞秀区政协提案工作规则》', ['竞秀区政协提案工作规则'], None),
 ('d_xb', 'DOCUMENT', '《竞秀区政协优秀提案选编（2024）》', ['竞秀区政协优秀提案选编（2024）'], None),
 ('d_zx', 'DOCUMENT', '“提案在线”专栏', ['“提案在线”专栏'], None),
 ('d_wys', 'DOCUMENT', '“委员说提案”专栏', ['“委员说提案”专栏'], None),
]

H = '政协保定市竞秀区委员会常务委员会关于提案工作情况的报告'
V_ymq = '区政协主席郑维国带队视察一亩泉河沿线，实地察看一亩泉河竞秀段生态修复工程和韩村北路街道滨河绿道'
V_gl = '区政协提案委员会组织委员赴大激店镇、江城乡、南奇乡察看农村公路建设和养护情况'
V_yl = '区政协副主席赵丽萍领衔督办《关于推进社区居家养老服务的提案》，带领委员走访先锋街道、韩村北路街道'
J_jbh = '区政协与区政府联合召开提案交办会'
J_kh = '区政协提案委员会会同区政府办公室制定《竞秀区政协提案办理工作考核办法》'
J_mdm = '区政协副主席李素芬领衔督办《关于优化中小学课后服务的提案》，召开“提案办理面对面”协商会'
J_zyq = '经区工业和信息化局、区行政审批局共同办理，推动举办“政银企对接会”6场'
J_htk = '区政协提案委员会会同区政府督查室开展重点提案办理“回头看”'
J_tt = '区政协与区人大常委会联合开展“建议提案同题共答”活动，就“城区停车难治理”召开座谈会'
P_tt = '区城市管理综合行政执法局、保定市公安局竞秀分局负责同志参加'
J_zj = '开展“提案线索征集进社区”活动，在颉庄乡、富昌乡、建南街道设立提案线索征集点'
J_dc = '会同区委督查室、区政府督查室开展重点提案联合督办'
R = [
 # containment
 ('zx', 'LOCATED_IN', 'jx', H),
 ('jx', 'LOCATED_IN', 'bd', H),
 ('qw', 'LOCATED_IN', 'jx', '在中共保定市竞秀区委（以下简称“区委”）的领导下'),
 ('bgs', 'LOCATED_IN', 'jx', '主办单位：政协保定市竞秀区委员会办公室'),
 ('mm', 'LOCATED_IN', 'jx', '民盟竞秀区基层委员会提交的《关于推进一亩泉河生态廊道建设的提案》'),
 ('mj', 'LOCATED_IN', 'jx', '民进竞秀区基层委员会提交的《关于优化中小学课后服务的提案》'),
 ('gaj', 'LOCATED_IN', 'jx', P_tt),
 ('bdzx', 'LOCATED_IN', 'bd', '参加保定市政协举办的全市政协提案工作培训班'),
 ('ymqgc', 'LOCATED_IN', 'ymq', '实地察看一亩泉河竞秀段生态修复工程'),
 ('ymqgc', 'LOCATED_IN', 'jx', '实地察看一亩泉河竞秀段生态修复工程'),
 ('ld', 'LOCATED_IN', 'hcbl', '韩村北路街道滨河绿道'),
 ('lc', 'LOCATED_IN', 'bd', '组织委员赴保定市莲池区学习借鉴提案工作经验'),
 ('bdrb', 'LOCATED_IN', 'bd', '保定日报、长城网刊发提案工作报道12篇'),
 # leadership
 ('hjm', 'LEADS', 'zx', '区政协副主席　韩建民'),
 ('zwg', 'LEADS', 'zx', '区政协主席郑维国带队视察一亩泉河沿线'),
 ('glx', 'LEADS', 'qzf', '副区长高立新介绍办理进展'),
 ('lsf', 'LEADS', 'zx', '区政协副主席李素芬领衔督办《关于优化中小学课后服务的提案》'),
 ('zlp', 'LEADS', 'zx', '区政协副主席赵丽萍领衔督办《关于推进社区居家养老服务的提案》'),
 ('sjh', 'LEADS', 'qw', '区委书记孙建华、区长刘志远分别对重点提案办理作出批示'),
 ('lzy', 'LEADS', 'qzf', '区委书记孙建华、区长刘志远分别对重点提案办理作出批示'),
 ('qw', 'LEADS', 'zx', '在中共保定市竞秀区委（以下简称“区委”）的领导下'),
 # 一
 ('taw', 'ISSUES', 'd_xt', '区政协提案委员会发布《2024年度提案参考选题》40条'),
 ('taw', 'ABOUT', 't_cg', '组织委员围绕“城市更新”“优化营商环境”等开展调研'),
 ('taw', 'ABOUT', 't_ys', '组织委员围绕“城市更新”“优化营商环境”等开展调研'),
 ('mm', 'ISSUES', 'd_ymq', '民盟竞秀区基层委员会提交的《关于推进一亩泉河生态廊道建设的提案》'),
 ('mj', 'ISSUES', 'd_kh', '民进竞秀区基层委员会提交的《关于优化中小学课后服务的提案》'),
 ('gsl', 'ISSUES', 'd_zxw', '区工商联提交的《关于助力中小微企业纾困发展的提案》'),
 # 二 (一)
 ('zx', 'COOPERATES_WITH', 'qzf', J_jbh),
 ('zx', 'ORGANIZES', 'ev_jbh', J_jbh),
 ('qzf', 'ORGANIZES', 'ev_jbh', J_jbh),
 ('taw', 'COOPERATES_WITH', 'zfb', J_kh),
 ('taw', 'ISSUES', 'd_khbf', J_kh),
 # (二)
 ('zx', 'VISITS', 'ymq', V_ymq[:20]),
 ('zwg', 'VISITS', 'ymq', V_ymq[:20]),
 ('zx', 'VISITS', 'ymqgc', V_ymq),
 ('zx', 'VISITS', 'ld', V_ymq),
 ('zwg', 'VISITS', 'ymqgc', V_ymq),
 ('zwg', 'VISITS', 'ld', V_ymq),
 ('zx', 'ORGANIZES', 'ev_mdm', J_mdm),
 ('lsf', 'PARTICIPATES_IN', 'ev_mdm', J_mdm),
 ('jtj', 'PARTICIPATES_IN', 'ev_mdm', '召开“提案办理面对面”协商会，区教育和体育局通报办理情况'),
 ('taw', 'VISITS', 'djd', V_gl),
 ('taw', 'VISITS', 'jc', V_gl),
 ('taw', 'VISITS', 'nq', V_gl),
 ('taw', 'ABOUT', 't_gl', V_gl),
 ('zlp', 'VISITS', 'xfjd', V_yl),
 ('zlp', 'VISITS', 'hcbl', V_yl),
 ('zx', 'VISITS', 'xfjd', V_yl),
 ('zx', 'VISITS', 'hcbl', V_yl),
 # (三)
 ('zx', 'ABOUT', 't_wy', '就“老旧小区物业管理”开展提案办理协商4次'),
 ('shf', 'ABOUT', 't_wy', '就“老旧小区物业管理”开展提案办理协商4次，区政协社会和法制委员会与区住房和城乡建设局'),
 ('gxj', 'COOPERATES_WITH', 'spj', J_zyq),
 ('gxj', 'ORGANIZES', 'ev_zyq', J_zyq),
 ('spj', 'ORGANIZES', 'ev_zyq', J_zyq),
 ('taw', 'COOPERATES_WITH', 'dcs', J_htk),
 ('taw', 'ORGANIZES', 'ev_htk', J_htk),
 ('dcs', 'ORGANIZES', 'ev_htk', J_htk),
 # (四)
 ('yjj', 'COOPERATES_WITH', 'xf', '由区应急管理局主办、区消防救援大队协办'),
 ('zx', 'COOPERATES_WITH', 'rd', J_tt),
 ('zx', 'ORGANIZES', 'ev_tt', J_tt),
 ('rd', 'ORGANIZES', 'ev_tt', J_tt),
 ('ev_tt', 'ABOUT', 't_tc', J_tt),
 ('cgj', 'PARTICIPATES_IN', 'ev_tt', P_tt),
 ('gaj', 'PARTICIPATES_IN', 'ev_tt', P_tt),
 # 三
 ('zx', 'ISSUES', 'd_gz', '修订《竞秀区政协提案工作规则》'),
 ('zx', 'ORGANIZES', 'ev_zj', J_zj),
 ('ev_zj', 'HELD_AT', 'xz', J_zj),
 ('ev_zj', 'HELD_AT', 'fc', J_zj),
 ('ev_zj', 'HELD_AT', 'jn', J_zj),
 ('zx', 'ORGANIZES', 'ev_pxb', '举办新任委员提案工作培训班'),
 ('zx', 'VISITS', 'lc', '组织委员赴保定市莲池区学习借鉴提案工作经验'),
 ('bdzx', 'ORGANIZES', 'ev_sxpx', '参加保定市政协举办的全市政协提案工作培训班'),
 ('zx', 'PARTICIPATES_IN', 'ev_sxpx', '参加保定市政协举办的全市政协提案工作培训班'),
 ('zx', 'ISSUES', 'd_zx', '在区政协网站开设“提案在线”专栏'),
 ('zx', 'ISSUES', 'd_wys', '与保定日报联合开设“委员说提案”专栏'),
 ('zx', 'COOPERATES_WITH', 'bdrb', '与保定日报联合开设“委员说提案”专栏'),
 ('zx', 'ISSUES', 'd_xb', '编印《竞秀区政协优秀提案选编（2024）》'),
 # 四
 ('zx', 'ABOUT', 't_gx', '区政协将围绕“推进城市更新和老旧街区改造”“京雄保一体化背景下的产业协同”组织委员开展提案调研'[:60]),
 ('zx', 'ABOUT', 't_jx', '“京雄保一体化背景下的产业协同”组织委员开展提案调研'),
 ('zx', 'COOPERATES_WITH', 'qwdcs', J_dc),
 ('zx', 'COOPERATES_WITH', 'dcs', J_dc),
]

E = fix_e(N, E)
R = fix(N, R)
