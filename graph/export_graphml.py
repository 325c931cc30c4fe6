"""GraphML for Gephi, igraph and NetworkX: one typed key per attribute, Gephi's conventions.

Node keys include ``label``, ``size`` (double), integer ``r``/``g``/``b`` and ``x``/``y`` (double)
when a layout set them; edges carry unique ids ``e0``, ``e1``… and ``label``/``weight``, which
Gephi maps to its own columns. Key ids are prefixed (``n_label``, ``e_label``) so node and edge
keys never share an id.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx

from .atomic import write_bytes
from .flatten import flatten_graph

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


def _data(parent: ET.Element, attrs: dict, keys: dict) -> None:
    for name, value in attrs.items():
        ET.SubElement(parent, "data", {"key": keys[name][0]}).text = xml_text(value)


def graphml_bytes(graph: nx.MultiDiGraph) -> bytes:
    flat = flatten_graph(graph)
    node_keys = _keys([d for _, d in flat.nodes(data=True)], "node")
    edge_keys = _keys([d for _, _, d in flat.edges(data=True)], "edge")
    root = ET.Element("graphml", {"xmlns": NS, "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
                                  "xsi:schemaLocation": SCHEMA})
    for scope, keys in (("node", node_keys), ("edge", edge_keys)):
        for name, (key_id, kind) in keys.items():
            ET.SubElement(root, "key", {"id": key_id, "for": scope, "attr.name": name, "attr.type": kind})
    g = ET.SubElement(root, "graph", {"id": "G", "edgedefault": "directed"})
    for node, attrs in flat.nodes(data=True):
        _data(ET.SubElement(g, "node", {"id": node}), attrs, node_keys)
    for u, v, key, attrs in flat.edges(keys=True, data=True):
        _data(ET.SubElement(g, "edge", {"id": key, "source": u, "target": v}), attrs, edge_keys)
    ET.indent(root, space="  ")
    return (XML_DECLARATION + ET.tostring(root, encoding="unicode") + "\n").encode("utf-8")  # one encode: fast


def write_graphml(graph: nx.MultiDiGraph, path: Path) -> None:
    write_bytes(path, graphml_bytes(graph))
