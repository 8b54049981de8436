"""Incremental builds: a rebuild re-reads only the sources that changed, and builds the same graph."""
import shutil

from conftest import CORPUS
from rdflib import Dataset
from rdflib.compare import to_isomorphic

from graph.build import build, extract_files
from graph.cache import ExtractionCache, entry_key, loader_version
from loaders.registry import default_registry, load_registry

CHANGED = "002_3f67964ab990a2d2.txt"
# The news page's date line "06 - 07 فبراير 2017" (6-7 February 2017) becomes 8-9 February.
OLD_DATE, NEW_DATE = "06 - 07 فبراير 2017", "08 - 09 فبراير 2017"


def _corpus_copy(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    return corpus


def _change_one_file(corpus):
    path = corpus / CHANGED
    text = path.read_text(encoding="utf-8")
    assert OLD_DATE in text
    path.write_text(text.replace(OLD_DATE, NEW_DATE, 1), encoding="utf-8")


def _graphs(out):
    ds = Dataset()
    ds.parse(data=(out / "dumps" / "oic-kg.trig").read_text(encoding="utf-8"), format="trig")
    return {g.identifier: to_isomorphic(g) for g in ds.graphs() if len(g)}


def test_a_second_build_with_one_file_changed_reads_only_that_file(tmp_path):
    corpus = _corpus_copy(tmp_path)
    first = build([corpus], tmp_path / "out")
    assert (first.extracted, first.reused) == (5, 0)
    _change_one_file(corpus)
    second = build([corpus], tmp_path / "out")
    assert (second.extracted, second.reused) == (1, 4)


def test_a_second_build_with_nothing_changed_reads_no_file(tmp_path):
    build([CORPUS], tmp_path / "out")
    again = build([CORPUS], tmp_path / "out")
    assert (again.extracted, again.reused) == (0, 5)


def test_the_incremental_graph_equals_a_full_rebuild(tmp_path):
    corpus = _corpus_copy(tmp_path)
    build([corpus], tmp_path / "incremental")
    _change_one_file(corpus)
    incremental = build([corpus], tmp_path / "incremental")
    full = build([corpus], tmp_path / "full", cache=False)
    assert full.extracted == 5 and full.reused == 0
    assert incremental.counts == full.counts
    assert _graphs(tmp_path / "incremental") == _graphs(tmp_path / "full")
    records = (tmp_path / "incremental" / "records.jsonl").read_text(encoding="utf-8")
    assert records == (tmp_path / "full" / "records.jsonl").read_text(encoding="utf-8")
    assert "2017-02-08" in records


def test_cached_records_and_problems_equal_freshly_read_ones(tmp_path):
    files = sorted(CORPUS.glob("*.txt"))
    registry = default_registry()
    fresh = extract_files(files, registry)
    cache = ExtractionCache(tmp_path / "cache", registry)
    extract_files(files, registry, cache)
    reread = extract_files(files, registry, cache)
    assert cache.hits == len(files)
    assert reread == fresh


def test_a_different_registry_misses_every_entry(tmp_path):
    files = sorted(CORPUS.glob("*.txt"))
    registry = default_registry()
    extract_files(files, registry, ExtractionCache(tmp_path / "cache", registry))
    smaller = load_registry()
    smaller.organisations.pop("sesric")
    other = ExtractionCache(tmp_path / "cache", smaller)
    extract_files(files, smaller, other)
    assert other.version != loader_version(registry)
    assert (other.hits, other.misses) == (0, len(files))


def test_the_same_text_under_another_name_is_another_entry():
    assert entry_key(b"same text", "a.txt", "v") != entry_key(b"same text", "b.txt", "v")
    assert entry_key(b"ab", "c.txt", "v") != entry_key(b"a", "bc.txt", "v")
