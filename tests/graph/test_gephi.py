"""GraphML and GEXF open ready in Gephi and read back, unchanged, by independent readers."""

from __future__ import annotations

import io
import math
import xml.etree.ElementTree as ET

import networkx as nx
import pytest

from zhkg.extract.model import DocResult, Entity, Evidence, Mention, Relation
from zhkg.graph.build import build_graph
from zhkg.graph.export_gexf import gexf_bytes
from zhkg.graph.export_graphml import graphml_bytes
from zhkg.graph.flatten import flatten_graph

GRAPHML_NS = "{http://graphml.graphdrawing.org/xmlns}"
GEXF_NS = "{http://gexf.net/1.3}"
VIZ_NS = "{http://gexf.net/1.3/viz}"
CONTROL = ("\x01", "\x0b")


def _doc(doc_id: str, year: int) -> DocResult:
    """Two organizations, a place with adcode/coordinates and an event, with noisy PDF text."""
    org_a, org_b, place, event = "ORG:甲\x01委员会", "ORG:乙协会", "PLACE:丙县", "EVENT:丁\x0b论坛"
    sent = Evidence(doc_id, 0, 30, "甲委员会\x0b与乙协会\r\n在丙县举办丁论坛|第一\x01届", page=1)
    entities = (
        Entity(org_a, "ORG", "甲\x01委员会", aliases=("甲委", "委员会|甲", "甲\x0b委")),
        Entity(org_b, "ORG", "乙协会", aliases=("乙协会",), merge_rules=("surface",)),
        Entity(place, "PLACE", "丙县", aliases=("丙县", "丙"), attrs=(("adcode", "110106"), ("lat", 39.86), ("lon", 116.28), ("admin_level", 3))),
        Entity(event, "EVENT", "丁\x0b论坛", aliases=("丁论坛",)),
    )
    mentions = tuple(Mention(doc_id, i, i + 2, "xx", key, "test", sent) for i, key in enumerate((org_a, org_b, place, event, org_a)))
    relations = (
        Relation(org_a, "ORGANIZES", event, sent, cue="举办", rule="cue"),
        Relation(org_a, "PARTICIPATES_IN", event, sent, cue="参加", rule="cue"),  # parallel to ORGANIZES
        Relation(org_a, "CO_OCCURS", event, sent, rule="same_sentence"),
        Relation(org_b, "COOPERATES_WITH", org_a, sent, cue="与", rule="cue"),
        Relation(event, "HELD_AT", place, sent, cue="在", rule="cue"),
    )
    return DocResult(doc_id, f"/x/{doc_id}", "utf-8", 100, year, entities, mentions, relations, home="丙县")


@pytest.fixture(scope="module")
def noisy_graph() -> nx.MultiDiGraph:
    return build_graph([_doc("a.txt", 2022), _doc("b|c.txt", 2025)])


@pytest.fixture(scope="module")
def laid_out(noisy_graph) -> nx.MultiDiGraph:
    g = noisy_graph.copy()
    for i, node in enumerate(g):
        g.nodes[node]["x"], g.nodes[node]["y"] = 10.5 * i, -3.25 * i
    return g


def _write(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _same(a, b) -> bool:
    return type(a) is type(b) and (a == b or (isinstance(a, float) and math.isclose(a, b)))


@pytest.mark.parametrize("layout", [False, True])
def test_graphml_round_trips_through_networkx(noisy_graph, laid_out, layout, tmp_path):
    graph = laid_out if layout else noisy_graph
    flat = flatten_graph(graph)
    back = nx.read_graphml(_write(tmp_path, "g.graphml", graphml_bytes(graph)), force_multigraph=True)
    assert sorted(back.nodes) == sorted(flat.nodes)
    for node, data in flat.nodes(data=True):
        got = back.nodes[node]
        assert got.keys() == data.keys(), node
        assert all(_same(got[k], v) for k, v in data.items()), (node, got, data)
    assert back.number_of_edges() == flat.number_of_edges() == graph.number_of_edges()
    assert sorted(k for _, _, k in back.edges(keys=True)) == sorted(k for _, _, k in flat.edges(keys=True))
    for u, v, key, data in flat.edges(keys=True, data=True):
        got = back.edges[u, v, key]
        assert got.keys() == data.keys() and all(_same(got[k], x) for k, x in data.items()), (key, got, data)


@pytest.mark.parametrize("layout", [False, True])
def test_graphml_round_trips_through_igraph(noisy_graph, laid_out, layout, tmp_path):
    igraph = pytest.importorskip("igraph")
    graph = laid_out if layout else noisy_graph
    flat = flatten_graph(graph)
    g = igraph.Graph.Read_GraphML(str(_write(tmp_path, "g.graphml", graphml_bytes(graph))))
    assert sorted(g.vs["id"]) == sorted(flat.nodes)
    for vertex in g.vs:
        for name, value in flat.nodes[vertex["id"]].items():
            got = vertex[name]
            if isinstance(value, bool):
                assert got is value, name
            elif isinstance(value, (int, float)):  # igraph keeps every number as a float
                assert isinstance(got, float) and math.isclose(got, value), (name, got, value)
            else:
                assert got == value, (name, got, value)
    # python-igraph 1.0 fills the edge "id" attribute with vertex ids, so compare by content
    names = [n for n in g.es.attributes() if n != "id"]
    back = sorted(
        (g.vs[e.source]["id"], g.vs[e.target]["id"], tuple(str(e[n]) for n in names)) for e in g.es
    )
    want = sorted(
        (u, v, tuple(str(float(d[n]) if isinstance(d.get(n), int) and not isinstance(d[n], bool) else d.get(n, "")) for n in names))
        for u, v, d in flat.edges(data=True)
    )
    assert back == want


def test_graphml_keys_are_typed_for_gephi(laid_out):
    root = ET.fromstring(graphml_bytes(laid_out))
    keys = root.findall(f"{GRAPHML_NS}key")
    ids = [k.get("id") for k in keys]
    assert len(ids) == len(set(ids)), "node and edge keys must not share an id"
    types = {(k.get("for"), k.get("attr.name")): k.get("attr.type") for k in keys}
    assert all(name for _, name in types), "no empty key"
    expected = {
        ("node", "label"): "string", ("node", "mentions"): "int", ("node", "lat"): "double", ("node", "lon"): "double",
        ("node", "adcode"): "string", ("node", "size"): "double", ("node", "r"): "int", ("node", "g"): "int",
        ("node", "b"): "int", ("node", "x"): "double", ("node", "y"): "double", ("node", "from_reference"): "boolean",
        ("edge", "label"): "string", ("edge", "weight"): "int", ("edge", "typed"): "boolean", ("edge", "relation"): "string",
    }
    assert {k: types.get(k) for k in expected} == expected
    edge_ids = [e.get("id") for e in root.iter(f"{GRAPHML_NS}edge")]
    assert len(edge_ids) == laid_out.number_of_edges() == len(set(edge_ids))
    for data in root.iter(f"{GRAPHML_NS}data"):
        assert data.text and data.text != "None"
    graph = root.find(f"{GRAPHML_NS}graph")
    first_edge = [child.tag for child in graph].index(f"{GRAPHML_NS}edge")
    assert all(child.tag == f"{GRAPHML_NS}edge" for child in list(graph)[first_edge:]), "nodes before edges (igraph)"


def test_no_xml_illegal_characters_and_separators_survive(noisy_graph):
    for data in (graphml_bytes(noisy_graph), gexf_bytes(noisy_graph)):
        assert not any(c.encode() in data for c in CONTROL)
        assert b"\r" not in data and b"&#13;" not in data
    back = nx.read_graphml(io.BytesIO(graphml_bytes(noisy_graph)), force_multigraph=True)
    assert back.nodes["ORG:甲委员会"]["aliases"].split("|") == ["委员会｜甲", "甲委"]
    assert back.nodes["ORG:甲委员会"]["label"] == "甲委员会"
    assert back.nodes["ORG:甲委员会"]["documents"].split("|") == ["a.txt", "b｜c.txt"]


@pytest.mark.parametrize("layout", [False, True])
def test_gexf_round_trips_through_networkx(noisy_graph, laid_out, layout, tmp_path):
    graph = laid_out if layout else noisy_graph
    flat = flatten_graph(graph)
    back = nx.read_gexf(_write(tmp_path, "g.gexf", gexf_bytes(graph)))
    assert isinstance(back, nx.MultiDiGraph)  # the parallel ORGANIZES / PARTICIPATES_IN edges stay apart
    assert sorted(back.nodes) == sorted(flat.nodes)
    for node, data in flat.nodes(data=True):
        got = dict(back.nodes[node])
        viz = got.pop("viz")
        assert viz["color"] == {"r": data["r"], "g": data["g"], "b": data["b"], "a": 1.0}
        assert viz["size"] == data["size"]
        if layout:
            assert viz["position"] == {"x": data["x"], "y": data["y"], "z": 0.0}
        else:
            assert "position" not in viz
        want = {k: v for k, v in data.items() if k not in {"r", "g", "b", "size", "x", "y"}}
        assert got.keys() == want.keys() and all(_same(got[k], v) for k, v in want.items()), (node, got, want)
    assert back.number_of_edges() == flat.number_of_edges()
    for u, v, key, data in flat.edges(keys=True, data=True):
        got = dict(back.edges[u, v, key])
        assert got.pop("id") == key
        assert got.pop("weight") == float(data["weight"])
        want = {k: x for k, x in data.items() if k != "weight"}
        assert got.keys() == want.keys() and all(_same(got[k], x) for k, x in want.items()), (key, got, want)


def test_gexf_viz_and_attribute_types_parse(laid_out):
    root = ET.fromstring(gexf_bytes(laid_out))
    graph = root.find(f"{GEXF_NS}graph")
    declared = {}
    for attrs in graph.findall(f"{GEXF_NS}attributes"):
        for a in attrs.findall(f"{GEXF_NS}attribute"):
            assert a.get("title"), "no empty attribute title"
            declared[(attrs.get("class"), a.get("id"))] = (a.get("title"), a.get("type"))
    titles = {(cls, title): kind for (cls, _), (title, kind) in declared.items()}
    assert titles[("node", "mentions")] == "integer" and titles[("node", "lat")] == "double"
    assert titles[("node", "adcode")] == "string" and titles[("edge", "typed")] == "boolean"
    parse = {"integer": int, "long": int, "double": float, "string": str,
             "boolean": lambda s: {"true": True, "false": False}[s]}
    checked = 0
    for cls, tag in (("node", "node"), ("edge", "edge")):
        for element in graph.iter(f"{GEXF_NS}{tag}"):
            for av in element.iter(f"{GEXF_NS}attvalue"):
                title, kind = declared[(cls, av.get("for"))]
                value = parse[kind](av.get("value"))
                assert value != "" and av.get("value") != "None", title
                checked += 1
    assert checked > 50
    nodes = graph.findall(f"{GEXF_NS}nodes/{GEXF_NS}node")
    assert len(nodes) == laid_out.number_of_nodes()
    flat = flatten_graph(laid_out)
    for node in nodes:
        color = node.find(f"{VIZ_NS}color")
        assert all(0 <= int(color.get(c)) <= 255 for c in "rgb")
        assert float(node.find(f"{VIZ_NS}size").get("value")) >= 8
        pos = node.find(f"{VIZ_NS}position")
        assert flat.nodes[node.get("id")]["x"] == float(pos.get("x"))
        assert node.get("label")
    edges = graph.findall(f"{GEXF_NS}edges/{GEXF_NS}edge")
    assert len({e.get("id") for e in edges}) == len(edges) == laid_out.number_of_edges()
    kinds = sorted(e.get("kind") for e in edges)
    assert kinds == sorted(k for _, _, k in laid_out.edges(keys=True))
    assert all(float(e.get("weight")) >= 1 and e.get("label") for e in edges)
    assert root.find(f"{GEXF_NS}meta").get("lastmodifieddate") == "2000-01-01"


def test_exports_are_deterministic(noisy_graph):
    again = build_graph([_doc("b|c.txt", 2025), _doc("a.txt", 2022)])
    assert graphml_bytes(noisy_graph) == graphml_bytes(again)
    assert gexf_bytes(noisy_graph) == gexf_bytes(again)


def test_each_attribute_has_one_type():
    g = nx.MultiDiGraph()
    g.add_node("a", label="A", type="ORG", mentions=1, score=1, note=7, flag=True, lat=float("nan"), empty="", none=None)
    g.add_node("b", label="B", type="ORG", mentions=2, score=2.5, note="seven", flag=False, x=1.0)  # x without y
    g.add_edge("a", "b", key="LEADS", weight=2, relation="LEADS")
    g.add_edge("b", "a", key="LEADS", weight=0.5, relation="LEADS")
    flat = flatten_graph(g)
    a, b = flat.nodes["a"], flat.nodes["b"]
    assert (a["score"], b["score"]) == (1.0, 2.5) and type(a["score"]) is float
    assert (a["note"], b["note"]) == ("7", "seven")
    assert a["flag"] is True and b["flag"] is False
    for absent in ("lat", "empty", "none", "x"):
        assert absent not in a and absent not in b
    weights = sorted(d["weight"] for *_, d in flat.edges(data=True))
    assert weights == [0.5, 2.0] and all(type(w) is float for w in weights)
    root = ET.fromstring(graphml_bytes(g))
    types = {k.get("attr.name"): k.get("attr.type") for k in root.findall(f"{GRAPHML_NS}key")}
    assert types["score"] == "double" and types["note"] == "string" and types["weight"] == "double"


def test_sample_files_agree_between_readers(sample_output, sample_run):
    igraph = pytest.importorskip("igraph")
    path = sample_output / "graph.graphml"
    nxg = nx.read_graphml(path, force_multigraph=True)
    ig = igraph.Graph.Read_GraphML(str(path))
    gx = nx.read_gexf(sample_output / "graph.gexf")
    assert sorted(nxg.nodes) == sorted(ig.vs["id"]) == sorted(gx.nodes) == sorted(sample_run.graph.nodes)
    edges = sorted((u, v, d["relation"]) for u, v, d in nxg.edges(data=True))
    assert edges == sorted((ig.vs[e.source]["id"], ig.vs[e.target]["id"], e["relation"]) for e in ig.es)
    assert edges == sorted((u, v, d["relation"]) for u, v, d in gx.edges(data=True))
    assert edges == sorted((u, v, k) for u, v, k in sample_run.graph.edges(keys=True))
    for node, data in sample_run.graph.nodes(data=True):
        assert nxg.nodes[node]["mentions"] == data["mentions"] and type(nxg.nodes[node]["mentions"]) is int
