"""A killed build loses nothing (DESIGN.md, Invariants: a build is atomic; issue 8).

`oickg build` runs as a real process and is killed with SIGKILL at several
points: before its new store exists, while the new store is being written,
just after the `store` link moved, while the dumps are written, and after
delays spread over a whole build. Each time the graph in the folder must
still open, hold the same counts as before and answer a query. Each killed
build starts where the one before it was killed (so it meets its orphans), and
a last build after a kill must succeed and leave no orphan store behind.
"""
from __future__ import annotations

import json
import signal
import subprocess
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import CORPUS, ROOT

import queries
from graph.build import counts
from graph.store import STORE_LINK, STORES_DIR, open_store
from queries.run import run_local

OICKG = ROOT / ".venv" / "bin" / "oickg"
POLL = 0.001  # seconds between looks at the output folder


def start_build(out: Path, sources: Path, validate: bool = False) -> subprocess.Popen:
    """Start `oickg build`; without the SHACL check (most of a build's time) unless validate."""
    flag = "--validate" if validate else "--no-validate"
    return subprocess.Popen([str(OICKG), "build", str(sources), "--out", str(out), flag],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def finish(process: subprocess.Popen) -> int:
    _, err = process.communicate(timeout=300)
    assert "Traceback" not in err, err
    return process.returncode


def kill(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGKILL)
    process.wait(timeout=60)


def current_store(out: Path) -> Path | None:
    link = out / STORE_LINK
    return link.resolve() if link.is_symlink() else None


def wait_until(process: subprocess.Popen, condition, limit: float = 120.0) -> bool:
    """Poll until condition() holds or the build ends; True when the condition was seen first."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if condition():
            return True
        if process.poll() is not None:
            return condition()
        time.sleep(POLL)
    return False


def graph_state(out: Path) -> tuple[dict, list]:
    """The counts of the graph in out and the KOBIA partners it answers."""
    store = open_store(out)
    result = run_local(store, queries.load("partners").text, {"acronym": "KOBIA"})
    state = counts(store), sorted(map(tuple, result.rows))
    del store
    return state


@pytest.fixture(scope="module")
def sources(tmp_path_factory) -> Path:
    """The three news pages of the sample corpus (the quickest to build)."""
    folder = tmp_path_factory.mktemp("sources")
    for path in sorted(CORPUS.glob("00[012]_*.txt")):
        (folder / path.name).write_bytes(path.read_bytes())
    return folder


@pytest.fixture(scope="module")
def built(tmp_path_factory, sources):
    """A folder built once by the real command; returns (folder, its graph state, one build's duration)."""
    out = tmp_path_factory.mktemp("interrupted")
    began = time.monotonic()
    assert finish(start_build(out, sources, validate=True)) == 0
    took = time.monotonic() - began
    state = graph_state(out)
    assert state[0]["triples"] > 0 and state[1], state
    return out, state, took


def assert_intact(out: Path, before) -> None:
    assert graph_state(out) == before


def _new_store_exists(out: Path, previous: Path):
    return lambda: any(p.resolve() != previous for p in (out / STORES_DIR).glob("store-*"))


def test_a_build_killed_before_its_new_store_exists_leaves_the_graph_intact(built, sources):
    out, before, took = built
    previous = current_store(out)
    process = start_build(out, sources)
    wait_until(process, lambda: False, limit=min(0.3, took / 4))
    kill(process)
    assert current_store(out) == previous
    assert_intact(out, before)


def test_a_build_killed_as_its_new_store_appears_leaves_the_graph_intact(built, sources):
    out, before, _ = built
    previous = current_store(out)
    process = start_build(out, sources)
    seen = wait_until(process, _new_store_exists(out, previous))
    kill(process)
    assert seen, "the build ended before a new store appeared"
    assert current_store(out) == previous
    assert_intact(out, before)


def test_a_build_killed_while_checking_its_new_store_against_the_shapes_leaves_the_graph_intact(built, sources):
    out, before, _ = built
    previous = current_store(out)
    process = start_build(out, sources, validate=True)
    assert wait_until(process, _new_store_exists(out, previous))
    time.sleep(0.2)
    kill(process)
    assert_intact(out, before)


def test_a_build_killed_just_after_the_link_moved_leaves_the_new_graph_whole(built, sources):
    out, before, _ = built
    previous = current_store(out)
    process = start_build(out, sources)
    seen = wait_until(process, lambda: current_store(out) not in (None, previous))
    kill(process)
    assert seen, "the link never moved"
    assert_intact(out, before)


def dumps_and_records(out: Path) -> tuple[int, int, int]:
    """Quads in the TriG dump, triples in the Turtle dump, records in records.jsonl (each must parse whole)."""
    trig = sum(1 for _ in ox.parse(path=str(out / "dumps" / "oic-kg.trig"), format=ox.RdfFormat.TRIG))
    ttl = sum(1 for _ in ox.parse(path=str(out / "dumps" / "oic-kg.ttl"), format=ox.RdfFormat.TURTLE))
    lines = (out / "records.jsonl").read_text(encoding="utf-8").splitlines()
    return trig, ttl, len([json.loads(line) for line in lines])


def test_a_build_killed_while_writing_the_dumps_leaves_the_graph_and_the_dumps_whole(built, sources):
    out, before, _ = built
    files = dumps_and_records(out)
    trig = out / "dumps" / "oic-kg.trig"
    for _ in range(2):
        stamps = {p.name: p.stat().st_mtime_ns for p in (out / "dumps").iterdir()}
        process = start_build(out, sources)
        wait_until(process, lambda: any(p.name not in stamps or p.stat().st_mtime_ns != stamps[p.name]
                                        for p in (out / "dumps").iterdir()))
        kill(process)
        assert_intact(out, before)
        assert dumps_and_records(out) == files
    assert trig.exists()


@pytest.mark.parametrize("fraction", [0.4, 0.8])
def test_a_build_killed_at_a_point_spread_over_a_whole_build_leaves_the_graph_intact(built, sources, fraction):
    out, before, took = built
    process = start_build(out, sources, validate=True)
    wait_until(process, lambda: False, limit=took * fraction)
    kill(process)
    assert_intact(out, before)


def test_a_first_build_killed_leaves_no_graph_and_the_next_build_makes_one(tmp_path, built, sources):
    _, before, _ = built
    process = start_build(tmp_path, sources)
    wait_until(process, lambda: any((tmp_path / STORES_DIR).glob("store-*")))
    kill(process)
    if current_store(tmp_path) is None:
        assert not (tmp_path / STORE_LINK).exists()
    assert finish(start_build(tmp_path, sources)) == 0
    assert graph_state(tmp_path) == before
    assert len(list((tmp_path / STORES_DIR).iterdir())) == 1


def test_the_build_after_a_killed_one_succeeds_and_removes_the_orphan_store(built, sources):
    out, before, _ = built
    previous = current_store(out)
    process = start_build(out, sources)
    wait_until(process, _new_store_exists(out, previous))
    kill(process)
    assert finish(start_build(out, sources)) == 0
    assert_intact(out, before)
    stores = sorted(p.name for p in (out / STORES_DIR).iterdir())
    assert stores == [current_store(out).name], stores
