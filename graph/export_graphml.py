"""GraphML for Gephi, igraph and NetworkX: one typed key per attribute, Gephi's conventions.

Node keys include ``label``, ``size`` (double), integer ``r``/``g``/``b`` and ``x``/``y`` (double)
when a layout set them; edges carry unique ids ``e0``, ``e1``… and ``label``/``weight``, which
Gephi maps to its own columns. Key ids are prefixed (``n_label``, ``e_label``) so node and edge
keys never share an id.
"""

from __future__ import annotations

import re
from pathlib import Path

import networkx as nx

from .atomic import write_bytes
from .flatten import flatten_graph
from .xmlwrite import escape_attr, escape_text, to_string

NS = "http://graphml.graphdrawing.org/xmlns"
SCHEMA = "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"
XML_DECLARATION = "<?xml version='1.0' encoding='utf-8'?>\n"
_SIMPLE_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]*")


def xml_type(kind: type, values) -> str:
    if kind is bool:
        return "boolean"
    if kind is int:
        return "long" if any(abs(v) >= 2**31 for v in values) else "int"
    return "double" if kind is float else "string"


def xml_text(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return repr(value) if isinstance(value, float) else str(value)


def _keys(rows: list[dict], scope: str) -> dict[str, tuple[str, str]]:
    """``{name: (key id, attr.type)}`` in first-seen order."""
    values: dict[str, list] = {}
    for row in rows:
        for k, v in row.items():
            values.setdefault(k, []).append(v)
    keys = {}
    for i, (name, vals) in enumerate(values.items()):
        key_id = f"{scope[0]}_{name}" if _SIMPLE_NAME.fullmatch(name) else f"{scope[0]}_{i}"
        keys[name] = (key_id, xml_type(type(vals[0]), vals))
    return keys


def _data(attrs: dict, heads: dict) -> list[str]:
    """``<data>`` elements, written; ``heads``: attribute name -> its escaped ``<data key="…"`` start."""
    out = []
    for name, value in attrs.items():
        text = escape_text(xml_text(value))
        out.append(f"{heads[name]}>{text}</data>" if text else heads[name] + " />")
    return out


def graphml_bytes(graph: nx.MultiDiGraph, flat: nx.MultiDiGraph | None = None) -> bytes:
    """The GraphML file; ``flat``: ``flatten_graph(graph)`` when the caller already has it."""
    tree = graphml_tree(flatten_graph(graph) if flat is None else flat)
    return (XML_DECLARATION + to_string(tree) + "\n").encode("utf-8")  # one encode: fast


def graphml_tree(flat: nx.MultiDiGraph) -> tuple:
    """The ``<graphml>`` element of a flattened graph, as a ``xmlwrite`` tuple tree."""
    node_keys = _keys([d for _, d in flat.nodes(data=True)], "node")
    edge_keys = _keys([d for _, _, d in flat.edges(data=True)], "edge")
    keys = [("key", {"id": key_id, "for": scope, "attr.name": name, "attr.type": kind}, None)
            for scope, scope_keys in (("node", node_keys), ("edge", edge_keys))
            for name, (key_id, kind) in scope_keys.items()]
    node_heads = {name: f'<data key="{escape_attr(key_id)}"' for name, (key_id, _) in node_keys.items()}
    edge_heads = {name: f'<data key="{escape_attr(key_id)}"' for name, (key_id, _) in edge_keys.items()}
    elements = [("node", {"id": node}, _data(attrs, node_heads)) for node, attrs in flat.nodes(data=True)]
    elements += [("edge", {"id": key, "source": u, "target": v}, _data(attrs, edge_heads))
                 for u, v, key, attrs in flat.edges(keys=True, data=True)]
    return ("graphml", {"xmlns": NS, "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance", "xsi:schemaLocation": SCHEMA},
            keys + [("graph", {"id": "G", "edgedefault": "directed"}, elements)])


def write_graphml(graph: nx.MultiDiGraph, path: Path, flat: nx.MultiDiGraph | None = None) -> None:
    write_bytes(path, graphml_bytes(graph, flat))
