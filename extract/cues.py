"""Surface cues of Chinese institutional prose -> typed entity candidates.

Patterns are built from the lexicons in ``resources/`` (no entity names): quoted titles with the
head noun after them (…”议政会 -> EVENT, …”议题 -> TOPIC), 《…》 titles, party congresses and
plenums, organization-name grammar over LAC words, place suffixes, titled persons.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc

from .candidates import Candidate, add_candidates, candidate
from .lexicons import alternation, longest_suffix, words

CJK = "\u4e00-\u9fff"
CN_NUM = "一二三四五六七八九十百零〇两"


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    event = alternation("event_heads")  # includes the named event heads (see lexicons)
    return {
        "title": re.compile(r"《([^《》\n]{1,80})》"),
        "quote": re.compile(r"“([^“”\n]{2,80})”"),
        "event_after_quote": re.compile(rf"(?:(?![和与及或等为]|开展|召开|举办|组织|进行|参加|举行)[{CJK}·]){{0,10}}?{event}"),
        "event_in_quote": re.compile(rf"{event}$"),
        "session": re.compile(
            rf"(?:第?[{CN_NUM}\d]{{1,3}}届(?:[{CJK}]{{0,6}}?第|人大|政协|人民代表大会|委员会)?|第)[{CN_NUM}\d]{{1,4}}次(?:全体会议|常务委员会会议|常务委员会议|常委会会议|常委会议|常务会议|主任会议|主席会议|联组会议|会议|全会)"
        ),
        "topic_after_jiu": re.compile(
            rf"((?:[^，。；：,.;:“”《》\n、的]{{2,16}}?[、])*[^，。；：,.;:“”《》\n、的]{{2,16}}?)"
            rf"(?=等|开展|组织|召开|进行|提出|深入|(?<!发)展开|建言|协商|调研|专题|议题)"
        ),
        "topic_tail": re.compile(
            rf"(?![两一二三四五六七八九十几多与同]|目标|工作思路|思路|要求|部署|任务|指示|持续|联合|共同|深入|全面|积极|扎实|广泛|认真|着力|切实|分别|先后|相继|集中|专门|这|交流|发表)(?:(?!等|开展|组织|召开|进行|提出|深入|(?<!发)展开|建言|协商|调研|专题|议题|主题|为|的|赴|走访|走进|前往|来到|察看|视察|考察)[{CJK}]){{2,12}}(?=[、，。；等]|开展|进行|召开|组织|提出|$)"
        ),
        "jiu_list": re.compile(
            rf"(?<![成造迁])就(?![是业地要会能在可将已像近医读职餐])"
            rf"((?:[^，。；：,.;:“”《》\n、的]{{2,16}}?[、])*[^，。；：,.;:“”《》\n、的]{{2,22}}?)"
            rf"(?=(?:等(?:问题|方面|领域|议题|工作|事项)?)?(?:提出|开展|进行|建言|协商|发言|交流|(?<!发)展开|座谈)"
            rf"|(?:开展|进行)(?:专题|深入|联合|协同)?(?:调研|协商|视察|监督|座谈|研讨|交流|询问)|召开|举行|交流|视察|调研|考察)"
        ),
        "work_list": re.compile(
            rf"(?:研究部署|调研|部署)(?:了)?((?:[^，。；：,.;:“”《》\n、和的等]{{2,12}}[、和])*[^，。；：,.;:“”《》\n、和的等]{{2,12}})工作(?=[，。；,;]|$)"
        ),
        "department": re.compile(
            rf"(?:(?<=[与和同对由及向会、，,（(])|(?<![{CJK}]))[区市县州旗]"
            rf"(?:[{CJK}]{{2,6}}和)?[{CJK}]{{2,7}}?(?:局|委员会|办公室)(?![势限长]|面(?!对面))"
        ),
        "inspected": re.compile(
            rf"(?:视察|调研|考察|督查|察看|督导|监督|了解|介绍|通报|汇报)了?(?:今年|我区|我市|我县)?((?:[^，。、；：,;“”《》\n]{{3,16}}?[、和])*[^，。、；：,;“”《》\n]{{3,16}}?)(?:等|的)?(?:情况|工作情况|工作进展|进展|工作(?=[，。；]))"
        ),
        "questioned": re.compile(rf"对([^，。；：,;“”《》\n的]{{4,16}}?)(?:工作)?情况(?:开展|进行)(?:专题询问|询问|评议|视察|调研|监督)"),
        "reported": re.compile(rf"关于([^，。；：,;“”《》\n的]{{4,20}}?)(?:工作)?(?:情况)?的(?:情况)?(?:报告|汇报|通报|说明)"),
        "themed": re.compile(rf"以([^，。；：,;“”《》\n的]{{3,20}}?)为(?:主题|题|重点|议题)"),
        "learned": re.compile(rf"(?:学习|考察|借鉴)([^，。、；：,;“”《》\n的]{{4,16}}?)(?:的)?(?:先进|成功)?经验"),
        "topic_list": re.compile(
            rf"(?:围绕|聚焦|涵盖|议题涉及|研究了|(?:相继|分别|先后|重点|专门|并)就|针对(?!性))((?:[^，。；：,.;:《》\n、的][^，。；：,.;:《》\n、]{{1,17}}?[、])*[^，。；：,.;:《》\n、的]{{2,24}}?)"
            rf"(?=等|作(?:专题|辅导|报告|交流|发言)|开展|组织|召开|进行|提出|深入|(?<!发)展开|建言|协商|调研|专题|议题|，|。|；)"
        ),
        "topic_after_quote": re.compile(
            rf"(?:等)?(?:[两一二三四五六七八九十\d]+(?:项|个|条|大))?(?:重点)?{alternation('topic_heads')}"
        ),
        "supervised_topic": re.compile(rf"(?:[{CJK}]{{1,6}}?)(?:专项民主监督|民主监督|专项监督|专题视察|视察监督)"),
        "ordinal": re.compile(rf"(?:\d{{4}}年)?第[{CN_NUM}\d]{{1,4}}[次届期]$"),
        "congress": re.compile(rf"(?:中共|中国共产党|党的)?第?([{CN_NUM}]{{2,3}})(?:次全国代表)?大(?![会学厦楼])"),
        "plenum_list": re.compile(
            rf"([{CN_NUM}]{{1,3}})届((?:[{CN_NUM}]中[、和及与]?)+)全会"
        ),
        "anniversary": re.compile(
            rf"(?:庆祝|纪念)[^，。；、\n]{{2,30}}?(?:\d+|[{CN_NUM}]+)\s*周年{event}"
        ),
        "numbered_event": re.compile(
            rf"第[{CN_NUM}\d]{{1,4}}届[{CJK}“”·]{{2,14}}?(?:大会|文化节|艺术节|旅游节|博览会|运动会|大赛|论坛|峰会|大典|交易会|展览会)"
        ),
        "year_event": re.compile(rf"\d{{4}}年(?:度)?[{CJK}]{{0,14}}?(?:学习班|培训班|研讨班|读书班|学习日|运动会|博览会|交易会|新闻发布会)"),
        "law_event": re.compile(r"(?:实施情况)?(?:执法检查|专题询问|宣讲会|座谈会|知识竞赛|宣传月|学习会|培训班)"),
        "plan_doc": re.compile(rf"“[^“”\n]{{2,16}}”(?:规划|纲要|行动计划|计划|框架协议|合作协议|协议|专栏)"),
        "issued_doc": re.compile(
            rf"(?:制定|修订|出台|印发|发布|编发|颁布|起草)(?:了|并实施)?((?:[{CJK}“”‘’·]){{4,40}}?{alternation('document_heads')})"
        ),
    }


class Word(NamedTuple):
    """A LAC word as plain data (spaCy rebuilds ``Span.text`` from tokens at every access)."""

    start_char: int
    end_char: int
    label_: str
    text: str


def lac_words(doc: Doc) -> list[Word]:
    text = doc.text
    from .lexical import lac_word_tuples

    return [Word(s, e, tag, text[s:e]) for s, e, tag in lac_word_tuples(doc)]


@Language.factory("zhkg_cues", assigns=["doc._.zhkg_candidates"], requires=["doc.spans"])
def make_cues(nlp: Language, name: str) -> "CueMatcher":
    return CueMatcher()


class CueMatcher:
    """Adds EVENT, TOPIC, DOCUMENT, ORG, PLACE and PERSON candidates from surface cues."""

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        lac = lac_words(doc)
        items: list[Candidate] = []
        items += document_titles(text)
        items += quoted_titles(text)
        items += named_events(text)
        items += session_events(text, lac)
        items += phrase_events(text, lac)
        items += topic_lists(text, lac)
        items += inspected_topics(text, lac)
        orgs = org_grammar(text, lac)
        items += orgs + shared_heads(text, lac, orgs)
        items += orgs_glued_to_titles(lac)
        items += departments(text)
        items += formal_cppcc_names(text)
        items += defined_abbreviations(text)
        items += bare_sub_bodies(text, lac)
        items += place_suffix(text, lac)
        items += visited_sites(text)
        items += compound_places(text, lac)
        items += nested_townships(text, lac)
        items += furniture_persons(text)
        items += titled_persons(text, lac)
        add_candidates(doc, [without_leading_division(c, text) for c in items])
        return doc


def document_titles(text: str) -> list[Candidate]:
    p = _patterns()
    media = words("media_heads")
    out = []
    for m in p["title"].finditer(text):
        if m.group(1).endswith(media) and not m.group(1).endswith(("专报", "简报", "快报", "通报", "汇报", "年报", "情报")):
            out.append(candidate(m.start(1), m.end(1), "ORG", "document_title:media"))
        else:
            out.append(candidate(m.start(), m.end(), "DOCUMENT", "document_title"))
            head = p["law_event"].match(text, m.end())
            if head:  # 《山东省水污染防治条例》执法检查: an event named after the law it checks
                out.append(candidate(m.start(), head.end(), "EVENT", "quoted_event:law"))
    out += [candidate(m.start(), m.end(), "DOCUMENT", "document_pattern:plan") for m in p["plan_doc"].finditer(text)]
    for m in p["issued_doc"].finditer(text):
        s, e = m.span(1)
        if "《" not in m.group(1):
            out.append(candidate(s, e, "DOCUMENT", "document_pattern:issued"))
    return out


TOPIC_TAIL_HEAD = re.compile(r"(?:建设|发展|保护|治理|改造|提升|振兴|融合|利用|管理|服务|整治|升级|转型|传承|创建|培育|打造|推广|开发|编制|实施)$")


def quoted_titles(text: str) -> list[Candidate]:
    """Quoted titles typed by what follows them (event head, topic head) or precedes them."""
    p = _patterns()
    deliberation = words("deliberation_heads")
    topic_left = words("topic_left_cues")
    out: list[Candidate] = []
    quotes = list(p["quote"].finditer(text))
    topic_chain_end = -1
    pending: list[re.Match] = []  # quotes coordinated with a later quote (“A”和“B”…)
    for m in quotes:
        if pending and text[pending[-1].end() : m.start()] not in ("和", "、", "与", "及", ""):
            pending = []
        q_start, q_end = m.span()
        inner_s, inner_e = m.span(1)
        after = text[q_end : q_end + 14]
        before = text[max(0, q_start - 3) : q_start]
        ev = p["event_after_quote"].match(after)
        if ev and ev.group().endswith(("调研", "视察")) and not re.fullmatch(r"(?:建设)?(?:专题|联合|专项|集中|跨区域)?", ev.group()[:-2]):
            ev = None  # “…”议题调研, “…”深入调研: the quote is a research topic, not an activity's name
        tp = p["topic_after_quote"].match(after)
        left_cue = any(before.endswith(c) for c in topic_left)
        in_chain = q_start == topic_chain_end or text[topic_chain_end:q_start] in ("、", "，", "和", "与")
        self_head = p["event_in_quote"].search(m.group(1))
        if self_head and not ev and len(m.group(1)) >= len(self_head.group()) + 2:
            ordinal = p["ordinal"].search(text[max(0, q_start - 6) : q_start])
            start = q_start - (len(text[max(0, q_start - 6) : q_start]) - ordinal.start()) if ordinal else q_start
            out.append(candidate(start, q_end, "EVENT", "quoted_event:self"))
            continue
        if ev and (not tp or ev.end() > tp.end()):
            head = ev.group()[-len(_event_head(ev.group())):]
            for prev in reversed(pending):  # “A”和“B”主题教育: A shares B's head
                out.append(candidate(prev.start(), prev.end(), "EVENT", "quoted_event:coordinated", name=prev.group() + head))
            pending = []
            start = q_start
            ordinal = p["ordinal"].search(text[max(0, q_start - 6) : q_start])
            if ordinal:
                start = q_start - (len(text[max(0, q_start - 6) : q_start]) - ordinal.start())
            elif before.endswith(("纪念", "庆祝")):  # 纪念“五一口号”长走
                start = q_start - 2
            out.append(candidate(start, _event_tail(text, q_end + ev.end()), "EVENT", "quoted_event"))
            head = ev.group()
            slogan = re.fullmatch(r"[^\s，,、·]{2,5}[\s，,、·][^\s，,、·]{2,5}", m.group(1))  # “湾区同心 共话创新”: a motto, not a topic
            if any(head.endswith(d) for d in deliberation) and len(m.group(1)) >= 6 and m.group(1)[-1] not in "厅汇坛堂室站家吧荟" and not slogan:
                out.append(candidate(inner_s, inner_e, "TOPIC", "quoted_topic:deliberated"))
                topic_chain_end = q_end
            continue
        if not ev and not tp and not left_cue and re.search(r"(?:开展|举办|组织|参与|参加|启动|推开|深化)(?:了)?$", text[max(0, q_start - 3) : q_start]) \
                and text[q_end : q_end + 1] in ("，", "。", "；", ",") and len(m.group(1)) >= 4:
            out.append(candidate(q_start, q_end, "EVENT", "quoted_event:campaign"))  # 联合开展“千企万户大走访”，
            continue
        if not tp and (text[q_end : q_end + 1] in ("和", "、", "与", "及") and text[q_end + 1 : q_end + 2] == "“" or text[q_end : q_end + 1] == "“"):
            pending.append(m)
        sup = p["supervised_topic"].match(text, q_end)
        if sup and not tp and not left_cue:  # 开展“美丽河湖”建设专项民主监督: what is supervised
            tail = p["topic_tail"].match(text, q_end)
            end = tail.end() if tail and tail.end() < sup.end() else q_end
            out.append(candidate(q_start if end > q_end else inner_s, end if end > q_end else inner_e, "TOPIC", "quoted_topic:supervised"))
            continue
        if tp or left_cue or in_chain and topic_chain_end > 0:
            if tp:  # “A”“B”“C”等专题调研: the listed titles are topics too
                out += [candidate(prev.start(1), prev.end(1), "TOPIC", "quoted_topic:listed") for prev in pending if len(prev.group(1)) >= 4]
            pending = []
            tail = p["topic_tail"].match(text, q_end) if not tp else None
            if tail and not TOPIC_TAIL_HEAD.search(text, q_end, tail.end()):
                tail = None  # “工业强区、商贸旺区”发展定位: the quote is the topic; “X”品牌建设 extends it
            if tail and tail.end() > q_end:  # 围绕“秭归脐橙”区域公用品牌建设、…
                out.append(candidate(q_start, tail.end(), "TOPIC", "quoted_topic:extended"))
                topic_chain_end = tail.end()
            elif len(m.group(1)) >= 4:
                out.append(candidate(inner_s, inner_e, "TOPIC", "quoted_topic:" + ("head" if tp else "cue")))
                topic_chain_end = q_end
    return out


def _event_head(s: str) -> str:
    heads = sorted(set(words("event_heads")) | set(words("named_event_heads")), key=len, reverse=True)
    return next((h for h in heads if s.endswith(h)), "")


def named_events(text: str) -> list[Candidate]:
    """Party congresses, plenums, anniversaries, year-named classes, named work meetings."""
    p = _patterns()
    out: list[Candidate] = []
    for m in p["congress"].finditer(text):
        num = m.group(1)
        if num in ("十八", "十九", "二十", "二十一", "十七", "十六", "十五"):
            out.append(candidate(m.start(), m.end(), "EVENT", "event_pattern:congress", name=f"中共{num}大"))
    for m in p["plenum_list"].finditer(text):
        session = m.group(1)
        pos = m.start(2)
        for part in re.finditer(rf"([{CN_NUM}])中", m.group(2)):
            s = pos + part.start()
            e = pos + part.end()
            if part.start() == 0:
                s = m.start()
            if part.end() == len(m.group(2).rstrip("、和及与")):
                e = m.end()
            out.append(candidate(s, e, "EVENT", "event_pattern:plenum", name=f"{session}届{part.group(1)}中全会"))
    for key in ("anniversary", "year_event", "numbered_event"):
        for m in p[key].finditer(text):
            out.append(candidate(m.start(), _event_tail(text, m.end()), "EVENT", f"event_pattern:{key}"))
    return out


def session_events(text: str, lac: list) -> list[Candidate]:
    """``区政协十一届三次会议``, ``区委十三届九次全会``: a session number, with the body right before it."""
    out = []
    ends = {w.end_char: w for w in lac}
    for m in _patterns()["session"].finditer(text):
        start = m.start()
        body = ends.get(start)
        formal = re.search(rf"政协[{CJK}]{{2,10}}?[省市区县旗州盟]$", text[max(0, start - 14) : start])
        if formal:  # 政协准格尔旗第十五届委员会第四次会议
            start -= len(formal.group())
        elif body is not None and body.label_ in ("ORG", "n", "nz"):
            start = body.start_char
        elif body is not None and body.label_ == "LOC" and "人民代表大会" in m.group():
            start = body.start_char  # 重庆市江津区第十八届人民代表大会第五次会议: the congress of that division
            while ends.get(start) is not None and ends[start].label_ == "LOC":
                start = ends[start].start_char
        out.append(candidate(start, m.end(), "EVENT", "event_session"))
    return out


CAMPAIGN_VERBS = {"开展", "组织", "举办", "召开", "参加", "深化", "推进", "启动", "部署", "落实", "完成", "学习"}
CAMPAIGN_HEADS = ("学习教育", "主题教育", "专项行动", "主题党日", "党日活动")  # 党史学习教育 is a name
EVENT_PARTS = {"n", "nz", "ORG", "LOC", "j", "vn", "m", "TIME", "t", "nw"}


AGREEMENT_EVENT = re.compile(r"(?:协同|协作|合作|框架|战略|对口|结对|东西部)[^，。；]*?协议")


def phrase_events(text: str, lac: list) -> list[Candidate]:
    """Named meetings and activities without quotes: ``机关党风廉政建设工作会议``, ``2024年暑期学习班``."""
    starts = {w.start_char: k for k, w in enumerate(lac)}
    lac_index = {w.end_char: k for k, w in enumerate(lac)}  # the word ending right before a position
    out = []
    for i, w in enumerate(lac):
        head = longest_suffix(text, "named_event_heads", w.end_char)
        if head is None:
            continue
        first = starts.get(w.end_char - len(head))
        if first is None and not w.text.endswith(head):
            inside = next((k for k in range(i, max(-1, i - 3), -1) if lac[k].start_char < w.end_char - len(head)), None)
            if len(head) < 3 or inside is None or lac[inside].label_ not in ("nz", "n", "vn"):
                continue  # the head must start at a word boundary (LAC's 醒狮越野|跑: a long head may not)
            first = inside
        k = first if first is not None else i
        body = _through_verbs_to_body(lac, k)
        j = _extend_left(lac, body, EVENT_PARTS, 24, stop_words=("等", "的"))
        if head in CAMPAIGN_HEADS and j > 0 and lac[j - 1].label_ == "v" and lac[j - 1].text not in CAMPAIGN_VERBS:
            j -= 1  # 铸牢中华民族共同体意识主题教育: the campaign's own verb
        start = _trim_leading(text, lac[j].start_char, w.end_char, len(head) + 2)
        if body != k:  # the verbs between the body and the head belong to the name
            start = _trim_leading(text, lac[j].start_char, lac[body].end_char, 2)
        short_ok = head in CAMPAIGN_HEADS or (head == "工作会议" and lac[j].label_ == "ORG")  # 区委召开政协工作会议
        if w.end_char - start >= len(head) + (2 if short_ok else 3):
            end = _event_tail(text, w.end_char)
            if body != k and lac[body].label_ == "ORG" and AGREEMENT_EVENT.match(text, lac[body].end_char, end):
                # A与B协同履职框架协议签约仪式: named by the agreement, written with both bodies
                while start > 1 and text[start - 1] in "与、和" and lac_index.get(start - 1) is not None and lac[lac_index[start - 1]].label_ == "ORG":
                    start = lac[lac_index[start - 1]].start_char
                out.append(candidate(start, end, "EVENT", "event_phrase", name=text[lac[body].end_char : end]))
                continue
            out.append(candidate(start, end, "EVENT", "event_phrase"))
    return out


OBJECT_VERBS = {"出席", "参与", "列席", "主持", "邀请", "举行", "开展", "启动", "筹备"}
NAME_VERB_PARTS = EVENT_PARTS | {"v", "vd"}  # what may lie between a body and the head of its meeting's name
NOT_IN_NAMES = CAMPAIGN_VERBS | OBJECT_VERBS


def _through_verbs_to_body(lac: list, k: int) -> int:
    """``…六市政协|协同|发展|联席会议``: a meeting named after its bodies may carry verbs between the
    body and the head; the name then reaches back to the body (else it starts at ``k``)."""
    j = k
    while j > 0 and lac[j - 1].end_char == lac[j].start_char and lac[k].end_char - lac[j - 1].start_char <= 20:
        prev = lac[j - 1]
        if prev.label_ == "ORG":
            return j - 1
        if prev.label_ not in NAME_VERB_PARTS or prev.text in NOT_IN_NAMES:
            break
        j -= 1
    return k


def _event_tail(text: str, end: int) -> int:
    """``…越野跑活动``, ``…文史资料征集活动``: a generic event noun right after a head belongs to the name."""
    for tail in ("系列活动", "主题活动", "活动", "大会"):
        if text.startswith(tail, end):
            return end + len(tail)
    return end


_NUMBERED_HEADING = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）)")


PARTNERS_AFTER_TOPICS = re.compile(rf"[与同和](?=[区市县州旗镇][{CJK}]{{1,14}}?(?:局|委员会|委|办公室|政府|部门|负责人|代表))")


def topic_lists(text: str, lac: list = ()) -> list[Candidate]:
    """Unquoted topics after 围绕 / 聚焦 / 就, one per list item (items naming a plan or law are documents).

    就 counts when LAC tags it a preposition (委员们就…提出建议), or after 相继/分别/先后….
    """
    doc_heads = words("document_heads") + ("法典", "宪法")
    generic = set(words("generic_topics"))
    out = []
    matches = list(_patterns()["topic_list"].finditer(text))
    matches += list(_patterns()["jiu_list"].finditer(text))
    matches += list(_patterns()["work_list"].finditer(text))
    prepositions = [w.end_char for w in lac if w.text == "就" and w.label_ == "p"]
    for pos in prepositions:
        m = _patterns()["topic_after_jiu"].match(text, pos)
        if m and not any(x.start(1) == m.start(1) for x in matches):
            matches.append(m)
    seen = set()
    for m in sorted(matches, key=lambda m: m.start(1)):
        if m.start(1) in seen:
            continue
        seen.add(m.start(1))
        line_start = text.rfind("\n", 0, m.start()) + 1
        if _NUMBERED_HEADING.match(text, line_start):
            continue  # 三、聚焦生态优先，守护…: a chapter heading's slogan, not a topic
        pos = m.start(1)
        splitter = r"(、|以及|和)" if m.re is _patterns()["work_list"] else r"(、|以及)"
        group = m.group(1)
        partners = PARTNERS_AFTER_TOPICS.search(group)
        if partners:
            group = group[: partners.start()]  # 就A、B与县水利局…面对面协商: the bodies are partners, not topics
        items = []
        for item in _split_outside_quotes(splitter, group):
            halves = re.split(r"(和)", item)  # 青少年成长和社区治理: two topics
            balanced = all(h.count("“") == h.count("”") for h in halves)
            if len(halves) == 3 and min(len(halves[0]), len(halves[2])) >= 4 and balanced and not {halves[0], halves[2]} & generic:
                items += halves
            else:
                items.append(item)
        for item in items:
            s = pos
            pos += len(item)
            if item in ("、", "以及", "和"):
                continue
            core = item.strip()
            if core.endswith(("问题", "事项", "工作")) and len(core) >= 6:
                core = core[:-2]  # 城区学位供给问题 -> 城区学位供给, 安全生产工作 -> 安全生产
            if len(core) < 2 or len(core) > 16 or core in generic or core[0] in "性地的得了" or core.count("“") != core.count("”"):
                continue
            s += item.index(core)
            etype = "DOCUMENT" if core.endswith(doc_heads) else "TOPIC"
            rule = "document_pattern:listed" if etype == "DOCUMENT" else "topic_phrase"
            out.append(candidate(s, s + len(core), etype, rule))
    return out


def without_leading_division(c: Candidate, text: str) -> Candidate:
    """``建安区发制品产业`` -> 发制品产业: an unquoted topic does not open with the division it concerns
    (the division stays a place of its own, and the topic CONCERNS it)."""
    if c.type != "TOPIC" or not c.rule.startswith("topic_phrase"):
        return c
    from .gazetteer import admin_index

    index = admin_index()
    for k in range(6, 2, -1):
        head = text[c.start : c.start + k]
        if re.match(r"建设|推进|打造|创建|加快|争创|推动", text[c.start + k : c.end]):
            continue  # 柳州市建设区域性先进制造业中心: the division is the subject of the topic
        if c.end - c.start - k >= 4 and head[-1] in "省市区县旗州盟" and (index.by_name.get(head) or index.by_short.get(head[:-1])):
            return Candidate(c.start + k, c.end, c.type, c.rule, c.priority, None)
        # 马尚街道、和平街道|老旧小区加装电梯: a list of townships is the topic's scope
        after_list = c.start > 0 and text[c.start - 1] == "、" and text[: c.start - 1].endswith(("镇", "乡", "街道"))
        if after_list and c.end - c.start - k >= 4 and head.endswith(("镇", "乡", "街道")) and re.fullmatch(r"[\u4e00-\u9fff]+", head):
            return Candidate(c.start + k, c.end, c.type, c.rule, c.priority, None)
    return c


def _split_outside_quotes(splitter: str, text: str) -> list[str]:
    """``re.split`` with a capturing ``splitter``, but not inside “…” (“强工、兴农”发展战略 is one item)."""
    out, depth, piece, i = [], 0, "", 0
    pattern = re.compile(splitter)
    while i < len(text):
        ch = text[i]
        depth += (ch == "“") - (ch == "”")
        m = pattern.match(text, i) if depth == 0 else None
        if m and m.end() > i:
            out += [piece, m.group()]
            piece, i = "", m.end()
            continue
        piece += ch
        i += 1
    return out + [piece]


SUPERVISED_WORK = re.compile(r"对([^，。；：,;“”《》\n的、]{4,20}?)(?:开展|进行)了?(?:定点|民主|专项|跟踪|专题)?(?:监督|视察|评议)")


def inspected_topics(text: str, lac: list) -> list[Candidate]:
    """``视察江安河生态治理情况`` -> TOPIC 江安河生态治理: what is inspected, ending in a verbal noun."""
    ends = {w.end_char: w for w in lac}
    starts = {w.start_char for w in lac}
    starts_idx = {w.start_char: k for k, w in enumerate(lac)}
    out = []
    for m in _patterns()["inspected"].finditer(text):
        pos = m.start(1)
        several = bool(re.search(r"[、和]", m.group(1)))
        for item in re.split(r"([、和])", m.group(1)):
            s, pos = pos, pos + len(item)
            last = ends.get(pos)
            if item in ("、", "和") or s not in starts:
                continue
            first = lac[starts_idx[s]] if s in starts_idx else None
            opens_list = s == m.start(1)
            verbal_end = last is not None and (last.label_ == "vn" or (last.label_ == "v" and len(item) >= 4)
                                               or (last.label_ == "n" and (not opens_list or several) and len(item) >= 3))
            if verbal_end and len(item) > len(last.text) and first is not None and first.label_ not in (("v", "p", "d") if opens_list else ("p", "d")):
                out.append(candidate(s, pos, "TOPIC", "topic_phrase:inspected"))
    for m in _patterns()["themed"].finditer(text):  # 以推进乡村振兴为主题
        if m.start(1) in starts:
            out.append(candidate(m.start(1), m.end(1), "TOPIC", "topic_phrase:themed"))
    for m in _patterns()["questioned"].finditer(text):  # 对区政府债务管理情况开展专题询问
        if m.start(1) in starts:
            out.append(candidate(m.start(1), m.end(1), "TOPIC", "topic_phrase:questioned"))
    for m in SUPERVISED_WORK.finditer(text):  # 对牛栏江流域水环境治理开展民主监督 (a body there is supervised, no topic)
        last = ends.get(m.end(1))
        if m.start(1) in starts and last is not None and (last.label_ in ("vn", "v") or m.group(1).endswith(("项目", "工程"))):
            out.append(candidate(m.start(1), m.end(1), "TOPIC", "topic_phrase:questioned"))
    for m in _patterns()["reported"].finditer(text):  # 听取关于优化营商环境工作情况的报告
        if m.start(1) in starts:  # 计划执行情况的报告 keeps its 情况; 养老服务体系建设情况的报告 does not
            end = m.end(1) + 2 if text.startswith("情况", m.end(1)) and m.group(1).endswith("执行") else m.end(1)
            if text.startswith("工作", m.end(1)) and not m.group(1).endswith("等"):
                end = m.end(1) + 2  # 关于民事审判工作情况的报告: the court's work
            if "、" in m.group(1):  # 关于城市更新、安全生产等工作情况的报告: two topics
                pos = m.start(1)
                for item in m.group(1).removesuffix("等").split("、"):
                    if len(item) >= 2:
                        out.append(candidate(pos, pos + len(item), "TOPIC", "topic_phrase:reported"))
                    pos += len(item) + 1
                continue
            out.append(candidate(m.start(1), end, "TOPIC", "topic_phrase:reported"))
    for m in _patterns()["learned"].finditer(text):  # 考察煤化工产业链延伸经验
        last = ends.get(m.end(1))
        if last is not None and last.label_ in ("vn", "v") and m.start(1) in starts:
            out.append(candidate(m.start(1), m.end(1), "TOPIC", "topic_phrase:learned"))
    return out


def _extend_left(lac: list, i: int, allowed: set[str], max_chars: int, stop_words: tuple[str, ...] = ()) -> int:
    """Index of the first word of the noun phrase that ends with word ``i``."""
    end = lac[i].end_char
    j = i
    while j > 0:
        prev = lac[j - 1]
        if prev.end_char != lac[j].start_char or prev.label_ not in allowed:
            break
        if end - prev.start_char > max_chars or prev.text in stop_words:
            break
        j -= 1
    return j


def _place_starts(text: str, start: int, word: str) -> bool:
    """``和平区``: a one-character conjunction or verb that opens a place name is part of it."""
    from .gazetteer import admin_index

    if len(word) == 1 and start > 0 and text[start - 1] == "、":
        return True  # 马尚街道、和平街道 / 榆林乡、将官池镇: no conjunction or verb follows a list comma
    if len(word) > 1 or (start > 0 and "\u4e00" <= text[start - 1] <= "\u9fff"):
        return False  # 周立平和县水利局: after a name, 和 joins; 【和平区…: it opens the place
    return any(s == 0 for s, _, _ in admin_index().find(text[start : start + 8]))


def _trim_leading(text: str, start: int, end: int, min_rest: int) -> int:
    """Skip modifiers and verbs glued in front of a name (新时代…, 协同…, 动员…), also a verb
    inside it (区政协还联合区文化局 -> 区文化局; not 联合会)."""
    span = text[start:end]
    for verb in INNER_VERBS:
        i = span.rfind(verb)
        if i > 0 and not span.startswith("会", i + len(verb)) and end - (start + i + len(verb)) >= max(min_rest, 4):
            start += i + len(verb)
            span = text[start:end]
    leading = words("org_modifiers") + words("leading_verbs")
    changed = True
    while changed:
        changed = False
        for w in leading:
            if text.startswith(w, start) and end - start - len(w) >= min_rest and not _place_starts(text, start, w):
                start += len(w)
                changed = True
                break
    return start


ORG_PARTS = {"n", "nz", "ORG", "LOC", "j", "nt", "ns", "vn", "an"}


def _body_before_verb(text: str, start: int, cut: int) -> tuple[int, int] | None:
    """The organization written before a verb that LAC glued into one token, if it is one."""
    from .resolve import is_org_name

    prefix = text[start:cut]
    for verb in INNER_VERBS:
        if prefix.endswith(verb):
            body = prefix[: -len(verb)].rstrip("还也又再并均")
            if len(body) >= 3 and is_org_name(body):
                return start, start + len(body)
    return None


PURPOSE_VERBS = {"学习", "考察", "调研", "参观", "交流", "观摩", "视察", "走访", "对接"}


def org_grammar(text: str, lac: list) -> list[Candidate]:
    """Organization names: a word ending in an organization head, extended left over name parts.

    ``区委统战部``, ``内蒙古自治区包头市政协``, ``医药卫生界工作站``. Strong heads (政协, 委员会, 工作站 …) end
    a name after any noun; weak ones (局, 部, 中心 …) only when LAC tags the word ORG or the word
    itself has a qualifier before the head. The name never starts with a verb or a bare generic body.
    """
    weak = words("org_suffixes_weak")
    generic = set(words("generic_orgs"))
    out: list[Candidate] = []
    for i, w in enumerate(lac):
        wt = w.text
        if w.label_ not in ORG_PARTS:
            continue
        pieces = _joined_bodies(wt) if w.label_ == "ORG" else []
        if pieces:  # LAC's 河东区政协与卡若区政协, 马尾区政协与: one word for two bodies and a conjunction
            out += [candidate(w.start_char + a, w.start_char + b, "ORG", "org_grammar") for a, b in pieces]
            continue
        head = longest_suffix(wt, "org_suffixes")
        if head is None and w.label_ == "ORG":
            cut = _strong_head_inside(wt)
            if cut:  # LAC's 延吉市政协组织(委员): the body ends at its head
                out.append(candidate(w.start_char, w.start_char + cut, "ORG", "org_grammar"))
                continue
        if head is None:
            head = longest_suffix(wt, "org_suffixes_weak")
            if head is None or not (w.label_ == "ORG" or len(wt) > len(head) + 1) or (head == "网" and wt.endswith(("管网", "电网", "路网", "水网", "光网", "联网", "渔网"))):
                continue  # 城镇污水管网 is no website
        j = _extend_left(lac, i, ORG_PARTS, 24)
        if _joins_across_he(text, lac, j, i, generic):
            j = _extend_left(lac, j - 2, ORG_PARTS, 24)  # 工业和信息化局, 农业和农村委员会
        j = max([j] + [x + 1 for x in range(j, i) if lac[x].text.endswith(GLUED_VERBS)])  # LAC's 碧江区政协举办|区政协
        while j < i and ((lac[j].text in generic and lac[j].text != "政协") or lac[j].label_ in ("vn", "an")):
            j += 1  # a phrase starts after a generic body (专门委员会…) or a verbal noun
        if any(lac[k].text in PURPOSE_VERBS and lac[k - 1].label_ in ("LOC", "ns") for k in range(j + 1, i)):
            continue  # 赴榆次区|学习|委员工作室建设经验: a place and what is done there, not a body's name
        start = _trim_leading(text, lac[j].start_char, w.end_char, len(head))
        before = _body_before_verb(text, lac[j].start_char, start)
        if before is not None:  # 区政协还联合区文化局: 区政协 is a body too
            out.append(candidate(before[0], before[1], "ORG", "org_grammar"))
        name = text[start : w.end_char]
        place_head = longest_suffix(name, "place_suffixes")
        if place_head is not None and len(place_head) > len(head):
            continue  # 社区党群服务中心, 第二污水处理厂: a facility (a place), not a body
        if name in generic or _is_joint_or_merged(name) or text[start - 1 : start] == "各":
            continue  # 各街镇党工委: a class of bodies
        if head in weak and name[: -len(head)] in generic and head != "网":  # 人民政协网 is an outlet
            continue
        if len(name) > len(head) or name in ("区委", "市委", "县委", "省委", "党中央", "中共中央"):
            out.append(candidate(start, w.end_char, "ORG", "org_grammar"))
    return out


_LIST_BEFORE = re.compile(rf"((?:[{CJK}]{{2,4}}[、和])+)$")


def shared_heads(text: str, lac: list, orgs: list[Candidate]) -> list[Candidate]:
    """``教育、财政和环境建设民主监督小组``: listed modifiers share the head of the body after them."""
    starts = {w.start_char for w in lac}
    out = []
    for o in orgs:
        m = _LIST_BEFORE.search(text, max(0, o.start - 30), o.start)
        if not m:
            continue
        name = text[o.start : o.end]
        cut = next((k for k in (4, 3, 2) if o.start + k in starts and len(name) - k >= 3), None)
        if cut is None:
            continue
        head = name[cut:]
        for item in re.finditer(rf"[{CJK}]{{2,4}}(?=[、和])", m.group(1)):
            s = m.start(1) + item.start()
            out.append(candidate(s, s + len(item.group()), "ORG", "org_grammar:shared_head", name=item.group() + head))
    return out


def _strong_head_inside(word: str) -> int:
    """Length of the longest prefix of a LAC organization word that ends in an organization head
    and is followed by a verb LAC glued on (组织, 召开, 联合 …); 0 if none."""
    for cut in range(len(word) - 2, 2, -1):
        if word[cut:].startswith(INNER_VERBS + ("召开", "举办", "开展", "举行")) and longest_suffix(word[:cut], "org_suffixes"):
            return cut
    return 0


def _joined_bodies(word: str) -> list[tuple[int, int]]:
    """Spans of the bodies in a LAC word that joins them with 与/和/同/及 (河东区政协与卡若区政协), or
    ends with the conjunction (马尾区政协与); [] for one name (农业和农村委员会)."""
    spans, start = [], 0
    for m in re.finditer("[与和同及]", word):
        left = word[start : m.start()]
        if len(left) < 3 or longest_suffix(left, "org_suffixes") is None:
            continue
        spans.append((start, m.start()))
        start = m.end()
    if not spans:
        return []
    rest = word[start:]
    if rest and (len(rest) < 3 or longest_suffix(rest, "org_suffixes") is None):
        return []
    return spans + ([(start, len(word))] if rest else [])


_FORMAL_CPPCC = re.compile(
    rf"(?:中国人民政治协商会议|政协)[{CJK}]{{2,16}}?[省市区县旗州盟](?:第[{CN_NUM}\d]{{1,3}}届)?委员会(?:常务委员会)?(?!第)"
)


def formal_cppcc_names(text: str) -> list[Candidate]:
    """``政协柳州市鱼峰区第十届委员会常务委员会``: a CPPCC (or its standing committee) by its formal name."""
    return [candidate(m.start(), m.end(), "ORG", "org_grammar:formal") for m in _FORMAL_CPPCC.finditer(text)]


def bare_sub_bodies(text: str, lac: list) -> list[Candidate]:
    """``区政协及其常委会``, ``主席会议集体学``: a bare internal body is the author body's (see canonical)."""
    starts = {w.start_char: k for k, w in enumerate(lac)}
    ends = {w.end_char for w in lac}
    out = []
    for m in re.finditer(alternation("sub_bodies"), text):
        k = starts.get(m.start())
        if k is None or m.end() not in ends:
            continue
        if k == 0 or lac[k - 1].end_char != m.start() or lac[k - 1].label_ in ("w", "c", "r", "p", "v", "d", "u"):
            own = re.match(r"机关|党组", text[m.end() : m.end() + 2]) if m.group() in ("常委会", "常务委员会") else None
            if m.group() == "机关":
                own = re.match(r"党支部|党总支|党委", text[m.end() : m.end() + 3])  # 机关党支部: the author's
            out.append(candidate(m.start(), m.end() + (own.end() if own else 0), "ORG", "org_abbrev:sub_body"))  # 常委会机关
    return out


def defined_abbreviations(text: str) -> list[Candidate]:
    """Every use of a short form a text defines (…医院（以下简称“山医大一院”）); canonical.py maps
    it to the name written before the definition."""
    out = []
    from .canonical import DEFINED_ABBREVIATION

    for m in DEFINED_ABBREVIATION.finditer(text):
        short = m.group(1)
        for use in re.finditer(re.escape(short), text):
            out.append(candidate(use.start(), use.end(), "ORG", "org_abbrev:defined"))
    return out


def departments(text: str) -> list[Candidate]:
    """Government departments named after a level character, whatever LAC's segmentation:
    ``区工业和信息化局``, ``县自然资源和规划局``, ``市人才工作局``."""
    out = []
    for m in _patterns()["department"].finditer(text):
        if re.search(r"建立|成立|设立|组建|召开|举办|开展", m.group()):
            continue  # 区政协建立专门委员会: a body and what it set up, no department
        out.append(candidate(m.start(), m.end(), "ORG", "org_grammar:department"))
    return out


def orgs_glued_to_titles(lac: list) -> list[Candidate]:
    """``区委书记`` / ``市政协副主席`` as one LAC word: the body before the title is an organization."""
    from .resolve import is_org_name

    out = []
    for w in lac:
        title = longest_suffix(w.text, "leader_titles")
        if title is not None and len(w.text) <= len(title):
            title = None
        if title is None:
            continue
        body = w.text[: -len(title)]
        if len(body) >= 2 and body[0] in "区市县省州旗" and is_org_name(body):
            out.append(candidate(w.start_char, w.start_char + len(body), "ORG", "org_abbrev:title"))
    return out


def _joins_across_he(text: str, lac: list, j: int, i: int, generic: set[str]) -> bool:
    """``农业和农村委员会``: two plain nouns joined by 和 inside one name (not 中共中央和市委)."""
    if j < 2 or lac[j - 1].text != "和" or lac[j - 2].end_char != lac[j - 1].start_char or lac[j - 1].end_char != lac[j].start_char:
        return False
    left = lac[j - 2]
    right = text[lac[j].start_char : lac[i].end_char]
    plain = all(lac[k].label_ in ("n", "vn", "an") for k in range(j, i))
    return left.label_ in ("n", "vn", "an") and plain and 3 <= len(right) <= 6 and right not in generic \
        and lac[i].end_char - left.start_char <= 14


def _is_joint_or_merged(name: str) -> bool:
    """``市区政协`` (two levels at once) or ``区委政协`` (LAC merged a body into a modifier)."""
    return name[:2] in ("市区", "省市", "市县", "区县", "区镇") or (name.endswith("政协") and name[-3:-2] == "委")


GLUED_VERBS = ("举办", "召开", "开展", "举行", "组织", "邀请", "联合")
INNER_VERBS = ("联合", "会同", "协同", "携手", "协助", "邀请", "组织", "依托", "建成", "建立", "成立", "设立", "组建", "对", "深入", "走进", "来到", "前往")
ADMIN_ENDINGS = ("镇", "乡", "街道", "苏木", "县", "市", "区", "旗", "州", "省", "盟")
TOWNSHIP_ENDINGS = ("镇", "乡", "街道", "苏木")


VISIT_VERB = re.compile(r"(?:深入|走进|来到|前往|沿着|沿|走访|察看了|察看|赴)")
_NOT_IN_SITE = r"各|部分|有关|相关|主要|全|该|本|所|我|等|的|和|与|及|、|城乡|城镇|乡镇"  # no name, or a list's glue
SITE_NAME = re.compile(  # no division inside the name: 湾沚区六郎镇 is two places
    rf"((?:(?!{_NOT_IN_SITE}|[县市旗镇乡河湖江])[\u4e00-\u9fff])(?:(?!{_NOT_IN_SITE}|[区县市旗镇乡河湖江])[\u4e00-\u9fff]){{1,4}}?(?:街道|镇|乡|河|湖))"
    r"(?=[、和及，。；的]|察看|了解|开展|调研|视察|部分|段|沿|城区|$)")


def visited_sites(text: str) -> list[Candidate]:
    """Townships, rivers and lakes right after a visit verb, and those listed with them
    (深入会龙山街道、金银山街道; 沿典农河): the verb bounds a name LAC may cut."""
    out = []
    for v in VISIT_VERB.finditer(text):
        pos = v.end()
        while True:
            m = SITE_NAME.match(text, pos)
            if not m:
                break
            out.append(candidate(m.start(1), m.end(1), "PLACE", "place_suffix:visited"))
            if not text.startswith(("、", "和", "及"), m.end(1)):
                break
            pos = m.end(1) + 1
    return out


def _is_township(word: str) -> bool:
    """``车站街道`` tagged as a common noun is still a proper name."""
    return len(word) >= 3 and word.endswith(TOWNSHIP_ENDINGS) and not word.endswith(("城镇", "城乡", "乡镇"))


PLACE_PARTS = {"n", "nz", "ORG", "LOC", "ns", "s", "j", "a", "vn", "f"}
PLACE_PARTS_OR_PERSON = PLACE_PARTS | {"PER"}
PROPER = {"LOC", "ORG", "nz", "ns", "s"}


# heads of areas and ways a division contains (九畹溪镇|周坪村); other heads name facilities, whose
# names keep the division they open with (屈原镇脐橙产业园, 利通区全民健身中心)
AREA_HEADS = {"村", "社区", "镇", "乡", "街道", "苏木", "街", "路", "桥", "河", "江", "湖", "海", "山", "岛", "湾", "峡",
              "渠", "城", "地区", "片区", "新区", "古城", "古镇"}


def place_suffix(text: str, lac: list) -> list[Candidate]:
    """Proper nouns ending in a place suffix (rivers, parks, districts, facilities), left-extended."""
    out = []
    word_starts = {w.start_char for w in lac}
    for i, w in enumerate(lac):
        if w.label_ not in PLACE_PARTS:
            continue
        head = longest_suffix(w.text, "place_suffixes")
        if head is None:
            # 污水处理|厂, 水利|枢纽: a facility head spread over LAC words, when it starts at a word boundary
            head = longest_suffix(text, "place_suffixes", w.end_char)
            if head is None or len(head) < 3 or len(head) <= len(w.text) or w.end_char - len(head) not in word_starts:
                continue
        if len(head) == 1 and w.label_ not in ("LOC", "ns", "nz"):
            continue
        if head.endswith("学") and (text.startswith("习", w.end_char) or text.endswith("会议" + head, 0, w.end_char)) \
                or text.endswith("中小学校", 0, w.end_char):
            continue  # 会议中学(习): learning at meetings, no school; 街道中小学校: a class of schools
        # 纪南|生态文化旅游区, 秦邦宪|故居: a name LAC read as a person's opens a facility with a long head
        j = _extend_left(lac, i, PLACE_PARTS_OR_PERSON if len(head) >= 2 else PLACE_PARTS, 16)
        if j > 0 and lac[j - 1].label_ == "PER" and len(lac[j - 1].text) == 1 and lac[j - 1].end_char == lac[j].start_char:
            j -= 1  # 涝|淄河: no person has a one-character name
        for k in range(i - 1, j - 1, -1):  # 九畹溪镇 + 周坪村: a complete township is a place of its own
            if lac[k].text.endswith(ADMIN_ENDINGS) and len(lac[k].text) >= 3 and (
                head in AREA_HEADS or (_is_township(lac[k].text) and lac[k + 1].label_ in ("LOC", "ns"))  # 乌兰淖尔镇 + 黄河…湿地
                or (k == i - 1 and not lac[k].text.endswith(TOWNSHIP_ENDINGS))  # not 五龙背镇农贸市场
            ):
                j = k + 1
                break
        while j < i and lac[j].label_ in ("vn", "a") and lac[j].text not in "新老南北东西" and lac[j + 1].label_ != "LOC":
            j += 1
        if not any(lac[k].label_ in PROPER or lac[k].label_ == "PER" or _is_township(lac[k].text) for k in range(j, i + 1)):
            continue
        start = _trim_leading(text, lac[j].start_char, w.end_char, len(head) + 1)
        if start > lac[j].start_char and head in TOWNSHIP_ENDINGS and w.end_char - start - len(head) < 2:
            start = lac[j].start_char  # 走进向阳街道: a township's own name has two characters or more
        inner = TOWNSHIP_AT_START.match(text, start, w.end_char)
        if inner and inner.start(1) > start and head not in AREA_HEADS:
            start = inner.start(1)  # 浑江区|七道江镇中心小学: the district is a place of its own
        name = text[start : w.end_char]
        if name[: -len(head)].endswith("性"):
            continue  # 普惠性幼儿园, 公益性公园: a class of facilities
        if len(name) >= len(head) + 2 or (w.label_ == "LOC" and len(name) > len(head)):
            out.append(candidate(start, w.end_char, "PLACE", "place_suffix"))
    return out


TOWNSHIP_AT_START = re.compile(r"(?:[\u4e00-\u9fff]{1,4}?[区县市旗](?![\u4e00-\u9fff]?[镇乡]))?"
                               r"([\u4e00-\u9fff]{2,4}?(?:镇|乡|街道|苏木))(?=[\u4e00-\u9fff]{2})")


def nested_townships(text: str, lac: list) -> list[Candidate]:
    """``板桥乡卫生院``, ``善琏镇湖笔文化馆``, ``浑江区七道江镇中心小学``: a township opening a longer LAC name
    (after its district) is a place of its own."""
    out = []
    for w in lac:
        if w.label_ not in ("ORG", "LOC", "nz", "ns") or len(w.text) < 5:
            continue
        m = TOWNSHIP_AT_START.match(w.text)
        if m and not re.search(r"[和与及]|^.?城[镇乡]", m.group(1)) and not w.text.endswith(("局", "委", "委员会", "厅", "部")):
            out.append(candidate(w.start_char + m.start(1), w.start_char + m.end(1), "PLACE", "place_suffix:nested_township"))
    return out


PLACE_JOINERS = ("", "—", "－", "-", "―")


def compound_places(text: str, lac: list) -> list[Candidate]:
    """LAC places written as one name: ``中关村丰台园``, ``卢沟桥—宛平城—长辛店文化片区``.

    A run of adjacent (or dash-joined) LAC places, the last not an administrative division (丰台区
    after 北京市 is a containment, not a name), extended by a place-suffix noun right after it.
    """
    from .gazetteer import admin_index

    index = admin_index()
    out, i = [], 0
    while i < len(lac):
        if lac[i].label_ != "LOC":
            i += 1
            continue
        j = i
        while True:
            nxt = j + 2 if j + 2 < len(lac) and lac[j + 1].text in PLACE_JOINERS else j + 1
            if nxt >= len(lac) or lac[nxt].label_ != "LOC" or lac[nxt].start_char - lac[j].end_char > 1:
                break
            j = nxt
        k = j
        while k + 1 < len(lac) and lac[k + 1].label_ == "n" and lac[k + 1].start_char == lac[k].end_char and k - j < 2:
            k += 1
            if longest_suffix(lac[k].text, "place_suffixes") is not None:
                break
        else:
            k = j  # no place-suffix noun follows
        chain = any(lac[x].text.endswith(ADMIN_ENDINGS) for x in range(i, j) if lac[x].label_ == "LOC") or lac[j].text.endswith(ADMIN_ENDINGS + ("村", "社区"))
        if j > i and not chain and (k > j or (lac[j].text.endswith(("园", "区")) and not index.lookup(lac[j].text))):
            out.append(candidate(lac[i].start_char, lac[k].end_char, "PLACE", "place_suffix:compound"))
        i = j + 1
    return out


FURNITURE_WORDS = {"版式", "版式设计", "编辑", "美编", "校对", "设计", "摄影", "记者", "通讯员", "图片", "责任编辑", "本版编辑"}


def furniture_persons(text: str) -> list[Candidate]:
    """Names listed after 责任编辑： 美编： 校对： on newspaper page furniture."""
    label = re.compile(r"(?:责任编辑|美\s*编|校\s*对|版式设计|本版编辑|图片编辑|记者|通讯员)\s*[:：]")
    out = []
    for line in re.finditer(r"[^\n]+", text):
        labels = list(label.finditer(line.group()))
        for k, m in enumerate(labels):
            seg_start = line.start() + m.end()
            seg_end = line.start() + (labels[k + 1].start() if k + 1 < len(labels) else len(line.group()))
            for name in re.finditer(rf"[{CJK}]{{2,4}}", text[seg_start:seg_end]):
                if name.group() in FURNITURE_WORDS:
                    continue
                out.append(candidate(seg_start + name.start(), seg_start + name.end(), "PERSON", "person_furniture"))
    return out


@lru_cache(maxsize=1)
def _surnames() -> tuple[frozenset[str], frozenset[str]]:
    entries = " ".join(words("surnames")).split()
    return frozenset(e for e in entries if len(e) == 1), frozenset(e for e in entries if len(e) == 2)


AFTER_NAME = re.compile(r"[，、。；（(]|出席|主持|参加|讲话|带队|带领|指出|表示|介绍|致辞|到会|率|一行|等")


def _name_length(text: str, pos: int) -> int:
    """3 or 2 when a name of that length is followed by punctuation or a typical verb, else 0."""
    for length in (3, 2):
        if re.fullmatch(rf"[{CJK}]{{{length}}}", text[pos : pos + length]) and AFTER_NAME.match(text, pos + length):
            return length
    return 0


def titled_persons(text: str, lac: list) -> list[Candidate]:
    """A name right after a title (区政协主席王明, 副区长李娜): a surname plus one or two characters.

    The name's length comes from LAC's word at that position when it has one of 2-4 characters;
    LAC's own person tags are checked separately (resolve.confirmed_persons).
    """
    single, double = _surnames()
    titles = alternation("person_titles")
    starts = {w.start_char: w for w in lac}
    out = []
    for m in re.finditer(titles, text):
        pos = m.end()
        while text[pos : pos + 1] in (" ", "\u3000"):
            pos += 1
        ch = text[pos : pos + 1]
        two = text[pos : pos + 2]
        if not (ch in single or two in double):
            continue
        w = starts.get(pos)
        if w is not None and 2 <= len(w.text) <= 4 and re.fullmatch(rf"[{CJK}]+", w.text) and w.label_ in ("PER", "nr", "n", "nz", "LOC", "ORG"):
            end = pos + len(w.text)
        elif w is None and (length := _name_length(text, pos)):
            end = pos + length  # LAC cut across the name (主|委钱立群): judge by what follows it
        else:
            continue
        out.append(candidate(pos, end, "PERSON", "person_title"))
    return out
