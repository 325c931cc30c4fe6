N = '06_hechuan_guangan_xiezuo'

E = [
 ('hczx', 'ORG', '合川区政协', ['合川区政协', '重庆市合川区政协'], None),
 ('gazx', 'ORG', '广安区政协', ['广安区政协', '广安市广安区政协'], None),
 ('gasz', 'ORG', '广安市政协', ['广安市政协'], None),
 ('cqwsw', 'ORG', '重庆市政协文化文史和学习委员会', ['重庆市政协文化文史和学习委员会'], None),
 ('hcwl', 'ORG', '合川区文化和旅游发展委员会', ['合川区文化和旅游发展委员会'], None),
 ('gawl', 'ORG', '广安区文化广播电视和旅游局', ['广安区文化广播电视和旅游局'], None),
 ('cq', 'PLACE', '重庆市', ['重庆市'], None),
 ('hc', 'PLACE', '合川区', ['合川区', '合川'], None),
 ('gas', 'PLACE', '广安市', ['广安市'], None),
 ('ga', 'PLACE', '广安区', ['广安区', '广安'], None),
 ('cy', 'PLACE', '川渝', ['川渝'], None),
 ('qj', 'PLACE', '渠江', ['渠江', '渠江广安段'], None),
 ('jlj', 'PLACE', '嘉陵江', ['嘉陵江', '嘉陵江合川段'], None),
 ('nhjd', 'PLACE', '浓洄街道', ['浓洄街道'], None),
 ('dycjd', 'PLACE', '钓鱼城街道', ['钓鱼城街道'], None),
 ('dycyz', 'PLACE', '钓鱼城遗址', ['钓鱼城遗址'], None),
 ('ltz', 'PLACE', '涞滩镇', ['涞滩镇'], None),
 ('ltgz', 'PLACE', '涞滩古镇', ['涞滩古镇'], None),
 ('lgm', 'PERSON', '雷光明', ['雷光明'], None),
 ('ydq', 'PERSON', '杨德全', ['杨德全'], None),
 ('jfy', 'PERSON', '蒋凤英', ['蒋凤英'], None),
 ('zmh', 'PERSON', '邹明辉', ['邹明辉'], None),
 ('ev_qy', 'EVENT', '合川区政协与广安区政协协同履职框架协议签约仪式', ['重庆市合川区政协与广安市广安区政协协同履职框架协议签约仪式', '协同履职框架协议签约仪式'], None),
 ('ev_sc', 'EVENT', '“共护渠江清流·同兴川渝文旅”专题视察', ['“共护渠江清流·同兴川渝文旅”专题视察'], None),
 ('ev_shz', 'EVENT', '“川渝同心”委员书画展', ['“川渝同心”委员书画展'], None),
 ('ev_dy', 'EVENT', '“嘉陵江合川段与渠江广安段水质保护”联合调研', ['“嘉陵江合川段与渠江广安段水质保护”联合调研'], None),
 ('t_sc', 'TOPIC', '共护渠江清流·同兴川渝文旅', ['共护渠江清流·同兴川渝文旅'], None),
 ('t_sh', 'TOPIC', '渠江流域水环境治理', ['渠江流域水环境治理'], None),
 ('t_ww', 'TOPIC', '文物保护利用', ['文物保护利用情况'], None),
 ('t_lv', 'TOPIC', '两地文旅资源开发', ['两地文旅资源开发'], None),
 ('t_xl', 'TOPIC', '跨区域旅游线路打造', ['跨区域旅游线路打造情况'], None),
 ('t_xt', 'TOPIC', '渠江嘉陵江流域协同治理', ['渠江嘉陵江流域协同治理'], None),
 ('t_hs', 'TOPIC', '川渝红色文旅融合', ['川渝红色文旅融合'], None),
 ('t_sz', 'TOPIC', '嘉陵江合川段与渠江广安段水质保护', ['嘉陵江合川段与渠江广安段水质保护'], None),
 ('d_xy', 'DOCUMENT', '《合川广安两地政协协同履职框架协议》', ['合川广安两地政协协同履职框架协议'], None),
]
Q = '重庆市合川区政协与广安市广安区政协协同履职框架协议签约仪式在广安区举行'
QS = '合川区政协主席雷光明、广安区政协主席杨德全分别代表双方签署《合川广安两地政协协同履职框架协议》'
W = '广安市政协副主席蒋凤英、重庆市政协文化文史和学习委员会副主任邹明辉出席并见证签约'
S = '两地委员联合开展“共护渠江清流·同兴川渝文旅”专题视察'
V = '先后察看了广安区浓洄街道的渠江岸线生态修复项目和合川区钓鱼城街道的钓鱼城遗址、涞滩镇涞滩古镇'
U = '了解渠江流域水环境治理和文物保护利用情况'
Z = '合川区文化和旅游发展委员会、广安区文化广播电视和旅游局负责同志分别介绍了两地文旅资源开发和跨区域旅游线路打造情况'
ZT = '与会委员围绕“渠江嘉陵江流域协同治理”“川渝红色文旅融合”交流发言'
F1 = '两地政协下半年将联合举办“川渝同心”委员书画展'
F2 = '共同开展“嘉陵江合川段与渠江广安段水质保护”联合调研'
SITES = ['nhjd', 'qj', 'dycyz', 'ltgz']
R = [
 ('hczx', 'LOCATED_IN', 'hc', Q), ('hc', 'LOCATED_IN', 'cq', Q),
 ('gazx', 'LOCATED_IN', 'ga', Q), ('ga', 'LOCATED_IN', 'gas', Q),
 ('gasz', 'LOCATED_IN', 'gas', W), ('cqwsw', 'LOCATED_IN', 'cq', W),
 ('hcwl', 'LOCATED_IN', 'hc', '合川区文化和旅游发展委员会'),
 ('gawl', 'LOCATED_IN', 'ga', '广安区文化广播电视和旅游局'),
 ('nhjd', 'LOCATED_IN', 'ga', V), ('dycjd', 'LOCATED_IN', 'hc', V), ('dycyz', 'LOCATED_IN', 'dycjd', V),
 ('ltz', 'LOCATED_IN', 'hc', V), ('ltgz', 'LOCATED_IN', 'ltz', V),
 ('hczx', 'COOPERATES_WITH', 'gazx', Q),
 ('hczx', 'ORGANIZES', 'ev_qy', Q), ('gazx', 'ORGANIZES', 'ev_qy', Q),
 ('ev_qy', 'HELD_AT', 'ga', '协同履职框架协议签约仪式在广安区举行'),
 ('lgm', 'LEADS', 'hczx', QS), ('ydq', 'LEADS', 'gazx', QS),
 ('lgm', 'PARTICIPATES_IN', 'ev_qy', QS), ('ydq', 'PARTICIPATES_IN', 'ev_qy', QS),
 ('jfy', 'LEADS', 'gasz', W), ('jfy', 'PARTICIPATES_IN', 'ev_qy', W),
 ('zmh', 'LEADS', 'cqwsw', W), ('zmh', 'PARTICIPATES_IN', 'ev_qy', W), ('cqwsw', 'PARTICIPATES_IN', 'ev_qy', W),
 ('hczx', 'ORGANIZES', 'ev_sc', S), ('gazx', 'ORGANIZES', 'ev_sc', S),
 ('ev_sc', 'ABOUT', 't_sc', '“共护渠江清流·同兴川渝文旅”专题视察'),
 ('t_sc', 'CONCERNS', 'qj', '共护渠江清流·同兴川渝文旅'),
 ('t_sc', 'CONCERNS', 'cy', '共护渠江清流·同兴川渝文旅'),
] + [(w, 'VISITS', p, V) for w in ('hczx', 'gazx') for p in SITES] + [
 ('ev_sc', 'HELD_AT', p, V) for p in SITES] + [
 ('hczx', 'ABOUT', 't_sh', U), ('gazx', 'ABOUT', 't_sh', U),
 ('hczx', 'ABOUT', 't_ww', U), ('gazx', 'ABOUT', 't_ww', U),
 ('t_sh', 'CONCERNS', 'qj', '渠江流域水环境治理'),
 ('hcwl', 'ABOUT', 't_lv', Z), ('gawl', 'ABOUT', 't_lv', Z),
 ('hcwl', 'ABOUT', 't_xl', Z), ('gawl', 'ABOUT', 't_xl', Z),
 ('hczx', 'ABOUT', 't_xt', ZT), ('gazx', 'ABOUT', 't_xt', ZT),
 ('hczx', 'ABOUT', 't_hs', ZT), ('gazx', 'ABOUT', 't_hs', ZT),
 ('t_xt', 'CONCERNS', 'qj', '渠江嘉陵江流域协同治理'), ('t_xt', 'CONCERNS', 'jlj', '渠江嘉陵江流域协同治理'),
 ('t_hs', 'CONCERNS', 'cy', '川渝红色文旅融合'),
 ('hczx', 'ORGANIZES', 'ev_shz', F1), ('gazx', 'ORGANIZES', 'ev_shz', F1),
 ('hczx', 'ORGANIZES', 'ev_dy', F2), ('gazx', 'ORGANIZES', 'ev_dy', F2),
 ('ev_dy', 'ABOUT', 't_sz', F2),
 ('t_sz', 'CONCERNS', 'jlj', '嘉陵江合川段与渠江广安段水质保护'),
 ('t_sz', 'CONCERNS', 'qj', '嘉陵江合川段与渠江广安段水质保护'),
]
