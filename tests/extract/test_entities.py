"""Entity cues, canonical names and administrative chains (texts written for the tests)."""

import pytest

from zhkg.extract.document import extract
from zhkg.extract.load import LoadedText


def run(text: str, doc_id: str = "t.txt"):
    return extract(LoadedText(doc_id, doc_id, text, "utf-8"))


def keys(result):
    return {e.key for e in result.entities}


@pytest.fixture(scope="module")
def mentougou():
    return run(
        "3月12日，门头沟区政协与河北省涿鹿县政协在永定河畔联合举办“山水同源 协同发展”主题座谈会。"
        "区政协主席王明出席并讲话。会议围绕“推进永定河流域生态保护”议题深入协商。"
        "会后，委员们赴潭柘寺镇视察，并就修订《门头沟区政协提案工作条例》听取意见。"
        "区委书记张强、市政协副主席李华参加调研。门头沟区政协常委会审议了报告。"
    )


def test_six_types_from_cues(mentougou):
    k = keys(mentougou)
    assert "ORG:门头沟区政协" in k and "ORG:涿鹿县政协" in k
    assert "PLACE:门头沟区" in k and "PLACE:涿鹿县" in k and "PLACE:潭柘寺镇" in k
    assert "EVENT:“山水同源，协同发展”主题座谈会" in k
    assert "TOPIC:推进永定河流域生态保护" in k
    assert "DOCUMENT:《门头沟区政协提案工作条例》" in k
    assert "PERSON:王明" in k and "PERSON:张强" in k


def test_abbreviations_resolve_in_home_context(mentougou):
    k = keys(mentougou)
    assert "ORG:中共门头沟区委" in k  # 区委
    assert "ORG:北京市政协" in k  # 市政协, from the home district's city
    entity = {e.key: e for e in mentougou.entities}["ORG:门头沟区政协"]
    assert "区政协" in entity.aliases
    assert "abbrev_in_home_context" in entity.merge_rules
    assert mentougou.home == "门头沟区"


def test_place_nodes_carry_adcode_and_coordinates(mentougou):
    place = {e.key: e for e in mentougou.entities}["PLACE:门头沟区"]
    attrs = dict(place.attrs)
    assert attrs["adcode"] == "110109" and 39 < attrs["lat"] < 41 and 115 < attrs["lon"] < 117


def test_admin_chain_from_reference_data(mentougou):
    rels = {(r.head, r.relation, r.tail, r.rule) for r in mentougou.relations}
    assert ("PLACE:涿鹿县", "LOCATED_IN", "PLACE:河北省", "admin_chain") in rels or (
        "PLACE:涿鹿县", "LOCATED_IN", "PLACE:张家口市", "admin_reference") in rels
    ref = {e.key: e for e in mentougou.entities if e.from_reference}
    assert "PLACE:北京市" in ref or "PLACE:北京市" in keys(mentougou)


def test_higher_division_prefix_is_dropped():
    r = run("内蒙古自治区包头市政协与北京市朝阳区政协签订框架协议。")
    k = keys(r)
    assert "ORG:包头市政协" in k
    org = {e.key: e for e in r.entities}["ORG:包头市政协"]
    assert "内蒙古自治区包头市政协" in org.aliases


def test_traditional_surface_is_an_alias():
    r = run("廣州市天河區政協召開「推動天河中央商務區高質量發展」專題協商會。區政協主席鄭嘉明主持會議。")
    ents = {e.key: e for e in r.entities}
    assert "ORG:天河区政协" in ents
    assert "區政協" in ents["ORG:天河区政协"].aliases
    assert "TOPIC:推动天河中央商务区高质量发展" in ents


def test_generic_words_and_fragments_are_not_nodes():
    r = run("新时代政协工作要协同推进，会同有关部门健全机制。各民主党派积极参与。打造集行洪泄洪功能的廊道。")
    for e in r.entities:
        assert len(e.canonical) > 1
        assert e.canonical not in ("政协", "新时代", "协同", "会同", "健全", "有关部门", "各民主党派", "洪泄洪")


def test_offsets_point_into_the_original():
    original = "门头沟区政协召开门头沟区政协召开““京西议事京西议事””会议会议\n委员们赴潭柘寺\n镇视察。"
    r = run(original)
    assert len(r.mentions) >= 3
    for m in r.mentions:
        assert original[m.start : m.end] == m.surface
    town = [m for m in r.mentions if m.entity == "PLACE:潭柘寺镇"]
    assert town and town[0].surface == "潭柘寺\n镇"  # found across the line break, offsets still exact
    assert any(m.entity == "EVENT:“京西议事”会议" for m in r.mentions)  # found in the doubled headline


def test_defined_short_form_resolves_to_the_full_name():
    r = run("山西医科大学第一医院（以下简称“山医大一院”）与太原市政协签订合作协议。山医大一院党委书记钱立平出席。")
    ents = {e.key: e for e in r.entities}
    assert "ORG:山医大一院" not in ents
    assert "山医大一院" in ents["ORG:山西医科大学第一医院"].aliases


def test_departments_whatever_the_segmentation():
    r = run("副县长周立平和县水利和湖泊局、县自然资源和规划局主要负责人到会。区工业和信息化局与某某大学签订协议。")
    k = keys(r)
    assert any(x.endswith("水利和湖泊局") for x in k)
    assert any(x.endswith("自然资源和规划局") for x in k)
    assert any(x.endswith("工业和信息化局") for x in k)
    assert "PLACE:平和县" not in k and "PERSON:周立平" in k  # 周立平和县…: no county cut out of a name


def test_formal_names_become_common_names():
    r = run("政协平遥县委员会常务委员会召开会议。平遥县人民代表大会常务委员会审议报告。青岛市市南区湛山街道办事处举行活动。")
    k = keys(r)
    assert "ORG:平遥县政协" in k and "ORG:平遥县政协常委会" not in k  # the standing committee is an alias
    assert "ORG:平遥县人大常委会" in k
    assert "ORG:湛山街道办事处" in k


def test_quote_variants_and_an_event_named_again_are_one_node():
    got = keys(run("宜宾市翠屏区政协工作报告。举办区“政协讲坛”。政协讲坛邀请专家授课。"
                   "区委第三次政协工作会议于5月召开。第三次政协工作会议强调团结。"))
    assert "EVENT:“政协讲坛”" in got and "EVENT:政协讲坛" not in got
    assert "EVENT:中共翠屏区委第三次政协工作会议" in got and "EVENT:第三次政协工作会议" not in got


def test_coordinated_bodies_and_shared_heads():
    got = keys(run("琼海市政协工作报告。建立了同全国和海南省政协委员沟通联络机制。"
                   "教育、财政和环境建设民主监督小组对重点领域开展监督。"))
    assert {"ORG:全国政协", "ORG:海南省政协"} <= got
    assert {"ORG:教育民主监督小组", "ORG:财政民主监督小组", "ORG:环境建设民主监督小组"} <= got


def test_conjunction_character_opening_a_place_stays():
    got = keys(run("【和平区人民政府】来源：劝业场街道\n\n7月1日，和平区劝业场街道工委组织开展主题党日活动。"))
    assert "ORG:和平区人民政府" in got and not any(k.startswith("ORG:平区") for k in got)


def test_media_outlets_and_internal_bulletins():
    got = keys(run("琼海市政协在《琼海日报》开设专栏，相关建议以《政协专报》形式报送，人民政协报予以报道。"))
    assert {"ORG:琼海日报", "ORG:人民政协报", "DOCUMENT:《政协专报》"} <= got


def test_the_body_in_the_title_sets_the_home_jurisdiction():
    got = keys(run("宁安市政协常委会工作报告\n\n认真落实牡丹江市委、牡丹江市政府和牡丹江市政协部署要求。"
                   "市政协组织委员赴渤海镇视察。"))
    assert "ORG:宁安市政协" in got


def test_a_district_newer_than_the_reference_table_still_resolves_abbreviations():
    got = keys(run("区政府召开第四十七次常务会议\n\n区长梁建伟主持召开建安区人民政府常务会议。建安区将推进项目建设。区委书记王强出席。"))
    assert {"ORG:建安区人民政府", "ORG:中共建安区委"} <= got


def test_committees_listed_after_one_of_a_cppcc_are_its_own():
    got = keys(run("宜宾市翠屏区政协工作报告。区政协提案委员会、经济委员会联合开展调研。共青团翠屏区委参加。"))
    assert {"ORG:翠屏区政协提案委员会", "ORG:翠屏区政协经济委员会", "ORG:共青团翠屏区委"} <= got


def test_a_page_code_glued_to_a_name_mid_text_is_dropped():
    got = keys(run("衡阳日报 2024年11月22日 星期五 A6政协周刊\n责任编辑：王丽\n\n本报讯 石鼓区政协召开会议。"))
    assert not any("A6" in k for k in got)


def test_a_district_newer_than_the_reference_table_written_after_its_city():
    r = run("政协长治市潞州区第二届委员会常务委员会工作报告\n\n在中共长治市潞州区委的坚强领导下，区政协召开会议。")
    assert {"ORG:潞州区政协", "ORG:中共潞州区委", "PLACE:潞州区"} <= keys(r)
    assert ("PLACE:潞州区", "LOCATED_IN", "PLACE:长治市") in {(x.head, x.relation, x.tail) for x in r.relations}


def test_title_glued_after_a_body_and_a_name_lac_cut():
    r = run("九三学社无锡市委会主委钱立群出席会议。")
    assert {"ORG:九三学社无锡市委会", "PERSON:钱立群"} <= keys(r)
    assert ("PERSON:钱立群", "LEADS", "ORG:九三学社无锡市委会") in {(x.head, x.relation, x.tail) for x in r.relations}


def test_an_event_opening_with_an_abbreviated_body_takes_its_full_name():
    got = keys(run("海口市美兰区人民政府召开第三十二次常务会议\n\n5月17日，区长周涛主持召开区政府第三十二次常务会议。"))
    assert "EVENT:美兰区人民政府第三十二次常务会议" in got and "EVENT:区政府第三十二次常务会议" not in got


def test_a_township_opening_a_facility_name_is_a_place():
    got = keys(run("顺义区政协委员视察区人民医院和北石槽乡卫生院，并在龙湾屯镇历史文化馆举行座谈。"))
    assert "PLACE:北石槽乡" in got and "PLACE:龙湾屯镇" in got
    assert not any(k.startswith("PLACE:") and "城乡" in k for k in keys(run("区住房和城乡建设局负责同志参加。")))


def test_a_bare_chair_meeting_is_no_body():
    got = keys(run("顺义区政协全年工作综述。主席会议集体学习了相关文件。"))
    assert not any(k.startswith("ORG:") and k.endswith("主席会议") for k in got)


def test_class_nouns_and_abstract_markets_are_no_places():
    got = keys(run("顺义区政协围绕城区停车难开展调研，推动特色农产品进入天津市场，助力集成电路产业发展，并视察运河沿线和侨乡古村落。"))
    assert not {"PLACE:城区", "PLACE:天津市场", "PLACE:集成电路", "PLACE:运河", "PLACE:侨乡"} & got
    assert "PLACE:顺义区" in got


def test_a_cppcc_or_congress_name_opens_with_a_seat():
    got = keys(run("顺义区政协全年工作综述。建设书香政协，讲好人大故事，深化川渝人大协同，市政协、平谷区人大常委会给予指导。"))
    assert not {"ORG:书香政协", "ORG:好人大", "ORG:川渝人大"} & got
    assert "ORG:北京市政协" in got or "ORG:市政协" in got


def test_a_congress_session_carries_its_division():
    got = keys(run("——2025年1月14日在重庆市綦江区第十八届人民代表大会第五次会议上\n区人大常委会主任作报告。"))
    assert any(k.startswith("EVENT:") and k.endswith("綦江区第十八届人民代表大会第五次会议") for k in got)


def test_a_meeting_named_after_its_bodies_and_no_group_body():
    got = keys(run("7月23日，淮河流域六市政协协同发展联席会议在安徽省蚌埠市召开。会议由蚌埠市政协发起。"))
    assert any(k.startswith("EVENT:") and k.endswith("六市政协协同发展联席会议") for k in got)
    assert not any(k.startswith("ORG:") and k.endswith("六市政协") for k in got)


def test_an_adverb_after_a_quoted_topic_is_not_part_of_it():
    got = keys(run("顺义区政协将聚焦“潮白河全流域水环境综合治理”持续开展民主监督。"))
    assert "TOPIC:潮白河全流域水环境综合治理" in got


def test_the_standing_committee_s_office_is_a_body_of_its_own():
    got = keys(run("密云区人民代表大会常务委员会工作报告\n区人大常委会坚持党的领导。常委会机关开展“模范机关”创建活动。"))
    assert "ORG:密云区人大常委会机关" in got and "ORG:密云区人大常委会" in got


def test_topic_edges_stop_before_lecturing_and_demonstratives():
    got = keys(run("顺义区政协全年工作综述。邀请专家围绕新型工业化、数字经济和基层治理作专题辅导。"
                   "围绕“高质量推进城市副中心建设”这一中心任务开展协商。听取区人民政府关于2024年计划执行情况的报告。"))
    assert {"TOPIC:基层治理", "TOPIC:高质量推进城市副中心建设", "TOPIC:2024年计划执行情况"} <= got


def test_a_quoted_campaign_after_its_verb_is_an_event():
    got = keys(run("顺义区政协全年工作综述。与区工商联联合开展“千企万户大走访”，走访企业120家。"))
    assert "EVENT:“千企万户大走访”" in got


def test_a_numbered_meeting_named_again_without_its_number_is_one_node():
    got = keys(run("顺义区政协全年工作综述。召开第一次“顺义议事厅”协商会。明年继续办好“顺义议事厅”协商会。"))
    events = {k for k in got if k.startswith("EVENT:")}
    assert events == {"EVENT:第一次“顺义议事厅”协商会"}


def test_the_quoted_brand_of_a_meeting_is_no_body():
    got = keys(run("顺义区政协全年工作综述。召开第一次“顺义议事厅”协商会。"))
    assert "ORG:顺义议事厅" not in got


def test_a_facility_keeps_the_township_it_opens_with_and_lies_in_it():
    r = extract(LoadedText("t.txt", "t.txt", "组织委员视察屈原镇脐橙产业园和八里店镇蔬菜基地。", "utf-8"))
    got = {(e.type, e.canonical) for e in r.entities}
    assert {("PLACE", "屈原镇脐橙产业园"), ("PLACE", "八里店镇蔬菜基地"), ("PLACE", "屈原镇")} <= got
    rels = {(x.head, x.relation, x.tail) for x in r.relations}
    assert ("PLACE:八里店镇蔬菜基地", "LOCATED_IN", "PLACE:八里店镇") in rels


def test_a_township_after_a_list_comma_keeps_its_first_character_and_scopes_the_topic():
    r = extract(LoadedText("t.txt", "t.txt", "聚焦马尚街道、和平街道老旧小区加装电梯问题。", "utf-8"))
    got = {(e.type, e.canonical) for e in r.entities}
    assert {("PLACE", "和平街道"), ("TOPIC", "老旧小区加装电梯")} <= got
    assert ("PLACE", "平街道") not in got


def test_bodies_met_face_to_face_are_not_part_of_the_topics():
    r = extract(LoadedText("t.txt", "t.txt", "就惠济河黑臭水体治理、汾河生态修复与县水利局、县住房和城乡建设管理局面对面协商。", "utf-8"))
    topics = {e.canonical for e in r.entities if e.type == "TOPIC"}
    assert topics == {"惠济河黑臭水体治理", "汾河生态修复"}


def test_a_standing_committee_session_is_one_event_under_its_short_and_full_names():
    r = extract(LoadedText("t.txt", "t.txt", "甘州区政协召开十届十八次常委会议\n10月15日，政协张掖市甘州区第十届委员会第十八次常务委员会议召开。区政协主席马国栋主持会议。", "utf-8"))
    events = {e.canonical for e in r.entities if e.type == "EVENT"}
    assert events == {"政协张掖市甘州区第十届委员会第十八次常务委员会议"}


def test_schools_visited_are_places_and_learning_at_meetings_is_no_school():
    r = extract(LoadedText("t.txt", "t.txt", "委员走访铜仁市第五中学、碧江区第三小学等学校9所。坚持常务委员会会议中学、专门委员会会议上讲。", "utf-8"))
    got = {(e.type, e.canonical) for e in r.entities}
    assert {("PLACE", "铜仁市第五中学"), ("PLACE", "碧江区第三小学")} <= got
    assert not any(name.endswith("会议中学") for _, name in got)


def test_a_body_met_after_a_quoted_topic_is_not_its_tail():
    r = extract(LoadedText("t.txt", "t.txt", "就“老旧小区改造后续管理”与区住房和城乡建设局、环北街道面对面协商。", "utf-8"))
    assert {e.canonical for e in r.entities if e.type == "TOPIC"} == {"老旧小区改造后续管理"}


def test_facility_heads_spread_over_words_and_townships_opening_facilities():
    got = keys(run("顺义区政协视察组先后来到潮白河水利枢纽、李桥镇潮白河西岸湿地和杨镇农贸市场，还走进后沙峪镇嵌入式养老服务中心。"))
    assert {"PLACE:潮白河水利枢纽", "PLACE:杨镇农贸市场", "PLACE:后沙峪镇嵌入式养老服务中心"} <= got
    assert {"PLACE:李桥镇", "PLACE:潮白河西岸湿地"} <= got and "PLACE:李桥镇潮白河西岸湿地" not in got


def test_a_district_before_a_township_is_not_part_of_a_school_name():
    got = keys(run("委员们为顺义区赵全营镇中心小学捐赠图书。"))
    assert {"PLACE:顺义区", "PLACE:赵全营镇", "PLACE:赵全营镇中心小学"} <= got


def test_a_website_named_after_a_generic_body_is_an_outlet():
    assert "ORG:人民政协网" in keys(run("人民网、新华网、人民政协网等21家中央媒体开展采访。"))


def test_the_office_party_branch_is_the_author_bodys_and_a_verb_ends_a_body_name():
    got = keys(run("顺义区政协工作报告\n区政协建立专门委员会党员活动组，成立机关党支部。"))
    assert "ORG:顺义区政协机关党支部" in got
    assert not any("建立" in k for k in got)


def test_quoted_research_inspections_campaigns_are_events_and_their_quotes_topics():
    got = keys(run("顺义区政协开展“潮白河生态廊道建设”专题调研，联合开展“守护潮白河”协同监督，启动“同心助力乡村振兴”行动。"))
    assert {"EVENT:“潮白河生态廊道建设”专题调研", "EVENT:“守护潮白河”协同监督", "EVENT:“同心助力乡村振兴”行动"} <= got
    assert "TOPIC:潮白河生态廊道建设" in got
    got = keys(run("顺义区政协围绕“推动文化产业园区提质升级”议题调研，形成报告。"))
    assert not any(k.startswith("EVENT:") for k in got) and "TOPIC:推动文化产业园区提质升级" in got


def test_a_verb_lac_glues_to_a_body_is_not_part_of_its_name():
    got = keys(run("碧江区政协举办区政协委员2024年度履职能力提升培训班。"))
    assert not any(k.startswith("ORG:") and "举办" in k for k in got) and "ORG:碧江区政协" in got


def test_works_on_a_river_are_places_and_a_part_of_town_is_no_district():
    got = keys(run("顺义区政协组织委员实地察看潮白河城区段生态治理工程和小中河综合治理工程，推进老城区更新。"))
    assert {"PLACE:潮白河城区段生态治理工程", "PLACE:小中河综合治理工程"} <= got
    assert not any(k.startswith("PLACE:") and k.endswith(("城区", "老城区")) for k in got)
    assert "PLACE:河南省" not in got and "PLACE:山西省" not in got


def test_care_homes_kindergartens_and_museums_are_places_a_class_of_them_is_not():
    k = keys(run("委员们走进齐文化博物院、周村古商城。委员们走进城关镇中心幼儿园、东湖敬老院，察看三里亭街道普惠托育中心。"
                 "新建普惠性幼儿园3所。"))
    for name in ("城关镇中心幼儿园", "东湖敬老院", "齐文化博物院", "三里亭街道普惠托育中心"):
        assert f"PLACE:{name}" in k and f"ORG:{name}" not in k
    assert not any(x.endswith("普惠性幼儿园") for x in k)


def test_a_township_keeps_a_first_character_that_could_be_a_verb():
    got = keys(run("特约监督员在孙晓梅带领下，走进向阳街道、红军路街道的4个老旧小区。"))
    assert "PLACE:向阳街道" in got and "PLACE:阳街道" not in got


def test_a_facility_name_may_open_with_a_word_read_as_a_person():
    got = keys(run("委员们共同赴纪南生态文化旅游区考察，随后参观秦邦宪故居。"))
    assert "PLACE:纪南生态文化旅游区" in got and "PLACE:秦邦宪故居" in got


def test_two_bodies_lac_read_as_one_word_are_two_bodies():
    got = keys(run("河东区政协与卡若区政协联合开展“津昌同心·委员行”活动。马尾区政协与平潭综合实验区政协签订协作协议。"))
    assert {"ORG:河东区政协", "ORG:卡若区政协", "ORG:马尾区政协", "ORG:平潭综合实验区政协"} <= got


def test_a_one_character_person_glued_to_a_river_is_part_of_its_name():
    got = keys(run("组织委员沿猪龙河、涝淄河实地察看截污纳管情况。"))
    assert "PLACE:涝淄河" in got and "PLACE:淄河" not in got


def test_a_pumping_station_named_after_a_lake_is_a_place():
    assert "PLACE:柳叶湖截污泵站" in keys(run("委员们先后察看了柳叶湖截污泵站和白马湖公园。"))


def test_a_bare_congress_in_its_standing_committee_s_report_is_that_committee():
    got = keys(run("平谷区人大常委会工作报告\n区人大常委会依法履职。成绩的取得，是区人大、区政府和社会各界共同努力的结果。"))
    assert "ORG:平谷区人大常委会" in got and "ORG:平谷区人大" not in got


def test_an_inspected_topic_keeps_its_scope_word_as_an_alias():
    topics = [e for e in run("平谷区政协组织委员视察，了解全区温泉旅游发展情况。").entities if e.type == "TOPIC"]
    assert any("全区温泉旅游发展" in e.aliases for e in topics)


def test_a_reported_topic_drops_its_qingkuang_unless_it_is_an_execution():
    got = keys(run("听取审议区政府关于养老服务体系建设情况的报告，审议区政府关于2024年预算执行情况的报告。"))
    assert "TOPIC:养老服务体系建设" in got and "TOPIC:2024年预算执行情况" in got


def test_a_quoted_topic_extends_only_over_a_topic_head():
    got = keys(run("区政协围绕“工业强区、商贸旺区”发展定位开展协商。区政协围绕“平谷大桃”区域公用品牌建设开展调研。"))
    assert "TOPIC:工业强区、商贸旺区" in got and "TOPIC:“平谷大桃”区域公用品牌建设" in got


def test_a_visit_verb_bounds_the_township_or_river_visited():
    got = keys(run("监督组深入会龙山街道、金银山街道察看农贸市场。委员们沿典农河察看水质。走进湾沚区六郎镇开展义诊。"))
    assert {"PLACE:会龙山街道", "PLACE:金银山街道", "PLACE:典农河", "PLACE:六郎镇"} <= got
    assert "PLACE:湾沚区六郎镇" not in got


def test_a_topic_reported_as_work_progress_drops_the_progress():
    assert "TOPIC:星海湖水质提升" in keys(run("区生态环境局负责人介绍了星海湖水质提升工作进展。"))


def test_a_place_name_does_not_reach_back_over_a_visit_verb():
    got = keys(run("道里区人大常委会工作报告\n开展“代表履职月”活动，组织代表深入工程街道、抚顺街道调研视察32次。"))
    assert "PLACE:工程街道" in got and not any("深入" in k for k in got)


def test_a_topic_ending_in_fazhan_before_kaizhan_keeps_its_last_character():
    assert "TOPIC:城乡义务教育优质均衡发展" in keys(run("区政协围绕城乡义务教育优质均衡发展开展专题调研。"))


def test_a_reported_body_s_work_keeps_the_word_work():
    got = keys(run("听取审议区人民法院关于民事审判工作情况的报告。"))
    assert "TOPIC:民事审判工作" in got


def test_a_topic_name_drops_a_trailing_count_or_deng_qingkuang():
    topics = {e.canonical for e in run("会议围绕“老旧楼院适老化改造”和湛山二路错时停车两项议题开展协商。").entities if e.type == "TOPIC"}
    assert "湛山二路错时停车" in topics


def test_the_work_a_supervision_is_about_is_a_topic():
    got = keys(run("区政协组织委员对牛栏江流域水环境治理开展民主监督。区政协对区教育局开展民主监督。"))
    assert "TOPIC:牛栏江流域水环境治理" in got and not any(k.startswith("TOPIC:区教育局") for k in got)


def test_a_class_of_bodies_ending_in_jiguan_is_no_organization():
    got = keys(run("丰台区政协工作报告\n人民政协不是权力机关，也不是司法机关。区政协机关开展“模范机关”创建活动。"))
    assert "ORG:丰台区政协机关" in got
    assert not any(k in got for k in ("ORG:权力机关", "ORG:司法机关", "ORG:模范机关"))
