N = '04_meijiang_zhengxie_xieshang'
# Short news: a named consultation (第三期“梅江协商汇”专题协商会), a 承办 committee, a joint 调研组 with 民盟,
# bureaus/university/工商联 speaking, and a planned joint 联合调研 with 梅县区政协 along the river 梅江.
E = [
 ('zx', 'ORG', '梅江区政协', ['梅州市梅江区政协', '梅江区政协', '区政协'], None),
 ('bgs', 'ORG', '梅江区政协办公室', ['梅江区政协办公室'], None),
 ('wsw', 'ORG', '梅江区政协文化文史和学习委员会', ['区政协文化文史和学习委员会'], None),
 ('mzzx', 'ORG', '梅州市政协', ['梅州市政协'], None),
 ('qzf', 'ORG', '梅江区人民政府', ['区政府'], None),
 ('qw', 'ORG', '中共梅江区委', ['区委'], '会后形成协商建议报区委、区政府参考'),
 ('mm', 'ORG', '民盟梅江区总支', ['民盟梅江区总支'], None),
 ('wlj', 'ORG', '梅江区文化广电旅游体育局', ['区文化广电旅游体育局'], None),
 ('zrj', 'ORG', '梅江区自然资源局', ['区自然资源局'], None),
 ('jy', 'ORG', '嘉应学院', ['嘉应学院'], None),
 ('kjy', 'ORG', '嘉应学院客家研究院', ['嘉应学院客家研究院'], None),
 ('gsl', 'ORG', '梅江区工商联', ['区工商联'], None),
 ('mxzx', 'ORG', '梅县区政协', ['梅县区政协'], None),
 ('mjq', 'PLACE', '梅江区', ['梅江区'], None),
 ('mz', 'PLACE', '梅州市', ['梅州市'], None),
 ('bwg', 'PLACE', '中国客家博物馆', ['中国客家博物馆'], None),
 ('xy', 'PLACE', '西阳镇', ['西阳镇'], None),
 ('cb', 'PLACE', '城北镇', ['城北镇'], None),
 ('jsjd', 'PLACE', '金山街道', ['金山街道'], None),
 ('mj', 'PLACE', '梅江', ['梅江'], '沿梅江走进长沙镇、三角镇'),
 ('mx', 'PLACE', '梅县区', ['梅县区'], None),
 ('cs', 'PLACE', '长沙镇', ['长沙镇'], None),
 ('sj', 'PLACE', '三角镇', ['三角镇'], None),
 ('nk', 'PLACE', '南口镇', ['南口镇'], None),
 ('qx', 'PLACE', '侨乡村', ['侨乡村'], None),
 ('hzj', 'PERSON', '黄志坚', ['黄志坚'], None),
 ('lwg', 'PERSON', '李伟光', ['李伟光'], None),
 ('zxh', 'PERSON', '钟晓红', ['钟晓红'], None),
 ('gdp', 'PERSON', '古东平', ['古东平'], None),
 ('wzq', 'PERSON', '温志强', ['温志强'], None),
 ('ev', 'EVENT', '第三期“梅江协商汇”专题协商会', ['第三期“梅江协商汇”专题协商会'], None),
 ('ev_dy', 'EVENT', '“梅江流域客家古村落保护”联合调研', ['“梅江流域客家古村落保护”联合调研'], None),
 ('t', 'TOPIC', '客家围龙屋保护与活化利用', ['客家围龙屋保护与活化利用'], None),
 ('t_gj', 'TOPIC', '古建筑修缮', ['古建筑修缮'], None),
 ('t_ms', 'TOPIC', '民宿开发', ['民宿开发'], None),
 ('t_ct', 'TOPIC', '全区传统村落保护', ['全区传统村落保护'], None),
 ('t_ch', 'TOPIC', '历史建筑测绘建档工作', ['历史建筑测绘建档工作'], None),
 ('t_cq', 'TOPIC', '围龙屋产权归集', ['围龙屋产权归集'], None),
 ('t_fy', 'TOPIC', '非遗活态传承', ['非遗活态传承'], None),
 ('t_gcl', 'TOPIC', '梅江流域客家古村落保护', ['梅江流域客家古村落保护'], None),
 ('d', 'DOCUMENT', '《关于推进客家围龙屋保护与活化利用的调研报告》', ['关于推进客家围龙屋保护与活化利用的调研报告'], None),
]
Q = '梅州市梅江区政协召开第三期“梅江协商汇”专题协商会，围绕“客家围龙屋保护与活化利用”建言献策'
J = '区政协文化文史和学习委员会与民盟梅江区总支组成联合调研组，深入西阳镇、城北镇和金山街道'
C = '察看古建筑修缮和民宿开发情况'
T = '区文化广电旅游体育局、区自然资源局分别通报了全区传统村落保护和历史建筑测绘建档工作情况'
S = '嘉应学院客家研究院教授古东平、区工商联副主席温志强以及委员代表先后发言'
A = '围绕“围龙屋产权归集”“非遗活态传承”等提出意见建议'
L = '区政协下一步将联合梅县区政协开展“梅江流域客家古村落保护”联合调研'
V = '沿梅江走进长沙镇、三角镇和梅县区南口镇侨乡村'
R = [
 ('zx', 'LOCATED_IN', 'mjq', '梅州市梅江区政协'), ('mjq', 'LOCATED_IN', 'mz', '梅州市梅江区政协'),
 ('mzzx', 'LOCATED_IN', 'mz', '梅州市政协副主席李伟光'),
 ('mm', 'LOCATED_IN', 'mjq', '民盟梅江区总支'),
 ('mxzx', 'LOCATED_IN', 'mx', '联合梅县区政协'),
 ('nk', 'LOCATED_IN', 'mx', '梅县区南口镇侨乡村'), ('qx', 'LOCATED_IN', 'nk', '梅县区南口镇侨乡村'),
 ('zx', 'ORGANIZES', 'ev', Q), ('wsw', 'ORGANIZES', 'ev', '会议由区政协文化文史和学习委员会承办'),
 ('ev', 'ABOUT', 't', Q), ('zx', 'ABOUT', 't', Q),
 ('ev', 'HELD_AT', 'bwg', '会议在中国客家博物馆举行'),
 ('hzj', 'LEADS', 'zx', '区政协主席黄志坚主持会议'), ('hzj', 'PARTICIPATES_IN', 'ev', '区政协主席黄志坚主持会议'),
 ('lwg', 'LEADS', 'mzzx', '梅州市政协副主席李伟光到会指导'), ('lwg', 'PARTICIPATES_IN', 'ev', '梅州市政协副主席李伟光到会指导'),
 ('zxh', 'LEADS', 'qzf', '钟晓红表示，区政府将认真研究采纳委员建议'),
 ('zxh', 'PARTICIPATES_IN', 'ev', '副区长钟晓红出席并讲话'),
 ('wsw', 'COOPERATES_WITH', 'mm', J),
] + [(w, 'VISITS', p, J) for w in ('wsw', 'mm') for p in ('xy', 'cb', 'jsjd')] + [
 (w, 'ABOUT', t, C) for w in ('wsw', 'mm') for t in ('t_gj', 't_ms')] + [
 ('wsw', 'ISSUES', 'd', '形成《关于推进客家围龙屋保护与活化利用的调研报告》'),
 ('wlj', 'PARTICIPATES_IN', 'ev', T), ('wlj', 'ABOUT', 't_ct', T),
 ('zrj', 'PARTICIPATES_IN', 'ev', T), ('zrj', 'ABOUT', 't_ch', T),
 ('gdp', 'PARTICIPATES_IN', 'ev', S),
 ('wzq', 'LEADS', 'gsl', '区工商联副主席温志强'), ('wzq', 'PARTICIPATES_IN', 'ev', S),
 ('ev', 'ABOUT', 't_cq', A), ('ev', 'ABOUT', 't_fy', A),
 ('zx', 'ORGANIZES', 'ev_dy', L), ('mxzx', 'ORGANIZES', 'ev_dy', L),
 ('zx', 'COOPERATES_WITH', 'mxzx', L),
 ('ev_dy', 'ABOUT', 't_gcl', L), ('t_gcl', 'CONCERNS', 'mj', '梅江流域客家古村落保护'),
] + [(w, 'VISITS', p, V) for w in ('zx', 'mxzx') for p in ('mj', 'cs', 'sj', 'qx')] + [
 ('ev_dy', 'HELD_AT', p, V) for p in ('mj', 'cs', 'sj', 'qx')]
