"""Typed relation rules over the resolved entities of one document.

Work reports state relations with a cue verb between an acting body and a typed object, often
with the subject left out. Per sentence and clause (split at ，；：):

* the acting subject is the first ORG/PERSON before the cue in the clause (not one governed by
  在/对/向/与…, and a person when an organization is only his title's body: 区政协主席刘宇), else the
  subject carried from the previous clause or sentence of the paragraph, else the report's author
  body (its most mentioned organization);
* the object is the first entity of the relation's tail type after the cue in the clause (every
  item of a 、/和 list for VISITS, ISSUES, SUPERVISES and partners);
* cues come from ``resources/relation_cues.tsv``; the nearest cue before an object decides.

Rules read off names and titles, which need no cue (LEADS by a title, CONCERNS by a place inside a
topic, seats and written containment as LOCATED_IN…), are in ``name_relations``. Containment that
the text only mentions comes from reference data (document.reference_chain), stated by no document.
Rules whose precision on the tuning sets was poor were removed (a place opening a longer place's or
an event's name, a single organizer opening an event's name, a body opening a document's title as
its issuer, topics attached to the acting body without a cue, 以X为核心, an event held where its
organisers went). Spans, sentence bounds and clause breaks shared with ``name_relations`` are in
``relation_spans``.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from spacy.tokens import Doc

from .articles import article_of, article_starts
from .clean import title_line_end
from .gazetteer import admin_index
from .lexicons import table, words
from .name_relations import (
    adjacent_places, leading_roles, media_seats, nested_relations, places_of_topics, possessive_titles, seats, titles_lead,
    township_seats, written_townships,
)
from .relation_spans import CLAUSE_BREAK, Ent, body_of_organ, entities_by_position, sentence_bounds, sentence_of, within
from .relations import RawRelation

QUOTED = re.compile(r"“[^“”\n]*”")
OBLIQUE_BEFORE = (
    "在", "对", "向", "为", "给", "与", "同", "和", "及", "跟", "把", "将", "从", "受", "经", "由", "被",
    "会同", "协同", "携手", "联合", "协助", "邀请", "配合", "参观", "走进", "赴", "视察", "调研",
)
ACTORS = {"ORG", "PERSON"}
TAIL_TYPES = {
    "ORGANIZES": {"EVENT"},
    "PARTICIPATES_IN": {"EVENT"},
    "ABOUT": {"TOPIC"},
    "VISITS": {"PLACE"},
    "ISSUES": {"DOCUMENT"},
    "SUPERVISES": {"ORG"},
    "LEADS": {"ORG"},
    "COOPERATES_WITH": {"ORG"},
}
# Cue words that are often nouns (市政协领导 = the leaders of the municipal CPPCC): cues only as verbs.
NOUN_LIKE_CUES = {"领导", "指导", "合作", "协作", "监督", "参与", "主办", "承办"}
SECTOR = re.compile(r"[\u4e00-\u9fff]{1,6}界(?:别)?(?:委员)?(?:围绕|聚焦|就|针对|开展|赴|深入)")
MEMBER_NOUNS = ("委员们", "委员", "代表们", "人大代表", "代表", "盟员", "会员", "党员", "干部", "工作人员")
# 围绕A、B开展合作 / 开展联合视察: the body's own work on the topics, not a meeting's agenda
OWN_ACTIVITY = re.compile(r"[”’]?(?:等)?(?:方面|领域|工作|问题)?(?:(?:联合|共同)?(?:开展|进行|深化)(?:联合|专题|深入)?(?:合作|视察|调研|考察|走访|监督|协作)"
                          r"|[，,]?(?:持续|深入|首次)?(?:开展(?!交流|研讨|讨论)|召开|组织))")
LEADING_A_GROUP = re.compile(r"带队|率队|带领|率领|(?<![效比频])率(?![先领])")
JOINT_VERBS = ("联合", "会同", "携手", "协同")
ACTOR_ADVERBS = ("具体", "负责", "应邀", "也", "还", "一同", "亲自")  # 由X具体承办, X应邀出席: X is still the actor
LOOKING_CUES = ("了解", "详细了解", "察看", "视察", "考察")
MEMBER_BODIES = ("政协", "人大常委会", "人大", "委会", "工作室", "工作站", "代表团", "调研组", "检查组", "视察组")
NEW_ITEM = re.compile(r"\s*(?:聚焦|围绕|针对|紧扣|着眼|立足)[^，。；]{2,30}[，,](?:组织|开展|召开|举办|赴|深入)")
BODY_HEAD_NOUNS = "工作室|工作站|调研组|视察组|检查组|督查组|联络组|服务队"
GENERIC_EVENT_NOUNS = {"会议", "活动", "会", "开幕式", "仪式", "检查", "视察", "联组会议"}
EVENT_CONTEXT_OPENERS = ("会上", "会议", "会后", "活动中", "活动上", "期间")
LIST_RELATIONS = {"VISITS", "ISSUES", "SUPERVISES", "COOPERATES_WITH", "ABOUT", "ORGANIZES", "PARTICIPATES_IN"}
LIST_GLUE = re.compile(
    r"^[\s“”‘’「」]*(?:(?:第?[\d一二三四五六七八九十百]+[期辑册卷本篇部]|季刊|月刊)?(?:、|和|与|及|以及|，|,)?)?[\s“”‘’「」]*$"
)  # 编发《A》4期、《B》28期; 出版《A》第十八辑《B》


@lru_cache(maxsize=1)
def cue_table() -> tuple[tuple[str, str, str], ...]:
    rows = [r for r in table("relation_cues") if len(r) >= 3]
    return tuple(sorted(((c, rel, how) for c, rel, how in rows), key=lambda r: (-len(r[0]), r[0], r[1])))


@lru_cache(maxsize=1)
def cue_pattern() -> re.Pattern:
    cues = sorted({c for c, _, _ in cue_table()}, key=lambda c: (-len(c), c))
    return re.compile("|".join(re.escape(c) for c in cues))


@lru_cache(maxsize=1)
def _relations_by_cue() -> dict[str, tuple[str, ...]]:
    by_cue: dict[str, list[str]] = {}
    for c, rel, _ in cue_table():
        by_cue.setdefault(c, []).append(rel)
    return {c: tuple(rels) for c, rels in by_cue.items()}


def cue_relations(cue: str) -> tuple[str, ...]:
    """The relations a cue word signals (one dict lookup; the table is read once)."""
    return _relations_by_cue().get(cue, ())


def typed_relations(doc: Doc, resolved) -> list[RawRelation]:
    bounds = sentence_bounds(doc)
    ents = entities_by_position(resolved)
    from .lexical import lac_word_tuples

    verbs = sorted(s for s, _, tag in lac_word_tuples(doc) if tag in ("v", "vd"))
    out: list[RawRelation] = []
    minor = {r.key for r in resolved if r.merge_rule == "sub_body_of_author"}
    starts = article_starts(doc.text)
    author = author_body(resolved, doc.text)
    authors = [author_body([r for r in resolved if a <= r.start < b]) or author
               for a, b in zip(starts, starts[1:] + [len(doc.text)])] if len(starts) > 1 else None
    out += cue_based(doc.text, bounds, ents, author, verbs, minor, (starts, authors) if authors else None)
    out += titles_lead(doc.text, bounds, ents, doc._.zhkg_home, author)
    out += leading_roles(doc.text, bounds, ents, author)
    out += nested_relations(bounds, ents)
    out += possessive_titles(doc.text, bounds, ents)
    out += adjacent_places(doc.text, bounds, ents)
    out += places_of_topics(doc.text, bounds, ents, resolved)
    out += seats(resolved, bounds)
    out += media_seats(resolved, bounds, doc._.zhkg_home)
    out += township_seats(resolved, bounds)
    out += written_townships(resolved, bounds)
    silent = _backdrop_events(doc.text, ents)
    return _dedupe([r for r in out if r.head not in silent and r.tail not in silent])


NATIONAL_EVENT = re.compile(r"^EVENT:(?:中共[一二三四五六七八九十]+大|[一二三四五六七八九十]+届[一二三四五六七八九十]中全会)$")
DELIVERY_LINE = re.compile(r"[—－-]{1,2}\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*在[^，。；\n]{2,60}?上")  # ——2025年1月7日在…会议上


def _backdrop_events(text: str, ents: list[Ent]) -> set[str]:
    """Events that are the backdrop, not the story: the session a report is delivered at
    (——2025年1月8日在政协…第五次会议上) and national congresses and plenums (二十届三中全会)."""
    lines = [m.span() for m in DELIVERY_LINE.finditer(text)]
    delivered = [e.key for e in ents if e.type == "EVENT" and any(a <= e.start < b for a, b in lines)]
    # the same session in the running header (政协张店区第十四届委员会第四次会议文件) has a shorter name
    tails = tuple(m.group() for m in (re.search(r"第?[一二三四五六七八九十\d]+届.*$", k) for k in delivered) if m)
    return {e.key for e in ents if e.type == "EVENT" and (NATIONAL_EVENT.match(e.key) or e.key in delivered or (tails and e.key.endswith(tails)))}


def author_body(resolved, text: str = "") -> str | None:
    """The report's author: the body named in its title line, else its most mentioned organization
    (first mentioned on ties); a standing committee's report acts for its CPPCC."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for r in resolved:
        if r.type == "ORG":
            counts[r.key] += 1
            first.setdefault(r.key, r.start)
    if not counts:
        return None
    line_end = title_line_end(text)
    titled = [k for k in counts if first[k] < min(line_end, 80) and not re.search(r"(?:报|网|网站|电视台|中心)$|\s", k)]
    byline = re.search(r"来源[:：]\s*", text[: line_end + 200]) if not titled else None
    if byline:  # 来源：静安区石门二路街道办事处, below the headline: the publishing body (not its office)
        named = [r.key for r in resolved if r.type == "ORG" and r.start == byline.end()]
        titled = [k.removesuffix("办公室") if k.removesuffix("办公室") in counts else k for k in named]
    best = min(titled, key=lambda k: first.get(k, 0)) if titled else max(counts, key=lambda k: (counts[k], -first[k]))
    return body_of_organ(best, counts)  # a standing committee's report: the committee's CPPCC acts


def _clauses(text: str, start: int, end: int, ents: list[Ent] = ()) -> list[tuple[int, int]]:
    """Clauses of a sentence; a comma inside quotes or inside an entity does not end one."""
    protected = [(e.start, e.end) for e in ents]
    protected += [m.span() for m in QUOTED.finditer(text, start, end)]
    out, s = [], start
    for m in CLAUSE_BREAK.finditer(text, start, end):
        if any(a <= m.start() < b for a, b in protected):
            continue
        if m.start() > s:
            out.append((s, m.start()))
        s = m.end()
    if s < end:
        out.append((s, end))
    return out


def cue_based(text: str, bounds, ents: list[Ent], author: str | None, verbs: list[int] = (), minor: set[str] = frozenset(),
              articles: tuple[list[int], list[str | None]] | None = None) -> list[RawRelation]:
    out: list[RawRelation] = []
    carried: list[Ent] = []
    last_para_end = -1
    last_event: Ent | None = None
    para_body: Ent | None = None  # the last body acting in the paragraph (members act for it)
    listed: list[Ent] = []  # titled persons of a verbless clause, joined to the next clause's
    headline_event = _headline_event(text, ents)
    starts = [e.start for e in ents]
    group_leaders: list[Ent] = []  # who leads the visiting group (区政协主席X带队): goes wherever the group goes
    group_bodies: list[Ent] = []  # the bodies of those leaders (区政协主席X带队: 区政协)
    led_in_sentence = -1  # the sentence whose clause named the group's leaders
    article = None
    for s_start, s_end in bounds:
        new_report = False  # a new report of a newspaper page: nothing carries over from the last one
        if articles:  # a newspaper page: each report acts for its own body
            here = article_of(articles[0], s_start)
            author = articles[1][here]
            new_report = here != article
            if new_report:
                article, group_leaders = here, []
                if here > 0:  # its bare 会议/检查 are the event its own headline line names, if any
                    a_start = articles[0][here]
                    a_end = text.find("\n", a_start)
                    a_end = a_end if a_end >= 0 else len(text)
                    headline_event = next((e for e in ents if e.type == "EVENT" and e.outer and a_start <= e.start < a_end), None)
        para_start = text.rfind("\n", 0, s_start)  # cleaning rejoined wrapped lines: every line is a paragraph
        if para_start != last_para_end or new_report:
            carried, last_event, para_body = [], None, None  # a new paragraph: no subject carried over
        last_para_end = para_start
        sent_ents = within(ents, starts, s_start, s_end)
        # a person, or an internal body (主席会议), acts only within its own sentence
        carried = [a for a in carried if a.type == "ORG" and a.key not in minor and _continues(a.key, author)]
        if NEW_ITEM.match(text, s_start) and (carried or para_body) and (carried or [para_body])[0].key != author:
            carried, para_body = [], None  # 聚焦城市治理，组织委员视察…: a new item of the report, the author's again
        quotes = [m.span() for m in QUOTED.finditer(text, s_start, s_end)]
        by_group = False
        site_clause: list[Ent] = []
        for c_start, c_end in _clauses(text, s_start, s_end, sent_ents):
            clause_ents = [e for e in sent_ents if c_start <= e.start and e.end <= c_end]
            subjects = _subjects(text, c_start, clause_ents, verbs) or _this_body(text, c_start, ents, starts)
            opening = re.sub(r"^(?:组织|带领|邀请|动员|组织部分|组织全体)", "", text[c_start : c_start + 8].lstrip())
            if not subjects and re.match(r"双方|两地政协|两地委员", opening):
                pair = next((r for r in reversed(out) if r.relation == "COOPERATES_WITH"), None)
                if pair is not None:  # 双方将围绕…: the two bodies that just agreed
                    subjects = [Ent(c_start, c_start, "ORG", pair.head, True), Ent(c_start, c_start, "ORG", pair.tail, True)]
            if not subjects and SECTOR.match(opening) and author:
                subjects = [Ent(c_start, c_start, "ORG", author, True)]  # 经济界围绕…: sectors of the author body
            elif not subjects and opening.startswith(MEMBER_NOUNS) and (para_body or author):
                # 委员们赴… / 组织委员赴…: members act for the body of the paragraph that has members,
                # else the report's author
                member_body = para_body if para_body and (para_body.key.endswith(MEMBER_BODIES) or re.search(r"政协.+委员会$", para_body.key)) else None
                subjects = [member_body or Ent(c_start, c_start, "ORG", author, True)]
            if subjects:
                # bodies present through their officials (区住建局负责人到会) act in this clause only
                carried = [a for a in subjects if not DELEGATES.match(text, a.end)] or carried
                bodies = [a for a in subjects if a.type == "ORG" and a.key not in minor]
                para_body = bodies[0] if bodies else para_body
            cues = [(m.start(), m.group()) for m in cue_pattern().finditer(text, c_start, c_end)
                    if m.group() not in NOUN_LIKE_CUES or _has_verb(verbs, m.start(), m.start() + 1)
                    or (m.group() in ("合作", "协作") and _partner_with_yu(text, m.start(), clause_ents))
                    if not _inside_entity(m.start(), m.end(), clause_ents, m.group())
                    and not (any(a <= m.start() < b for a, b in quotes) and not m.group().endswith("协议"))]
            acting = subjects or carried or ([Ent(0, 0, "ORG", author, True)] if author else [])
            leaders = _group_leaders(text, c_start, c_end, clause_ents)
            if leaders:
                group_leaders = leaders
                units = _acting_units(text, [e for e in clause_ents if e.type in ACTORS and e.outer])
                group_bodies = [org for org, person in units if person in leaders and org is not person]
                led_in_sentence = s_start
            by_group = GROUP_OPENING.match(text, c_start) is not None or (by_group and not subjects)  # …，随后走进…
            if site_clause and (by_group or any("VISITS" in cue_relations(c) or c in LOOKING_CUES for _, c in cues)):
                # 在太保山森林公园，视察组察看了…: the group was there
                visitors = [a for a in acting if text[max(0, a.start - 1) : a.start] not in ("与", "同", "和")]  # not whom it met
                visitors += group_leaders if by_group else []
                out += [RawRelation(a.key, "VISITS", p.key, s_start, s_end, "在", "site_clause")
                        for a in visitors if a.type in ACTORS for p in site_clause]
                if by_group and headline_event is not None and _bare_name(headline_event).endswith(TOUR_HEADS):  # the tour was there
                    out += [RawRelation(headline_event.key, "HELD_AT", p.key, s_start, s_end, "在", "tour_stop") for p in site_clause]
            site_clause = _site_clause(text, c_start, c_end, clause_ents)
            joined: list[Ent] = []
            if subjects and all(a.type == "PERSON" for a in subjects):
                if not cues and not _has_verb(verbs, c_start, c_end):
                    listed = subjects  # 区委书记陈曦澜、区长周博文，旗委书记巴图孟和出席: one list over a comma
                    continue
                joined = listed
            listed = []
            for pos, cue in cues:
                before = [e for e in clause_ents if e.end <= pos]
                adjacent = [e for e in before if (e.end == pos or text[e.end : pos] in ACTOR_ADVERBS) and e.type in ACTORS and e.outer
                            and (text[e.start - 1 : e.start] not in ("与", "和", "同", "及", "在") or text[e.start - 2 : e.start] in ("参与", "给与"))
                            and not _in_partner_list(text, e, before)
                            and not re.search(r"(?:率|带领|率领)$", text[max(0, e.start - 2) : e.start])  # 王芳率调研组赴: the leader acts
                            and cue != "关于"  # 听取区政府关于X的报告: the reviewing body, not the reporter
                            and "COOPERATES_WITH" not in cue_relations(cue)]
                explicit = _subjects(text, c_start, before, verbs)
                if joined and explicit and all(a.type == "PERSON" for a in explicit):
                    explicit = joined + explicit
                if cue.startswith("特约监督"):
                    adjacent = []  # 担任区人民法院、区市场监督管理局特约监督员: the bodies are supervised
                actors = adjacent if adjacent and adjacent[0] not in explicit else (explicit or acting)
                if LEADING_A_GROUP.search(text, c_start, pos) and any(a.type == "PERSON" for a in actors) and "VISITS" in cue_relations(cue):
                    # 区政协副主席X带队赴…: the leader and the body he leads go
                    units = _acting_units(text, [e for e in clause_ents if e.type in ACTORS and e.outer and e.end <= pos])
                    actors = actors + [org for org, person in units if org is not person and person in actors and org not in actors]
                if adjacent and text[max(0, adjacent[0].start - 2) : adjacent[0].start] in JOINT_VERBS and "VISITS" in cue_relations(cue):
                    actors = (explicit or acting) + adjacent  # 联合青铜峡市政协视察…: both bodies go
                if "VISITS" in cue_relations(cue) or cue in LOOKING_CUES:
                    actors = actors + [p for p in _joint_partners(text, pos, clause_ents) if p not in actors]  # 与柳南区政协联合视察
                    if re.search(JOINT_ADVERBS, text[s_start:pos]):  # 与A、B签订…，共同开展…，走进…: the partners go too
                        actors = actors + [p for p in _partners_named_before(text, pos, sent_ents) if p not in actors]
                    if by_group or leaders:  # 视察组首先来到…: the group's leader goes too
                        actors = actors + [p for p in group_leaders if p.key not in {a.key for a in actors}]
                    elif led_in_sentence == s_start and not adjacent:
                        # 区政协主席X带领民主监督小组，副主席Y参加，深入A镇: the leader and his body go
                        actors = actors + [p for p in group_leaders + group_bodies if p.key not in {a.key for a in actors}]
                for rel in cue_relations(cue):
                    out += _apply_cue(text, rel, cue, pos, clause_ents, actors, (s_start, s_end), last_event, sent_ents, headline_event)
            under_way = (last_event if _meeting_goes_on(text, s_start) else _recent(text, last_event, s_start)) or headline_event
            out += _delegates(text, clause_ents, under_way, (s_start, s_end))
            out += _met_bodies(text, clause_ents, under_way, (s_start, s_end))
            out += _reporting_bodies(text, clause_ents, under_way, (s_start, s_end))
            out += _speaking_bodies(text, clause_ents, under_way, (s_start, s_end), author)
            out += _speakers(text, subjects, cues_end(subjects), under_way, (s_start, s_end))
            out += _reported_topics(text, clause_ents, (s_start, s_end))
            out += _research_subjects(text, clause_ents, acting, (s_start, s_end))
            out += _remedying_bodies(text, c_start, c_end, clause_ents, acting, (s_start, s_end))
            out += _themes(text, clause_ents, sent_ents, acting, (s_start, s_end), last_event or headline_event)
            out += _venue(text, clause_ents, (s_start, s_end))
            out += _venue_of_event_under_way(text, c_start, clause_ents, last_event or headline_event, (s_start, s_end))
            out += _at_event(text, clause_ents, (s_start, s_end), acting if not subjects else [])
            events = [e for e in clause_ents if e.type == "EVENT" and e.outer]
            if events:
                last_event = events[-1]
    return out


def _site_clause(text: str, c_start: int, c_end: int, clause_ents: list[Ent]) -> list[Ent]:
    """The places of a clause that only says where (``在A、B``, ``在X现场``), else nothing."""
    places = [e for e in clause_ents if e.outer]
    if not places or any(e.type != "PLACE" for e in places):
        return []
    m = re.match(r"\s*(?:随后|接着|次日|当天|最后)?[，,]?在", text[c_start : places[0].start])
    if m is None or m.end() != places[0].start - c_start:
        return []
    chain = _list_from(text, places)
    if len(chain) != len(places) or not re.fullmatch(r"(?:内|里|现场|一线|周边)?[，,]?\s*", text[chain[-1].end : c_end]):
        return []
    return places


JOINT_ADVERBS = "联合|共同|一同|一道|一起|携手"  # 与A联合视察, 与A、B签订…，共同开展…
GROUP_OPENING = re.compile(
    r"\s*(?:首先|随后|先后|次日|当天|接着|还|又|最后|一行)?(?:视察组|调研组|检查组|执法检查组|考察组|督查组|委员们|代表们|监督员们|特约监督员)"
)


def _group_leaders(text: str, c_start: int, c_end: int, clause_ents: list[Ent]) -> list[Ent]:
    """Persons leading a visiting group in this clause: ``区政协主席X带队``, ``在X带领下``, ``X率调研组``."""
    out = []
    for e in clause_ents:
        if e.type != "PERSON":
            continue
        after = text[e.end : min(c_end, e.end + 4)]
        if re.match(r"(?:同志)?(?:带队|率队|带领|率领|率)", after) and (
            not after.startswith(("带领", "率领")) or text[max(c_start, e.start - 12) : e.start].rfind("在") >= 0
            or re.match(r"(?:带领|率领)(?:视察组|调研组|检查组|委员|代表|部分)", after)
            or re.match(r"(?:带领|率领)[^，。；]{0,6}?(?:组|团)", text[e.end : c_end])  # 带领民主监督小组
        ):
            out.append(e)
    return out


# a body's officials, written after it: 区水务局有关负责同志, 市政协主要领导
OFFICIAL_RANK = r"(?:主要|分管|有关|相关)?"
OFFICIAL = r"(?:领导|负责人|负责同志)"
DELEGATES = re.compile(
    rf"{OFFICIAL_RANK}{OFFICIAL}(?:同志)?(?:等|和|及)?[^，。；]{{0,6}}?(?:到会|出席|参加|列席|到场|现场回应|现场作了?回应|回答|通报|介绍|作情况|作工作)"
    r"|作(?:了)?(?:情况|工作)(?:通报|汇报|介绍)"  # 县农牧局作情况通报
)


def _recent(text: str, event: Ent | None, start: int, sentences: int = 2) -> Ent | None:
    """The event if named at most ``sentences`` sentences before ``start`` (else the item has moved on).

    Scans only as far as the (sentences + 1)-th full stop, not back to an event named pages before."""
    if event is None:
        return None
    pos = event.end
    for _ in range(sentences + 1):
        pos = text.find("。", pos, start)
        if pos < 0:
            return event
        pos += 1
    return None


MEETING_GOES_ON = ("会上", "会议上", "座谈会上", "论坛上", "协商会上")


def _meeting_goes_on(text: str, start: int) -> bool:
    """The sentence opens with 会上 (…会议上, 座谈会上): the meeting under way goes on."""
    return text[start : start + 6].lstrip("，, ").startswith(MEETING_GOES_ON)


def _bare_name(event: Ent) -> str:
    """The event's name without quotation marks."""
    return re.sub("[“”‘’]", "", event.key.split(":", 1)[1])


def _bodies_followed_by(text: str, orgs: list[Ent], pattern: re.Pattern):
    """``(i, match, group)`` for each body ``orgs[i]`` right before ``pattern``; the group is that body
    and the bodies listed before it (A、B、C有关负责同志)."""
    for i, o in enumerate(orgs):
        m = pattern.match(text, o.end)
        if m:
            yield i, m, _list_ending_at(text, orgs, i)


def _delegates(text: str, clause_ents: list[Ent], event: Ent | None, sent) -> list[RawRelation]:
    """``邀请旗政府分管领导到会``, ``市水利局有关负责同志参加检查``: a body takes part through its officials."""
    out = []
    events = [e for e in clause_ents if e.type == "EVENT" and e.outer]
    orgs = [e for e in clause_ents if e.type == "ORG" and e.outer]
    for _, m, group in _bodies_followed_by(text, orgs, DELEGATES):
        target = next((e for e in events if e.start >= m.end()), None) or event
        if target is event and event is not None and event.start < sent[0] and OWN_UNNAMED_ACTIVITY.search(text, sent[0], group[0].start):
            continue  # 开展专题询问，区城管局主要负责人到会应询: this sentence's own activity, not the last event
        if target is not None:
            out += [RawRelation(g.key, "PARTICIPATES_IN", target.key, sent[0], sent[1], m.group(), "delegates") for g in group if g.key != target.key]
    return out


REPORTING_BODY = re.compile(r"(?:分别|先后|现场)?(?:介绍|通报|汇报|回应|答复)(?:了)?|(?:现场)?作了?(?:[^，。；]{0,8}?)(?:回应|答复|汇报|通报|介绍)")
HEARD_REPORT = re.compile(r"(?:有关负责同志)?关于[^，。；]{2,30}?的?(?:情况|工作)?汇报")


def _reporting_bodies(text: str, clause_ents: list[Ent], event: Ent | None, sent) -> list[RawRelation]:
    """``区住建局介绍了…``, ``区卫健委作了回应``, ``听取区住建局关于…的汇报`` at the event under way: the bodies
    take part in it."""
    if event is None:
        return []
    orgs = [e for e in clause_ents if e.type == "ORG" and e.outer]
    out = []
    for _, m, group in _bodies_followed_by(text, orgs, REPORTING_BODY):
        out += [RawRelation(g.key, "PARTICIPATES_IN", event.key, sent[0], sent[1], m.group(), "reporting_body")
                for g in group if g.key != event.key]
    for _, m, group in _bodies_followed_by(text, orgs, HEARD_REPORT):  # 听取A、B关于…的情况汇报
        if re.search(r"听取了?$", text[max(0, group[0].start - 3) : group[0].start]):
            out += [RawRelation(g.key, "PARTICIPATES_IN", event.key, sent[0], sent[1], m.group(), "reporting_body")
                    for g in group if g.key != event.key]
    return out


# (experts invited from a university to lecture are left out: the annotated sets disagree on them)
MET_BODIES = re.compile(rf"(?:的)?{OFFICIAL_RANK}{OFFICIAL}?(?:同志)?(?:等)?(?:面对面|现场)(?:协商|交流|座谈|沟通|答复|回应)")


def _met_bodies(text: str, clause_ents: list[Ent], event: Ent | None, sent) -> list[RawRelation]:
    """Bodies met face to face at the event under way (与县水利局、县住建局面对面协商)."""
    events = [e for e in clause_ents if e.type == "EVENT" and e.outer]
    orgs = [e for e in clause_ents if e.type == "ORG" and e.outer]
    out = []
    for _, m, group in _bodies_followed_by(text, orgs, MET_BODIES):
        if text[max(0, group[0].start - 1) : group[0].start] not in ("与", "同", "和"):
            continue
        target = next((e for e in events if e.start >= m.end()), None) or event
        if target is not None:
            out += [RawRelation(g.key, "PARTICIPATES_IN", target.key, sent[0], sent[1], m.group(), "met_bodies") for g in group]
    return out


SPEAKING_BODY = re.compile(
    r"(?:和[^，。；、]{1,8}?界)?的?委员[^，。；]{0,30}?"
    r"(?:发言|作专题辅导|作专题讲座|作专题报告|作辅导报告|授课|解读|现场解答)")


def _speaking_bodies(text: str, clause_ents: list[Ent], event: Ent | None, sent, author: str | None) -> list[RawRelation]:
    """``民进X区基层委员会、区工商联和医药卫生界的委员…结合调研发言``: bodies whose members speak at the
    event under way take part in it (experts invited from a university are left out, as in _met_bodies)."""
    if event is None:
        return []
    orgs = [e for e in clause_ents if e.type == "ORG" and e.outer]
    out = []
    for i, m, group in _bodies_followed_by(text, orgs, SPEAKING_BODY):
        if any("、" not in text[orgs[i].end : x.start] for x in orgs[i + 1 :] if x.start < m.end()):
            continue  # the members are those of a body named later (区工商联和市政协的委员)
        out += [RawRelation(g.key, "PARTICIPATES_IN", event.key, sent[0], sent[1], m.group(), "speaking_body")
                for g in group if g.key not in (author, event.key)]
    return out


SUBJECT_HEAD = re.compile(r"[”’]?(?:等)?(?:[两三四五六七八九十\d]+项)?(?:重点)?(?:调研|研究|协商)?课题")


REMEDYING_BODY = re.compile(r"监督[^。；]{0,12}?问题[，,]?(?:交由|由)")


def _remedying_bodies(text: str, c_start: int, c_end: int, clause_ents: list[Ent], acting: list[Ent], sent) -> list[RawRelation]:
    """``监督中发现的问题，由区住建局建立清单…``: the body given the problems to fix is the supervised one
    (the cue may open in the clause before; the body opens this one)."""
    out = []
    for m in REMEDYING_BODY.finditer(text, sent[0], c_end):
        if m.end() < c_start:
            continue
        bodies = _list_from(text, [e for e in clause_ents if e.type == "ORG" and e.outer and e.start >= m.end()])
        if bodies and bodies[0].start == m.end():
            out += [RawRelation(a.key, "SUPERVISES", b.key, sent[0], sent[1], m.group(), "remedying_body")
                    for a in acting if a.type == "ORG" for b in bodies if a.key != b.key]
    return out


def _research_subjects(text: str, clause_ents: list[Ent], acting: list[Ent], sent) -> list[RawRelation]:
    """``确定“A”“B”两项重点调研课题``: the body researches the listed subjects (ABOUT)."""
    topics = [t for t in clause_ents if t.type == "TOPIC" and t.outer]
    if not topics or not SUBJECT_HEAD.match(text, topics[-1].end):
        return []
    chain = _list_ending_at(text, topics, len(topics) - 1)
    return [RawRelation(b.key, "ABOUT", t.key, sent[0], sent[1], "课题", "research_subject")
            for b in acting if b.type == "ORG" for t in chain]


THEMED = re.compile(r"[”’」]?为(?:主题|题|议题)")


def _themes(text: str, clause_ents: list[Ent], sent_ents: list[Ent], acting: list[Ent], sent, under_way: Ent | None = None) -> list[RawRelation]:
    """``以“童装产业转型升级”为主题开展界别协商``: the body (or the event just named) takes it as its theme.

    ``论坛以“X”为主题`` (the event under way named by its head) and ``…以“X”为题作专题讲座`` (a talk at
    it) give the theme to the event under way."""
    out = []
    for t in clause_ents:
        if t.type != "TOPIC" or not t.outer or not THEMED.match(text, t.end) or not re.search(r"以[“‘「]?$", text[max(0, t.start - 2) : t.start]):
            continue
        opener = t.start - (2 if text[t.start - 1] in "“‘「" else 1)
        event = next((e for e in reversed(sent_ents) if e.type == "EVENT" and e.outer and e.end <= opener
                      and re.fullmatch(r"[，,\s]?", text[e.end : opener])), None)
        talk = re.match(r"[”’」]?为题[，,]?作(?:专题)?(?:讲座|辅导|报告|授课)", text[t.end : t.end + 10])
        if event is None and _recent(text, under_way, sent[0]) and (talk or _opens_with_head_of(text, sent[0], opener, under_way)):
            event = under_way
        heads = [event] if event is not None else [a for a in acting if a.type == "ORG"]
        out += [RawRelation(h.key, "ABOUT", t.key, sent[0], sent[1], "以…为主题", "theme") for h in heads if h.key != t.key]
    return out


SPEAKING = re.compile(r"(?:先后|分别|还|等)?(?:(?:以|围绕|就)“[^”]{1,40}”(?:为题|为主题)?)?(?:通报|介绍|作专题辅导|作专题报告|作辅导报告|作专题讲座|解读|答记者问|致辞|作总结讲话"
                      r"|作开班动员|作动员讲话|作(?:交流|主旨|重点)?发言|作主旨演讲|发言|讲话)")


REPORTING = re.compile(rf"(?:的)?{OFFICIAL_RANK}{OFFICIAL}?(?:同志)?(?:等)?(?:现场|会上|分别|先后|还|就)*"
                       r"(?:介绍|通报|汇报)(?:了)?")


def _reported_topics(text: str, clause_ents: list[Ent], sent) -> list[RawRelation]:
    """``区农业农村局负责同志介绍了A和B情况``: a body is ABOUT what it reports (A、B有关负责同志分别通报…)."""
    orgs = [e for e in clause_ents if e.type == "ORG" and e.outer]
    for i, m, bodies in _bodies_followed_by(text, orgs, REPORTING):
        if i + 1 < len(orgs) and orgs[i + 1].start < m.end():
            continue
        topics = _list_from(text, [e for e in clause_ents if e.outer and e.start >= m.end()])
        if not topics or topics[0].start - m.end() > 6:
            return []
        topics = [t for t in topics if t.type == "TOPIC"]
        if "分别" in m.group() and len(bodies) == len(topics) > 1:  # A、B分别通报了X和Y: respectively
            return [RawRelation(g.key, "ABOUT", t.key, sent[0], sent[1], m.group(), "reported_topic") for g, t in zip(bodies, topics)]
        return [RawRelation(g.key, "ABOUT", t.key, sent[0], sent[1], m.group(), "reported_topic") for g in bodies for t in topics]
    return []


def cues_end(subjects: list[Ent]) -> int:
    return max((a.end for a in subjects), default=-1)


def _speakers(text: str, subjects: list[Ent], end: int, event: Ent | None, sent) -> list[RawRelation]:
    """``区统计局局长张霞介绍…``, ``副区长敖德兵通报…``: a person who speaks at the event under way takes part."""
    if event is None or end < 0 or not SPEAKING.match(text, end):
        return []
    return [RawRelation(a.key, "PARTICIPATES_IN", event.key, sent[0], sent[1], SPEAKING.match(text, end).group(), "speaker")
            for a in subjects if a.type == "PERSON"]


def _headline_event(text: str, ents: list[Ent]) -> Ent | None:
    """The event a news item's headline names: what its bare 会议 / 检查 / 仪式 refer to."""
    first_line = text[: text.find("\n")] if "\n" in text else text
    if re.search(r"工作报告\s*$", first_line):
        return None  # a work report has no headline event
    first_para = text.find("\n\n")
    limit = min(200, first_para if first_para > 0 else len(text))
    return next((e for e in ents if e.type == "EVENT" and e.outer and e.start < limit), None)


def _this_body(text: str, c_start: int, ents: list[Ent], starts: list[int]) -> list[Ent]:
    """``该工作室将围绕…``: 该 + a body's head word is the last body so named before."""
    import bisect

    m = re.match(r"\s*该([\u4e00-\u9fff]{1,3}?)(?:将|还|于|在|以|围绕|聚焦|先后|已|共|每)", text[c_start : c_start + 10]) or re.match(
        rf"\s*({BODY_HEAD_NOUNS})(?:将|还|围绕|聚焦|先后|已|每)", text[c_start : c_start + 10])  # 工作室将聚焦…
    if not m:
        return []
    i = bisect.bisect_left(starts, c_start)
    named = [e for e in ents[:i] if e.type == "ORG" and e.key.endswith(m.group(1))]
    return [Ent(c_start, c_start, "ORG", named[-1].key, True)] if named else []


def _continues(key: str, author: str | None) -> bool:
    """Whether a body named as subject goes on acting in the next sentence: only the author does.
    Its committees (区政协文化文史和学习委员会编印…。) and other bodies (区委召开…。) act in their own
    sentence; the next sentence without a subject is the author's again."""
    if author is None:
        return True
    return key == author or author.startswith(key)


def _in_partner_list(text: str, e: Ent, before: list[Ent]) -> bool:
    """``与民建市委会、九三学社市委会共同举办``: the last of a list opened by 与 is a partner, not the actor."""
    first = e
    for prev in reversed([x for x in before if x.end <= e.start and x.outer]):
        if LIST_GLUE.match(text[prev.end : first.start]) and text[prev.end : first.start]:
            first = prev
        else:
            break
    opener = text[max(0, first.start - 1) : first.start] in ("与", "同", "和", "跟") or text[max(0, first.start - 2) : first.start] in JOINT_VERBS
    return opener and (first is not e or text[max(0, first.start - 2) : first.start] in JOINT_VERBS)


def _inside_entity(s: int, e: int, ents: list[Ent], cue: str = "") -> bool:
    """A cue inside an entity's name is not a cue, except an agreement named in a document title."""
    for x in ents:
        if x.start <= s and e <= x.end:
            return not (x.type == "DOCUMENT" and cue in ("框架协议", "合作协议") and e == x.end)
    return False


def _venue(text: str, clause_ents: list[Ent], sent) -> list[RawRelation]:
    """``在三墩镇、文新街道等地开展…活动`` / ``…展在天河公园开幕``: where an event was held (HELD_AT)."""
    out = []
    places = [e for e in clause_ents if e.type == "PLACE" and e.outer]
    events = [e for e in clause_ents if e.type == "EVENT" and e.outer]
    for i, p in enumerate(places):
        if text[max(0, p.start - 1) : p.start] != "在":
            went = re.search(r"(?:赴|到|前往|深入)$", text[max(0, p.start - 2) : p.start])
            listed = _list_from(text, places[i:]) if went else []
            if len(listed) == 1:  # 赴扎赉特旗开展“健康义诊”活动: the event went there (one place; a tour of several is a visit)
                v = listed[0]
                out += [RawRelation(ev.key, "HELD_AT", v.key, sent[0], sent[1], went.group(), "venue") for ev in events
                        if ev.start >= v.end and re.fullmatch(r"(?:等地)?(?:开展|举办|举行|组织开展)了?", text[v.end : ev.start])]
            continue
        venue = _list_from(text, places[i:])
        for ev in events:
            tail = text[venue[-1].end : ev.start] if ev.start >= venue[-1].end else ""
            after_event = text[ev.end : p.start] if ev.end <= p.start else None
            if (ev.start >= venue[-1].end and len(tail) <= 12) or (after_event is not None and len(after_event) <= 2):
                for v in venue:
                    out.append(RawRelation(ev.key, "HELD_AT", v.key, sent[0], sent[1], "在", "venue"))
    return out


EVENT_HELD = re.compile(r"\s*(?:本次|此次|这次)?(?:活动|仪式|会议|论坛|展览|比赛|签约仪式|揭牌仪式)在$")


def _venue_of_event_under_way(text: str, c_start: int, clause_ents: list[Ent], event: Ent | None, sent) -> list[RawRelation]:
    """``活动在滨江道社区党群服务中心举行``: the event under way was held there."""
    places = [e for e in clause_ents if e.type == "PLACE" and e.outer]
    if event is None or not places or not EVENT_HELD.fullmatch(text[c_start : places[0].start]):
        return []
    venue = _list_from(text, places)
    if not re.match(r"(?:隆重)?(?:举行|举办|开幕|召开|启动|开展)", text[venue[-1].end : venue[-1].end + 4]):
        return []
    return [RawRelation(event.key, "HELD_AT", venue[-1].key, sent[0], sent[1], "在", "venue")]


def _at_event(text: str, clause_ents: list[Ent], sent, acting: list[Ent] = ()) -> list[RawRelation]:
    """``X在庆祝…大会上发表讲话`` / ``在…会议上，X…``: an actor at an event took part in it."""
    out = []
    for ev in clause_ents:
        if ev.type != "EVENT" or not ev.outer or text[ev.end : ev.end + 1] != "上" or text[ev.start - 1 : ev.start] != "在":
            continue
        before = [a for a in clause_ents if a.type in ACTORS and a.outer and a.end <= ev.start and ev.start - a.end <= 8]
        for a in before or [a for a in acting if a.type in ACTORS]:
            if a.key and a.key != ev.key:
                out.append(RawRelation(a.key, "PARTICIPATES_IN", ev.key, sent[0], sent[1], "在…上", "at_event"))
    return out


def _subjects(text: str, c_start: int, clause_ents: list[Ent], verbs: list[int] = ()) -> list[Ent]:
    """The acting ORG/PERSON(s) at the head of a clause, coordinated ones included.

    ``区政协主席刘宇、区委书记张强出席``: a body followed by a title and a person is that person's
    title, so the persons act. An entity after a verb (落实市政协…) or a preposition (在/对/与…) is an
    object, not the subject.
    """
    actors = _acting_units(text, [e for e in clause_ents if e.type in ACTORS and e.outer])
    if not actors:
        return []
    first = actors[0][0]
    lead = text[c_start : first.start]
    if any(lead.endswith(w) for w in OBLIQUE_BEFORE) or len(lead.strip()) > 6 or lead.lstrip().startswith("由"):
        return []
    if _has_verb(verbs, c_start, first.start):
        return []
    group = [actors[0]]
    for unit in actors[1:]:
        glue = text[group[-1][1].end : unit[0].start]
        if glue in ("、", "和", "与", "及", "同", "以及", "", "，") or (unit[1].type == "PERSON" and _titled_glue(glue)):
            group.append(unit)
        else:
            break
    return [actor for _, actor in group]


def _titled_glue(glue: str) -> bool:
    """``、区长`` between two named persons: a coordination plus the next person's title."""
    glue = glue.strip(" \u3000")
    if not glue or glue[0] not in "、，,和及":
        return False
    rest = glue[1:].strip()
    return any(rest.endswith(t) for t in words("person_titles")) and len(rest) <= 8


def _has_verb(verbs: list[int], start: int, end: int) -> bool:
    """Whether a LAC verb starts in [start, end) (``verbs`` is sorted)."""
    import bisect

    i = bisect.bisect_left(verbs, start)
    return i < len(verbs) and verbs[i] < end


def _acting_units(text: str, actors: list[Ent]) -> list[tuple[Ent, Ent]]:
    """``(first entity, actor)`` units: a body + title + person is one unit acted by the person."""
    units, i = [], 0
    while i < len(actors):
        e = actors[i]
        if e.type == "ORG" and i + 1 < len(actors) and actors[i + 1].type == "PERSON" and _is_title(text[e.end : actors[i + 1].start]):
            units.append((e, actors[i + 1]))
            i += 2
        else:
            units.append((e, e))
            i += 1
    return units


def _is_title(between: str) -> bool:
    between = between.strip()
    return bool(between) and (any(between.endswith(t) for t in words("leader_titles"))
                              or between.endswith(("教授", "研究员", "专家", "院士"))) and len(between) <= 8  # 南开大学教授X: X acts


def _apply_cue(text, rel, cue, pos, clause_ents, actors, sent, last_event, sent_ents=(), headline_event=None) -> list[RawRelation]:
    tails_types = TAIL_TYPES.get(rel)
    if not tails_types:
        return []
    after = [e for e in clause_ents if e.start >= pos + len(cue) and e.type in tails_types and e.outer]
    if rel == "VISITS" and not after:
        topics = [t for t in clause_ents if t.type == "TOPIC" and t.outer and t.start >= pos + len(cue)][:1]
        after = [p for p in clause_ents if p.type == "PLACE" and topics and topics[0].start <= p.start and p.end <= topics[0].end]
    if rel == "VISITS" and not after:
        # 调研首钢大厦委员工作站: the place that opens the name of the body visited
        hosts = [e for e in clause_ents if e.type == "ORG" and e.outer and e.start >= pos + len(cue)][:1]
        index = admin_index()
        after = [p for p in clause_ents if p.type == "PLACE" and hosts and p.start == hosts[0].start
                 and p.key.split(":", 1)[1] not in index.by_name][:1]  # a landmark, not the body's district
    # the nearest cue before an object decides: stop at the next cue in the clause
    nxt = cue_pattern().search(text, pos + len(cue), max([e.end for e in clause_ents] + [pos + len(cue)]))
    relative = nxt is not None and text[nxt.end() : nxt.end() + 1] == "的"  # 参加市政协举办的…活动
    if nxt and not relative and not _inside_entity(nxt.start(), nxt.end(), clause_ents) and set(cue_relations(nxt.group())) - {rel}:
        after = [e for e in after if e.start < nxt.start()]
    if relative:
        after = [e for e in after if e.start >= nxt.end()]
    if rel == "COOPERATES_WITH":
        return _cooperation(text, cue, pos, clause_ents, actors, sent)
    if rel == "VISITS" and after and re.match(r"(?:等地|等)?(?:的)?(?:成功|先进|好的)?(?:经验|做法)", text[_list_from(text, after)[-1].end :]):
        return []  # 考察借鉴上海和成都等地成功经验: learning from them, not a visit
    if rel in ("SUPERVISES", "LEADS"):
        governed = [e for e in clause_ents if e.type == "ORG" and e.outer and e.end <= pos
                    and text[max(0, e.start - 2) : e.start].endswith(("对", "向", "担任"))]
        governed = _list_from(text, [e for e in clause_ents if e.type == "ORG" and e.outer and governed and governed[0].start <= e.start and e.end <= pos]) if governed else []
        after = governed + after
    if not after and rel in ("ORGANIZES", "PARTICIPATES_IN"):
        last_event = last_event or headline_event  # 参加检查 in a later paragraph of a news item
        ref = _event_reference(text, pos + len(cue), last_event)
        opening = text[sent[0] : pos] if not clause_ents else text[max(sent[0], pos - 12) : pos]
        opening = opening.lstrip("，,")
        if ref is None and last_event is not None and any(opening.startswith(n) for n in GENERIC_EVENT_NOUNS) and not opening.startswith(("会前", "会后")):
            ref = last_event  # 仪式由太原市政协主办
        if ref is not None:
            after = [ref]
        elif rel == "PARTICIPATES_IN" and last_event is not None and (
            cue in ("出席", "主持", "带队", "到会") or re.match(r"[了]?[，。；,;]", text[pos + len(cue) : pos + len(cue) + 2])
        ) and not (last_event.start < sent[0] and OWN_UNNAMED_ACTIVITY.search(text, sent[0], pos)):
            after = [last_event]  # 20余家媒体参加。: the event under way (not when this sentence holds its own: 开展专题询问，…到会应询)
        elif rel == "ORGANIZES" and last_event is not None and cue in ("主办", "承办", "协办", "联办") and re.match(
            r"[，。；,;]", text[pos + len(cue) : pos + len(cue) + 1]
        ):
            after = [last_event]  # …技能大赛，区妇联、团区委协办。
    if not after and rel == "ORGANIZES" and cue.startswith(("联合", "共同")):
        # 奈曼旗政协与库伦旗政协联合开展民主监督: no named event, but the two bodies work together
        return [RawRelation(a.key, "COOPERATES_WITH", p.key, sent[0], sent[1], cue, "cue:organizes_jointly")
                for a in actors if a.type == "ORG" for p in _joint_partners(text, pos, clause_ents) if p.key != a.key]
    if not after:
        return []
    if rel in LIST_RELATIONS and after:
        chain = _list_from(text, [e for e in clause_ents if e.outer and e.start >= after[0].start], loose=rel == "VISITS")
        tails = [e for e in chain if e.type in tails_types] or after[:1]
    else:
        tails = after[:1]
    extra: list[RawRelation] = []  # HELD_AT of a tour, next to its visits
    if rel == "ABOUT" and cue in LOOKING_CUES:
        heads = [a for a in actors if a.type == "ORG"]  # 察看…情况, 考察…经验: what the visitors look into
    elif rel == "ABOUT":
        in_sent = [e for e in sent_ents if e.type == "EVENT" and e.outer]
        clause_end = max([e.end for e in clause_ents] + [pos])
        clause_start = min([e.start for e in clause_ents] + [pos])
        following = [e for e in in_sent if e.start > pos and (e.start < clause_end or _opens_clause(text, e, clause_end) and not _has_own_topic(e, sent_ents))]
        events = following[:1] or [e for e in in_sent if clause_start <= e.start < pos][-1:]
        under_way = last_event or headline_event  # 会上 opening a new paragraph: the meeting the item reports
        if _meeting_goes_on(text, sent[0]) and under_way is not None and not events:
            return [RawRelation(under_way.key, "ABOUT", t.key, sent[0], sent[1], cue, f"cue:{rel.lower()}") for t in tails if t.key != under_way.key]
        if not events and under_way is not None and _names_event_under_way(text, sent[0], under_way):
            events = [under_way]  # 议事会上，委员们就…; 议事会聚焦“A”和“B”
        if not events and text[sent[0] : sent[0] + 3].startswith(EVENT_CONTEXT_OPENERS) and under_way is not None:
            events = [under_way]  # 会议还研究了… (a new paragraph of a news item: its headline meeting)
        if not events and re.match(r"\s*(?:(?:与会|参会)(?:人员|委员|代表|嘉宾)|委员们|代表们)", text[sent[0] : sent[0] + 6]) and under_way is not None:
            events = [under_way]  # 与会人员还就“A”“B”等议题进行交流, 委员们围绕…提出建议: the meeting under way
        explicit = [a for a in _subjects(text, sent[0], [e for e in clause_ents if e.end <= pos]) if a.type == "ORG"]
        own_activity = OWN_ACTIVITY.match(text, tails[-1].end) if tails else None
        if own_activity and own_activity.group().endswith(("开展", "召开", "组织")) and last_event is not None and last_event.start >= sent[0]:
            own_activity = None  # 召开…协商会，就X开展对口协商: the meeting of this sentence deliberates it
        near = _recent(text, last_event, sent[0]) is not None
        same_sentence_event = last_event is not None and last_event.start >= sent[0]
        fronted = _fronted_topic_subject(text, tails, sent_ents) if not explicit and not events and not same_sentence_event else []
        later_event = any(e.start > pos for e in in_sent)  # 聚焦X，与…联合举办“Y”座谈会: not an earlier meeting's topic
        # 2025年，区政协将…，聚焦A、B: a body named in this sentence, not the last sentence's event
        named_actor = any(a.type == "ORG" and a in sent_ents and a.start < pos for a in actors) and not same_sentence_event
        if not events and not explicit and not fronted and not later_event and last_event is not None and not own_activity and near and not named_actor:
            events = [last_event]  # the event of this or the last sentence: what it deliberates
        heads = events[-1:] + explicit if events else (fronted or [a for a in actors if a.type == "ORG"])
        if not events and tails and re.match(r"[”」’]?(?:等)?(?:议题|主题)?[，,]?(?:联合|共同)", text[tails[-1].end : tails[-1].end + 8]):
            heads = heads + [p for p in _partners_named_before(text, pos, sent_ents) if p not in heads]  # 与A、B…，围绕X联合开展视察
    elif rel == "VISITS":
        heads = actors
        event = next((e for e in clause_ents if e.type == "EVENT" and e.outer and e.end == pos), None)
        if event is not None:  # “委员讲堂”走进西柳服装城: the event was held there
            return [RawRelation(event.key, "HELD_AT", t.key, sent[0], sent[1], cue, "event_goes_to") for t in tails]
        tour = _tour_under_way(text, sent, last_event, sent_ents)
        if tour is None and headline_event is not None and _bare_name(headline_event).endswith(TOUR_HEADS) \
                and (GROUP_OPENING.match(text, sent[0]) or TOUR_GOES_ON.match(text, sent[0])):
            tour = headline_event  # 次日，视察组来到A镇: a later stop of the tour the item reports
        if tour is not None:  # 开展《条例》执法检查，深入A、B…: the inspection took place there
            extra = [RawRelation(tour.key, "HELD_AT", t.key, sent[0], sent[1], cue, "tour_stop") for t in tails]
    elif rel in ("ORGANIZES", "ISSUES", "SUPERVISES", "LEADS"):
        heads = [a for a in actors if a.type == "ORG"] or ([a for a in actors if a.type == "PERSON"] if rel == "LEADS" else [])
    else:
        heads = actors
    out = extra
    for h in heads:
        for t in tails:
            if h.key and h.key != t.key:
                out.append(RawRelation(h.key, rel, t.key, sent[0], sent[1], cue, f"cue:{rel.lower()}"))
    if rel == "ORGANIZES":
        partners = _joint_partners(text, pos, clause_ents)
        if not partners and cue.startswith(("联合", "共同")):
            partners = _partners_named_before(text, pos, sent_ents)
        for h in partners:
            for t in tails:
                if h.key != t.key and h not in heads:
                    out.append(RawRelation(h.key, rel, t.key, sent[0], sent[1], cue, "cue:organizes_jointly"))
            for a in heads:  # 与旗工商联联合举办: the two bodies work together
                if a.key != h.key and h not in heads:
                    out.append(RawRelation(a.key, "COOPERATES_WITH", h.key, sent[0], sent[1], cue, "cue:organizes_jointly"))
    if rel == "ORGANIZES" and len(heads) > 1 and cue in ("联合举办", "共同举办", "共同组织", "联合开展", "共同开展", "联合召开", "共同召开", "举办", "主办"):
        out += _pairs(heads, cue, sent)
    return out


OWN_UNNAMED_ACTIVITY = re.compile(r"(?:开展|召开|举行|进行|组织)了?[^，。；“”《》]{0,8}?(?:询问|座谈|协商|调研|视察|检查|评议|监督|会议)")
TOUR_HEADS = ("视察", "调研", "执法检查", "考察", "检查", "察看", "督查")
TOUR_GOES_ON = re.compile(r"\s*(?:随后|首先|先后|次日|接着|最后)")


def _tour_under_way(text: str, sent, last_event: Ent | None, sent_ents: list[Ent]) -> Ent | None:
    """A named inspection, survey or tour (…执法检查, “X”专题视察) named in this or the last sentence."""
    in_sent = [e for e in sent_ents if e.type == "EVENT" and e.outer]
    event = in_sent[-1] if in_sent else last_event
    if event is None or not _bare_name(event).endswith(TOUR_HEADS):
        return None
    return event if event.start >= sent[0] else _recent(text, event, sent[0], sentences=1)


def _opens_with_head_of(text: str, start: int, end: int, event: Ent) -> bool:
    """``论坛以…``: the sentence opens with the last word of the event's name (本次论坛, 讲堂)."""
    name = _bare_name(event)
    m = re.fullmatch(r"\s*(?:本次|此次|这次|本期|本届)?([\u4e00-\u9fff]{2,4})", text[start:end])
    return bool(m) and name.endswith(m.group(1))


def _names_event_under_way(text: str, start: int, event: Ent) -> bool:
    """The sentence opens with the last word of the event's name (议事会上… for “…”委员议事会)."""
    name = _bare_name(event)
    m = re.match(r"\s*(?:本次|此次|这次)?([\u4e00-\u9fff]{2,4}?)(?:上|期间)?[，,]?(?:委员们|与会人员)?(?:还)?(?:聚焦|围绕|就|针对)", text[start : start + 16])
    return bool(m) and name.endswith(m.group(1)) and m.group(1).endswith(tuple(words("event_heads")) + ("会", "论坛", "活动", "讲堂"))


def _fronted_topic_subject(text: str, tails: list[Ent], sent_ents: list[Ent]) -> list[Ent]:
    """``围绕“X”，区政协经济委员会会同…``: the body opening the clause after a fronted topic acts on it."""
    if not tails:
        return []
    m = re.match(r"[”’」]?(?:等|为主题|主题)?[，,]", text[tails[-1].end : tails[-1].end + 5])
    if not m:
        return []
    at = tails[-1].end + m.end()
    orgs = [e for e in sent_ents if e.type == "ORG" and e.outer and e.start >= at]
    if not orgs or orgs[0].start != at or re.match(r"委员|代表|负责|干部|同志|领导", text[orgs[0].end : orgs[0].end + 2]):
        return []  # 区政协委员、专家学者…: members, not the body
    return _list_from(text, orgs)


def _has_own_topic(event: Ent, ents: list[Ent]) -> bool:
    """An event whose name carries its topic (“擦亮太湖南岸生态底色”专题协商会) is not about a topic fronted before it."""
    return any(t.type == "TOPIC" and event.start <= t.start and t.end <= event.end for t in ents)


def _opens_clause(text: str, event: Ent, after: int) -> bool:
    """The event is named at the start of the next clause (围绕X主题，召开了第一次…协商会)."""
    gap = text[after : event.start]
    return len(gap) <= 6 and bool(CLAUSE_BREAK.search(gap))


def _event_reference(text: str, pos: int, last_event: Ent | None) -> Ent | None:
    """A bare event noun right after a cue (召开议政会, 举办活动) refers to the last event of that kind."""
    if last_event is None:
        return None
    window = text[pos : pos + 8]
    name = re.sub("[“”‘’]", "", last_event.key.split(":", 1)[1])
    for k in range(len(window), 2, -1):  # 出席签约仪式: the last event's name ends with the noun
        if name.endswith(window[:k]) and window[:k].endswith(tuple(words("event_heads"))):
            return last_event
    for head in words("event_heads"):
        if window.startswith(head) and (last_event.key.endswith(head) or head in GENERIC_EVENT_NOUNS):
            return last_event
    return None


def _partners_named_before(text: str, pos: int, sent_ents: list[Ent]) -> list[Ent]:
    """与兴宾区政协、榕江县政协建立协作关系，联合举办…: the partners named earlier in the sentence."""
    opened = [e for e in sent_ents if e.type == "ORG" and e.outer and e.end <= pos and text[e.start - 1 : e.start] in ("与", "同")]
    if not opened:
        return []
    return _list_from(text, [e for e in sent_ents if e.type == "ORG" and e.outer and e.start >= opened[-1].start and e.end <= pos])


def _partner_with_yu(text: str, pos: int, clause_ents: list[Ent]) -> bool:
    """``深化与A、B的协作``, ``与A加强合作``: the noun 合作/协作 after a body named with 与/同."""
    return any(e.type == "ORG" and e.outer and e.end <= pos and text[max(0, e.start - 1) : e.start] in ("与", "同")
               for e in clause_ents)


def _joint_partners(text: str, pos: int, clause_ents: list[Ent]) -> list[Ent]:
    """Bodies joined to the actor right before a cue: 联合A、B开展… / 与A、B共同组织… / 与柳南区政协联合视察."""
    adverb = re.search(rf"(?:{JOINT_ADVERBS})$", text[max(0, pos - 2) : pos])
    end = pos - len(adverb.group()) if adverb else pos
    found = list(re.finditer(r"联合|携手|会同|协同|与|同", text[max(0, end - 40) : end]))
    if not found:
        return []
    start = max(0, end - 40) + found[-1].end()
    orgs = [e for e in clause_ents if e.type == "ORG" and e.outer and start <= e.start and e.end <= end]
    group = _list_from(text, orgs) if orgs and orgs[0].start == start else []
    return group if group and end - group[-1].end <= 2 else []  # 协同市人才工作局精心组织


LOOSE_GLUE = re.compile(r"^[\u4e00-\u9fff]{1,8}(?:、|和|及|以及)$")  # a site's description, then the next site


def _list_ending_at(text: str, items: list[Ent], i: int) -> list[Ent]:
    """``items[i]`` and the items before it joined to it by 、 / 和 / 与 / 及 (A、B、C有关负责同志)."""
    group = [items[i]]
    for prev in reversed(items[:i]):
        if not LIST_GLUE.match(text[prev.end : group[0].start]):
            break
        group.insert(0, prev)
    return group


def _list_from(text: str, ents: list[Ent], loose: bool = False) -> list[Ent]:
    """The first entity and every one joined to it by 、 / 和 / 与 / 及 (loose: also after a few words
    describing the last one, as in a list of sites)."""
    out = ents[:1]
    for e in ents[1:]:
        glue = text[out[-1].end : e.start]
        if loose and LOOSE_GLUE.match(glue) and not cue_pattern().search(glue):
            out.append(e)  # 西陂街道龙津河生态修复段、龙津湖公园: the next site after a described one
            continue
        if glue == "" and e.type == out[-1].type == "PLACE":
            if not out[-1].key.endswith(("省", "市", "区", "县", "旗", "州", "盟", "镇", "乡", "街道", "苏木", "村", "社区")):
                break  # 柳江鱼峰段: a river, then the district of its stretch
            out[-1] = e  # 上海市浦东新区陆家嘴: the innermost place of a containment chain
        elif LIST_GLUE.match(glue):
            out.append(e)
        else:
            break
    return out


def _cooperation(text, cue, pos, clause_ents, actors, sent) -> list[RawRelation]:
    orgs_before = [e for e in clause_ents if e.type == "ORG" and e.outer and e.end <= pos]
    orgs_after = [e for e in clause_ents if e.type == "ORG" and e.outer and e.start >= pos + len(cue)]
    partners = []
    if cue in ("会同", "协同", "携手", "联合", "配合") and orgs_after:
        partners = _list_from(text, orgs_after)
    # 与A、B签订…框架协议 / A与B联合…
    for e in orgs_before:
        lead = text[max(0, e.start - 1) : e.start]
        if lead in ("与", "同", "和") or (partners and partners[-1].end <= e.start and LIST_GLUE.match(text[partners[-1].end : e.start])):
            partners.append(e)
    if cue in ("框架协议", "合作协议", "战略合作", "结对"):
        for e in orgs_before:
            if e not in partners and text[max(0, e.start - 1) : e.start] in ("与", "同", "、", "和"):
                partners.append(e)
    group = [a for a in actors if a.type == "ORG" and a not in partners]
    out = []
    for h in group:
        for p in partners:
            if h.key and h.key != p.key:
                out.append(RawRelation(h.key, "COOPERATES_WITH", p.key, sent[0], sent[1], cue, "cue:cooperates_with"))
    if not partners and len(group) > 1:
        out += _pairs(group, cue, sent)
    return out


def _pairs(group: list[Ent], cue: str, sent) -> list[RawRelation]:
    out = []
    for i in range(len(group)):
        for j in range(i + 1, len(group)):
            if group[i].key != group[j].key and group[i].type == group[j].type == "ORG":
                out.append(RawRelation(group[i].key, "COOPERATES_WITH", group[j].key, sent[0], sent[1], cue, "joint_subjects"))
    return out


def _dedupe(rels: list[RawRelation]) -> list[RawRelation]:
    seen = set()
    out = []
    for r in rels:
        k = (r.head, r.relation, r.tail, r.sent_start)
        if k not in seen and r.head and r.tail and r.head != r.tail:
            seen.add(k)
            out.append(r)
    return out
