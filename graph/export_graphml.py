"""GraphML for Gephi and other readers: typed scalar attributes, label, size, r/g/b, x/y."""

from __future__ import annotations

import io
from pathlib import Path

import networkx as nx

from .atomic import write_bytes
from .flatten import flatten_graph


def graphml_bytes(graph: nx.MultiDiGraph) -> bytes:
    flat = flatten_graph(graph)
    buf = io.BytesIO()
    nx.write_graphml(flat, buf, encoding="utf-8", prettyprint=True, named_key_ids=True, edge_id_from_attribute="id")
    return buf.getvalue()


def write_graphml(graph: nx.MultiDiGraph, path: Path) -> None:
    write_bytes(path, graphml_bytes(graph))
