"""A hostile client cannot change, escape or stop the read-only endpoint of `oickg serve` (issue 8).

A real `oickg serve` process on 127.0.0.1 serves the corpus graph with a short
timeout and a small result limit. Updates, LOAD and SERVICE come in every
spelling; a canary socket on loopback stands for an "external address" and
must never be called. Huge and slow queries are cut or stopped; malformed
requests get a 4xx, never a 5xx or a hang; and a bounded load of concurrent
clients gets no error at all (4 x 50 in `make test`, 8 x 500 in `make fuzz`).
"""
from __future__ import annotations

import http.client
import json
import os
import socket
import threading
import time
import urllib.parse

import pytest
from conftest import ROOT, running_server
from conftest import http_request as request

OICKG = ROOT / ".venv" / "bin" / "oickg"
LIMIT = 100
TIMEOUT = 2  # seconds a query may run on the server under test
CLIENTS, QUERIES = (8, 500) if os.environ.get("OICKG_LONG") else (4, 50)
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
KOBIA = "https://w3id.org/oic-kg/org/kobia"


@pytest.fixture(scope="module")
def server(built_graph):
    """`oickg serve` on a free loopback port: 2 workers, a 2 s timeout, a 100-row limit; its (host, port)."""
    with running_server(built_graph, TIMEOUT, LIMIT) as address:
        yield address


@pytest.fixture(scope="module")
def canary():
    """A listening socket on loopback that records every connection made to it: the "external address"."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.2)
    calls: list[bytes] = []
    stop = threading.Event()

    def accept():
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except (TimeoutError, OSError):
                continue
            with conn:
                conn.settimeout(1)
                try:
                    calls.append(conn.recv(4096))
                except OSError:
                    calls.append(b"")
    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}/sparql", calls
    stop.set()
    thread.join(5)
    listener.close()


def get(server, query, accept="application/sparql-results+json", **params):
    return request(server, "GET", "/sparql?" + urllib.parse.urlencode({"query": query, **params}),
                   headers={"Accept": accept})


def post_query(server, query, media="application/sparql-query"):
    return request(server, "POST", "/sparql", query.encode("utf-8"), {"Content-Type": media})


def triples(server) -> int:
    status, _, body = get(server, COUNT)
    assert status == 200, body
    return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])


def raw(server, data: bytes, shutdown: bool = False) -> int:
    """Send bytes as they are; return the status code of the answer."""
    with socket.create_connection(server, timeout=60) as s:
        s.sendall(data)
        if shutdown:
            s.shutdown(socket.SHUT_WR)
        line = s.makefile("rb").readline()
    assert line.startswith(b"HTTP/"), line
    return int(line.split()[1])


# --- nothing changes the graph ---

UPDATES = [
    "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }",
    "DELETE WHERE { ?s ?p ?o }",
    "CLEAR ALL",
    "LOAD <http://127.0.0.1:9/data.ttl>",
    "LOAD SILENT <file:///etc/passwd> INTO GRAPH <urn:x:g>",
    "WITH <urn:x:g> DELETE { ?s ?p ?o } INSERT { ?s ?p 1 } WHERE { ?s ?p ?o }",
    "PREFIX x: <urn:x:>\nINSERT DATA { x:a x:b x:c } ; DELETE WHERE { ?s ?p ?o }",
]


@pytest.mark.parametrize("update", UPDATES)
def test_an_update_or_load_is_refused_every_way_it_can_be_sent_and_the_graph_stays_the_same(server, update):
    before = triples(server)
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    answers = [
        request(server, "POST", "/sparql", update.encode(), {"Content-Type": "application/sparql-update"}),
        request(server, "POST", "/sparql", update.encode(), {"Content-Type": "Application/SPARQL-Update; charset=utf-8"}),
        request(server, "POST", "/sparql", urllib.parse.urlencode({"update": update}).encode(), form),
        request(server, "POST", "/sparql", urllib.parse.urlencode({"query": update}).encode(), form),
        request(server, "GET", "/sparql?" + urllib.parse.urlencode({"update": update})),
        get(server, update),
        post_query(server, update),
        request(server, "PUT", "/sparql", update.encode(), {"Content-Type": "application/sparql-update"}),
        request(server, "PATCH", "/org/sesric", update.encode(), {"Content-Type": "application/sparql-update"}),
    ]
    assert [status for status, _, _ in answers if not 400 <= status < 500] == [], answers
    assert triples(server) == before


# --- SERVICE never leaves the server ---

SERVICE_CALLS = [
    "SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ service silent <{url}> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ SERVICE#note\n<{url}> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ {{ SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }} }}",
    "SELECT * WHERE {{ BIND(<{url}> AS ?u) SERVICE ?u {{ ?s ?p ?o }} }}",
    "PREFIX e: <{url}#>\nSELECT * WHERE {{ SERVICE e:x {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ ?s ?p ?o FILTER EXISTS {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }} LIMIT 1",
    "SELECT * WHERE {{ SERVICE<{url}> {{ ?s ?p ?o }} }}",
    "PREFIX : <{url}#>\nSELECT * WHERE {{ SERVICE :x {{ ?s ?p ?o }} }}",
]


@pytest.mark.parametrize("template", SERVICE_CALLS)
def test_a_service_call_in_any_spelling_is_refused_and_never_reaches_the_address(server, canary, template):
    url, calls = canary
    made = len(calls)
    query = template.format(url=url)
    answers = [get(server, query), post_query(server, query),
               request(server, "POST", "/sparql", urllib.parse.urlencode({"query": query}).encode(),
                       {"Content-Type": "application/x-www-form-urlencoded"})]
    time.sleep(0.3)  # a call the worker made would have reached the canary by now
    assert calls[made:] == [], f"the server called {url}: {calls[made:]}"
    assert [status for status, _, _ in answers if not 400 <= status < 500] == [], answers


# --- huge and slow queries are cut or stopped ---

@pytest.mark.parametrize("query, accept", [
    ("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }", "application/sparql-results+json"),
    ("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }", "text/csv"),
    ("CONSTRUCT { ?a ?b ?f } WHERE { ?a ?b ?c . ?d ?e ?f }", "application/n-triples"),
    ("DESCRIBE ?s WHERE { ?s ?p ?o }", "text/turtle"),
    ("SELECT (CONCAT(STR(?a), STR(?c), STR(?f)) AS ?x) WHERE { ?a ?b ?c . ?d ?e ?f }", "text/tab-separated-values"),
])
def test_a_huge_result_is_cut_at_the_limit_or_stopped_by_the_timeout(server, query, accept):
    status, headers, body = get(server, query, accept=accept)
    assert status in (200, 503), body[:300]
    if status == 200:
        assert headers.get("OICKG-Results-Truncated") == "true"
        assert len(body) < 10_000_000


@pytest.mark.parametrize("query", [
    "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }",
    "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i LIMIT 1",
    "SELECT ?s WHERE { ?s (<urn:x:p>|!<urn:x:q>)* ?o . ?o (!<urn:x:r>)* ?z . ?z ?p ?w } ORDER BY ?w LIMIT 1",
])
def test_a_slow_query_is_stopped_with_503_and_the_server_keeps_answering(server, query):
    status, headers, body = get(server, query)
    assert status in (200, 503), body[:300]
    if status == 503:
        assert b"did not finish" in body and headers.get("Retry-After")
    assert triples(server) > 0


def test_more_slow_queries_than_workers_at_once_are_all_stopped_and_the_server_recovers(server):
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    statuses: list[int] = []
    threads = [threading.Thread(target=lambda: statuses.append(get(server, slow)[0])) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert statuses == [503] * 3
    assert triples(server) > 0


# --- malformed requests get 4xx ---

MALFORMED_GETS = [
    "/sparql?query=SELECT%20*%20WHERE%20%7B",                      # cut short
    "/sparql?query=%E0%A4%A",                                      # broken percent-encoding
    "/sparql?query=" + urllib.parse.quote("SELECT * WHERE { ?s ?p ?o \x00 }"),
    "/sparql?query=" + urllib.parse.quote("SELECT ?x WHERE { BIND(<not an iri> AS ?x) }"),
    "/sparql?query=" + urllib.parse.quote("ASK {}") + "&default-graph-uri=" + urllib.parse.quote("<>"),
    "/sparql?query=" + urllib.parse.quote("ASK {}") + "&named-graph-uri=%20",
    "/sparql?query=" + urllib.parse.quote("PREFIX : <urn:x:> PREFIX : SELECT"),
    "/sparql?query=" + urllib.parse.quote("SELECT ?x WHERE { ?x ?y }" * 300),
]


@pytest.mark.parametrize("path", MALFORMED_GETS)
def test_a_malformed_query_gets_a_4xx(server, path):
    status, _, body = request(server, "GET", path)
    assert 400 <= status < 500, (status, body[:300])


def test_a_query_nested_ten_thousand_deep_gets_a_4xx(server):
    deep = "SELECT * WHERE { FILTER(" + "(" * 10_000 + "1" + ")" * 10_000 + ") }"
    status, _, body = post_query(server, deep)
    assert 400 <= status < 500, (status, body[:300])


def test_a_query_that_kills_its_worker_does_not_stop_the_server(server):
    deep = "SELECT * WHERE " + "{" * 10_000 + "}" * 10_000
    status, _, _ = post_query(server, deep)
    assert status != 200
    assert triples(server) > 0


HEAD = b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"


@pytest.mark.parametrize("data", [
    b"GARBAGE\r\n\r\n",
    b"GET\r\n\r\n",
    b"GET /sparql HTTP/1.1 extra words\r\n\r\n",
    b"GET /sparql HTTP/x.y\r\nHost: x\r\n\r\n",
    b"GET /" + b"a" * 70_000 + b" HTTP/1.1\r\nHost: x\r\n\r\n",
    b"GET /sparql HTTP/1.1\r\nHost: x\r\nX-Long: " + b"b" * 70_000 + b"\r\n\r\n",
    b"GET /sparql HTTP/1.1\r\n" + b"".join(b"X-%d: y\r\n" % i for i in range(200)) + b"\r\n",
    HEAD + b"Content-Length: -5\r\n\r\nASK{}",
    HEAD + b"Content-Length: 1e3\r\n\r\nASK{}",
    HEAD + b"Content-Length: 5\r\nContent-Length: 7\r\n\r\nASK{}xx",
    HEAD + b"Transfer-Encoding: chunked\r\n\r\n5\r\nASK{}\r\n0\r\n\r\n",
    HEAD + b"Content-Length: 999999999999999999999999\r\n\r\n",
    b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\nASK{}",
    b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
    b"Content-Length: 9\r\n\r\nquery=%FF",
    b"POST /org/sesric HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n",
    b"DELETE /org/sesric HTTP/1.1\r\nHost: x\r\n\r\n",
    b"BREW /sparql HTTP/1.1\r\nHost: x\r\n\r\n",
])
def test_a_malformed_http_request_gets_a_4xx(server, data):
    status = raw(server, data)
    assert 400 <= status < 500, status


def test_a_request_in_an_unsupported_http_version_gets_505(server):
    # RFC 9110 15.6.6: the one 5xx a client's request may draw ("HTTP Version Not Supported").
    assert raw(server, b"GET /sparql HTTP/2.0\r\nHost: x\r\n\r\n") == 505


def test_a_body_shorter_than_its_content_length_gets_400_not_a_hang(server):
    assert raw(server, HEAD + b"Content-Length: 100\r\n\r\nASK{}", shutdown=True) == 400


def test_idle_and_half_sent_connections_do_not_stop_other_clients(server):
    idle = [socket.create_connection(server, timeout=60) for _ in range(20)]
    try:
        for n, s in enumerate(idle):
            s.sendall([b"", b"GET /spa", HEAD + b"Content-Length: 1000\r\n\r\nASK"][n % 3])
        status, _, body = get(server, "ASK { ?s ?p ?o }")
        assert status == 200 and json.loads(body)["boolean"] is True
    finally:
        for s in idle:
            s.close()


def test_a_path_that_tries_to_leave_the_site_gets_404(server):
    for path in ("/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/org/..%2f..%2fetc%2fpasswd.ttl",
                 "/org/%00.html", "/org/%ff%fe.jsonld", "//etc/passwd"):
        status, _, body = request(server, "GET", path)
        assert status == 404, (path, status)
        assert b"root:" not in body


# --- a bounded load of concurrent clients gets no error ---

def test_concurrent_clients_get_no_error_and_the_throughput_is_reported(server, capsys):
    queries = ["ASK { ?s ?p ?o }",
               f"SELECT ?p ?o WHERE {{ <{KOBIA}> ?p ?o }}",
               "SELECT (COUNT(*) AS ?n) WHERE { ?p a <https://w3id.org/oic-kg/ontology#Partnership> }",
               "SELECT * WHERE { ?s ?p ?o } LIMIT 20"]
    failures: list = []
    answered = [0] * CLIENTS

    def client(index):
        conn = http.client.HTTPConnection(*server, timeout=60)
        try:
            for i in range(QUERIES):
                path = "/sparql?" + urllib.parse.urlencode({"query": queries[(index + i) % len(queries)]})
                try:
                    conn.request("GET", path, headers={"Accept": "application/sparql-results+json"})
                    response = conn.getresponse()
                    body = response.read()
                except (OSError, http.client.HTTPException) as exc:
                    failures.append((index, i, repr(exc)))
                    conn.close()
                    conn = http.client.HTTPConnection(*server, timeout=60)
                    continue
                if response.status != 200 or not json.loads(body):
                    failures.append((index, i, response.status, body[:200]))
                else:
                    answered[index] += 1
        finally:
            conn.close()

    threads = [threading.Thread(target=client, args=(n,)) for n in range(CLIENTS)]
    began = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    took = time.monotonic() - began
    assert failures == []
    assert sum(answered) == CLIENTS * QUERIES
    with capsys.disabled():
        print(f"\n[serve load] {CLIENTS} clients x {QUERIES} queries: {sum(answered)} answered, 0 errors, "
              f"{sum(answered) / took:.0f} queries/s")
