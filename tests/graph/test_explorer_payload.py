"""The explorer's layout and payload, without a browser."""

from __future__ import annotations

import math
import statistics

import networkx as nx
import pytest

from zhkg.graph import layout
from zhkg.graph.export_html import graph_payload, render_html, select_nodes
from zhkg.graph.layout import compute_layout, with_layout


def _ring_world(n: int, seed: int = 1) -> nx.MultiDiGraph:
    """A connected small-world graph with string ids, as a MultiDiGraph keyed by relation."""
    base = nx.connected_watts_strogatz_graph(n, 6, 0.05, seed=seed)
    g = nx.MultiDiGraph()
    g.add_nodes_from(f"ORG:n{i:04d}" for i in range(n))
    for u, v in base.edges():
        g.add_edge(f"ORG:n{u:04d}", f"ORG:n{v:04d}", key="CO_OCCURS")
    return g


@pytest.mark.parametrize("n", [60, 400])  # spring_layout and the mesh variant
def test_layout_is_deterministic_and_keeps_neighbours_close(n):
    assert (n <= layout.SMALL) == (n == 60)
    g = _ring_world(n)
    pos = compute_layout(g)
    assert pos == compute_layout(g)
    shuffled = nx.MultiDiGraph()  # insertion order does not matter
    shuffled.add_nodes_from(sorted(g, reverse=True))
    shuffled.add_edges_from(sorted(g.edges(keys=True), reverse=True))
    assert compute_layout(shuffled) == pos
    assert set(pos) == set(g) and all(math.isfinite(c) and c == int(c) for xy in pos.values() for c in xy)
    assert len(set(pos.values())) == n  # no two nodes on the same pixel
    edge = statistics.median(math.dist(pos[u], pos[v]) for u, v in g.edges())
    nodes = sorted(g)
    pairs = statistics.median(math.dist(pos[a], pos[b]) for a, b in zip(nodes, nodes[n // 2:] + nodes[: n // 2]))
    assert edge < pairs / 3
    assert layout.EDGE_PX / 3 < edge < layout.EDGE_PX * 3


def test_components_are_packed_without_overlap():
    g = nx.MultiDiGraph()
    for c, size in enumerate([150, 30, 30, 5, 2, 1, 1, 1]):
        ring = _ring_world(size) if size >= 7 else nx.path_graph(size, create_using=nx.MultiDiGraph)
        g.update(nx.relabel_nodes(ring, {v: f"c{c}:{v}" for v in ring}))
    pos = compute_layout(g)
    boxes = []
    for comp in nx.connected_components(g.to_undirected()):
        xs, ys = [pos[v][0] for v in comp], [pos[v][1] for v in comp]
        boxes.append((min(xs), min(ys), max(xs), max(ys)))
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert a[2] < b[0] or b[2] < a[0] or a[3] < b[1] or b[3] < a[1], (a, b)


def test_with_layout_copies(sample_run):
    laid = with_layout(sample_run.graph)
    assert all("x" in d and "y" in d for _, d in laid.nodes(data=True))
    assert not any("x" in d for _, d in sample_run.graph.nodes(data=True))
    assert laid.number_of_edges() == sample_run.graph.number_of_edges()


def test_payload_matches_the_graph(sample_run):
    graph = with_layout(sample_run.graph)
    data = graph_payload(graph)
    assert [n["id"] for n in data["nodes"]] == list(graph.nodes)
    assert len(data["edges"]) == graph.number_of_edges() and not data["meta"]["truncated"]
    for n in data["nodes"]:
        d = graph.nodes[n["id"]]
        assert (n["x"], n["y"]) == (d["x"], d["y"])
        assert n["reference"] == (d["mentions"] == 0)
        assert [data["docs"][i] for i in n["documents"]] == d["documents"]
        texts = [data["sentences"][i] for i in n["evidence"]]
        assert [(data["docs"][s[0]], s[1], s[2], s[3]) for s in texts] == [(e.doc_id, e.start, e.end, e.text) for e in d["evidence"][:5]]
    ids = [n["id"] for n in data["nodes"]]
    for e in data["edges"]:
        d = graph.edges[ids[e["from"]], ids[e["to"]], e["relation"]]
        assert e["weight"] == d["weight"] and e["evidence_total"] == len(d["evidence"])
    assert len({tuple(s) for s in data["sentences"]}) == len(data["sentences"])  # each sentence stored once
    assert {t["id"] for t in data["types"]} == {t for _, t in graph.nodes(data="type")}
    assert sum(r["count"] for r in data["relations"]) == graph.number_of_edges()


def test_the_limit_keeps_the_most_important_nodes(sample_run):
    graph = sample_run.graph
    keep = select_nodes(graph, 30)
    assert len(keep) == 30 and keep == [n for n in graph if n in set(keep)]
    score = {n: graph.nodes[n]["mentions"] + sum(1 for *_, k in graph.edges(n, keys=True) if k != "CO_OCCURS")
             + sum(1 for *_, k in graph.in_edges(n, keys=True) if k != "CO_OCCURS") for n in graph}
    assert min(score[n] for n in keep) >= max(score[n] for n in graph if n not in set(keep))
    data = graph_payload(graph, max_nodes=30)
    assert data["meta"] == {"nodes_total": graph.number_of_nodes(), "edges_total": graph.number_of_edges(),
                            "nodes_shown": 30, "edges_shown": len(data["edges"]), "truncated": True}
    assert select_nodes(graph, None) == select_nodes(graph, 10**6) == list(graph)


def test_html_is_deterministic_self_contained_and_laid_out_once(sample_run):
    laid = with_layout(sample_run.graph)
    page = render_html(laid)
    assert page == render_html(laid)
    assert render_html(sample_run.graph) == page  # without x/y the page computes the same layout
    assert "https://" not in page.split("<script>", 1)[0]  # the head links to nothing
    assert page.count("<script") == 3 and page.count("</script>") == 3


def test_an_empty_graph_still_renders():
    empty = nx.MultiDiGraph()
    assert compute_layout(empty) == {}
    data = graph_payload(empty, max_nodes=10)
    assert data["nodes"] == data["edges"] == [] and data["meta"]["truncated"] is False
    assert '<script type="application/json" id="zhkg-data">{' in render_html(empty)
