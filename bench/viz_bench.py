"""Time the network page on synthetic networks in headless Chromium: is 2,000 organisations usable in < 5 s?

Run `python -m bench.viz_bench` (or `--organisations 2000,7000 --runs 3`).
Prints one table: for each size, the Python side (generate, networkx graph,
layout + render, page size) and the browser side, median of the runs:
  - open→drawn: wall time from Page.navigate to the page's first drawn frame
    (the page sets body[data-ready] in vis-network's first afterDrawing event),
    measured from Python over the DevTools protocol, so it includes parsing
    the inlined vis-network script and the data;
  - drawn (page clock): performance.now() at that first frame, counted by the
    page from navigation start;
  - highlight hub / highlight typical: time for the search box action on the
    organisation with the most partners and on a median one (dims the others,
    adds its undrawn ties), measured in the page with performance.now();
  - clear: undoing that highlight.
The network is synthetic (viz.synthetic): hubs like SESRIC organise most
activities, so it is dense; above 5,000 ties the page draws the backbone.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from viz import browser
from viz.layout import positions
from viz.network import partnership_graph
from viz.render import render
from viz.synthetic import synthetic_data

READY = "document.body.dataset.ready === 'true'"
TARGET_SECONDS = 5.0


def measure(organisations: int, runs: int, work: Path) -> dict:
    """Build, render and open one synthetic network; return the timings (seconds) and sizes."""
    row: dict = {"organisations": organisations}
    start = time.perf_counter()
    data = synthetic_data(organisations, seed=0)
    row["generate"] = time.perf_counter() - start
    start = time.perf_counter()
    g = partnership_graph(data)
    row["graph"] = time.perf_counter() - start
    row["edges"] = g.number_of_edges()
    start = time.perf_counter()
    positions(g)
    row["layout"] = time.perf_counter() - start
    start = time.perf_counter()
    html = render(g)
    row["render"] = time.perf_counter() - start
    page = work / f"synthetic-{organisations}.html"
    page.write_text(html, encoding="utf-8")
    row["page_mb"] = page.stat().st_size / 1e6
    hub = max(g, key=g.degree)
    typical = sorted(g, key=g.degree)[len(g) // 2]
    samples: dict[str, list[float]] = {"open": [], "drawn": [], "hub": [], "typical": [], "clear": []}
    with browser.Chromium() as chromium:
        for _ in range(runs):
            chromium.send("Page.navigate", url="about:blank")
            samples["open"].append(chromium.open(page, ready=READY))
            samples["drawn"].append(chromium.evaluate("window.oickg.drawnAt") / 1000)
            row["drawn_edges"] = chromium.evaluate("window.oickg.edges.length")
            row["nodes_in_page"] = chromium.evaluate("window.oickg.nodes.length")
            for name, node in (("hub", hub), ("typical", typical)):
                took = chromium.evaluate(
                    f"(() => {{ const id = window.oickg.nodes.get().find(n => n.iri === '{node}').id;"
                    " const t = performance.now(); window.oickg.highlight(id); window.oickg.network.redraw();"
                    " return performance.now() - t; })()")
                samples[name].append(took / 1000)
                cleared = chromium.evaluate("(() => { const t = performance.now(); window.oickg.clear();"
                                            " window.oickg.network.redraw(); return performance.now() - t; })()")
                samples["clear"].append(cleared / 1000)
        row["errors"] = len(chromium.console_errors)
    row.update({name: statistics.median(values) for name, values in samples.items()})
    row["hub_degree"] = g.degree(hub)
    return row


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--organisations", default="2000", help="comma-separated sizes (default 2000)")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    if not browser.available():
        print("viz_bench: needs /usr/bin/chromium and websocket-client (pip install -e '.[test]')", file=sys.stderr)
        return 2
    sizes = [int(s) for s in args.organisations.split(",")]
    print("orgs   ties(drawn)      generate graph layout render page   open→drawn drawn(page) "
          "highlight hub/typical clear  errors")
    worst = 0.0
    with tempfile.TemporaryDirectory(prefix="oickg-viz-bench-") as work:
        for size in sizes:
            r = measure(size, args.runs, Path(work))
            worst = max(worst, r["open"]) if size <= 2000 else worst
            print(f"{r['organisations']:<6} {r['edges']:>6} ({r['drawn_edges']:>5})  "
                  f"{r['generate']:7.2f}s {r['graph']:5.2f}s {r['layout']:5.2f}s {r['render']:5.2f}s "
                  f"{r['page_mb']:5.1f}MB {r['open']:8.2f}s {r['drawn']:9.2f}s "
                  f"{r['hub']:9.2f}s/{r['typical']:.2f}s (hub {r['hub_degree']} ties) {r['clear']:5.2f}s {r['errors']:>4}",
                  flush=True)
    verdict = "met" if worst < TARGET_SECONDS else "MISSED"
    print(f"target: 2,000 organisations drawn and interactive in < {TARGET_SECONDS:.0f} s in headless Chromium: "
          f"{verdict} ({worst:.2f} s open→drawn, median of {args.runs})")
    return 0 if worst < TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
