"""The text layer of a PDF, in reading order, with the offset where each page starts.

pdfminer.six (MIT) gives the glyphs and groups them into lines; the rest is ours:

- overprinted glyphs (a "bold" made by printing a run twice, a hair apart) are dropped once;
- lines are put in reading order by a recursive XY-cut: column gutters (vertical whitespace through
  a whole region) split it into columns, read left to right, each top to bottom; a region whose gutter
  is crossed by a few lines (headlines spanning the columns) is first cut above and below them;
  up to three small-print lines at the top or bottom of a region (running heads, editor lines) are
  kept apart from the columns;
- blocks stay apart: a change of font size (headline, subtitle, caption) or a paragraph gap becomes a
  blank line; lines of one running text (also across a column break) are joined by a single newline;
- bare page numbers above or below all other text are left out (they would split a sentence that
  runs on to the next page);
- no spaces are invented between Chinese characters (justified lines spread them apart);
- CJK radical code points that some fonts map their glyphs to (U+2F49 for 月) become the ideograph;
  Latin ligatures (ﬁ) become their letters.

Pages are separated by a form feed and a newline. A PDF without any text layer raises ``InputError``: OCR is not
supported.
"""

from __future__ import annotations

import io
import logging
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import LAParams, LTChar, LTContainer, LTTextLine
from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfminer.utils import decode_text

from .errors import InputError

logging.getLogger("pdfminer").setLevel(logging.ERROR)  # font-descriptor chatter on most CJK PDFs

CHAR_MARGIN = 1.0  # glyphs further apart than one glyph width start a new line piece (gutters)
MIN_GUTTER = 0.5  # a vertical whitespace band this many ems wide separates columns
PARAGRAPH_GAP = 0.8  # a gap between two lines of a column wider than this many line heights: new block
SIZE_CHANGE = 1.15  # font size ratio that separates blocks (headline / body / caption)
FURNITURE_LINES = 3  # at most this many small-print lines above or below the rest: page furniture
TIE = 0.9  # bands this close to the widest one are cut in the same step
OVERPRINT = 0.3  # same glyph within this share of its size: printed twice, kept once
PAGE_NUMBER = re.compile(r"^\s*(第\s*\d{1,4}\s*[版页]|[-—–]?\s*\d{1,4}\s*[-—–]?|\d{1,4}\s*/\s*\d{1,4}|(page|p\.)\s*\d{1,4}(\s*of\s*\d{1,4})?)\s*$", re.I)
PAGE_BREAK = "\f\n"  # ends a page: form feed, then a newline that cleaning joins like a wrapped line
NO_TEXT = "PDF has no text layer (scanned images?); OCR is not supported"


@dataclass(frozen=True)
class _Line:
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    text: str


def read_pdf(data: bytes) -> tuple[str, tuple[int, ...], str | None]:
    """``(text, page_starts, title)``: the text, the offset of each page in it, the Info title."""
    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)))
        manager = PDFResourceManager(caching=True)
        device = _Aggregator(manager)
        interpreter = PDFPageInterpreter(manager, device)
        pages = []
        for page in PDFPage.create_pages(document):
            interpreter.process_page(page)
            pages.append(_page_text(device.get_result()))
    except InputError:
        raise
    except Exception as exc:  # pdfminer raises many kinds on damaged or encrypted files
        name = exc.__class__.__name__
        if any(k in (name + str(exc)).lower() for k in ("encrypt", "password")):
            raise InputError(f"PDF is password-protected ({name})") from None
        raise InputError(f"PDF cannot be read (damaged or unsupported: {name})") from None
    if not pages:
        raise InputError("PDF has no pages")
    glyphs = sum(len("".join(p.split())) for p in pages)
    if glyphs == 0:
        raise InputError(NO_TEXT)
    undefined = sum(p.count("\ufffd") for p in pages)
    if undefined > glyphs / 2:
        raise InputError("PDF text layer has no Unicode mapping for its fonts; OCR is not supported")
    starts, offset = [], 0
    for p in pages:
        starts.append(offset)
        offset += len(p) + len(PAGE_BREAK)
    return PAGE_BREAK.join(pages) + "\n", tuple(starts), _info_title(document)


class _Aggregator(PDFPageAggregator):
    """Page layout with overprinted duplicate glyphs dropped and undefined glyphs as U+FFFD."""

    def __init__(self, manager: PDFResourceManager):
        super().__init__(manager, laparams=LAParams(char_margin=CHAR_MARGIN, boxes_flow=None, all_texts=True))
        self.recent: dict[str, list[tuple[float, float]]] = {}

    def begin_page(self, page, ctm):
        self.recent = {}
        super().begin_page(page, ctm)

    def render_char(self, *args, **kwargs):
        adv = super().render_char(*args, **kwargs)
        item = self.cur_item._objs[-1]
        text = item.get_text()
        tol = OVERPRINT * max(item.width, item.height, 1e-3)
        seen = self.recent.setdefault(text, [])
        if text.strip() and any(abs(item.x0 - x) < tol and abs(item.y0 - y) < tol for x, y in seen):
            self.cur_item._objs.pop()
        else:
            seen.append((item.x0, item.y0))
            del seen[:-16]
        return adv

    def handle_undefined_char(self, font, cid):
        return "\ufffd"


def _info_title(document) -> str | None:
    for info in document.info or []:
        raw = info.get("Title")
        value = getattr(raw, "resolve", lambda: raw)() if raw is not None else None
        if isinstance(value, bytes):
            value = decode_text(value)
        if isinstance(value, str):
            value = " ".join(value.split())
            if value and value.lower() not in ("untitled", "无标题"):
                return value
    return None


# ---------------------------------------------------------------- lines

def _page_text(layout) -> str:
    lines = [line for line in _lines(layout, layout.height) if line.text.strip()]
    ordered = _xy_order(_without_page_numbers(lines))
    out = []
    for prev, line in zip([None] + ordered, ordered):
        if prev is not None:
            out.append("\n" if _same_block(prev, line) else "\n\n")
        out.append(line.text)
    return "".join(out)


def _without_page_numbers(lines: list[_Line]) -> list[_Line]:
    """Drop bare page numbers (``3``, ``- 3 -``, ``第3版``) printed above or below all other text: left
    in, they would split a sentence that runs on to the next page."""
    body = [l for l in lines if not PAGE_NUMBER.match(l.text)]
    if not body or len(body) == len(lines):
        return lines
    top, bottom = min(l.top for l in body), max(l.bottom for l in body)
    return [l for l in lines if not (PAGE_NUMBER.match(l.text) and (l.bottom <= top or l.top >= bottom))]


def _lines(item, height: float):
    if isinstance(item, LTTextLine):
        chars = sorted((c for c in item if isinstance(c, LTChar)), key=lambda c: c.x0)
        if chars:
            text = _line_text(chars)
            sizes = sorted(c.size for c in chars)
            yield _Line(item.x0, height - item.y1, item.x1, height - item.y0, sizes[len(sizes) // 2], text)
    elif isinstance(item, LTContainer):
        for child in item:
            yield from _lines(child, height)


def _line_text(chars) -> str:
    parts: list[str] = []
    prev = None
    for c in chars:
        text = normalize_glyph(c.get_text())
        if prev is not None and text.strip() and parts and not parts[-1].isspace():
            gap = c.x0 - prev.x1
            if gap > 0.25 * max(c.size, prev.size) and not (_is_cjk(parts[-1][-1]) and _is_cjk(text[0])):
                parts.append(" ")
        parts.append(text)
        prev = c
    return "".join(parts).rstrip()


def _is_cjk(ch: str) -> bool:
    o = ord(ch)
    return 0x2E80 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0xFF00 <= o <= 0xFFEF or 0x20000 <= o <= 0x3FFFF


@lru_cache(maxsize=1)
def _radicals() -> dict[str, str]:
    table = {}
    text = resources.files("zhkg.extract").joinpath("resources/cjk_radicals.tsv").read_text(encoding="utf-8")
    for row in text.splitlines():
        if row and not row.startswith("#"):
            radical, ideograph, _ = row.split("\t", 2)
            table[chr(int(radical, 16))] = chr(int(ideograph, 16))
    return table


def normalize_glyph(text: str) -> str:
    """Radicals and compatibility ideographs that stand for a unified ideograph become it; Latin
    ligatures become their letters."""
    out = []
    for ch in text:
        o = ord(ch)
        if 0x2E80 <= o <= 0x2EFF:
            ch = _radicals().get(ch, ch)
        elif ch == "\u2f3e":  # KANGXI RADICAL DOOR: SC fonts draw it as the mainland form 户, not 戶
            ch = "\u6237"
        elif 0x2F00 <= o <= 0x2FDF or 0xF900 <= o <= 0xFAFF:
            norm = unicodedata.normalize("NFKC", ch)
            ch = norm if len(norm) == 1 else ch
        elif 0xFB00 <= o <= 0xFB06:  # Latin ligatures (ﬁ) become their letters
            ch = unicodedata.normalize("NFKC", ch)
        out.append(ch)
    return "".join(out)


# ---------------------------------------------------------------- reading order

def _xy_order(lines: list[_Line]) -> list[_Line]:
    """Recursive XY-cut: column gutters first (columns are read top to bottom); a region whose gutter
    is crossed by a few lines (headlines) is cut above and below them; else at its widest band."""
    if len(lines) < 2:
        return list(lines)
    em = sorted(l.size for l in lines)[len(lines) // 2]
    head, lines, tail = _peel_furniture(lines, em)
    if head or tail:
        return _xy_order(head) + _xy_order(lines) + _xy_order(tail)
    gutters = [(a + b) / 2 for a, b in _gaps([(l.x0, l.x1) for l in lines]) if b - a >= MIN_GUTTER * em]
    if gutters:
        groups = _split(lines, gutters, lambda l: (l.x0 + l.x1) / 2)
    else:
        groups = _around_spanners(lines, em) or _at_widest_band(lines)
        if not groups:
            return sorted(lines, key=lambda l: (l.top, l.x0))
    return [line for group in groups for line in _xy_order(group)]


def _peel_furniture(lines: list[_Line], em: float):
    """Split off a top or bottom band of at most three small-print lines (running heads, editor
    lines, page numbers) so that they do not land inside a column."""
    bands = _gaps([(l.top, l.bottom) for l in lines])
    head: list[_Line] = []
    tail: list[_Line] = []
    if bands:
        first, last = bands[0], bands[-1]
        above = [l for l in lines if l.bottom <= first[0]]
        below = [l for l in lines if l.top >= last[1]]
        small = em / SIZE_CHANGE
        if len(above) <= FURNITURE_LINES and all(l.size <= small for l in above):
            head = above
        if len(below) <= FURNITURE_LINES and all(l.size <= small for l in below):
            tail = below
    if len(lines) - len(head) - len(tail) < 1:
        return [], lines, []
    rest = [l for l in lines if l not in head and l not in tail]
    return head, rest, tail


def _around_spanners(lines: list[_Line], em: float) -> list[list[_Line]] | None:
    """Find a gutter that only a few lines cross (at most a tenth, with at least two whole lines on
    each side); cut the region into horizontal segments above, at and below each crossing line."""
    limit = max(1, len(lines) // 10)
    edges = sorted({l.x0 for l in lines} | {l.x1 for l in lines})
    best = None
    for a, b in zip(edges, edges[1:]):
        if b - a < MIN_GUTTER * em:
            continue
        crossing = [l for l in lines if l.x0 < b and l.x1 > a]
        if len(crossing) > limit:
            continue
        left = sum(1 for l in lines if l.x1 <= a)
        right = sum(1 for l in lines if l.x0 >= b)
        if left >= 2 and right >= 2 and (best is None or len(crossing) < len(best)):
            best = crossing
    if not best:
        return None
    spanners = set(map(id, best))
    groups: list[list[_Line]] = [[]]
    for line in sorted(lines, key=lambda l: (l.top, l.x0)):
        if id(line) in spanners:
            groups += [[line], []]
        else:
            groups[-1].append(line)
    return [g for g in groups if g]


def _at_widest_band(lines: list[_Line]) -> list[list[_Line]] | None:
    bands = _gaps([(l.top, l.bottom) for l in lines])
    if not bands:
        return None
    widest = max(b - a for a, b in bands)
    cuts = [(a + b) / 2 for a, b in bands if b - a >= TIE * widest]
    return _split(lines, cuts, lambda l: (l.top + l.bottom) / 2)


def _gaps(intervals: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Empty stretches between the union of the intervals."""
    gaps = []
    intervals = sorted(intervals)
    reach = intervals[0][1]
    for a, b in intervals[1:]:
        if a > reach:
            gaps.append((reach, a))
        reach = max(reach, b)
    return gaps


def _split(lines: list[_Line], cuts: list[float], key) -> list[list[_Line]]:
    import bisect

    groups: list[list[_Line]] = [[] for _ in range(len(cuts) + 1)]
    for line in lines:
        groups[bisect.bisect_left(cuts, key(line))].append(line)
    return [g for g in groups if g]


def _same_block(a: _Line, b: _Line) -> bool:
    """Whether ``b`` continues the running text of ``a`` (one newline) or starts a new block."""
    if max(a.size, b.size) > SIZE_CHANGE * min(a.size, b.size):
        return False
    height = max(a.bottom - a.top, b.bottom - b.top, 1e-3)
    below = b.top >= a.bottom - 0.5 * height
    overlap = min(a.x1, b.x1) - max(a.x0, b.x0)
    if below and overlap > 0:
        return b.top - a.bottom <= PARAGRAPH_GAP * height
    return True  # a column break (or a piece of the same line): the text runs on
