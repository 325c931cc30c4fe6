"""Relations read off names, titles and the order of names, with no cue verb.

A title (or a chain of titles) between a body and a person, 在…领导下, 加强对…的领导 and 发挥…领导作用
(LEADS); a topic inside an event's name (ABOUT); the bodies an agreement's ceremony is named after
(ORGANIZES, COOPERATES_WITH); a place or body inside or right before a topic (CONCERNS); a body
right before a 《title》 (ISSUES); places written one after the other, townships written with their
county, seats written in a body's name and outlets or township bodies named after a division
(LOCATED_IN).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .cues import AREA_HEADS, TOWNSHIP_ENDINGS
from .gazetteer import admin_index, short_form
from .lexicons import longest_suffix, words
from .relation_spans import CLAUSE_BREAK, Ent, body_of_organ, sentence_of, within
from .relations import RawRelation

# a body's committees and groups get no seat edge (a university named after a place does: 宁夏大学 -> 宁夏)
UNSEATED = ("政协常委会", "主席会议", "党组", "机关", "检查组", "调研组", "视察组", "考察团", "工作室", "议事厅",
            "宣传部")


IMPLIED_GOVERNMENT = {"区长": "区", "县长": "县", "市长": "市", "旗长": "旗", "省长": "省", "州长": "州", "盟长": "盟"}


def _title_chain(text: str, pos: int, org_ends: dict[int, list[Ent]], home) -> list[tuple[str, str]]:
    """Bodies a person leads by the titles written before the name, one per title.

    ``区委副书记、区长冯骏``: 副书记 of the 区委 written before it; 区长 of the home district's
    government, implied by the title itself.
    """
    out = []
    bare: list[str] = []  # titles with no body of their own, written after the bodied one (党组书记、主席)
    end = pos
    while end > 0:
        seg_start = end
        while seg_start > 0 and text[seg_start - 1] not in "、，,。；;：:（(\n" and end - seg_start < 14:
            seg_start -= 1
        segment = text[seg_start:end].rstrip(" \u3000")
        titles = [t for t in words("leader_titles") if segment.endswith(t)]
        if not titles:
            break
        # 区政协党组书记: the title 书记 of the body 区政协党组, rather than 党组书记 of 区政协
        title = next((t for t in sorted(titles, key=len) if org_ends.get(seg_start + len(segment) - len(t))
                      and len(segment) > len(t)), titles[0])
        body_end = seg_start + len(segment) - len(title)
        bodies = org_ends.get(body_end, [])
        if bodies and body_end > seg_start:
            body = max(bodies, key=lambda b: b.end - b.start).key
            out.append((body, title))
            if bare:  # 党组书记、主席: the chairman of the body whose party group he heads
                parent = body[: -len("党组")] if body.endswith("党组") else body
                out += [(parent, t) for t in bare]
                bare = []
        elif body_end == seg_start and home is not None:
            level = IMPLIED_GOVERNMENT.get(title.lstrip("副"))
            gov = _implied_government(level, home)
            if gov:
                out.append((gov, title))
            else:
                bare.append(title)
        if seg_start == 0 or text[seg_start - 1] != "、":
            break
        end = seg_start - 1
    return out


def _implied_government(level: str | None, home) -> str | None:
    from .canonical import org_canonical

    if level is None:
        return None
    name, _, _ = org_canonical(level + "政府", home, admin_index())
    return None if name.startswith(level) else f"ORG:{name}"


AUTHOR_TITLES = {"主席": ("政协", "委会", "工商联"), "秘书长": ("政协", "人大常委会", "委会", "工商联"),
                 "主任": ("人大常委会",), "主委": ("委会",)}


def _bare_title(text: str, pos: int) -> str | None:
    """A leader title written alone before a name at the start of a clause (副主席许红梅…)."""
    m = re.search(r"(?:^|[，,。；;：:\n、])((?:常务)?副?(?:主席|秘书长|主任|主委))$", text[max(0, pos - 8) : pos])
    return m.group(1) if m else None


def titles_lead(text: str, bounds, ents: list[Ent], home=None, author: str | None = None) -> list[RawRelation]:
    """``区政协主席刘宇`` -> 刘宇 LEADS 区政协; ``在区委的坚强领导下，区政协…`` -> 区委 LEADS 区政协."""
    out = []
    orgs = [e for e in ents if e.type == "ORG"]
    org_starts = [o.start for o in orgs]
    org_ends: dict[int, list[Ent]] = {}
    for o in orgs:
        org_ends.setdefault(o.end, []).append(o)
    named = {o.key for o in orgs}
    previous: Ent | None = None  # the person listed before, and the bodies he leads
    previous_bodies: list[tuple[str, str]] = []
    for p in ents:
        if p.type != "PERSON":
            continue
        s, e = sentence_of(bounds, p.start)
        chain = _title_chain(text, p.start, org_ends, home)
        if not chain and previous is not None and previous.end <= p.start and previous_bodies:
            glue = text[previous.end : p.start]
            if glue in ("、", "和", "及"):  # 副主席陈红、骆永军: one title for the list
                chain = previous_bodies
            elif glue[:1] in "，,、" and glue[1:] in words("leader_titles"):  # …，秘书长赵家祥: same body
                chain = [(previous_bodies[0][0], glue[1:])]
        if not chain and author:
            title = _bare_title(text, p.start)
            if title and author.endswith(AUTHOR_TITLES.get(title.lstrip("副常务"), ())):
                chain = [(author, title)]  # 副主席许红梅主持会议 in a CPPCC's report: its vice-chairwoman
        for body, title in chain:
            out.append(RawRelation(p.key, "LEADS", body, s, e, title, "title"))
        if chain:
            previous, previous_bodies = p, chain
        else:
            previous, previous_bodies = None, []
    matches = list(re.finditer(r"在([^，。；,]{2,40}?)的(?:坚强|正确|有力|亲切|具体|精心|悉心|大力)?(?:领导|指导)(?:和?支持)?下", text))
    groups: list[list[re.Match]] = []
    for m in matches:
        if groups and re.fullmatch(r"[，,、\s]*", text[groups[-1][-1].end() : m.start()]):
            groups[-1].append(m)
        else:
            groups.append([m])
    for group in groups:
        s, e = sentence_of(bounds, group[-1].start())
        clause_end = CLAUSE_BREAK.search(text, group[-1].end(), e)
        led = [x for x in within(orgs, org_starts, group[-1].end(), e) if x.outer]
        if not led or (clause_end and led[0].start > clause_end.start()):
            # 区政协始终在党的领导下开展工作: the body before 在 in the clause
            clause_start = max([b.end() for b in CLAUSE_BREAK.finditer(text, s, group[0].start())] + [s])
            led = [x for x in within(orgs, org_starts, clause_start, group[0].start()) if x.outer][-1:] or led
        if not led:
            continue
        for m in group:
            leaders = [x for x in within(orgs, org_starts, m.start(1), m.end(1)) if x.outer]
            if leaders:
                led_key = body_of_organ(led[0].key, named)  # 在区委的领导下，区政协常委会…: the committee's CPPCC is led
                out.append(RawRelation(leaders[0].key, "LEADS", led_key, s, e, "领导下", "under_leadership"))
                if re.search(r"的[\u4e00-\u9fff]{0,2}领导和", m.group(1)):  # 在区委的坚强领导和市政协的有力指导下
                    out += [RawRelation(x.key, "LEADS", led_key, s, e, "指导下", "under_leadership") for x in leaders[1:2] if x.key != led_key]
    for m in re.finditer(r"(?:加强|坚持|实现|强化)(?:了|和加强)?对([^，。；,的]{2,16}?)(?:各项|的各项)?(?:工作)?的(?:全面|集中统一|坚强)?领导", text):
        s, e = sentence_of(bounds, m.start())
        led = [x for x in within(orgs, org_starts, m.start(1), m.end(1)) if x.outer][:1]
        clause_start = max([b.end() for b in CLAUSE_BREAK.finditer(text, s, m.start())] + [s])
        leaders = [x for x in within(orgs, org_starts, clause_start, m.start()) if x.outer][:1]
        if led and leaders and led[0].key != leaders[0].key:  # 区委全面加强了对区政协各项工作的领导
            out.append(RawRelation(leaders[0].key, "LEADS", led[0].key, s, e, "领导", "leadership_over"))
    return out


LEADING_ROLE = re.compile(r"发挥([^，。；,;]{2,12}?)(?:在([^，。；,;]{2,12}?)中)?的?领导(?:核心)?作用")


def leading_roles(text: str, bounds, ents: list[Ent], author: str | None) -> list[RawRelation]:
    """``发挥政协党组在政协工作中的领导作用``: the body leads the report's author (or the body named)."""
    orgs = [e for e in ents if e.type == "ORG" and e.outer]
    starts = [o.start for o in orgs]
    out = []
    for m in LEADING_ROLE.finditer(text):
        leader = within(orgs, starts, m.start(1), m.end(1))[:1]
        led = within(orgs, starts, m.start(2), m.end(2))[:1] if m.group(2) else []
        led_key = led[0].key if led else author
        if leader and led_key and leader[0].key != led_key:
            s, e = sentence_of(bounds, m.start())
            out.append(RawRelation(leader[0].key, "LEADS", led_key, s, e, "领导作用", "leading_role"))
    return out


def nested_relations(bounds, ents: list[Ent]) -> list[RawRelation]:
    """Relations read off a name: topic in an event (ABOUT), place or body in a topic (CONCERNS), the
    bodies an event is named after (ORGANIZES, and COOPERATES_WITH between them).

    (A body opening a document's title is not read as its issuer: 《中共X区委关于…》 is usually cited
    by another body, and the annotated sets agree with that 26 times out of 31.)"""
    starts = [e.start for e in ents]
    out = []
    for outer in ents:
        if outer.type not in ("EVENT", "TOPIC"):
            continue
        inside = [x for x in within(ents, starts, outer.start, outer.end) if x is not outer]
        s, e = sentence_of(bounds, outer.start)
        for inner in inside:
            if outer.type == "EVENT" and inner.type == "TOPIC":
                out.append(RawRelation(outer.key, "ABOUT", inner.key, s, e, "", "topic_in_event_name"))
            elif outer.type == "TOPIC" and inner.type in ("PLACE", "ORG"):
                out.append(RawRelation(outer.key, "CONCERNS", inner.key, s, e, "", "named_in_topic"))
        if outer.type == "EVENT":  # A与B协同履职框架协议签约仪式: the bodies it is named after hold it together
            chain = []
            for b in sorted((x for x in inside if x.type == "ORG"), key=lambda b: b.start):
                if (not chain and b.start == outer.start) or (chain and b.start == chain[-1].end + 1):
                    chain.append(b)
            if len(chain) >= 2:
                out += [RawRelation(b.key, "ORGANIZES", outer.key, s, e, "", "bodies_in_event_name") for b in chain]
                out += [RawRelation(a.key, "COOPERATES_WITH", b.key, s, e, "", "bodies_in_event_name")
                        for i, a in enumerate(chain) for b in chain[i + 1 :] if a.key != b.key]
    return out


def possessive_titles(text: str, bounds, ents: list[Ent]) -> list[RawRelation]:
    """``区委《关于…的实施意见》``: a body right before a document title issued it."""
    org_by_end = {}
    for o in ents:
        if o.type == "ORG" and o.outer:
            org_by_end.setdefault(o.end, o)
    out = []
    for d in ents:
        o = org_by_end.get(d.start)
        if d.type == "DOCUMENT" and o is not None and not d.key.endswith("协议"):
            s, e = sentence_of(bounds, d.start)
            out.append(RawRelation(o.key, "ISSUES", d.key, s, e, "", "possessive_title"))
    return out


def adjacent_places(text: str, bounds, ents: list[Ent]) -> list[RawRelation]:
    """``上海市浦东新区陆家嘴``: a place written right after a division lies in it (LOCATED_IN)."""
    out = []
    index = admin_index()
    places = [e for e in ents if e.type == "PLACE"]
    shortest = {}  # 顺义区|赵全营镇中心小学: the district holds the township the school's name opens with
    for p in places:
        if p.start not in shortest or (p.end < shortest[p.start].end and p.key.endswith(TOWNSHIP_ENDINGS + ("村", "社区"))):
            shortest[p.start] = p
    for i, (a, b) in enumerate(zip(places, places[1:])):
        b = shortest[b.start]
        name = a.key.split(":", 1)[1]
        inner = b.key.split(":", 1)[1]
        county_like = name.endswith(("区", "县", "市", "旗")) and inner.endswith(TOWNSHIP_ENDINGS + ("村", "社区"))
        if a.end == b.start and (name in index.by_name or name.endswith(TOWNSHIP_ENDINGS) or county_like):
            s, e = sentence_of(bounds, b.start)
            out.append(RawRelation(b.key, "LOCATED_IN", a.key, s, e, "", "adjacent_places"))
            prev = b  # 顺义区杨镇、李桥镇、北小营镇: the whole list lies in it
            for c in places[i + 2 :]:
                if text[prev.end : c.start] in ("、", "和", "及") and c.key[-1:] == b.key[-1:]:
                    out.append(RawRelation(c.key, "LOCATED_IN", a.key, s, e, "", "adjacent_places"))
                    prev = c
                else:
                    break
    return out


def media_seats(resolved, bounds, home) -> list[RawRelation]:
    """``孝感日报``, ``浙江日报``: an outlet named after the document's county, city or province is
    seated there, though the short form inside its name is not a mention of its own (LOCATED_IN)."""
    divisions = [d for d in (home.county, home.prefecture, home.province) if d is not None] if home else []
    heads = tuple(words("media_heads")) + ("融媒体中心",)  # any accepted body with an outlet's head (丰台报 too)
    out, seen = [], set()
    for r in resolved:
        if r.type != "ORG" or r.key in seen or not r.canonical.endswith(heads):
            continue
        for d in divisions:
            if r.canonical.startswith((d.name, short_form(d.name, []) or d.name)):
                seen.add(r.key)
                s, e = sentence_of(bounds, r.start)
                out.append(RawRelation(r.key, "LOCATED_IN", "PLACE:" + d.name, s, e, "", "seat_in_name"))
                break
    return out


TOWNSHIP_BODY = re.compile(r"(.{2,6}?(?:街道|镇|乡|苏木))(?:党工委|党委|办事处|人民政府|政府|人大主席团|卫生院)$")


def township_seats(resolved, bounds) -> list[RawRelation]:
    """``城中街道党工委``: a township's own body lies in the township the document names (LOCATED_IN)."""
    places = {r.key for r in resolved if r.type == "PLACE"}
    out, seen = [], set()
    for r in resolved:
        m = TOWNSHIP_BODY.match(r.canonical) if r.type == "ORG" and r.key not in seen else None
        if m and "PLACE:" + m.group(1) in places:
            seen.add(r.key)
            s, e = sentence_of(bounds, r.start)
            out.append(RawRelation(r.key, "LOCATED_IN", "PLACE:" + m.group(1), s, e, "", "seat_in_name"))
    return out


def written_townships(resolved, bounds) -> list[RawRelation]:
    """``繁昌区荻港镇`` (one mention, named 荻港镇): the township lies in the division written before it."""
    places = {(r.start, r.end): r for r in resolved if r.type == "PLACE"}
    out = []
    for r in resolved:
        if r.type != "PLACE" or "drop_higher_division" not in r.merge_rule:
            continue
        inner = [p for (s, e), p in places.items() if s == r.start and e < r.end]
        if inner:
            s, e = sentence_of(bounds, r.start)
            out.append(RawRelation(r.key, "LOCATED_IN", max(inner, key=lambda p: p.end).key, s, e, "", "adjacent_places"))
    return out


def places_of_topics(text: str, bounds, ents: list[Ent], resolved) -> list[RawRelation]:
    """A topic about a place named right before it (晴隆县巩固拓展脱贫攻坚成果) or by the short form of
    a place the document names (平遥牛肉品牌提升 -> 平遥县): CONCERNS."""
    index = admin_index()
    short: dict[str, str] = {}
    for r in resolved:
        if r.type == "PLACE" and r.canonical in index.by_name:
            surface = text[r.start : r.end]
            for form in {surface, r.canonical}:
                if len(form) >= 2:
                    short.setdefault(form, r.key)
    out = []
    places_by_end = {e.end: e for e in ents if e.type == "PLACE" and e.outer}
    for t in ents:
        if t.type != "TOPIC" or not t.outer:
            continue
        s, e = sentence_of(bounds, t.start)
        before = places_by_end.get(t.start)
        if before is not None:
            out.append(RawRelation(t.key, "CONCERNS", before.key, s, e, "", "place_before_topic"))
        name = text[t.start : t.end]
        for form, key in short.items():
            if form in name and not any(x.type == "PLACE" and t.start <= x.start < t.end for x in ents):
                out.append(RawRelation(t.key, "CONCERNS", key, s, e, "", "place_form_in_topic"))
    return out


def _facility_in_division(place, chain) -> bool:
    """``八里店镇蔬菜基地``: a facility whose name opens with a division lies in it (not 湘江风光带, not
    九畹溪镇周坪村, which the adjacency rule links)."""
    if not chain or chain[0].start != place.start or longest_suffix(place.canonical, "place_suffixes") in AREA_HEADS:
        return False
    tail = chain[-1].canonical
    return tail in admin_index().by_name or tail.endswith(TOWNSHIP_ENDINGS)


@lru_cache(maxsize=1)
def _short_forms() -> dict[str, tuple[str, ...]]:
    """Division name -> its short forms (荆州市 -> 荆州), as the gazetteer knows them."""
    out: dict[str, list[str]] = {}
    for form, divs in admin_index().by_short.items():
        for d in divs:
            out.setdefault(d.name, []).append(form)
    return {name: tuple(forms) for name, forms in out.items()}


def _short_divisions(places) -> dict[str, str]:
    """The short forms (荆州, 沙市) of the divisions a document names, to their keys."""
    out = {}
    for p in places:
        for form in _short_forms().get(p.canonical, ()):
            out.setdefault(form, p.key)
    return out


def _division_opening(place, chain, short: dict[str, str]) -> str | None:
    """``荆州古城``, ``沙市洋码头文创园``: a facility whose name opens with the short form of a division
    the document names lies in it."""
    if chain and chain[0].start == place.start:
        return None
    name = place.canonical
    if name in admin_index().by_name or name.endswith(TOWNSHIP_ENDINGS):
        return None
    found, pos = None, 0
    while True:  # 福州长乐国际机场: the innermost of the divisions written in a row
        n = next((n for n in (3, 2) if name[pos : pos + n] in short and len(name) > pos + n + 1), 0)
        if not n or short[name[pos : pos + n]] == place.key:
            return found
        found, pos = short[name[pos : pos + n]], pos + n


BRANCH = re.compile(r"[局行院]([\u4e00-\u9fff]{2,4}?)分(?:局|行|院)$")


def _branch_division(name: str, short: dict[str, str], places) -> str | None:
    """``保定市公安局竞秀分局``: a branch named after a division lies in that division."""
    m = BRANCH.search(name)
    if not m:
        return None
    written = m.group(1)
    full = next((p.key for p in places if p.canonical == written), None)
    return full or short.get(written)


def seats(resolved, bounds) -> list[RawRelation]:
    """A body whose written name carries a place is seated there (内蒙古自治区包头市政协 -> 包头市), and
    so is a facility whose name opens with a division (八里店镇蔬菜基地 -> 八里店镇).

    The place must be written inside the name (a nested PLACE mention); the innermost of a chain
    wins. A body written only as 区水务局 gets no seat edge.
    """
    import bisect

    places = sorted((r for r in resolved if r.type == "PLACE"), key=lambda p: p.start)
    place_starts = [p.start for p in places]
    short = _short_divisions(places)
    out = []
    seen = set()
    for r in resolved:
        if r.type not in ("ORG", "PLACE") or r.key in seen or r.canonical.endswith(UNSEATED):
            continue
        i, j = bisect.bisect_left(place_starts, r.start), bisect.bisect_left(place_starts, r.end)
        inner = [p for p in places[i:j] if p.end < r.end]
        chain = []
        for p in sorted(inner, key=lambda p: p.start):
            if not chain or p.start == chain[-1].end:
                chain.append(p)
        if r.type == "PLACE" and not _facility_in_division(r, chain):
            home = _division_opening(r, chain, short)
            if home is not None:
                seen.add(r.key)
                s, e = sentence_of(bounds, r.start)
                out.append(RawRelation(r.key, "LOCATED_IN", home, s, e, "", "short_division_in_name"))
            continue
        lead = r.start + (2 if r.canonical.startswith("中共") else 0)
        branch = _branch_division(r.canonical, short, places) if r.type == "ORG" else None
        if chain and (chain[0].start <= lead or any(p.rule == "admin_full" for p in chain)):
            seen.add(r.key)
            s, e = sentence_of(bounds, r.start)
            out.append(RawRelation(r.key, "LOCATED_IN", branch or chain[-1].key, s, e, "", "seat_in_name"))
    return out
