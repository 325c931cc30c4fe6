"""The notebook API: same files as the CLI, tables, an inline explorer."""

from __future__ import annotations

import csv
from html.parser import HTMLParser

import pytest

from zhkg.graph.api import KnowledgeGraph


class _Iframes(HTMLParser):
    def __init__(self):
        super().__init__()
        self.srcdocs = []

    def handle_starttag(self, tag, attrs):
        if tag == "iframe":
            self.srcdocs.append(dict(attrs).get("srcdoc"))


@pytest.fixture(scope="module")
def kg(sample_run) -> KnowledgeGraph:
    return KnowledgeGraph(sample_run)


def test_exports_match_the_cli_outputs(kg, sample_output, tmp_path):
    assert kg.to_graphml(tmp_path / "g.graphml").read_bytes() == (sample_output / "graph.graphml").read_bytes()
    assert kg.to_gexf(tmp_path / "g.gexf").read_bytes() == (sample_output / "graph.gexf").read_bytes()
    assert kg.to_html(tmp_path / "g.html").read_bytes() == (sample_output / "graph.html").read_bytes()
    out = kg.write(tmp_path / "out")
    for name in ("graph.graphml", "entities.csv", "relations.csv", "mentions.csv", "report.json"):
        assert (out / name).read_bytes() == (sample_output / name).read_bytes(), name


def test_tables_are_the_csv_files(kg, sample_output):
    for table, name in ((kg.entities, "entities.csv"), (kg.relations, "relations.csv"), (kg.mentions, "mentions.csv")):
        with open(sample_output / name, encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
        assert len(table) == len(rows) > 0, name
        assert list(table.columns) == list(rows[0].keys()), name
    assert len(kg.entities) == kg.graph.number_of_nodes()
    assert len(kg.relations) == kg.graph.number_of_edges()
    assert set(kg.mentions["entity"]) <= set(kg.entities["id"])
    assert kg.mentions["doc"].nunique() == len(kg.documents) == len(kg.results) == 2
    assert set(kg.documents["doc"]) == {r.doc_id for r in kg.results}
    assert list(kg.documents["year"].astype(object).where(kg.documents["year"].notna(), None)) == [r.year for r in sorted(kg.results, key=lambda r: r.doc_id)]


def test_show_embeds_the_explorer_in_an_iframe_srcdoc(kg):
    shown = kg.show(height=420)
    parser = _Iframes()
    parser.feed(shown.data)
    assert parser.srcdocs == [kg.html(max_nodes=2000)]  # the attribute unescapes to the whole page
    assert 'height:420px' in shown.data and "sandbox=" in shown.data
    assert "<script" not in shown.data.split("srcdoc=", 1)[1].split('"', 2)[1]  # nothing runs outside the frame
    assert kg.show(max_nodes=5).data != shown.data


def test_build_accepts_one_path_and_reports(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "a.txt").write_text("区政协组织委员赴丰台区调研。", encoding="utf-8")
    (folder / "b.bin").write_bytes(b"\x00\x01\x02\xff" * 10)
    kg = KnowledgeGraph.build(folder)
    assert [r.doc_id for r in kg.results] == ["a.txt"]
    assert kg.report["counts"]["documents_read"] == 1
    assert "1 documents" in repr(kg) and "nodes" in repr(kg)
