"""A seeded, deterministic 2-D layout, computed once and shared by the HTML, GraphML and GEXF exports.

Each connected component (of the undirected graph, parallel relations merged) is laid out on its
own, then the components are packed on shelves, biggest first, so isolated nodes and small
fragments form a tidy block instead of flying apart. Small components use NetworkX's
``spring_layout`` (exact Fruchterman-Reingold, O(n²) per iteration, and its n >= 500 variant is a
Python loop); larger ones the same algorithm with the repulsion computed on a mesh by FFT, so an
iteration costs O(nodes + edges + grid log grid): 1-2 s for 5,000 nodes, 3-4 s for 10,000
(``benchmarks/explorer_bench.py``). Coordinates are whole pixels (about ``EDGE_PX`` per edge; vis-network
draws at whole pixels anyway), so the same graph always gives the same bytes.
"""

from __future__ import annotations

import math

import networkx as nx
import numpy as np

SEED = 7
EDGE_PX = 120.0  # the ideal edge length in output units (vis-network pixels)
SMALL = 100  # components up to this size use networkx.spring_layout
ITERATIONS = 80


def compute_layout(graph: nx.Graph, seed: int = SEED) -> dict[str, tuple[float, float]]:
    """Node -> (x, y). Deterministic for a given graph and seed."""
    simple = _weighted_simple(graph)
    components = sorted((sorted(c) for c in nx.connected_components(simple)), key=lambda c: (-len(c), c[0]))
    boxes = [_component_layout(simple, nodes, seed) for nodes in components]
    return _pack(boxes)


def with_layout(graph: nx.MultiDiGraph, seed: int = SEED) -> nx.MultiDiGraph:
    """A copy of ``graph`` whose nodes carry float ``x`` and ``y``."""
    out = graph.copy()
    for node, (x, y) in compute_layout(graph, seed).items():
        out.nodes[node]["x"] = x
        out.nodes[node]["y"] = y
    return out


def _weighted_simple(graph: nx.Graph) -> nx.Graph:
    """Undirected, one edge per node pair; weight 1, or 2 when a typed relation links the pair."""
    simple = nx.Graph()
    simple.add_nodes_from(sorted(graph.nodes()))
    pairs: dict[tuple, float] = {}
    edges = graph.edges(keys=True) if graph.is_multigraph() else ((u, v, None) for u, v in graph.edges())
    for u, v, key in edges:
        if u == v:
            continue
        pair = (u, v) if u < v else (v, u)
        w = 1.0 if key == "CO_OCCURS" else 2.0
        pairs[pair] = max(pairs.get(pair, 0.0), w)
    simple.add_weighted_edges_from((u, v, w) for (u, v), w in sorted(pairs.items()))
    return simple


def _component_layout(simple: nx.Graph, nodes: list[str], seed: int) -> tuple[list[str], np.ndarray]:
    """Positions in ideal-edge-length units, shifted so the bounding box starts at (0, 0)."""
    n = len(nodes)
    if n == 1:
        return nodes, np.zeros((1, 2))
    if n == 2:
        return nodes, np.array([[0.0, 0.0], [1.0, 0.0]])
    index = {node: i for i, node in enumerate(nodes)}
    rows = sorted((index[u], index[v], w) for u, v, w in simple.edges(nodes, data="weight"))
    if n <= SMALL:
        sub = nx.Graph()
        sub.add_nodes_from(range(n))
        sub.add_weighted_edges_from(rows)
        raw = nx.spring_layout(sub, seed=seed, iterations=ITERATIONS, weight="weight")
        pos = np.array([raw[i] for i in range(n)], dtype=float)
        lengths = [float(np.linalg.norm(pos[u] - pos[v])) for u, v, _ in rows]
        pos = pos / max(float(np.median(lengths)), 1e-9)  # the median edge is one unit long
    else:
        edges = np.array(rows, dtype=float).reshape(-1, 3)
        pos = mesh_fruchterman_reingold(n, edges[:, 0].astype(np.int64), edges[:, 1].astype(np.int64), edges[:, 2], seed)
    return nodes, pos - pos.min(axis=0)


def mesh_fruchterman_reingold(
    n: int, src: np.ndarray, dst: np.ndarray, weight: np.ndarray, seed: int, iterations: int = ITERATIONS
) -> np.ndarray:
    """Fruchterman-Reingold (k = 1) with the all-pairs repulsion computed on a mesh.

    Repulsion ``1/d`` from every node is the convolution of the node density (deposited on a
    grid, cloud-in-cell) with the kernel ``r/|r|²``, done by FFT; pairs closer than one cell,
    which the mesh cannot resolve, are also pushed apart exactly (k-d tree).
    """
    from scipy.spatial import cKDTree

    rng = np.random.default_rng(seed)
    side = math.sqrt(n)
    pos = rng.random((n, 2)) * side
    mesh = _Mesh(int(min(256, max(32, 2 ** math.ceil(math.log2(1.5 * side))))))
    temperature = side / 10.0
    cool = temperature / (iterations + 1)
    for _ in range(iterations):
        disp, cell = mesh.repulsion(pos)
        pairs = cKDTree(pos).query_pairs(cell, output_type="ndarray")
        if len(pairs):
            i, j = pairs[:, 0], pairs[:, 1]
            delta = pos[i] - pos[j]
            push = delta / np.maximum((delta**2).sum(axis=1), 1e-6)[:, None]
            disp += _scatter(i, push, n) - _scatter(j, push, n)
        if len(src):
            delta = pos[src] - pos[dst]
            pull = delta * (np.sqrt((delta**2).sum(axis=1)) * weight)[:, None]  # |f| = w * d²
            disp += _scatter(dst, pull, n) - _scatter(src, pull, n)
        length = np.maximum(np.sqrt((disp**2).sum(axis=1)), 1e-9)
        pos += disp * (np.minimum(length, temperature) / length)[:, None]
        temperature -= cool
    return pos


class _Mesh:
    """The repulsion field of a point set on a ``g`` x ``g`` grid (FFT convolution, zero-padded)."""

    def __init__(self, g: int):
        self.g = g
        offsets = np.fft.fftfreq(2 * g, 1.0 / (2 * g))  # 0, 1, ..., g-1, -g, ..., -1
        dx, dy = np.meshgrid(offsets, offsets, indexing="ij")
        r2 = dx**2 + dy**2
        r2[0, 0] = 1.0
        kx, ky = dx / r2, dy / r2
        kx[0, 0] = ky[0, 0] = 0.0
        self.kx, self.ky = np.fft.rfft2(kx), np.fft.rfft2(ky)
        # kernel at the corner-to-corner offsets (-1, 0, 1), for removing each node's self-force
        self.near_x, self.near_y = kx[np.ix_([-1, 0, 1], [-1, 0, 1])], ky[np.ix_([-1, 0, 1], [-1, 0, 1])]

    def repulsion(self, pos: np.ndarray) -> tuple[np.ndarray, float]:
        """(force on every node, cell size)."""
        g = self.g
        lo = pos.min(axis=0)
        cell = max(float((pos.max(axis=0) - lo).max()) / (g - 1.001), 1e-9)
        u = (pos - lo) / cell
        base = np.minimum(np.floor(u).astype(np.int64), g - 2)
        frac = u - base
        corners = [(a, b, (frac[:, 0] if a else 1 - frac[:, 0]) * (frac[:, 1] if b else 1 - frac[:, 1]))
                   for a in (0, 1) for b in (0, 1)]
        density = np.zeros(g * g)
        for a, b, w in corners:
            density += np.bincount((base[:, 0] + a) * g + base[:, 1] + b, weights=w, minlength=g * g)
        spectrum = np.fft.rfft2(density.reshape(g, g), s=(2 * g, 2 * g))
        fields = [np.fft.irfft2(spectrum * k, s=(2 * g, 2 * g))[:g, :g] for k in (self.kx, self.ky)]
        force = np.zeros((len(pos), 2))
        for a, b, w in corners:
            for axis, field in enumerate(fields):
                force[:, axis] += w * field[base[:, 0] + a, base[:, 1] + b]
        for a, b, wa in corners:  # remove the node's own contribution
            for c, d, wc in corners:
                force[:, 0] -= wa * wc * self.near_x[a - c + 1, b - d + 1]
                force[:, 1] -= wa * wc * self.near_y[a - c + 1, b - d + 1]
        return force / cell, cell


def _scatter(index: np.ndarray, values: np.ndarray, n: int) -> np.ndarray:
    return np.stack([np.bincount(index, weights=values[:, 0], minlength=n),
                     np.bincount(index, weights=values[:, 1], minlength=n)], axis=1)


def _pack(boxes: list[tuple[list[str], np.ndarray]]) -> dict[str, tuple[float, float]]:
    """Shelf-pack component boxes (already sorted biggest first) into a roughly square area."""
    gap = 1.5
    sizes = [pos.max(axis=0) + gap for _, pos in boxes]
    total = sum(float(w * h) for w, h in sizes)
    row_width = max(math.sqrt(total) * 1.2, max((float(w) for w, _ in sizes), default=0.0))
    out: dict[str, tuple[float, float]] = {}
    x = y = shelf = 0.0
    for (nodes, pos), (w, h) in zip(boxes, sizes):
        if x > 0 and x + w > row_width:
            x, y, shelf = 0.0, y + shelf, 0.0
        for node, (px, py) in zip(nodes, pos):
            out[node] = (float(round((x + px) * EDGE_PX)), float(round((y + py) * EDGE_PX)))
        x += float(w)
        shelf = max(shelf, float(h))
    return out
