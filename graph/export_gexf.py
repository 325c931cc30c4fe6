"""GEXF 1.3 for Gephi: colour, size and position as native ``viz`` elements, typed attributes.

Node and edge labels and edge weights are native GEXF fields; each edge's ``kind`` is its relation
id, so Gephi keeps parallel edges of different relations apart. The meta date is fixed so the
same graph always gives the same bytes.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx

from .atomic import write_bytes
from .export_graphml import XML_DECLARATION, xml_text
from .flatten import flatten_graph

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


def _attributes(parent: ET.Element, rows: list[dict], cls: str, native: set) -> dict[str, str]:
    values: dict[str, list] = {}
    for row in rows:
        for k, v in row.items():
            if k not in native:
                values.setdefault(k, []).append(v)
    element = ET.SubElement(parent, "attributes", {"class": cls, "mode": "static"})
    ids = {}
    for i, (name, vals) in enumerate(values.items()):
        ids[name] = name if _SIMPLE_NAME.fullmatch(name) else str(i)
        ET.SubElement(element, "attribute", {"id": ids[name], "title": name, "type": gexf_type(type(vals[0]), vals)})
    return ids


def _attvalues(parent: ET.Element, attrs: dict, ids: dict) -> None:
    values = [(ids[k], v) for k, v in attrs.items() if k in ids]
    if values:
        element = ET.SubElement(parent, "attvalues")
        for attr_id, value in values:
            ET.SubElement(element, "attvalue", {"for": attr_id, "value": xml_text(value)})


def gexf_bytes(graph: nx.MultiDiGraph) -> bytes:
    flat = flatten_graph(graph)
    root = ET.Element("gexf", {"xmlns": NS, "xmlns:viz": NS_VIZ, "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
                               "xsi:schemaLocation": SCHEMA, "version": "1.3"})
    ET.SubElement(ET.SubElement(root, "meta", {"lastmodifieddate": FIXED_DATE}), "creator").text = "zhkg"
    g = ET.SubElement(root, "graph", {"defaultedgetype": "directed", "mode": "static"})
    node_ids = _attributes(g, [d for _, d in flat.nodes(data=True)], "node", NATIVE_NODE)
    edge_ids = _attributes(g, [d for _, _, d in flat.edges(data=True)], "edge", NATIVE_EDGE)
    nodes = ET.SubElement(g, "nodes")
    for node, d in flat.nodes(data=True):
        el = ET.SubElement(nodes, "node", {"id": node, "label": str(d.get("label", node))})
        _attvalues(el, d, node_ids)
        ET.SubElement(el, "viz:color", {"r": str(d["r"]), "g": str(d["g"]), "b": str(d["b"]), "a": "1.0"})
        ET.SubElement(el, "viz:size", {"value": xml_text(d["size"])})
        if "x" in d and "y" in d:
            ET.SubElement(el, "viz:position", {"x": xml_text(d["x"]), "y": xml_text(d["y"]), "z": "0.0"})
    edges = ET.SubElement(g, "edges")
    for u, v, key, d in flat.edges(keys=True, data=True):
        attrs = {"id": key, "source": u, "target": v, "kind": str(d.get("relation", ""))}
        if "label" in d:
            attrs["label"] = str(d["label"])
        if "weight" in d:
            attrs["weight"] = xml_text(float(d["weight"]))
        _attvalues(ET.SubElement(edges, "edge", attrs), d, edge_ids)
    ET.indent(root, space="  ")
    return (XML_DECLARATION + ET.tostring(root, encoding="unicode") + "\n").encode("utf-8")  # one encode: fast


def write_gexf(graph: nx.MultiDiGraph, path: Path) -> None:
    write_bytes(path, gexf_bytes(graph))
