"""Building the graph: deterministic, atomic, with provenance, answering the partners query."""
import pytest
from conftest import CORPUS
from rdflib import Dataset
from rdflib.compare import to_isomorphic

import graph.build as build_module
from graph.build import build
from graph.store import open_store
from queries.run import run_local
import queries


def _dataset(out):
    ds = Dataset()
    ds.parse(data=(out / "dumps" / "oic-kg.trig").read_text(encoding="utf-8"), format="trig")
    return ds


def test_two_builds_of_the_same_corpus_give_isomorphic_graphs(tmp_path):
    build([CORPUS], tmp_path / "a")
    build([CORPUS], tmp_path / "b")
    a, b = _dataset(tmp_path / "a"), _dataset(tmp_path / "b")
    for name in {g.identifier for g in a.graphs()} | {g.identifier for g in b.graphs()}:
        assert to_isomorphic(a.graph(name)) == to_isomorphic(b.graph(name)), name


def test_rebuilding_into_the_same_folder_does_not_double_the_graph(tmp_path):
    first = build([CORPUS], tmp_path).counts
    second = build([CORPUS], tmp_path).counts
    assert first == second
    assert len(list((tmp_path / "stores").iterdir())) == 1


def test_a_build_that_fails_half_way_leaves_the_previous_graph_intact(tmp_path, monkeypatch):
    before = build([CORPUS], tmp_path).counts

    def explode(store, base):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(build_module, "materialise", explode)
    with pytest.raises(RuntimeError):
        build([CORPUS / "000_272770b36fcd7c81.txt"], tmp_path)
    assert build_module.counts(open_store(tmp_path)) == before
    assert len(list((tmp_path / "stores").iterdir())) == 1


def test_every_activity_links_to_a_source_span(built_graph):
    store = open_store(built_graph)
    activities = """PREFIX oic: <https://w3id.org/oic-kg/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT DISTINCT ?a WHERE { ?c rdfs:subClassOf* oic:Activity . ?a a ?c . }"""
    assert len(run_local(store, activities).rows) > 100
    orphans = run_local(store, activities.replace(
        ". }", ". FILTER NOT EXISTS { ?a oic:evidence ?ev . ?ev oic:fromSource ?s ; oic:charStart ?b ; oic:charEnd ?e } }"))
    assert orphans.rows == []


def test_each_source_has_its_own_named_graph(built_graph):
    store = open_store(built_graph)
    names = {g.value for g in store.named_graphs()}
    assert "https://w3id.org/oic-kg/source/000_272770b36fcd7c81.txt" in names
    assert "https://w3id.org/oic-kg/graph/registry" in names


def test_the_partners_query_names_sesric_as_a_partner_of_kobia_with_its_source(built_graph):
    result = run_local(open_store(built_graph), queries.load("partners").text, {"acronym": "KOBIA"})
    rows = [dict(zip(result.columns, row)) for row in result.rows]
    sesric = [r for r in rows if r["acronym_"] == "SESRIC"]
    assert sesric, rows
    assert "000_272770b36fcd7c81.txt" in sesric[0]["sources"]
    assert int(sesric[0]["shared"]) >= 1


def test_a_missing_path_is_reported_and_the_rest_is_built(tmp_path):
    report = build([tmp_path / "nope.txt", CORPUS / "002_3f67964ab990a2d2.txt"], tmp_path / "out")
    assert report.failed
    assert any("nope.txt" in p.path and "no such file" in p.message for p in report.problems)
    assert report.records == 1
