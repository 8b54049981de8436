"""The synthetic corpus and graph generator of the benchmark (bench/generate.py)."""
import json
import sys
from collections import Counter

import pyoxigraph as ox
from conftest import CORPUS, ROOT

sys.path.insert(0, str(ROOT))  # bench/ runs from the checkout (`python -m bench`); it is not installed

from bench.generate import synthetic_records, write_corpus, write_nquads  # noqa: E402
from graph.build import ONTOLOGY_TTL, materialise  # noqa: E402
from loaders import read_source  # noqa: E402
from loaders.records import EVENT_TYPES, KINDS  # noqa: E402
from queries.run import run_local  # noqa: E402
import queries  # noqa: E402

CONTRACT = {"source", "kind", "event_type", "title", "start", "end", "city", "country", "online", "organisers",
            "partners", "programmes", "networks", "participants", "participant_countries"}


def _files(folder):
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_the_same_seed_writes_the_same_corpus_and_another_seed_another(tmp_path):
    write_corpus(tmp_path / "a", scale=1, seed=3)
    write_corpus(tmp_path / "b", scale=1, seed=3)
    write_corpus(tmp_path / "c", scale=1, seed=4)
    assert _files(tmp_path / "a") == _files(tmp_path / "b")
    assert _files(tmp_path / "a") != _files(tmp_path / "c")


def test_one_times_the_corpus_has_its_three_shapes_and_about_its_size(tmp_path):
    stats = write_corpus(tmp_path, scale=1)
    shapes = Counter(p.name.split("-")[0] for p in tmp_path.glob("*.txt"))
    assert shapes == {"news": 3, "report": 1, "committee": 1}
    real = sum(p.stat().st_size for p in CORPUS.glob("*.txt"))
    assert 0.6 * real < stats.bytes < 1.5 * real


def test_the_corpus_grows_with_the_scale(tmp_path):
    small = write_corpus(tmp_path / "1", scale=1)
    big = write_corpus(tmp_path / "3", scale=3)
    assert big.files == 3 * small.files
    assert 2.5 * small.bytes < big.bytes < 3.5 * small.bytes


def test_truth_records_follow_the_extraction_contract_and_some_repeat(tmp_path):
    write_corpus(tmp_path, scale=2)
    records = [json.loads(line) for line in (tmp_path / "truth.jsonl").read_text(encoding="utf-8").splitlines()]
    assert all(set(r) == CONTRACT for r in records)
    assert all(r["kind"] in KINDS and (r["event_type"] in EVENT_TYPES or r["event_type"] is None) for r in records)
    assert {r["kind"] for r in records} == {"event", "agreement"}
    assert len({r["event_type"] for r in records}) >= 8
    assert len({p["acronym"] for r in records for p in r["partners"]}) >= 50
    mentions = Counter((r["title"], r["start"]) for r in records if r["kind"] == "event")
    assert any(n > 1 for n in mentions.values())


def test_the_news_loader_reads_each_synthetic_news_page_as_it_was_written(tmp_path):
    write_corpus(tmp_path, scale=2)
    truth = {}
    for line in (tmp_path / "truth.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        truth.setdefault(record["source"], record)
    for page in sorted(tmp_path.glob("news-*.txt")):
        read = read_source(page.read_bytes(), page.name).records
        expected = truth[page.name]
        assert read, page.name
        assert (read[0].start, read[0].end) == (expected["start"], expected["end"]), page.name
        assert {o["acronym"] for o in expected["organisers"]} & {o.acronym for o in read[0].organisers}, page.name


def test_the_committee_loader_reads_each_synthetic_committee_document(tmp_path):
    # The agenda headings stand on lines of their own, as in 003: a document whose headings were wrapped
    # into the prose was "no loader for this shape yet", and the bench never ran the committee loader.
    write_corpus(tmp_path, scale=2)
    truth = {}
    for line in (tmp_path / "truth.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        truth.setdefault(record["source"], set()).add((record["start"], record["end"]))
    for document in sorted(tmp_path.glob("committee-*.txt")):
        result = read_source(document.read_bytes(), document.name)
        dated = {(r.start, r.end) for r in result.records}
        assert not [p for p in result.problems if p.severity == "error"], document.name
        assert len(dated) >= 5, document.name
        assert dated <= truth[document.name], document.name  # every meeting read is one the document holds


def test_synthetic_records_are_deterministic_and_mention_some_activities_twice():
    first = list(synthetic_records(400, seed=5))
    assert first == list(synthetic_records(400, seed=5))
    keys = Counter((r.key, r.start) for r in first if r.kind == "event")
    assert any(n > 1 for n in keys.values())
    assert all(r.span and r.source for r in first)


# Activities (any subclass of oic:Activity, so the ontology must be in the store), and
# the filter that keeps those with no evidence span. The class is found first: the
# path `?a a/rdfs:subClassOf* oic:Activity` took 92 s on this 20k graph in Oxigraph.
ACTIVITIES = """PREFIX oic: <https://w3id.org/oic-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?a WHERE { ?c rdfs:subClassOf* oic:Activity . ?a a ?c .
}
"""
ORPHAN_FILTER = "FILTER NOT EXISTS { ?a oic:evidence ?ev . ?ev oic:fromSource ?s ; oic:charStart ?b ; oic:charEnd ?e }\n"


def test_a_generated_graph_has_the_requested_size_and_the_shape_a_build_gives(tmp_path):
    path = tmp_path / "g.nq"
    written = write_nquads(path, 20_000, seed=5)
    assert written >= 20_000
    store = ox.Store()
    store.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)
    assert len(store) >= 0.95 * written  # a few triples repeat within a source's graph
    materialise(store)
    result = run_local(store, queries.load("partners").text, {"acronym": "SESRIC"})
    assert len(result.rows) > 20
    store.load(path=str(ONTOLOGY_TTL), format=ox.RdfFormat.TURTLE,
               to_graph=ox.NamedNode("https://w3id.org/oic-kg/graph/ontology"))
    activities = run_local(store, ACTIVITIES)
    assert len(activities.rows) > 100
    orphans = run_local(store, ACTIVITIES.replace("}\n", ORPHAN_FILTER + "}\n", 1))
    assert orphans.rows == []


def test_a_generated_graph_conforms_to_the_shapes_as_a_build_of_real_text_would(tmp_path):
    """Different synthetic activities never share an IRI, nor two mentions an evidence node."""
    from graph.build import load_quads
    from ontology.store_validation import validate_store

    path = tmp_path / "g.nq"
    write_nquads(path, 100_000, seed=7)
    store = ox.Store()
    load_quads(store, path)
    materialise(store)
    report = validate_store(store)
    assert report.violations == [], [str(f) for f in report.violations[:5]]


def test_the_bench_does_not_reuse_a_graph_an_older_generator_wrote(tmp_path, capsys):
    from bench.steps import ensure_graph, generator_version
    stale = tmp_path / "graph-2000-seed7.nq"   # the name a graph had before it carried the generator's hash
    stale.write_text("<urn:stale> <urn:p> <urn:o> .\n", encoding="utf-8")
    path = ensure_graph("2000", tmp_path, 7)
    assert path != stale and generator_version() in path.name
    assert "urn:stale" not in path.read_text(encoding="utf-8")
    assert len(path.read_text(encoding="utf-8").splitlines()) >= 2000
    written = path.stat().st_mtime_ns
    assert ensure_graph("2000", tmp_path, 7) == path and path.stat().st_mtime_ns == written  # the same generator's graph is kept
