"""Main text and title of a saved web page (lxml), decoded by its declared charset.

Charset: a byte-order mark; bytes that are valid UTF-8 (a page re-saved as UTF-8 often keeps its old
declaration); the declared ``<meta charset>`` / ``http-equiv`` / XML encoding (GB2312 and GBK are read
as their superset GB18030); else GB18030.

Main text: scripts, styles, forms, ``nav``/``aside``/``footer`` and headers without the headline are dropped;
every paragraph-like block scores its own text (links not counted) for its parent and, half, its
grandparent; the best-scoring element is the article. Its blocks are kept in document order, except
link lists ("上一篇/下一篇") and short metadata lines (发布时间, 来源, 浏览次数, 分享到). The page headline (the ``h1``/``h2`` outside the article that
best matches ``<title>``) comes first. Blocks are separated by a blank line.
"""

from __future__ import annotations

import codecs
import re

import lxml.html
from lxml import etree

from .errors import InputError

_META_CHARSET = re.compile(rb"""<meta[^>]{0,300}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "cp936": "gb18030", "big5": "big5hkscs", "ascii": "utf-8"}
_DROP = ("script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas",
         "select", "button", "input", "textarea", "form", "nav", "aside", "head")
BLOCKS = {"p", "div", "section", "article", "main", "td", "th", "tr", "table", "li", "ul", "ol", "dl", "dt",
          "dd", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote", "center", "header", "footer",
          "figure", "figcaption", "address", "body", "hr"}
_PARAGRAPHS = {"p", "pre", "td", "li", "dd", "blockquote", "h2", "h3", "h4", "h5", "h6", "div", "section", "font", "span"}
LINK_DENSITY = 0.5  # a block whose text is more than half link text is navigation
META_MAX = 80  # a block this short with a byline / date / hit-counter label is page metadata
_META_LINE = re.compile(r"(发布时间|发布日期|来源\s*[:：]|作者\s*[:：]|浏览(次数)?\s*[:：]|点击(数|量|率)?\s*[:：]|阅读(数|量)?\s*[:：]|字号\s*[:：]|分享到\s*[:：]|打印本页|关闭窗口)")


def read_html(data: bytes) -> tuple[str, str | None, str]:
    """``(main_text, title, encoding)`` of an HTML page."""
    text, encoding = decode_html(data)
    text = _XML_DECLARATION.sub("", text, count=1)
    if not text.strip():
        raise InputError("empty web page")
    try:
        root = lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError) as exc:
        raise InputError(f"web page cannot be parsed ({exc.__class__.__name__})") from None
    title = page_title(root)
    main = main_text(root, title)
    if not main.strip():
        raise InputError("web page has no main text")
    return main, title, encoding


def decode_html(data: bytes) -> tuple[str, str]:
    """Decode by BOM, then the declared charset, then UTF-8, then GB18030."""
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(codec, errors="replace"), codec
    head = data[:8192]
    m = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    declared = m.group(1).decode("ascii").lower() if m else None
    try:
        declared_codec = codecs.lookup(_SUPERSETS.get(declared, declared)).name if declared else None
    except LookupError:
        declared_codec = None
    order = (declared_codec, "utf-8", "gb18030")
    if declared_codec != "utf-8" and not data.isascii() and _valid_utf8(data):
        order = ("utf-8", declared_codec, "gb18030")  # re-saved as UTF-8 with the old declaration left in
    for codec in [c for c in order if c]:
        try:
            decoded = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if declared and codec != declared_codec:
            return decoded, f"{codec} (declared {declared}, but the bytes are {codec})"
        if declared and declared != codec:
            return decoded, f"{codec} (declared {declared})"
        return decoded, codec
    return data.decode("gb18030", errors="replace"), "gb18030 (with replacement characters)"


def _valid_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def page_title(root) -> str | None:
    for el in root.iter("title"):
        title = " ".join((el.text_content() or "").split())
        if title:
            return title
    for el in root.iterfind(".//meta[@property='og:title']"):
        title = " ".join((el.get("content") or "").split())
        if title:
            return title
    return None


def main_text(root, title: str | None = None) -> str:
    _drop_boilerplate(root)
    body = root.find("body")
    if body is None:
        body = root
    article = _best_container(body)
    blocks = _blocks(article)
    headline = _headline(body, article, title)
    if headline and not any(headline in b for b in blocks[:3]):
        blocks.insert(0, headline)
    return "\n\n".join(blocks)


def _drop_boilerplate(root) -> None:
    for el in list(root.iter(etree.Comment, etree.ProcessingInstruction)):
        _remove(el)
    for el in list(root.iter(*_DROP)):
        _remove(el)
    for el in list(root.iter("header", "footer")):
        if el.tag == "footer" or (el.find(".//h1") is None and not _inside(el, ("article", "main"))):
            _remove(el)
    for el in list(root.iter()):
        if not isinstance(el.tag, str):
            continue
        style = (el.get("style") or "").replace(" ", "").lower()
        if el.get("hidden") is not None or "display:none" in style or "visibility:hidden" in style:
            _remove(el)


def _remove(el) -> None:
    """Remove an element but keep its tail text."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


def _inside(el, tags) -> bool:
    parent = el.getparent()
    while parent is not None:
        if parent.tag in tags:
            return True
        parent = parent.getparent()
    return False


def _weight(text: str) -> int:
    """Content weight of a text: Chinese characters and words, plus a bonus for sentence punctuation."""
    cjk = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    words = len(re.findall(r"[A-Za-z0-9]+", text))
    punct = sum(text.count(p) for p in "，。；：！？,.;")
    return cjk + words + 3 * punct


def _own_text(el) -> tuple[str, str]:
    """The text directly in ``el`` and its inline children (not in nested blocks), and its link text."""
    text, links = [el.text or ""], []
    for child in el:
        if not isinstance(child.tag, str):
            text.append(child.tail or "")
            continue
        if child.tag not in BLOCKS:
            inner = child.text_content()
            text.append(inner)
            if child.tag == "a" or child.find(".//a") is not None:
                links.append(inner if child.tag == "a" else "".join(a.text_content() for a in child.iter("a")))
        text.append(child.tail or "")
    return "".join(text), "".join(links)


def _best_container(body):
    scores: dict = {}
    for el in body.iter():
        if not isinstance(el.tag, str) or el.tag not in _PARAGRAPHS:
            continue
        text, links = _own_text(el)
        weight = _weight(text) - _weight(links)
        if weight < 10:
            continue
        parent = el.getparent()
        if parent is None:
            continue
        scores[parent] = scores.get(parent, 0) + weight
        grand = parent.getparent()
        if grand is not None:
            scores[grand] = scores.get(grand, 0) + weight / 2
    if not scores:
        return body
    return max(scores, key=lambda el: (scores[el], -len(list(el.iterancestors()))))


def _blocks(container) -> list[str]:
    """Text blocks of ``container`` in document order, link lists dropped."""
    blocks: list[tuple[list[str], list[int]]] = [([], [0, 0])]

    def new_block():
        if blocks[-1][0]:
            blocks.append(([], [0, 0]))

    def add(text: str, in_link: bool):
        if text:
            blocks[-1][0].append(text)
            n = _weight(text)
            blocks[-1][1][0] += n
            if in_link:
                blocks[-1][1][1] += n

    def walk(el, in_link: bool):
        tag = el.tag if isinstance(el.tag, str) else ""
        block = tag in BLOCKS
        link = in_link or tag == "a"
        if block:
            new_block()
        if tag == "br":
            add("\n", False)
        elif tag:
            add(el.text or "", link)
            for child in el:
                walk(child, link)
        if block:
            new_block()
        add(el.tail or "", in_link)

    add(container.text or "", False)
    for child in container:
        walk(child, False)
    out = []
    for parts, (weight, link_weight) in blocks:
        text = _tidy("".join(parts))
        if not text or (weight and link_weight > LINK_DENSITY * weight):
            continue
        if len(text) <= META_MAX and _META_LINE.search(text):
            continue
        out.append(text)
    return out


def _tidy(text: str) -> str:
    """Collapse source whitespace; keep ``<br>`` breaks; no spaces between Chinese characters."""
    lines = []
    for line in text.split("\n"):
        line = " ".join(line.split())
        line = re.sub(r"(?<=[\u3000-\u9fff\uff00-\uffef]) (?=[\u3000-\u9fff\uff00-\uffef])", "", line)
        if line:
            lines.append(line)
    return "\n".join(lines)


def _headline(body, article, title: str | None) -> str | None:
    """The page headline: an h1/h2 outside the article, the one sharing most characters with the title."""
    candidates = []
    for el in body.iter("h1", "h2"):
        if el is article or article in el.iterancestors():
            continue
        text = _tidy(el.text_content()).replace("\n", "")
        if text:
            candidates.append(text)
    if not candidates:
        return None
    if title:
        return max(candidates, key=lambda t: (_shared(t, title), -candidates.index(t)))
    return candidates[0]


def _shared(a: str, b: str) -> int:
    """Length of the longest common substring."""
    best = 0
    for i in range(len(a)):
        for j in range(i + best + 1, len(a) + 1):
            if a[i:j] in b:
                best = j - i
            else:
                break
    return best
