N = '04_jizhou_zhengxie_xieshang'

E = [
 ('zx', 'ORG', '吉州区政协', ['吉州区政协', '吉安市吉州区政协', '区政协'], None),
 ('dz', 'ORG', '吉州区政协党组', ['区政协党组'], None),
 ('bgs', 'ORG', '吉州区政协办公室', ['吉州区政协办公室'], None),
 ('wsw', 'ORG', '吉州区政协文化文史和学习委员会', ['区政协文化文史和学习委员会'], None),
 ('js', 'ORG', '九三学社吉州区支社', ['九三学社吉州区支社'], None),
 ('qw', 'ORG', '中共吉州区委', ['区委'], '报送区委、区政府决策参考'),
 ('qzf', 'ORG', '吉州区人民政府', ['区政府'], None),
 ('wlj', 'ORG', '吉州区文化广电新闻出版旅游局', ['区文化广电新闻出版旅游局'], None),
 ('fgj', 'ORG', '吉州区发展和改革局', ['区发展和改革局'], None),
 ('gsl', 'ORG', '吉州区工商联', ['区工商联'], None),
 ('jgsdx', 'ORG', '井冈山大学', ['井冈山大学'], None),
 ('zrj', 'ORG', '吉州区自然资源局', ['区自然资源局'], None),
 ('zjj', 'ORG', '吉州区住房和城乡建设局', ['区住房和城乡建设局'], None),
 ('jazx', 'ORG', '吉安市政协', ['吉安市政协'], None),
 ('jz', 'PLACE', '吉州区', ['吉州区'], None),
 ('ja', 'PLACE', '吉安市', ['吉安市'], None),
 ('wsjd', 'PLACE', '文山街道', ['文山街道'], None),
 ('yhz', 'PLACE', '永和镇', ['永和镇'], None),
 ('jzy', 'PLACE', '吉州窑遗址', ['吉州窑遗址', '吉州窑'], None),
 ('bwg', 'PLACE', '吉州窑博物馆', ['吉州窑博物馆'], None),
 ('blz', 'PLACE', '白鹭洲书院', ['白鹭洲书院'], None),
 ('kggy', 'PLACE', '吉州窑考古遗址公园', ['吉州窑考古遗址公园'], None),
 ('xjm', 'PERSON', '萧建明', ['萧建明'], None),
 ('hlj', 'PERSON', '胡丽娟', ['胡丽娟'], None),
 ('pzy', 'PERSON', '彭志勇', ['彭志勇'], None),
 ('zqh', 'PERSON', '曾庆华', ['曾庆华'], None),
 ('wds', 'PERSON', '王德胜', ['王德胜'], None),
 ('ev', 'EVENT', '第四期“庐陵议事厅”专题协商会', ['第四期“庐陵议事厅”专题协商会', '本次协商会', '协商会'], None),
 ('t_zt', 'TOPIC', '推动吉州窑文化遗产保护与文旅融合发展', ['推动吉州窑文化遗产保护与文旅融合发展', '吉州窑文化遗产保护与文旅融合发展'], None),
 ('t_wh', 'TOPIC', '全区文化遗产保护工作', ['全区文化遗产保护工作情况'], None),
 ('t_kg', 'TOPIC', '吉州窑考古遗址公园建设', ['吉州窑考古遗址公园建设'], None),
 ('t_wc', 'TOPIC', '陶瓷文创产品开发', ['陶瓷文创产品开发'], None),
 ('t_fy', 'TOPIC', '非遗传承人才培养', ['非遗传承人才培养'], None),
 ('t_yx', 'TOPIC', '研学旅游线路打造', ['研学旅游线路打造'], None),
 ('t_hj', 'TOPIC', '遗址周边环境整治', ['遗址周边环境整治'], None),
 ('d_bg', 'DOCUMENT', '《关于擦亮吉州窑文化品牌的调研报告》', ['关于擦亮吉州窑文化品牌的调研报告'], None),
 ('d_zb', 'DOCUMENT', '《协商专报》', ['协商专报'], None),
]
Q = '吉安市吉州区政协在文山街道召开第四期“庐陵议事厅”专题协商会'
L = '区政协党组书记、主席萧建明主持会议'
F = '区政协副主席胡丽娟、彭志勇出席'
J = '区政协文化文史和学习委员会与九三学社吉州区支社组成联合调研组'
V = '在永和镇实地察看了吉州窑遗址和吉州窑博物馆，并走访了白鹭洲书院'
S = '九三学社吉州区支社、区工商联界别委员和井冈山大学专家先后发言'
A = '围绕陶瓷文创产品开发、非遗传承人才培养、研学旅游线路打造、遗址周边环境整治等提出意见建议15条'
B = '区自然资源局、区住房和城乡建设局负责同志现场作了回应'
R = [
 ('zx', 'LOCATED_IN', 'jz', Q), ('jz', 'LOCATED_IN', 'ja', Q),
 ('js', 'LOCATED_IN', 'jz', '九三学社吉州区支社'),
 ('jazx', 'LOCATED_IN', 'ja', '吉安市政协副主席王德胜应邀出席'),
 ('jzy', 'LOCATED_IN', 'yhz', V), ('bwg', 'LOCATED_IN', 'yhz', V),
 ('zx', 'ORGANIZES', 'ev', Q),
 ('wsw', 'ORGANIZES', 'ev', '本次协商会由区政协文化文史和学习委员会承办'),
 ('ev', 'HELD_AT', 'wsjd', '在文山街道召开第四期“庐陵议事厅”专题协商会'),
 ('ev', 'ABOUT', 't_zt', '以“推动吉州窑文化遗产保护与文旅融合发展”为主题'),
 ('t_zt', 'CONCERNS', 'jzy', '推动吉州窑文化遗产保护与文旅融合发展'),
 ('xjm', 'LEADS', 'zx', L), ('xjm', 'LEADS', 'dz', L), ('xjm', 'PARTICIPATES_IN', 'ev', L),
 ('hlj', 'LEADS', 'zx', F), ('pzy', 'LEADS', 'zx', F),
 ('hlj', 'PARTICIPATES_IN', 'ev', F), ('pzy', 'PARTICIPATES_IN', 'ev', F),
 ('zqh', 'LEADS', 'qzf', '曾庆华表示，区政府将认真梳理委员意见建议'),
 ('zqh', 'PARTICIPATES_IN', 'ev', '副区长曾庆华到会听取意见并讲话'),
 ('wds', 'LEADS', 'jazx', '吉安市政协副主席王德胜应邀出席'),
 ('wds', 'PARTICIPATES_IN', 'ev', '吉安市政协副主席王德胜应邀出席'),
 ('wsw', 'COOPERATES_WITH', 'js', J),
] + [(w, 'VISITS', p, V) for w in ('wsw', 'js') for p in ('jzy', 'bwg', 'blz')] + [
 ('wsw', 'ISSUES', 'd_bg', '形成《关于擦亮吉州窑文化品牌的调研报告》'),
 ('wlj', 'PARTICIPATES_IN', 'ev', '协商会上，区文化广电新闻出版旅游局通报了全区文化遗产保护工作情况'),
 ('wlj', 'ABOUT', 't_wh', '区文化广电新闻出版旅游局通报了全区文化遗产保护工作情况'),
 ('fgj', 'PARTICIPATES_IN', 'ev', '区发展和改革局介绍了吉州窑考古遗址公园建设进展'),
 ('fgj', 'ABOUT', 't_kg', '区发展和改革局介绍了吉州窑考古遗址公园建设进展'),
 ('t_kg', 'CONCERNS', 'kggy', '吉州窑考古遗址公园建设'),
 ('js', 'PARTICIPATES_IN', 'ev', S), ('gsl', 'PARTICIPATES_IN', 'ev', S), ('jgsdx', 'PARTICIPATES_IN', 'ev', S),
 ('ev', 'ABOUT', 't_wc', A), ('ev', 'ABOUT', 't_fy', A), ('ev', 'ABOUT', 't_yx', A), ('ev', 'ABOUT', 't_hj', A),
 ('zrj', 'PARTICIPATES_IN', 'ev', B), ('zjj', 'PARTICIPATES_IN', 'ev', B),
 ('zx', 'ISSUES', 'd_zb', '区政协将把本次协商意见整理形成《协商专报》'),
]
