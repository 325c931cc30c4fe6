"""A self-contained HTML explorer (vis-network inlined, no external URL)."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from .atomic import write_text
from .flatten import TYPE_COLORS

TEMPLATES = Path(__file__).parent / "templates"


def _vis_js() -> str:
    import pyvis

    return (Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2" / "vis-network.min.js").read_text(encoding="utf-8")


def graph_payload(graph: nx.MultiDiGraph, max_nodes: int | None = None) -> dict:
    nodes = []
    for node, d in graph.nodes(data=True):
        nodes.append({
            "id": node, "label": d["label"], "type": d["type"], "mentions": d.get("mentions", 0),
            "aliases": d.get("aliases", []), "documents": d.get("documents", []),
            "evidence": [ev.text for ev in d.get("evidence", [])][:5],
        })
    edges = []
    for u, v, k, d in graph.edges(keys=True, data=True):
        edges.append({"from": u, "to": v, "relation": k, "label": d["label"], "weight": d["weight"],
                      "evidence": [ev.text for ev in d.get("evidence", [])][:5]})
    return {"nodes": nodes, "edges": edges, "colors": TYPE_COLORS}


def safe_json(data) -> str:
    """JSON that can sit inside a <script> element: no ``</script>`` or HTML comment can close it."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def render_html(graph: nx.MultiDiGraph, max_nodes: int | None = None) -> str:
    template = (TEMPLATES / "explorer.html").read_text(encoding="utf-8")
    return template.replace("/*VIS_JS*/", _vis_js()).replace("/*GRAPH_DATA*/null", safe_json(graph_payload(graph, max_nodes)))


def write_html(graph: nx.MultiDiGraph, path: Path, max_nodes: int | None = None) -> None:
    write_text(path, render_html(graph, max_nodes))
