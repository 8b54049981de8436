"""Golden cases: every tests/golden/<stem>.txt gives the records in <stem>.jsonl and the triples in <stem>.ttl.

Records are compared as JSON (a failure prints a unified diff); graphs by
isomorphism (a failure lists the triples found only in the expected graph and
only in the actual one). A missing expected file is a failure: write it with
`pytest --update-golden` and review the diff before committing it.
"""
import difflib
import json
from pathlib import Path

import pytest
from conftest import score
from rdflib import Graph
from rdflib.compare import graph_diff, to_isomorphic

from graph.merge import merge_keys
from graph.triples import Resolver, add_record, add_source
from loaders import extract_text
from loaders.registry import default_registry

GOLDEN = Path(__file__).resolve().parent / "golden"
STEMS = sorted(p.stem for p in GOLDEN.glob("*.txt"))


def _records(stem: str):
    text = (GOLDEN / f"{stem}.txt").read_text(encoding="utf-8")
    return extract_text(text, f"{stem}.txt").records


def _graph(records) -> Graph:
    g = Graph()
    resolver = Resolver(default_registry())
    for record in merge_keys(records):
        add_source(g, record.source)
        add_record(g, record, resolver)
    return g


def _expected(path: Path, actual: str, update: bool) -> str:
    if update:
        path.write_text(actual, encoding="utf-8")
    if not path.exists():
        pytest.fail(f"{path.name} is missing: run `pytest --update-golden` and review what it writes")
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("stem", STEMS)
def test_a_golden_text_gives_its_golden_records(stem, update_golden):
    actual = "".join(r.to_json() + "\n" for r in _records(stem))
    expected = _expected(GOLDEN / f"{stem}.jsonl", actual, update_golden)
    pretty = [json.dumps(json.loads(line), ensure_ascii=False, indent=1) for line in expected.splitlines() if line]
    got = [json.dumps(json.loads(line), ensure_ascii=False, indent=1) for line in actual.splitlines() if line]
    if got != pretty:
        diff = difflib.unified_diff("\n".join(pretty).splitlines(), "\n".join(got).splitlines(),
                                    "expected", "actual", lineterm="")
        pytest.fail("records differ from the golden file:\n" + "\n".join(diff))


@pytest.mark.parametrize("stem", STEMS)
def test_a_golden_text_gives_its_golden_triples(stem, update_golden):
    actual = _graph(_records(stem))
    expected_text = _expected(GOLDEN / f"{stem}.ttl", actual.serialize(format="turtle"), update_golden)
    expected = Graph().parse(data=expected_text, format="turtle")
    if to_isomorphic(actual) != to_isomorphic(expected):
        _, only_expected, only_actual = graph_diff(to_isomorphic(expected), to_isomorphic(actual))
        pytest.fail("triples differ from the golden graph\nonly in expected:\n"
                    + "\n".join(sorted(" ".join(t.n3() for t in triple) for triple in only_expected))
                    + "\nonly in actual:\n"
                    + "\n".join(sorted(" ".join(t.n3() for t in triple) for triple in only_actual)))


def test_the_blind_news_pages_score_against_their_hand_written_gold(tmp_path):
    """tests/golden/heldout-gold.jsonl was written by hand before the loader was read (news-heldout-*)."""
    gold = (GOLDEN / "heldout-gold.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    stems = [s for s in STEMS if s.startswith("news-heldout-")]
    pred = [r.to_json() + "\n" for stem in stems for r in _records(stem)]
    report = score(gold, pred, tmp_path)
    assert report["slot_f1"] >= 0.95


# Blind sets of news pages, each written with its gold by a colleague who had not read the loaders
# (tests/golden-blind*/NOTES_*.md). Floors sit a little under what the general rules reach, so a change
# that loses what they read fails here. First measured (slot / record F1) and where they stand:
#   set 2: 0.708 / 0.800 → 0.986 / 1.000 (rules written against it, round 1)
#   set 3: 0.593 / 0.615 → 0.835 / 0.846 after round 1 (unseen) → 1.000 / 1.000 (round 2 written against it)
#   set 4: 0.885 / 0.880 after round 1 → 0.907 / 0.960 after round 2 (never seen by either round)
#          → 1.000 / 1.000 (round 3 written against it)
#   set 5: 0.754 / 0.828 on main after round 2, 0.768 / 0.828 with round 3's set-4 rules (first look)
#          → 0.987 / 1.000 (round 3 written against it)
#   set 6: 0.745 / 0.815 before round 3, 0.842 / 0.889 after it (never seen by it)
#          → 0.974 / 1.000 (round 4 written against it)
#   set 7: 0.826 / 0.828 before and after round 4 (never seen by it)
#          → 0.997 / 1.000 (round 5 written against it)
#   set 8: 0.801 / 0.812 after round 5 (never seen by it) → 0.970 / 1.000 (round 6 written against it)
#   set 9: 0.900 / 0.933 after round 6, 0.903 / 0.933 after round 7 (never seen by either)
#          → 1.000 / 1.000 (round 8 written against it)
#   set 10: 0.878 / 0.938 after round 7, 0.886 / 0.938 after round 8 (never seen by either)
#          → 0.993 / 1.000 (round 9 written against it)
BLIND_SETS = [("golden-blind", "blind2", 0.95, 0.96), ("golden-blind3", "blind3", 0.98, 0.98),
              ("golden-blind4", "blind4", 0.98, 0.98), ("golden-blind5", "blind5", 0.98, 0.98),
              ("golden-blind6", "blind6", 0.98, 0.975), ("golden-blind7", "blind7", 0.98, 0.98),
              ("golden-blind8", "blind8", 0.98, 0.98), ("golden-blind9", "blind9", 0.98, 0.98),
              ("golden-blind10", "blind10", 0.98, 0.97),
              # set 11 scored 1.000 record / 0.984 slot at its first run, before any rule was read against it
              ("golden-blind11", "blind11", 0.98, 0.97),
              # set 12 (written to be messier) scored 0.968 record / 0.875 slot at its first run; 1.000 / 1.000 after
              # round 10 tuned general rules on it (so it is no longer a held-out figure)
              ("golden-blind12", "blind12", 0.98, 0.98),
              # set 13 (Arabic) scored 1.000 record / 0.935 slot and set 14 (English) 1.000 / 0.890 at their first run,
              # measured by their writers on main 5a37433 before any rule was read against them; round 12 tuned general
              # rules on both (0.997 and 0.994 slot after; so they are no longer held-out figures)
              ("golden-blind13", "blind13", 0.98, 0.98), ("golden-blind14", "blind14", 0.98, 0.98),
              # set 15 (short news-feed items, Arabic and English) scored 0.923 record / 0.903 slot at its first run and
              # still does after rounds 11 and 12 (not tuned on: the last held-out figure of the day); floors keep it
              ("golden-blind15", "blind15", 0.92, 0.90)]


@pytest.mark.parametrize("folder, name, record_floor, slot_floor", BLIND_SETS, ids=[b[1] for b in BLIND_SETS])
def test_a_blind_set_scores_against_its_hand_written_gold(folder, name, record_floor, slot_floor, tmp_path):
    blind = GOLDEN.parent / folder
    gold = (blind / f"{name}-gold.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    pred = []
    for page in sorted(blind.glob(f"news-{name}-*.txt")):
        pred += [r.to_json() + "\n" for r in extract_text(page.read_text(encoding="utf-8"), page.name).records]
    assert pred
    report = score(gold, pred, tmp_path)
    assert report["records"]["overall"]["f1"] >= record_floor
    assert report["slot_f1"] >= slot_floor
