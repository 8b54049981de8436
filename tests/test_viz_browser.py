"""The network page in a real headless Chromium (Debian's chromium, driven over DevTools on 127.0.0.1).

The corpus network renders (the screenshot is not blank), shows as many nodes as
the graph has, makes no network request, and the focus filter and the search box
give the neighbour sets the store holds.
"""
import pytest

from viz import browser
from viz.network import Filters, partnership_graph
from viz.render import write_html
from viz.synthetic import synthetic_data

pytestmark = pytest.mark.skipif(not browser.available(), reason="needs /usr/bin/chromium and websocket-client")
READY = "document.body.dataset.ready === 'true'"
OIC = "PREFIX oic: <https://w3id.org/oic-kg/ontology#>\n"


@pytest.fixture(scope="module")
def chromium():
    with browser.Chromium() as running:
        yield running


@pytest.fixture(scope="module")
def corpus_page(chromium, network_data, tmp_path_factory):
    path = write_html(partnership_graph(network_data), tmp_path_factory.mktemp("page") / "network.html")
    chromium.requests.clear()
    chromium.open(path, ready=READY)
    return path


def column(store, query):
    return {row[0].value for row in store.query(OIC + query, use_default_graph_as_union=True)}


def test_the_corpus_network_renders_a_picture_that_is_not_blank(chromium, corpus_page, tmp_path):
    import matplotlib.image

    pixels = matplotlib.image.imread(chromium.screenshot(tmp_path / "corpus.png"))
    canvas = pixels[:, 400:, :3]          # right of the legend panel
    background = canvas[5, -5]
    differs = (abs(canvas - background).sum(axis=2) > 0.1).mean()
    assert differs > 0.01, f"only {differs:.2%} of the canvas is drawn"
    coloured = (canvas.max(axis=2) - canvas.min(axis=2) > 0.3).mean()
    assert coloured > 0.002, "no coloured node is visible"


def test_the_page_shows_as_many_nodes_as_the_graph_has_organisations_in_activities(chromium, corpus_page, built_store):
    involved = column(built_store, "SELECT DISTINCT ?org WHERE { ?activity oic:involves ?org }")
    assert chromium.evaluate("window.oickg.nodes.length") == len(involved)
    assert set(chromium.evaluate("window.oickg.nodes.get().map(n => n.iri)")) == involved


def test_the_page_makes_no_network_request(chromium, corpus_page):
    outside = [url for url in chromium.requests if not url.startswith(("file://", "data:"))]
    assert outside == []
    assert chromium.requests == [corpus_page.resolve().as_uri()]


def test_the_page_runs_without_script_errors(chromium, corpus_page):
    assert chromium.console_errors == []


def test_searching_an_acronym_highlights_the_organisation_and_its_partners(chromium, corpus_page, built_store,
                                                                           network_data):
    kobia = next(o.iri for o in network_data.organisations.values() if o.acronym == "KOBIA")
    partners = column(built_store, f"SELECT ?p WHERE {{ <{kobia}> oic:partnerOf ?p }}")
    assert chromium.evaluate("window.oickg.search('kobia')") == kobia
    assert set(chromium.evaluate("document.body.dataset.highlighted").split()) == partners | {kobia}
    chromium.evaluate("window.oickg.clear()")
    assert chromium.evaluate("document.body.dataset.highlighted") is None


def test_a_node_tooltip_gives_the_arabic_name(chromium, corpus_page):
    lines = chromium.evaluate("window.oickg.tips.node(window.oickg.nodes.get()"
                              ".find(n => n.iri.endsWith('/org/sesric')).id).map(l => l.text)")
    assert any("\u0600" <= ch <= "\u06ff" for line in lines for ch in line), lines


def test_an_edge_tooltip_lists_the_activities_with_date_and_source(chromium, corpus_page):
    lines = chromium.evaluate("window.oickg.tips.edge(window.oickg.edges.getIds()[0]).map(l => l.text)")
    assert "shared activit" in lines[0]
    assert any(line.startswith("source: ") for line in lines)
    assert any(line[:4].isdigit() or line.startswith("undated") for line in lines[1:])


def test_the_focus_page_holds_exactly_the_organisation_and_its_partners(chromium, built_store, network_data, tmp_path):
    sesric = next(o.iri for o in network_data.organisations.values() if o.acronym == "SESRIC")
    partners = column(built_store, f"SELECT ?p WHERE {{ <{sesric}> oic:partnerOf ?p }}")
    path = write_html(partnership_graph(network_data, Filters(focus="SESRIC", hops=1)), tmp_path / "focus.html")
    chromium.open(path, ready=READY)
    assert set(chromium.evaluate("window.oickg.nodes.get().map(n => n.iri)")) == partners | {sesric}


def test_a_dense_network_adds_the_hidden_ties_of_a_highlighted_organisation(chromium, tmp_path):
    from viz.render import render

    g = partnership_graph(synthetic_data(200, seed=7))
    path = tmp_path / "dense.html"
    path.write_text(render(g, edge_budget=300), encoding="utf-8")
    chromium.open(path, ready=READY)
    assert chromium.evaluate("window.oickg.edges.length") == 300
    hub = max(g, key=g.degree)
    hub_id = chromium.evaluate(f"window.oickg.nodes.get().find(n => n.iri === '{hub}').id")
    chromium.evaluate(f"window.oickg.highlight({hub_id})")
    assert len(chromium.evaluate("document.body.dataset.highlighted").split()) == g.degree(hub) + 1
    assert chromium.evaluate(f"window.oickg.network.getConnectedEdges({hub_id}).length") == g.degree(hub)
    chromium.evaluate("window.oickg.clear()")
    assert chromium.evaluate("window.oickg.edges.length") == 300


def test_an_organisation_lit_before_is_dimmed_when_another_is_highlighted(chromium, corpus_page):
    # vis-network cannot unset a per-node option, so a node lit once must be dimmed explicitly later.
    chromium.open(corpus_page, ready=READY)
    kobia = chromium.evaluate("window.oickg.nodes.get().find(n => n.iri.endsWith('/org/kobia')).id")
    opacity = f"window.oickg.network.body.nodes[{kobia}].options.opacity"
    chromium.evaluate("window.oickg.search('KOBIA')")
    chromium.evaluate("window.oickg.clear()")
    assert chromium.evaluate(opacity) == 1
    far = chromium.evaluate(f"window.oickg.nodes.getIds().find(i => i !== {kobia} && "
                            f"!window.oickg.network.getConnectedNodes({kobia}).includes(i))")
    chromium.evaluate(f"window.oickg.highlight({far})")
    assert chromium.evaluate(opacity) < 0.5
    chromium.evaluate("window.oickg.clear()")
    assert chromium.evaluate(opacity) == 1
