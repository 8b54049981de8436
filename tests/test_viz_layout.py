"""viz.layout: positions computed in Python, components side by side."""
import networkx as nx

from viz.layout import positions


def test_every_node_gets_a_distinct_position():
    g = nx.powerlaw_cluster_graph(300, 2, 0.3, seed=1)
    pos = positions(g)
    assert set(pos) == set(g)
    assert len(set(pos.values())) == len(g)


def test_the_same_graph_gets_the_same_positions():
    g = nx.karate_club_graph()
    assert positions(g) == positions(g)


def test_components_do_not_overlap():
    g = nx.disjoint_union(nx.complete_graph(9), nx.cycle_graph(12))
    g.add_nodes_from(["alone", "also alone"])
    pos = positions(g)
    boxes = []
    for nodes in nx.connected_components(g):
        xs, ys = [pos[n][0] for n in nodes], [pos[n][1] for n in nodes]
        boxes.append((min(xs), max(xs), min(ys), max(ys)))
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert a[1] < b[0] or b[1] < a[0] or a[3] < b[2] or b[3] < a[2], (a, b)


def test_linked_nodes_sit_closer_than_unlinked_ones_on_average():
    g = nx.connected_caveman_graph(6, 6)
    pos = positions(g)

    def dist(a, b):
        return ((pos[a][0] - pos[b][0]) ** 2 + (pos[a][1] - pos[b][1]) ** 2) ** 0.5

    linked = [dist(a, b) for a, b in g.edges()]
    unlinked = [dist(a, b) for a, b in nx.non_edges(g)]
    assert sum(linked) / len(linked) < 0.5 * sum(unlinked) / len(unlinked)
