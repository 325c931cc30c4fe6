import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from spec_evidence import fix, fix_e
N = '03_baise_ribao_zhengxie_page'
# 区政协 refers to 右江区政协 (item 1) and 田阳区政协 (item 2): an alias of neither. 区委/区政府/区农业农村局/区商务局
# occur only in the 右江 item, 区文化广电体育和旅游局 only in the 田阳 item; 市政协 only in the 靖西 item.
# The 委员工作室 is an ORG: no LOCATED_IN from 在龙邦镇揭牌; the unnamed 揭牌仪式 is no EVENT.
# Leaders who 参加调研 (item 3) get LEADS and PARTICIPATES_IN but no VISITS (as heldout6 03).
E = [
 ('bsrb', 'ORG', '百色日报', ['百色日报'], None),
 ('yjzx', 'ORG', '右江区政协', ['右江区政协'], '11月18日，右江区政协召开第二期'),
 ('tyzx', 'ORG', '田阳区政协', ['田阳区政协'], None),
 ('tdzx', 'ORG', '田东县政协', ['田东县政协'], None),
 ('pgzx', 'ORG', '平果市政协', ['平果市政协'], None),
 ('bszx', 'ORG', '百色市政协', ['百色市政协'], None),
 ('jxzx', 'ORG', '靖西市政协', ['靖西市政协', '市政协'], None),
 ('yjnnw', 'ORG', '右江区政协农业和农村委员会', ['区政协农业和农村委员会'], None),
 ('yjqw', 'ORG', '中共右江区委', ['区委'], '报送区委、区政府参考'),
 ('yjqzf', 'ORG', '右江区人民政府', ['区政府'], '报送区委、区政府参考'),
 ('yjnyj', 'ORG', '右江区农业农村局', ['区农业农村局'], None),
 ('yjswj', 'ORG', '右江区商务局', ['区商务局'], None),
 ('tywl', 'ORG', '田阳区文化广电体育和旅游局', ['区文化广电体育和旅游局'], '听取区文'),
 ('jxjjw', 'ORG', '靖西市政协经济委员会', ['市政协经济委员会'], None),
 ('gzs', 'ORG', '“边关同心”委员工作室', ['“边关同心”委员工作室'], None),
 ('bs', 'PLACE', '百色市', ['百色市', '百色'], '百色日报'),
 ('yj', 'PLACE', '右江区', ['右江区'], None),
 ('ty', 'PLACE', '田阳区', ['田阳区'], None),
 ('td', 'PLACE', '田东县', ['田东县'], None),
 ('pg', 'PLACE', '平果市', ['平果市'], None),
 ('jx', 'PLACE', '靖西市', ['靖西市'], None),
 ('st', 'PLACE', '四塘镇', ['四塘镇'], None),
 ('lc', 'PLACE', '龙川镇', ['龙川镇'], None),
 ('gzsjq', 'PLACE', '敢壮山景区', ['敢壮山景区'], None),
 ('ykzx', 'PLACE', '敢壮山景区游客中心', ['敢壮山景区游客中心'], None),
 ('tzz', 'PLACE', '田州镇', ['田州镇'], None),
 ('tzgc', 'PLACE', '田州古城', ['田州古城', '田州镇田州古城'], None),
 ('pm', 'PLACE', '平马镇', ['平马镇', '田东县平马镇'], None),
 ('gh', 'PLACE', '果化镇', ['果化镇', '平果市果化镇'], None),
 ('yjh', 'PLACE', '右江', ['右江'], '的右江沿岸'),
 ('lb', 'PLACE', '龙邦镇', ['龙邦镇'], None),
 ('lbka', 'PLACE', '龙邦口岸', ['龙邦口岸'], None),
 ('hlp', 'PERSON', '黄丽萍', ['黄丽萍'], None),
 ('czy', 'PERSON', '岑志勇', ['岑志勇'], None),
 ('hqh', 'PERSON', '黄秋华', ['黄秋华'], None),
 ('lhy', 'PERSON', '罗海燕', ['罗海燕'], None),
 ('zlj', 'PERSON', '赵丽娟', ['赵丽娟'], None),
 ('hcy', 'PERSON', '黄春燕', ['黄春燕'], None),
 ('nlx', 'PERSON', '农立新', ['农立新'], None),
 ('wqj', 'PERSON', '韦秋菊', ['韦秋菊'], None),
 ('llh', 'PERSON', '梁丽华', ['梁丽华'], None),
 ('hzg', 'PERSON', '黄志刚', ['黄志刚'], '区政协主席黄志'),
 ('wgq', 'PERSON', '韦国强', ['韦国强'], None),
 ('pjh', 'PERSON', '潘建华', ['潘建华'], None),
 ('mzy', 'PERSON', '蒙志远', ['蒙志远'], None),
 ('nxy', 'PERSON', '农秀英', ['农秀英'], None),
 ('ev_yj', 'EVENT', '第二期“右江同心议事会”协商会', ['第二期“右江同心议事会”协商会', '“右江同心议事会”协商会'], None),
 ('ev_hd', 'EVENT', '“右江河谷生态保护与绿色发展”专题调研', ['“右江河谷生态保护与绿色发展”专题调研'], '“右江河谷生态保护与绿色发展”专题调'),
 ('t_mg', 'TOPIC', '推动右江芒果全产业链提质增效', ['推动右江芒果全产业链提质增效', '芒果产业提质增效'], None),
 ('t_pp', 'TOPIC', '品牌营销', ['品牌营销'], None),
 ('t_ll', 'TOPIC', '冷链物流', ['冷链物流'], None),
 ('t_gzs', 'TOPIC', '敢壮山景区提质', ['敢壮山景区提质'], None),
 ('t_jt', 'TOPIC', '景区交通配套', ['景区交通配套'], None),
 ('t_mz', 'TOPIC', '民俗文化展示', ['民俗文化展示'], None),
 ('t_blt', 'TOPIC', '布洛陀文化品牌打造', ['布洛陀文化品牌打造'], None),
 ('t_hd', 'TOPIC', '右江河谷生态保护与绿色发展', ['右江河谷生态保护与绿色发展', '右江生态保护'], None),
 ('t_ax', 'TOPIC', '岸线整治', ['岸线整治'], None),
 ('t_sd', 'TOPIC', '沿江湿地修复', ['沿江湿地修复'], None),
 ('t_lb', 'TOPIC', '龙邦口岸边民互市贸易转型升级', ['龙邦口岸边民互市贸易转型升级'], None),
]
Q1 = '右江区政协召开第二期“右江同心议事会”协商会'
A1 = '“右江同心议事会”协商会，围绕“推动右江芒果全产业链提质增效”协商议政'
V1 = '区政协农业和农村委员会组织委员走访四塘镇、龙川镇的芒果种植基地和冷链仓储企业'
C1 = '了解品牌营销和冷链物流情况'
B1 = '区农业农村局、区商务局作情况通报'
H2 = '田阳区政协组织部分委员视察敢壮山景区提质工作'
V2 = '视察组先后察看了敢壮山景区游客中心和田州镇田州古城'
C2 = '详细了解景区交通配套和民俗文化展示情况'
J3 = '田东县政协与平果市政协联合开展“右江河谷生态保护与绿色发展”专题调研'
V3 = '两地委员共同走进田东县平马镇和平果市果化镇的右江沿岸'
C3 = '察看岸线整治和沿江湿地修复情况'
P3 = '田东县政协主席潘建华、平果市政协主席蒙志远参加调研'
Q4 = '靖西市政协“边关同心”委员工作室在龙邦镇揭牌成立'
BOTH = ('tdzx', 'pgzx')
R = [
 ('bsrb', 'LOCATED_IN', 'bs', '百色日报'),
 ('yjzx', 'LOCATED_IN', 'yj', Q1),
 ('tyzx', 'LOCATED_IN', 'ty', H2),
 ('tdzx', 'LOCATED_IN', 'td', J3), ('pgzx', 'LOCATED_IN', 'pg', J3),
 ('bszx', 'LOCATED_IN', 'bs', '报送百色市政协'),
 ('jxzx', 'LOCATED_IN', 'jx', Q4),
 ('ykzx', 'LOCATED_IN', 'gzsjq', '敢壮山景区游客中心'),
 ('tzgc', 'LOCATED_IN', 'tzz', V2),
 ('pm', 'LOCATED_IN', 'td', V3), ('gh', 'LOCATED_IN', 'pg', V3),
 ('lbka', 'LOCATED_IN', 'lb', '龙邦口岸'),
 # item 1 右江
 ('yjzx', 'ORGANIZES', 'ev_yj', Q1),
 ('ev_yj', 'ABOUT', 't_mg', A1),
 ('yjzx', 'ABOUT', 't_mg', '右江区政协：协商助推芒果产业提质增效'),
 ('yjnnw', 'VISITS', 'st', V1), ('yjnnw', 'VISITS', 'lc', V1),
 ('yjnnw', 'ABOUT', 't_pp', C1), ('yjnnw', 'ABOUT', 't_ll', C1),
 ('yjnyj', 'PARTICIPATES_IN', 'ev_yj', B1), ('yjswj', 'PARTICIPATES_IN', 'ev_yj', B1),
 ('llh', 'PARTICIPATES_IN', 'ev_yj', '副区长梁丽华到会听取意见'),
 ('llh', 'LEADS', 'yjqzf', '副区长梁丽华到会听取意见'),
 ('hzg', 'LEADS', 'yjzx', '区政协主席黄志刚主持会议'),
 ('hzg', 'PARTICIPATES_IN', 'ev_yj', '区政协主席黄志刚主持会议'),
 # item 2 田阳
 ('tyzx', 'VISITS', 'gzsjq', H2),
 ('tyzx', 'ABOUT', 't_gzs', H2),
 ('t_gzs', 'CONCERNS', 'gzsjq', '视察敢壮山景区提质工作'),
 ('wgq', 'LEADS', 'tyzx', '区政协主席韦国强带队'),
 ('wgq', 'VISITS', 'gzsjq', '区政协主席韦国强带队'),
] + [(w, 'VISITS', p, V2) for w in ('tyzx', 'wgq') for p in ('ykzx', 'tzz', 'tzgc')] + [
 ('tyzx', 'ABOUT', 't_jt', C2), ('tyzx', 'ABOUT', 't_mz', C2),
 ('tyzx', 'ABOUT', 't_blt', '田阳区政协将围绕“布洛陀文化品牌打造”开展专题调研'),
 # item 3 田东 + 平果
 ('tdzx', 'COOPERATES_WITH', 'pgzx', J3),
 ('tdzx', 'ORGANIZES', 'ev_hd', J3), ('pgzx', 'ORGANIZES', 'ev_hd', J3),
 ('ev_hd', 'ABOUT', 't_hd', '联合开展“右江河谷生态保护与绿色发展”专题调'),
 ('t_hd', 'CONCERNS', 'yjh', '右江河谷生态保护与绿色发展'),
] + [(w, 'VISITS', p, V3) for w in BOTH for p in ('pm', 'gh', 'yjh')] + [
 ('ev_hd', 'HELD_AT', p, V3) for p in ('pm', 'gh', 'yjh')] + [
 (w, 'ABOUT', t, C3) for w in BOTH for t in ('t_ax', 't_sd')] + [
 ('pjh', 'LEADS', 'tdzx', '田东县政协主席潘建华'), ('mzy', 'LEADS', 'pgzx', P3),
 ('pjh', 'PARTICIPATES_IN', 'ev_hd', '田东县政协主席潘建华'), ('mzy', 'PARTICIPATES_IN', 'ev_hd', P3),
 # item 4 靖西
 ('nxy', 'LEADS', 'jxzx', '市政协副主席农秀英出席揭'),
 ('jxzx', 'ABOUT', 't_lb', '并与委员、边民代表围绕“龙邦口岸边民互市贸易转型升级”座谈交流'),
 ('t_lb', 'CONCERNS', 'lbka', '龙邦口岸边民互市贸易转型升级'),
 ('jxjjw', 'VISITS', 'lbka', '将定期组织委员走进龙邦口岸和边贸互市点开展调研'),
]
E = fix_e(N, E)
R = fix(N, R)
