import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from spec_evidence import fix, fix_e
N = '03_jingmen_ribao_zhengxie_page'
# 荆门日报 page, four items by four kinds of body: 东宝区政协 (item 1), 掇刀区委统战部 + 区工商联 (item 2),
# 京山市政协 + 沙洋县政协 (item 3), 钟祥市政协 (item 4). 区政协/区委/区政府/区文化和旅游局/区农业农村局 occur only in
# item 1, 区工商联/统战部 only in item 2, 市政协/市文化和旅游局 only in item 4; each is resolved in its item.
E = [
 ('jmrb', 'ORG', '荆门日报', ['荆门日报'], None),
 ('dbzx', 'ORG', '东宝区政协', ['东宝区政协', '区政协'], None),
 ('dbqw', 'ORG', '中共东宝区委', ['区委'], '区委副书记魏红出席并讲话'),
 ('dbqzf', 'ORG', '东宝区人民政府', ['区政府'], None),
 ('dbwl', 'ORG', '东宝区文化和旅游局', ['区文化和旅游局'], None),
 ('dbny', 'ORG', '东宝区农业农村局', ['区农业农村局'], None),
 ('ddqw', 'ORG', '中共掇刀区委', ['掇刀区委'], '掇刀区委常委、统战部部长汪海涛带队'),
 ('ddtzb', 'ORG', '中共掇刀区委统战部', ['掇刀区委统战部', '统战部'], None),
 ('ddgsl', 'ORG', '掇刀区工商联', ['区工商联'], None),
 ('nsh', 'ORG', '荆门农村商业银行', ['荆门农村商业银行'], None),
 ('jszx', 'ORG', '京山市政协', ['京山市政协'], None),
 ('syzx', 'ORG', '沙洋县政协', ['沙洋县政协'], None),
 ('zxzx', 'ORG', '钟祥市政协', ['钟祥市政协', '市政协'], None),
 ('zxwl', 'ORG', '钟祥市文化和旅游局', ['市文化和旅游局'], None),
 ('mm', 'ORG', '民盟钟祥市总支', ['民盟钟祥市总支'], None),
 ('mj', 'ORG', '民建钟祥市总支', ['民建钟祥市总支'], None),
 ('jm', 'PLACE', '荆门市', ['荆门'], None),
 ('db', 'PLACE', '东宝区', ['东宝区'], None),
 ('zlp', 'PLACE', '子陵铺镇', ['子陵铺镇'], None),
 ('xl', 'PLACE', '响岭村', ['响岭村', '子陵铺镇响岭村'], None),
 ('xj', 'PLACE', '仙居乡', ['仙居乡'], None),
 ('dd', 'PLACE', '掇刀区', ['掇刀区'], None),
 ('dds', 'PLACE', '掇刀石街道', ['掇刀石街道'], None),
 ('tlp', 'PLACE', '团林铺镇', ['团林铺镇'], None),
 ('js', 'PLACE', '京山市', ['京山市', '京山'], None),
 ('sy', 'PLACE', '沙洋县', ['沙洋县', '沙洋'], None),
 ('sq', 'PLACE', '孙桥镇', ['孙桥镇', '京山市孙桥镇'], None),
 ('gd', 'PLACE', '官垱镇', ['官垱镇', '沙洋县官垱镇'], None),
 ('zx', 'PLACE', '钟祥市', ['钟祥市', '钟祥'], None),
 ('yz', 'PLACE', '郢中街道', ['郢中街道'], None),
 ('mxl', 'PLACE', '明显陵', ['明显陵', '明显陵景区'], None),
 ('hwj', 'PERSON', '黄文杰', ['黄文杰'], None),
 ('zl', 'PERSON', '周蕾', ['周蕾'], None),
 ('zgm', 'PERSON', '郑光明', ['郑光明'], None),
 ('wh', 'PERSON', '魏红', ['魏红'], None),
 ('lym', 'PERSON', '罗一鸣', ['罗一鸣'], None),
 ('wht', 'PERSON', '汪海涛', ['汪海涛'], None),
 ('xgq', 'PERSON', '许国强', ['许国强'], None),
 ('hj', 'PERSON', '何静', ['何静'], None),
 ('lc', 'PERSON', '刘畅', ['刘畅'], None),
 ('cyl', 'PERSON', '陈玉兰', ['陈玉兰'], None),
 ('tzg', 'PERSON', '田志刚', ['田志刚'], '沙洋县政协副主席田'),
 ('xf', 'PERSON', '熊飞', ['熊飞'], None),
 ('djh', 'PERSON', '杜建华', ['杜建华'], None),
 ('gxf', 'PERSON', '郭晓峰', ['郭晓峰'], None),
 ('pl', 'PERSON', '彭丽', ['彭丽'], None),
 ('wm', 'PERSON', '吴敏', ['吴敏'], None),
 ('ev1', 'EVENT', '第二期“象山议事厅”协商会', ['第二期“象山议事厅”协商会', '协商会'], None),
 ('ev2', 'EVENT', '“同心助企·商会行”活动', ['“同心助企·商会行”活动'], None),
 ('ev4', 'EVENT', '“明显陵周边环境整治”专项民主监督', ['“明显陵周边环境整治”专项民主监督'], None),
 ('t_ms', 'TOPIC', '发展乡村特色民宿，激活农文旅融合新动能', ['发展乡村特色民宿，激活农文旅融合新动能', '发展乡村特色民宿'], None),
 ('t_jy', 'TOPIC', '民宿经营', ['民宿经营'], None),
 ('t_rz', 'TOPIC', '民营企业融资难融资贵', ['民营企业融资难融资贵'], None),
 ('t_pp', 'TOPIC', '农产品区域公用品牌建设', ['农产品区域公用品牌建设'], None),
 ('t_cy', 'TOPIC', '京山桥米、沙洋油菜产业发展', ['京山桥米、沙洋油菜产业发展'], None),
 ('t_mxl', 'TOPIC', '明显陵周边环境整治', ['明显陵周边环境整治'], None),
 ('t_wj', 'TOPIC', '周边违建拆除', ['周边违建拆除'], None),
 ('t_yk', 'TOPIC', '游客服务设施建设', ['游客服务设施建设'], None),
 ('d_fa', 'DOCUMENT', '《明显陵周边环境整治专项民主监督工作方案》', ['明显陵周边环境整治专项民主监督工作方案'], None),
]
I1 = '东宝区政协在子陵铺镇举办第二期“象山议事厅”协商会'
I1t = '举办第二期“象山议事厅”协商会，围绕“发展乡村特色民宿，激活农文旅融合新动能”协商建言'
I1v = '委员们走进子陵铺镇响岭村和仙居乡，实地察看民宿经营情况'
I1b = '区文化和旅游局、区农业农村局负责同志现场回应委员提出的问题'
I2 = '掇刀区委统战部联合区工商联开展“同心助企·商会行”活动'
I2v = '开展“同心助企·商会行”活动，走访掇刀石街道、团林铺镇的12家民营企业'
I2t = '聚焦“民营企业融资难融资贵”问题收集诉求'
I3 = '京山市政协与沙洋县政协组成联合调研组，就“农产品区域公用品牌建设”开展调研'
I3v = '先后走进京山市孙桥镇和沙洋县官垱镇，察看京山桥米、沙洋油菜产业发展情况'
I4 = '钟祥市政协召开“明显陵周边环境整治”专项民主监督动员会'
I4p = '民盟钟祥市总支、民建钟祥市总支部分成员参加监督组'
I4v = '监督组赴郢中街道和明显陵景区'
I4t = '察看周边违建拆除和游客服务设施建设情况'
R = [
 ('jmrb', 'LOCATED_IN', 'jm', '荆门日报'),
 ('nsh', 'LOCATED_IN', 'jm', '荆门农村商业银行'),
 # item 1
 ('dbzx', 'LOCATED_IN', 'db', '东宝区政协'),
 ('xl', 'LOCATED_IN', 'zlp', '子陵铺镇响岭村'),
 ('dbzx', 'ORGANIZES', 'ev1', I1),
 ('ev1', 'HELD_AT', 'zlp', I1),
 ('ev1', 'ABOUT', 't_ms', I1t), ('dbzx', 'ABOUT', 't_ms', '围绕“发展乡村特色民宿，激活农文旅融合新动能”协商建言'),
 ('zgm', 'LEADS', 'dbzx', '区政协主席郑光明主持会议'),
 ('zgm', 'PARTICIPATES_IN', 'ev1', '区政协主席郑光明主持会议'),
 ('wh', 'LEADS', 'dbqw', '区委副书记魏红出席并讲话'),
 ('wh', 'PARTICIPATES_IN', 'ev1', '区委副书记魏红出席并讲话'),
 ('dbzx', 'VISITS', 'xl', I1v), ('dbzx', 'VISITS', 'xj', I1v),
 ('dbzx', 'ABOUT', 't_jy', '实地察看民宿经营情况'),
 ('dbwl', 'PARTICIPATES_IN', 'ev1', I1b), ('dbny', 'PARTICIPATES_IN', 'ev1', I1b),
 # item 2
 ('ddtzb', 'LOCATED_IN', 'dd', '掇刀区委统战部'),
 ('ddqw', 'LOCATED_IN', 'dd', '掇刀区委常委'),
 ('ddtzb', 'ORGANIZES', 'ev2', I2), ('ddgsl', 'ORGANIZES', 'ev2', I2),
 ('ddtzb', 'COOPERATES_WITH', 'ddgsl', '掇刀区委统战部联合区工商联'),
 ('ddtzb', 'VISITS', 'dds', I2v), ('ddtzb', 'VISITS', 'tlp', I2v),
 ('ddgsl', 'VISITS', 'dds', I2v), ('ddgsl', 'VISITS', 'tlp', I2v),
 ('ev2', 'HELD_AT', 'dds', I2v), ('ev2', 'HELD_AT', 'tlp', I2v),
 ('ev2', 'ABOUT', 't_rz', I2t), ('ddtzb', 'ABOUT', 't_rz', I2t), ('ddgsl', 'ABOUT', 't_rz', I2t),
 ('wht', 'LEADS', 'ddtzb', '统战部部长汪海涛带队'),
 ('wht', 'PARTICIPATES_IN', 'ev2', '统战部部长汪海涛带队'),
 ('xgq', 'LEADS', 'ddgsl', '区工商联主席许国强参加'),
 ('xgq', 'PARTICIPATES_IN', 'ev2', '区工商联主席许国强参加'),
 ('hj', 'LEADS', 'ddtzb', '统战部副部长何静陪同'),
 ('hj', 'PARTICIPATES_IN', 'ev2', '统战部副部长何静陪同'),
] + [(p, 'VISITS', s, I2v) for p in ('wht', 'xgq', 'hj') for s in ('dds', 'tlp')] + [
 ('ddgsl', 'COOPERATES_WITH', 'nsh', '区工商联与荆门农村商业银行签订银企合作协议'),
 # item 3
 ('jszx', 'LOCATED_IN', 'js', '京山市政协'), ('syzx', 'LOCATED_IN', 'sy', '沙洋县政协'),
 ('sq', 'LOCATED_IN', 'js', '京山市孙桥镇'), ('gd', 'LOCATED_IN', 'sy', '沙洋县官垱镇'),
 ('jszx', 'COOPERATES_WITH', 'syzx', '京山市政协与沙洋县政协组成联合调研组'),
 ('jszx', 'ABOUT', 't_pp', I3), ('syzx', 'ABOUT', 't_pp', I3),
 ('jszx', 'VISITS', 'sq', I3v), ('jszx', 'VISITS', 'gd', I3v),
 ('syzx', 'VISITS', 'sq', I3v), ('syzx', 'VISITS', 'gd', I3v),
 ('jszx', 'ABOUT', 't_cy', I3v), ('syzx', 'ABOUT', 't_cy', I3v),
 ('cyl', 'LEADS', 'jszx', '京山市政协副主席陈玉兰'),
 ('tzg', 'LEADS', 'syzx', '沙洋县政协副主席田志刚参加调研'),
 # item 4
 ('zxzx', 'LOCATED_IN', 'zx', '钟祥市政协'),
 ('mm', 'LOCATED_IN', 'zx', '民盟钟祥市总支'), ('mj', 'LOCATED_IN', 'zx', '民建钟祥市总支'),
 ('zxzx', 'ORGANIZES', 'ev4', I4),
 ('ev4', 'ABOUT', 't_mxl', I4),
 ('t_mxl', 'CONCERNS', 'mxl', '明显陵周边环境整治'),
 ('zxzx', 'ISSUES', 'd_fa', '印发《明显陵周边环境整治专项民主监督工作方案》'),
 ('djh', 'LEADS', 'zxzx', '市政协主席杜建华出席并讲话'),
 ('djh', 'PARTICIPATES_IN', 'ev4', '市政协主席杜建华出席并讲话'),
 ('mm', 'PARTICIPATES_IN', 'ev4', I4p), ('mj', 'PARTICIPATES_IN', 'ev4', I4p),
 ('zxzx', 'VISITS', 'yz', I4v), ('zxzx', 'VISITS', 'mxl', I4v),
 ('mm', 'VISITS', 'yz', I4v), ('mm', 'VISITS', 'mxl', I4v),
 ('mj', 'VISITS', 'yz', I4v), ('mj', 'VISITS', 'mxl', I4v),
 ('ev4', 'HELD_AT', 'yz', I4v), ('ev4', 'HELD_AT', 'mxl', I4v),
 ('ev4', 'ABOUT', 't_wj', I4t), ('ev4', 'ABOUT', 't_yk', I4t),
 ('zxwl', 'PARTICIPATES_IN', 'ev4', '市文化和旅游局负责同志介绍整治进展'),
 ('zxzx', 'SUPERVISES', 'zxwl', '监督组将对市文化和旅游局开展跟踪监督'),
]
E = fix_e(N, E)
R = fix(N, R)
