"""The timed steps of the benchmark, each run in its own process by bench/__main__.py.

In:  a job name, a size, a work folder (`python -m bench.steps JOB SIZE WORK`).
Out: one JSON object per line on stdout, each a row of the table:
     {"size", "step", "engine", "value", "unit", ...}; the last line carries
     the process's peak memory. A child process per job keeps the peak
     memory per size honest and lets the parent stop a job that runs too long.

Jobs:
  corpus    generate the synthetic corpus, extraction throughput, `oickg build`,
            an incremental rebuild with one file changed; exports the graph
  real      extraction throughput over the real corpus replicated to >= 10 MB
  oxigraph  load + infer + validate with the build's own functions (graph/build.py load_store:
            in memory, then one bulk load into a new on-disk store), then named queries,
            dumps and `oickg viz` on that on-disk store
  queries   every named query on that store (p50/p95), in its own job so a slow query stops only it
  rdflib    the same N-Quads file loaded, inferred, queried and dumped on rdflib's in-memory Dataset
  validate  pySHACL (ontology/validation.py) on the graph the oxigraph job built (up to 200k quads)
"""
from __future__ import annotations

import hashlib
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Sample values for the parameters the named queries declare (queries/*.rq, "Bind:" lines).
SAMPLE_BINDINGS = {
    "acronym": "KOBIA", "party": "SESRIC", "org": "SESRIC", "organisation": "SESRIC",
    "country": "AZE", "network": "OIC-SMENET", "programme": "StatCaB", "year": "2024",
    "kind": "national agency", "min": "2", "a": "SESRIC", "b": "KOBIA", "from": "SESRIC", "to": "KOBIA",
}
# partners-of-an-organisation is the query the target names; SESRIC (in every activity) is its worst case.
EXTRA_RUNS = (("partners", {"acronym": "SESRIC"}),)
QUERY_BUDGET_S = 8.0    # per query and engine: repeat until this much time is spent ...
QUERY_RUNS = 25         # ... or this many timed runs are done
DUMP_FORMATS = ("N_QUADS", "TRIG", "TURTLE", "JSON_LD")
RDFLIB_FORMATS = {"N_QUADS": "nquads", "TRIG": "trig", "TURTLE": "turtle", "JSON_LD": "json-ld"}


def emit(size: str, step: str, engine: str, value, unit: str, **extra) -> None:
    print(json.dumps({"size": size, "step": step, "engine": engine, "value": value, "unit": unit, **extra},
                     ensure_ascii=False), flush=True)


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def generator_version() -> str:
    """A short hash of bench/generate.py: a corpus or graph kept from an older generator is not reused."""
    return hashlib.sha256((ROOT / "bench" / "generate.py").read_bytes()).hexdigest()[:10]


def graph_file(work: Path, size: str) -> Path:
    return work / f"graph-{size}.nq"


def out_dir(work: Path, size: str) -> Path:
    return work / f"out-{size}"


def parse_size(size: str) -> tuple[str, float]:
    """('corpus', scale) for '100x', ('triples', n) for '1M' / '250k' / '5000'.

    >>> parse_size("100x"), parse_size("1M"), parse_size("250k")
    (('corpus', 100.0), ('triples', 1000000.0), ('triples', 250000.0))
    """
    s = size.strip()
    if s.lower().endswith("x"):
        return "corpus", float(s[:-1])
    factor = {"k": 1e3, "m": 1e6}.get(s[-1].lower(), 1)
    return "triples", float(s[:-1] if factor != 1 else s) * factor


LAST_CPU = [0.0]  # CPU seconds of the last _timed call: the machine is shared, wall time is not enough


def characters(files: list[Path]) -> int:
    """The characters of text the loaders read in files (decoded as `read_source` decodes them).

    Issue 3 words the extraction target in characters per second; the headline figure is MB
    (10^6 bytes of UTF-8) per second, and an Arabic letter is 2 bytes in UTF-8, so on these
    texts one MB is about 0.55 M characters.
    """
    from loaders.decode import decode

    return sum(len(decode(p.read_bytes(), p.name)[0] or "") for p in files)


def _timed(fn, *args, **kwargs):
    cpu, start = time.process_time(), time.perf_counter()
    result = fn(*args, **kwargs)
    LAST_CPU[0] = time.process_time() - cpu
    return time.perf_counter() - start, result


# --- corpus, extraction, build ----------------------------------------------------------------

def job_corpus(size: str, work: Path, seed: int) -> None:
    from bench.generate import write_corpus
    from graph.build import build, extract_files, source_files
    from graph.store import open_store
    from loaders.registry import default_registry

    _, scale = parse_size(size)
    folder = work / f"corpus-{size}-seed{seed}-{generator_version()}"
    if not (folder / "truth.jsonl").exists():
        shutil.rmtree(folder, ignore_errors=True)
        seconds, stats = _timed(write_corpus, folder, scale, seed)
        emit(size, "generate corpus", "-", seconds, "s")
    files, _ = source_files([folder])
    megabytes = sum(p.stat().st_size for p in files) / 1e6
    emit(size, "corpus", "-", megabytes, "MB", note=f"{len(files)} files")
    registry = default_registry()
    cpu = time.process_time()
    seconds, (records, problems) = _timed(extract_files, files, registry)
    cpu = time.process_time() - cpu
    chars = characters(files) / 1e6
    emit(size, "extraction", "-", megabytes / cpu, "MB/s",
         note=f"per CPU second, one core ({chars / cpu:.2f} M characters/s: {chars / megabytes:.2f} characters "
              f"per byte of UTF-8); {len(records)} records, {cpu:.1f} s CPU, {seconds:.1f} s wall")
    emit(size, "extraction, characters", "-", chars / cpu, "Mchar/s",
         note=f"M characters per CPU second, one core; {chars:.1f} M characters in {megabytes:.1f} MB "
              "(an Arabic letter is 2 bytes of UTF-8)")
    out = out_dir(work, size)
    shutil.rmtree(out, ignore_errors=True)
    first, report = _timed(build, [folder], out)
    emit(size, "oickg build (full)", "oxigraph", first, "s",
         note=f"{report.sources} sources, {report.records} records, {report.counts['triples']} triples")
    changed = files[len(files) // 2]
    text = changed.read_text(encoding="utf-8")
    changed.write_text(text.replace("سيسرك", "سيسرك ", 1), encoding="utf-8")  # one changed byte sequence
    try:
        again, report2 = _timed(build, [folder], out)
    finally:
        changed.write_text(text, encoding="utf-8")
    emit(size, "oickg build (1 file changed)", "oxigraph", again, "s",
         note=f"{report2.extracted} re-extracted, {report2.reused} from cache; {100 * again / first:.0f}% of full")
    # The same two builds without the SHACL check: what the extraction cache saves, apart from pySHACL.
    plain = out.parent / f"{out.name}-novalidate"
    shutil.rmtree(plain, ignore_errors=True)
    first, _ = _timed(build, [folder], plain, validate=False)
    cpu_first = LAST_CPU[0]
    changed.write_text(text.replace("سيسرك", "سيسرك ", 1), encoding="utf-8")
    try:
        again, report3 = _timed(build, [folder], plain, validate=False)
    finally:
        changed.write_text(text, encoding="utf-8")
    emit(size, "build without validation (full)", "oxigraph", first, "s", note=f"{cpu_first:.1f} s CPU")
    emit(size, "build without validation (1 file changed)", "oxigraph", again, "s",
         note=f"{LAST_CPU[0]:.1f} s CPU; {report3.extracted} re-extracted, {report3.reused} from cache")
    open_store(out).dump(str(graph_file(work, size)), __import__("pyoxigraph").RdfFormat.N_QUADS)
    emit(size, "peak memory (corpus job)", "-", peak_mb(), "MB")


REAL_PASSES = 3


def job_real(size: str, work: Path, seed: int, target_mb: float = 10.0) -> None:
    """Extraction throughput over the real corpus copied under new names until it reaches target_mb."""
    from graph.build import extract_files, source_files
    from loaders.registry import default_registry

    real = sorted((ROOT / "data" / "corpus").glob("*.txt"))
    one = sum(p.stat().st_size for p in real)
    copies = int(target_mb * 1e6 // one) + 1
    folder = work / "real-replicated"
    if len(list(folder.glob("*.txt"))) != copies * len(real):
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        for n in range(copies):
            for p in real:
                shutil.copyfile(p, folder / f"{n:03d}-{p.name}")
    files, _ = source_files([folder])
    megabytes = sum(p.stat().st_size for p in files) / 1e6
    registry = default_registry()
    # Three passes over the same files, as timeit does: noise on a shared machine only ever adds time, so
    # the best pass is the figure and the median says how much the machine took back (both printed).
    runs = []
    for _ in range(REAL_PASSES):
        cpu = time.process_time()
        seconds, (records, _) = _timed(extract_files, files, registry)
        runs.append((time.process_time() - cpu, seconds))
    cpu, seconds = min(runs)
    median = sorted(runs)[len(runs) // 2][0]
    chars = characters(files) / 1e6
    emit(size, "extraction (real corpus)", "-", megabytes / cpu, "MB/s",
         note=f"per CPU second, one core, best of {len(runs)} passes (median {megabytes / median:.2f} MB/s; "
              f"{chars / cpu:.2f} M characters/s; CPU s per pass: {', '.join(f'{c:.1f}' for c, _ in runs)}); "
              f"{copies} copies, {megabytes:.1f} MB, {len(records)} records, {seconds:.1f} s wall")
    emit(size, "extraction (real corpus), characters", "-", chars / cpu, "Mchar/s",
         note=f"M characters per CPU second, best pass (median {chars / median:.2f}); {chars:.2f} M characters "
              f"in {megabytes:.2f} MB: {chars / megabytes:.2f} per byte (an Arabic letter is 2 bytes of UTF-8)")
    per_shape, per_char = {}, {}
    for p in real:
        times = []
        for _ in range(10):
            cpu = time.process_time()
            extract_files([p], registry)
            times.append(time.process_time() - cpu)
        per_shape[p.name] = p.stat().st_size / 1e6 / min(times)
        per_char[p.name] = characters([p]) / 1e6 / min(times)
    emit(size, "extraction, slowest real file", "-", min(per_shape.values()), "MB/s",
         note="per file, MB/s of CPU (M characters/s), best of 10 passes: "
              + ", ".join(f"{k[:3]}: {v:.2f} ({per_char[k]:.2f})" for k, v in per_shape.items()))
    # What one user command on one page costs from a cold start: `oickg extract PAGE` in a new process
    # (interpreter, imports, registry, the loader's first page), best of five.
    page = real[0]
    cold = []
    for _ in range(5):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run([sys.executable, "-m", "oickg", "extract", str(page), "--format", "jsonl"],
                       cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cold.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    emit(size, "oickg extract of one news page, cold", "-", min(cold), "s",
         note=f"CPU of a new process, best of {len(cold)} (median {statistics.median(cold):.2f} s): {page.name}")
    emit(size, "peak memory (real job)", "-", peak_mb(), "MB")


# --- the graph on each engine -----------------------------------------------------------------

def ensure_graph(size: str, work: Path, seed: int) -> Path:
    """The N-Quads file of a size: generated for triple sizes (and kept), exported by the corpus job."""
    from bench.generate import write_nquads

    kind, n = parse_size(size)
    path = graph_file(work, size) if kind == "corpus" else work / f"graph-{size}-seed{seed}-{generator_version()}.nq"
    if kind == "triples" and not path.exists():
        seconds, written = _timed(write_nquads, path, int(n), seed)
        emit(size, "generate graph", "-", seconds, "s", note=f"{written} quads")
    return path


def _query_runs(run, budget: float = QUERY_BUDGET_S, runs: int = QUERY_RUNS) -> tuple[list[float], int]:
    """Wall times of repeated runs (the first, warming caches, dropped when there are more); CPU p50 in CPU_P50."""
    times, cpus, rows = [], [], 0
    seconds, rows = _timed(run)
    spent = seconds
    times.append(seconds)
    cpus.append(LAST_CPU[0])
    while spent < budget and len(times) < runs + 1:
        seconds, rows = _timed(run)
        spent += seconds
        times.append(seconds)
        cpus.append(LAST_CPU[0])
    CPU_P50[0] = statistics.median(cpus[1:] if len(cpus) > 1 else cpus)
    return (times[1:] if len(times) > 1 else times), rows


CPU_P50 = [0.0]


def _percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def query_workload() -> list[tuple[str, str, dict]]:
    """(row name, query text, bindings) for every named report and check query."""
    import queries
    from queries.errors import QueryNotFound

    work = []
    for name in queries.names():
        if name.startswith("construct-"):
            continue
        try:
            q = queries.load(name)
        except QueryNotFound:
            continue
        bindings = {p: SAMPLE_BINDINGS[p] for p in q.params if p in SAMPLE_BINDINGS}
        label = name + (f"({', '.join(bindings.values())})" if bindings else "")
        work.append((label, q.text, bindings))
    for name, bindings in EXTRA_RUNS:
        if name in queries.names():
            work.append((f"{name}({', '.join(bindings.values())})", queries.load(name).text, bindings))
    return work


PYSHACL_LIMIT = 200_000  # quads: pySHACL took 31 s on 9k and did not finish 56k in 300 s (docs/benchmarks.md)


def _timing(module, names: tuple[str, ...], times: dict) -> None:
    """Wrap module-level functions so each call's (wall, CPU) seconds land in times[name].

    CPU is the calling thread's: the build validates in a thread of its own while the main
    thread writes the store, and the process's CPU clock would count both.
    """
    for name in names:
        def timed(*args, _fn=getattr(module, name), _name=name, **kwargs):
            cpu, start = time.thread_time(), time.perf_counter()
            result = _fn(*args, **kwargs)
            times[_name] = (time.perf_counter() - start, time.thread_time() - cpu)
            return result
        setattr(module, name, timed)


def _quads_in(path: Path) -> int:
    with path.open("rb") as handle:
        return sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 24), b""))


def _dump(store, target: Path, fmt) -> None:
    """One dump file; Turtle and JSON-LD hold one graph, the union, as oickg build's Turtle dump."""
    import pyoxigraph as ox

    from graph.build import UNION_OF_GRAPHS

    if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.JSON_LD):
        store.query(UNION_OF_GRAPHS, use_default_graph_as_union=True).serialize(str(target), fmt)
    else:
        store.dump(str(target), fmt)


def job_oxigraph(size: str, work: Path, seed: int) -> None:
    """Load, infer and validate with the build's own functions, then time dumps and viz (queries: job_queries)."""
    import pyoxigraph as ox

    import graph.build as build_module
    from graph.build import SCRATCH, counts, load_store, write_dumps
    from graph.store import new_store, open_store

    path = ensure_graph(size, work, seed)
    out = out_dir(work, size) / "bench"
    shutil.rmtree(out, ignore_errors=True)
    lines = _quads_in(path)
    # build() validates with graph.build.validate_store; while that is pySHACL it cannot run at 1M.
    validate = build_module.VALIDATES_IN_STORE or lines <= PYSHACL_LIMIT
    steps: dict[str, tuple[float, float]] = {}
    _timing(build_module, ("load_quads", "materialise", "validate_store"), steps)
    cpu, start = time.process_time(), time.perf_counter()
    with new_store(out) as (store, folder):
        staged, validation, tabled = load_store(store, path, folder / SCRATCH, validate=validate)
    total, total_cpu = time.perf_counter() - start, time.process_time() - cpu
    loaded = len(staged) + tabled  # the partner tables go into the on-disk store only
    seconds, load_cpu = steps["load_quads"]
    emit(size, "load", "oxigraph", lines / seconds, "triples/s",
         note=f"{lines} N-Quads lines in {seconds:.1f} s ({load_cpu:.1f} s CPU), into memory")
    emit(size, "inference", "oxigraph", steps["materialise"][0], "s",
         note=f"{steps['materialise'][1]:.1f} s CPU; {loaded} quads after")
    emit(size, "load + inference", "oxigraph", steps["load_quads"][0] + steps["materialise"][0], "s",
         note=f"{load_cpu + steps['materialise'][1]:.1f} s CPU, in memory")
    if validation is not None:
        seconds, validate_cpu = steps["validate_store"]
        emit(size, "validation (build)", "oxigraph", seconds, "s",
             note=f"{validate_cpu:.1f} s CPU; {len(validation.violations)} violations, "
                  f"{len(validation.warnings)} warnings")
    else:
        emit(size, "validation (build)", "oxigraph", None, "s",
             note=f"not run: graph.build.validate_store is pySHACL, hours at {lines} quads")
    # load_store validates in one thread while the other writes the graph to disk, so the
    # on-disk write is what is left after load and inference, overlapped with validation.
    inner = sum(steps.get(k, (0, 0))[0] for k in ("load_quads", "materialise"))
    inner_cpu = sum(steps.get(k, (0, 0))[1] for k in ("load_quads", "materialise"))
    emit(size, "validation ∥ into the on-disk store", "oxigraph", total - inner, "s",
         note=f"{total_cpu - inner_cpu:.1f} s CPU (both threads): validation alongside dump, bulk load, "
              "flush, optimise, swap")
    emit(size, "load + infer + validate", "oxigraph", total, "s",
         note=f"{total_cpu:.1f} s CPU; graph/build.py load_store + new_store, as `oickg build` runs them"
              + ("" if validation is not None else "; WITHOUT validation"),
         cpu=total_cpu, validated=validation is not None)
    seconds, _ = _timed(write_dumps, staged, out / "dumps")
    emit(size, "dumps of oickg build (ttl + trig)", "oxigraph", seconds, "s", note=f"{LAST_CPU[0]:.1f} s CPU")
    del staged
    store = open_store(out)
    for fmt in DUMP_FORMATS:
        target = out / f"dump.{fmt.lower()}"
        seconds, _ = _timed(_dump, store, target, getattr(ox.RdfFormat, fmt))
        emit(size, f"dump {fmt.lower().replace('_', '-')}", "oxigraph", seconds, "s",
             note=f"{target.stat().st_size / 1e6:.0f} MB; {LAST_CPU[0]:.1f} s CPU")
        target.unlink()
    emit(size, "counts", "-", 0, "", note=json.dumps(counts(store)))
    del store
    _viz(size, out)
    emit(size, "peak memory (oxigraph job)", "oxigraph", peak_mb(), "MB")


def job_queries(size: str, work: Path, seed: int) -> None:
    """Every named query on the store the oxigraph job built (its own job: one slow query stops only this)."""
    from graph.server import memory_copy
    from graph.store import open_store

    out = out_dir(work, size) / "bench"
    if not (out / "store").exists():
        emit(size, "queries", "oxigraph", None, "ms p50", note="no store: the oxigraph job did not finish its load")
        return
    store = open_store(out)
    _time_queries(size, store, query_workload())
    emit(size, "peak memory (queries job)", "oxigraph", peak_mb(), "MB")
    # the partners queries again on an in-memory copy of the store (`oickg serve --in-memory`)
    seconds, copy = _timed(memory_copy, store)
    emit(size, "copy store into memory (serve --in-memory)", "oxigraph", seconds, "s", note=f"{len(copy)} quads")
    _time_queries(size, copy, [w for w in query_workload() if w[0].startswith("partners(")], ", in memory")
    emit(size, "peak memory (queries job, with the copy)", "oxigraph", peak_mb(), "MB")


def _time_queries(size: str, store, workload, suffix: str = "") -> None:
    """One row per (label, text, bindings) of workload: p50/p95 over repeated runs on store."""
    from queries.run import bind

    for label, text, bindings in workload:
        bound = bind(text, bindings)

        def run():
            return len(list(store.query(bound, use_default_graph_as_union=True)))
        times, rows = _query_runs(run)
        emit(size, f"query {label}{suffix}", "oxigraph", statistics.median(times) * 1e3, "ms p50",
             p95=_percentile(times, 0.95) * 1e3, rows=rows, runs=len(times), cpu_ms=CPU_P50[0] * 1e3)


def _viz(size: str, out: Path) -> None:
    """Time `oickg viz` on the built graph, when the command exists."""
    oickg = Path(sys.executable).parent / "oickg"
    probe = subprocess.run([str(oickg), "viz", "--help"], capture_output=True, text=True)
    if probe.returncode != 0:
        emit(size, "oickg viz", "oxigraph", None, "s", note="no `oickg viz` command yet")
        return
    start = time.perf_counter()
    out = out.resolve()
    done = subprocess.run([str(oickg), "viz", "--out", str(out), "-o", str(out / "network.html")],
                          capture_output=True, text=True, cwd=str(out))
    seconds = time.perf_counter() - start
    note = "" if done.returncode == 0 else f"exit {done.returncode}: {done.stderr.strip()[-160:]}"
    emit(size, "oickg viz", "oxigraph", seconds if done.returncode in (0, 1) else None, "s", note=note)


def job_rdflib(size: str, work: Path, seed: int) -> None:
    """The same workload on rdflib's in-memory Dataset; rows appear as they finish."""
    from rdflib import Dataset, URIRef

    import queries
    from graph import iri
    from graph.build import RULES, partner_table_quads
    from queries.run import bind

    path = ensure_graph(size, work, seed)
    ds = Dataset(default_union=True)
    seconds, _ = _timed(ds.parse, str(path), format="nquads")
    loaded = len(list(ds.quads((None, None, None, None))))
    emit(size, "load", "rdflib", loaded / seconds, "triples/s",
         note=f"{loaded} quads in {seconds:.1f} s ({LAST_CPU[0]:.1f} s CPU)")
    target = ds.graph(URIRef(str(iri.named_graph("inferred"))))
    start = time.perf_counter()
    added = 0
    for name in RULES:  # the build's rules, in the build's order
        triples = list(ds.query(queries.load(name).text))
        for t in triples:
            target.add(t)
        added += len(triples)
    # The partner tables (graph/build.py partner_table_quads) are written in Python from an Oxigraph
    # store; here from a copy of the inferred Dataset, so that partners.rq has its tables on rdflib too.
    tables = partner_table_quads(_oxigraph_copy(ds))
    ds.parse(data=tables.decode(), format="nquads")
    inference = time.perf_counter() - start
    in_tables = tables.count(b"\n")
    emit(size, "inference", "rdflib", inference, "s",
         note=f"{added} triples inferred, {in_tables} in partner tables (built through an Oxigraph copy)")
    emit(size, "load + inference", "rdflib", seconds + inference, "s")
    for label, text, bindings in query_workload():
        bound = bind(text, bindings)

        def run():
            return len(list(ds.query(bound)))
        try:
            times, rows = _query_runs(run, budget=QUERY_BUDGET_S, runs=5)
        except Exception as exc:  # noqa: BLE001 - rdflib's engine rejects some valid SPARQL; report it, go on
            emit(size, f"query {label}", "rdflib", None, "ms p50", note=f"rdflib error: {type(exc).__name__}: {exc}")
            continue
        emit(size, f"query {label}", "rdflib", statistics.median(times) * 1e3, "ms p50",
             p95=_percentile(times, 0.95) * 1e3, rows=rows, runs=len(times), cpu_ms=CPU_P50[0] * 1e3)
    for fmt, name in RDFLIB_FORMATS.items():
        target_file = work / f"rdflib-dump-{size}.{name}"
        seconds, _ = _timed(ds.serialize, str(target_file), format=name)  # turtle: the union, as default_union
        emit(size, f"dump {fmt.lower().replace('_', '-')}", "rdflib", seconds, "s")
        target_file.unlink(missing_ok=True)
    emit(size, "peak memory (rdflib job)", "rdflib", peak_mb(), "MB")


def _oxigraph_copy(ds):
    """An in-memory Oxigraph store with the quads of an rdflib Dataset."""
    import pyoxigraph as ox

    copy = ox.Store()
    copy.load(ds.serialize(format="nquads").encode(), ox.RdfFormat.N_QUADS)
    return copy


def job_validate(size: str, work: Path, seed: int) -> None:
    """pySHACL through ontology/validation.py on the graph the oxigraph job built (store -> rdflib)."""
    try:
        from ontology.validation import validate
    except ImportError:
        emit(size, "validation", "pyshacl", None, "s", note="ontology/validation.py not available")
        return
    import pyoxigraph as ox
    from rdflib import Dataset

    link = out_dir(work, size) / "bench" / "store"
    if not link.exists():
        emit(size, "validation", "pyshacl", None, "s", note="no store: the oxigraph job did not finish")
        return
    store = ox.Store.read_only(str(link.resolve()))
    if len(store) > PYSHACL_LIMIT:
        emit(size, "validation", "pyshacl", None, "s",
             note=f"not run: {len(store)} quads; pySHACL did not finish 56k in 300 s")
        return
    start = time.perf_counter()
    ds = Dataset()
    ds.parse(data=store.dump(format=ox.RdfFormat.N_QUADS), format="nquads")
    to_rdflib = time.perf_counter() - start
    seconds, report = _timed(validate, ds)
    emit(size, "validation", "pyshacl", to_rdflib + seconds, "s",
         note=f"store->rdflib {to_rdflib:.1f} s + pySHACL {seconds:.1f} s; "
              f"{len(report.violations)} violations, {len(report.warnings)} warnings")
    emit(size, "peak memory (validate job)", "pyshacl", peak_mb(), "MB")


JOBS = {"corpus": job_corpus, "real": job_real, "oxigraph": job_oxigraph, "queries": job_queries, "rdflib": job_rdflib,
        "validate": job_validate}


def main(argv: list[str]) -> None:
    job, size, work = argv[0], argv[1], Path(argv[2])
    seed = int(argv[3]) if len(argv) > 3 else 7
    work.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("PYTHONHASHSEED", "0")
    JOBS[job](size, work, seed)


if __name__ == "__main__":
    main(sys.argv[1:])
