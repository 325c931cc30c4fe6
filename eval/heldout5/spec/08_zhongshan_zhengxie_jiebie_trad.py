# drafted in simplified characters (src/08_simp.txt); aliases/evidence mapped to the traditional text by trad()
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from spec_evidence import trad
N = '08_zhongshan_zhengxie_jiebie_trad'

E = [
 ('zx', 'ORG', '钟山区政协', ['钟山区政协', '六盘水市钟山区政协', '区政协'], None),
 ('gzs', 'ORG', '“荷城议事”委员工作室', ['「荷城议事」委员工作室'], None),
 ('shf', 'ORG', '钟山区政协社会和法制委员会', ['区政协社会和法制委员会'], None),
 ('zjj', 'ORG', '钟山区住房和城乡建设局', ['区住房和城乡建设局'], None),
 ('bsc', 'ORG', '荷泉街道办事处', ['荷泉街道办事处'], None),
 ('qw', 'ORG', '中共钟山区委', ['区委'], '报送区委、区政府参考'),
 ('qzf', 'ORG', '钟山区人民政府', ['区政府'], '报送区委、区政府参考'),
 ('zs', 'PLACE', '钟山区', ['钟山区'], None),
 ('lps', 'PLACE', '六盘水市', ['六盘水市'], None),
 ('hq', 'PLACE', '荷泉街道', ['荷泉街道'], None),
 ('hqsq', 'PLACE', '红桥社区', ['红桥社区'], None),
 ('htp', 'PLACE', '黄土坡街道', ['黄土坡街道'], None),
 ('mhsq', 'PLACE', '明湖社区', ['明湖社区'], None),
 ('lxf', 'PERSON', '龙晓菲', ['龙晓菲'], None),
 ('ygr', 'PERSON', '杨光荣', ['杨光荣'], None),
 ('wm', 'PERSON', '吴敏', ['吴敏'], None),
 ('cl', 'PERSON', '陈露', ['陈露'], None),
 ('ev', 'EVENT', '“加装电梯·幸福上楼”界别协商活动', ['「加装电梯·幸福上楼」界别协商活动'], None),
 ('t_dt', 'TOPIC', '推进老旧小区加装电梯惠民工程', ['推进老旧小区加装电梯惠民工程'], None),
 ('t_gz', 'TOPIC', '全区老旧小区改造和加装电梯工作', ['全区老旧小区改造和加装电梯工作'], None),
 ('t_lc', 'TOPIC', '低层住户利益平衡', ['低层住户利益平衡'], None),
 ('t_zj', 'TOPIC', '加装电梯资金分摊', ['加装电梯资金分摊'], None),
 ('t_wb', 'TOPIC', '电梯后期维保', ['电梯后期维保'], None),
 ('d_jy', 'DOCUMENT', '《关于加快推进老旧小区加装电梯的建议》', ['关于加快推进老旧小区加装电梯的建议'], None),
]
Q = '六盘水市钟山区政协在荷泉街道“荷城议事”委员工作室举办“加装电梯·幸福上楼”界别协商活动'
V = '委员们走进荷泉街道红桥社区和黄土坡街道明湖社区'
B = '区住房和城乡建设局、荷泉街道办事处负责同志介绍了全区老旧小区改造和加装电梯工作进展'
A = '委员和居民代表围绕“低层住户利益平衡”“加装电梯资金分摊”“电梯后期维保”等问题踊跃发言'
R = [
 ('zx', 'LOCATED_IN', 'zs', '六盘水市钟山区政协在荷泉街道'),
 ('zs', 'LOCATED_IN', 'lps', '六盘水市钟山区政协在荷泉街道'),
 ('gzs', 'LOCATED_IN', 'hq', '在荷泉街道“荷城议事”委员工作室'),
 ('bsc', 'LOCATED_IN', 'hq', '荷泉街道办事处负责同志'),
 ('hqsq', 'LOCATED_IN', 'hq', V), ('mhsq', 'LOCATED_IN', 'htp', V),
 ('zx', 'ORGANIZES', 'ev', Q),
 ('ev', 'HELD_AT', 'hq', '在荷泉街道“荷城议事”委员工作室举办“加装电梯·幸福上楼”界别协商活动'),
 ('ev', 'ABOUT', 't_dt', '围绕“推进老旧小区加装电梯惠民工程”议题'),
 ('ygr', 'LEADS', 'zx', '区政协副主席杨光荣主持活动'),
 ('ygr', 'PARTICIPATES_IN', 'ev', '区政协副主席杨光荣主持活动'),
 ('wm', 'LEADS', 'shf', '区政协社会和法制委员会主任吴敏出席'),
 ('wm', 'PARTICIPATES_IN', 'ev', '区政协社会和法制委员会主任吴敏出席'),
 ('zx', 'VISITS', 'hqsq', V), ('zx', 'VISITS', 'mhsq', V),
 ('zjj', 'PARTICIPATES_IN', 'ev', B), ('bsc', 'PARTICIPATES_IN', 'ev', B),
 ('zjj', 'ABOUT', 't_gz', B), ('bsc', 'ABOUT', 't_gz', B),
 ('ev', 'ABOUT', 't_lc', A), ('ev', 'ABOUT', 't_zj', A), ('ev', 'ABOUT', 't_wb', A),
 ('zx', 'ISSUES', 'd_jy', '区政协将把协商成果整理形成《关于加快推进老旧小区加装电梯的建议》'),
]
R = [(h, r, t, e.replace('“', '「').replace('”', '」')) for h, r, t, e in R]
E, R = trad(N, E, R)
