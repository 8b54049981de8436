"""viz.network: the partnership network read from the store, its filters and measures."""
import datetime as dt

import pytest

from viz.errors import BadFilter, UnknownOrganisation
from viz.network import Filters, bipartite_graph, find_organisation, parse_period, partnership_graph
from viz.synthetic import synthetic_data

OIC = "PREFIX oic: <https://w3id.org/oic-kg/ontology#>\n"


def column(store, query):
    return [row[0].value for row in store.query(OIC + query, use_default_graph_as_union=True)]


def test_the_network_has_one_node_per_organisation_involved_in_an_activity(built_store, network_data):
    involved = set(column(built_store, "SELECT DISTINCT ?org WHERE { ?activity oic:involves ?org }"))
    assert set(partnership_graph(network_data)) == involved


def test_edge_weights_equal_the_shared_activity_counts_the_build_materialised(built_store, network_data):
    rows = built_store.query(OIC + """SELECT ?a ?b ?n WHERE { ?p a oic:Partnership ; oic:partnershipBetween ?a, ?b ;
                                oic:sharedActivityCount ?n FILTER(STR(?a) < STR(?b)) }""",
                       use_default_graph_as_union=True)
    expected = {frozenset((r["a"].value, r["b"].value)): int(r["n"].value) for r in rows}
    g = partnership_graph(network_data)
    assert expected, "the corpus should give at least one partnership"
    assert {frozenset((a, b)): w for a, b, w in g.edges(data="weight")} == expected


def test_every_edge_lists_its_activities_with_title_date_and_source(network_data):
    g = partnership_graph(network_data)
    for a, b, attrs in g.edges(data=True):
        assert len(attrs["activities"]) == attrs["weight"]
        for title, date, kind, sources in attrs["activities"]:
            assert title and kind and sources


def test_focus_with_one_hop_keeps_the_organisation_and_its_partners_from_the_store(built_store, network_data):
    kobia = find_organisation(network_data, "kobia")
    partners = set(column(built_store, f"SELECT ?p WHERE {{ <{kobia}> oic:partnerOf ?p }}"))
    g = partnership_graph(network_data, Filters(focus="KOBIA", hops=1))
    assert set(g) == partners | {kobia}
    assert g.nodes[kobia]["focus"] is True


def test_focus_with_zero_hops_keeps_the_organisation_alone(network_data):
    assert len(partnership_graph(network_data, Filters(focus="SESRIC", hops=0))) == 1


def test_an_unknown_focus_is_an_error_that_names_the_organisation():
    data = synthetic_data(20)
    with pytest.raises(UnknownOrganisation, match="NO-SUCH-BODY"):
        partnership_graph(data, Filters(focus="NO-SUCH-BODY"))


def test_a_time_window_after_every_activity_leaves_no_organisation(network_data):
    assert len(partnership_graph(network_data, Filters(since=dt.date(2100, 1, 1)))) == 0


def test_until_keeps_only_the_activities_on_or_before_that_day(network_data):
    first = min(a.date for a in network_data.activities.values() if a.date)
    g = partnership_graph(network_data, Filters(until=first))
    dates = {date for _, _, acts in g.edges(data="activities") for _, date, _, _ in acts}
    assert dates <= {first.isoformat()}
    expected = {o for a in network_data.activities.values() if a.date == first for o in a.roles}
    assert set(g) == expected


def test_the_kind_filter_keeps_ministries_as_national_agencies():
    data = synthetic_data(300, seed=3)
    g = partnership_graph(data, Filters(kind="national_agency"))
    kinds = {attrs["kind"] for _, attrs in g.nodes(data=True)}
    assert "Ministry" in kinds and kinds <= {"NationalAgency", "Ministry", "StatisticalOffice"}


def test_an_unknown_kind_is_an_error_that_lists_the_kinds(network_data):
    with pytest.raises(BadFilter, match="national agency"):
        partnership_graph(network_data, Filters(kind="spaceship"))


def test_the_programme_filter_keeps_only_activities_under_that_programme():
    data = synthetic_data(200, seed=2)
    g = partnership_graph(data, Filters(programme="statcab"))
    titles = {t for _, _, acts in g.edges(data="activities") for t, *_ in acts}
    under = {a.title for a in data.activities.values() if "StatCaB" in a.programmes}
    assert titles and titles <= under


def test_the_network_filter_reads_the_networks_of_the_corpus(network_data):
    g = partnership_graph(network_data, Filters(network="OIC-SMENET"))
    assert {g.nodes[n]["acronym"] for n in g} >= {"SESRIC", "KOBIA"}


def test_the_bipartite_graph_links_each_activity_to_each_of_its_organisations(network_data):
    g = bipartite_graph(network_data)
    activities = [n for n, side in g.nodes(data="bipartite") if side == 1]
    assert len(activities) == sum(1 for a in network_data.activities.values() if a.roles)
    for activity in activities:
        assert set(g[activity]) == set(network_data.activities[activity].roles)
        assert all(g.edges[activity, org]["role"] in ("organiser", "partner", "party") for org in g[activity])


@pytest.mark.parametrize("size", ["degree", "strength", "activities", "pagerank", "betweenness"])
def test_every_size_measure_gives_every_node_a_value(size):
    g = partnership_graph(synthetic_data(120, seed=1), size=size)
    values = [attrs["size_value"] for _, attrs in g.nodes(data=True)]
    assert len(values) == 120 and max(values) > min(values)


def test_louvain_communities_cover_every_node_and_number_the_largest_first():
    g = partnership_graph(synthetic_data(200, seed=4), communities=True)
    sizes = {}
    for _, community in g.nodes(data="community"):
        sizes[community] = sizes.get(community, 0) + 1
    assert None not in sizes
    assert sizes[0] == max(sizes.values())


def test_the_synthetic_network_is_the_same_for_the_same_seed():
    one, two = synthetic_data(100, seed=9), synthetic_data(100, seed=9)
    assert list(one.activities) == list(two.activities)
    assert [a.roles for a in one.activities.values()] == [a.roles for a in two.activities.values()]


@pytest.mark.parametrize("text", ["2024-13", "last year", "2024-02-30", ""])
def test_parse_period_refuses_what_is_not_a_date(text):
    with pytest.raises(BadFilter, match="YYYY"):
        parse_period(text)


def test_the_bipartite_focus_keeps_the_organisations_activities_and_everyone_in_them(network_data):
    kobia = find_organisation(network_data, "KOBIA")
    g = bipartite_graph(network_data, Filters(focus="KOBIA", hops=1))
    own = {a.iri for a in network_data.activities.values() if kobia in a.roles}
    assert {n for n, side in g.nodes(data="bipartite") if side == 1} == own
    assert {n for n, side in g.nodes(data="bipartite") if side == 0} == \
        {o for a in own for o in network_data.activities[a].roles}
