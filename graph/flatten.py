"""Turn rich node/edge attributes into the scalar, typed values file formats accept.

Lists become sorted ``|``-joined strings (a ``|`` inside an item becomes ``｜`` so splitting on
``|`` gives the items back), evidence records become their sentences (one per line) plus a
``provenance`` string ``doc:start-end``. ``None``, empty strings, NaN and infinities are dropped,
XML-illegal characters are removed, and every attribute name has ONE type over the whole graph
(bool, int, float or str), so GraphML/GEXF keys are typed and readers agree on them.
"""

from __future__ import annotations

import math
import re

import networkx as nx

from zhkg.extract.model import Evidence

_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
SEPARATOR, SEPARATOR_IN_ITEM = "|", "\uff5c"
TYPE_COLORS = {
    "ORG": "#4e79a7",
    "PLACE": "#59a14f",
    "EVENT": "#f28e2b",
    "TOPIC": "#b07aa1",
    "PERSON": "#e15759",
    "DOCUMENT": "#9c755f",
}
DEFAULT_COLOR = "#999999"
# Attributes whose type is fixed whatever the values look like (Gephi and the output contract).
FIXED_TYPES = {"adcode": str, "lat": float, "lon": float, "x": float, "y": float, "size": float,
               "r": int, "g": int, "b": int, "mentions": int}
RESERVED = {"id"}  # element ids are written as ids, never as attributes


def xml_safe(text: str) -> str:
    """Remove characters XML 1.0 cannot carry; line breaks become ``\\n`` (parsers fold ``\\r``)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _XML_ILLEGAL.sub("", text)


def _item(value) -> str:
    return xml_safe(str(value)).replace(SEPARATOR, SEPARATOR_IN_ITEM)


def flat_value(name: str, value):
    """One attribute as a scalar (str, int, float, bool) or None to drop it."""
    if value is None:
        return None
    if hasattr(value, "item") and not isinstance(value, (str, bytes, list, tuple, set)):
        value = value.item()  # numpy scalar -> Python scalar
    if isinstance(value, bool | int):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, str):
        return xml_safe(value)
    if isinstance(value, (list, tuple, set, frozenset)):
        items = sorted(value, key=str) if isinstance(value, (set, frozenset)) else list(value)
        if items and isinstance(items[0], Evidence):
            return xml_safe("\n".join(ev.text for ev in items))
        if items and isinstance(items[0], tuple):  # (doc, start, end) spans: few distinct documents
            docs = {d: _item(d) for d in {d for d, _, _ in items}}
            return SEPARATOR.join([f"{docs[d]}:{s}-{e}" for d, s, e in items])
        return SEPARATOR.join(dict.fromkeys(_item(v) for v in items))  # cleaning can make duplicates
    return xml_safe(str(value))


def provenance(evidence: list[Evidence]) -> str:
    return SEPARATOR.join(f"{_item(ev.doc_id)}:{ev.start}-{ev.end}" for ev in evidence)


def color_attrs(hex_color: str) -> dict:
    r, g, b = (int(hex_color[i : i + 2], 16) for i in (1, 3, 5))
    return {"color": hex_color, "r": r, "g": g, "b": b}


def node_size(mentions: int) -> float:
    return float(8 + 4 * (max(mentions, 0) ** 0.5))


def _scalars(data: dict) -> dict:
    out = {}
    for k, v in data.items():
        name = xml_safe(str(k)).strip()
        fv = flat_value(name, v)
        if name and name not in RESERVED and fv is not None and fv != "":
            out[name] = fv
    return out


def _node_attrs(data: dict) -> dict:
    attrs = _scalars(data)
    if data.get("evidence"):
        attrs["provenance"] = provenance(data["evidence"])
    attrs.update(color_attrs(TYPE_COLORS.get(data.get("type"), DEFAULT_COLOR)))
    mentions = data.get("mentions")
    attrs["size"] = node_size(mentions if isinstance(mentions, int) else 0)
    return attrs


def _edge_attrs(key, data: dict) -> dict:
    attrs = _scalars(data)
    attrs.setdefault("relation", xml_safe(str(key)))
    if data.get("evidence"):
        attrs["provenance"] = provenance(data["evidence"])
    return attrs


def _column_type(name: str, values: list) -> type:
    if name in FIXED_TYPES:
        return FIXED_TYPES[name]
    kinds = {type(v) for v in values}
    if kinds == {bool}:
        return bool
    if kinds <= {int}:
        return int
    if kinds <= {int, float}:
        return float
    return str


def _convert(value, kind: type):
    if kind is str:
        return ("true" if value else "false") if isinstance(value, bool) else str(value)
    try:
        out = kind(value)
    except (TypeError, ValueError):
        return None
    return out if kind is not float or math.isfinite(out) else None


def unify_types(rows: list[dict]) -> dict[str, type]:
    """Give each attribute name one type across ``rows`` (in place); return ``{name: type}``."""
    values: dict[str, list] = {}
    for row in rows:
        for k, v in row.items():
            values.setdefault(k, []).append(v)
    types = {name: _column_type(name, vals) for name, vals in values.items()}
    for row in rows:
        for k in list(row):
            v = _convert(row[k], types[k]) if type(row[k]) is not types[k] else row[k]
            if v is None or v == "":
                del row[k]
            else:
                row[k] = v
    return types


def safe_ids(nodes) -> dict:
    """Node -> XML-safe string id; ids that would collide after cleaning get ``~2``, ``~3``…"""
    out, used = {}, set()
    for node in nodes:
        base = xml_safe(str(node)) or "_"
        nid, n = base, 1
        while nid in used:
            n += 1
            nid = f"{base}~{n}"
        used.add(nid)
        out[node] = nid
    return out


def flatten_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy with XML-safe ids, consistently typed scalar attributes and Gephi's conventions.

    Nodes get ``color`` plus integer ``r``/``g``/``b`` (by type) and ``size`` (by mentions); ``x``/``y``
    are kept when a layout set both. Edges get unique keys ``e0``, ``e1``… (the relation id stays
    in the ``relation`` attribute).
    """
    ids = safe_ids(graph.nodes)
    nodes = [(ids[n], _node_attrs(d)) for n, d in graph.nodes(data=True)]
    edges = [(ids[u], ids[v], _edge_attrs(k, d)) for u, v, k, d in graph.edges(keys=True, data=True)]
    unify_types([a for _, a in nodes])
    unify_types([a for _, _, a in edges])
    flat = nx.MultiDiGraph()
    for nid, attrs in nodes:
        if not ("x" in attrs and "y" in attrs):  # a position needs both coordinates
            attrs.pop("x", None)
            attrs.pop("y", None)
        flat.add_node(nid, **attrs)
    for i, (u, v, attrs) in enumerate(edges):
        flat.add_edge(u, v, key=f"e{i}", **attrs)
    return flat
