"""Hostile document text in graph.html: shown as text, never run, never fetched (headless chromium)."""

from __future__ import annotations

from pathlib import Path

import pytest

from zhkg.extract.model import DocResult, Entity, Evidence, Mention, Relation

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
LONG = "长" * 50_000
HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(2)>",
    "</script><script>alert(3)</script>",
    '<a href="javascript:alert(4)">链接</a>',
    "javascript:alert(5)",
    "<!--<script>alert(6)//",
    "<iframe src=https://example.com/x></iframe>",
    "<style>@import url(https://example.com/y.css)</style>",
    "\u2028</SCRIPT >\u2029",
]
# tags the explorer itself creates; anything else in the DOM came from data
OWN_TAGS = {"HTML", "HEAD", "META", "TITLE", "STYLE", "SCRIPT", "BODY", "DIV", "H1", "H2", "H3", "INPUT", "UL", "LI",
            "BUTTON", "SPAN", "LABEL", "CANVAS", "B", "DETAILS", "SUMMARY"}


def _document() -> str:
    return (
        f"区政协举办《{HOSTILE[0]}实施办法》专题协商会。\n"
        f"市政协围绕“{HOSTILE[1]}治理”开展调研，区政协参加。\n"
        f"区政协制定《{HOSTILE[2]}工作规则》。\n"
        f"区政协与市政协联合开展“{HOSTILE[4]}”主题活动，详见{HOSTILE[3]}。\n"
        f"区政协发布《{LONG}》。\n"
        f"区政协围绕“{LONG[:2000]}治理”开展协商。\n"
    )


def _hostile_graph():
    """Every text field of a node and an edge set to a hostile string, doc id included."""
    from zhkg.graph.build import build_graph

    doc = HOSTILE[1] + ".txt"
    names = HOSTILE + [LONG]
    sentence = Evidence(doc, 0, 60, "；".join(HOSTILE) + LONG)
    entities = tuple(
        Entity(f"TOPIC:{name}", "TOPIC", name, aliases=(name, HOSTILE[(i + 1) % len(HOSTILE)]), attrs=(("note", HOSTILE[i % len(HOSTILE)]),))
        for i, name in enumerate(names))
    mentions = tuple(Mention(doc, i, i + 1, "x", e.key, "test", Evidence(doc, i, i + 5, e.canonical + "。" + HOSTILE[0]))
                     for i, e in enumerate(entities))
    relations = tuple(Relation(a.key, "CONCERNS", b.key, sentence) for a, b in zip(entities, entities[1:]))
    return build_graph([DocResult(doc, doc, "utf-8", 100, 2024, entities, mentions, relations)])


@pytest.fixture(scope="module")
def pages(tmp_path_factory, sample_run):  # sample_run: the NLP pipeline is already loaded
    from zhkg.graph.export_html import write_html
    from zhkg.graph.run import build, write_outputs

    root = tmp_path_factory.mktemp("hostile")
    (root / "in").mkdir()
    (root / "in" / "hostile.txt").write_text(_document(), encoding="utf-8")
    run = build([str(root / "in")], jobs=1)
    write_outputs(run, root / "built")
    graph = _hostile_graph()
    write_html(graph, root / "direct.html")
    return {"built": (root / "built" / "graph.html", run.graph), "direct": (root / "direct.html", graph)}


def _open(browser, path: Path):
    seen = {"dialogs": [], "requests": [], "errors": []}
    page = browser.new_page(viewport={"width": 1400, "height": 850})
    page.on("dialog", lambda d: (seen["dialogs"].append(d.message), d.dismiss()))
    page.on("request", lambda r: seen["requests"].append(r.url))
    page.on("console", lambda m: m.type == "error" and seen["errors"].append(m.text))
    page.on("pageerror", lambda e: seen["errors"].append(str(e)))
    page.goto(path.as_uri())
    page.wait_for_function("() => document.body.dataset.ready === '1'", timeout=30_000)
    return page, seen


def _select_and_read(page, index: int) -> tuple[str, str]:
    page.evaluate("i => zhkgExplorer.select(i)", index)
    return page.evaluate("[document.getElementById('title').textContent, document.getElementById('details').textContent]")


def _check_clean(page, seen, path: Path) -> None:
    page.wait_for_timeout(200)
    assert seen["dialogs"] == []
    assert all(u == path.as_uri() or u.startswith("data:") for u in seen["requests"]), seen["requests"]
    assert seen["errors"] == []
    tags = set(page.evaluate("[...document.querySelectorAll('*')].map(e => e.tagName)"))
    assert tags <= OWN_TAGS, tags - OWN_TAGS
    assert page.evaluate("document.scripts.length") == 3
    assert page.evaluate("document.querySelectorAll('[onerror], [href], [src]').length") == 0


def test_the_built_page_shows_hostile_names_as_text(browser, pages):
    path, graph = pages["built"]
    html = path.read_text(encoding="utf-8")
    assert "alert(1)</script>" not in html and "<img src=x" not in html  # escaped inside the JSON
    hostile_nodes = sorted(n for n in graph if any(tag in n for tag in ("<script>", "<img", "javascript:")))
    assert len(hostile_nodes) >= 2, f"the extraction kept no hostile name: {sorted(graph)}"
    page, seen = _open(browser, path)
    try:
        ids = page.evaluate("DATA.nodes.map(n => n.id)")
        assert sorted(ids) == sorted(graph.nodes)
        for node in hostile_nodes:
            title, details = _select_and_read(page, ids.index(node))
            assert title == graph.nodes[node]["label"]
            assert graph.nodes[node]["evidence"][0].text in details
            page.fill("#search", graph.nodes[node]["label"][:12])
            assert page.evaluate("document.querySelectorAll('#results button').length") >= 1
        page.screenshot(path=str(_artifact("explorer_hostile_built.png")))
        _check_clean(page, seen, path)
    finally:
        page.close()


def test_every_text_field_is_inert(browser, pages):
    path, graph = pages["direct"]
    page, seen = _open(browser, path)
    try:
        ids = page.evaluate("DATA.nodes.map(n => n.id)")
        assert sorted(ids) == sorted(graph.nodes)
        for node in graph:
            label = graph.nodes[node]["label"]
            title, details = _select_and_read(page, ids.index(node))
            assert title == label  # the full text, even 50,000 characters
            for alias in graph.nodes[node]["aliases"]:
                assert alias in details
            assert graph.nodes[node]["evidence"][0].text in details
            assert graph.nodes[node]["documents"][0] in details
            assert graph.nodes[node]["note"] in details
        drawn = page.evaluate("zhkgExplorer.nodes.get().map(n => n.label)")
        assert max(map(len, drawn)) <= 17  # canvas labels are shortened; the panel has the full name
        page.fill("#search", HOSTILE[1])
        page.press("#search", "Enter")
        assert page.evaluate("document.getElementById('title').textContent") == HOSTILE[1]
        page.screenshot(path=str(_artifact("explorer_hostile_direct.png")))
        _check_clean(page, seen, path)
    finally:
        page.close()


def _artifact(name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS / name


def test_safe_json_cannot_close_the_script_element():
    from zhkg.graph.export_html import safe_json

    text = safe_json({"k": HOSTILE + ["</ScRiPt>", "<!--", "-->", "]]>"]})
    for bad in ("<", ">", "\u2028", "\u2029"):
        assert bad not in text
    import json

    assert json.loads(text)["k"][:len(HOSTILE)] == HOSTILE
