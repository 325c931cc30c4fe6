"""GEXF 1.3 for Gephi: colour, size and position as native ``viz`` elements, typed attributes.

Node and edge labels and edge weights are native GEXF fields; each edge's ``kind`` is its relation
id, so Gephi keeps parallel edges of different relations apart. The meta date is fixed so the
same graph always gives the same bytes.
"""

from __future__ import annotations

import re
from pathlib import Path

import networkx as nx

from .atomic import write_bytes
from .export_graphml import XML_DECLARATION, xml_text
from .flatten import flatten_graph
from .xmlwrite import escape_attr, to_string

NS = "http://gexf.net/1.3"
NS_VIZ = "http://gexf.net/1.3/viz"
SCHEMA = "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd"
FIXED_DATE = "2000-01-01"
NATIVE_NODE = {"label", "r", "g", "b", "size", "x", "y"}  # written as the node's label / viz elements
NATIVE_EDGE = {"label", "weight"}
_SIMPLE_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]*")


def gexf_type(kind: type, values) -> str:
    if kind is bool:
        return "boolean"
    if kind is int:
        return "long" if any(abs(v) >= 2**31 for v in values) else "integer"
    return "double" if kind is float else "string"


def _attributes(rows: list[dict], cls: str, native: set) -> tuple[tuple, dict[str, str]]:
    """The ``<attributes>`` element of a class, and attribute name -> its ``<attvalue`` start."""
    values: dict[str, list] = {}
    for row in rows:
        for k, v in row.items():
            if k not in native:
                values.setdefault(k, []).append(v)
    ids, declared = {}, []
    for i, (name, vals) in enumerate(values.items()):
        ids[name] = name if _SIMPLE_NAME.fullmatch(name) else str(i)
        declared.append(("attribute", {"id": ids[name], "title": name, "type": gexf_type(type(vals[0]), vals)}, None))
    heads = {name: f'<attvalue for="{escape_attr(attr_id)}"' for name, attr_id in ids.items()}
    return ("attributes", {"class": cls, "mode": "static"}, declared), heads


def _attvalues(attrs: dict, heads: dict) -> list[tuple]:
    """The ``<attvalues>`` element (or none); ``heads``: attribute name -> its escaped ``<attvalue for="…"`` start."""
    values = [f'{heads[k]} value="{escape_attr(xml_text(v))}" />' for k, v in attrs.items() if k in heads]
    return [("attvalues", {}, values)] if values else []


def gexf_bytes(graph: nx.MultiDiGraph, flat: nx.MultiDiGraph | None = None) -> bytes:
    """The GEXF file; ``flat``: ``flatten_graph(graph)`` when the caller already has it."""
    tree = gexf_tree(flatten_graph(graph) if flat is None else flat)
    return (XML_DECLARATION + to_string(tree) + "\n").encode("utf-8")  # one encode: fast


def gexf_tree(flat: nx.MultiDiGraph) -> tuple:
    """The ``<gexf>`` element of a flattened graph, as a ``xmlwrite`` tuple tree."""
    node_attributes, node_heads = _attributes([d for _, d in flat.nodes(data=True)], "node", NATIVE_NODE)
    edge_attributes, edge_heads = _attributes([d for _, _, d in flat.edges(data=True)], "edge", NATIVE_EDGE)
    nodes = []
    for node, d in flat.nodes(data=True):
        children = _attvalues(d, node_heads)
        children.append(("viz:color", {"r": str(d["r"]), "g": str(d["g"]), "b": str(d["b"]), "a": "1.0"}, None))
        children.append(("viz:size", {"value": xml_text(d["size"])}, None))
        if "x" in d and "y" in d:
            children.append(("viz:position", {"x": xml_text(d["x"]), "y": xml_text(d["y"]), "z": "0.0"}, None))
        nodes.append(("node", {"id": node, "label": str(d.get("label", node))}, children))
    edges = []
    for u, v, key, d in flat.edges(keys=True, data=True):
        attrs = {"id": key, "source": u, "target": v, "kind": str(d.get("relation", ""))}
        if "label" in d:
            attrs["label"] = str(d["label"])
        if "weight" in d:
            attrs["weight"] = xml_text(float(d["weight"]))
        edges.append(("edge", attrs, _attvalues(d, edge_heads)))
    graph_element = ("graph", {"defaultedgetype": "directed", "mode": "static"},
                     [node_attributes, edge_attributes, ("nodes", {}, nodes), ("edges", {}, edges)])
    return ("gexf", {"xmlns": NS, "xmlns:viz": NS_VIZ, "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
                     "xsi:schemaLocation": SCHEMA, "version": "1.3"},
            [("meta", {"lastmodifieddate": FIXED_DATE}, [("creator", {}, "zhkg")]), graph_element])


def write_gexf(graph: nx.MultiDiGraph, path: Path, flat: nx.MultiDiGraph | None = None) -> None:
    write_bytes(path, gexf_bytes(graph, flat))
