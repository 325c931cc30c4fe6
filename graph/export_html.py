"""The self-contained HTML explorer: one file, vis-network inlined, zero external URLs.

The page gets a JSON payload in a ``<script type="application/json">`` element (nodes with their
precomputed layout, edges, a shared table of evidence sentences) and draws it with physics off.
Past ``max_nodes`` only the most important nodes are shown (ranked by mentions plus typed
relations, then by all relations) and the page says so. All document text travels as JSON data and the page only ever writes it with
``textContent``; the JSON is escaped so nothing in it can close the ``<script>`` element.
"""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from zhkg.extract.model import ENTITY_LABELS_ZH, RELATION_LABELS_ZH, SYMMETRIC_RELATIONS

from .atomic import write_text
from .flatten import TYPE_COLORS

TEMPLATES = Path(__file__).parent / "templates"
NODE_EVIDENCE = 5  # evidence sentences carried per node
EDGE_EVIDENCE = 3  # ... and per edge
_INTERNAL = {"label", "type", "type_label", "aliases", "mentions", "documents", "evidence", "spans",
             "merge_rules", "from_reference", "x", "y"}


def _vis_js() -> str:
    from importlib.util import find_spec

    pyvis = find_spec("pyvis")  # located, not imported: importing pyvis pulls in IPython (~1 s)
    if pyvis is None or not pyvis.submodule_search_locations:
        raise RuntimeError("pyvis is not installed; it provides the vis-network library for graph.html")
    path = Path(pyvis.submodule_search_locations[0]) / "templates" / "lib" / "vis-9.1.2" / "vis-network.min.js"
    # these only occur inside string literals, where the escaped forms mean the same characters
    return path.read_text(encoding="utf-8").replace("</script", "<\\/script").replace("<script", "\\x3Cscript").replace("<!--", "\\x3C!--")


def select_nodes(graph: nx.MultiDiGraph, max_nodes: int | None) -> list:
    """The nodes to show: all of them, or the ``max_nodes`` most important, in graph order."""
    if max_nodes is None or graph.number_of_nodes() <= max_nodes:
        return list(graph.nodes())
    typed = dict.fromkeys(graph.nodes(), 0)
    for u, v, key in graph.edges(keys=True):
        if key != "CO_OCCURS":
            typed[u] += 1
            typed[v] += 1
    degree = dict(graph.degree())
    ranked = sorted(graph.nodes(), key=lambda n: (-(graph.nodes[n].get("mentions", 0) + typed[n]), -degree[n], n))
    keep = set(ranked[:max_nodes])
    return [n for n in graph.nodes() if n in keep]


class _Tables:
    """Documents and evidence sentences, stored once and referred to by index."""

    def __init__(self):
        self.docs: dict[str, int] = {}
        self.sentences: dict[tuple, int] = {}

    def doc(self, doc_id: str) -> int:
        return self.docs.setdefault(doc_id, len(self.docs))

    def sentence(self, ev) -> int:
        key = (self.doc(ev.doc_id), ev.start, ev.end, ev.text)
        return self.sentences.setdefault(key, len(self.sentences))


def graph_payload(graph: nx.MultiDiGraph, max_nodes: int | None = None) -> dict:
    """Everything the page needs, as plain JSON-ready data (deterministic order)."""
    if any("x" not in d or "y" not in d for _, d in graph.nodes(data=True)):
        from .layout import compute_layout

        positions = compute_layout(graph)
    else:
        positions = {n: (d["x"], d["y"]) for n, d in graph.nodes(data=True)}
    shown = select_nodes(graph, max_nodes)
    index = {node: i for i, node in enumerate(shown)}
    tables = _Tables()
    nodes = []
    for node in shown:
        d = graph.nodes[node]
        evidence = list(d.get("evidence", []))
        x, y = positions[node]
        nodes.append({
            "id": node, "label": d.get("label", node), "type": d.get("type", ""),
            "mentions": int(d.get("mentions", 0)), "aliases": list(d.get("aliases", [])),
            "documents": [tables.doc(doc) for doc in d.get("documents", [])],
            "evidence": [tables.sentence(ev) for ev in evidence[:NODE_EVIDENCE]],
            "evidence_total": len(evidence), "reference": int(d.get("mentions", 0)) == 0,
            "attrs": {k: v for k, v in sorted(d.items()) if k not in _INTERNAL and isinstance(v, str | int | float)},
            "x": x, "y": y,
        })
    edges = []
    relations: dict[str, int] = {}
    for u, v, key, d in graph.edges(keys=True, data=True):
        if u not in index or v not in index:
            continue
        evidence = list(d.get("evidence", []))
        relations[key] = relations.get(key, 0) + 1
        edges.append({
            "from": index[u], "to": index[v], "relation": key, "weight": d.get("weight", len(evidence)),
            "documents": [tables.doc(doc) for doc in d.get("documents", [])],
            "evidence": [tables.sentence(ev) for ev in evidence[:EDGE_EVIDENCE]],
            "evidence_total": len(evidence),
        })
    types: dict[str, int] = {}
    for n in nodes:
        types[n["type"]] = types.get(n["type"], 0) + 1
    return {
        "meta": {"nodes_total": graph.number_of_nodes(), "edges_total": graph.number_of_edges(),
                 "nodes_shown": len(nodes), "edges_shown": len(edges), "truncated": len(nodes) < graph.number_of_nodes()},
        "types": [{"id": t, "label": ENTITY_LABELS_ZH.get(t, t), "color": TYPE_COLORS.get(t, "#999999"), "count": types[t]}
                  for t in _schema_order(types, ENTITY_LABELS_ZH)],
        "relations": [{"id": r, "label": RELATION_LABELS_ZH.get(r, r), "symmetric": r in SYMMETRIC_RELATIONS, "count": relations[r]}
                      for r in _schema_order(relations, RELATION_LABELS_ZH)],
        "docs": list(tables.docs),
        "sentences": [list(key) for key in tables.sentences],
        "nodes": nodes,
        "edges": edges,
    }


def _schema_order(present: dict, schema: dict) -> list[str]:
    order = list(schema)
    return sorted(present, key=lambda k: (order.index(k) if k in order else len(order), k))


def safe_json(data) -> str:
    """JSON that can sit inside a <script> element: no ``</script>`` or HTML comment can close it."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def render_html(graph: nx.MultiDiGraph, max_nodes: int | None = None) -> str:
    template = (TEMPLATES / "explorer.html").read_text(encoding="utf-8")
    head, tail = template.split("/*GRAPH_DATA*/", 1)  # a JSON script element: JSON.parse beats a JS literal
    head = head.replace("/*VIS_JS*/", _vis_js(), 1)
    return head + safe_json(graph_payload(graph, max_nodes)) + tail


def write_html(graph: nx.MultiDiGraph, path: Path, max_nodes: int | None = None) -> None:
    write_text(path, render_html(graph, max_nodes))
