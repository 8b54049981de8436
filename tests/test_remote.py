"""Queries on a remote SPARQL endpoint and `oickg push`: against a real `oxigraph serve` on 127.0.0.1."""
import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

import queries
from graph.store import open_store
from oickg.cli import cli
from queries.errors import BadQuery, EndpointError
from queries.remote import push, run_remote
from queries.run import bind_arguments, run_local

OXIGRAPH = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, process: subprocess.Popen, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited with {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=1):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"{url} did not answer within {seconds} s")


@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory):
    """A real Oxigraph server on a free loopback port with an empty on-disk store; its base URL."""
    if OXIGRAPH is None:
        pytest.skip("the oxigraph binary (PyPI package oxigraph) is not installed")
    port = free_port()
    location = tmp_path_factory.mktemp("oxigraph")
    process = subprocess.Popen([OXIGRAPH, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}",
                                "--union-default-graph"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for(url + "/query?query=ASK%7B%7D", process)
        yield url
    finally:
        process.terminate()
        process.wait(10)


@pytest.fixture(scope="module")
def pushed(oxigraph, built_graph):
    """The corpus graph pushed into the Oxigraph server; the push report."""
    return push(open_store(built_graph), oxigraph + "/store")


def test_push_sends_every_named_graph_of_the_build(pushed, built_graph, oxigraph):
    local = open_store(built_graph)
    assert pushed.graphs == len(list(local.named_graphs()))
    remote = run_remote(oxigraph + "/query", "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert int(remote.rows[0][0]) == pushed.graphs
    graphs = run_remote(oxigraph + "/query", "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert "https://w3id.org/oic-kg/source/000_272770b36fcd7c81.txt" in {row[0] for row in graphs.rows}


def test_pushing_twice_replaces_the_graphs_instead_of_doubling_them(pushed, built_graph, oxigraph):
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    before = run_remote(oxigraph + "/query", count).rows[0][0]
    push(open_store(built_graph), oxigraph + "/store")
    assert run_remote(oxigraph + "/query", count).rows[0][0] == before == str(pushed.triples)


def test_every_named_query_gives_the_same_answer_remotely_as_locally(pushed, built_graph, oxigraph):
    local = open_store(built_graph)
    for name, values in [("partners", ("KOBIA",)), ("activities-of-network", ("OIC-SMENET",)),
                         ("network-roles", ("OIC-SMENET",)), ("activity-counts", ()),
                         ("strongest-partnerships", ()), ("partnership-edges", ())]:
        q, bindings = bind_arguments(name, values, ())
        here, there = run_local(local, q.text, bindings), run_remote(oxigraph + "/query", q.text, bindings)
        assert there.columns == here.columns, name
        assert sorted(map(str, there.rows)) == sorted(map(str, here.rows)), name


def test_query_cli_with_endpoint_finds_sesric_as_kobias_partner(pushed, oxigraph):
    result = CliRunner().invoke(cli, ["query", "partners", "KOBIA", "--endpoint", oxigraph + "/query",
                                      "--format", "json", "--out", "/nonexistent"])
    assert result.exit_code == 0, result.output
    assert "SESRIC" in [row["acronym_"] for row in json.loads(result.stdout)]


def test_sparql_and_path_cli_run_on_the_endpoint(pushed, oxigraph):
    runner = CliRunner()
    asked = runner.invoke(cli, ["sparql", "ASK { ?p a <https://w3id.org/oic-kg/ontology#Partnership> }",
                                "--endpoint", oxigraph + "/query"])
    assert asked.exit_code == 0 and "true" in asked.stdout
    built = runner.invoke(cli, ["sparql", "CONSTRUCT WHERE { <https://w3id.org/oic-kg/org/kobia> "
                                "<https://w3id.org/oic-kg/ontology#acronym> ?a }", "--endpoint", oxigraph + "/query"])
    assert built.stdout == '<https://w3id.org/oic-kg/org/kobia> <https://w3id.org/oic-kg/ontology#acronym> "KOBIA" .\n'
    chain = runner.invoke(cli, ["path", "KOBIA", "IsDB", "--endpoint", oxigraph + "/query", "--format", "csv"])
    assert chain.exit_code == 0, chain.output
    assert [line.split(",")[2] for line in chain.stdout.splitlines()[1:]] == ["KOBIA", "SESRIC"]


def test_a_hostile_parameter_stays_a_literal_on_the_endpoint(pushed, oxigraph):
    q, bindings = bind_arguments("partners", ('KOBIA" ) } UNION { ?partner ?p ?o } #',), ())
    assert run_remote(oxigraph + "/query", q.text, bindings).rows == []


def test_push_cli_reports_what_it_sent(built_graph, oxigraph):
    result = CliRunner().invoke(cli, ["push", "--endpoint", oxigraph + "/store", "--out", str(built_graph)])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("pushed ") and " graphs to " in result.stdout


def test_a_bad_query_on_the_endpoint_raises_bad_query(oxigraph):
    with pytest.raises(BadQuery):
        run_remote(oxigraph + "/query", "SELEC ?x")


def test_an_unreachable_endpoint_exits_2_with_a_one_line_message():
    url = f"http://127.0.0.1:{free_port()}/query"
    with pytest.raises(EndpointError):
        run_remote(url, queries.load("activity-counts").text)
    result = CliRunner().invoke(cli, ["query", "activity-counts", "--endpoint", url])
    assert result.exit_code == 2 and "EndpointError" in result.stderr


def test_the_query_form_is_read_past_comment_lines_that_mention_update_words():
    from queries.remote import query_form

    assert query_form("# one\n# each label is added\n# two\nPREFIX a: <http://a#>\nSELECT * { ?s ?p ?o }") == "SELECT"
    assert query_form("# a\nCONSTRUCT WHERE { ?s ?p ?o }") == "CONSTRUCT"
    assert all(query_form(queries.load(name).text) in ("SELECT", "CONSTRUCT") for name in queries.names())
