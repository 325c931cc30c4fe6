"""Offset-keeping cleaning of noisy PDF-extracted report text.

``AlignedText`` pairs a clean text with ``origin``: for every clean character, its index in the
original decoded text. Every step is a pure ``AlignedText -> AlignedText`` function that only
deletes characters or substitutes them one-for-one, so ``original[origin[i]]`` is always the
source of clean character ``i`` and a clean span maps back to an original span.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）|\([一二三四五六七八九十\d]{1,3}\)|\d{1,2}[.、](?!\d))")
_CLAUSE_END_FOR_JOIN = "。！？!?；;：:…」』"  # a line ending with one of these ends its paragraph line
_DATELINE_OPENER = re.compile(r"[ \t　]*(?:本报讯|[\u4e00-\u9fff]{2,6}讯[ 　]*[（(]|[\u4e00-\u9fff]{2,4}社[\u4e00-\u9fff]{2,4}\d{1,2}月\d{1,2}日电)")


BREADCRUMB = re.compile(r"\s[>＞›»]\s")  # 首页 > 政协工作 > 提案工作: a web page's path, a line of its own
_BYLINE = re.compile(r"\s*(?:来源|发布时间|作者)[:：]")
_CLAUSE_PUNCT = re.compile(r"[。，；！？,;]")


def title_line_end(text: str) -> int:
    """Where the document's title line ends; below a web page's breadcrumb it is the next line."""
    line_end = text.find("\n") if "\n" in text else len(text)
    if BREADCRUMB.search(text, 0, line_end) and "\n" in text[line_end + 1 :]:
        line_end = text.find("\n", line_end + 1)  # 首页 > 政协工作 > 提案工作: the title is the next line
    return line_end


def _running_headers(text: str) -> list[tuple[int, int]]:
    """A short line repeated verbatim on three pages or more (政协…第四次会议文件) is a running header."""
    seen: dict[str, list[tuple[int, int]]] = {}
    for start, end in _lines(text):
        line = text[start:end].strip()
        if 4 <= len(line) <= 40 and not _CLAUSE_PUNCT.search(line):
            seen.setdefault(line, []).append((start, end + (text[end : end + 1] == "\n")))
    return [span for spans in seen.values() if len(spans) >= 3 for span in spans]


FURNITURE = re.compile(r"(责任编辑|美\s*编|校\s*对|版式设计|本版编辑|图片编辑)\s*[:：]")
_PAGE_NUMBER_LINE = re.compile(r"^[ \t]*(第\s*\d{1,4}\s*版|\d{1,4}|[-—]\s*\d{1,4}\s*[-—])[ \t]*$", re.M)
_GLUED_PAGE_NUMBER = re.compile(r"^\d{2,4}(?=(责任编辑|美\s*编|校\s*对))", re.M)
_DATELINE = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*星期[一二三四五六日天](\d{1,4})?[^\n]{0,20}$", re.M)
_DROP_CHARS = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
REPEAT_MIN_CHARS = 12
DOUBLED_MAX_LINE = 400


@dataclass(frozen=True)
class AlignedText:
    """Clean text plus, for every clean character, its offset in ``original``."""

    original: str
    text: str
    origin: np.ndarray  # int64, len(text)
    removed: tuple[tuple[int, int, str], ...] = field(default=())  # original spans dropped, with why

    @classmethod
    def from_original(cls, original: str) -> "AlignedText":
        return cls(original, original, np.arange(len(original), dtype=np.int64))

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a clean span ``[start, end)`` to the original span that covers it."""
        if end <= start:
            pos = int(self.origin[start]) if start < len(self.origin) else len(self.original)
            return pos, pos
        return int(self.origin[start]), int(self.origin[end - 1]) + 1

    def substitute(self, new_text: str) -> "AlignedText":
        """Replace characters one-for-one (same length)."""
        if len(new_text) != len(self.text):
            raise ValueError("substitute() needs a text of the same length")
        return AlignedText(self.original, new_text, self.origin, self.removed)

    def delete(self, spans: list[tuple[int, int]], why: str) -> "AlignedText":
        """Delete the clean spans (sorted, non-overlapping); record them as removed."""
        spans = [(s, e) for s, e in spans if e > s]
        if not spans:
            return self
        keep = np.ones(len(self.text), dtype=bool)
        pieces = []
        last = 0
        removed = list(self.removed)
        for s, e in spans:
            keep[s:e] = False
            pieces.append(self.text[last:s])
            last = e
            o_start, o_end = self.span_to_original(s, e)
            if why:
                removed.append((o_start, o_end, why))
        pieces.append(self.text[last:])
        return AlignedText(self.original, "".join(pieces), self.origin[keep], tuple(removed))


def normalize_characters(at: AlignedText) -> AlignedText:
    """CR/LF to LF, control characters to spaces, zero-width characters and soft hyphens dropped."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"\r(?=\n)|" + _DROP_CHARS.pattern, at.text)]
    at = at.delete(spans, "")
    text = at.text.replace("\r", "\n")
    text = _CONTROL.sub(" ", text).replace("\u3000", " ").replace("\u00a0", " ")
    return at.substitute(text)


def drop_page_furniture(at: AlignedText) -> AlignedText:
    """Drop page numbers, page numbers glued to editor lines, and datelines of newspaper pages.

    Editor names (责任编辑：… 美编：…) stay in the text, on their own line, so persons can still be found.
    """
    # a page-number line goes with its line break, so the text around it stays one paragraph
    spans = [(m.start(), m.end() + (at.text[m.end() : m.end() + 1] == "\n")) for m in _PAGE_NUMBER_LINE.finditer(at.text)]
    spans += [(m.start(), m.end()) for m in _GLUED_PAGE_NUMBER.finditer(at.text)]
    spans += _running_headers(at.text)
    for line in _lines(at.text):
        start, end = line
        if FURNITURE.search(at.text[start:end]):
            m = _DATELINE.search(at.text, start, end)
            if m:
                label = FURNITURE.search(at.text, m.start(), end)  # 2024年9月20日 星期五 责任编辑：…
                spans.append((m.start(), label.start() if label else end))
    return at.delete(_merge(spans), "page furniture")


def collapse_doubled_glyphs(at: AlignedText) -> AlignedText:
    """Collapse headline lines whose every chunk is printed twice by a bold font.

    ``区政协举办区政协举办““院士专家走进丰台院士专家走进丰台””暨暨`` -> ``区政协举办“院士专家走进丰台”暨``.
    A line changes only when it splits entirely into doubled chunks, with at least one chunk of
    two or more characters.
    """
    spans: list[tuple[int, int]] = []
    for start, end in _lines(at.text):
        line = at.text[start:end].rstrip()
        if 6 <= len(line) <= DOUBLED_MAX_LINE and line[0] in line[1:]:
            chunks = _doubled_chunks(line)
            if chunks and any(k >= 2 for _, k in chunks):
                spans.extend((start + i + k, start + i + 2 * k) for i, k in chunks)
    return at.delete(spans, "doubled headline glyphs")


def _doubled_chunks(line: str) -> list[tuple[int, int]] | None:
    """Split ``line`` into chunks ``c`` each written ``cc``; ``[(offset, len(c)), ...]`` or None."""
    if any(count % 2 for count in Counter(line).values()):  # doubled chunks use every character an even number of times
        return None
    n = len(line)
    choice = [0] * (n + 1)
    ok = [False] * (n + 1)
    ok[n] = True
    for i in range(n - 1, -1, -1):
        for k in range(1, (n - i) // 2 + 1):
            if ok[i + 2 * k] and line[i : i + k] == line[i + k : i + 2 * k]:
                ok[i] = True
                choice[i] = k
                break
    if not ok[0]:
        return None
    chunks, i = [], 0
    while i < n:
        chunks.append((i, choice[i]))
        i += 2 * choice[i]
    return chunks


def rejoin_wrapped_lines(at: AlignedText) -> AlignedText:
    """Delete single line breaks inside paragraphs (newspaper columns wrap mid-word).

    A break is kept when the line before ends a sentence or is page furniture, or when a blank
    line follows (paragraph boundary).
    """
    text = at.text
    spans = []
    for m in re.finditer(r"[ \t]*\n(?![ \t]*\n)", text):
        before_end = m.start()
        line_start = text.rfind("\n", 0, before_end) + 1
        prev_line = text[line_start:before_end]
        if not prev_line.strip() or m.end() >= len(text):
            continue
        next_end = text.find("\n", m.end())
        next_line = text[m.end() : next_end if next_end >= 0 else len(text)]
        if prev_line.rstrip()[-1] in _CLAUSE_END_FOR_JOIN:
            continue
        if FURNITURE.search(prev_line) or FURNITURE.search(next_line):
            continue
        if _HEADING.match(prev_line):
            continue  # 一、坚持党的全面领导，把牢正确政治方向: a numbered heading is a line of its own
        if line_start < 200 and len(prev_line.strip()) <= 40 and prev_line.rstrip().endswith(("工作报告", "的报告")):
            continue  # the report's title line (…常务委员会工作报告, …关于提案工作情况的报告)
        if BREADCRUMB.search(prev_line) or _BYLINE.match(next_line) or _BYLINE.match(prev_line):
            continue  # a web page's breadcrumb (首页 > 政协工作 > 提案工作), its byline, or the line above it
        if _DATELINE_OPENER.match(next_line):
            continue  # a headline above 本报讯（记者…）/ 新华社北京…电: the report starts on the next line
        if _is_cjk(prev_line.rstrip()[-1]) or _is_cjk(next_line.lstrip()[:1] or "a"):
            spans.append((m.start(), m.end()))
    return at.delete(spans, "")


def drop_repeated_passages(at: AlignedText) -> AlignedText:
    """Delete sentences of REPEAT_MIN_CHARS or more that repeat an earlier sentence verbatim."""
    seen: set[str] = set()
    spans = []
    for m in re.finditer(r"[^。！？!?\n]+[。！？!?]?", at.text):
        sentence = m.group().strip()
        if len(sentence) < REPEAT_MIN_CHARS:
            continue
        if sentence in seen:
            spans.append((m.start(), m.end()))
        else:
            seen.add(sentence)
    return at.delete(_merge(spans), "repeated passage")


_FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
for _keep in "，。：；！？（）｛｝［］｜～":  # punctuation that stays full-width in Chinese prose
    _FULLWIDTH.pop(ord(_keep), None)


_QUOTE_STYLES = str.maketrans({"「": "“", "」": "”", "『": "‘", "』": "’", "﹁": "“", "﹂": "”"})
_WIDTH_TABLE = {**_FULLWIDTH, **_QUOTE_STYLES}  # disjoint keys, and neither maps into the other's keys
_NEEDS_WIDTH = re.compile("[" + "".join(re.escape(chr(cp)) for cp in sorted(_WIDTH_TABLE)) + "]")


def fullwidth_to_halfwidth(at: AlignedText) -> AlignedText:
    """Full-width ASCII letters, digits and symbols to half-width (Chinese punctuation kept);
    corner brackets 「」『』 (traditional-character texts) to the quotes “”‘’ used elsewhere."""
    if not _NEEDS_WIDTH.search(at.text):
        return at
    return at.substitute(at.text.translate(_WIDTH_TABLE))


@lru_cache(maxsize=1)
def _t2s():
    from opencc import OpenCC

    return OpenCC("t2s")


@lru_cache(maxsize=1)
def traditional_chars() -> frozenset[str]:
    """Characters that t2s conversion changes (read from OpenCC's own dictionary)."""
    import opencc

    path = opencc.__file__.rsplit("/", 1)[0] + "/dictionary/TSCharacters.txt"
    chars = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            key, _, values = line.rstrip("\n").partition("\t")
            if len(key) == 1 and values.split(" ")[0] != key:
                chars.add(key)
    return frozenset(chars)


def to_simplified(at: AlignedText) -> AlignedText:
    """Traditional to simplified characters (OpenCC t2s), one-for-one so offsets are kept.

    Paragraphs without a traditional character are left untouched; a phrase conversion that
    changes length falls back to character-by-character conversion.
    """
    trad = traditional_chars()
    if trad.isdisjoint(at.text):
        return at
    converter = _t2s()
    out = []
    for para in re.split(r"(\n)", at.text):
        if not trad.isdisjoint(para):
            converted = converter.convert(para)
            if len(converted) != len(para):
                converted = "".join(c2 if len(c2 := converter.convert(c)) == 1 else c for c in para)
            para = converted
        out.append(para)
    return at.substitute("".join(out))


STEPS = (
    normalize_characters,
    drop_page_furniture,
    collapse_doubled_glyphs,
    rejoin_wrapped_lines,
    fullwidth_to_halfwidth,
    to_simplified,
    drop_repeated_passages,
)


def clean(original: str) -> AlignedText:
    """Run every cleaning step in order."""
    at = AlignedText.from_original(original)
    for step in STEPS:
        at = step(at)
    return at


def _lines(text: str):
    start = 0
    for m in re.finditer(r"\n", text):
        yield start, m.start()
        start = m.end()
    yield start, len(text)


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or ch in "“”‘’《》「」、（）"
