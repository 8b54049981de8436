"""The shortest chain of partnerships linking two organisations.

In:  the rows of `partnership-edges.rq` (from the embedded store or an endpoint), two names.
Out: a `Result` with one row per hop: from, to, shared activities, one activity as evidence.
SPARQL property paths can say whether a chain exists but cannot return it, so the
edges are fetched with a query and the chain is found with networkx (fewest hops;
among equally short chains, the one with the most shared activities).
"""
from __future__ import annotations

import networkx as nx

from queries.errors import NoPath
from queries.run import Result


def partnership_graph(edges: Result) -> nx.Graph:
    """An undirected graph of organisations (IRIs) with `name` node and `shared`, `activity` edge attributes."""
    g = nx.Graph()
    for row in edges.rows:
        record = dict(zip(edges.columns, row))
        g.add_node(record["a"], name=record["a_name"] or record["a"])
        g.add_node(record["b"], name=record["b_name"] or record["b"])
        g.add_edge(record["a"], record["b"], shared=int(record["shared"] or 1), activity=record["activity"])
    return g


def resolve(g: nx.Graph, name: str) -> str:
    """The node a name stands for: its IRI, its registry id (the IRI's last segment) or its acronym, case-blind."""
    wanted = name.casefold()
    for node, data in g.nodes(data=True):
        if wanted in (node.casefold(), node.rsplit("/", 1)[-1].casefold(), str(data.get("name", "")).casefold()):
            return node
    raise NoPath(f"{name!r} has no partnerships in the graph (give an acronym such as SESRIC, a registry id or an IRI)")


def shortest_chain(edges: Result, source: str, target: str) -> Result:
    """One row per hop of the shortest chain of partnerships from source to target."""
    g = partnership_graph(edges)
    a, b = resolve(g, source), resolve(g, target)
    for u, v, data in g.edges(data=True):
        data["cost"] = 1 + 1 / (1 + data["shared"])
    try:
        chain = nx.shortest_path(g, a, b, weight="cost")
    except nx.NetworkXNoPath as exc:
        raise NoPath(f"no chain of partnerships links {source} and {target}") from exc
    rows = []
    for step, (u, v) in enumerate(zip(chain, chain[1:]), start=1):
        data = g.edges[u, v]
        rows.append([str(step), u, g.nodes[u]["name"], v, g.nodes[v]["name"], str(data["shared"]), data["activity"]])
    return Result(["step", "from", "from_name", "to", "to_name", "shared", "activity"], rows)
