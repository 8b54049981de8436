"""Shared fixtures: the bundled corpus, the gold files, a built graph."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "corpus"
SHARED = ROOT.parent / "shared"
GOLD_DIR = SHARED / "gold"
SCORER = SHARED / "tools" / "score_extraction.py"


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/golden expected files")


@pytest.fixture(scope="session")
def update_golden(request) -> bool:
    return request.config.getoption("--update-golden")


@pytest.fixture(scope="session")
def built_graph(tmp_path_factory) -> Path:
    """The bundled corpus built once per test session; returns the output folder."""
    from graph.build import build

    out = tmp_path_factory.mktemp("built")
    build([CORPUS], out)
    return out


def score(gold_lines: list[str], pred_lines: list[str], tmp_path: Path, *extra: str) -> dict:
    """Score predicted records against gold with the shared scorer; return its JSON report."""
    if not SCORER.exists():
        pytest.skip("../shared/tools/score_extraction.py is not beside this checkout")
    gold, pred = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    gold.write_text("".join(gold_lines), encoding="utf-8")
    pred.write_text("".join(pred_lines), encoding="utf-8")
    done = subprocess.run([sys.executable, str(SCORER), str(gold), str(pred), "--json", *extra],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def gold_lines(*sources: str) -> list[str]:
    if not GOLD_DIR.exists():
        pytest.skip("../shared/gold is not beside this checkout")
    lines = []
    for path in sorted(GOLD_DIR.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines(keepends=True):
            if line.strip() and (not sources or json.loads(line)["source"] in sources):
                lines.append(line)
    return lines


@contextmanager
def running_server(out: Path, timeout: float, limit: int, workers: int = 2, options: tuple = ()):
    """`oickg serve` on a free loopback port over the graph in out (with more options); yields its (host, port)."""
    oickg = Path(sys.executable).parent / "oickg"
    process = subprocess.Popen([str(oickg), "serve", "--out", str(out), "--port", "0", "--workers", str(workers),
                                "--timeout", str(timeout), "--limit", str(limit), *options],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        line = process.stderr.readline()
        match = re.search(r"http://([\d.]+):(\d+)/", line)
        assert match, line + process.stderr.read()
        yield match.group(1), int(match.group(2))
    finally:
        process.terminate()
        process.wait(30)


@pytest.fixture(scope="module")
def built_store(built_graph):
    """The built corpus graph's store, opened read-only."""
    from graph.store import open_store

    return open_store(built_graph)


def http_request(server, method, path, body=None, headers=None, timeout=60):
    """One HTTP request to (host, port); returns (status, headers, body)."""
    import http.client

    conn = http.client.HTTPConnection(*server, timeout=timeout)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        response = conn.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        conn.close()


@pytest.fixture(scope="module")
def network_data(built_store):
    """The partnership network data (viz.network.read_network_data) of the built corpus graph."""
    from viz.network import read_network_data

    return read_network_data(built_store)
