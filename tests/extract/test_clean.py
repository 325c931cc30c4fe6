from hypothesis import given, settings, strategies as st

from zhkg.extract.clean import AlignedText, clean, collapse_doubled_glyphs, rejoin_wrapped_lines, to_simplified


def check_alignment(at: AlignedText) -> None:
    assert len(at.origin) == len(at.text)
    assert all(0 <= o < len(at.original) for o in at.origin)
    assert list(at.origin) == sorted(set(int(o) for o in at.origin))


def test_doubled_headline_collapses():
    at = collapse_doubled_glyphs(AlignedText.from_original("区政协举办区政协举办““院士专家走进丰台院士专家走进丰台””暨暨"))
    assert at.text == "区政协举办“院士专家走进丰台”暨"
    check_alignment(at)


def test_ordinary_line_is_not_collapsed():
    line = "哈哈大笑的委员们围绕议题谈谈看法"
    assert collapse_doubled_glyphs(AlignedText.from_original(line)).text == line


def test_wrapped_lines_rejoin_but_paragraphs_stay():
    text = "区政协及其常委会坚\n持以思想为指导。\n\n下一段开始"
    at = rejoin_wrapped_lines(AlignedText.from_original(text))
    assert at.text == "区政协及其常委会坚持以思想为指导。\n\n下一段开始"


def test_traditional_to_simplified_keeps_offsets():
    at = to_simplified(AlignedText.from_original("區政協舉辦會議"))
    assert at.text == "区政协举办会议"
    assert list(at.origin) == list(range(7))


def test_samples_cleaning(samples):
    t = (samples / "002_bfac3df1aee12b53.txt").read_text(encoding="utf-8")
    at = clean(t)
    check_alignment(at)
    assert "区政协举办“院士专家走进丰台”暨“政协圆桌下午茶”活动" in at.text
    assert "区政协及其常委会坚持以习近平" in at.text  # a wrapped line re-joined
    assert "0203责任编辑" not in at.text and "责任编辑：陈琛" in at.text  # page number dropped, editors kept
    t0 = (samples / "000_8a9e993480d5a719.txt").read_text(encoding="utf-8")
    at0 = clean(t0)
    assert any(why == "repeated passage" for _, _, why in at0.removed)
    assert at0.text.count("必须坚持人民政协为人民。") == 1


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("区政协举办“”，。\n\r 　ＡＢ１區會議abc12\t") + ["\u200b"]), max_size=120))
def test_offsets_hold_on_arbitrary_text(text):
    at = clean(text)
    check_alignment(at)
    for i, ch in enumerate(at.text):
        src = at.original[at.origin[i]]
        assert ch == src or ch in "\n 区会议ABab12" or src in "\r\t\u3000"


def test_dateline_goes_but_editors_after_it_stay():
    at = clean("A2上虞日报2024年9月20日 星期五 责任编辑：钱佳怡 美编：俞立峰\n\n区政协召开会议。")
    assert "星期五" not in at.text
    assert "责任编辑：钱佳怡 美编：俞立峰" in at.text
    at = clean("03责任编辑：杨蕙 美编：冯一帆2024年 4月 23日 星期二\n\n正文。")
    assert at.text.startswith("责任编辑：杨蕙 美编：冯一帆\n")


def test_numbered_heading_is_not_joined_to_the_next_line():
    at = clean("一、坚持党的全面领导，把牢正确政治方向\n区政协党组认真落实制度。\n区政协及其常委会坚\n持以思想为指导。")
    assert at.text == "一、坚持党的全面领导，把牢正确政治方向\n区政协党组认真落实制度。\n区政协及其常委会坚持以思想为指导。"


def test_running_headers_are_page_furniture():
    from zhkg.extract.clean import clean

    page = "区政协召开会议。\n政协顺义区第十四届委员会第四次会议文件\n"
    text = clean("工作综述\n" + page * 3 + "完。").text
    assert "会议文件" not in text and text.count("区政协召开会议。") == 3


def test_a_headline_above_a_dateline_stays_its_own_line():
    from zhkg.extract.clean import clean

    text = clean("蒸湘区政协就社区嵌入式托育开展协商\n本报讯（通讯员 王靖）近日，蒸湘区政协召开协商会。").text
    assert "开展协商\n本报讯" in text


def test_a_byline_stays_a_line_of_its_own():
    text = "首页 > 人大工作\n平谷区人大常委会工作报告\n来源：平谷区人大常委会办公室\n在区委的坚强领导下，常委会\n依法履职。"
    assert rejoin_wrapped_lines(AlignedText.from_original(text)).text == (
        "首页 > 人大工作\n平谷区人大常委会工作报告\n来源：平谷区人大常委会办公室\n在区委的坚强领导下，常委会依法履职。")
