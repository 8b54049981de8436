"""graph.build.extract_files: the cycle collector's threshold while reading, and the premise it rests on."""
import gc

from conftest import CORPUS

from graph.build import extract_files
from loaders import read_source
from loaders.registry import default_registry


def test_reading_the_files_leaves_the_collectors_threshold_as_it_found_it():
    before = gc.get_threshold()
    records, problems = extract_files(sorted(CORPUS.glob("*.txt")), default_registry())
    assert records and gc.get_threshold() == before
    gc.set_threshold(50_000, 7, 9)  # a caller's own higher threshold is kept while reading, and after
    try:
        extract_files(sorted(CORPUS.glob("*.txt"))[:1], default_registry())
        assert gc.get_threshold() == (50_000, 7, 9)
    finally:
        gc.set_threshold(*before)


def test_the_loaders_leave_no_reference_cycles_behind():
    # extract_files runs the cycle collector rarely while reading because the loaders make no cycles: every object
    # they build is freed by its reference count (if one ever made cycles, they would be collected later, not lost)
    registry = default_registry()
    files = sorted(CORPUS.glob("*.txt"))
    for path in files:
        read_source(path.read_bytes(), path.name, registry)  # compiled patterns and memos: made once, kept
    gc.collect()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        for path in files:
            read_source(path.read_bytes(), path.name, registry)
        assert gc.collect() == 0, {type(o).__name__ for o in gc.garbage}
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        gc.enable()
