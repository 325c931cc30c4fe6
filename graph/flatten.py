"""Turn rich node/edge attributes into the scalar, typed values file formats accept.

Lists become sorted ``|``-joined strings, evidence records become their sentences (one per
line) plus a ``provenance`` string ``doc:start-end``, ``None`` is dropped and XML-illegal control
characters are removed.
"""

from __future__ import annotations

import re

import networkx as nx

from zhkg.extract.model import Evidence

_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
TYPE_COLORS = {
    "ORG": "#4e79a7",
    "PLACE": "#59a14f",
    "EVENT": "#f28e2b",
    "TOPIC": "#b07aa1",
    "PERSON": "#e15759",
    "DOCUMENT": "#9c755f",
}


def xml_safe(text: str) -> str:
    return _XML_ILLEGAL.sub("", text)


def flat_value(name: str, value):
    """One attribute as a scalar (str, int, float, bool) or None to drop it."""
    if value is None:
        return None
    if isinstance(value, bool | int | float):
        return value
    if isinstance(value, str):
        return xml_safe(value)
    if isinstance(value, (list, tuple, set)):
        items = list(value)
        if items and isinstance(items[0], Evidence):
            return xml_safe("\n".join(ev.text for ev in items))
        if items and isinstance(items[0], tuple):
            return xml_safe("|".join(f"{d}:{s}-{e}" for d, s, e in items))
        return xml_safe("|".join(str(v) for v in items))
    return xml_safe(str(value))


def provenance(evidence: list[Evidence]) -> str:
    return "|".join(f"{ev.doc_id}:{ev.start}-{ev.end}" for ev in evidence)


def flatten_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy with only scalar attributes, plus Gephi's colour and size conventions."""
    flat = nx.MultiDiGraph()
    for node, data in graph.nodes(data=True):
        attrs = {}
        for k, v in data.items():
            fv = flat_value(k, v)
            if fv is not None:
                attrs[k] = fv
        if "evidence" in data:
            attrs["provenance"] = provenance(data["evidence"])
        color = TYPE_COLORS.get(data.get("type"), "#999999")
        attrs.update(color_attrs(color))
        attrs["size"] = float(8 + 4 * (data.get("mentions", 0) ** 0.5))
        flat.add_node(node, **attrs)
    for i, (u, v, key, data) in enumerate(graph.edges(keys=True, data=True)):
        attrs = {}
        for k, val in data.items():
            fv = flat_value(k, val)
            if fv is not None:
                attrs[k] = fv
        attrs["provenance"] = provenance(data.get("evidence", []))
        attrs["id"] = f"e{i}"
        flat.add_edge(u, v, key=key, **attrs)
    return flat


def color_attrs(hex_color: str) -> dict:
    r, g, b = (int(hex_color[i : i + 2], 16) for i in (1, 3, 5))
    return {"color": hex_color, "r": r, "g": g, "b": b}
