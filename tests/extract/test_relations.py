"""Typed relations with evidence (invented texts, one cue each)."""

from zhkg.extract.document import extract
from zhkg.extract.load import LoadedText


def rels(text: str):
    r = extract(LoadedText("t.txt", "t.txt", text, "utf-8"))
    return {(x.head, x.relation, x.tail) for x in r.relations if x.relation != "CO_OCCURS"}, r


def test_joint_organizers_cooperate():
    got, _ = rels("3月12日，门头沟区政协与河北省涿鹿县政协联合举办“山水同源 协同发展”主题座谈会。")
    ev = "EVENT:“山水同源，协同发展”主题座谈会"
    assert ("ORG:门头沟区政协", "ORGANIZES", ev) in got
    assert ("ORG:涿鹿县政协", "ORGANIZES", ev) in got
    assert ("ORG:涿鹿县政协", "COOPERATES_WITH", "ORG:门头沟区政协") in got or ("ORG:门头沟区政协", "COOPERATES_WITH", "ORG:涿鹿县政协") in got


def test_title_gives_leads_and_participation():
    got, _ = rels("门头沟区政协召开“推进永定河流域生态保护”议政会。区政协主席王明主持会议。")
    assert ("PERSON:王明", "LEADS", "ORG:门头沟区政协") in got
    assert ("PERSON:王明", "PARTICIPATES_IN", "EVENT:“推进永定河流域生态保护”议政会") in got
    assert ("EVENT:“推进永定河流域生态保护”议政会", "ABOUT", "TOPIC:推进永定河流域生态保护") in got
    assert ("TOPIC:推进永定河流域生态保护", "CONCERNS", "PLACE:永定河") in got


def test_subjectless_sentence_acts_for_the_author():
    got, _ = rels("门头沟区政协全年工作综述。门头沟区政协深入调研。修订《提案工作条例》，赴潭柘寺镇、妙峰山镇视察。")
    assert ("ORG:门头沟区政协", "ISSUES", "DOCUMENT:《提案工作条例》") in got
    assert ("ORG:门头沟区政协", "VISITS", "PLACE:潭柘寺镇") in got
    assert ("ORG:门头沟区政协", "VISITS", "PLACE:妙峰山镇") in got


def test_partners_of_an_agreement():
    got, _ = rels("门头沟区政协认真落实与涿鹿县政协、怀来县政协“京冀协作”框架协议。")
    pairs = {frozenset((h, t)) for h, r, t in got if r == "COOPERATES_WITH"}
    assert pairs == {frozenset(("ORG:门头沟区政协", "ORG:涿鹿县政协")), frozenset(("ORG:门头沟区政协", "ORG:怀来县政协"))}


def test_under_leadership_and_supervision():
    got, _ = rels("在中共门头沟区委的坚强领导下，门头沟区政协对区住房和城乡建设局开展专项民主监督。")
    assert ("ORG:中共门头沟区委", "LEADS", "ORG:门头沟区政协") in got
    assert any(r == "SUPERVISES" and h == "ORG:门头沟区政协" and "住房和城乡建设局" in t for h, r, t in got)


def test_every_relation_has_evidence_in_the_original():
    text = "门头沟区政协在潭柘寺镇举办“京西文化”书画展。\n区政协主席王明出席。"
    _, r = rels(text)
    assert r.relations
    for x in r.relations:
        assert x.evidence.doc_id == "t.txt"
        assert 0 <= x.evidence.start < x.evidence.end <= len(text)
        assert x.evidence.text.replace("\n", "") in text.replace("\n", "")


def test_members_act_for_the_body_of_their_paragraph():
    got, _ = rels("会议纪要。\n\n5月9日，宜宾市翠屏区政协召开专题协商会。区政协主席李明主持会议。会前，委员们赴李庄镇实地视察。")
    assert ("ORG:翠屏区政协", "VISITS", "PLACE:李庄镇") in got


def test_bodies_take_part_through_their_officials():
    got, _ = rels("临沂市兰山区政协召开“推进老旧小区改造”专题协商会。区住房和城乡建设局、区财政局有关负责同志参加会议。")
    ev = "EVENT:“推进老旧小区改造”专题协商会"
    assert ("ORG:兰山区住房和城乡建设局", "PARTICIPATES_IN", ev) in got
    assert ("ORG:兰山区财政局", "PARTICIPATES_IN", ev) in got


def test_titled_persons_listed_over_a_comma_all_take_part():
    got, _ = rels("赣州市章贡区人民政府召开“招商引资攻坚年”推进会。区委书记陈一鸣、区长周志刚，区政协主席李三强出席会议。")
    ev = "EVENT:“招商引资攻坚年”推进会"
    assert {("PERSON:陈一鸣", "PARTICIPATES_IN", ev), ("PERSON:周志刚", "PARTICIPATES_IN", ev), ("PERSON:李三强", "PARTICIPATES_IN", ev)} <= got


def test_special_supervisors_supervise_the_listed_bodies():
    got, _ = rels("琼海市政协工作报告。选派10名委员担任市人民法院、市市场监督管理局特约监督员。")
    sup = {(h, t) for h, r, t in got if r == "SUPERVISES"}
    assert sup == {("ORG:琼海市政协", "ORG:琼海市人民法院"), ("ORG:琼海市政协", "ORG:琼海市市场监督管理局")}


def test_leadership_over_a_body_and_a_leading_role():
    got, _ = rels("琼海市政协工作报告。中共琼海市委全面加强了对市政协各项工作的领导。充分发挥政协党组在政协工作中的领导作用。")
    assert ("ORG:中共琼海市委", "LEADS", "ORG:琼海市政协") in got
    assert ("ORG:琼海市政协党组", "LEADS", "ORG:琼海市政协") in got


def test_what_visitors_look_into_is_their_topic():
    got, _ = rels("延吉市政协组织委员视察城市更新工作，详细了解背街小巷改造、老旧管网更新等情况。")
    assert ("ORG:延吉市政协", "ABOUT", "TOPIC:背街小巷改造") in got
    assert ("ORG:延吉市政协", "ABOUT", "TOPIC:老旧管网更新") in got


def test_each_report_of_a_newspaper_page_has_its_own_district():
    page = ("05 政协周刊 2024年6月5日 星期三 责任编辑：王丽 美编：张强\n\n"
            "章贡区政协视察城市更新工作\n\n本报讯 6月3日，章贡区政协组织委员视察城市更新工作。区政协主席刘洋带队。\n\n"
            "南康区政协召开专题协商会\n\n本报讯 6月4日，南康区政协召开“推动家具产业高质量发展”专题协商会。"
            "会前，委员们赴龙岭镇实地调研。区政协副主席陈红主持会议。\n")
    got, _ = rels(page)
    assert ("PERSON:刘洋", "LEADS", "ORG:章贡区政协") in got
    assert ("PERSON:陈红", "LEADS", "ORG:南康区政协") in got
    assert ("ORG:南康区政协", "VISITS", "PLACE:龙岭镇") in got


def test_listed_leaders_share_the_title_and_its_body():
    got, _ = rels("汇川区政协召开“加快白酒产业集聚发展”专题协商会。区政协副主席陈红、骆永军，秘书长赵家祥出席。")
    leads = {(h, t) for h, r, t in got if r == "LEADS"}
    assert {("PERSON:陈红", "ORG:汇川区政协"), ("PERSON:骆永军", "ORG:汇川区政协"), ("PERSON:赵家祥", "ORG:汇川区政协")} <= leads


def test_partners_after_lianhe_are_not_the_actor():
    got, _ = rels("台山市政协工作报告。市政协还联合市委统战部、市侨联举办“侨心向党 同心筑梦”主题征文活动。")
    ev = "EVENT:“侨心向党，同心筑梦”主题征文活动"
    assert ("ORG:台山市政协", "ORGANIZES", ev) in got
    assert ("ORG:台山市政协", "COOPERATES_WITH", "ORG:台山市侨联") in got
    assert ("ORG:台山市侨联", "COOPERATES_WITH", "ORG:中共台山市委统战部") not in got


def test_a_leader_leading_a_group_goes_with_his_body():
    got, _ = rels("平阳县政协工作动态。市政协副主席王芳率调研组赴安溪县、永春县开展专题调研。")
    visits = {(h, t) for h, r, t in got if r == "VISITS"}
    assert {("PERSON:王芳", "PLACE:安溪县"), ("ORG:温州市政协", "PLACE:安溪县")} <= visits
    assert not any(h == "ORG:平阳县政协" for h, t in visits)


def test_meeting_of_a_new_paragraph_and_a_named_studio():
    got, _ = rels("区政协召开“加快白酒产业集聚发展”专题协商会\n\n9月24日，顺义区政协召开“加快白酒产业集聚发展”专题协商会。\n\n"
                  "会上，8名委员围绕高粱种植基地建设、酒企融资等作交流发言。\n\n"
                  "顺义区政协在石园街道设立仁和社区委员工作室。工作室将聚焦社区养老、物业纠纷化解等问题开展协商。")
    ev = "EVENT:“加快白酒产业集聚发展”专题协商会"
    assert (ev, "ABOUT", "TOPIC:高粱种植基地建设") in got and (ev, "ABOUT", "TOPIC:酒企融资") in got
    studio = next(h for h, r, t in got if r == "ABOUT" and t == "TOPIC:社区养老")
    assert studio.endswith("委员工作室")


def test_partner_opened_by_yu_before_a_joint_visit():
    got, _ = rels("顺义区政协全年工作综述。与通州区政协联合视察潮白河顺义段生态岸线建设情况。")
    assert ("ORG:通州区政协", "ABOUT", "TOPIC:潮白河顺义段生态岸线建设") in got
    assert ("ORG:顺义区政协", "ABOUT", "TOPIC:潮白河顺义段生态岸线建设") in got


def test_a_body_activity_after_the_topic_is_the_body_s_not_the_last_meeting_s():
    got, _ = rels("顺义区政协全年工作综述。\n\n召开“京华论坛”。就城中村改造、老旧小区加装电梯开展对口协商。")
    assert ("ORG:顺义区政协", "ABOUT", "TOPIC:城中村改造") in got
    assert not any(r == "ABOUT" and h.startswith("EVENT") and t == "TOPIC:城中村改造" for h, r, t in got)


def test_a_division_opening_an_unquoted_topic_is_what_it_concerns():
    got, r = rels("顺义区政协全年工作综述。区政协组织委员了解平谷区巩固拓展脱贫攻坚成果、推进乡村振兴的情况。")
    assert ("TOPIC:巩固拓展脱贫攻坚成果", "CONCERNS", "PLACE:平谷区") in got


def test_an_event_carried_to_one_place_is_held_there():
    got, _ = rels("顺义区政协全年工作综述。组织医卫界委员赴河北省滦平县开展“健康义诊、精准帮扶”活动。")
    assert ("EVENT:“健康义诊、精准帮扶”活动", "HELD_AT", "PLACE:滦平县") in got


def test_the_session_a_report_is_delivered_at_and_national_plenums_carry_no_relations():
    got, _ = rels("政协顺义区第十四届委员会常务委员会工作报告\n——2025年1月7日在政协顺义区第十四届委员会第四次会议上\n"
                  "各位委员：\n一年来，区政协深入学习贯彻二十届三中全会精神，围绕乡村振兴开展调研。"
                  "区政协组织全体委员参加二十届三中全会精神宣讲报告会。")
    assert not any("第四次会议" in h + t or "三中全会" in h + t for h, r, t in got)


def test_a_body_after_a_fronted_topic_acts_on_it():
    got, _ = rels("顺义区政协全年工作综述。\n\n召开“京华论坛”。围绕“加快新能源汽车零部件产业集群发展”，区政协经济委员会会同区发展和改革局开展联合调研。")
    assert ("ORG:顺义区政协经济委员会", "ABOUT", "TOPIC:加快新能源汽车零部件产业集群发展") in got
    assert not any(h.startswith("EVENT") and r == "ABOUT" for h, r, t in got if "新能源" in t)


def test_a_new_report_item_acts_for_the_author_again():
    got, _ = rels("顺义区政协全年工作综述。区政协农业和农村委员会联合区农业农村局走访北石槽镇。"
                  "聚焦城市治理，组织委员视察牛栏山镇。")
    assert ("ORG:顺义区政协", "VISITS", "PLACE:牛栏山镇") in got
    assert ("ORG:顺义区政协农业和农村委员会", "VISITS", "PLACE:北石槽镇") in got


def test_a_topic_fronted_before_a_new_meeting_is_not_the_last_meeting_s():
    got, _ = rels("顺义区政协全年工作综述。\n\n召开“京华论坛”。聚焦“淄博烧烤”后时代文旅消费提升，与区文化和旅游局联合举办“城市烟火气·文旅新引擎”协商座谈会。")
    assert not any(h == "EVENT:“京华论坛”" and r == "ABOUT" for h, r, t in got)
    assert "TOPIC:城市烟火气·文旅新引擎" not in {t for h, r, t in got}


def test_a_sector_of_members_acts_for_the_author():
    got, _ = rels("顺义区政协全年工作综述。区政协港澳台侨和外事委员会组织委员考察。经济界围绕“促进临空经济区金融业集聚发展”开展界别协商。")
    assert ("ORG:顺义区政协", "ABOUT", "TOPIC:促进临空经济区金融业集聚发展") in got


def test_participants_deliberate_at_the_meeting_under_way():
    got, _ = rels("7月23日，顺义区政协召开“潮白河生态保护”协商会。与会人员还就“推进潮白河生态经济带建设”等议题进行交流研讨。")
    assert ("EVENT:“潮白河生态保护”协商会", "ABOUT", "TOPIC:推进潮白河生态经济带建设") in got


def test_a_body_reporting_at_a_meeting_takes_part():
    got, _ = rels("9月5日，密云区政协召开“红干椒产业提质增效”专题协商会。区农业农村局作情况通报，区水务局负责同志通报情况。")
    ev = "EVENT:“红干椒产业提质增效”专题协商会"
    assert ("ORG:密云区农业农村局", "PARTICIPATES_IN", ev) in got and ("ORG:密云区水务局", "PARTICIPATES_IN", ev) in got


def test_two_bodies_acting_jointly_cooperate_without_a_named_event():
    got, _ = rels("本报讯 密云区政协与怀柔区政协联合开展民主监督。")
    pairs = {frozenset((h, t)) for h, r, t in got if r == "COOPERATES_WITH"}
    assert frozenset(("ORG:密云区政协", "ORG:怀柔区政协")) in pairs


def test_a_river_stretch_is_visited_as_the_river():
    got, _ = rels("顺义区政协全年工作综述。与通州区政协联合视察潮白河顺义段生态岸线建设情况。委员们还参观了焦庄户地道战遗址。")
    assert ("ORG:顺义区政协", "VISITS", "PLACE:潮白河") in got and ("ORG:通州区政协", "VISITS", "PLACE:潮白河") in got
    assert ("ORG:顺义区政协", "VISITS", "PLACE:焦庄户地道战遗址") in got


def test_a_theme_taken_with_yi_wei_zhuti():
    got, _ = rels("顺义区政协全年工作综述。以“临空产业转型升级”为主题开展界别协商。\n\n开展第十二期“请你来协商”活动，以“潮白河历史风貌区活化利用”为主题。")
    assert ("ORG:顺义区政协", "ABOUT", "TOPIC:临空产业转型升级") in got
    assert ("EVENT:第十二期“请你来协商”活动", "ABOUT", "TOPIC:潮白河历史风貌区活化利用") in got


def test_the_meeting_of_a_news_item_studies_what_a_later_paragraph_lists():
    got, _ = rels("顺义区人民政府召开第四十七次常务会议\n\n3月5日，顺义区人民政府第四十七次常务会议召开。\n\n"
                  "会议还研究了春季森林防火、安全生产大检查等工作。")
    ev = "EVENT:顺义区人民政府第四十七次常务会议"
    assert (ev, "ABOUT", "TOPIC:春季森林防火") in got and (ev, "ABOUT", "TOPIC:安全生产大检查") in got


def test_a_sentence_opening_with_the_meeting_s_head_word_is_that_meeting_s():
    got, _ = rels("顺义区政协举办“运河文化带建设”委员议事会\n\n6月12日，顺义区政协举办“运河文化带建设”委员议事会。\n\n"
                  "议事会上，委员们就大运河遗产保护、古镇业态提升等提出建议。")
    ev = "EVENT:“运河文化带建设”委员议事会"
    assert (ev, "ABOUT", "TOPIC:大运河遗产保护") in got and (ev, "ABOUT", "TOPIC:古镇业态提升") in got


def test_both_parties_act_after_an_agreement():
    got, _ = rels("本报讯 咸安区政协与临湘市政协签订《协作框架协议》。双方将围绕长江岸线生态保护、茶旅文化融合等开展联合调研。")
    for body in ("ORG:咸安区政协", "ORG:临湘市政协"):
        assert (body, "ABOUT", "TOPIC:长江岸线生态保护") in got


def test_a_university_named_after_a_place_is_seated_there():
    got, _ = rels("区政协邀请宁夏大学教授作专题辅导，宁夏回族自治区政协给予指导。")
    assert ("ORG:宁夏大学", "LOCATED_IN", "PLACE:宁夏回族自治区") in got


def test_learning_at_a_place_is_a_visit_not_a_body_name():
    got, r = rels("平遥县政协主席郭慧敏带队赴晋中市榆次区学习委员工作室建设经验。")
    assert ("ORG:平遥县政协", "VISITS", "PLACE:榆次区") in got
    assert not any("学习委员工作室" in e.key for e in r.entities)


def test_partners_named_before_a_joint_activity_share_its_topic():
    got, _ = rels("溧阳市政协工作报告\n与宜兴市政协、金坛区政协共同召开三地政协联席会议，签订合作备忘录，"
                  "围绕“太湖西岸生态共保”联合开展视察。")
    topic = "TOPIC:太湖西岸生态共保"
    for body in ("ORG:溧阳市政协", "ORG:宜兴市政协", "ORG:金坛区政协"):
        assert (body, "ABOUT", topic) in got


def test_a_body_named_in_the_sentence_takes_its_topics_not_the_last_sentence_s_event():
    got, _ = rels("潞州区政协工作报告\n举办庆祝人民政协成立75周年书画摄影展。\n"
                  "2025年，区政协将在区委领导下，聚焦城市更新、“一老一小”服务体系建设等重点工作，深入协商议政。")
    assert ("ORG:潞州区政协", "ABOUT", "TOPIC:城市更新") in got
    assert not any(h.startswith("EVENT:") and r == "ABOUT" for h, r, _ in got)


def test_a_theme_opened_by_the_event_s_head_or_given_in_a_talk_is_the_event_s():
    got, _ = rels("4月20日，第五届汾河健康论坛在太原举行。论坛以“健康太原 医路同行”为主题，200余名医务人员参加。")
    assert ("EVENT:第五届汾河健康论坛", "ABOUT", "TOPIC:健康太原，医路同行") in got
    got, _ = rels("区政协举办第三期“委员讲堂”。辽宁科技大学教授冯雅丽以“数字经济赋能传统商贸转型”为题作专题讲座。")
    assert ("EVENT:第三期“委员讲堂”", "ABOUT", "TOPIC:数字经济赋能传统商贸转型") in got


def test_the_stops_of_a_named_inspection_are_where_it_was_held():
    got, _ = rels("开展《山东省优化营商环境条例》执法检查，检查组深入德州经济技术开发区、天衢工业园走访企业16家。")
    ev = "EVENT:《山东省优化营商环境条例》执法检查"
    assert (ev, "HELD_AT", "PLACE:德州经济技术开发区") in got and (ev, "HELD_AT", "PLACE:天衢工业园") in got


def test_officials_reporting_items_later_do_not_join_an_old_event():
    got, _ = rels("金川区政协工作报告\n各位委员：\n一、工作回顾\n全年召开全体会议1次。\n组织委员赴会师纪念馆开展“赓续红色血脉”主题教育活动。全年召开常委会会议5次。提交提案16件。"
                  "报送信息158篇。区政协人口资源环境委员会组织委员察看锦江河滨公园，区水务局负责同志介绍情况。")
    assert not any(r == "PARTICIPATES_IN" and "水务局" in h for h, r, _ in got)


def test_a_district_before_a_school_holds_the_township_the_school_name_opens_with():
    got, _ = rels("委员们为顺义区赵全营镇中心小学捐赠图书，并走访顺义区马坡镇西丰乐村。")
    assert ("PLACE:赵全营镇", "LOCATED_IN", "PLACE:顺义区") in got
    assert ("PLACE:赵全营镇中心小学", "LOCATED_IN", "PLACE:赵全营镇") in got
    assert ("PLACE:赵全营镇中心小学", "LOCATED_IN", "PLACE:顺义区") not in got


def test_along_a_river_is_a_visit():
    got, _ = rels("顺义区政协组织委员沿潮白河实地察看截污纳管情况。")
    assert ("ORG:顺义区政协", "VISITS", "PLACE:潮白河") in got


def test_a_person_who_opens_or_speaks_at_the_event_takes_part():
    got, _ = rels("顺义区政协举办2024年委员履职能力提升培训班。区政协副主席王晓红作开班动员，区政协秘书长李卫东作交流发言。")
    ev = "EVENT:2024年委员履职能力提升培训班"
    assert ("PERSON:王晓红", "PARTICIPATES_IN", ev) in got and ("PERSON:李卫东", "PARTICIPATES_IN", ev) in got


def test_bureaus_met_face_to_face_take_part_in_the_consultation():
    got, _ = rels("顺义区政协召开第三期“潮白议事厅”协商会，就城区排水问题与区水务局、区住房和城乡建设委员会面对面协商。")
    ev = "EVENT:第三期“潮白议事厅”协商会"
    assert ("ORG:顺义区水务局", "PARTICIPATES_IN", ev) in got
    assert ("ORG:顺义区住房和城乡建设委员会", "PARTICIPATES_IN", ev) in got


def test_the_party_committee_holds_its_work_meeting_on_the_cppcc():
    got, _ = rels("顺义区政协工作报告\n区委召开政协工作会议，出台实施意见。")
    assert ("ORG:中共顺义区委", "ORGANIZES", "EVENT:政协工作会议") in got


def test_the_leader_of_a_visiting_group_goes_wherever_the_group_goes():
    got, _ = rels("顺义区政协开展专题视察。区政协主席王建国带队，区政协副主席刘芳参加视察。\n\n视察组首先来到汉石桥湿地，随后走进李桥镇。")
    assert ("PERSON:王建国", "VISITS", "PLACE:汉石桥湿地") in got and ("PERSON:王建国", "VISITS", "PLACE:李桥镇") in got
    assert ("ORG:顺义区政协", "VISITS", "PLACE:李桥镇") in got
    assert ("PERSON:刘芳", "VISITS", "PLACE:李桥镇") not in got


def test_a_breadcrumb_stays_apart_from_the_title_and_the_byline_names_the_author():
    got, r = rels("首页 > 政协工作 > 提案工作\n政协顺义区委员会常务委员会关于提案工作情况的报告\n来源：顺义区政协提案委员会\n召开提案办理协商会。")
    assert not any(e.key.startswith("ORG:提案工作") for e in r.entities)
    got, _ = rels("马坡镇召开“美好社区”议事会\n来源：顺义区马坡镇人民政府　　2024-06-14\n6月12日，马坡镇召开第五届“美好社区”议事会。会上，顺义区政协委员王芳建议加强管理。")
    assert ("ORG:马坡镇人民政府", "ORGANIZES", "EVENT:第五届“美好社区”议事会") in got


def test_a_committee_acts_in_its_own_sentence_and_the_next_one_is_the_author_s():
    got, _ = rels("门头沟区政协2024年工作报告。区政协文化文史和学习委员会编印《门头沟文史》第十辑。"
                  "与延庆区政协签订协同履职合作协议，共同赴爨底下村考察。")
    assert ("ORG:门头沟区政协文化文史和学习委员会", "ISSUES", "DOCUMENT:《门头沟文史》") in got
    assert ("ORG:门头沟区政协", "VISITS", "PLACE:爨底下村") in got
    assert ("ORG:门头沟区政协文化文史和学习委员会", "VISITS", "PLACE:爨底下村") not in got


def test_a_clause_that_only_says_where_is_a_site_the_group_visits():
    got, _ = rels("9月11日，门头沟区政协组织委员开展专题视察。区政协主席王明带队。"
                  "在妙峰山森林公园，视察组察看了森林防火工作。在永定河湿地，委员们与区水务局负责同志座谈。")
    assert ("ORG:门头沟区政协", "VISITS", "PLACE:妙峰山森林公园") in got
    assert ("PERSON:王明", "VISITS", "PLACE:妙峰山森林公园") in got
    assert ("ORG:门头沟区政协", "VISITS", "PLACE:永定河湿地") in got
    assert not any(h == "ORG:门头沟区水务局" and r == "VISITS" for h, r, t in got)


def test_partners_named_with_yu_go_on_a_joint_visit_later_in_the_sentence():
    got, _ = rels("门头沟区政协2024年工作报告。与延庆区政协、昌平区政协签订协作协议，共同开展“长城文化带保护”联合视察，"
                  "走进爨底下村、沿河城村。")
    for body in ("门头沟区政协", "延庆区政协", "昌平区政协"):
        assert (f"ORG:{body}", "VISITS", "PLACE:爨底下村") in got
        assert (f"ORG:{body}", "VISITS", "PLACE:沿河城村") in got


def test_works_named_after_a_river_or_old_town_in_a_topic_concern_the_feature():
    got, r = rels("区政协就“推进猪龙河生态廊道建设”召开协商会。区政协聚焦“推动骑楼城历史文化街区保护与活化利用”开展调研。"
                  "委员们察看了汉江生态廊道。")
    assert ("TOPIC:推进猪龙河生态廊道建设", "CONCERNS", "PLACE:猪龙河") in got
    assert ("TOPIC:推动骑楼城历史文化街区保护与活化利用", "CONCERNS", "PLACE:骑楼城") in got
    keys = {e.key for e in r.entities}
    assert "PLACE:猪龙河生态廊道" not in keys and "PLACE:汉江生态廊道" in keys  # a visited site keeps its name


def test_a_later_report_of_a_page_does_not_join_the_first_report_s_meeting():
    page = ("红桥区政协召开“河畔议事”协商会\n"
            "本报讯（记者 王丽）11月19日，红桥区政协召开第四期“河畔议事”协商会。区政协主席陈永胜主持会议。\n"
            "北辰区政协视察设施农业\n"
            "本报讯（通讯员 宝音）11月15日，北辰区政协组织委员视察设施农业发展情况。区政协主席赵国华带队，区政协副主席白玉梅参加。"
            "委员们察看了西堤头镇设施农业园区。\n")
    got, _ = rels(page)
    assert ("PERSON:陈永胜", "PARTICIPATES_IN", "EVENT:第四期“河畔议事”协商会") in got
    assert not any(h in ("PERSON:赵国华", "PERSON:白玉梅") and r == "PARTICIPATES_IN" for h, r, t in got)


def test_a_body_is_about_what_it_reports():
    got, _ = rels("门头沟区政协召开第二期“委员面对面”活动。区农业农村局负责同志介绍了樱桃产业发展和农村公路养护情况，"
                  "区水务局汇报了永定河综合治理工作情况。区商务局、区文化和旅游局分别通报了夜间经济培育和民宿规范发展情况。")
    assert ("ORG:门头沟区农业农村局", "ABOUT", "TOPIC:樱桃产业发展") in got
    assert ("ORG:门头沟区农业农村局", "ABOUT", "TOPIC:农村公路养护") in got
    assert ("ORG:门头沟区水务局", "ABOUT", "TOPIC:永定河综合治理") in got
    assert ("ORG:门头沟区商务局", "ABOUT", "TOPIC:夜间经济培育") in got  # 分别: respectively
    assert ("ORG:门头沟区文化和旅游局", "ABOUT", "TOPIC:民宿规范发展") in got
    assert ("ORG:门头沟区商务局", "ABOUT", "TOPIC:民宿规范发展") not in got


def test_a_facility_named_after_a_division_of_the_document_lies_in_it():
    got, _ = rels("荆州市江陵县政协组织委员走访荆州博物馆和江陵文创园。苏州市吴中区政协调研苏州吴中太湖旅游区。")
    assert ("PLACE:荆州博物馆", "LOCATED_IN", "PLACE:荆州市") in got
    assert ("PLACE:江陵文创园", "LOCATED_IN", "PLACE:江陵县") in got
    assert ("PLACE:苏州吴中太湖旅游区", "LOCATED_IN", "PLACE:吴中区") in got  # the innermost division
    assert ("PLACE:苏州吴中太湖旅游区", "LOCATED_IN", "PLACE:苏州市") not in got


def test_a_branch_named_after_a_district_lies_in_the_district():
    got, _ = rels("保定市竞秀区政协邀请保定市公安局竞秀分局负责同志参加。")
    assert ("ORG:保定市公安局竞秀分局", "LOCATED_IN", "PLACE:竞秀区") in got
    assert ("ORG:保定市公安局竞秀分局", "LOCATED_IN", "PLACE:保定市") not in got


def test_bodies_whose_members_speak_take_part_in_the_meeting():
    got, _ = rels("门头沟区政协召开第三期“山水议事厅”协商会。民进门头沟区支部、区工商联和经济界的委员结合调研发言，提出建议12条。")
    for body in ("民进门头沟区支部", "门头沟区工商联"):
        assert (f"ORG:{body}", "PARTICIPATES_IN", "EVENT:第三期“山水议事厅”协商会") in got
    assert ("ORG:门头沟区政协", "PARTICIPATES_IN", "EVENT:第三期“山水议事厅”协商会") not in got


def test_bodies_that_jointly_hold_an_activity_cooperate():
    got, _ = rels("门头沟区政协与延庆区政协联合开展“京西同心·委员行”活动。")
    assert ("ORG:门头沟区政协", "COOPERATES_WITH", "ORG:延庆区政协") in got or ("ORG:延庆区政协", "COOPERATES_WITH", "ORG:门头沟区政协") in got


def test_cooperation_written_as_a_noun_after_partners_named_with_yu():
    got, _ = rels("吴江区政协2024年工作报告。深化与嘉兴市秀洲区政协、湖州市南浔区政协的协作。与昆山市政协加强合作。")
    for partner in ("秀洲区政协", "南浔区政协", "昆山市政协"):
        assert ("ORG:吴江区政协", "COOPERATES_WITH", f"ORG:{partner}") in got




def test_a_meeting_of_the_last_line_is_not_under_way_on_the_next():
    got, _ = rels("准格尔旗政协工作报告。\n一是加强思想政治引领。深入学习贯彻习近平总书记关于加强和改进人民政协工作的重要思想，"
                  "举办2025年委员学习研讨班，组织委员赴呼和浩特市开展专题研学。\n"
                  "二是提高协商议政质量。围绕“推进新能源产业集群发展”召开专题议政性常委会议；就“十五五”规划编制、黄河流域生态保护等开展调研协商。")
    assert ("ORG:准格尔旗政协", "ABOUT", "TOPIC:“十五五”规划编制") in got
    assert ("EVENT:2025年委员学习研讨班", "ABOUT", "TOPIC:“十五五”规划编制") not in got


def test_the_title_below_a_breadcrumb_names_the_author_of_bare_committee_words():
    got, _ = rels("首页 > 人大工作 > 常委会工作报告\n平谷区人民代表大会常务委员会工作报告\n来源：平谷区人大常委会办公室\n"
                  "区委出台《关于支持人大依法履职的若干措施》，区委书记张明听取汇报。区委召开人大工作会议。\n"
                  "常委会组织代表视察兴谷街道。检查组深入渔阳地区办事处。")
    assert ("ORG:平谷区人大常委会", "VISITS", "PLACE:兴谷街道") in got
    assert not any(h.startswith("ORG:中共平谷区委") and r == "VISITS" for h, r, _ in got)


def test_a_quoted_topic_ends_before_the_visit():
    got, _ = rels("平谷区政协围绕“义务教育优质均衡发展”赴兴谷街道、金海湖镇开展视察。")
    assert ("ORG:平谷区政协", "ABOUT", "TOPIC:义务教育优质均衡发展") in got
    assert ("ORG:平谷区政协", "VISITS", "PLACE:兴谷街道") in got


def test_members_deliberate_at_the_meeting_the_news_item_reports():
    got, _ = rels("5月15日，平谷区政协第二期“界别委员面对面”活动在金海湖镇委员工作室举行。区政协副主席韦丽参加活动。\n"
                  "委员们围绕推广生态养殖模式、建设冷链集散中心等提出建议10条。")
    assert ("EVENT:第二期“界别委员面对面”活动", "ABOUT", "TOPIC:推广生态养殖模式") in got
    assert ("ORG:平谷区政协", "ABOUT", "TOPIC:推广生态养殖模式") not in got


def test_bodies_reporting_at_the_meeting_under_way_take_part():
    got, _ = rels("平谷区政协召开第五期“平谷有约”专题协商会。协商会上，区住房和城乡建设局介绍了老旧小区改造进展，"
                  "区卫生健康委员会作了回应。")
    ev = "EVENT:第五期“平谷有约”专题协商会"
    assert ("ORG:平谷区住房和城乡建设局", "PARTICIPATES_IN", ev) in got
    assert ("ORG:平谷区卫生健康委员会", "PARTICIPATES_IN", ev) in got


def test_bodies_heard_during_an_inspection_take_part():
    got, _ = rels("平谷区人大常委会开展《中华人民共和国大气污染防治法》执法检查。检查组听取了区住房和城乡建设局、区水务局关于扬尘治理的情况汇报。")
    ev = "EVENT:《中华人民共和国大气污染防治法》执法检查"
    assert ("ORG:平谷区住房和城乡建设局", "PARTICIPATES_IN", ev) in got
    assert ("ORG:平谷区水务局", "PARTICIPATES_IN", ev) in got


def test_a_later_stop_of_the_reported_tour_is_where_it_was_held():
    got, _ = rels("平谷区政协开展“守护金海湖”专题视察\n9月11日，平谷区政协组织委员开展“守护金海湖”专题视察。\n"
                  "次日，视察组来到金海湖镇，察看水源保护情况。")
    assert ("EVENT:“守护金海湖”专题视察", "HELD_AT", "PLACE:金海湖镇") in got


def test_every_site_of_a_list_with_described_sites_is_visited():
    got, _ = rels("平谷区政协组织委员视察。视察组先后来到兴谷街道泃河生态修复段、金海湖公园、丫髻山景区和东高村镇。")
    for site in ("金海湖公园", "丫髻山景区", "东高村镇"):
        assert ("ORG:平谷区政协", "VISITS", "PLACE:" + site) in got


def test_a_body_opening_a_cited_title_does_not_issue_it():
    got, _ = rels("平谷区人大常委会组织学习《中共平谷区委关于加强新时代人大工作的意见》。")
    assert not any(r == "ISSUES" and h == "ORG:中共平谷区委" for h, r, _ in got)


def test_officials_at_an_unnamed_hearing_are_not_at_the_last_inspection():
    got, _ = rels("平谷区人大常委会开展《山东省物业管理条例》执法检查。围绕“停车难治理”开展专题询问，区城市管理局主要负责人到会应询。")
    assert ("ORG:平谷区城市管理局", "PARTICIPATES_IN", "EVENT:《山东省物业管理条例》执法检查") not in got


def test_a_people_s_congress_standing_committee_is_the_body_led():
    got, _ = rels("平谷区人大常委会工作报告\n在中共平谷区委的坚强领导下，区人大常委会依法履职。全区人大代表积极参与区人大工作。")
    assert ("ORG:中共平谷区委", "LEADS", "ORG:平谷区人大常委会") in got


def test_an_outlet_named_after_the_home_city_is_seated_there():
    got, _ = rels("孝南区人大常委会在湖北日报、孝感日报等媒体刊发稿件38篇。")
    assert ("ORG:孝感日报", "LOCATED_IN", "PLACE:孝感市") in got


def test_a_township_s_own_body_lies_in_the_township():
    got, _ = rels("平谷区政协机关党支部与兴谷街道党工委开展结对共建。委员们走进兴谷街道。")
    assert ("ORG:兴谷街道党工委", "LOCATED_IN", "PLACE:兴谷街道") in got


def test_the_body_urged_to_act_is_supervised():
    got, _ = rels("平谷区人大常委会工作报告\n开展《食品安全法》执法检查，督促区市场监督管理局整改问题12个。")
    assert ("ORG:平谷区人大常委会", "SUPERVISES", "ORG:平谷区市场监督管理局") in got


def test_the_body_joined_after_lianhe_is_a_partner_of_the_actor():
    got, _ = rels("越城区政协工作报告\n区政协经济委员会联合区发展和改革局开展专题调研。")
    assert ("ORG:越城区政协经济委员会", "COOPERATES_WITH", "ORG:越城区发展和改革局") in got \
        or ("ORG:越城区发展和改革局", "COOPERATES_WITH", "ORG:越城区政协经济委员会") in got


def test_a_body_s_office_organizes_its_own_campaign():
    got, _ = rels("婺城区政协工作报告\n区政协机关开展“清廉机关”创建活动。")
    assert ("ORG:婺城区政协机关", "ORGANIZES", "EVENT:“清廉机关”创建活动") in got


def test_a_body_after_zai_is_the_venue_not_the_organizer():
    got, _ = rels("东营区人大常委会工作报告\n在中共东营区委党校举办人大代表履职能力培训班2期。")
    assert ("ORG:东营区人大常委会", "ORGANIZES", "EVENT:人大代表履职能力培训班") in got
    assert ("ORG:中共东营区委党校", "ORGANIZES", "EVENT:人大代表履职能力培训班") not in got


def test_the_committee_that_specifically_hosts_the_tour_organizes_it():
    got, _ = rels("兴庆区政协开展“守护黄河安澜”专题视察。此次视察由区政协人口资源环境委员会具体承办。")
    assert ("ORG:兴庆区政协人口资源环境委员会", "ORGANIZES", "EVENT:“守护黄河安澜”专题视察") in got


def test_an_agreement_ceremony_named_after_two_bodies_is_held_by_both():
    got, r = rels("镇江市京口区政协与上海市杨浦区政协协同履职框架协议签约仪式在杨浦区举行。")
    ev = "EVENT:协同履职框架协议签约仪式"
    assert ("ORG:京口区政协", "ORGANIZES", ev) in got and ("ORG:杨浦区政协", "ORGANIZES", ev) in got
    assert (ev, "HELD_AT", "PLACE:杨浦区") in got
    event = next(e for e in r.entities if e.key == ev)
    assert "镇江市京口区政协与上海市杨浦区政协协同履职框架协议签约仪式" in event.aliases


def test_the_party_group_secretary_and_chairman_leads_both():
    got, _ = rels("江阳区政协工作报告\n区政协党组书记、主席唐志远为全体委员讲专题党课。")
    assert ("PERSON:唐志远", "LEADS", "ORG:江阳区政协党组") in got
    assert ("PERSON:唐志远", "LEADS", "ORG:江阳区政协") in got


def test_leadership_and_guidance_under_which_a_body_works():
    got, _ = rels("宁安市政协工作报告\n在中共宁安市委的坚强领导和牡丹江市政协的有力指导下，市政协常委会团结带领全体委员履职尽责。"
                  "在邢台市政协的精心指导下，市政协开展视察。")
    assert ("ORG:中共宁安市委", "LEADS", "ORG:宁安市政协") in got
    assert ("ORG:牡丹江市政协", "LEADS", "ORG:宁安市政协") in got


def test_the_leader_of_a_group_and_his_body_go_where_the_group_goes():
    got, _ = rels("花溪区政协工作报告\n区政协主席罗光明带领民主监督小组，区政协副主席吴丽萍参加，深入青岩镇、石板镇的集中供水工程。")
    for actor in ("ORG:花溪区政协", "PERSON:罗光明", "PERSON:吴丽萍"):
        assert (actor, "VISITS", "PLACE:青岩镇") in got


def test_invited_guests_and_answering_officials_take_part():
    got, _ = rels("平谷区政协召开第四期“平谷议事厅”专题协商会。区发展和改革委员会、区自然资源局负责同志现场作了回应。"
                  "北京市政协文化文史和学习委员会副主任周立民应邀出席。")
    ev = "EVENT:第四期“平谷议事厅”专题协商会"
    assert ("ORG:平谷区自然资源局", "PARTICIPATES_IN", ev) in got
    assert ("PERSON:周立民", "PARTICIPATES_IN", ev) in got


def test_a_professor_lecturing_on_a_quoted_theme_takes_part():
    got, _ = rels("南开区政协举办“书香南开”委员读书分享会。南开大学历史学院教授齐志强以“老城厢街巷记忆与城市更新”为题作专题辅导。")
    assert ("PERSON:齐志强", "PARTICIPATES_IN", "EVENT:“书香南开”委员读书分享会") in got


def test_a_report_on_listed_kinds_of_work_is_about_each():
    got, _ = rels("德城区人大常委会工作报告\n听取审议区政府关于城市更新、安全生产等工作情况的报告。")
    assert ("ORG:德城区人大常委会", "ABOUT", "TOPIC:城市更新") in got
    assert ("ORG:德城区人大常委会", "ABOUT", "TOPIC:安全生产") in got


def test_a_site_where_the_touring_group_looked_is_where_the_tour_was_held():
    got, _ = rels("平谷区政协开展“守护金海湖”专题视察\n9月11日，平谷区政协组织委员开展“守护金海湖”专题视察。\n"
                  "在金海湖镇，视察组察看了水源保护情况。")
    assert ("EVENT:“守护金海湖”专题视察", "HELD_AT", "PLACE:金海湖镇") in got


def test_the_body_given_the_problems_found_is_supervised():
    got, _ = rels("亭湖区政协工作报告\n开展专项民主监督。监督中发现的问题，由区住房和城乡建设局建立清单、限期整改。"
                  "对区水利局开展专题询问。")
    assert ("ORG:亭湖区政协", "SUPERVISES", "ORG:亭湖区住房和城乡建设局") in got
    assert ("ORG:亭湖区政协", "SUPERVISES", "ORG:亭湖区水利局") in got
