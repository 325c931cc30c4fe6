"""GEXF for Gephi: viz colour, size and position native, a fixed date for reproducible bytes."""

from __future__ import annotations

import io
import re
from pathlib import Path

import networkx as nx

from .atomic import write_bytes
from .flatten import flatten_graph

FIXED_DATE = "2000-01-01"


def gexf_bytes(graph: nx.MultiDiGraph) -> bytes:
    flat = flatten_graph(graph)
    for _, data in flat.nodes(data=True):
        viz = {"color": {"r": data["r"], "g": data["g"], "b": data["b"], "a": 1.0}, "size": data["size"]}
        if "x" in data and "y" in data:
            viz["position"] = {"x": float(data["x"]), "y": float(data["y"]), "z": 0.0}
        data["viz"] = viz
    buf = io.BytesIO()
    nx.write_gexf(flat, buf, encoding="utf-8", prettyprint=True)
    data = buf.getvalue()
    return re.sub(rb'lastmodifieddate="[0-9-]+"', f'lastmodifieddate="{FIXED_DATE}"'.encode(), data, count=1)


def write_gexf(graph: nx.MultiDiGraph, path: Path) -> None:
    write_bytes(path, gexf_bytes(graph))
