"""The overlap/priority policy that turns candidates into entity spans.

1. Cue filters reject candidates that fail their type's checks (an ORG must end in an
   organization head and not be a generic class; a LAC person needs a title or furniture cue
   somewhere in the document; no single characters).
2. Candidates are taken by (priority, length) descending. One is dropped when it has the same
   span as a taken one, crosses a taken one, or nests inside / around a taken one of the same
   type — except organizations, which may nest (区政协 inside 区政协医药卫生界工作站).
   Spans of different types may nest (包头市 inside 包头市政协, a topic inside an event).
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from .candidates import Candidate
from .gazetteer import GENERIC_DISTRICT, admin_index, common_nouns, non_place_words
from .lexicons import words

if not Doc.has_extension("zhkg_entities"):
    Doc.set_extension("zhkg_entities", default=None)

NESTABLE_SAME_TYPE = {"ORG", "PLACE"}
_NAME_CHARS = re.compile(r"^[\u4e00-\u9fff·]{2,4}$")
_PARTY = re.compile(r"^(中共|中国共产党)")


@Language.factory("zhkg_resolve", assigns=["doc._.zhkg_entities"])
def make_resolve(nlp: Language, name: str) -> "Resolver":
    non_place_words()  # one-time load of jieba's word list, when the pipeline is built
    return Resolver()


class Resolver:
    def __call__(self, doc: Doc) -> Doc:
        cands = [_without_title(_without_page_code(c, doc.text), doc.text) for c in doc._.zhkg_candidates or []]
        confirmed = confirmed_persons(doc.text, cands)
        events = [(c.start, c.end) for c in cands if c.type == "EVENT"]
        kept = [c for c in cands if passes_filters(c, doc.text, confirmed) and not _quoted_org(c, doc.text, events)]
        chosen = choose(kept)
        topics = [c for c in chosen if c.type == "TOPIC"]
        doc._.zhkg_entities = [_named_feature_of_topic(c, doc.text, topics) for c in chosen]
        return doc


_WORKS_ON_A_FEATURE = re.compile(r"(.{1,6}?[河江湖海山城])(?:生态廊道|廊道|湿地|历史文化街区|街区|风光带|生态带|景观带|水系)")


def _named_feature_of_topic(c: Candidate, text: str, topics: list[Candidate]) -> Candidate:
    """Inside a topic, works named after a river, lake or old town (推进猪龙河生态廊道建设, 骑楼城历史文化街区保护)
    concern that feature: the place is 猪龙河, 骑楼城."""
    if c.type != "PLACE" or not any(t.start <= c.start and c.end <= t.end for t in topics):
        return c
    m = _WORKS_ON_A_FEATURE.fullmatch(text, c.start, c.end)
    return replace(c, end=m.end(1), name=None) if m and m.end(1) - c.start >= 2 else c


_PAGE_CODE = re.compile(r"[A-Za-z]{0,2}\d{1,3}(?=[\u4e00-\u9fff])")  # used with .match(text, pos): no ^


def _without_page_code(c: Candidate, text: str) -> Candidate:
    """``A2上虞日报``: a page code glued to a name on page furniture is not part of it."""
    from dataclasses import replace

    m = _PAGE_CODE.match(text, c.start, c.end) if c.type in ("ORG", "PLACE") else None
    return replace(c, start=m.end()) if m and c.end - m.end() >= 2 else c


_TRAILING_TITLE = re.compile(r"(?:副)?(?:主委|主任委员|主席|主任|书记|部长|秘书长)$")


def _without_title(c: Candidate, text: str) -> Candidate:
    """``无锡市委会主委``: a leader's title glued after a body is not part of its name."""
    from dataclasses import replace

    if c.type != "ORG" or c.name:
        return c
    m = _TRAILING_TITLE.search(text, c.start, c.end)
    if m and m.start() - c.start >= 3 and text[m.start() - 1 : m.start()] in "会委协团盟社":
        return replace(c, end=m.start())
    return c


def _quoted_org(c: Candidate, text: str, events: list[tuple[int, int]]) -> bool:
    """An organization that is exactly a quoted title names a platform or activity: a LAC one always
    (“京华议事厅”), any one inside an event's name (“张店议事厅”协商会)."""
    if c.type != "ORG" or text[c.start - 1 : c.start] != "“" or text[c.end : c.end + 1] != "”":
        return False
    return c.rule.startswith("lac") or any(s < c.start and c.end < e for s, e in events)


def choose(cands: list[Candidate]) -> list[Candidate]:
    """Apply the priority policy; result sorted by position.

    Taken spans are kept sorted by start; only those starting within the longest span's length
    before a candidate can touch it, so the check stays local (linear in practice).
    """
    import bisect

    taken: list[Candidate] = []
    starts: list[int] = []
    longest = max((c.length for c in cands), default=0)
    for c in sorted(cands, key=lambda c: (-c.priority, -c.length, c.start, c.type)):
        lo = bisect.bisect_left(starts, c.start - longest)
        hi = bisect.bisect_left(starts, c.end)
        if all(_compatible(c, t) for t in taken[lo:hi]):
            i = bisect.bisect_left(starts, c.start)
            starts.insert(i, c.start)
            taken.insert(i, c)
    return sorted(taken, key=lambda c: (c.start, -c.end, c.type))


def _compatible(c: Candidate, t: Candidate) -> bool:
    if c.end <= t.start or t.end <= c.start:
        return True
    if (c.start, c.end) == (t.start, t.end):
        return False
    nested = (t.start <= c.start and c.end <= t.end) or (c.start <= t.start and t.end <= c.end)
    if not nested:
        return False
    inner, outer = (c, t) if c.length < t.length else (t, c)
    if inner.rule in ("lac:LOC", "lac:ORG") and outer.type != "TOPIC":
        return False  # 芜湖航空(产业园), 广州国际(金融中心): LAC's cut of a longer name
    if c.type != t.type:
        return True
    # the same type nests only at the start of the outer name: a parent body (区政协 + 党组) or a
    # place that names a longer place (塔布河 + 湿地公园)
    inner = c if c.length < t.length else t
    return c.type in NESTABLE_SAME_TYPE and c.start == t.start and inner.rule != "admin_short"


def passes_filters(c: Candidate, text: str, confirmed_persons: set[str]) -> bool:
    surface = text[c.start : c.end]
    if c.length < 2 or not surface.strip() or surface != surface.strip():
        return False
    if c.type == "ORG":
        if surface.endswith("社") and text[c.end : c.end + 1] == "情":
            return False  # 政协社情民意: 社情 is a word
        if c.rule == "document_title:media" or (c.rule == "lac:ORG" and _MEDIA.search(surface)):
            return True  # 《丰台报》, 人民政协报, 人民政协网: media outlets
        return c.rule in ("org_abbrev:sub_body", "org_abbrev:defined") or is_org_name(c.name or surface)
    if c.type == "TOPIC" and (c.name or surface).strip("“”") in words("generic_topics"):
        return False  # 第一议题, 中心大局: a phrase of the genre, not a subject
    if c.type == "PERSON":
        return c.rule in ("person_furniture", "person_title") or surface in confirmed_persons
    if c.type == "PLACE":
        if c.rule.startswith("lac") and (len(surface) == 2 or surface in non_place_words() or _two_common_words(surface)):
            return False  # a short LAC place needs the gazetteer or a place suffix; 东部, 沿江 are not places
        if c.rule.startswith(("place_suffix", "lac")) and _class_noun_place(surface):
            return False  # 城区, 侨乡, 天津市场, 集成电路: a class or an abstraction, not a place's name
        cut = surface.rfind("段")
        if (cut >= 0 and len(surface) - cut <= 4) or (text[c.end : c.end + 1] == "段" and c.rule.startswith("lac")) or (len(surface) == 2 and surface[0] in "沿环跨全"):
            return False  # 武侯段 (a stretch of a river), 沿江: not place names
        return not any(ch in surface for ch in "，。、；：“”《》\n")
    return True


def _class_noun_place(surface: str) -> bool:
    """城区, 侨乡, 运河 (frequent plain nouns in jieba, not divisions), 天津市场, 集成电路: no place's name."""
    nouns = common_nouns()
    if nouns.get(surface, 0) >= 50 and surface[-1] in "区乡城河村镇街" and not admin_index().lookup(surface):
        return True
    if GENERIC_DISTRICT.fullmatch(surface):
        return True  # 老城区: a part of a town (a district of that name comes from the gazetteer, after its city)
    if surface.endswith("市场") and len(surface) <= 5:
        return True  # 天津市场, 长三角市场: a market as an economy, not a marketplace
    return len(surface) <= 4 and surface.endswith("路") and nouns.get(surface[-2:], 0) >= 50  # 集成电路, 发展思路


_MEDIA = re.compile(r"^[\u4e00-\u9fff]{2,8}(?:时报|日报|晚报|周报|政协报|电视台|广播电台|新闻网|政协网|融媒体中心)$")


def _two_common_words(surface: str) -> bool:
    """``团结协作``: two words jieba tags as adjectives, verbs… make no place name."""
    return len(surface) == 4 and surface[:2] in non_place_words() and surface[2:] in non_place_words()


def is_org_name(surface: str) -> bool:
    """An organization name ends in an organization head and is not a generic class."""
    if surface in words("generic_orgs") or surface[:2] in ("市区", "省市", "市县", "区县"):
        return False
    if surface.endswith("政协") and surface[-3:-2] == "委":
        return False
    if surface.startswith(("委员会", "庆祝", "纪念", "全体", "两地", "各级", "历届", "有关", "专题", "联合", "会议", "部分", "区域", "兄弟", "各地", "周边")):
        return False  # 第十五届委员会常务委员会, 庆祝人民政协(成立…), 两地政协: no name of a body
    if re.search(r"(?:政协|人大|政府|委员会|委会)(?:与|和|及|、|对|向)", surface):
        return False  # 马尾区政协与平潭综合实验区政协: two bodies, not one
    if "工作报告" in surface:
        return False  # …常务委员会工作报告区人大常委会: a title run into the next line
    if surface.endswith("门户网站"):
        return False  # page furniture of a government site (…人民政府门户网站 > 政务公开)
    if "两地" in surface or "两级" in surface:
        return False  # 成渝两地政协, 市区两级政协: more than one body
    if re.search(r"政协(?:各)?(?:专委会|专门委员会)$", surface):
        return False  # 区政协专门委员会: the committees as a class
    if any(joint in surface for joint in ("及各", "和各", "等")):
        return False  # 市政协及各专门委员会: a list, not a name
    if re.search(r"(?:人员|代表|委员|干部|群众|职工)(?:和|及|与)", surface) or re.search(r"[东西南北中]部$", surface):
        return False  # 组成人员和部分县人大(代表); 乌兰花镇东部: people or a direction, not a body
    if surface.endswith("机关") and not re.search(r"(?:政协|人大|常委会|政府|委员会|党委|[区市县旗]委|法院|检察院)机关$", surface):
        return False  # 司法机关, 权力机关, 模范机关: a class of bodies; 区政协机关 is one office
    if surface.endswith(("政协", "人大")) and not _seated_prefix(surface[:-2]):
        return False  # 书香政协, 讲好人大(故事), 川渝人大: a slogan or two regions, not a body
    if _PARTY.match(surface) and len(surface) >= 4:
        return True
    if any(surface.endswith(s) for s in words("org_suffixes")):
        return True
    head = next((s for s in words("org_suffixes_weak") if surface.endswith(s)), None)
    return head is not None and len(surface) >= len(head) + 2 and (surface[: -len(head)] not in words("generic_orgs") or head == "网")


def _seated_prefix(prefix: str) -> bool:
    """What may open a 政协/人大 name: a level word (市, 区, 全国) or a division's name or short form."""
    prefix = prefix.removeprefix("中共").strip()
    if re.search(r"[一二三四五六七八九十两多各\d]+[省市区县旗地]$", prefix):
        return False  # 淮河流域六市政协, 两地政协: several bodies
    if prefix in ("全国", "中国人民") or (prefix and prefix[-1] in "市区县省旗州盟镇乡") or prefix.endswith(("街道", "苏木", "自治区", "自治州", "自治县")):
        return True
    return bool(prefix) and admin_index().lookup(prefix) is not None


def confirmed_persons(text: str, cands: list[Candidate]) -> set[str]:
    """LAC person names that a title or a role word confirms at least once in the document."""
    titles = words("person_titles")
    out = set()
    for c in cands:
        if c.type != "PERSON":
            continue
        name = text[c.start : c.end]
        if not _NAME_CHARS.match(name):
            continue
        before = text[max(0, c.start - 8) : c.start].rstrip()
        after = text[c.end : c.end + 4]
        if any(before.endswith(t) for t in titles) or any(after.startswith(t) for t in titles):
            out.add(name)
        elif after[:1] in ("）", ")") and text[c.start - 1 : c.start] in (" ", "\u3000", "（", "("):
            out.add(name)  # a byline: （某某报记者　王某）
        elif c.rule == "person_furniture":
            out.add(name)
    # 陈启航、林佳音、吴承泽出席: a LAC person listed next to a confirmed one is confirmed too
    persons = sorted((c for c in cands if c.type == "PERSON" and _NAME_CHARS.match(text[c.start : c.end])), key=lambda c: c.start)
    changed = True
    while changed:
        changed = False
        for a, b in zip(persons, persons[1:]):
            if text[a.end : b.start] in ("、", "，", "和"):
                na, nb = text[a.start : a.end], text[b.start : b.end]
                if (na in out) != (nb in out):
                    out.update((na, nb))
                    changed = True
    return out
