"""XML text from a tree of tuples, byte for byte what ``ElementTree.indent`` + ``tostring`` give.

An element is ``(tag, attrs, body)``: ``body`` is a list of child elements, or the element's text
(``None`` or ``""``: an empty element); a childless element may also be given already written
(``leaf``), which is how the exports write their many ``<data>``/``<attvalue>`` elements. Building tuples and joining strings is several times faster
than ElementTree's objects and serializer for the GraphML and GEXF exports, with the same output:
attributes in insertion order, ``<tag />`` when empty, two spaces per level, and ElementTree's
escaping (``tests/graph/test_xmlwrite.py`` compares the two).
"""

from __future__ import annotations

INDENT = "  "


def escape_text(text: str) -> str:
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text


def escape_attr(text: str) -> str:
    text = escape_text(text)
    if '"' in text:
        text = text.replace('"', "&quot;")
    if "\r" in text:
        text = text.replace("\r", "&#13;")
    if "\n" in text:
        text = text.replace("\n", "&#10;")
    if "\t" in text:
        text = text.replace("\t", "&#09;")
    return text


def leaf(tag: str, attrs: dict, text: str | None = None) -> str:
    """An element without children, already written: a string may stand for it in a tree."""
    head = "<" + tag + "".join([f' {k}="{escape_attr(v)}"' for k, v in attrs.items()])
    return f"{head}>{escape_text(text)}</{tag}>" if text else head + " />"


def to_string(root: tuple) -> str:
    """The element and its descendants, indented."""
    out: list[str] = []
    _write(root, 0, out)
    return "".join(out)


def _write(element: tuple | str, level: int, out: list[str]) -> None:
    if isinstance(element, str):  # a leaf()
        out.append(element)
        return
    tag, attrs, body = element
    if not isinstance(body, list) or not body:
        out.append(leaf(tag, attrs, body))
        return
    out.append("<" + tag + "".join([f' {k}="{escape_attr(v)}"' for k, v in attrs.items()]) + ">")
    pad = "\n" + INDENT * (level + 1)
    for child in body:
        out.append(pad)
        _write(child, level + 1, out)
    out.append("\n" + INDENT * level + "</" + tag + ">")
