"""The named queries: each answers its question on the corpus graph with facts checked by hand in the texts.

Expected rows are facts read in data/corpus (000: SESRIC and KOBIA open OIC-SMENET in Baku on
7 October 2025, SESRIC its permanent secretariat; 001: SESRIC's DG meets KOBIA's chairman there;
002: SESRIC's Binaa kick-off in Istanbul, 6-7 February 2017, with LPRD, IsDB, KOSGEB, DEIK ...).
Tests assert that those rows are present, not how many rows the whole graph gives, so they stay
true as the loaders read more of the long documents.
"""
import json

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

import queries
from graph.build import load_dataset, materialise, to_dataset
from graph.store import open_store
from loaders.records import Record
from loaders.registry import default_registry
from oickg.cli import cli
from queries.errors import BadParameter, BadQuery, NoPath
from queries.path import shortest_chain
from queries.run import bind, bind_arguments, render, run_local

BASE = "https://w3id.org/oic-kg/"
SOURCE_000, SOURCE_001, SOURCE_002 = "000_272770b36fcd7c81.txt", "001_b259c73fa87270d6.txt", "002_3f67964ab990a2d2.txt"


@pytest.fixture(scope="module")
def store(built_graph):
    return open_store(built_graph)


def ask(store, name, *values, **params):
    q, bindings = bind_arguments(name, values, tuple(f"{k}={v}" for k, v in params.items()))
    result = run_local(store, q.text, bindings)
    return [dict(zip(result.columns, row)) for row in result.rows]


def test_every_report_query_declares_what_it_answers_and_what_it_returns():
    for name in queries.names():
        text = queries.load(name).text
        assert text.startswith("# "), name
        assert "Returns:" in text.split("PREFIX")[0], name


def test_every_report_query_runs_on_the_corpus_graph(store):
    for name in queries.names():
        if name.startswith("construct-"):
            continue
        result = run_local(store, queries.load(name).text)
        assert result.columns, name


def test_partners_of_kobia_is_sesric_with_both_baku_pages_as_sources(store):
    rows = {row["acronym_"]: row for row in ask(store, "partners", "KOBIA")}
    assert "SESRIC" in rows
    sesric = rows["SESRIC"]
    assert int(sesric["shared"]) >= 2
    assert sesric["first"] == "2025" if int(sesric["shared"]) == 2 else sesric["last"] >= "2025"
    assert SOURCE_000 in sesric["sources"] and SOURCE_001 in sesric["sources"]
    assert sesric["label_ar"] == "مركز الأبحاث الإحصائية والاقتصادية والاجتماعية والتدريب للدول الإسلامية"


def test_partners_of_sesric_include_the_binaa_partners_of_2017(store):
    rows = {row["partner"]: row for row in ask(store, "partners", "sesric")}
    for org in ("kobia", "lprd", "isdb", "kosgeb", "deik", "libya-sme"):
        assert BASE + "org/" + org in rows, org
    assert rows[BASE + "org/lprd"]["first"] <= "2017"


def test_partners_accepts_the_full_iri_and_the_acronym_in_any_case(store):
    by_iri = ask(store, "partners", BASE + "org/kobia")
    by_acronym = ask(store, "partners", "kobia")
    assert by_iri == by_acronym and by_iri


def test_strongest_partnerships_rank_sesric_and_kobia_above_single_activity_pairs(store):
    rows = ask(store, "strongest-partnerships")
    pairs = [{r["a_name"], r["b_name"]} for r in rows]
    assert {"SESRIC", "KOBIA"} in pairs
    shared = [int(r["shared"]) for r in rows]
    assert shared == sorted(shared, reverse=True)
    assert all(int(r["shared"]) >= 2 for r in ask(store, "strongest-partnerships", "2"))


def test_activities_of_kobia_are_the_two_baku_meetings_of_7_october_2025(store):
    rows = ask(store, "activities-of-organisation", "KOBIA")
    baku = [r for r in rows if r["start"] == "2025-10-07"]
    roles = {r["role"] for r in baku}
    assert "organiser" in roles
    assert any(r["city"] == "Baku" and r["country"] == "Azerbaijan" and SOURCE_000 in r["source"] for r in baku)
    assert all(r["quote"] for r in baku)


def test_a_date_range_keeps_only_the_activities_inside_it(store):
    assert not [r for r in ask(store, "activities-of-organisation", "SESRIC", "2018") if r["start"] < "2018"]
    until = ask(store, "activities-of-organisation", "SESRIC", until="2017")
    assert until and all(r["start"] <= "2017-12-31" for r in until)
    assert any(r["start"] == "2017-02-06" for r in until)
    assert ask(store, "activities-of-organisation", "SESRIC", since="2017-02-07", until="2017-02-07") == []


def test_activities_of_the_binaa_initiative_include_the_istanbul_kick_off(store):
    rows = ask(store, "activities-of-programme", "Binaa Initiative")
    kick_off = [r for r in rows if r["start"] == "2017-02-06"]
    assert kick_off and kick_off[0]["end"] == "2017-02-07"
    assert "SESRIC" in kick_off[0]["organisers"] and "LPRD" in kick_off[0]["partners"]
    assert SOURCE_002 in kick_off[0]["source"]


def test_activities_of_oic_smenet_include_both_baku_pages(store):
    sources = " ".join(r["source"] for r in ask(store, "activities-of-network", "oic-smenet"))
    assert SOURCE_000 in sources and SOURCE_001 in sources


def test_activities_of_a_country_are_found_by_code_english_or_arabic_name(store):
    for name in ("AZE", "Azerbaijan", "أذربيجان"):
        rows = ask(store, "activities-of-country", name)
        assert any(r["start"] == "2025-10-07" and r["city"] == "Baku" for r in rows), name
    assert any(r["start"] == "2017-02-06" and r["city"] == "Istanbul" for r in ask(store, "activities-of-country", "TUR"))


def test_sesric_holds_the_secretariat_of_oic_smenet(store):
    rows = ask(store, "network-roles", "OIC-SMENET")
    assert ("secretariat", "SESRIC") in {(r["role"], r["holder_acronym"]) for r in rows}
    assert {r["net_name"] for r in ask(store, "network-roles")} >= {"OIC-SMENET", "OIC-PESNET", "OIC-StatCom"}


def test_kobia_chairs_oic_smenet_as_the_baku_page_says(store):
    # 000: «ستتولى الوكالة رئاسة الشبكة للسنوات الثلاث المقبلة» (the agency will chair the network for three years)
    chair = [r for r in ask(store, "network-roles", "OIC-SMENET") if r["role"] == "chair"]
    assert [r["holder_acronym"] for r in chair] == ["KOBIA"]
    assert chair[0]["since"] == "2025" and SOURCE_000 in chair[0]["source"]


def test_institutions_by_kind_and_country_list_kobia_as_an_azerbaijani_national_agency(store):
    rows = ask(store, "institutions-by-kind-and-country", "national agency", "AZE")
    assert "KOBIA" in {r["acronym"] for r in rows}
    assert all(r["country_"] == "AZE" and r["kind_"] == "national agency" for r in rows)
    sesric = [r for r in ask(store, "institutions-by-kind-and-country") if r["acronym"] == "SESRIC"]
    assert sesric[0]["kind_"] == "OIC subsidiary organ" and sesric[0]["country_"] == "TUR"


def test_activity_counts_count_the_2017_binaa_meeting_and_the_2025_meetings(store):
    rows = {(r["year"], r["type"], r["programme"]): int(r["activities"]) for r in ask(store, "activity-counts")}
    assert rows[("2017", "meeting", "Binaa Initiative")] >= 1
    assert sum(n for (year, kind, _), n in rows.items() if year == "2025" and kind == "meeting") >= 2


def test_the_path_from_kobia_to_isdb_goes_through_sesric(store):
    edges = run_local(store, queries.load("partnership-edges").text)
    chain = shortest_chain(edges, "KOBIA", "isdb")
    assert [row[2] for row in chain.rows] == ["KOBIA", "SESRIC"]
    assert chain.rows[-1][4] == "IsDB"
    with pytest.raises(NoPath):
        shortest_chain(edges, "KOBIA", "no-such-organisation")


# A small graph of hand-made records for what the corpus does not state yet (agreements, chairs).
RECORDS = [
    {"source": "t.txt", "kind": "agreement", "event_type": None, "title": "مذكرة تفاهم", "start": "2024-11-14",
     "end": "2024-11-14", "city": None, "country": None, "online": None,
     "organisers": [{"name": "سيسرك", "acronym": "SESRIC", "id": "sesric"}, {"name": "X", "acronym": "WDO"}],
     "partners": [], "programmes": [], "networks": [], "participants": None, "participant_countries": None,
     "span": [0, 10], "quote": "وقع سيسرك"},
    {"source": "t.txt", "kind": "event", "event_type": "meeting", "title": "اجتماع", "start": "2025-10-07",
     "end": "2025-10-07", "city": None, "country": None, "online": None,
     "organisers": [{"name": "KOBIA", "acronym": "KOBIA", "id": "kobia"}], "partners": [], "programmes": [],
     "networks": ["OIC-SMENET"], "participants": None, "participant_countries": None, "span": [20, 30],
     "relations": [{"subject": {"name": "KOBIA", "acronym": "KOBIA", "id": "kobia"}, "predicate": "chairOf",
                    "object": "OIC-SMENET", "since": 2025, "until": 2028}]},
]


@pytest.fixture(scope="module")
def small_store():
    store = ox.Store()
    records = [Record.from_json(json.dumps(r)) for r in RECORDS]
    load_dataset(store, to_dataset(records, default_registry()))
    materialise(store)
    return store


def test_agreements_filter_by_party_and_year(small_store):
    assert [r["date"] for r in ask(small_store, "agreements", "SESRIC")] == ["2024-11-14"]
    assert "WDO" in ask(small_store, "agreements", "wdo", "2024")[0]["parties"]
    assert ask(small_store, "agreements", "SESRIC", "2023") == []
    assert ask(small_store, "agreements", year="2024")[0]["quote"] == "وقع سيسرك"


def test_network_roles_give_the_chair_with_its_term(small_store):
    chair = [r for r in ask(small_store, "network-roles", "OIC-SMENET") if r["role"] == "chair"]
    assert chair[0]["holder_acronym"] == "KOBIA" and (chair[0]["since"], chair[0]["until"]) == ("2025", "2028")
    assert chair[0]["source"] == "t.txt"


def test_a_parameter_with_quotes_braces_and_hashes_cannot_change_the_query(store):
    hostile = 'x" } } UNION { ?s ?p ?o } #'
    assert ask(store, "partners", hostile) == []
    assert 'VALUES (?acronym) { ("x\\" } } UNION { ?s ?p ?o } #") }' in bind(queries.load("partners").text,
                                                                             {"acronym": hostile})


def test_an_undeclared_parameter_or_too_many_values_is_refused():
    with pytest.raises(BadParameter):
        bind_arguments("partners", (), ("nope=1",))
    with pytest.raises(BadParameter):
        bind_arguments("partners", ("a", "b"), ())


def test_a_query_that_does_not_parse_raises_bad_query(store):
    with pytest.raises(BadQuery, match="does not parse"):
        run_local(store, "SELECT WHERE {")


def test_the_table_shortens_iris_and_shows_arabic_and_english_labels(store):
    q, bindings = bind_arguments("partners", ("KOBIA",), ())
    table = render(run_local(store, q.text, bindings), "table")
    assert "org/sesric" in table and BASE + "org/sesric" not in table
    assert "Statistical, Economic" in table and "مركز الأبحاث" in table


def test_query_cli_binds_positional_values_and_named_params_and_prints_json(built_graph):
    result = CliRunner().invoke(cli, ["query", "activities-of-organisation", "KOBIA", "--param", "until=2025",
                                      "--out", str(built_graph), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert any(row["start"] == "2025-10-07" for row in json.loads(result.stdout))


def test_sparql_cli_runs_inline_and_file_queries_in_every_form(built_graph, tmp_path):
    runner = CliRunner()
    out = ["--out", str(built_graph)]
    # DISTINCT: the registry graph and the inferred graph (construct-organisation-names.rq) both hold it.
    select = runner.invoke(cli, ["sparql", "SELECT DISTINCT ?l WHERE { <https://w3id.org/oic-kg/org/kobia> "
                                 "<https://w3id.org/oic-kg/ontology#acronym> ?l }", "--format", "csv", *out])
    assert select.exit_code == 0 and select.stdout.splitlines() == ["l", "KOBIA"]
    query_file = tmp_path / "ask.rq"
    query_file.write_text("ASK { ?s a <https://w3id.org/oic-kg/ontology#Partnership> }", encoding="utf-8")
    asked = runner.invoke(cli, ["sparql", "-f", str(query_file), *out])
    assert asked.exit_code == 0 and "true" in asked.stdout
    built = runner.invoke(cli, ["sparql", "CONSTRUCT WHERE { <https://w3id.org/oic-kg/org/kobia> "
                                "<https://w3id.org/oic-kg/ontology#acronym> ?l }", *out])
    assert built.stdout == '<https://w3id.org/oic-kg/org/kobia> <https://w3id.org/oic-kg/ontology#acronym> "KOBIA" .\n'


def test_sparql_cli_exits_2_with_the_parser_message_on_a_bad_query(built_graph):
    result = CliRunner().invoke(cli, ["sparql", "SELEC ?x", "--out", str(built_graph)])
    assert result.exit_code == 2
    assert "BadQuery" in result.stderr and "1:" in result.stderr


def test_path_cli_prints_the_chain_and_exits_2_when_there_is_none(built_graph):
    runner = CliRunner()
    found = runner.invoke(cli, ["path", "KOBIA", "IsDB", "--out", str(built_graph), "--format", "csv"])
    assert found.exit_code == 0, found.output
    assert found.stdout.splitlines()[1].startswith("1,https://w3id.org/oic-kg/org/kobia,KOBIA,")
    missing = runner.invoke(cli, ["path", "KOBIA", "nobody", "--out", str(built_graph)])
    assert missing.exit_code == 2 and "NoPath" in missing.stderr


def test_partners_finds_the_organisation_by_every_accepted_form_of_its_name(store):
    # partners.rq looks the organisation up through indexes (acronym as given, upper- or lower-cased,
    # IRI, registry id) and falls back to a case-blind scan of acronyms: every form gives the same rows.
    expected = ask(store, "partners", "KOBIA")
    assert expected
    for given in ("kobia", "Kobia", "kObIa", BASE + "org/kobia"):
        assert ask(store, "partners", given) == expected, given
    # "UN Women" is neither upper- nor lower-case and its registry id is un-women: only the scan finds it
    un_women = ask(store, "partners", "un WOMEN")
    assert un_women and un_women == ask(store, "partners", "un-women")
    assert ask(store, "partners", "KOBIA " + "x") == [] and ask(store, "partners", "org/kobia") == []


def test_partners_takes_no_network_or_programme_for_an_organisation(store):
    assert ask(store, "partners", "OIC-SMENET") == [] and ask(store, "partners", "StatCaB") == []


WALKED_SOURCES = """PREFIX oic: <https://w3id.org/oic-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?p (GROUP_CONCAT(DISTINCT ?name; separator=" ") AS ?names) WHERE {
  ?p a oic:Partnership ; oic:partnershipEvidence/oic:evidence/oic:fromSource/rdfs:label ?name .
} GROUP BY ?p"""


def test_each_partnership_carries_the_names_of_the_sources_its_shared_activities_come_from(store):
    # construct-partnership-source-names.rq: what partners.rq returns as ?sources is the walk
    # partnership → shared activity → evidence → source document → name, each name once.
    walked = {r["p"].value: sorted(r["names"].value.split(" "))
              for r in store.query(WALKED_SOURCES, use_default_graph_as_union=True)}
    materialised = {r["p"].value: sorted(r["names"].value.split(" ")) for r in store.query(
        "SELECT ?p ?names WHERE { ?p <https://w3id.org/oic-kg/ontology#partnershipSourceNames> ?names }",
        use_default_graph_as_union=True)}
    assert walked and materialised == walked


PREFERRED_NAMES = """PREFIX oic: <https://w3id.org/oic-kg/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?o (COUNT(?a) AS ?acronyms) (COUNT(?en) AS ?ens) (COUNT(?ar) AS ?ars) WHERE {
  { SELECT DISTINCT ?o WHERE { ?o a oic:Organisation } }
  { ?o oic:preferredAcronym ?a } UNION { ?o skos:prefLabel ?en FILTER(LANG(?en) = "en") }
  UNION { ?o skos:prefLabel ?ar FILTER(LANG(?ar) = "ar") }
} GROUP BY ?o"""


def test_each_organisation_has_one_preferred_acronym_and_one_preferred_name_per_language(store):
    # construct-organisation-names.rq, read by partners.rq so that a partner's names are one row each;
    # counted over the union of graphs without DISTINCT, as partners.rq reads them.
    counts = {r["o"].value: (int(r["acronyms"].value), int(r["ens"].value), int(r["ars"].value))
              for r in store.query(PREFERRED_NAMES, use_default_graph_as_union=True)}
    assert len(counts) > 100 and all(max(c) <= 1 for c in counts.values())
    assert sum(c[0] for c in counts.values()) > 50 and sum(c[2] for c in counts.values()) > 100
    # A registry organisation keeps the registry's names; one the texts name gets one of those names.
    assert [r for r in ask(store, "partners", "KOBIA") if r["acronym_"] == "SESRIC"][0]["label_en"] == \
        "Statistical, Economic and Social Research and Training Centre for Islamic Countries"


def _named_twice(source: str, name: str, start: str) -> dict:
    # SESRIC and an agency no registry row knows (so its names come from the texts), named differently.
    return {"source": source, "kind": "event", "event_type": "workshop", "title": "ورشة عمل " + start,
            "start": start, "end": start, "city": None, "country": None, "online": None,
            "organisers": [{"name": "سيسرك", "acronym": "SESRIC", "id": "sesric"}],
            "partners": [{"name": name, "acronym": "NSO-X", "span": [5, 9]}], "programmes": [], "networks": [],
            "participants": None, "participant_countries": None, "span": [0, 40], "quote": "ورشة"}


def test_an_organisation_the_texts_name_two_ways_is_listed_once_under_the_first_name():
    store = ox.Store()
    records = [Record.from_json(json.dumps(r)) for r in (
        _named_twice("a.txt", "الهيئة الوطنية للإحصاء", "2024-03-01"),
        _named_twice("b.txt", "المكتب الوطني للإحصاء", "2025-05-02"))]
    load_dataset(store, to_dataset(records, default_registry()))
    materialise(store)
    rows = ask(store, "partners", "NSO-X")
    assert [(r["acronym_"], r["shared"], r["first"], r["last"]) for r in rows] == [("SESRIC", "2", "2024", "2025")]
    assert sorted(rows[0]["sources"].split()) == ["a.txt", "b.txt"]
    # One row, not one per name or per source graph; the name is the first in code-point order.
    assert [(r["acronym_"], r["label_ar"], r["label_en"]) for r in ask(store, "partners", "SESRIC")] == \
        [("NSO-X", "المكتب الوطني للإحصاء", None)]


# What partners.rq read before the partner tables (issue 7): the partnership and the partner's names,
# one lookup each. The tables must give the same rows for every organisation.
PARTNERS_BY_LOOKUP = """PREFIX oic: <https://w3id.org/oic-kg/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?org ?partner ?acronym_ ?label_en ?label_ar ?shared ?first ?last ?sources WHERE {
  ?p oic:partnershipBetween ?org , ?partner . FILTER(!sameTerm(?partner, ?org))
  ?p oic:sharedActivityCount ?shared .
  OPTIONAL { ?p oic:firstYear ?first } OPTIONAL { ?p oic:lastYear ?last }
  OPTIONAL { ?p oic:partnershipSourceNames ?sourceNames } BIND(COALESCE(?sourceNames, "") AS ?sources)
  OPTIONAL { ?partner oic:preferredAcronym ?acronym_ }
  OPTIONAL { ?partner skos:prefLabel ?label_en FILTER(LANG(?label_en) = "en") }
  OPTIONAL { ?partner skos:prefLabel ?label_ar FILTER(LANG(?label_ar) = "ar") }
}"""


def test_partners_reads_from_the_partner_tables_what_the_partnerships_say_for_every_organisation(store):
    def rows(answer, columns):
        return sorted(tuple(str(r[c]) if r[c] is not None else "" for c in columns) for r in answer)

    columns = ["partner", "acronym_", "label_en", "label_ar", "shared", "first", "last", "sources"]
    expected: dict = {}
    for r in store.query(PARTNERS_BY_LOOKUP, use_default_graph_as_union=True):
        expected.setdefault(r["org"].value, []).append(r)
    assert len(expected) > 100
    text = queries.load("partners").text
    for org, answer in expected.items():
        assert rows(store.query(bind(text, {"acronym": org}), use_default_graph_as_union=True), columns) \
            == rows(answer, columns), org


def test_each_partner_table_is_a_graph_of_its_own_beside_the_organisation():
    from graph.build import partner_table

    assert partner_table(BASE + "org/kobia") == BASE + "graph/partners/kobia"


def test_bind_fills_every_bind_line_of_a_query_with_the_same_values():
    text = "SELECT * WHERE {\n { SELECT ?x WHERE {\n#@bind\n ?x ?p ?acronym } }\n { SELECT ?x WHERE {\n#@bind\n ?x ?q ?acronym } }\n}"
    bound = bind(text, {"acronym": "KOBIA"})
    assert bound.count('VALUES (?acronym) { ("KOBIA") }') == 2 and "#@bind" not in bound
