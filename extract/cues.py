"""Surface cues of Chinese institutional prose -> typed entity candidates.

Patterns are built from the lexicons in ``resources/`` (no entity names): quoted titles with the
head noun after them (…”议政会 -> EVENT, …”议题 -> TOPIC), 《…》 titles, party congresses and
plenums, organization-name grammar over LAC words, place suffixes, titled persons.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from .candidates import Candidate, add_candidates, candidate
from .lexicons import alternation, words

CJK = "\u4e00-\u9fff"
CN_NUM = "一二三四五六七八九十百零〇两"
NOUNISH = {"n", "nz", "nw", "ORG", "LOC", "vn", "an", "s", "j", "nt", "ns", "f"}
NAME_PARTS = NOUNISH | {"PER", "m", "q", "TIME", "a"}


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    event = alternation("event_heads")
    return {
        "title": re.compile(r"《([^《》\n]{1,80})》"),
        "quote": re.compile(r"“([^“”\n]{2,80})”"),
        "event_after_quote": re.compile(rf"[{CJK}·]{{0,6}}?{event}"),
        "topic_after_quote": re.compile(alternation("topic_heads")),
        "ordinal": re.compile(rf"第[{CN_NUM}\d]{{1,4}}[次届期]$"),
        "congress": re.compile(rf"(?:中共|中国共产党|党的)?第?([{CN_NUM}]{{2,3}})(?:次全国代表)?大(?![会学厦楼])"),
        "plenum_list": re.compile(
            rf"([{CN_NUM}]{{1,3}})届((?:[{CN_NUM}]中[、和及与]?)+)全会"
        ),
        "anniversary": re.compile(
            rf"(?:庆祝|纪念)[^，。；、\n“”]{{2,30}}?(?:\d+|[{CN_NUM}]+)周年{event}?"
        ),
        "year_event": re.compile(rf"\d{{4}}年(?:度)?[{CJK}]{{0,6}}?(?:学习班|培训班|研讨班|学习日|运动会|博览会|交易会)"),
        "work_meeting": re.compile(
            rf"(?:(?:中央|全国|[省市区县州旗]委|第[{CN_NUM}\d]{{1,3}}次)[{CJK}]{{0,8}}?|[{CJK}]{{2,6}})"
            rf"(?:工作会议|代表大会|全体会议)"
        ),
        "plan_doc": re.compile(rf"“[^“”\n]{{2,12}}”(?:规划|纲要|计划)"),
        "issued_doc": re.compile(
            rf"(?:制定|修订|出台|印发|发布|编发|颁布|起草)(?:了|并实施)?((?:[{CJK}“”‘’·]){{4,40}}?{alternation('document_heads')})"
        ),
    }


@Language.factory("zhkg_cues", assigns=["doc._.zhkg_candidates"], requires=["doc.spans"])
def make_cues(nlp: Language, name: str) -> "CueMatcher":
    return CueMatcher()


class CueMatcher:
    """Adds EVENT, TOPIC, DOCUMENT, ORG, PLACE and PERSON candidates from surface cues."""

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        lac = list(doc.spans.get("lac", []))
        items: list[Candidate] = []
        items += document_titles(text)
        items += quoted_titles(text)
        items += named_events(text)
        items += org_grammar(text, lac)
        items += place_suffix(text, lac)
        items += furniture_persons(text)
        add_candidates(doc, items)
        return doc


def document_titles(text: str) -> list[Candidate]:
    p = _patterns()
    out = [candidate(m.start(), m.end(), "DOCUMENT", "document_title") for m in p["title"].finditer(text)]
    out += [candidate(m.start(), m.end(), "DOCUMENT", "document_pattern:plan") for m in p["plan_doc"].finditer(text)]
    for m in p["issued_doc"].finditer(text):
        s, e = m.span(1)
        if "《" not in m.group(1):
            out.append(candidate(s, e, "DOCUMENT", "document_pattern:issued"))
    return out


def quoted_titles(text: str) -> list[Candidate]:
    """Quoted titles typed by what follows them (event head, topic head) or precedes them."""
    p = _patterns()
    deliberation = words("deliberation_heads")
    topic_left = words("topic_left_cues")
    out: list[Candidate] = []
    quotes = list(p["quote"].finditer(text))
    topic_chain_end = -1
    for m in quotes:
        q_start, q_end = m.span()
        inner_s, inner_e = m.span(1)
        after = text[q_end : q_end + 14]
        before = text[max(0, q_start - 3) : q_start]
        ev = p["event_after_quote"].match(after)
        tp = p["topic_after_quote"].match(after)
        left_cue = any(before.endswith(c) for c in topic_left)
        in_chain = q_start == topic_chain_end or text[topic_chain_end:q_start] in ("、", "，", "和", "与")
        if ev and not tp:
            start = q_start
            ordinal = p["ordinal"].search(text[max(0, q_start - 6) : q_start])
            if ordinal:
                start = q_start - (len(text[max(0, q_start - 6) : q_start]) - ordinal.start())
            out.append(candidate(start, q_end + ev.end(), "EVENT", "quoted_event"))
            head = ev.group()
            if any(head.endswith(d) for d in deliberation) and len(m.group(1)) >= 6:
                out.append(candidate(inner_s, inner_e, "TOPIC", "quoted_topic:deliberated"))
                topic_chain_end = q_end
            continue
        if tp or left_cue or in_chain and topic_chain_end > 0:
            if len(m.group(1)) >= 4:
                out.append(candidate(inner_s, inner_e, "TOPIC", "quoted_topic:" + ("head" if tp else "cue")))
                topic_chain_end = q_end
    return out


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
    for key in ("anniversary", "year_event", "work_meeting"):
        for m in p[key].finditer(text):
            out.append(candidate(m.start(), m.end(), "EVENT", f"event_pattern:{key}"))
    return out


def org_grammar(text: str, lac: list) -> list[Candidate]:
    """Organization names: a LAC noun ending in an organization head, extended left over name parts.

    ``区委统战部``, ``内蒙古自治区包头市政协``, ``医药卫生界工作站``: the head must end a LAC word; the name
    extends left over nouns, places and organizations, never over verbs, punctuation or particles.
    """
    suffixes = words("org_suffixes")
    modifiers = words("org_modifiers")
    out: list[Candidate] = []
    for i, w in enumerate(lac):
        wt = w.text
        if w.label_ not in NOUNISH:
            continue
        head = next((s for s in suffixes if wt.endswith(s)), None)
        if head is None:
            continue
        start = w.start_char
        j = i - 1
        while j >= 0 and lac[j].end_char == start and lac[j].label_ in NAME_PARTS and w.end_char - lac[j].start_char <= 24:
            if lac[j].label_ in ("m", "q", "TIME") or lac[j].text in ("和", "与"):
                break
            start = lac[j].start_char
            j -= 1
        name = text[start : w.end_char]
        for mod in modifiers:
            if name.startswith(mod) and len(name) > len(mod) + 1:
                start += len(mod)
                name = name[len(mod) :]
                break
        if len(name) > len(head) or name in ("区委", "市委", "县委", "省委", "党中央", "中共中央"):
            out.append(candidate(start, w.end_char, "ORG", "org_grammar"))
    return out


def place_suffix(text: str, lac: list) -> list[Candidate]:
    """Proper nouns ending in a place suffix (rivers, parks, districts, facilities)."""
    suffixes = words("place_suffixes")
    out = []
    for i, w in enumerate(lac):
        if w.label_ not in ("LOC", "nz", "n", "ns", "s"):
            continue
        wt = w.text
        head = next((s for s in suffixes if wt.endswith(s)), None)
        if w.label_ == "LOC":
            start = w.start_char
            # a LOC word right before (中关村 + 丰台园) is part of the same place name
            if i > 0 and lac[i - 1].label_ == "LOC" and lac[i - 1].end_char == start and head:
                start = lac[i - 1].start_char
            if start != w.start_char:
                out.append(candidate(start, w.end_char, "PLACE", "place_suffix:joined"))
            continue
        if head and len(wt) > len(head) and len(wt) >= 3:
            start = w.start_char
            if i > 0 and lac[i - 1].label_ == "LOC" and lac[i - 1].end_char == start:
                start = lac[i - 1].start_char
            out.append(candidate(start, w.end_char, "PLACE", "place_suffix"))
    return out


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
                out.append(candidate(seg_start + name.start(), seg_start + name.end(), "PERSON", "person_furniture"))
    return out
