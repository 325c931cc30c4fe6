"""Canonical names: abbreviations resolved in the document's own context, places made full.

The home jurisdiction is the county-level (else prefecture-level) division the document names
most often. In its context ``区政协`` -> ``<home>政协``, ``区委`` -> ``中共<home>委``, ``市政协`` -> the
home's prefecture ``政协``; short place forms become full administrative names (丰台 -> 丰台区)
through the adcode table, and an organization's higher-level place prefix is dropped
(内蒙古自治区包头市政协 -> 包头市政协). Every resolution records the rule that made it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc, Span

from .articles import article_of, article_starts
from .clean import title_line_end
from .gazetteer import AdminIndex, Division, admin_index, division_attrs
from .lexicons import words
from .model import entity_key

if not Doc.has_extension("zhkg_resolved"):
    Doc.set_extension("zhkg_resolved", default=None)
if not Doc.has_extension("zhkg_home"):
    Doc.set_extension("zhkg_home", default=None)

# Formal names of bodies -> the common form used as canonical (the formal one stays an alias).
FORMAL_NAMES = (
    (r"^党中央$", "中共中央"),
    (r"(?<!人民)(?<!军事)法院$", "人民法院"),  # 丰台法院 -> 丰台区人民法院
    (r"(?<!人民)(?<!军事)检察院$", "人民检察院"),
    (r"^(?:中国人民政治协商会议|政协)(.{2,12}?[省市区县州旗盟])(?:第[一二三四五六七八九十\d]{1,3}届)?委员会", r"\1政协"),
    (r"人民代表大会常务委员会", "人大常委会"),
    (r"(?<!人民)政府$", "人民政府"),
    (r"(?<!人大)常务委员会$", "常委会"),
)
PARTY_DEPARTMENTS = ("统战部", "组织部", "宣传部")
LEVEL_CHARS = {"区": 3, "县": 3, "旗": 3, "市": 2, "州": 2, "盟": 2, "省": 1}
_PARTY_COMMITTEE = re.compile(r"^(.{2,12}?[区市县省州旗盟])委(?!会|员)")
_QUOTES = "“”‘’\"'「」『』"


@dataclass(frozen=True)
class Resolved:
    start: int
    end: int
    type: str
    canonical: str
    rule: str  # the extraction rule
    merge_rule: str  # how the surface became the canonical name
    attrs: tuple[tuple[str, str | int | float], ...] = ()

    @property
    def key(self) -> str:
        return entity_key(self.type, self.canonical)


@dataclass(frozen=True)
class Home:
    """The document's home jurisdiction at each level (None where unknown)."""

    county: Division | None
    prefecture: Division | None
    province: Division | None
    county_first: bool = False  # the county is named at least as often as its prefecture
    county_name: str | None = None  # a district the reference table does not know yet (建安区, renamed 2017)

    def at_level(self, level: int) -> Division | None:
        return {3: self.county, 2: self.prefecture, 1: self.province}[level]


@Language.factory("zhkg_canonical", assigns=["doc._.zhkg_resolved", "doc._.zhkg_home"], requires=["doc._.zhkg_entities"])
def make_canonical(nlp: Language, name: str) -> "Canonicalizer":
    return Canonicalizer()


class Canonicalizer:
    def __call__(self, doc: Doc) -> Doc:
        index = admin_index()
        ents = doc._.zhkg_entities or []
        places = [e for e in ents if e.type == "PLACE"]
        home = find_home(doc.text, places, index)
        if home.county is None:
            home = replace(home, county_name=unindexed_county(doc.text, places, index))
        doc._.zhkg_home = home
        starts = article_starts(doc.text)
        homes = [home]
        if len(starts) > 1:  # a newspaper page: each report's 区政协 is its own district's
            bounds = starts[1:] + [len(doc.text)]
            homes = [article_home(doc.text, [p for p in places if a <= p.start < b], index, home) for a, b in zip(starts, bounds)]
        resolved = []
        for e in ents:
            surface = doc.text[e.start : e.end]
            local = homes[article_of(starts, e.start)] if len(homes) > 1 else home
            for start, end, name in split_coordinated_bodies(e.start, e.name or surface) if e.type == "ORG" else [(e.start, e.end, e.name or surface)]:
                canonical, merge_rule, attrs = canonical_name(e.type, name, local, index)
                resolved.append(Resolved(start, end, e.type, canonical, e.rule, merge_rule, attrs))
        resolved = attach_sub_bodies(resolved, doc.text)
        resolved = listed_committees(resolved, doc.text)
        resolved = apply_defined_abbreviations(doc.text, resolved)
        resolved = events_named_by_their_body(resolved, doc.text)
        resolved = merge_variants(resolved)
        doc._.zhkg_resolved = resolved
        doc.spans["zhkg_entities"] = [Span(doc, r.start, r.end, label=r.type, kb_id=r.key) for r in resolved]
        return doc


_COORDINATED_BODIES = re.compile(r"^(全国|[\u4e00-\u9fff]{0,8}?[省市区县州旗])(和|、|及)([\u4e00-\u9fff]{0,8}?[省市区县州旗])(政协|人大常委会|人大|政府)$")


def split_coordinated_bodies(start: int, name: str) -> list[tuple[int, int, str]]:
    """``全国和北京市政协`` names two bodies: 全国政协 (over 全国) and 北京市政协."""
    m = _COORDINATED_BODIES.match(name)
    if not m:
        return [(start, start + len(name), name)]
    second = start + m.start(3)
    return [(start, start + m.end(1), m.group(1) + m.group(4)), (second, start + len(name), name[m.start(3) :])]


DEFINED_ABBREVIATION = re.compile(r"[（(]\s*(?:以下)?简称\s*[“\"]?([^”\"）)\s]{2,12})[”\"]?\s*[）)]")


def apply_defined_abbreviations(text: str, resolved: list[Resolved]) -> list[Resolved]:
    """``山西医科大学第一医院（以下简称“山医大一院”）``: the short form names the entity before it."""
    meaning: dict[str, Resolved] = {}
    for m in DEFINED_ABBREVIATION.finditer(text):
        definers = [r for r in resolved if r.end == m.start() and r.rule != "org_abbrev:defined"]
        if definers:
            meaning[m.group(1)] = max(definers, key=lambda r: r.end - r.start)
    out = []
    for r in resolved:
        full = meaning.get(text[r.start : r.end])
        if full is not None:
            r = replace(r, type=full.type, canonical=full.canonical, merge_rule="defined_abbreviation", attrs=full.attrs)
        elif r.rule == "org_abbrev:defined":
            continue
        out.append(r)
    return out


TASK_GROUPS = ("调研组", "视察组", "检查组", "执法检查组", "督查组", "考察组", "考察团", "工作组")
BARE_BODIES = ("政协", "人大", "人大常委会", "人民政府", "政府", "街道工委", "街道党工委", "街道办事处", "镇党委", "镇政府", "乡党委", "乡政府")
_PARTY_PREFIX = re.compile(r"^(?:民革|民盟|民建|民进|农工党|致公党|九三学社|台盟)$")
_BODY_PREFIX = re.compile(r"^(?:中共)?[\u4e00-\u9fff]{0,6}?(?:委|政协|政府|人大|人大常委会)$")


def events_named_by_their_body(resolved: list[Resolved], text: str) -> list[Resolved]:
    """``区政府第三十二次常务会议`` -> ``美兰区人民政府第三十二次常务会议``: an event whose name opens
    with an abbreviated body takes the body's canonical name."""
    orgs = {(r.start, r.end): r for r in resolved if r.type == "ORG"}
    out = []
    for r in resolved:
        if r.type == "EVENT":
            body = max((o for (s, e), o in orgs.items() if s == r.start and e < r.end), key=lambda o: o.end, default=None)
            surface = text[r.start : body.end] if body else ""
            if body is not None and body.canonical != surface and r.canonical.startswith(surface) and "abbrev_in_home_context" in body.merge_rule:
                r = replace(r, canonical=body.canonical + r.canonical[len(surface) :], merge_rule=r.merge_rule + "+body_named_in_full")
        out.append(r)
    return out


def merge_variants(resolved: list[Resolved]) -> list[Resolved]:
    """One node per entity within a document: names that differ only by quotes
    (“政协讲坛” / 政协讲坛), and an event named again without its organizer in front
    (区委第五次政协工作会议 / 第五次政协工作会议), take the variant named most often
    (quoted and longer first on ties)."""
    counts = Counter((r.type, r.canonical) for r in resolved)

    def bare(name: str) -> str:
        return re.sub(f"[{_QUOTES}]", "", name)

    groups: dict[tuple[str, str], list[str]] = {}
    for etype, name in sorted(counts):
        groups.setdefault((etype, bare(name)), []).append(name)
    target = {}
    for (etype, _), names in groups.items():
        best = max(names, key=lambda n: (counts[etype, n], len(n), n))
        target.update({(etype, n): best for n in names if n != best})
    orgs = sorted(n for (t, n) in counts if t == "ORG")
    for name in orgs:
        # 工作室 / 市委会 after 太原市政协医药卫生界委员工作室 / 民盟芜湖市委会: the one body named in full
        longer = [n for n in orgs if n != name and n.endswith(name)
                  and (len(name) <= 3 or name in BARE_BODIES or _PARTY_PREFIX.match(n[: -len(name)]))]
        longer.sort(key=lambda n: -counts["ORG", n])
        if longer and (len(longer) == 1 or counts["ORG", longer[0]] > counts["ORG", longer[1]]) and ("ORG", name) not in target:
            target["ORG", name] = longer[0]  # several: the one named most often (the author)
    events = sorted({bare(n) for (t, n) in counts if t == "EVENT"}, key=len)
    for (etype, name) in sorted(counts):
        if etype != "EVENT" or (etype, name) in target:
            continue
        short = bare(name)
        longer = [n for n in events if len(short) >= 5 and n.endswith(short)
                  and (_BODY_PREFIX.match(n[: -len(short)]) or _ORDINAL_PREFIX.fullmatch(n[: -len(short)]))]  # 第一次“张店议事厅”协商会
        if len(longer) == 1:
            full = next(n for (t, n) in sorted(counts) if t == "EVENT" and bare(n) == longer[0])
            target[etype, name] = target.get((etype, full), full)
    sessions: dict[tuple[str, str, str], list[str]] = {}
    for (etype, name) in sorted(counts):
        key = _session_key(name) if etype == "EVENT" else None
        if key is not None:
            sessions.setdefault(key, []).append(name)
    for names in sessions.values():  # 十届十八次常委会议 / 第十届委员会第十八次常务委员会议
        full = max(names, key=lambda n: (len(n), n))
        target.update({("EVENT", n): target.get(("EVENT", full), full) for n in names if n != full and ("EVENT", n) not in target})
    out = []
    for r in resolved:
        best = target.get((r.type, r.canonical))
        out.append(r if best is None else replace(r, canonical=best, merge_rule=r.merge_rule + "+variant_in_document"))
    return out


_SESSION_KIND = {"常务委员会会议": "常委", "常务委员会议": "常委", "常委会会议": "常委", "常委会议": "常委", "主席会议": "主席", "主任会议": "主任"}
_SESSION = re.compile(rf"第?([一二三四五六七八九十\d]{{1,3}})届.{{0,12}}?第?([一二三四五六七八九十\d]{{1,4}})次({'|'.join(_SESSION_KIND)})$")


def _session_key(name: str) -> tuple[str, str, str] | None:
    """The term, number and kind of a numbered session (十届十八次常委会议 -> 十, 十八, 常委)."""
    m = _SESSION.search(name)
    return (m.group(1), m.group(2), _SESSION_KIND[m.group(3)]) if m else None


_ORDINAL_PREFIX = re.compile(r"(?:\d{4}年)?第[一二三四五六七八九十\d]{1,3}[次期届]")
_COMMITTEE_OF = re.compile(r"^(.+?(?:政协|人大常委会|人大))(.+?委员会)$")


def listed_committees(resolved: list[Resolved], text: str) -> list[Resolved]:
    """``区政协提案委员会、经济委员会和…``: committees listed after one of a body are that body's too."""
    orgs = sorted((r for r in resolved if r.type == "ORG"), key=lambda r: r.start)
    renamed: dict[tuple[int, int], str] = {}
    for a, b in zip(orgs, orgs[1:]):
        name_a = renamed.get((a.start, a.end), a.canonical)
        m = _COMMITTEE_OF.match(name_a)
        if m and text[a.end : b.start] in ("、", "和", "及") and b.canonical.endswith("委员会") and b.canonical == text[b.start : b.end]:
            renamed[(b.start, b.end)] = m.group(1) + b.canonical
    return [replace(r, canonical=renamed[(r.start, r.end)], merge_rule="committee_of_listed_body")
            if r.type == "ORG" and (r.start, r.end) in renamed else r for r in resolved]


def attach_sub_bodies(resolved: list[Resolved], text: str = "") -> list[Resolved]:
    """Bare internal bodies (常委会, 主席会议) belong to the report's author: its most named body.

    Without an author body that can have them (a 政协, 人大, 党委 or government), they are dropped.
    """
    counts = Counter(r.canonical for r in resolved if r.type == "ORG" and r.rule != "org_abbrev:sub_body")
    authors = [name for name, _ in counts.most_common() if name.endswith(("政协", "人大常委会", "委", "政府", "委员会"))]
    line_end = title_line_end(text)
    titled = [r.canonical for r in resolved if r.type == "ORG" and r.start < min(line_end, 80) and r.canonical in authors]
    if titled:  # 金安区人大常委会工作报告: its 主任会议 and 机关, not the party committee's
        authors = [titled[0]] + [a for a in authors if a != titled[0]]
    out = []
    for r in resolved:
        if r.rule == "org_abbrev:sub_body":
            word = r.canonical
            # 检查组 after 县人大常委会执法检查组 was named: that body, else the author's
            named = [name for name, _ in counts.most_common()
                     if name.endswith(word) and authors and name.startswith(authors[0]) and name != authors[0]]
            if named:
                canonical = named[0]
            elif authors and word in TASK_GROUPS:
                canonical = authors[0]  # 调研组 without a name of its own: the author body at work
            elif authors:
                overlap = next((k for k in range(len(word), 0, -1) if authors[0].endswith(word[:k])), 0)
                canonical = authors[0] + word[overlap:]  # 常委会 -> the author; 常委会机关 -> the author's 机关
            else:
                continue
            r = replace(r, canonical=canonical, merge_rule="sub_body_of_author")
        if r.type == "ORG" and authors and authors[0].endswith("人大常委会") and r.canonical == authors[0][: -len("常委会")]:
            r = replace(r, canonical=authors[0], merge_rule=r.merge_rule + "+congress_of_author")  # 区人大 in its own report
        if r.type == "ORG" and r.canonical.endswith("政协常委会"):
            # the standing committee acts as its CPPCC (区政协及其常委会): one node, 常委会 an alias
            r = replace(r, canonical=r.canonical[: -len("常委会")], merge_rule=r.merge_rule + "+standing_committee")
        out.append(r)
    return out


def unindexed_county(text: str, places, index: AdminIndex) -> str | None:
    """The most named county-level place (…区, …县, …旗) missing from the reference table."""
    counts = Counter(
        name for p in places
        if 3 <= len(name := text[p.start : p.end]) <= 5 and name[-1] in "区县旗" and index.lookup(name) is None
    )
    return max(sorted(counts), key=lambda n: counts[n]) if counts else None


def article_home(text: str, places, index: AdminIndex, page_home: Home) -> Home:
    """An article's own home where it names a county of its own, else the page's."""
    local = find_home(text, places, index)
    return local if local.county is not None else page_home


def find_home(text: str, places, index: AdminIndex) -> Home:
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for p in places:
        div = index.lookup(text[p.start : p.end])
        if div:
            counts[div.adcode] += 1
            first.setdefault(div.adcode, p.start)
    if not counts:
        return Home(None, None, None)
    titled = _title_division(text, places, index)
    if titled is not None and titled.level in (2, 3):
        # 宁安市政协常委会工作报告: the body in the title is the author, its place the home
        chain = {d.level: d for d in index.chain(titled.adcode)}
        province = chain.get(1)
        prefecture = chain.get(2) or (province if province and province.name.endswith("市") else None)
        return Home(chain.get(3), prefecture, province, titled.level == 3)
    for level in (3, 2, 1):
        codes = [c for c in counts if index.by_code[c].level == level]
        if codes:
            best = max(codes, key=lambda c: (counts[c], -first[c]))
            chain = {d.level: d for d in index.chain(best)}
            province = chain.get(1)
            prefecture = chain.get(2) or (province if province and province.name.endswith("市") else None)
            county = chain.get(3)
            county_first = county is not None and counts[county.adcode] >= counts.get(prefecture.adcode if prefecture else "", 0)
            return Home(county, prefecture, province, county_first)
    return Home(None, None, None)


_TITLE_BODY = re.compile(r"政协|人大|人民政府|区委|县委|市委|委员会|工作报告")


def _title_division(text: str, places, index: AdminIndex) -> Division | None:
    """The innermost division named in the first line, when that line names a body (a title)."""
    line_end = text.find("\n")
    line_end = len(text) if line_end < 0 else line_end
    if line_end > 80 or not _TITLE_BODY.search(text, 0, line_end):
        return None
    divs = [index.lookup(text[p.start : p.end]) for p in places if p.end <= line_end]
    divs = [d for d in divs if d is not None]
    return max(divs, key=lambda d: d.level) if divs else None


TOPIC_TAIL_WORDS = re.compile(r"(?:等(?:作|情况)?|情况|[两三四五六七八九十]项)$")  # 设施建设等情况 -> 设施建设


def canonical_name(etype: str, surface: str, home: Home, index: AdminIndex):
    """``(canonical, merge_rule, attrs)`` for one surface form."""
    if etype == "PLACE":
        near = (home.county or home.prefecture or home.province)
        div = index.lookup(surface, near.adcode if near else None)
        if div:
            attrs = division_attrs(div)
            return div.name, ("admin_full" if div.name == surface else "admin_short_form"), attrs
        if re.search(r"[一二三四五六七八九十\d]期$", surface) and len(surface) >= 5:
            return surface[:-2], "phase_dropped", ()  # 永宁公园二期 -> 永宁公园
        if surface.endswith(("地区", "流域")) and len(surface) >= 4:
            return surface[:-2], "area_word_dropped", ()  # 长辛店地区 -> 长辛店, 黄河流域 -> 黄河
        township = re.match(r"^(.{2,8}?[区县市旗])(.{2,8}?(?:街道|镇|乡|苏木))$", surface)
        if township and index.lookup(township.group(1)):
            return township.group(2), "drop_higher_division", ()  # 和平区劝业场街道 -> 劝业场街道
        return surface, "surface", ()
    if etype == "ORG":
        return org_canonical(surface, home, index)
    if etype == "TOPIC":
        name = surface.strip(" ")
        if name[:1] in _QUOTES and name[-1:] in _QUOTES and sum(name.count(q) for q in "“”") <= 2:
            name = name[1:-1]  # “数字经济赋能” -> 数字经济赋能; “三夏”备耕 keeps its quotes
        tail = TOPIC_TAIL_WORDS.search(name)
        if tail and tail.start() >= 4 and not name[: tail.start()].endswith("执行"):
            name = name[: tail.start()]  # 粮食烘干仓储设施建设等情况, 湛山二路错时停车两项: the topic itself
        if len(name) > 6 and name.startswith(("全区", "全市", "全县", "全旗")):
            return title_form(name[2:]), "scope_word_dropped", ()  # 全区河长制落实 -> 河长制落实
        return title_form(name), "surface", ()
    if etype == "EVENT":
        return title_form(surface), "surface", ()
    return surface, "surface", ()


def title_form(name: str) -> str:
    """One spelling for titles: ASCII commas and separating spaces between Chinese become ，."""
    name = re.sub(r"(?<=[\u4e00-\u9fff”’])\s*,\s*|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])", "，", name)
    return re.sub(r"\s+", "", name)


def org_canonical(surface: str, home: Home, index: AdminIndex):
    party = surface.startswith("中共") and len(surface) > 4
    name, rules = (surface[2:] if party else surface), []
    for formal, short in FORMAL_NAMES:
        if re.search(formal, name):
            name = re.sub(formal, short, name)
            rules.append("formal_to_common_name")

    # 政协党组 / 政协机关: a sub-body of the home CPPCC
    if name.startswith("政协") and len(name) > 2 and home.county is not None:
        name = home.county.name + name
        rules.append("sub_body_of_home_cppcc")
    # 统战部 alone: the department of the home party committee
    if name in PARTY_DEPARTMENTS and home.county is not None:
        return f"中共{home.county.name}委{name}", "party_department_in_home_context", ()
    # 区政协 / 市委统战部: a bare level character stands for the home jurisdiction at that level
    level = LEVEL_CHARS.get(name[0])
    if name.startswith(("市政", "市场", "区域", "县域")) and not name.startswith(("市政协", "市政府")):
        level = None  # “市政报告厅”, 市场监管…: a word opening with a level character, not the home city
    if level and len(name) > 1 and not index.lookup(name[:2]):
        div = home.at_level(level)
        if home.county is not None and home.county_first and home.county.name.endswith(name[0]) and level == 2:
            div = home.county  # 台山市 (a county-level city): its own report's 市政协 is 台山市政协
        if div is not None and div.name.endswith(name[0]):
            name = div.name + name[1:]
            rules.append("abbrev_in_home_context")
        elif div is None and level == 3 and home.county_name and home.county_name.endswith(name[0]):
            name = home.county_name + name[1:]  # 区政府 in a report of 建安区 (not in the table)
            rules.append("abbrev_in_home_context")
    # 内蒙古自治区包头市政协 -> 包头市政协; 丰台政协 -> 丰台区政协
    places = index.find(name)
    while places and places[0][0] == 0 and len(places) > 1 and places[1][0] == places[0][1]:
        outer = index.lookup(name[: places[0][1]])
        inner_s, inner_e, _ = places[1]
        inner = index.lookup(name[inner_s:inner_e], outer.adcode if outer else None)
        if not (outer and inner and outer in index.chain(inner.adcode)[1:]):
            break
        name = name[inner_s:]  # 湖北省宜昌市秭归县人大常委会 -> 秭归县人大常委会
        rules.append("drop_higher_division")
        places = index.find(name)
    if places and places[0][0] == 0 and len(places) == 1:
        outer = index.lookup(name[: places[0][1]])
        newer = re.match(r"[\u4e00-\u9fff]{1,3}?[区县旗](?=政协|人大|人民政府|政府|委|党)", name[places[0][1] :])
        if outer is not None and outer.level == 2 and newer and index.lookup(newer.group()) is None:
            name = name[places[0][1] :]  # 长治市潞州区政协 -> 潞州区政协 (a district newer than the table)
            rules.append("drop_higher_division")
            places = index.find(name)
    township = re.match(r"^(.{2,8}?[区县市旗])(.{2,8}?(?:街道|镇|乡|苏木))(办事处|人民政府|政府|党工委|党委)$", name)
    if township and index.lookup(township.group(1)):
        name = name[len(township.group(1)) :]  # 市南区湛山街道办事处 -> 湛山街道办事处
        rules.append("drop_higher_division")
        places = index.find(name)
    if places and places[0][0] == 0:
        s, e, full = places[0] if places else (0, 0, True)
        if places and s == 0 and not full and name[e:].startswith(words("jurisdiction_heads")):
            near = home.county or home.prefecture
            div = index.lookup(name[:e], near.adcode if near else None)
            if div:
                name = div.name + name[e:]
                rules.append("short_place_to_full")
    if party:
        name = "中共" + name
    elif _PARTY_COMMITTEE.match(name) and not name.startswith(("中共", "中国共产党", "共青团")):
        name = "中共" + name
        rules.append("party_committee_prefix")
    return name, "+".join(rules) or "surface", ()
