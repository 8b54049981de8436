"""Render a networkx network as one self-contained HTML page (pyvis data, vis-network inlined).

In:  a graph from viz.network (partnership_graph or bipartite_graph).
Out: the HTML text of a page that needs no network: vis-network's script and
     style are inlined from viz/static/, positions are computed in Python
     (viz.layout) and physics is off, so the page is drawn at once.

pyvis 0.3.2 is used to build the node and edge lists (add_node/add_edge, not
from_nx, which is quadratic: 237 s for 10,000 nodes against 1.9 s), but not its
HTML template: every cdn_resources mode of that template, in_line included,
still points at ../node_modules/vis and a Bootstrap CDN (issue 6). The page
template is viz/static/network.html.
"""
from __future__ import annotations

import json
import math
import re
from pathlib import Path

import jinja2
import networkx as nx
from pyvis.edge import Edge
from pyvis.network import Network
from pyvis.node import Node

from viz.layout import positions

STATIC = Path(__file__).resolve().parent / "static"
VIS_JS = STATIC / "vis-network-9.1.2.min.js"
VIS_CSS = STATIC / "vis-network-9.1.2.css"
TEMPLATE = "network.html"

# One colour per kind of organisation (the classes directly under oic:Organisation);
# OIC institutions take the cool colours, everyone else the warm ones.
KIND_COLOURS = {
    "OICOrgan": "#1f4e8c", "OICSubsidiaryOrgan": "#4e79a7", "OICSpecialisedInstitution": "#76b7b2",
    "OICAffiliatedInstitution": "#59a14f", "OICStandingCommittee": "#8cd17d",
    "NationalAgency": "#f28e2b", "InternationalOrganisation": "#e15759", "University": "#b07aa1",
    "ResearchCentre": "#ff9da7", "PrivateSectorBody": "#9c755f", "NGO": "#edc948",
    "Organisation": "#bab0ac", "Activity": "#7f7f7f",
}
COMMUNITY_COLOURS = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
                     "#9c755f", "#1f77b4", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf",
                     "#bcbd22", "#aec7e8", "#ffbb78", "#98df8a"]
SIZE_NOTES = {
    "degree": "Node size: number of partners (degree).",
    "strength": "Node size: shared activities with all partners (weighted degree).",
    "activities": "Node size: number of activities.",
    "pagerank": "Node size: PageRank over shared activities.",
    "betweenness": "Node size: betweenness centrality (sampled above 1,000 nodes).",
}
MAX_TIP_ACTIVITIES = 15
MAX_DRAWN_EDGES = 5000
EDGE_COLOUR = "rgba(90,90,90,0.45)"
# A reference to anything outside the page: a script, style sheet, image or frame
# loaded by URL, a CSS import or url() that is not data:, or pyvis's node_modules path.
EXTERNAL = re.compile(
    r"""<(?:script|img|iframe|audio|video|source|embed)\b[^>]*\bsrc\s*=\s*["']?(?!data:)[^"'\s>]"""
    r"""|<link\b[^>]*\bhref\s*=|@import\b|(?<![\w$.])url\(\s*["']?(?!data:|#)[a-z/.]|node_modules""", re.IGNORECASE)


def external_references(html: str) -> list[str]:
    """Return every place where html would load something from outside the page.

    >>> external_references('<script src="https://cdn.example/vis.js"></script><p>ok</p>')
    ['<script src="h']
    >>> external_references('<style>a{background:url("data:image/png;base64,AA")}</style>')
    []
    """
    return [m.group(0) for m in EXTERNAL.finditer(html)]


def render(g: nx.Graph, title: str = "OIC partnership network", colour_by: str = "kind",
           edge_budget: int = MAX_DRAWN_EDGES) -> str:
    """Return the HTML page of g: coloured by kind (or by Louvain community), sized by size_value."""
    net, extras = build_pyvis(g, colour_by, edge_budget)
    nodes, edges, *_ = net.get_network_data()
    bipartite = bool(g.graph.get("bipartite"))
    data = {"nodes": nodes, "edges": edges, **extras,
            "options": _options_for(len(g)), "legend": legend(g, colour_by), "maxTip": MAX_TIP_ACTIVITIES}
    organisations = sum(1 for _, a in g.nodes(data=True) if a.get("group") != "Activity")
    if bipartite:
        subheading = (f"{organisations} organisations · {len(g) - organisations} activities · "
                      f"{g.number_of_edges()} roles")
    else:
        subheading = f"{organisations} organisations · {g.number_of_edges()} partnerships"
    if g.graph.get("filters"):
        subheading += " · " + g.graph["filters"]
    if extras["hidden"]:
        subheading += (f" · drawing the {len(edges):,} strongest ties; highlight an organisation"
                       " to see all of its own")
    data_json = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(STATIC), autoescape=True)
    html = env.get_template(TEMPLATE).render(
        title=title, heading=title, subheading=subheading, node_count=len(g), edge_count=g.number_of_edges(),
        size_note=("Squares are activities, circles organisations." if bipartite
                   else SIZE_NOTES.get(g.graph.get("size", "degree"), "")),
        edge_note=("An edge is a role: organiser, partner or party." if bipartite
                   else "Edge width: number of shared activities."),
        vis_js=VIS_JS.read_text(encoding="utf-8"), vis_css=VIS_CSS.read_text(encoding="utf-8"),
        data_json=data_json)
    # The data is JSON inside a non-executed script with every "<" escaped, so it cannot hold a tag;
    # what could load something is the rest of the page.
    found = external_references(html.replace(data_json, "", 1))
    if found:
        raise AssertionError(f"the page would load outside resources: {found[:3]}")
    return html


def write_html(g: nx.Graph, path: Path | str, title: str = "OIC partnership network", colour_by: str = "kind",
               edge_budget: int = MAX_DRAWN_EDGES) -> Path:
    """Render g and write the page to path; return the path."""
    path = Path(path)
    path.write_text(render(g, title, colour_by, edge_budget), encoding="utf-8")
    return path


class GraphNetwork(Network):
    """A pyvis Network filled from a networkx graph, whose nodes and edges are already unique.

    pyvis 0.3.2's own add_node looks the id up in a list and add_edge scans every
    edge so far for a duplicate, which is quadratic; a networkx Graph cannot hold
    duplicates, so these make the same pyvis Node and Edge options in constant time.
    """

    def add_node(self, n_id, label=None, shape="dot", color="#97c2fc", **options):
        node = Node(n_id, shape, label=label if label else n_id, color=color, font_color=self.font_color, **options)
        self.nodes.append(node.options)
        self.node_ids.append(n_id)
        self.node_map[n_id] = node.options

    def add_edge(self, source, to, **options):
        if source not in self.node_map or to not in self.node_map:
            raise KeyError(f"edge {source} -- {to} names a node not added yet")
        self.edges.append(Edge(source, to, self.directed, **options).options)


def build_pyvis(g: nx.Graph, colour_by: str = "kind", edge_budget: int = MAX_DRAWN_EDGES) -> tuple[Network, dict]:
    """Return a pyvis Network of g with positions fixed, built node by node (not from_nx), and the extras.

    Nodes get small integer ids (the IRI is kept as iri). Edges list their shared
    activities as numbers into extras["activities"] ([title, date, type, sources]),
    so a page with 30,000 edges does not repeat each title on every edge; edges
    beyond the drawing budget (drawn_edges) go to extras["hidden"].
    """
    activities: dict[tuple, int] = {}
    pos = positions(g)
    net = GraphNetwork(directed=False, cdn_resources="in_line")
    top = max((a.get("size_value", 0.0) for _, a in g.nodes(data=True)), default=0.0) or 1.0
    ids = {}
    for number, (node, attrs) in enumerate(g.nodes(data=True)):
        ids[node] = number
        x, y = pos[node]
        colour = node_colour(attrs, colour_by)
        is_activity = attrs.get("group") == "Activity"
        size = 7.0 if is_activity else 7.0 + 18.0 * math.sqrt(max(attrs.get("size_value", 0.0), 0.0) / top)
        net.add_node(number, label=attrs.get("label", str(node)), x=x, y=y, physics=False, size=round(size, 1),
                     shape="square" if is_activity else "dot", tip=node_tip(g, node), iri=str(node),
                     color={"background": colour, "border": "#222" if attrs.get("focus") else _darker(colour),
                            "highlight": {"background": colour, "border": "#000"}},
                     borderWidth=3 if attrs.get("focus") else 1, names=_search_names(attrs),
                     font={"size": 11 if is_activity else round(12 + 0.5 * size), "strokeWidth": 3,
                           "strokeColor": "#fbfbfa"})
    drawn = drawn_edges(g, edge_budget)
    heaviest = max((w for _, _, w in g.edges(data="weight", default=1)), default=1)
    hidden = []
    for number, (a, b, attrs) in enumerate(g.edges(data=True)):
        if "role" in attrs:
            extra = {"width": 1.5, "role": attrs["role"]}
        else:
            acts = [activities.setdefault(_activity_row(act), len(activities)) for act in attrs.get("activities", [])]
            extra = {"width": edge_width(attrs.get("weight", 1), heaviest), "acts": acts}
        if (a, b) in drawn:
            net.add_edge(ids[a], ids[b], id=number, **extra)
        else:
            hidden.append({"id": number, "from": ids[a], "to": ids[b], **extra})
    return net, {"activities": [list(row) for row in activities], "hidden": hidden}


def drawn_edges(g: nx.Graph, budget: int = MAX_DRAWN_EDGES) -> set:
    """The edges to draw at first: all of them, or for a dense graph a backbone of about budget edges.

    vis-network spends about 0.15-0.3 ms on each edge it is given, so 30,000 edges
    take 5-10 s before anything is drawn. Above the budget the page starts with the
    maximum spanning forest (every organisation keeps its strongest tie, and every
    component stays connected) topped up with the heaviest remaining edges; the
    others are added when an organisation is highlighted. Keys are (u, v) both ways.

    >>> len(drawn_edges(nx.complete_graph(5), budget=6)) // 2
    6
    """
    def both(edges):
        return {key for u, v in edges for key in ((u, v), (v, u))}

    if g.number_of_edges() <= budget:
        return both(g.edges())
    chosen = both(nx.maximum_spanning_edges(g, weight="weight", data=False))
    for u, v, _ in sorted(g.edges(data="weight", default=1), key=lambda e: -e[2]):
        if len(chosen) // 2 >= budget:
            break
        chosen |= both([(u, v)])
    return chosen


def edge_width(weight: int, heaviest: int) -> float:
    """Line width for an edge of weight shared activities: 1 px for one, 8 px for the heaviest.

    >>> edge_width(1, 9), edge_width(9, 9)
    (1.0, 8.0)
    """
    if heaviest <= 1:
        return 1.0
    return round(1.0 + 7.0 * math.sqrt((weight - 1) / (heaviest - 1)), 2)


def _activity_row(activity: tuple) -> tuple:
    title, date, kind, sources = activity
    return (title, date, kind.replace("_", " "), tuple(sources))


def node_colour(attrs: dict, colour_by: str = "kind") -> str:
    """The fill colour of a node: its kind's, or its community's when colouring by community.

    >>> node_colour({"group": "NationalAgency"})
    '#f28e2b'
    >>> node_colour({"group": "NationalAgency", "community": 1}, "community")
    '#f28e2b'
    """
    if colour_by == "community" and "community" in attrs:
        return COMMUNITY_COLOURS[attrs["community"] % len(COMMUNITY_COLOURS)]
    return KIND_COLOURS.get(attrs.get("group", "Organisation"), KIND_COLOURS["Organisation"])


def legend(g: nx.Graph, colour_by: str = "kind") -> list[dict]:
    """Return the legend entries (label, colour, count, shape), largest first."""
    entries: dict[tuple, dict] = {}
    for node, attrs in g.nodes(data=True):
        if attrs.get("group") == "Activity":
            key = ("Activity",)
            label, shape = "activity", "square"
        elif colour_by == "community" and "community" in attrs:
            key = ("community", attrs["community"])
            label, shape = f"community {attrs['community'] + 1}", "dot"
        else:
            key = ("kind", attrs.get("group", "Organisation"))
            label, shape = attrs.get("group_label", "organisation"), "dot"
        entry = entries.setdefault(key, {"label": label, "color": node_colour(attrs, colour_by), "count": 0,
                                         "shape": shape, "members": []})
        entry["count"] += 1
        entry["members"].append((-attrs.get("degree", 0), attrs.get("label", "")))
    for entry in entries.values():
        if entry["label"].startswith("community"):
            top = ", ".join(label for _, label in sorted(entry["members"])[:3])
            entry["label"] += f": {top}"
        del entry["members"]
    return sorted(entries.values(), key=lambda e: (e["shape"] == "square", -e["count"], e["label"]))


def node_tip(g: nx.Graph, node) -> list[dict]:
    """The lines of a node's tooltip: names (English, Arabic), kind, activity and partner counts."""
    a = g.nodes[node]
    if a.get("group") == "Activity":
        lines = [{"text": a.get("title", ""), "cls": "head"},
                 {"text": " · ".join(x for x in (a.get("date"), a.get("kind_label")) if x)}]
        if a.get("programmes"):
            lines.append({"text": "programme: " + ", ".join(a["programmes"])})
        if a.get("networks"):
            lines.append({"text": "network: " + ", ".join(a["networks"])})
        if a.get("sources"):
            lines.append({"text": "source: " + ", ".join(a["sources"])})
        return lines
    head = a.get("acronym") or a.get("name_en") or a.get("label", "")
    lines = [{"text": head, "cls": "head"}]
    if a.get("name_en") and a.get("name_en") != head:
        lines.append({"text": a["name_en"]})
    if a.get("name_ar"):
        lines.append({"text": a["name_ar"], "cls": "ar"})
    lines.append({"text": a.get("kind_label", "organisation")})
    partners = g.degree(node)
    lines.append({"text": f"{a.get('activities', 0)} activities · {partners} "
                          f"{'partner' if partners == 1 else 'partners'}"
                          + (f" · community {a['community'] + 1}" if "community" in a else "")})
    lines.append({"text": a.get("iri", str(node)), "cls": "more"})
    return lines


def _search_names(attrs: dict) -> list[str]:
    return [name for name in dict.fromkeys((attrs.get("acronym"), attrs.get("label"), attrs.get("name_en"),
                                            attrs.get("name_ar"))) if name]


def _options_for(n: int) -> dict:
    """vis-network options: no physics, straight edges, hover events; lighter drawing for big graphs."""
    return {
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False},
        "edges": {"smooth": False, "selectionWidth": 2, "hoverWidth": 1.5,
                  "color": {"color": EDGE_COLOUR, "highlight": "#333", "hover": "#333", "inherit": False}},
        "nodes": {"scaling": {"label": {"enabled": False, "drawThreshold": 5}}},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": n > 1000,
                        "hideEdgesOnZoom": n > 3000, "navigationButtons": False, "keyboard": False},
    }


def _darker(colour: str) -> str:
    """A darker shade of a #rrggbb colour, for node borders.

    >>> _darker("#ffffff")
    '#bfbfbf'
    """
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return "#" + "".join(f"{int(c * 0.75):02x}" for c in (r, g, b))
