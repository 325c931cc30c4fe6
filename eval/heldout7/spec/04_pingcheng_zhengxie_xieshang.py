N = '04_pingcheng_zhengxie_xieshang'
# Named consultation of 平城区政协 (大同市, 山西). The 承办 committee organizes too; the joint 调研组 with 民盟 visits
# the sites (COOPERATES_WITH, VISITS to both, ISSUES only from the lead committee). The professor is named, so he
# (not 山西大同大学) takes part. 大同古城 occurs only inside the topic and the report title: a PLACE CONCERNed by the topic.
E = [
 ('zx', 'ORG', '平城区政协', ['平城区政协', '大同市平城区政协', '区政协'], '平城区政协召开第四期“古都协商汇”专题协商会'),
 ('bgs', 'ORG', '平城区政协办公室', ['平城区政协办公室'], None),
 ('wsw', 'ORG', '平城区政协文化文史和学习委员会', ['区政协文化文史和学习委员会'], None),
 ('dtwsw', 'ORG', '大同市政协文化文史和学习委员会', ['大同市政协文化文史和学习委员会'], None),
 ('mm', 'ORG', '民盟平城区总支', ['民盟平城区总支'], None),
 ('qw', 'ORG', '中共平城区委', ['区委'], '形成高质量协商报告报区委、区政府参考'),
 ('qzf', 'ORG', '平城区人民政府', ['区政府'], '高志远表示，区政府将认真吸纳委员意见建议'),
 ('wlj', 'ORG', '平城区文化和旅游局', ['区文化和旅游局'], None),
 ('zjj', 'ORG', '平城区住房和城乡建设局', ['区住房和城乡建设局'], None),
 ('gsl', 'ORG', '平城区工商联', ['区工商联'], None),
 ('dtdx', 'ORG', '山西大同大学', ['山西大同大学'], None),
 ('pc', 'PLACE', '平城区', ['平城区'], None),
 ('dt', 'PLACE', '大同市', ['大同市', '大同'], None),
 ('sx', 'PLACE', '山西省', ['山西'], '山西大同大学教授常海涛作点评发言'),
 ('dtgc', 'PLACE', '大同古城', ['大同古城'], None),
 ('hys', 'PLACE', '华严寺', ['华严寺'], None),
 ('glj', 'PLACE', '鼓楼东街', ['鼓楼东街'], None),
 ('dwf', 'PLACE', '代王府', ['代王府'], None),
 ('bg', 'PLACE', '北关街道', ['北关街道'], None),
 ('ng', 'PLACE', '南关街道', ['南关街道'], None),
 ('qzh', 'PERSON', '乔振华', ['乔振华'], None),
 ('dhm', 'PERSON', '段慧敏', ['段慧敏'], None),
 ('gzy', 'PERSON', '高志远', ['高志远'], None),
 ('rxg', 'PERSON', '任晓光', ['任晓光'], None),
 ('chx', 'PERSON', '常海涛', ['常海涛'], None),
 ('ev', 'EVENT', '第四期“古都协商汇”专题协商会', ['第四期“古都协商汇”专题协商会', '“古都协商汇”专题协商会'], None),
 ('ev3', 'EVENT', '第三期“古都协商汇”专题协商会', ['第三期协商会'], None),
 ('t', 'TOPIC', '推动大同古城历史文化街区保护与活化利用', ['推动大同古城历史文化街区保护与活化利用', '大同古城历史文化街区保护与活化利用'], None),
 ('t_xs', 'TOPIC', '古城保护修缮', ['古城保护修缮'], None),
 ('t_yt', 'TOPIC', '业态提升', ['业态提升'], None),
 ('t_fy', 'TOPIC', '非遗工坊进街区', ['非遗工坊进街区'], None),
 ('t_ys', 'TOPIC', '古城夜间消费', ['古城夜间消费'], None),
 ('t_lzh', 'TOPIC', '老字号传承发展', ['老字号传承发展'], None),
 ('d', 'DOCUMENT', '《关于大同古城历史文化街区活化利用的调研报告》', ['关于大同古城历史文化街区活化利用的调研报告'], None),
]
Q = '大同市平城区政协召开第四期“古都协商汇”专题协商会'
A = '专题协商会，围绕“推动大同古城历史文化街区保护与活化利用”协商议政'
J = '区政协文化文史和学习委员会与民盟平城区总支组成联合调研组'
V = '走访华严寺、鼓楼东街和代王府周边商户，并赴北关街道、南关街道召开座谈会'
P = '区文化和旅游局、区住房和城乡建设局负责同志介绍了古城保护修缮和业态提升工作进展'
G = '区工商联负责同志和6名委员分别围绕“非遗工坊进街区”“古城夜间消费”“老字号传承发展”等建言献策'
R = [
 ('zx', 'LOCATED_IN', 'pc', Q), ('pc', 'LOCATED_IN', 'dt', Q),
 ('dtwsw', 'LOCATED_IN', 'dt', '大同市政协文化文史和学习委员会副主任任晓光应邀出席'),
 ('mm', 'LOCATED_IN', 'pc', '民盟平城区总支'),
 ('dtdx', 'LOCATED_IN', 'sx', '山西大同大学教授常海涛'), ('dtdx', 'LOCATED_IN', 'dt', '山西大同大学教授常海涛'),
 ('dtgc', 'LOCATED_IN', 'dt', '推动大同古城历史文化街区保护与活化利用'),
 ('zx', 'ORGANIZES', 'ev', Q),
 ('wsw', 'ORGANIZES', 'ev', '本次协商会由区政协文化文史和学习委员会承办'),
 ('ev', 'ABOUT', 't', A), ('zx', 'ABOUT', 't', A),
 ('t', 'CONCERNS', 'dtgc', '推动大同古城历史文化街区保护与活化利用'),
 ('qzh', 'LEADS', 'zx', '区政协主席乔振华出席并讲话'), ('qzh', 'PARTICIPATES_IN', 'ev', '区政协主席乔振华出席并讲话'),
 ('dhm', 'LEADS', 'zx', '区政协副主席段慧敏主持'), ('dhm', 'PARTICIPATES_IN', 'ev', '区政协副主席段慧敏主持'),
 ('gzy', 'LEADS', 'qzf', '副区长高志远到会听取意见'),
 ('gzy', 'PARTICIPATES_IN', 'ev', '副区长高志远到会听取意见'),
 ('rxg', 'LEADS', 'dtwsw', '大同市政协文化文史和学习委员会副主任任晓光应邀出席'),
 ('rxg', 'PARTICIPATES_IN', 'ev', '大同市政协文化文史和学习委员会副主任任晓光应邀出席'),
 ('dtwsw', 'PARTICIPATES_IN', 'ev', '大同市政协文化文史和学习委员会副主任任晓光应邀出席'),
 ('wsw', 'COOPERATES_WITH', 'mm', J),
] + [(b, 'VISITS', p, V) for b in ('wsw', 'mm') for p in ('hys', 'glj', 'dwf', 'bg', 'ng')] + [
 ('wsw', 'ISSUES', 'd', '形成《关于大同古城历史文化街区活化利用的调研报告》'),
 ('wlj', 'PARTICIPATES_IN', 'ev', P), ('zjj', 'PARTICIPATES_IN', 'ev', P),
 ('wlj', 'ABOUT', 't_xs', P), ('wlj', 'ABOUT', 't_yt', P),
 ('zjj', 'ABOUT', 't_xs', P), ('zjj', 'ABOUT', 't_yt', P),
 ('chx', 'PARTICIPATES_IN', 'ev', '山西大同大学教授常海涛作点评发言'),
 ('gsl', 'PARTICIPATES_IN', 'ev', G),
 ('gsl', 'ABOUT', 't_fy', G), ('gsl', 'ABOUT', 't_ys', G), ('gsl', 'ABOUT', 't_lzh', G),
]
