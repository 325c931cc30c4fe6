import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from spec_evidence import fix, fix_e
N = '03_sanming_ribao_zhengxie_page'
# 三明日报 page with 4 items. 区政协 means 三元区政协 (item 1) and 沙县区政协 (item 2): an alias of neither.
# 区林业局/区文体旅游局 occur only in the 三元 item, 区商务局/区市场监督管理局 only in the 沙县 item,
# 县文体旅游局 and 县政协 only in the 泰宁 item; they are resolved there.
# 沙县小吃 is a product name: the topic gets no CONCERNS (as 01 金华火腿).
# Item 2 and item 3 have no quoted event name (专题视察 / 联合调研): not EVENTs; item 4 “…”专项民主监督 is one.
E = [
 ('smrb', 'ORG', '三明日报', ['三明日报'], None),
 ('syzx', 'ORG', '三元区政协', ['三元区政协'], '11月20日，三元区政协召开第三期“三元同心议事会”'),
 ('sxzx', 'ORG', '沙县区政协', ['沙县区政协'], None),
 ('yazx', 'ORG', '永安市政协', ['永安市政协'], None),
 ('qlzx', 'ORG', '清流县政协', ['清流县政协'], None),
 ('tnzx', 'ORG', '泰宁县政协', ['泰宁县政协', '县政协'], '泰宁县政协开展大金湖流域民主监督'),
 ('smzx', 'ORG', '三明市政协', ['三明市政协'], None),
 ('syrzh', 'ORG', '三元区政协人口资源环境委员会', ['区政协人口资源环境委员会'], None),
 ('sylyj', 'ORG', '三元区林业局', ['区林业局'], None),
 ('sywt', 'ORG', '三元区文体旅游局', ['区文体旅游局'], None),
 ('sxsw', 'ORG', '沙县区商务局', ['区商务局'], None),
 ('sxsc', 'ORG', '沙县区市场监督管理局', ['区市场监督管理局'], None),
 ('tnwt', 'ORG', '泰宁县文体旅游局', ['县文体旅游局'], None),
 ('sm', 'PLACE', '三明市', ['三明市', '三明'], '三明日报'),
 ('sy', 'PLACE', '三元区', ['三元区', '三元'], None),
 ('sx', 'PLACE', '沙县区', ['沙县区', '沙县'], None),
 ('ya', 'PLACE', '永安市', ['永安市', '永安'], None),
 ('ql', 'PLACE', '清流县', ['清流县', '清流'], None),
 ('tn', 'PLACE', '泰宁县', ['泰宁县', '泰宁'], None),
 ('gsk', 'PLACE', '格氏栲国家森林公园', ['格氏栲国家森林公园'], None),
 ('xk', 'PLACE', '莘口镇', ['莘口镇'], None),
 ('whc', 'PLACE', '沙县小吃文化城', ['沙县小吃文化城'], None),
 ('xm', 'PLACE', '夏茂镇', ['夏茂镇'], None),
 ('yb', 'PLACE', '俞邦村', ['俞邦村', '夏茂镇俞邦村'], None),
 ('jlx', 'PLACE', '九龙溪', ['九龙溪'], None),
 ('lj', 'PLACE', '龙津镇', ['龙津镇', '清流县龙津镇'], None),
 ('gc', 'PLACE', '贡川镇', ['贡川镇', '永安市贡川镇'], None),
 ('djh', 'PLACE', '大金湖', ['大金湖'], '先后来到大金湖、上清溪景区和杉城镇察看'),
 ('sqx', 'PLACE', '上清溪景区', ['上清溪景区'], None),
 ('sc', 'PLACE', '杉城镇', ['杉城镇'], None),
 ('hqp', 'PERSON', '黄秋萍', ['黄秋萍'], None),
 ('lkx', 'PERSON', '林可欣', ['林可欣'], None),
 ('zt', 'PERSON', '郑涛', ['郑涛'], None),
 ('cyl', 'PERSON', '陈雅琳', ['陈雅琳'], None),
 ('lzb', 'PERSON', '罗志斌', ['罗志斌'], None),
 ('wlf', 'PERSON', '吴丽芳', ['吴丽芳'], None),
 ('dxb', 'PERSON', '邓晓彬', ['邓晓彬'], None),
 ('wcq', 'PERSON', '魏长青', ['魏长青'], None),
 ('zyh', 'PERSON', '詹永红', ['詹永红'], None),
 ('wcl', 'PERSON', '巫春兰', ['巫春兰'], None),
 ('xmt', 'PERSON', '肖梦婷', ['肖梦婷'], None),
 ('ljp', 'PERSON', '李建平', ['李建平'], None),
 ('ev1', 'EVENT', '第三期“三元同心议事会”', ['第三期“三元同心议事会”', '“三元同心议事会”'], None),
 ('ev4', 'EVENT', '“大金湖流域生态保护”专项民主监督', ['“大金湖流域生态保护”专项民主监督'], None),
 ('t1', 'TOPIC', '格氏栲国家森林公园周边生态旅游提质', ['格氏栲国家森林公园周边生态旅游提质'], None),
 ('t2', 'TOPIC', '沙县小吃产业高质量发展', ['沙县小吃产业高质量发展'], None),
 ('t_cyy', 'TOPIC', '小吃产业园建设', ['小吃产业园建设'], None),
 ('t_px', 'TOPIC', '小吃技能培训', ['小吃技能培训'], None),
 ('t3', 'TOPIC', '九龙溪流域生态保护协同机制', ['九龙溪流域生态保护协同机制'], None),
 ('t_xf', 'TOPIC', '水生态修复', ['水生态修复'], None),
 ('t_ax', 'TOPIC', '岸线整治', ['岸线整治'], None),
 ('t4', 'TOPIC', '大金湖流域生态保护', ['大金湖流域生态保护'], None),
 ('t_sz', 'TOPIC', '水质保护', ['水质保护'], None),
 ('t_yc', 'TOPIC', '游船管理', ['游船管理'], None),
 ('d_bg', 'DOCUMENT', '《九龙溪流域生态保护协同机制调研报告》', ['九龙溪流域生态保护协同机制调研报告'], None),
 ('d_fa', 'DOCUMENT', '《泰宁县政协2024年专项民主监督工作方案》', ['泰宁县政协2024年专项民主监督工作方案'], None),
]
Q1 = '三元区政协召开第三期“三元同心议事会”，围绕“格氏栲国家森林公园周边生态旅游提质”开展协商'
V1 = '区政协人口资源环境委员会组织委员赴莘口镇、格氏栲国家森林公园实地调研'
P1 = '区林业局、区文体旅游局负责同志通报相关工作'
V2 = '视察组先后走进沙县小吃文化城、夏茂镇俞邦村，察看小吃产业园建设和小吃技能培训情况'
J3 = '永安市政协与清流县政协组成联合调研组，就“九龙溪流域生态保护协同机制”开展调研'
V3 = '调研组走进清流县龙津镇和永安市贡川镇，沿九龙溪察看水生态修复和岸线整治情况'
Q4 = '县政协副主席李建平带领泰宁县政协部分委员对县文体旅游局开展“大金湖流域生态保护”专项民主监督'
V4 = '先后来到大金湖、上清溪景区和杉城镇察看水质保护和游船管理情况'
R = [
 ('smrb', 'LOCATED_IN', 'sm', '三明日报'),
 ('syzx', 'LOCATED_IN', 'sy', Q1), ('sxzx', 'LOCATED_IN', 'sx', '沙县区政协组织委员围绕'),
 ('yazx', 'LOCATED_IN', 'ya', J3), ('qlzx', 'LOCATED_IN', 'ql', J3),
 ('tnzx', 'LOCATED_IN', 'tn', Q4), ('smzx', 'LOCATED_IN', 'sm', '报送三明市政协'),
 ('yb', 'LOCATED_IN', 'xm', V2), ('whc', 'LOCATED_IN', 'sx', '沙县小吃文化城'),
 ('lj', 'LOCATED_IN', 'ql', V3), ('gc', 'LOCATED_IN', 'ya', V3),
 # item 1
 ('syzx', 'ORGANIZES', 'ev1', Q1),
 ('ev1', 'ABOUT', 't1', Q1),
 ('t1', 'CONCERNS', 'gsk', '格氏栲国家森林公园周边生态旅游提质'),
 ('lzb', 'LEADS', 'syzx', '区政协主席罗志斌出席'), ('lzb', 'PARTICIPATES_IN', 'ev1', '区政协主席罗志斌出席'),
 ('wlf', 'LEADS', 'syzx', '副主席吴丽芳主持'), ('wlf', 'PARTICIPATES_IN', 'ev1', '副主席吴丽芳主持'),
 ('syrzh', 'VISITS', 'xk', V1), ('syrzh', 'VISITS', 'gsk', V1),
 ('sylyj', 'PARTICIPATES_IN', 'ev1', P1), ('sywt', 'PARTICIPATES_IN', 'ev1', P1),
 # item 2
 ('sxzx', 'ABOUT', 't2', '沙县区政协组织委员围绕“沙县小吃产业高质量发展”开展专题视察'),
 ('wcq', 'LEADS', 'sxzx', '区政协主席魏长青带队'),
 ('sxzx', 'VISITS', 'whc', V2), ('sxzx', 'VISITS', 'yb', V2),
 ('wcq', 'VISITS', 'whc', V2), ('wcq', 'VISITS', 'yb', V2),
 ('sxzx', 'ABOUT', 't_cyy', V2), ('sxzx', 'ABOUT', 't_px', V2),
 # item 3
 ('yazx', 'COOPERATES_WITH', 'qlzx', J3),
 ('yazx', 'ABOUT', 't3', J3), ('qlzx', 'ABOUT', 't3', J3),
 ('t3', 'CONCERNS', 'jlx', '九龙溪流域生态保护协同机制'),
 ('yazx', 'VISITS', 'lj', V3), ('yazx', 'VISITS', 'gc', V3), ('yazx', 'VISITS', 'jlx', V3),
 ('qlzx', 'VISITS', 'lj', V3), ('qlzx', 'VISITS', 'gc', V3), ('qlzx', 'VISITS', 'jlx', V3),
 ('yazx', 'ABOUT', 't_xf', V3), ('yazx', 'ABOUT', 't_ax', V3),
 ('qlzx', 'ABOUT', 't_xf', V3), ('qlzx', 'ABOUT', 't_ax', V3),
 ('zyh', 'LEADS', 'yazx', '永安市政协副主席詹永红'),
 ('wcl', 'LEADS', 'qlzx', '清流县政协副主席巫春兰参加调研'),
 ('yazx', 'ISSUES', 'd_bg', '两地政协将联合形成《九龙溪流域生态保护协同机制调研报告》'),
 # item 4
 ('ljp', 'LEADS', 'tnzx', '县政协副主席李建平带领泰宁县政协部分委员'),
 ('tnzx', 'ORGANIZES', 'ev4', Q4),
 ('ljp', 'PARTICIPATES_IN', 'ev4', Q4),
 ('tnzx', 'SUPERVISES', 'tnwt', Q4),
 ('ev4', 'ABOUT', 't4', '“大金湖流域生态保护”专项民主监督'),
 ('t4', 'CONCERNS', 'djh', '大金湖流域生态保护'),
 ('tnzx', 'VISITS', 'djh', V4), ('tnzx', 'VISITS', 'sqx', V4), ('tnzx', 'VISITS', 'sc', V4),
 ('ljp', 'VISITS', 'djh', V4), ('ljp', 'VISITS', 'sqx', V4), ('ljp', 'VISITS', 'sc', V4),
 ('ev4', 'HELD_AT', 'djh', V4), ('ev4', 'HELD_AT', 'sqx', V4), ('ev4', 'HELD_AT', 'sc', V4),
 ('tnzx', 'ABOUT', 't_sz', V4), ('tnzx', 'ABOUT', 't_yc', V4),
 ('tnzx', 'ISSUES', 'd_fa', '并印发《泰宁县政协2024年专项民主监督工作方案》'),
]
E = fix_e(N, E)
R = fix(N, R)
