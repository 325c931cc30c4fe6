"""Administrative divisions of China from cpca's bundled adcode table, as a character-level gazetteer.

Full names (丰台区, 兴安盟) and short forms made by stripping the level suffix (丰台, 包头) are matched
over the characters of the text (LAC often buries them inside one organization token). A short
form that is a common word in jieba's dictionary (和平, 开发) is not used.
"""

from __future__ import annotations

import re

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from .candidates import add_candidates, candidate

PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划", "直辖县级行政区划"}
# Longest first: 内蒙古自治区 -> 内蒙古, 大理白族自治州 -> 大理 (with the nationality stripped too).
LEVEL_SUFFIXES = (
    "维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "自治州", "自治县", "自治旗",
    "林区", "地区", "省", "市", "盟", "县", "区", "旗",
)
COMMON_WORD_FREQ = 500  # a short form that jieba knows as a frequent non-place word is skipped
NATURAL_FEATURES = ("湖", "江", "河", "海", "山")  # 太湖 is the lake before it is 太湖县
COMMON_NOUN_FREQ = 150  # …and a common noun a little less frequent (同心 is 同心县's short form)


@dataclass(frozen=True)
class Division:
    adcode: str
    name: str
    level: int  # 1 province, 2 prefecture, 3 county
    lon: float | None
    lat: float | None
    parent: str | None  # adcode


class AdminIndex:
    """Lookups over the adcode table: by code, by full name, by short form; parent chains."""

    def __init__(self, rows: list[tuple[str, str, str, str]], nations: list[str], common: dict[str, tuple[int, str]]):
        raw = {code: name for code, name, _, _ in rows}
        self.by_code: dict[str, Division] = {}
        for code, name, lon, lat in rows:
            if name in PLACEHOLDERS or not name:
                continue
            self.by_code[code] = Division(code, name, _level(code), _num(lon), _num(lat), _parent(code, raw))
        self.by_name: dict[str, list[Division]] = {}
        self.by_short: dict[str, list[Division]] = {}
        for div in sorted(self.by_code.values(), key=lambda d: (d.level, d.adcode)):
            self.by_name.setdefault(div.name, []).append(div)
            short = short_form(div.name, nations)
            if short and short != div.name and not _is_common_word(short, common) and not short.endswith(NATURAL_FEATURES):
                self.by_short.setdefault(short, []).append(div)
        lengths: dict[str, set[int]] = {}
        for name in list(self.by_name) + list(self.by_short):
            lengths.setdefault(name[0], set()).add(len(name))
        self.lengths = {ch: tuple(sorted(ls, reverse=True)) for ch, ls in lengths.items()}

    def chain(self, adcode: str) -> list[Division]:
        """The division and its ancestors, nearest first."""
        out = []
        div = self.by_code.get(adcode)
        while div is not None:
            out.append(div)
            div = self.by_code.get(div.parent) if div.parent else None
        return out

    def lookup(self, surface: str, near: str | None = None) -> Division | None:
        """The division a surface form names; ``near`` (an adcode) breaks ties by shared prefix."""
        options = self.by_name.get(surface) or self.by_short.get(surface)
        if not options:
            return None
        if near and len(options) > 1:
            return max(options, key=lambda d: (_shared_prefix(d.adcode, near), -d.level, d.adcode))
        return options[0]

    def find(self, text: str) -> list[tuple[int, int, bool]]:
        """Leftmost-longest matches: ``(start, end, is_full_name)``."""
        out = []
        i, n = 0, len(text)
        lengths = self.lengths
        while i < n:
            best = None
            for length in lengths.get(text[i], ()):
                if length < 2 or i + length > n:
                    continue
                piece = text[i : i + length]
                if piece in self.by_name:
                    best = (i, i + length, True)
                    break
                if piece in self.by_short:
                    best = (i, i + length, False)
                    break
            if best:
                out.append(best)
                i = best[1]
            else:
                i += 1
        return out


def division_attrs(div: Division) -> tuple[tuple[str, str | int | float], ...]:
    """Node attributes of a division: adcode, level, and coordinates when the table has them."""
    attrs: list[tuple[str, str | int | float]] = [("adcode", div.adcode[:6]), ("admin_level", div.level)]
    if div.lat is not None and div.lon is not None:
        attrs += [("lat", div.lat), ("lon", div.lon)]
    return tuple(attrs)


def short_form(name: str, nations: list[str]) -> str | None:
    for suffix in LEVEL_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            stem = name[: -len(suffix)]
            if suffix in ("自治州", "自治县", "自治旗"):  # 大理白族自治州 -> 大理
                for nation in nations:
                    if stem.endswith(nation) and len(stem) > len(nation):
                        stem = stem[: -len(nation)]
                        break
            return stem if len(stem) >= 2 else None
    return None


def _is_common_word(word: str, common: dict[str, tuple[int, str]]) -> bool:
    freq, tag = common.get(word, (0, "ns"))
    return tag != "ns" and freq >= (COMMON_NOUN_FREQ if tag == "n" else COMMON_WORD_FREQ)


def _level(code: str) -> int:
    if code[2:] == "0" * 10:
        return 1
    if code[4:] == "0" * 8:
        return 2
    return 3


def _parent(code: str, raw: dict[str, str]) -> str | None:
    level = _level(code)
    if level == 1:
        return None
    province = code[:2] + "0" * 10
    if level == 3:
        prefecture = code[:4] + "0" * 8
        if prefecture in raw and raw[prefecture] not in PLACEHOLDERS:
            return prefecture
    return province


def _num(value: str) -> float | None:
    try:
        return round(float(value), 6)
    except ValueError:
        return None


def _shared_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def _package_dir(name: str) -> Path:
    import importlib.util

    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise ImportError(f"the package {name!r} is needed (pip install {name})")
    return Path(list(spec.submodule_search_locations)[0])


@lru_cache(maxsize=1)
def admin_index() -> AdminIndex:
    resources = _package_dir("cpca") / "resources"  # read cpca's data without importing it (slow, noisy)
    with open(resources / "adcodes.csv", encoding="utf-8") as f:
        rows = [(r["adcode"], r["name"], r["longitude"], r["latitude"]) for r in csv.DictReader(f)]
    with open(resources / "56_nations.csv", encoding="utf-8") as f:
        nations = sorted((line.strip() for line in f if line.strip()), key=len, reverse=True)
    nations += [n[:-1] for n in nations if n.endswith("族") and len(n) > 2]
    shorts = {short_form(name, nations) for _, name, _, _ in rows} - {None}
    common: dict[str, tuple[int, str]] = {}
    with open(_package_dir("jieba") / "dict.txt", encoding="utf-8") as f:
        for line in f:
            word = line[: line.find(" ")]
            if word in shorts:
                parts = line.split()
                if len(parts) == 3:
                    common[word] = (int(parts[1]), parts[2])
    return AdminIndex(rows, nations, common)


GENERIC_DISTRICT = re.compile(r"[老新]?城区|郊区|矿区")  # district names that are also common nouns


def _after_its_city(text: str, start: int, surface: str, index: AdminIndex) -> bool:
    """``大同市城区``: a district named like a common noun is one only right after its city's name."""
    before = text[max(0, start - 6) : start]
    for div in index.by_name.get(surface, []):
        city = index.by_code.get(div.parent) if div.parent else None
        if city and before.endswith((city.name, short_form(city.name, []) or city.name)):
            return True
    return False


@Language.factory("zhkg_gazetteer", assigns=["doc._.zhkg_candidates"])
def make_gazetteer(nlp: Language, name: str) -> "Gazetteer":
    admin_index()  # one-time load of the adcode table, when the pipeline is built
    return Gazetteer()


class Gazetteer:
    """PLACE candidates for the administrative divisions named in the text, full or short.

    Short forms of county-level divisions (同心, 城关 …) are common words too: they count only
    inside the document's home province or where LAC itself tags the span as a place; so do
    two-character full names (城区).
    """

    def __call__(self, doc: Doc) -> Doc:
        index = admin_index()
        hits = index.find(doc.text)
        from .lexical import lac_word_tuples

        words = lac_word_tuples(doc)
        lac_places = {(s, e) for s, e, tag in words if tag == "LOC"}
        word_starts = [w[0] for w in words]
        hits = [h for h in hits if _on_word_boundaries(h[0], h[1], words, word_starts, NAME_TAGS if h[2] else {"ORG"})]
        province = home_province(doc.text, hits, index)
        items = []
        for s, e, full in hits:
            surface = doc.text[s:e]
            div = index.lookup(surface)
            confirmed = (s, e) in lac_places or (province is not None and div.adcode[:2] == province)
            if (not full and div.level == 3 or len(surface) == 2 and full) and not confirmed:
                continue
            if GENERIC_DISTRICT.fullmatch(surface) and not _after_its_city(doc.text, s, surface, index):
                continue  # 东河城区段, 老城区更新: a part of a town, unless written after its city (大同市城区)
            items.append(candidate(s, e, "PLACE", "admin_full" if full else "admin_short"))
        items += newer_counties(doc.text, hits, index)
        add_candidates(doc, items)
        return doc


_COUNTY_AFTER = re.compile(r"[\u4e00-\u9fff]{1,3}?[区县旗](?=政协|人大|人民政府|政府|委|第|[^\u4e00-\u9fff]|$|[，、。和与])")


def newer_counties(text: str, hits, index: AdminIndex) -> list:
    """``长治市潞州区政协``: a district written right after its city but missing from the table
    (renamed or created after the table was made) is a place too."""
    out = []
    for s, e, full in hits:
        div = index.lookup(text[s:e]) if full else None
        if div is None or div.level != 2:
            continue
        m = _COUNTY_AFTER.match(text, e)
        if m and m.end() - m.start() >= 2 and index.lookup(m.group()) is None:
            out.append(candidate(m.start(), m.end(), "PLACE", "place_suffix:newer_county"))
    return out


NAME_TAGS = {"LOC", "ORG", "nz", "ns", "nt", "j"}


def _on_word_boundaries(start: int, end: int, words: list[tuple[int, int, str]], starts: list[int], inside_ok: set[str] = NAME_TAGS) -> bool:
    """A division name must not cut through an ordinary word (周立平和县 is not 平和县).

    A full name may sit inside a LAC place or organization word (内蒙古自治区包头市政协); a short
    form only inside an organization word (丰台政协), never inside a place (江安 in 江安河).
    """
    import bisect

    if not words:
        return True
    for pos in (start, end):
        i = bisect.bisect_right(starts, pos) - 1
        if i < 0:
            continue
        ws, we, tag = words[i]
        if ws < pos < we and tag not in inside_ok:
            return False
    return True


def home_province(text: str, hits: list[tuple[int, int, bool]], index: AdminIndex) -> str | None:
    """The two-digit province code most divisions named in full (or prefecture short forms) fall in."""
    counts: dict[str, int] = {}
    for s, e, full in hits:
        div = index.lookup(text[s:e])
        if full or div.level < 3:
            counts[div.adcode[:2]] = counts.get(div.adcode[:2], 0) + 1
    if not counts:
        return None
    return max(sorted(counts), key=lambda c: counts[c])


NOT_PLACE_TAGS = {"f", "d", "v", "vn", "a", "ad", "m", "r", "c", "p", "u", "t", "q"}


@lru_cache(maxsize=1)
def _jieba_short_words() -> tuple[frozenset[str], dict[str, int]]:
    """One pass over jieba's dictionary: words tagged NOT_PLACE_TAGS, and plain nouns with their frequency (2-4 chars)."""
    not_place, nouns = set(), {}
    with open(_package_dir("jieba") / "dict.txt", encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) == 3 and 2 <= len(parts[0]) <= 4:
                if parts[2] in NOT_PLACE_TAGS:
                    not_place.add(parts[0])
                elif parts[2] == "n":
                    nouns[parts[0]] = int(parts[1])
    return frozenset(not_place), nouns


def non_place_words() -> frozenset[str]:
    """Words jieba's dictionary tags as directions, adverbs, verbs, numerals… (东部, 沿江, 港澳台)."""
    return _jieba_short_words()[0]


def common_nouns() -> dict[str, int]:
    """Words jieba's dictionary tags as plain nouns, with their frequency (城区 1517, 电路 636; 利通区 3)."""
    return _jieba_short_words()[1]
