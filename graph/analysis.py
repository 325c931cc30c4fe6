"""Network analysis on the built graph: centrality, communities, neighbourhoods, paths, comparisons.

Every function takes the ``MultiDiGraph`` from ``build_graph`` (or one read back from GraphML) and
is deterministic: views are built in sorted order, PageRank is exact, Louvain has a fixed seed,
ties are broken by node id. Relations such as co-occurrence and cooperation have no real direction
(they are stored head < tail), so centrality, communities and paths use an undirected view.
"""

from __future__ import annotations

from typing import Iterable

import networkx as nx
import pandas as pd

SEED = 42
CO_OCCURS = "CO_OCCURS"


def _relation(key, data: dict) -> str:
    return data.get("relation", key)


def _documents(data: dict) -> list[str]:
    docs = data.get("documents") or []
    return [d for d in docs.split("|") if d] if isinstance(docs, str) else list(docs)


def undirected_view(graph: nx.MultiDiGraph, typed_only: bool = False) -> nx.Graph:
    """A simple undirected graph: one edge per linked pair, ``weight`` = summed weights of its edges."""
    view = nx.Graph()
    view.add_nodes_from(sorted(graph.nodes))
    weights: dict[tuple[str, str], float] = {}
    for u, v, key, d in graph.edges(keys=True, data=True):
        if u == v or (typed_only and _relation(key, d) == CO_OCCURS):
            continue
        pair = (u, v) if u < v else (v, u)
        weights[pair] = weights.get(pair, 0.0) + float(d.get("weight", 1))
    view.add_weighted_edges_from((u, v, w) for (u, v), w in sorted(weights.items()))
    return view


def _nodes_table(graph: nx.MultiDiGraph, nodes: Iterable[str]) -> pd.DataFrame:
    rows = [{"id": n, "label": graph.nodes[n].get("label", n), "type": graph.nodes[n].get("type")} for n in nodes]
    return pd.DataFrame(rows, columns=["id", "label", "type"])


def centrality(graph: nx.MultiDiGraph, typed_only: bool = False) -> pd.DataFrame:
    """Per node: ``degree`` (distinct neighbours), ``degree_centrality`` and weighted ``pagerank``.

    Sorted by PageRank, highest first (ties by id).
    """
    view = undirected_view(graph, typed_only)
    pagerank = nx.pagerank(view, weight="weight") if view.number_of_edges() else {n: 1 / max(len(view), 1) for n in view}
    degree_c = nx.degree_centrality(view) if len(view) > 1 else {n: 0.0 for n in view}
    table = _nodes_table(graph, view.nodes)
    table["degree"] = [view.degree(n) for n in view.nodes]
    table["degree_centrality"] = [degree_c[n] for n in view.nodes]
    table["pagerank"] = [pagerank[n] for n in view.nodes]
    table["mentions"] = [graph.nodes[n].get("mentions", 0) for n in view.nodes]
    table = table.sort_values(["pagerank", "id"], ascending=[False, True], kind="mergesort")
    return table.reset_index(drop=True)


def communities(graph: nx.MultiDiGraph, seed: int = SEED, resolution: float = 1.0, typed_only: bool = False,
                top: int = 3, min_size: int = 1) -> pd.DataFrame:
    """Louvain communities (seeded) of the undirected weighted view, labelled by their top entities.

    One row per community: ``community`` (0 = largest), ``size``, ``label`` (the ``top`` members by
    PageRank joined with `` · ``), ``top`` and ``members`` (node ids, by PageRank).
    """
    view = undirected_view(graph, typed_only)
    rank = dict(zip(*[centrality(graph, typed_only)[c] for c in ("id", "pagerank")]))
    groups = nx.community.louvain_communities(view, weight="weight", resolution=resolution, seed=seed)
    ordered = sorted((sorted(g, key=lambda n: (-rank[n], n)) for g in groups if len(g) >= min_size),
                     key=lambda members: (-len(members), members[0]))
    rows = []
    for i, members in enumerate(ordered):
        head = members[:top]
        rows.append({
            "community": i, "size": len(members),
            "label": " · ".join(graph.nodes[n].get("label", n) for n in head),
            "top": head, "members": members,
        })
    return pd.DataFrame(rows, columns=["community", "size", "label", "top", "members"])


def community_of(table: pd.DataFrame) -> dict[str, int]:
    """Node id -> community number, from a ``communities()`` table."""
    return {n: int(row.community) for row in table.itertuples() for n in row.members}


def find_node(graph: nx.MultiDiGraph, name: str, types: Iterable[str] | None = None) -> str:
    """The node a name refers to: its id, its label, one of its aliases, or else the shortest label
    starting with it (``包头`` -> ``包头市``), optionally among ``types`` only.

    Several matches: an exact label beats an alias beats a prefix, then more mentions, then the id.
    """
    allowed = set(types) if types else None
    candidates = []
    for node, d in graph.nodes(data=True):
        if allowed and d.get("type") not in allowed:
            continue
        aliases = d.get("aliases") or []
        aliases = aliases.split("|") if isinstance(aliases, str) else aliases
        if name == node:
            candidates.append((0, 0, node))
        elif name == d.get("label"):
            candidates.append((1, -d.get("mentions", 0), node))
        elif name in aliases:
            candidates.append((2, -d.get("mentions", 0), node))
        elif str(d.get("label", "")).startswith(name):
            candidates.append((3 + len(str(d["label"])), -d.get("mentions", 0), node))
    if candidates:
        return min(candidates)[2]
    close = sorted(n for n, d in graph.nodes(data=True) if name in str(d.get("label", n)) and (not allowed or d.get("type") in allowed))
    hint = f"; did you mean {', '.join(close[:5])}?" if close else ""
    raise KeyError(f"no entity named {name!r}{hint}")


def _edge_rows(graph: nx.MultiDiGraph, edges, typed_only: bool) -> list[dict]:
    rows = []
    for u, v, key, d in edges:
        relation = _relation(key, d)
        if typed_only and relation == CO_OCCURS:
            continue
        evidence = d.get("evidence") or []
        first = evidence if isinstance(evidence, str) else (evidence[0].text if evidence else "")
        rows.append({
            "head": u, "head_label": graph.nodes[u].get("label", u), "relation": relation,
            "relation_label": d.get("label", relation), "tail": v, "tail_label": graph.nodes[v].get("label", v),
            "weight": d.get("weight", 1), "documents": "|".join(_documents(d)), "evidence": first.split("\n")[0],
        })
    return rows


EDGE_COLUMNS = ["head", "head_label", "relation", "relation_label", "tail", "tail_label", "weight", "documents", "evidence"]


def neighbourhood(graph: nx.MultiDiGraph, name: str, typed_only: bool = False) -> pd.DataFrame:
    """Every edge touching the node called ``name`` (id, label or alias), typed relations first."""
    node = find_node(graph, name)
    edges = list(graph.out_edges(node, keys=True, data=True)) + list(graph.in_edges(node, keys=True, data=True))
    table = pd.DataFrame(_edge_rows(graph, edges, typed_only), columns=EDGE_COLUMNS)
    table["typed"] = table["relation"] != CO_OCCURS
    table = table.sort_values(["typed", "weight", "head", "relation", "tail"], ascending=[False, False, True, True, True], kind="mergesort")
    return table.drop(columns="typed").reset_index(drop=True)


def shortest_path(graph: nx.MultiDiGraph, source: str, target: str, via: Iterable[str] | None = ("ORG",),
                  typed_only: bool = True, types: Iterable[str] | None = ("PLACE",)) -> list[str]:
    """Node ids of a shortest path between two entities named ``source`` and ``target``.

    The endpoints are looked up among ``types`` (places by default); every node in between must be
    of a type in ``via`` (organizations by default; ``None`` allows any). Undirected, typed edges
    only unless ``typed_only=False``. Returns ``[]`` when there is no such path.
    """
    a, b = find_node(graph, source, types), find_node(graph, target, types)
    view = undirected_view(graph, typed_only)
    allowed = set(via) if via else None
    keep = [n for n in view.nodes if n in (a, b) or allowed is None or graph.nodes[n].get("type") in allowed]
    try:
        return nx.shortest_path(view.subgraph(keep), a, b)
    except nx.NetworkXNoPath:
        return []


def path_edges(graph: nx.MultiDiGraph, path: list[str], typed_only: bool = True) -> pd.DataFrame:
    """The relations (in their stored direction, with evidence) linking each step of ``path``."""
    rows = []
    for step, (u, v) in enumerate(zip(path, path[1:])):
        edges = [(x, y, k, d) for x, y in ((u, v), (v, u)) if graph.has_edge(x, y) for k, d in graph[x][y].items()]
        for row in _edge_rows(graph, sorted(edges, key=lambda e: (e[0], e[2], e[1])), typed_only):
            rows.append({"step": step, **row})
    return pd.DataFrame(rows, columns=["step", *EDGE_COLUMNS])


def _as_set(docs: str | Iterable[str]) -> set[str]:
    return {docs} if isinstance(docs, str) else set(docs)


def document_subgraph(graph: nx.MultiDiGraph, docs: str | Iterable[str], typed_only: bool = True) -> nx.MultiDiGraph:
    """The entities and edges supported by any of ``docs`` (typed edges only by default)."""
    wanted = _as_set(docs)
    sub = nx.MultiDiGraph()
    for n, d in graph.nodes(data=True):
        if wanted & set(_documents(d)):
            sub.add_node(n, **d)
    for u, v, k, d in graph.edges(keys=True, data=True):
        if u in sub and v in sub and wanted & set(_documents(d)) and not (typed_only and _relation(k, d) == CO_OCCURS):
            sub.add_edge(u, v, key=k, **d)
    return sub


def compare_documents(graph: nx.MultiDiGraph, docs_a: str | Iterable[str], docs_b: str | Iterable[str]) -> dict[str, pd.DataFrame]:
    """What one set of reports has that the other has not: entities and typed edges.

    Returns DataFrames ``entities_only_a``, ``entities_only_b``, ``entities_both``, ``edges_only_a``,
    ``edges_only_b`` and ``edges_both`` (an edge is (head, relation, tail)).
    """
    a, b = document_subgraph(graph, docs_a), document_subgraph(graph, docs_b)
    out = {}
    for name, nodes in (("only_a", set(a) - set(b)), ("only_b", set(b) - set(a)), ("both", set(a) & set(b))):
        table = _nodes_table(graph, sorted(nodes))
        out[f"entities_{name}"] = table.sort_values(["type", "id"], kind="mergesort").reset_index(drop=True)
    ea, eb = set(a.edges(keys=True)), set(b.edges(keys=True))
    for name, keys in (("only_a", ea - eb), ("only_b", eb - ea), ("both", ea & eb)):
        rows = _edge_rows(graph, [(u, v, k, graph.edges[u, v, k]) for u, v, k in keys], True)
        table = pd.DataFrame(rows, columns=EDGE_COLUMNS).sort_values(["relation", "head", "tail"], kind="mergesort")
        out[f"edges_{name}"] = table.reset_index(drop=True)
    return out


def documents_by_year(results) -> dict[int | None, list[str]]:
    """Year -> sorted document ids, from ``DocResult`` records (``None`` when no year was found)."""
    out: dict[int | None, list[str]] = {}
    for r in sorted(results, key=lambda r: r.doc_id):
        out.setdefault(r.year, []).append(r.doc_id)
    return out
