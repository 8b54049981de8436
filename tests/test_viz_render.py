"""viz.render: the network page is self-contained, carries every node, tooltip and legend entry."""
import json
import re

import networkx as nx
import pytest
from pyvis.network import Network

from graph.store import open_store
from viz.network import partnership_graph, read_network_data
from viz.render import GraphNetwork, drawn_edges, external_references, legend, render
from viz.synthetic import synthetic_data


@pytest.fixture(scope="module")
def corpus_graph(built_graph):
    return partnership_graph(read_network_data(open_store(built_graph)))


def page_data(html: str) -> dict:
    raw = re.search(r'<script id="graph-data" type="application/json">(.*?)</script>', html, re.S).group(1)
    return json.loads(raw)


def test_pyvis_own_in_line_page_still_points_outside_which_is_why_we_do_not_use_it(tmp_path):
    net = Network(cdn_resources="in_line")
    net.add_node(1, label="SESRIC")
    assert external_references(net.generate_html())


def test_the_corpus_page_loads_nothing_from_outside(corpus_graph):
    html = render(corpus_graph)
    assert external_references(html) == []
    assert "node_modules" not in html and "cdn.jsdelivr" not in html and "bootstrap" not in html.lower()
    assert re.search(r"<script[^>]*\bsrc=", html) is None and "<link" not in html


def test_the_page_carries_every_node_with_its_iri_and_arabic_name(corpus_graph):
    data = page_data(render(corpus_graph))
    assert sorted(n["iri"] for n in data["nodes"]) == sorted(corpus_graph)
    sesric = next(n for n in data["nodes"] if n["iri"].endswith("/org/sesric"))
    tip = [line["text"] for line in sesric["tip"]]
    assert "SESRIC" in tip[0]
    assert any(re.search("[\u0600-\u06ff]", line) for line in tip), tip


def test_every_edge_points_at_its_activities_with_their_sources(corpus_graph):
    data = page_data(render(corpus_graph))
    assert len(data["edges"]) == corpus_graph.number_of_edges()
    for edge in data["edges"]:
        for index in edge["acts"]:
            title, date, kind, sources = data["activities"][index]
            assert title and sources


def test_the_legend_counts_every_kind_once(corpus_graph):
    entries = legend(corpus_graph)
    assert sum(e["count"] for e in entries) == len(corpus_graph)
    assert len({e["label"] for e in entries}) == len(entries)


def test_a_title_cannot_inject_markup_into_the_page():
    g = nx.Graph()
    g.add_node("x", label="</script><script>alert(1)</script>", group="NGO", size_value=1.0)
    html = render(g)
    assert "<script>alert(1)" not in html


def test_a_dense_network_draws_a_backbone_and_keeps_every_other_edge_for_highlighting():
    g = partnership_graph(synthetic_data(300, seed=5))
    assert g.number_of_edges() > 800
    data = page_data(render(g, edge_budget=800))
    assert len(data["edges"]) == 800
    assert len(data["edges"]) + len(data["hidden"]) == g.number_of_edges()
    drawn = {n for e in data["edges"] for n in (e["from"], e["to"])}
    assert len(drawn) == sum(1 for n in g if g.degree(n)), "every linked organisation keeps a drawn tie"


def test_the_backbone_keeps_every_component_connected():
    g = nx.Graph([(1, 2, {"weight": 1}), (2, 3, {"weight": 5}), (1, 3, {"weight": 1}), (4, 5, {"weight": 1})])
    kept = nx.Graph([key for key in drawn_edges(g, budget=2)])
    assert nx.number_connected_components(kept) == 2 and len(kept) == 5


def test_graph_network_makes_the_same_node_options_as_pyvis():
    ours, theirs = GraphNetwork(), Network()
    for net in (ours, theirs):
        net.add_node(1, label="IsDB", x=1.0, y=2.0, size=9)
        net.add_node(2, label="KOBIA")
        net.add_edge(1, 2, width=2)
    assert ours.get_network_data()[:2] == theirs.get_network_data()[:2]
