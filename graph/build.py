"""Merge per-document records into one NetworkX ``MultiDiGraph``.

Nodes are keyed ``TYPE:canonical``; the same key from two documents is one node. Edges are keyed
by relation id, so the same (head, relation, tail) seen many times is one edge whose weight counts
its evidence. Symmetric relations are stored once, head < tail. Everything is added in sorted
order so the graph (and every export) is byte-for-byte reproducible.
"""

from __future__ import annotations

from typing import Iterable

import networkx as nx

from zhkg.extract.model import ENTITY_LABELS_ZH, RELATION_LABELS_ZH, SYMMETRIC_RELATIONS, DocResult, Evidence

REFERENCE_RULES = {"admin_reference"}  # relations known from reference data, stated by no document
MAX_EVIDENCE = 20  # evidence sentences kept per node / edge (all are counted in weight)


def build_graph(results: Iterable[DocResult]) -> nx.MultiDiGraph:
    nodes: dict[str, dict] = {}
    edges: dict[tuple[str, str, str], dict] = {}
    for result in sorted(results, key=lambda r: r.doc_id):
        _add_document(result, nodes, edges)
    graph = nx.MultiDiGraph()
    for key in sorted(nodes):
        graph.add_node(key, **_node_attrs(key, nodes[key]))
    for (head, relation, tail) in sorted(edges):
        if head in nodes and tail in nodes:
            graph.add_edge(head, tail, key=relation, **_edge_attrs(relation, edges[(head, relation, tail)]))
    return graph


def _add_document(result: DocResult, nodes: dict, edges: dict) -> None:
    for e in result.entities:
        n = nodes.setdefault(e.key, {
            "type": e.type, "label": e.canonical, "aliases": set(), "documents": set(),
            "mentions": 0, "evidence": [], "attrs": {}, "merge_rules": set(), "spans": [],
        })
        n["aliases"].update(e.aliases)
        n["merge_rules"].update(e.merge_rules)
        for k, v in e.attrs:
            n["attrs"].setdefault(k, v)
        if not e.from_reference:
            n["documents"].add(result.doc_id)
    for m in result.mentions:
        n = nodes[m.entity]
        n["mentions"] += 1
        n["spans"].append((m.doc_id, m.start, m.end))
        if m.sentence is not None:
            n["evidence"].append(m.sentence)
    for r in result.relations:
        head, tail = r.head, r.tail
        if r.relation in SYMMETRIC_RELATIONS and tail < head:
            head, tail = tail, head
        if head == tail:
            continue
        edge = edges.setdefault((head, r.relation, tail), {"evidence": [], "documents": set(), "cues": set(), "rules": set()})
        edge["evidence"].append(r.evidence)
        if r.rule not in REFERENCE_RULES:  # documents = the documents that state the relation
            edge["documents"].add(r.evidence.doc_id)
        if r.cue:
            edge["cues"].add(r.cue)
        edge["rules"].add(r.rule)


def _unique_evidence(evidence: list[Evidence]) -> list[Evidence]:
    seen, out = set(), []
    for ev in sorted(evidence, key=lambda e: (e.doc_id, e.start, e.end)):
        if ev.text not in seen:
            seen.add(ev.text)
            out.append(ev)
    return out


def _node_attrs(key: str, n: dict) -> dict:
    evidence = _unique_evidence(n["evidence"])
    attrs = {
        "label": n["label"],
        "type": n["type"],
        "type_label": ENTITY_LABELS_ZH[n["type"]],
        "aliases": sorted(n["aliases"]),
        "mentions": n["mentions"],
        "documents": sorted(n["documents"]),
        "evidence": evidence[:MAX_EVIDENCE],
        "spans": sorted(n["spans"]),
        "merge_rules": sorted(n["merge_rules"]),
        "from_reference": n["mentions"] == 0,
    }
    attrs.update(n["attrs"])
    return attrs


def _edge_attrs(relation: str, e: dict) -> dict:
    evidence = _unique_evidence(e["evidence"])
    return {
        "relation": relation,
        "label": RELATION_LABELS_ZH[relation],
        "weight": len(e["evidence"]),
        "evidence": evidence[:MAX_EVIDENCE],
        "documents": sorted(e["documents"]),
        "cues": sorted(e["cues"]),
        "rules": sorted(e["rules"]),
        "typed": relation != "CO_OCCURS",
    }
