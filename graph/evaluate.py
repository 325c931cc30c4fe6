"""Score a built graph against gold annotation files (format and rules: shared/eval/GUIDELINES.md).

Entities: a predicted node matches a gold entity when its label or an alias equals the gold name
or an alias after normalisation (NFKC, quotes/brackets/spaces stripped, traditional->simplified);
*strict* needs the label to equal the gold name. Each gold entity and each predicted node is
matched at most once. Relations: (u, rel, v) matches (head, rel, tail) when u and v match head
and tail (either direction for COOPERATES_WITH); typed needs the relation to agree.
Only nodes and typed edges that carry the gold document's id are scored for that document.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import networkx as nx

from zhkg.extract.model import ENTITY_TYPES, SYMMETRIC_RELATIONS
_STRIP = re.compile(r"[\s“”‘’\"'《》〈〉「」『』()（）\[\]【】<>]")


@lru_cache(maxsize=None)
def normalize(name: str) -> str:
    text = unicodedata.normalize("NFKC", name)
    text = _STRIP.sub("", text)
    return _t2s().convert(text)


@lru_cache(maxsize=1)
def _t2s():
    from opencc import OpenCC

    return OpenCC("t2s")


def load_gold(paths: list[str]) -> list[dict]:
    files = []
    for p in paths:
        path = Path(p)
        files += sorted(path.glob("*.json")) if path.is_dir() else [path]
    if not files:
        raise ValueError("no gold files found")
    return [json.loads(f.read_text(encoding="utf-8")) for f in files]


def load_pred(pred: str) -> nx.MultiDiGraph:
    path = Path(pred)
    if path.is_dir():
        path = path / "graph.graphml"
    if not path.exists():
        raise ValueError(f"no graph at {path} (run 'zhkg build' first)")
    return nx.read_graphml(path, force_multigraph=True)


def doc_view(graph: nx.MultiDiGraph, doc: str):
    """Predicted entities ``{node: (type, names, label)}`` and typed edges for one document."""
    ents = {}
    for node, d in graph.nodes(data=True):
        if doc in str(d.get("documents", "")).split("|"):
            names = {normalize(d.get("label", ""))} | {normalize(a) for a in str(d.get("aliases", "")).split("|") if a}
            ents[node] = (d.get("type"), names - {""}, normalize(d.get("label", "")))
    edges = set()
    for u, v, d in graph.edges(data=True):
        rel = d.get("relation")
        if rel and rel != "CO_OCCURS" and u in ents and v in ents and doc in str(d.get("documents", "")).split("|"):
            edges.add((u, rel, v))
    return ents, edges


def match_entities(pred: dict, gold: list[dict], typed: bool, strict: bool) -> dict[str, str]:
    """One-to-one matching pred node -> gold id, in a deterministic greedy order."""
    gold_names = {g["id"]: ({normalize(g["name"])} | {normalize(a) for a in g.get("aliases", [])}) - {""} for g in gold}
    gold_type = {g["id"]: g["type"] for g in gold}
    gold_label = {g["id"]: normalize(g["name"]) for g in gold}
    pairs = []
    for node, (ptype, names, label) in sorted(pred.items()):
        for gid in sorted(gold_names):
            if typed and ptype != gold_type[gid]:
                continue
            if strict:
                ok = label == gold_label[gid]
            else:
                ok = bool(names & gold_names[gid])
            if ok:
                exact = label == gold_label[gid]
                pairs.append((0 if exact else 1, node, gid))
    matched, used_gold = {}, set()
    for _, node, gid in sorted(pairs):
        if node not in matched and gid not in used_gold:
            matched[node] = gid
            used_gold.add(gid)
    return matched


def prf(tp_pred: int, n_pred: int, tp_gold: int, n_gold: int) -> dict:
    p = tp_pred / n_pred if n_pred else 0.0
    r = tp_gold / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "pred": n_pred, "gold": n_gold, "tp": tp_gold}


def graph_documents(graph: nx.MultiDiGraph) -> set[str]:
    docs: set[str] = set()
    for _, d in graph.nodes(data=True):
        docs.update(x for x in str(d.get("documents", "")).split("|") if x)
    return docs


def evaluate_graph(graph: nx.MultiDiGraph, golds: list[dict]) -> dict:
    """Scores over the gold documents the graph was built from (others are listed as not built)."""
    built = graph_documents(graph)
    missing = sorted(g["doc"] for g in golds if g["doc"] not in built)
    golds = [g for g in golds if g["doc"] in built]
    totals: dict[str, list[int]] = {}

    def add(key: str, tp_pred: int, n_pred: int, tp_gold: int, n_gold: int):
        t = totals.setdefault(key, [0, 0, 0, 0])
        for i, v in enumerate((tp_pred, n_pred, tp_gold, n_gold)):
            t[i] += v

    per_doc = {}
    for gold in golds:
        doc = gold["doc"]
        pred_ents, pred_edges = doc_view(graph, doc)
        doc_scores = {}
        for typed in (True, False):
            for strict in (False, True):
                m = match_entities(pred_ents, gold["entities"], typed, strict)
                key = f"entities_{'typed' if typed else 'untyped'}_{'strict' if strict else 'fuzzy'}"
                add(key, len(m), len(pred_ents), len(m), len(gold["entities"]))
                doc_scores[key] = prf(len(m), len(pred_ents), len(m), len(gold["entities"]))
        m = match_entities(pred_ents, gold["entities"], typed=True, strict=False)
        gold_type = {g["id"]: g["type"] for g in gold["entities"]}
        for etype in ENTITY_TYPES:
            n_pred = sum(1 for t, _, _ in pred_ents.values() if t == etype)
            n_gold = sum(1 for g in gold["entities"] if g["type"] == etype)
            tp = sum(1 for node, gid in m.items() if gold_type[gid] == etype)
            add(f"entity_type:{etype}", tp, n_pred, tp, n_gold)
        m_any = match_entities(pred_ents, gold["entities"], typed=False, strict=False)
        for typed in (True, False):
            key = f"relations_{'typed' if typed else 'untyped'}"
            tp_pred, tp_gold = _match_relations(pred_edges, gold["relations"], m_any, typed)
            add(key, tp_pred, len(pred_edges), tp_gold, len(gold["relations"]))
            doc_scores[key] = prf(tp_pred, len(pred_edges), tp_gold, len(gold["relations"]))
        rels = sorted({r["rel"] for r in gold["relations"]} | {r for _, r, _ in pred_edges})
        for rel in rels:
            pe = {e for e in pred_edges if e[1] == rel}
            ge = [r for r in gold["relations"] if r["rel"] == rel]
            tp_pred, tp_gold = _match_relations(pe, ge, m_any, True)
            add(f"relation_type:{rel}", tp_pred, len(pe), tp_gold, len(ge))
        per_doc[doc] = doc_scores
    overall = {k: prf(*v) for k, v in sorted(totals.items())}
    return {"overall": overall, "documents": per_doc, "not_in_graph": missing}


def _match_relations(pred_edges, gold_rels, node_to_gold: dict[str, str], typed: bool) -> tuple[int, int]:
    gold_keys = set()
    for r in gold_rels:
        gold_keys.add((r["head"], r["rel"] if typed else "", r["tail"]))
        if r["rel"] in SYMMETRIC_RELATIONS or not typed:
            gold_keys.add((r["tail"], r["rel"] if typed else "", r["head"]))
    matched_gold = set()
    tp_pred = 0
    for u, rel, v in sorted(pred_edges):
        gu, gv = node_to_gold.get(u), node_to_gold.get(v)
        if gu is None or gv is None:
            continue
        key = (gu, rel if typed else "", gv)
        if key in gold_keys:
            tp_pred += 1
            matched_gold.add(key)
    tp_gold = 0
    for r in gold_rels:
        k1 = (r["head"], r["rel"] if typed else "", r["tail"])
        k2 = (r["tail"], r["rel"] if typed else "", r["head"])
        if k1 in matched_gold or ((r["rel"] in SYMMETRIC_RELATIONS or not typed) and k2 in matched_gold):
            tp_gold += 1
    return tp_pred, tp_gold


def evaluate_paths(pred: str, gold_paths: list[str]) -> dict:
    return evaluate_graph(load_pred(pred), load_gold(gold_paths))


def format_scores(scores: dict) -> str:
    lines = [f"gold documents scored: {len(scores['documents'])}"]
    if scores.get("not_in_graph"):
        lines.append(f"gold documents not in the graph (not scored): {', '.join(scores['not_in_graph'])}")
    lines.append(f"{'score':34} {'P':>6} {'R':>6} {'F1':>6} {'pred':>5} {'gold':>5}")
    for key, s in scores["overall"].items():
        lines.append(f"{key:34} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f} {s['pred']:5d} {s['gold']:5d}")
    return "\n".join(lines)
