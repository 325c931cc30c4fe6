import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from spec_evidence import fix, fix_e
N = '03_ningde_ribao_zhengxie_page'
# 宁德日报 政协专刊 page with 4 本报讯 items. 区政协/区委/区政府 occur only in item 1 (蕉城) and are resolved there; 市政协 occurs in
# items 2 (福安) and 4 (福鼎), so it is an alias of neither; 市农业农村局 only in item 2, 市文体和旅游局/市委/市政府 only in item 4.
# Item 2: 围绕“…”开展专题视察 has no quoted event name (not an EVENT, heldout5 05); 坦洋工夫 is a product name (no CONCERNS,
# heldout7). Item 3: 联合调研组 without event name; the 副主席 who 参加调研 get LEADS only (heldout7 03).
# Item 4: “X”专项民主监督 is an EVENT (heldout7 03/07).
E = [
 ('ndrb', 'ORG', '宁德日报', ['宁德日报'], None),
 ('jczx', 'ORG', '蕉城区政协', ['蕉城区政协', '区政协'], None),
 ('ndzx', 'ORG', '宁德市政协', ['宁德市政协'], None),
 ('hyj', 'ORG', '蕉城区海洋与渔业局', ['区海洋与渔业局'], None),
 ('sthj', 'ORG', '宁德市蕉城生态环境局', ['宁德市蕉城生态环境局'], None),
 ('jcqw', 'ORG', '中共蕉城区委', ['区委'], '将形成协商报告报送区委、区政府'),
 ('jcqzf', 'ORG', '蕉城区人民政府', ['区政府'], None),
 ('fazx', 'ORG', '福安市政协', ['福安市政协'], None),
 ('fanyj', 'ORG', '福安市农业农村局', ['市农业农村局'], None),
 ('xpzx', 'ORG', '霞浦县政协', ['霞浦县政协'], None),
 ('zrzx', 'ORG', '柘荣县政协', ['柘荣县政协'], None),
 ('fdzx', 'ORG', '福鼎市政协', ['福鼎市政协'], None),
 ('fdwl', 'ORG', '福鼎市文体和旅游局', ['市文体和旅游局'], None),
 ('mj', 'ORG', '民进福鼎市总支', ['民进福鼎市总支'], None),
 ('fdsw', 'ORG', '中共福鼎市委', ['市委'], '形成监督报告报送市委、市政府'),
 ('fdzf', 'ORG', '福鼎市人民政府', ['市政府'], '形成监督报告报送市委、市政府'),
 ('nd', 'PLACE', '宁德市', ['宁德市'], None),
 ('jc', 'PLACE', '蕉城区', ['蕉城区'], None),
 ('sda', 'PLACE', '三都澳', ['三都澳'], None),
 ('sdz', 'PLACE', '三都镇', ['三都镇'], None),
 ('zwz', 'PLACE', '漳湾镇', ['漳湾镇'], None),
 ('fa', 'PLACE', '福安市', ['福安市'], None),
 ('skz', 'PLACE', '社口镇', ['社口镇'], None),
 ('tyc', 'PLACE', '坦洋村', ['坦洋村', '社口镇坦洋村'], None),
 ('myz', 'PLACE', '穆阳镇', ['穆阳镇'], None),
 ('xp', 'PLACE', '霞浦县', ['霞浦县', '霞浦'], '霞浦县政协与柘荣县政协组成联合调研组'),
 ('zr', 'PLACE', '柘荣县', ['柘荣县', '柘荣'], '霞浦县政协与柘荣县政协组成联合调研组'),
 ('ssz', 'PLACE', '三沙镇', ['三沙镇'], None),
 ('cjx', 'PLACE', '城郊乡', ['城郊乡'], None),
 ('fd', 'PLACE', '福鼎市', ['福鼎市'], None),
 ('tls', 'PLACE', '太姥山景区', ['太姥山景区'], None),
 ('ysd', 'PLACE', '嵛山岛', ['嵛山岛'], None),
 ('wsh', 'PERSON', '吴少华', ['吴少华'], None),
 ('zt', 'PERSON', '郑婷', ['郑婷'], None),
 ('lx', 'PERSON', '林晓', ['林晓'], None),
 ('clp', 'PERSON', '陈丽萍', ['陈丽萍'], None),
 ('hm', 'PERSON', '黄敏', ['黄敏'], None),
 ('gzq', 'PERSON', '郭志强', ['郭志强'], None),
 ('cyl', 'PERSON', '蔡玉兰', ['蔡玉兰'], None),
 ('sxy', 'PERSON', '施晓燕', ['施晓燕'], None),
 ('hjm', 'PERSON', '黄建明', ['黄建明'], None),
 ('llh', 'PERSON', '林丽华', ['林丽华'], None),
 ('yq', 'PERSON', '叶清', ['叶清'], None),
 ('cw', 'PERSON', '陈伟', ['陈伟'], None),
 ('zxy', 'PERSON', '郑秀英', ['郑秀英'], None),
 ('lmh', 'PERSON', '雷明华', ['雷明华'], None),
 ('yzj', 'PERSON', '袁志坚', ['袁志坚'], None),
 ('wjp', 'PERSON', '王建平', ['王建平'], None),
 ('ev1', 'EVENT', '第二期“蕉城同心汇”协商议事会', ['第二期“蕉城同心汇”协商议事会'], None),
 ('ev4', 'EVENT', '“太姥山景区服务质量提升”专项民主监督', ['“太姥山景区服务质量提升”专项民主监督'], None),
 ('t1', 'TOPIC', '三都澳海上养殖转型升级', ['三都澳海上养殖转型升级'], None),
 ('t_qz', 'TOPIC', '养殖清理整治', ['养殖清理整治'], None),
 ('t_sz', 'TOPIC', '海域水质监测', ['海域水质监测'], None),
 ('t_pt', 'TOPIC', '深远海养殖平台', ['深远海养殖平台'], None),
 ('t_yp', 'TOPIC', '渔排改造', ['渔排改造'], None),
 ('t2', 'TOPIC', '坦洋工夫茶产业高质量发展', ['坦洋工夫茶产业高质量发展'], None),
 ('t_st', 'TOPIC', '茶园生态化改造', ['茶园生态化改造'], None),
 ('t_pp', 'TOPIC', '品牌建设', ['品牌建设'], None),
 ('t_sq', 'TOPIC', '“坦洋工夫”品牌授权使用', ['“坦洋工夫”品牌授权使用'], None),
 ('t3', 'TOPIC', '太子参与海产品产销对接', ['太子参与海产品产销对接'], None),
 ('t4', 'TOPIC', '太姥山景区服务质量提升', ['太姥山景区服务质量提升'], None),
 ('d_fa', 'DOCUMENT', '《福鼎市政协太姥山景区服务质量提升专项民主监督工作方案》', ['福鼎市政协太姥山景区服务质量提升专项民主监督工作方案'], None),
]
Q1 = '蕉城区政协举办第二期“蕉城同心汇”协商议事会，围绕“三都澳海上养殖转型升级”协商议政'
I1 = '区海洋与渔业局、宁德市蕉城生态环境局负责同志介绍了养殖清理整治和海域水质监测情况'
V1 = '区政协组织委员赴三都镇、漳湾镇实地察看深远海养殖平台和渔排改造情况'
Q2 = '福安市政协围绕“坦洋工夫茶产业高质量发展”开展专题视察，先后走进社口镇坦洋村、穆阳镇的茶企和茶园'
L2 = '市政协主席陈伟带队，市政协副主席郑秀英参加视察'
Q3 = '霞浦县政协与柘荣县政协组成联合调研组，就“太子参与海产品产销对接”开展调研，深入霞浦县三沙镇和柘荣县城郊乡走访合作社12家'
L3 = '霞浦县政协副主席雷明华、柘荣县政协副主席袁志坚参加调研'
Q4 = '福鼎市政协启动“太姥山景区服务质量提升”专项民主监督'
V4 = '市政协副主席王建平带队赴太姥山景区、嵛山岛察看游客服务中心和码头设施'
R = [
 ('ndrb', 'LOCATED_IN', 'nd', '宁德日报'),
 ('jczx', 'LOCATED_IN', 'jc', '蕉城区政协'), ('ndzx', 'LOCATED_IN', 'nd', '宁德市政协副主席林丽华出席'),
 ('sthj', 'LOCATED_IN', 'jc', '宁德市蕉城生态环境局'), ('jc', 'LOCATED_IN', 'nd', '宁德市蕉城生态环境局'),
 ('jczx', 'ORGANIZES', 'ev1', Q1), ('ev1', 'ABOUT', 't1', Q1), ('jczx', 'ABOUT', 't1', Q1),
 ('t1', 'CONCERNS', 'sda', '三都澳海上养殖转型升级'),
 ('hjm', 'LEADS', 'jczx', '区政协主席黄建明主持会议'), ('hjm', 'PARTICIPATES_IN', 'ev1', '区政协主席黄建明主持会议'),
 ('llh', 'LEADS', 'ndzx', '宁德市政协副主席林丽华出席'), ('llh', 'PARTICIPATES_IN', 'ev1', '宁德市政协副主席林丽华出席'),
 ('hyj', 'PARTICIPATES_IN', 'ev1', I1), ('sthj', 'PARTICIPATES_IN', 'ev1', I1),
 ('hyj', 'ABOUT', 't_qz', I1), ('hyj', 'ABOUT', 't_sz', I1), ('sthj', 'ABOUT', 't_qz', I1), ('sthj', 'ABOUT', 't_sz', I1),
 ('jczx', 'VISITS', 'sdz', V1), ('jczx', 'VISITS', 'zwz', V1),
 ('jczx', 'ABOUT', 't_pt', V1), ('jczx', 'ABOUT', 't_yp', V1),
 ('yq', 'LEADS', 'jczx', '区政协副主席叶清参加活动'), ('yq', 'PARTICIPATES_IN', 'ev1', '区政协副主席叶清参加活动'),
 # item 2
 ('fazx', 'LOCATED_IN', 'fa', '福安市政协'), ('tyc', 'LOCATED_IN', 'skz', '社口镇坦洋村'),
 ('fazx', 'ABOUT', 't2', Q2),
 ('fazx', 'VISITS', 'tyc', Q2), ('fazx', 'VISITS', 'myz', Q2),
 ('cw', 'LEADS', 'fazx', L2), ('zxy', 'LEADS', 'fazx', L2),
 ('cw', 'VISITS', 'tyc', L2), ('cw', 'VISITS', 'myz', L2), ('zxy', 'VISITS', 'tyc', L2), ('zxy', 'VISITS', 'myz', L2),
 ('fazx', 'ABOUT', 't_st', '察看茶园生态化改造和品牌建设情况'), ('fazx', 'ABOUT', 't_pp', '察看茶园生态化改造和品牌建设情况'),
 ('fazx', 'ABOUT', 't_sq', '了解“坦洋工夫”品牌授权使用中存在的问题'),
 # item 3
 ('xpzx', 'LOCATED_IN', 'xp', '霞浦县政协'), ('zrzx', 'LOCATED_IN', 'zr', '柘荣县政协'),
 ('ssz', 'LOCATED_IN', 'xp', Q3), ('cjx', 'LOCATED_IN', 'zr', Q3),
 ('xpzx', 'COOPERATES_WITH', 'zrzx', Q3),
 ('xpzx', 'ABOUT', 't3', Q3), ('zrzx', 'ABOUT', 't3', Q3),
 ('xpzx', 'VISITS', 'ssz', Q3), ('xpzx', 'VISITS', 'cjx', Q3), ('zrzx', 'VISITS', 'ssz', Q3), ('zrzx', 'VISITS', 'cjx', Q3),
 ('lmh', 'LEADS', 'xpzx', L3), ('yzj', 'LEADS', 'zrzx', L3),
 # item 4
 ('fdzx', 'LOCATED_IN', 'fd', '福鼎市政协'), ('mj', 'LOCATED_IN', 'fd', '民进福鼎市总支'),
 ('fdzx', 'ORGANIZES', 'ev4', Q4), ('ev4', 'ABOUT', 't4', Q4),
 ('t4', 'CONCERNS', 'tls', '太姥山景区服务质量提升'),
 ('fdzx', 'ISSUES', 'd_fa', '印发《福鼎市政协太姥山景区服务质量提升专项民主监督工作方案》'),
 ('wjp', 'LEADS', 'fdzx', V4), ('wjp', 'PARTICIPATES_IN', 'ev4', V4),
 ('wjp', 'VISITS', 'tls', V4), ('wjp', 'VISITS', 'ysd', V4), ('fdzx', 'VISITS', 'tls', V4), ('fdzx', 'VISITS', 'ysd', V4),
 ('ev4', 'HELD_AT', 'tls', V4), ('ev4', 'HELD_AT', 'ysd', V4),
 ('fdzx', 'SUPERVISES', 'fdwl', '对市文体和旅游局开展监督'),
 ('mj', 'PARTICIPATES_IN', 'ev4', '市政协将邀请民进福鼎市总支委员参与监督'),
]
E = fix_e(N, E)
R = fix(N, R)
