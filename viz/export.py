"""Write the network for other tools: GEXF (Gephi) and GraphML, with the same attributes.

In:  a graph from viz.network (partnership_graph or bipartite_graph).
Out: a .gexf or .graphml file. Both formats hold scalar attributes only, so
     list-valued ones are joined: an edge's activities become one text
     "date · type · title [sources]" per activity, separated by " | ".
     Layout positions (x, y) and the kind colour are attributes in both; GEXF
     also gets them in its viz namespace, which Gephi draws directly.
"""
from __future__ import annotations

from pathlib import Path

import networkx as nx

from viz.errors import BadOutput
from viz.layout import positions
from viz.render import node_colour

FORMATS = ("gexf", "graphml")
SEPARATOR = " | "


def flat_graph(g: nx.Graph, colour_by: str = "kind") -> nx.Graph:
    """Return a copy of g whose every attribute is a str, int, float or bool, with x, y and color added."""
    pos = positions(g)
    flat = nx.Graph()
    for node, attrs in g.nodes(data=True):
        out = {key: _scalar(value) for key, value in attrs.items()}
        out["x"], out["y"] = pos[node]
        out["color"] = node_colour(attrs, colour_by)
        flat.add_node(str(node), **out)
    for a, b, attrs in g.edges(data=True):
        out = {key: _scalar(value) for key, value in attrs.items() if key != "activities"}
        activities = attrs.get("activities")
        if activities is not None:
            out["activities"] = SEPARATOR.join(_activity_text(act) for act in activities)
            dates = sorted(date for _, date, _, _ in activities if date)
            out["first_date"] = dates[0] if dates else ""
            out["last_date"] = dates[-1] if dates else ""
            out["sources"] = " ".join(sorted({s for *_, sources in activities for s in sources}))
        flat.add_edge(str(a), str(b), **out)
    flat.graph.update({key: _scalar(value) for key, value in g.graph.items()})
    return flat


def write_network(g: nx.Graph, path: Path | str, fmt: str | None = None, colour_by: str = "kind") -> Path:
    """Write g to path as GEXF or GraphML (fmt, or the file's suffix); return the path."""
    path = Path(path)
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        raise BadOutput(f"unknown network format {fmt!r}; choose one of {', '.join(FORMATS)}")
    flat = flat_graph(g, colour_by)
    if fmt == "gexf":
        for _, attrs in flat.nodes(data=True):
            colour = attrs["color"]
            attrs["viz"] = {"position": {"x": attrs["x"], "y": -attrs["y"], "z": 0.0},
                            "color": {"r": int(colour[1:3], 16), "g": int(colour[3:5], 16),
                                      "b": int(colour[5:7], 16), "a": 1.0},
                            "size": 5.0 + 3.0 * float(attrs.get("degree", 0)) ** 0.5}
        nx.write_gexf(flat, path)
    else:
        nx.write_graphml(flat, path)
    return path


def _scalar(value):
    """A GEXF/GraphML-safe value: lists and tuples joined, None as the empty text.

    >>> _scalar(("StatCaB", "OIC-VET")), _scalar(None), _scalar(3)
    ('StatCaB | OIC-VET', '', 3)
    """
    if value is None:
        return ""
    if isinstance(value, (list, tuple, set, frozenset)):
        return SEPARATOR.join(str(v) for v in value)
    if isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def _activity_text(activity: tuple) -> str:
    title, date, kind, sources = activity
    text = f"{date or 'undated'} · {kind.replace('_', ' ')} · {title}"
    return text + (f" [{', '.join(sources)}]" if sources else "")
