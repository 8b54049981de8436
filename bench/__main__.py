"""Run the benchmark and print one table: `make bench`, or `python -m bench --sizes 1M,10M`.

In:  sizes (multiples of the real corpus such as `10x`, or triple counts such
     as `100k`, `1M`, `10M`), a work folder (default out/bench), a seed.
Out: one table on stdout (size, step, embedded Oxigraph store, rdflib's
     in-memory Dataset, the ratio, notes), the targets of issue 7 met or
     missed, and the same rows in <work>/results.json and results.md.
     Progress goes to stderr. Exit 0 when every job ran, 1 when a job timed
     out or failed (its rows say so), 2 on a bad option.

Each job runs in its own process (bench/steps.py), so every size has its own
peak memory and a job that exceeds --timeout is stopped without losing the
rows it already printed.
"""
from __future__ import annotations

import argparse
import json
import platform
import subprocess
import sys
import threading
import time
from pathlib import Path

from bench.steps import parse_size

DEFAULT_SIZES = "1x,10x"  # make bench: minutes on 2 idle cores; 100k, 1M, 10M via --sizes
TARGET_SIZE = "1M"


def run_job(job: str, size: str, work: Path, seed: int, timeout: float) -> tuple[list[dict], str | None]:
    """Run one job in a child process; return its rows and, if it did not finish, why."""
    cmd = [sys.executable, "-m", "bench.steps", job, size, str(work), str(seed)]
    child = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             cwd=str(Path(__file__).resolve().parent.parent))
    timer = threading.Timer(timeout, child.kill)
    timer.start()
    rows = []
    try:
        for line in child.stdout:
            if line.startswith("{"):
                row = json.loads(line)
                rows.append(row)
                print(f"  {size:>5} {job:<8} {row['step']}: {_value(row)}", file=sys.stderr, flush=True)
        child.wait()
    finally:
        timer.cancel()
    if child.returncode == 0:
        return rows, None
    if child.returncode < 0:
        return rows, f"stopped after {timeout:.0f} s (--timeout)"
    return rows, f"failed: {child.stderr.read().strip().splitlines()[-1:] or ['?']}"


def _value(row: dict) -> str:
    v, unit = row.get("value"), row.get("unit")
    if v is None:
        return row.get("note") or "-"
    if unit == "triples/s":
        return f"{v:,.0f} triples/s"
    if unit == "ms p50":
        return f"{v:.1f} / {row.get('p95', v):.1f} ms"
    if unit == "s":
        return f"{v:.2f} s"
    if unit in ("MB", "MB/s", "Mchar/s"):
        return f"{v:.2f} {unit}" if v < 100 else f"{v:.0f} {unit}"
    return f"{v} {unit}".strip()


def _ratio(ox_row: dict | None, rdf_row: dict | None) -> str:
    """How many times better the embedded store did than rdflib on one row."""
    if not ox_row or not rdf_row or not ox_row.get("value") or not rdf_row.get("value") or ox_row["unit"] == "MB":
        return ""
    a, b = ox_row["value"], rdf_row["value"]
    factor = a / b if ox_row["unit"] == "triples/s" else b / a
    return f"{factor:,.1f}x"


def table(rows: list[dict], failures: dict) -> str:
    """The rows of all sizes as one aligned table (Oxigraph and rdflib side by side)."""
    order: list[tuple[str, str]] = []
    by_key: dict[tuple[str, str], dict[str, dict]] = {}
    for row in rows:
        step = row["step"].replace(" (rdflib job)", "").replace(" (oxigraph job)", "")
        key = (row["size"], step)
        if key not in by_key:
            order.append(key)
            by_key[key] = {}
        by_key[key][row["engine"]] = row
    lines = [("size", "step", "oxigraph / value", "rdflib", "ratio", "note")]
    for key in order:
        engines = by_key[key]
        main = engines.get("oxigraph") or engines.get("-") or engines.get("pyshacl") or {}
        rdf = engines.get("rdflib")
        if key[1] == "counts":
            lines.append((key[0], "graph", "", "", "", main.get("note", "")))
            continue
        if not main and rdf:  # rdflib-only rows (its own peak memory)
            lines.append((key[0], key[1], "", _value(rdf), "", rdf.get("note", "")))
            continue
        note = main.get("note", "") or ""
        if "rows" in main:
            note = f"{main['rows']} rows, {main['runs']} runs, CPU p50 {main.get('cpu_ms', 0):.1f} ms" + (
                f"; rdflib {rdf['runs']} runs, CPU p50 {rdf.get('cpu_ms', 0):.0f} ms" if rdf and "runs" in rdf else "")
        lines.append((key[0], key[1], _value(main), _value(rdf) if rdf else "", _ratio(main, rdf), note))
    for (size, job), why in failures.items():
        lines.append((size, f"[{job} job]", "", "", "", why))
    widths = [max(len(str(line[i])) for line in lines) for i in range(5)]
    out = []
    for n, line in enumerate(lines):
        out.append("  ".join(str(c).ljust(w) for c, w in zip(line[:5], widths)) + "  " + line[5])
        if n == 0:
            out.append("  ".join("-" * w for w in widths) + "  " + "-" * 4)
    return "\n".join(out)


def targets(rows: list[dict]) -> list[str]:
    """Issue 7's targets, checked on the rows of the 1M-triple size."""
    at = {(r["step"], r["engine"]): r for r in rows if r["size"] == TARGET_SIZE}
    if not at:
        return [f"targets: no {TARGET_SIZE} size in this run (add it to --sizes)"]
    out = []
    row = at.get(("load + infer + validate", "oxigraph"))
    if row:
        validated = row.get("validated")
        verdict = ("met" if row["value"] < 60 else "MISSED") if validated else "not measured (no validation)"
        out.append(f"target 1M triples loaded, inferred, validated < 60 s: {verdict} "
                   f"({row['value']:.1f} s wall, {row.get('cpu', 0):.1f} s CPU"
                   + ("" if validated else ", load + inference only") + ")")
    for where, step in (("on disk", "query partners(KOBIA)"), ("in memory", "query partners(KOBIA), in memory")):
        partners = at.get((step, "oxigraph"))
        if partners:
            verdict = "met" if partners["value"] < 50 else "MISSED"
            cpu = partners.get("cpu_ms")
            verdict += f" on CPU time ({cpu:.1f} ms)" if cpu is not None and cpu < 50 and verdict == "MISSED" else ""
            out.append(f"target partners-of-an-organisation p50 < 50 ms at 1M, store {where}: {verdict} "
                       f"({partners['value']:.1f} ms wall" + (f", {cpu:.1f} ms CPU)" if cpu is not None else ")"))
    ratios = []
    for (step, engine), row in at.items():
        rdf = at.get((step, "rdflib"))
        if step.startswith("query ") and engine == "oxigraph" and rdf and rdf.get("value") and row.get("value"):
            ratios.append((rdf["value"] / row["value"], step[6:]))
    if ratios:
        worst = min(ratios)
        verdict = "met" if worst[0] >= 20 else "MISSED"
        out.append(f"target store >= 20x rdflib on every query row at 1M: {verdict} "
                   f"(lowest {worst[0]:.1f}x on {worst[1]}; {len(ratios)} queries compared)")
    else:
        out.append("target store >= 20x rdflib on the query rows at 1M: not measured (rdflib job did not reach them)")
    return out


def machine() -> str:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import os

    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f", {kb / 2**20:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    load = os.getloadavg()[0]
    return (f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores ({cpu}){mem}, "
            f"Python {platform.python_version()}, load average {load:.1f} at start")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default=DEFAULT_SIZES,
                        help=f"comma-separated: corpus multiples (10x) or triple counts (100k, 1M); "
                             f"default {DEFAULT_SIZES}")
    parser.add_argument("--work", type=Path, default=Path("out/bench"), help="where data and stores go")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--timeout", type=float, default=120, help="seconds per job before it is stopped")
    parser.add_argument("--no-rdflib", action="store_true", help="skip the rdflib comparison")
    parser.add_argument("--no-validate", action="store_true", help="skip pySHACL validation")
    parser.add_argument("--no-real", action="store_true", help="skip extraction over the replicated real corpus")
    args = parser.parse_args(argv)
    sizes = [s.strip() for s in args.sizes.split(",") if s.strip()]
    try:
        kinds = {s: parse_size(s)[0] for s in sizes}
    except ValueError:
        parser.error(f"--sizes {args.sizes!r}: use forms like 10x, 100k, 1M")
        return 2
    args.work.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    print(f"bench: {machine()}", file=sys.stderr)
    rows: list[dict] = []
    failures: dict[tuple[str, str], str] = {}
    plan = [] if args.no_real else [("real", "10MB")]
    for size in sizes:
        if kinds[size] == "corpus":
            plan.append(("corpus", size))
        plan.append(("oxigraph", size))
        plan.append(("queries", size))
        if not args.no_validate:
            plan.append(("validate", size))
        if not args.no_rdflib:
            plan.append(("rdflib", size))
    for job, size in plan:
        if job != "corpus" and kinds.get(size) == "corpus" and (size, "corpus") in failures:
            continue
        got, why = run_job(job, size, args.work, args.seed, args.timeout)
        rows.extend(got)
        if why:
            failures[(size, job)] = why
            print(f"  {size:>5} {job:<8} {why}", file=sys.stderr)
    print(f"oic-kg benchmark  ({machine()}; seed {args.seed}; {time.perf_counter() - started:.0f} s)")
    print(table(rows, failures))
    print()
    for line in targets(rows):
        print(line)
    (args.work / "results.json").write_text(json.dumps({"machine": machine(), "rows": rows,
                                                        "failures": {f"{s} {j}": w for (s, j), w in failures.items()}},
                                                       ensure_ascii=False, indent=1), encoding="utf-8")
    (args.work / "results.md").write_text(table(rows, failures) + "\n\n" + "\n".join(targets(rows)) + "\n",
                                          encoding="utf-8")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
