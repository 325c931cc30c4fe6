"""How fast is the HTML explorer at real sizes? Layout, export, and time until the page is usable.

Builds synthetic graphs through ``graph.build.build_graph`` (so nodes and edges carry exactly the
attributes a real build gives them: evidence, aliases, documents, CO_OCCURS plus typed relations,
reference-only places), writes ``graph.html`` and opens it in headless Debian chromium, timing
until vis-network has drawn the network (the page sets ``zhkgReadyAt`` on its first
``afterDrawing``; physics is off, so the page is usable from then on).

    python benchmarks/explorer_bench.py            # 500 and 5,000 nodes
    python benchmarks/explorer_bench.py 500 5000 10000 --max-html-nodes 20000
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

from zhkg.extract.model import DocResult, Entity, Evidence, Mention, Relation, entity_key
from zhkg.graph.build import build_graph
from zhkg.graph.export_html import write_html
from zhkg.graph.layout import with_layout

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
SUFFIX = {"ORG": "委员会", "PLACE": "区", "EVENT": "座谈会", "TOPIC": "治理", "PERSON": "", "DOCUMENT": "办法"}
TYPED = [("ORG", "ORGANIZES", "EVENT"), ("ORG", "PARTICIPATES_IN", "EVENT"), ("EVENT", "HELD_AT", "PLACE"),
         ("EVENT", "ABOUT", "TOPIC"), ("ORG", "ISSUES", "DOCUMENT"), ("ORG", "VISITS", "PLACE"),
         ("ORG", "COOPERATES_WITH", "ORG"), ("TOPIC", "CONCERNS", "PLACE")]
CHARS = "东南西北中新安和平光明长青山水河湖城乡文化科技教育卫生交通生态环境经济民生社会法治协商监督服务发展"


def synthetic_graph(n_nodes: int, seed: int = 1):
    """A graph of about ``n_nodes`` nodes shaped like a real build (documents of ~40 local entities)."""
    rng = random.Random(seed)
    types = ["ORG"] * 30 + ["EVENT"] * 20 + ["PLACE"] * 18 + ["TOPIC"] * 15 + ["DOCUMENT"] * 10 + ["PERSON"] * 7
    entities = []
    for i in range(n_nodes):
        t = rng.choice(types)
        name = "".join(rng.choice(CHARS) for _ in range(rng.randint(2, 6))) + SUFFIX[t] + str(i)
        entities.append(Entity(entity_key(t, name), t, name, aliases=(name, name[:3])))
    hubs = entities[: max(5, n_nodes // 100)]
    docs = []
    for d in range(max(1, n_nodes // 40)):
        local = entities[d * 40 : (d + 1) * 40] or hubs
        doc_id = f"doc{d:05d}.txt"
        mentions, relations, text_at = [], [], 0
        for s in range(len(local) * 2):
            picked = rng.sample(local, min(len(local), rng.randint(2, 4)))
            if rng.random() < 0.3:
                picked.append(rng.choice(hubs))
            picked = list(dict.fromkeys(picked))
            sentence = "，".join(e.canonical for e in picked) + "等开展了相关工作。"
            ev = Evidence(doc_id, text_at, text_at + len(sentence), sentence)
            offset = text_at
            for e in picked:
                mentions.append(Mention(doc_id, offset, offset + len(e.canonical), e.canonical, e.key, "synthetic", ev))
                offset += len(e.canonical) + 1
            for a in picked:
                for b in picked:
                    if a.key < b.key:
                        relations.append(Relation(a.key, "CO_OCCURS", b.key, ev, rule="synthetic"))
                    for ht, rel, tt in TYPED:
                        if a is not b and a.type == ht and b.type == tt and rng.random() < 0.2:
                            relations.append(Relation(a.key, rel, b.key, ev, cue="开展", rule="synthetic"))
            text_at += len(sentence)
        used = {m.entity for m in mentions}
        ents = tuple(sorted((e for e in set(local) | set(hubs) if e.key in used), key=lambda e: e.key))
        region = Entity(entity_key("PLACE", f"参考省{d % 7}"), "PLACE", f"参考省{d % 7}", from_reference=True)
        for e in ents:
            if e.type == "PLACE" and rng.random() < 0.5:
                relations.append(Relation(e.key, "LOCATED_IN", region.key, Evidence(doc_id, 0, 0, ""), rule="adcode"))
        docs.append(DocResult(doc_id, doc_id, "utf-8", text_at, 2024, ents + (region,), tuple(mentions), tuple(relations)))
    return build_graph(docs)


def time_to_usable(html: Path) -> tuple[float, float]:
    """(seconds from navigation to the first drawing, wall seconds from launch of the page load)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        errors = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        t = time.perf_counter()
        page.goto(html.as_uri())
        page.wait_for_function("() => window.zhkgReadyAt !== undefined", timeout=120_000)
        wall = time.perf_counter() - t
        ready = page.evaluate("window.zhkgReadyAt") / 1000
        browser.close()
    if errors:
        raise RuntimeError(f"page errors: {errors}")
    return ready, wall


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sizes", nargs="*", type=int, default=[500, 5000])
    ap.add_argument("--max-html-nodes", type=int, default=2000, help="as zhkg build (default 2000)")
    args = ap.parse_args(argv)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            t0 = time.perf_counter()
            graph = synthetic_graph(n)
            t1 = time.perf_counter()
            laid = with_layout(graph)
            t2 = time.perf_counter()
            path = Path(tmp) / f"graph{n}.html"
            write_html(laid, path, max_nodes=args.max_html_nodes)
            t3 = time.perf_counter()
            ready, wall = time_to_usable(path)
            shown = min(graph.number_of_nodes(), args.max_html_nodes)
            rows.append((graph.number_of_nodes(), graph.number_of_edges(), shown, t2 - t1, t3 - t2,
                         path.stat().st_size / 1e6, ready, wall, t1 - t0))
    print(f"{'nodes':>7} {'edges':>7} {'shown':>6} {'layout s':>9} {'html s':>7} {'MB':>6} {'drawn s':>8} {'goto→drawn s':>13}")
    for n, e, shown, lay, exp, mb, ready, wall, _ in rows:
        print(f"{n:>7} {e:>7} {shown:>6} {lay:>9.2f} {exp:>7.2f} {mb:>6.1f} {ready:>8.2f} {wall:>13.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
