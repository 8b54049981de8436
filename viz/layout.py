"""Place the nodes of a network in the plane, in Python, so the browser need not simulate physics.

In:  a networkx graph (edge attribute "weight" optional).
Out: {node: (x, y)} in pixels, ready for vis-network with physics off.

Each connected component is laid out on its own with Fruchterman-Reingold
forces, using the grid variant of their paper (repulsion only between nodes
closer than 2k, and only from the 16 nearest, found with a k-d tree), so one
iteration costs O(n log n) and not O(n²): networkx's spring_layout took 32 s for 2,000 nodes here, this takes
well under a second (bench/viz_bench.py). The components are then packed in
rows, largest first, the way a reader scans a page.
"""
from __future__ import annotations

import math

import networkx as nx
import numpy as np
from scipy.spatial import cKDTree

NEIGHBOURS = 16     # nearest nodes each node is pushed away from, per iteration
EDGE_LENGTH = 90.0  # pixels between two linked nodes, about two labels apart


def positions(g: nx.Graph, seed: int = 0) -> dict:
    """Return {node: (x, y)} for every node of g, components packed in rows.

    >>> pos = positions(nx.path_graph(3))
    >>> sorted(pos) == [0, 1, 2] and all(len(p) == 2 for p in pos.values())
    True
    """
    if g.number_of_nodes() == 0:
        return {}
    components = sorted(nx.connected_components(g), key=lambda c: (-len(c), min(map(str, c))))
    rng = np.random.default_rng(seed)
    # One pass over the edges, bucketed by component: iterating subgraph views is slow.
    orders = [sorted(nodes, key=str) for nodes in components if len(nodes) > 1]
    where = {node: (c, i) for c, order in enumerate(orders) for i, node in enumerate(order)}
    edges: list[list] = [[] for _ in orders]
    for u, v, w in g.edges(data="weight", default=1):
        if u != v:
            c, i = where[u]
            edges[c].append((i, where[v][1], w or 1))
    blocks = [(order, _force_layout(len(order), edges[c], rng)) for c, order in enumerate(orders)]
    singles = sorted((n for nodes in components if len(nodes) == 1 for n in nodes), key=str)
    if singles:
        side = math.ceil(math.sqrt(len(singles)))
        grid = np.array([(i % side, i // side) for i in range(len(singles))], dtype=float) * EDGE_LENGTH
        blocks.append((singles, grid))
    return _pack(blocks)


def _force_layout(n: int, links: list[tuple[int, int, float]], rng: np.random.Generator) -> np.ndarray:
    """Fruchterman-Reingold (grid variant) for one connected component of n nodes; return n x 2 positions."""
    edges = np.array([(a, b) for a, b, _ in links], dtype=int).reshape(-1, 2)
    weights = np.log1p(np.array([float(w) for _, _, w in links]))
    k = 1.0
    pos = rng.uniform(0, math.sqrt(n) * k, size=(n, 2))
    iterations = 120 if n <= 500 else 80 if n <= 3000 else 50
    temperature = math.sqrt(n) * k / 4
    centre_pull = 0.02
    for step in range(iterations):
        disp = np.zeros_like(pos)
        pairs = _near_pairs(pos, k)
        if len(pairs):
            delta = pos[pairs[:, 0]] - pos[pairs[:, 1]]
            dist = np.maximum(np.linalg.norm(delta, axis=1), 0.01)
            force = (k * k / dist)[:, None] * delta / dist[:, None]
            disp += _scatter(pairs[:, 0], force, n) - _scatter(pairs[:, 1], force, n)
        if len(edges):
            delta = pos[edges[:, 0]] - pos[edges[:, 1]]
            dist = np.maximum(np.linalg.norm(delta, axis=1), 0.01)
            force = ((dist * dist / k) * (1 + weights))[:, None] * delta / dist[:, None]
            disp += _scatter(edges[:, 1], force, n) - _scatter(edges[:, 0], force, n)
        disp += (pos.mean(axis=0) - pos) * centre_pull
        length = np.maximum(np.linalg.norm(disp, axis=1), 1e-9)
        pos += disp / length[:, None] * np.minimum(length, temperature)[:, None]
        temperature = max(temperature * (1 - 1 / (iterations - step + 1)), 0.02)
    pos -= pos.min(axis=0)
    # Scale so that the typical node's nearest neighbour sits EDGE_LENGTH away: a small dense
    # clique (one meeting of nine organisations) would otherwise draw its nodes on top of each other.
    nearest = cKDTree(pos).query(pos, k=2)[0][:, 1]
    typical = float(np.median(nearest)) if n > 1 else 1.0
    return pos * (EDGE_LENGTH / max(typical, 1e-6))


def _near_pairs(pos: np.ndarray, k: float) -> np.ndarray:
    """Pairs (i, j) of nodes within 2k of each other, but at most NEIGHBOURS per node.

    Capping by count keeps an iteration O(n log n) even when a dense graph (hubs
    linked to most nodes) pulls many nodes into one spot.
    """
    n = len(pos)
    count = min(NEIGHBOURS + 1, n)
    dist, idx = cKDTree(pos).query(pos, k=count, distance_upper_bound=2 * k)
    rows = np.repeat(np.arange(n), count).reshape(n, count)
    keep = (idx < n) & (idx > rows)
    return np.stack([rows[keep], idx[keep]], axis=1)


def _scatter(index: np.ndarray, force: np.ndarray, n: int) -> np.ndarray:
    """Sum the rows of force into n rows by index (np.add.at, but ten times faster)."""
    return np.stack([np.bincount(index, force[:, 0], n), np.bincount(index, force[:, 1], n)], axis=1)


def _pack(blocks: list[tuple[list, np.ndarray]]) -> dict:
    """Put each block's positions side by side in rows of about the widest block's width."""
    widths = [float(np.ptp(p[:, 0])) if len(p) else 0.0 for _, p in blocks]
    row_width = max(max(widths), math.sqrt(sum((w + EDGE_LENGTH) ** 2 for w in widths)))
    out = {}
    x = y = row_height = 0.0
    for (order, pos), width in zip(blocks, widths):
        height = float(np.ptp(pos[:, 1])) if len(pos) else 0.0
        if x > 0 and x + width > row_width:
            x, y, row_height = 0.0, y + row_height + EDGE_LENGTH, 0.0
        for node, (px, py) in zip(order, pos):
            out[node] = (round(float(px + x), 1), round(float(py + y), 1))
        x += width + EDGE_LENGTH
        row_height = max(row_height, height)
    return out
