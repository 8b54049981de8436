"""viz.export: GEXF and GraphML files with the same attributes, readable back."""
import networkx as nx
import pytest

from graph.store import open_store
from viz.errors import BadOutput
from viz.export import write_network
from viz.network import bipartite_graph, partnership_graph, read_network_data


@pytest.fixture(scope="module")
def graph(built_graph):
    return partnership_graph(read_network_data(open_store(built_graph)), communities=True)


def test_gexf_and_graphml_hold_the_same_nodes_edges_and_attributes(graph, tmp_path):
    gexf = nx.read_gexf(write_network(graph, tmp_path / "n.gexf"))
    graphml = nx.read_graphml(write_network(graph, tmp_path / "n.graphml"))
    assert set(gexf) == set(graphml) == set(graph)
    assert {frozenset(e) for e in gexf.edges()} == {frozenset(e) for e in graphml.edges()}
    node = next(iter(graph))
    expected = {"label", "acronym", "name_en", "name_ar", "kind", "group_label", "degree", "community", "x", "y",
                "color"}
    assert expected <= set(graphml.nodes[node])
    assert expected - {"label"} <= set(gexf.nodes[node])
    assert gexf.nodes[node]["name_ar"] == graphml.nodes[node]["name_ar"] == graph.nodes[node]["name_ar"]


def test_edges_carry_weight_activities_and_sources(graph, tmp_path):
    back = nx.read_graphml(write_network(graph, tmp_path / "n.graphml"))
    for a, b, attrs in graph.edges(data=True):
        edge = back.edges[a, b]
        assert int(edge["weight"]) == attrs["weight"]
        assert edge["activities"].count(" | ") == attrs["weight"] - 1
        assert edge["sources"]


def test_gexf_carries_positions_and_colours_for_gephi(graph, tmp_path):
    text = write_network(graph, tmp_path / "n.gexf").read_text(encoding="utf-8")
    assert text.count("<viz:position") == len(graph) and text.count("<viz:color") == len(graph)


def test_the_bipartite_graph_exports_too(built_graph, tmp_path):
    g = bipartite_graph(read_network_data(open_store(built_graph)))
    back = nx.read_graphml(write_network(g, tmp_path / "b.graphml"))
    assert len(back) == len(g) and {d["role"] for *_, d in back.edges(data=True)} <= {"organiser", "partner", "party"}


def test_an_unknown_format_is_refused(graph, tmp_path):
    with pytest.raises(BadOutput):
        write_network(graph, tmp_path / "n.dot")
