# drafted in simplified characters (src/10_simp.txt, converted with OpenCC s2tw, “” → 「」);
# aliases/evidence are mapped to the exact traditional surface by spec_evidence.trad
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from spec_evidence import trad
N = '10_sucheng_zhengxie_tian_trad'

E = [
 ('zx', 'ORG', '宿城区政协', ['宿城区政协', '宿迁市宿城区政协', '区政协'], None),
 ('taw', 'ORG', '宿城区政协提案委员会', ['宿城区政协提案委员会', '区政协提案委员会'], None),
 ('qzf', 'ORG', '宿城区人民政府', ['区政府'], '区政府将督促各承办单位逐项抓好落实'),
 ('zfb', 'ORG', '宿城区人民政府办公室', ['区政府办公室'], None),
 ('wlj', 'ORG', '宿城区文化广电和旅游局', ['区文化广电和旅游局'], None),
 ('zjj', 'ORG', '宿城区住房和城乡建设局', ['区住房和城乡建设局'], None),
 ('swj', 'ORG', '宿城区商务局', ['区商务局'], None),
 ('cgj', 'ORG', '宿城区城市管理局', ['区城市管理局'], None),
 ('mm', 'ORG', '民盟宿城区基层委员会', ['民盟宿城区基层委员会'], None),
 ('sc', 'PLACE', '宿城区', ['宿城区'], None),
 ('sq', 'PLACE', '宿迁市', ['宿迁市'], None),
 ('ghh', 'PLACE', '古黄河', ['古黄河'], None),
 ('fgd', 'PLACE', '古黄河风光带', ['古黄河风光带'], '实地察看了古黄河风光带'),
 ('xw', 'PLACE', '项王故里景区', ['项王故里景区'], None),
 ('xf', 'PLACE', '幸福街道', ['幸福街道'], None),
 ('ty', 'PLACE', '桃园社区', ['桃园社区', '幸福街道桃园社区'], None),
 ('xcj', 'PERSON', '徐长江', ['徐长江'], None),
 ('hxy', 'PERSON', '何晓燕', ['何晓燕'], None),
 ('ylp', 'PERSON', '袁立平', ['袁立平'], None),
 ('cwj', 'PERSON', '蔡文静', ['蔡文静'], None),
 ('ev', 'EVENT', '重点提案办理协商会', ['重点提案办理协商会'], None),
 ('t_yj', 'TOPIC', '夜间经济街区打造', ['夜间经济街区打造'], None),
 ('t_dt', 'TOPIC', '老旧小区加装电梯', ['老旧小区加装电梯'], None),
 ('d_1', 'DOCUMENT', '《关于加快古黄河风光带沿线业态提升的提案》', ['关于加快古黄河风光带沿线业态提升的提案'], None),
 ('d_2', 'DOCUMENT', '《关于推进老旧小区适老化改造的提案》', ['关于推进老旧小区适老化改造的提案'], None),
 ('d_3', 'DOCUMENT', '《关于规范中心城区农贸市场管理的提案》', ['关于规范中心城区农贸市场管理的提案'], None),
]
Q = '宿迁市宿城区政协召开重点提案办理协商会'
V = '实地察看了古黄河风光带、项王故里景区和幸福街道桃园社区'
P = '区文化广电和旅游局、区住房和城乡建设局、区商务局分别通报了提案办理情况'
R = [
 ('zx', 'LOCATED_IN', 'sc', Q), ('sc', 'LOCATED_IN', 'sq', Q),
 ('fgd', 'LOCATED_IN', 'ghh', '古黄河风光带'),
 ('ty', 'LOCATED_IN', 'xf', V),
 ('mm', 'LOCATED_IN', 'sc', '民盟宿城区基层委员会主委蔡文静'),
 ('zx', 'ORGANIZES', 'ev', Q),
 ('xcj', 'LEADS', 'zx', '区政协主席徐长江主持会议'),
 ('xcj', 'PARTICIPATES_IN', 'ev', '区政协主席徐长江主持会议'),
 ('hxy', 'LEADS', 'zx', '区政协副主席何晓燕出席'),
 ('hxy', 'PARTICIPATES_IN', 'ev', '区政协副主席何晓燕出席'),
 ('ylp', 'PARTICIPATES_IN', 'ev', '副区长袁立平到会听取意见'),
 ('ylp', 'LEADS', 'qzf', '袁立平表示，区政府将督促各承办单位逐项抓好落实'),
 ('taw', 'VISITS', 'fgd', V), ('taw', 'VISITS', 'xw', V), ('taw', 'VISITS', 'ty', V),
 ('taw', 'ABOUT', 't_yj', '了解夜间经济街区打造和老旧小区加装电梯进展情况'),
 ('taw', 'ABOUT', 't_dt', '了解夜间经济街区打造和老旧小区加装电梯进展情况'),
 ('wlj', 'PARTICIPATES_IN', 'ev', P), ('zjj', 'PARTICIPATES_IN', 'ev', P), ('swj', 'PARTICIPATES_IN', 'ev', P),
 ('wlj', 'COOPERATES_WITH', 'cgj', '已会同区城市管理局启动古黄河风光带夜间灯光提升工程'),
 ('cwj', 'LEADS', 'mm', '民盟宿城区基层委员会主委蔡文静'),
 ('cwj', 'PARTICIPATES_IN', 'ev', '提案人代表、民盟宿城区基层委员会主委蔡文静对办理工作给予肯定'),
 ('mm', 'PARTICIPATES_IN', 'ev', '提案人代表、民盟宿城区基层委员会主委蔡文静对办理工作给予肯定'),
 ('taw', 'COOPERATES_WITH', 'zfb', '区政协提案委员会要会同区政府办公室加强跟踪督办'),
]
R = [(h, r, t, e.replace('“', '「').replace('”', '」')) for h, r, t, e in R]
E, R = trad(N, E, R)
