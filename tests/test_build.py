"""Building the graph: deterministic, atomic, with provenance, answering the partners query."""
import io

import pyoxigraph as ox
import pytest
from conftest import CORPUS
from rdflib import RDF, RDFS, XSD, Dataset, Literal, URIRef
from rdflib.compare import graph_diff, to_isomorphic

import graph.build as build_module
from graph import iri
from graph.build import build, extract_files, load_quads, source_files, write_quads
from graph.nquads import NQuadsWriter
from graph.store import open_store
from loaders.registry import default_registry
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

    def explode(store, base, tables=True):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(build_module, "materialise", explode)
    with pytest.raises(RuntimeError):
        build([CORPUS / "000_272770b36fcd7c81.txt"], tmp_path)
    assert build_module.counts(open_store(tmp_path)) == before
    assert len(list((tmp_path / "stores").iterdir())) == 1


def test_a_validation_that_fails_while_the_graph_is_written_fails_the_build_and_keeps_the_previous_graph(
        tmp_path, monkeypatch):
    before = build([CORPUS], tmp_path, validate=False).counts

    def explode(store):
        raise RuntimeError("validator broke")

    monkeypatch.setattr(build_module, "validate_store", explode)  # runs in its own thread
    with pytest.raises(RuntimeError, match="validator broke"):
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


def _graphs_differ(expected: Dataset, actual: Dataset) -> list[str]:
    """The named graphs whose triples differ, with the triples found only on each side."""
    out = []
    for name in sorted({g.identifier for g in expected.graphs()} | {g.identifier for g in actual.graphs()}):
        want, got = expected.graph(name), actual.graph(name)
        if to_isomorphic(want) != to_isomorphic(got):
            _, only_want, only_got = graph_diff(to_isomorphic(want), to_isomorphic(got))
            out.append(f"{name}: only in the rdflib path {sorted(only_want)[:5]}; "
                       f"only in the N-Quads path {sorted(only_got)[:5]}")
    return out


def _store_as_dataset(store: ox.Store) -> Dataset:
    ds = Dataset()
    ds.parse(data=store.dump(format=ox.RdfFormat.N_QUADS), format="nquads")
    return ds


@pytest.fixture(scope="module")
def corpus_records():
    files, _ = source_files([CORPUS])
    records, _ = extract_files(files, default_registry())
    assert len(records) > 100
    return records


def test_the_n_quads_path_loads_the_same_dataset_as_the_rdflib_path(tmp_path, corpus_records):
    # Both paths go through Oxigraph, which reads every xsd integer type back as xsd:integer
    # (ontology/shapes.ttl); the store's content is what must not change.
    registry = default_registry()
    quads = tmp_path / "graph.nq"
    with quads.open("w", encoding="utf-8") as handle:
        written = write_quads(handle, corpus_records, registry)
    store = ox.Store()
    load_quads(store, quads)
    dataset = build_module.to_dataset(corpus_records, registry)
    reference = ox.Store()
    build_module.load_dataset(reference, dataset)
    ontology = len(dataset.graph(iri.named_graph("ontology")))
    assert len(store) == len(reference) == sum(len(g) for g in dataset.graphs())
    assert written >= len(store) - ontology  # a triple repeated in one source's graph is written again
    assert {g.value for g in store.named_graphs()} == {g.value for g in reference.named_graphs()}
    assert _graphs_differ(_store_as_dataset(reference), _store_as_dataset(store)) == []


def test_the_built_store_holds_the_rdflib_path_and_its_inferences(built_graph, corpus_records):
    reference = ox.Store()
    build_module.load_dataset(reference, build_module.to_dataset(corpus_records, default_registry()))
    build_module.materialise(reference)
    built = open_store(built_graph)
    assert len(built) == len(reference)
    assert _graphs_differ(_store_as_dataset(reference), _store_as_dataset(built)) == []


def test_a_build_leaves_no_scratch_file_in_its_store(built_graph):
    assert not (built_graph / "store" / build_module.SCRATCH).exists()
    assert list((built_graph / "stores").iterdir()) == [(built_graph / "store").resolve()]


def test_an_iri_n_quads_cannot_carry_is_an_error_naming_it():
    writer = NQuadsWriter(io.StringIO())
    with pytest.raises(ValueError, match="has space"):
        writer.add((URIRef("https://ex.org/has space"), RDF.type, URIRef("https://ex.org/C")))


def test_n_quads_literals_escape_quotes_backslashes_and_line_breaks_and_parse_back():
    text = 'a "quoted" \\ back\nslash\r\tend'
    out = io.StringIO()
    writer = NQuadsWriter(out, URIRef("https://ex.org/g"))
    writer.add((URIRef("https://ex.org/a"), RDFS.label, Literal(text, lang="ar")))
    writer.add((URIRef("https://ex.org/a"), RDFS.comment, Literal("2025-10-07", datatype=XSD.date)))
    quads = list(ox.parse(out.getvalue().encode("utf-8"), ox.RdfFormat.N_QUADS))
    assert [q.object.value for q in quads] == [text, "2025-10-07"]
    assert quads[0].object.language == "ar" and quads[1].object.datatype.value == str(XSD.date)
    assert {q.graph_name.value for q in quads} == {"https://ex.org/g"}
