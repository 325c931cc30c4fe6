import csv
import json

import networkx as nx


def test_mentions_point_into_original_files(sample_output, samples):
    originals = {p.name: p.read_text(encoding="utf-8") for p in samples.glob("*.txt")}
    with open(sample_output / "mentions.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) > 300
    for row in rows:
        text = originals[row["doc"]]
        assert text[int(row["start"]) : int(row["end"])] == row["surface"], row


def test_report_accounts_for_both_documents(sample_output):
    report = json.loads((sample_output / "report.json").read_text(encoding="utf-8"))
    assert sorted(d["doc"] for d in report["documents"]) == ["000_8a9e993480d5a719.txt", "002_bfac3df1aee12b53.txt"]
    assert report["skipped"] == []
    assert all(d["encoding"] == "utf-8" for d in report["documents"])


def test_graphml_read_back_by_igraph(sample_output, sample_run):
    import igraph

    g = igraph.Graph.Read_GraphML(str(sample_output / "graph.graphml"))
    assert g.vcount() == sample_run.graph.number_of_nodes()
    assert g.ecount() == sample_run.graph.number_of_edges()
    assert set(g.vs.attributes()) >= {"label", "type", "aliases", "mentions", "documents", "evidence"}
    assert set(g.es.attributes()) >= {"relation", "label", "weight", "evidence", "documents"}
    assert isinstance(g.vs[0]["mentions"], (int, float))
    ids = {v["id"] for v in g.vs}
    assert "ORG:丰台区政协" in ids


def test_gexf_read_back_by_networkx(sample_output, sample_run):
    g = nx.read_gexf(sample_output / "graph.gexf")
    assert g.number_of_nodes() == sample_run.graph.number_of_nodes()
    for node, data in sample_run.graph.nodes(data=True):
        back = g.nodes[node]
        assert back["label"] == data["label"]
        assert back["aliases"] == "|".join(data["aliases"])
        assert int(back["mentions"]) == data["mentions"]
    assert b'lastmodifieddate="2000-01-01"' in (sample_output / "graph.gexf").read_bytes()


def test_html_has_no_external_urls(sample_output):
    import re

    html = (sample_output / "graph.html").read_text(encoding="utf-8")
    assert not re.search(r"""(src|href)\s*=\s*["']?https?://""", html)


def test_two_runs_are_byte_identical(sample_run, sample_output, tmp_path, samples):
    from zhkg.graph.run import build, write_outputs

    again = build([str(samples)], jobs=1)
    write_outputs(again, tmp_path)
    for name in ("graph.graphml", "graph.gexf", "graph.html", "entities.csv", "relations.csv", "mentions.csv", "report.json"):
        assert (tmp_path / name).read_bytes() == (sample_output / name).read_bytes(), name
