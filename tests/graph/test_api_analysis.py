"""graph/analysis.py on a small hand-made graph (exact answers) and on the samples (invariants)."""

from __future__ import annotations

import math

import networkx as nx
import pytest

from zhkg.extract.model import DocResult, Entity, Evidence, Mention, Relation
from zhkg.graph import analysis
from zhkg.graph.build import build_graph


def _doc(doc_id: str, year: int, relations: list[tuple[str, str, str]]) -> DocResult:
    keys = sorted({k for h, _, t in relations for k in (h, t)})
    ev = Evidence(doc_id, 0, 10, f"{doc_id} 的一句话")
    entities = tuple(
        Entity(k, k.split(":")[0], k.split(":")[1], aliases=(k.split(":")[1][:2],) if k.startswith("PLACE") else ())
        for k in keys
    )
    mentions = tuple(Mention(doc_id, 0, 2, "xx", k, "test", ev) for k in keys)
    rels = tuple(Relation(h, r, t, ev, rule="test") for h, r, t in relations)
    return DocResult(doc_id, doc_id, "utf-8", 10, year, entities, mentions, rels)


# Two clusters (甲 around 甲市, 乙 around 乙市) joined by one cooperation; a co-occurrence shortcut
# between the places that typed-only paths must ignore; an event on the way that "via ORG" must avoid.
OLD = [
    ("ORG:甲市政协", "LOCATED_IN", "PLACE:甲市"),
    ("ORG:甲市政协", "ORGANIZES", "EVENT:甲论坛"),
    ("EVENT:甲论坛", "HELD_AT", "PLACE:甲市"),
    ("ORG:甲市政府", "LOCATED_IN", "PLACE:甲市"),
    ("ORG:甲市政府", "PARTICIPATES_IN", "EVENT:甲论坛"),
    ("ORG:甲市政协", "COOPERATES_WITH", "ORG:乙市政协"),
    ("PLACE:甲市", "CO_OCCURS", "PLACE:乙市"),
]
NEW = [
    ("ORG:乙市政协", "LOCATED_IN", "PLACE:乙市"),
    ("ORG:乙市政协", "ORGANIZES", "EVENT:乙论坛"),
    ("ORG:乙市政府", "LOCATED_IN", "PLACE:乙市"),
    ("ORG:乙市政府", "PARTICIPATES_IN", "EVENT:乙论坛"),
    ("ORG:甲市政协", "COOPERATES_WITH", "ORG:乙市政协"),
    ("EVENT:甲论坛", "HELD_AT", "PLACE:乙市"),
]


@pytest.fixture(scope="module")
def small():
    results = [_doc("old.txt", 2022, OLD), _doc("new.txt", 2025, NEW)]
    return build_graph(results), results


def test_centrality_is_undirected_simple_and_ranked(small):
    graph, _ = small
    table = analysis.centrality(graph)
    assert len(table) == graph.number_of_nodes()
    assert math.isclose(table["pagerank"].sum(), 1.0)
    assert list(table["pagerank"]) == sorted(table["pagerank"], reverse=True)
    degree = dict(zip(table["id"], table["degree"]))
    assert degree["ORG:甲市政协"] == 3  # 甲市, 甲论坛, 乙市政协 (linked in both years: still one neighbour)
    assert degree["PLACE:乙市"] == 4  # 乙市政协, 乙市政府, 甲论坛, 甲市 (co-occurrence)
    assert analysis.centrality(graph, typed_only=True).set_index("id").loc["PLACE:乙市", "degree"] == 3
    assert table.equals(analysis.centrality(graph))


def test_communities_are_seeded_and_labelled(small):
    graph, _ = small
    table = analysis.communities(graph)
    members = [set(m) for m in table["members"]]
    assert set().union(*members) == set(graph.nodes) and sum(map(len, members)) == len(graph)
    assert list(table["size"]) == sorted(table["size"], reverse=True)
    by_node = analysis.community_of(table)
    assert by_node["ORG:乙市政府"] == by_node["EVENT:乙论坛"]
    assert by_node["ORG:甲市政府"] != by_node["ORG:乙市政府"]
    for row in table.itertuples():
        assert row.label.split(" · ") == [graph.nodes[n]["label"] for n in row.top]
        assert row.top == row.members[:3]
    assert table.equals(analysis.communities(graph))


def test_neighbourhood_by_name_or_alias(small):
    graph, _ = small
    assert analysis.find_node(graph, "乙市") == "PLACE:乙市"  # label
    assert analysis.find_node(graph, "PLACE:乙市") == "PLACE:乙市"  # id
    assert analysis.find_node(graph, "甲论") == "EVENT:甲论坛"  # prefix of a label
    assert analysis.find_node(graph, "乙市", types=["ORG"]) == "ORG:乙市政协"  # shortest label first
    with pytest.raises(KeyError, match="丙"):
        analysis.find_node(graph, "丙")
    table = analysis.neighbourhood(graph, "乙市")
    assert set(table["head"]) | set(table["tail"]) == {"PLACE:乙市", "ORG:乙市政协", "ORG:乙市政府", "EVENT:甲论坛", "PLACE:甲市"}
    assert list(table["relation"])[-1] == "CO_OCCURS"  # typed relations first
    assert "CO_OCCURS" not in set(analysis.neighbourhood(graph, "乙市", typed_only=True)["relation"])


def test_path_between_places_goes_through_organizations(small):
    graph, _ = small
    path = analysis.shortest_path(graph, "甲市", "乙市")
    assert path == ["PLACE:甲市", "ORG:甲市政协", "ORG:乙市政协", "PLACE:乙市"]
    steps = analysis.path_edges(graph, path)
    assert list(steps["relation"]) == ["LOCATED_IN", "COOPERATES_WITH", "LOCATED_IN"]
    assert analysis.shortest_path(graph, "甲市", "乙市", typed_only=False) == ["PLACE:甲市", "PLACE:乙市"]
    assert analysis.shortest_path(graph, "甲市", "乙市", via=None) == ["PLACE:甲市", "EVENT:甲论坛", "PLACE:乙市"]
    assert analysis.shortest_path(graph, "甲市", "乙市", via=["PERSON"]) == []


def test_compare_two_years(small):
    graph, results = small
    years = analysis.documents_by_year(results)
    assert years == {2022: ["old.txt"], 2025: ["new.txt"]}
    diff = analysis.compare_documents(graph, years[2022], years[2025])
    assert set(diff["entities_only_a"]["id"]) == {"ORG:甲市政府", "PLACE:甲市"}
    assert set(diff["entities_only_b"]["id"]) == {"ORG:乙市政府", "EVENT:乙论坛"}
    edges = lambda t: set(zip(t["head"], t["relation"], t["tail"]))  # noqa: E731
    assert edges(diff["edges_both"]) == {("ORG:乙市政协", "COOPERATES_WITH", "ORG:甲市政协")}
    assert ("ORG:甲市政协", "ORGANIZES", "EVENT:甲论坛") in edges(diff["edges_only_a"])
    assert ("EVENT:甲论坛", "HELD_AT", "PLACE:乙市") in edges(diff["edges_only_b"])
    assert all("CO_OCCURS" not in t["relation"].values for t in (diff["edges_only_a"], diff["edges_only_b"]))
    assert len(diff["edges_only_a"]) + len(diff["edges_both"]) == 6  # the 7 old relations minus co-occurrence


def test_analysis_reads_graphml_too(small, tmp_path):
    from zhkg.graph.export_graphml import write_graphml

    graph, _ = small
    write_graphml(graph, tmp_path / "g.graphml")
    back = nx.read_graphml(tmp_path / "g.graphml", force_multigraph=True)
    assert analysis.shortest_path(back, "甲市", "乙市") == analysis.shortest_path(graph, "甲市", "乙市")
    a, b = analysis.compare_documents(back, "old.txt", "new.txt"), analysis.compare_documents(graph, "old.txt", "new.txt")
    assert all(a[k]["head"].tolist() == b[k]["head"].tolist() for k in ("edges_only_a", "edges_only_b"))


def test_samples_invariants(sample_run):
    graph = sample_run.graph
    table = analysis.communities(graph)
    assert sum(table["size"]) == graph.number_of_nodes()
    assert table.equals(analysis.communities(graph))
    docs = sorted(r.doc_id for r in sample_run.results)
    diff = analysis.compare_documents(graph, docs[0], docs[1])
    for side, doc in (("a", docs[0]), ("b", docs[1])):
        sub = analysis.document_subgraph(graph, doc)
        assert len(diff[f"entities_only_{side}"]) + len(diff["entities_both"]) == sub.number_of_nodes()
        assert len(diff[f"edges_only_{side}"]) + len(diff["edges_both"]) == sub.number_of_edges()
