N = '04_yicheng_zhengxie_xieshang'
# “天中议事厅” (the series, 打造 by the 区政协, with its earlier topics) is an EVENT of its own, beside this session.
# The 《驿城政协协商要报》 is only the form the results are sent in (以《…》形式报送): no ISSUES (dev6).
# 黄淮学院's expert speaks at the meeting: the college takes part (heldout5/6 04).
E = [
 ('zx', 'ORG', '驿城区政协', ['驿城区政协', '驻马店市驿城区政协', '区政协'], None),
 ('dz', 'ORG', '驿城区政协党组', ['区政协党组'], None),
 ('bgs', 'ORG', '驿城区政协办公室', ['驿城区政协办公室'], None),
 ('jjw', 'ORG', '驿城区政协经济委员会', ['区政协经济委员会'], None),
 ('mm', 'ORG', '民盟驿城区总支', ['民盟驿城区总支'], None),
 ('zmdjjw', 'ORG', '驻马店市政协经济委员会', ['驻马店市政协经济委员会'], None),
 ('qw', 'ORG', '中共驿城区委', ['区委'], '报送区委、区政府'),
 ('qzf', 'ORG', '驿城区人民政府', ['区政府'], None),
 ('wlj', 'ORG', '驿城区文化广电和旅游局', ['区文化广电和旅游局'], None),
 ('nyj', 'ORG', '驿城区农业农村局', ['区农业农村局'], None),
 ('jtj', 'ORG', '驿城区交通运输局', ['区交通运输局'], None),
 ('gsl', 'ORG', '驿城区工商联', ['区工商联'], None),
 ('hhxy', 'ORG', '黄淮学院', ['黄淮学院'], None),
 ('yc', 'PLACE', '驿城区', ['驿城区'], None),
 ('zmd', 'PLACE', '驻马店市', ['驻马店市'], None),
 ('bqsk', 'PLACE', '板桥水库', ['板桥水库'], None),
 ('bqz', 'PLACE', '板桥镇', ['板桥镇'], None),
 ('shd', 'PLACE', '沙河店镇', ['沙河店镇'], None),
 ('lls', 'PLACE', '老乐山风景区', ['老乐山风景区'], None),
 ('ljh', 'PLACE', '练江河', ['练江河'], None),
 ('yzh', 'PERSON', '杨振华', ['杨振华'], None),
 ('sln', 'PERSON', '孙丽娜', ['孙丽娜'], None),
 ('mgd', 'PERSON', '马国栋', ['马国栋'], None),
 ('gxy', 'PERSON', '郭晓燕', ['郭晓燕'], None),
 ('hjj', 'PERSON', '何建军', ['何建军'], None),
 ('ev', 'EVENT', '第四期“天中议事厅”专题协商会', ['第四期“天中议事厅”专题协商会', '“天中议事厅”专题协商会', '本次协商会'], None),
 ('ev_tz', 'EVENT', '“天中议事厅”', ['“天中议事厅”'], '据悉，“天中议事厅”是驿城区政协打造的协商议事品牌'),
 ('ev_zh', 'EVENT', '“协商成果转化年”活动', ['“协商成果转化年”活动'], None),
 ('t_bq', 'TOPIC', '推动板桥水库库区乡村旅游高质量发展', ['推动板桥水库库区乡村旅游高质量发展'], '围绕“推动板桥水库库区乡村旅游高质量发展”协商议政'),
 ('t_jt', 'TOPIC', '库区旅游交通环线建设', ['库区旅游交通环线建设'], None),
 ('t_ms', 'TOPIC', '民宿标准化管理', ['民宿标准化管理'], None),
 ('t_pp', 'TOPIC', '特色农产品品牌打造', ['特色农产品品牌打造'], None),
 ('t_lj', 'TOPIC', '中心城区老旧小区改造', ['中心城区老旧小区改造'], None),
 ('t_ljh', 'TOPIC', '练江河生态廊道建设', ['练江河生态廊道建设'], None),
 ('d_bg', 'DOCUMENT', '《关于推动板桥水库库区乡村旅游高质量发展的调研报告》', ['关于推动板桥水库库区乡村旅游高质量发展的调研报告'], None),
 ('d_yb', 'DOCUMENT', '《驿城政协协商要报》', ['驿城政协协商要报'], None),
]
Q = '驻马店市驿城区政协召开第四期“天中议事厅”专题协商会'
L = '区政协党组书记、主席杨振华主持会议'
P = '区政协副主席马国栋、郭晓燕，驻马店市政协经济委员会副主任何建军应邀出席'
J = '区政协经济委员会与民盟驿城区总支组成联合调研组'
V = '先后赴板桥镇、沙河店镇和老乐山风景区'
A = '围绕库区旅游交通环线建设、民宿标准化管理、“板桥水库鱼”等特色农产品品牌打造等提出意见建议'
B = '区文化广电和旅游局、区农业农村局、区交通运输局负责同志现场作答'
S = '黄淮学院旅游管理专业专家、区工商联负责同志作交流发言'
T = '今年已围绕“中心城区老旧小区改造”“练江河生态廊道建设”等议题开展协商3期'
R = [
 ('zx', 'LOCATED_IN', 'yc', Q), ('yc', 'LOCATED_IN', 'zmd', Q),
 ('zmdjjw', 'LOCATED_IN', 'zmd', P),
 ('mm', 'LOCATED_IN', 'yc', J),
 ('bqsk', 'LOCATED_IN', 'bqz', '板桥水库'),
 ('zx', 'ORGANIZES', 'ev', Q),
 ('jjw', 'ORGANIZES', 'ev', '本次协商会由区政协经济委员会承办'),
 ('ev', 'ABOUT', 't_bq', '专题协商会，围绕“推动板桥水库库区乡村旅游高质量发展”协商议政'),
 ('t_bq', 'CONCERNS', 'bqsk', '推动板桥水库库区乡村旅游高质量发展'),
 ('yzh', 'LEADS', 'zx', L), ('yzh', 'LEADS', 'dz', L),
 ('yzh', 'PARTICIPATES_IN', 'ev', L),
 ('sln', 'LEADS', 'qzf', '孙丽娜表示，区政府将认真研究吸纳委员意见建议'),
 ('sln', 'PARTICIPATES_IN', 'ev', '副区长孙丽娜到会听取意见'),
 ('mgd', 'LEADS', 'zx', '区政协副主席马国栋、郭晓燕'),
 ('gxy', 'LEADS', 'zx', '区政协副主席马国栋、郭晓燕'),
 ('mgd', 'PARTICIPATES_IN', 'ev', P), ('gxy', 'PARTICIPATES_IN', 'ev', P),
 ('hjj', 'LEADS', 'zmdjjw', '驻马店市政协经济委员会副主任何建军应邀出席'),
 ('hjj', 'PARTICIPATES_IN', 'ev', '驻马店市政协经济委员会副主任何建军应邀出席'),
 ('zmdjjw', 'PARTICIPATES_IN', 'ev', '驻马店市政协经济委员会副主任何建军应邀出席'),
 ('jjw', 'COOPERATES_WITH', 'mm', J),
] + [(w, 'VISITS', p, V) for w in ('jjw', 'mm') for p in ('bqz', 'shd', 'lls')] + [
 ('jjw', 'ISSUES', 'd_bg', '形成了《关于推动板桥水库库区乡村旅游高质量发展的调研报告》'),
 ('ev', 'ABOUT', 't_jt', A), ('ev', 'ABOUT', 't_ms', A), ('ev', 'ABOUT', 't_pp', A),
 ('wlj', 'PARTICIPATES_IN', 'ev', B), ('nyj', 'PARTICIPATES_IN', 'ev', B), ('jtj', 'PARTICIPATES_IN', 'ev', B),
 ('hhxy', 'PARTICIPATES_IN', 'ev', S), ('gsl', 'PARTICIPATES_IN', 'ev', S),
 ('zx', 'ORGANIZES', 'ev_tz', '“天中议事厅”是驿城区政协打造的协商议事品牌'),
 ('ev_tz', 'ABOUT', 't_lj', T), ('ev_tz', 'ABOUT', 't_ljh', T),
 ('t_ljh', 'CONCERNS', 'ljh', '练江河生态廊道建设'),
]
