"""graph.html of the sample corpus, driven in headless Debian chromium (Playwright)."""

from __future__ import annotations

import math
from pathlib import Path

import networkx as nx
import pytest

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
QUERY = "小龙河"


class Page:
    """A loaded explorer page plus everything it logged or requested."""

    def __init__(self, browser, path: Path):
        self.errors, self.requests = [], []
        self.page = browser.new_page(viewport={"width": 1400, "height": 850})
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.goto(path.as_uri())
        self.page.wait_for_function("() => document.body.dataset.ready === '1'", timeout=30_000)

    def js(self, expr: str, arg=None):
        return self.page.evaluate(expr, arg)

    def node_index(self, node_id: str) -> int:
        return self.js("id => DATA.nodes.findIndex(n => n.id === id)", node_id)

    def shot(self, name: str) -> None:
        ARTIFACTS.mkdir(exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / name))


@pytest.fixture(scope="module")
def page(browser, sample_output):
    p = Page(browser, sample_output / "graph.html")
    yield p
    p.page.close()


def _typed(graph):
    return [(u, v, k) for u, v, k in graph.edges(keys=True) if k != "CO_OCCURS"]


def test_page_loads_offline_without_errors(page, sample_output):
    assert page.errors == []
    assert page.requests == [(sample_output / "graph.html").as_uri()]
    assert page.js("document.scripts.length") == 3  # vis-network, the data, ours: nothing fetched


def test_every_node_is_drawn_at_the_shared_layout(page, sample_run, sample_output):
    graph = sample_run.graph
    assert graph.number_of_nodes() <= 2000  # the default limit: everything is shown
    assert page.js("zhkgExplorer.nodes.length") == graph.number_of_nodes()
    assert page.js("document.body.dataset.nodesVisible") == str(graph.number_of_nodes())
    assert page.js("zhkgExplorer.network.body.nodeIndices.length") == graph.number_of_nodes()
    assert page.js("document.getElementById('truncated').hidden") is True
    # positions in the page are the ones GraphML carries
    graphml = nx.read_graphml(sample_output / "graph.graphml")
    carried = page.js("Object.fromEntries(DATA.nodes.map(n => [n.id, [n.x, n.y]]))")
    for node, xy in page_positions(page).items():
        expected = (float(graphml.nodes[node]["x"]), float(graphml.nodes[node]["y"]))
        assert tuple(carried[node]) == pytest.approx(expected, abs=1e-9)
        assert (xy["x"], xy["y"]) == expected


def test_reference_only_nodes_look_different(page, sample_run):
    drawn = page.js("zhkgExplorer.nodes.get().map(n => [DATA.nodes[n.id].id, n.shapeProperties.borderDashes, n.color.background])")
    assert len(drawn) == sample_run.graph.number_of_nodes()
    for node, dashes, background in drawn:
        if sample_run.graph.nodes[node]["mentions"] == 0:
            assert dashes and background == "#eeeeee", node
        else:
            assert dashes is False and background != "#eeeeee", node


def test_search_selects_focuses_and_shows_evidence(page, sample_run):
    graph = sample_run.graph
    exact = [n for n, d in graph.nodes(data=True) if d["label"] == QUERY or QUERY in d.get("aliases", [])]
    assert exact, f"the sample graph has no node named {QUERY}"
    target = sorted(exact, key=lambda n: (graph.nodes[n]["label"] != QUERY, -graph.nodes[n]["mentions"], n))[0]
    page.page.fill("#search", QUERY)
    assert page.js("document.querySelectorAll('#results button').length") >= 1
    page.page.press("#search", "Enter")
    index = page.node_index(target)
    assert page.js("zhkgExplorer.network.getSelectedNodes()") == [index]
    page.page.wait_for_function(  # the focus animation ends with the node in the middle of the view
        """i => { const p = zhkgExplorer.network.getPositions([i])[i], v = zhkgExplorer.network.getViewPosition();
                  return Math.hypot(p.x - v.x, p.y - v.y) < 1; }""", arg=index, timeout=5000)
    data = graph.nodes[target]
    assert page.js("document.getElementById('title').textContent") == data["label"]
    details = page.js("document.getElementById('details').textContent")
    assert data["evidence"], "the searched node has no evidence sentence"
    ev = data["evidence"][0]
    assert ev.text in details and f"{ev.doc_id} : {ev.start}–{ev.end}" in details
    for doc in data["documents"]:
        assert doc in details
    for u, v, k in _typed(graph):  # each typed edge of the node, with its label and evidence
        if target in (u, v):
            edge = graph.edges[u, v, k]
            assert f"{edge['label']} ({k})" in details
            assert edge["evidence"][0].text in details
    page.shot("explorer_search.png")


def test_search_finds_an_alias(page, sample_run):
    graph = sample_run.graph
    labels = {d["label"] for _, d in graph.nodes(data=True)}
    owners: dict[str, list] = {}
    for node, d in graph.nodes(data=True):
        for alias in d.get("aliases", []):
            owners.setdefault(alias, []).append(node)
    candidates = sorted((a, nodes[0]) for a, nodes in owners.items() if len(nodes) == 1 and a not in labels)
    assert candidates, "no node of the sample graph has an alias of its own"
    alias, node = candidates[0]
    page.page.fill("#search", alias)
    page.page.press("#search", "Enter")
    assert page.js("zhkgExplorer.network.getSelectedNodes()") == [page.node_index(node)]
    assert page.js("document.getElementById('title').textContent") == graph.nodes[node]["label"]


def test_type_filter_hides_nodes(page, sample_run):
    graph = sample_run.graph
    by_type: dict[str, int] = {}
    for _, t in graph.nodes(data="type"):
        by_type[t] = by_type.get(t, 0) + 1
    etype = max(sorted(by_type), key=by_type.get)
    box = f"#types input[data-id='{etype}']"
    page.page.uncheck(box)
    try:
        assert page.js("document.body.dataset.nodesVisible") == str(graph.number_of_nodes() - by_type[etype])
        assert page.js("zhkgExplorer.network.body.nodeIndices.length") == graph.number_of_nodes() - by_type[etype]
        hidden = page.js("t => DATA.nodes.map((n, i) => [n.type, zhkgExplorer.network.body.nodeIndices.includes(i)])", etype)
        assert all(shown != (t == etype) for t, shown in hidden)
        page.shot("explorer_type_filter.png")
    finally:
        page.page.check(box)
    assert page.js("document.body.dataset.nodesVisible") == str(graph.number_of_nodes())


def test_relation_filter(page, sample_run):
    graph = sample_run.graph
    typed = _typed(graph)
    assert typed, "the sample graph has no typed relation"
    visible = lambda: int(page.js("document.body.dataset.edgesVisible"))  # noqa: E731
    assert visible() == len(typed)  # co-occurrences hidden by default
    cooc = graph.number_of_edges() - len(typed)
    if cooc:
        page.page.check("#relations input[data-id='CO_OCCURS']")
        assert visible() == graph.number_of_edges()
        page.page.uncheck("#relations input[data-id='CO_OCCURS']")
    relation = sorted({k for _, _, k in typed})[0]
    count = sum(1 for _, _, k in typed if k == relation)
    page.page.uncheck(f"#relations input[data-id='{relation}']")
    assert visible() == len(typed) - count
    drawn = page.js("zhkgExplorer.network.body.edgeIndices.map(i => zhkgExplorer.edges.get(i).relation)")
    assert relation not in drawn and len(drawn) == len(typed) - count
    page.page.check(f"#relations input[data-id='{relation}']")
    assert visible() == len(typed)


def _click_at(page, position: dict) -> None:
    """Centre the view on a graph position at a readable zoom, then click the canvas there."""
    page.js("p => zhkgExplorer.network.moveTo({position: p, scale: 2.5})", position)
    box = page.page.locator("#graph canvas").bounding_box()
    dom = page.js("p => zhkgExplorer.network.canvasToDOM(p)", position)
    page.page.mouse.click(box["x"] + dom["x"], box["y"] + dom["y"])


def test_clicking_a_node_shows_its_evidence(page, sample_run):
    graph = sample_run.graph
    target = max(sorted(graph.nodes), key=lambda n: graph.nodes[n]["mentions"])
    index = page.node_index(target)
    _click_at(page, page.js("i => zhkgExplorer.network.getPositions([i])[i]", index))
    assert page.js("zhkgExplorer.network.getSelectedNodes()") == [index]
    assert page.js("document.getElementById('title').textContent") == graph.nodes[target]["label"]
    details = page.js("document.getElementById('details').textContent")
    assert all(ev.text in details for ev in graph.nodes[target]["evidence"][:5])
    page.shot("explorer_click.png")


def test_clicking_an_edge_shows_its_evidence(page, sample_run):
    graph = sample_run.graph
    # the longest typed edge: its midpoint is far from both ends
    pos = {n: (d["x"], d["y"]) for n, d in page_positions(page).items()}
    u, v, k = max(_typed(graph), key=lambda e: (math.dist(pos[e[0]], pos[e[1]]), e))
    mid = {"x": (pos[u][0] + pos[v][0]) / 2, "y": (pos[u][1] + pos[v][1]) / 2}
    page.js("() => zhkgExplorer.network.unselectAll()")
    _click_at(page, mid)
    selected = page.js("zhkgExplorer.network.getSelectedEdges()")
    assert len(selected) == 1
    edge = page.js("i => DATA.edges[i]", selected[0])
    ids = page.js("DATA.nodes.map(n => n.id)")
    u, v, k = ids[edge["from"]], ids[edge["to"]], edge["relation"]
    assert page.js("document.getElementById('title').textContent") == graph.edges[u, v, k]["label"]
    details = page.js("document.getElementById('details').textContent")
    assert graph.edges[u, v, k]["evidence"][0].text in details


def page_positions(page) -> dict:
    """Node id -> the drawn position (vis-network's own, unrounded)."""
    return page.js("Object.fromEntries(DATA.nodes.map((n, i) => [n.id, {x: zhkgExplorer.network.body.nodes[i].x, y: zhkgExplorer.network.body.nodes[i].y}]))")


def test_over_the_limit_the_page_says_what_it_shows(browser, sample_run, tmp_path):
    from zhkg.graph.export_html import write_html
    from zhkg.graph.layout import with_layout

    graph = with_layout(sample_run.graph)
    limit = 40
    write_html(graph, tmp_path / "small.html", max_nodes=limit)
    p = Page(browser, tmp_path / "small.html")
    try:
        assert p.errors == []
        assert p.js("zhkgExplorer.nodes.length") == limit
        banner = p.page.locator("#truncated")
        assert banner.is_visible()
        assert f"showing {limit} of {graph.number_of_nodes()} nodes; GraphML/GEXF keep everything" in banner.text_content()
        shown = set(p.js("DATA.nodes.map(n => n.id)"))
        induced = [(u, v, k) for u, v, k in _typed(graph) if u in shown and v in shown]
        assert int(p.js("document.body.dataset.edgesVisible")) == len(induced) > 0
    finally:
        p.page.close()


def test_a_search_without_hits_says_so(page):
    page.page.fill("#search", "不存在的机构名称")
    assert page.js("document.querySelectorAll('#results button').length") == 0
    assert "没有" in page.js("document.getElementById('results').textContent")
    page.page.press("#search", "Enter")
    assert "没有" in page.js("document.getElementById('results').textContent")
