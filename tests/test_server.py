"""`oickg serve`: real HTTP requests to a real server process on 127.0.0.1 serving the corpus graph."""
import json
import socket
import subprocess
import sys
import threading
import urllib.parse
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import running_server
from conftest import http_request as request

from graph.server import negotiate, uses_service

OIC = "https://w3id.org/oic-kg/ontology#"
LIMIT = 50
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


@pytest.fixture(scope="module")
def server(built_graph):
    """`oickg serve` on a free loopback port (2 workers, 5 s timeout, 50-row limit); its (host, port)."""
    with running_server(built_graph, 5, LIMIT) as address:
        yield address


def get_query(server, query, accept="application/sparql-results+json"):
    return request(server, "GET", "/sparql?" + urllib.parse.urlencode({"query": query}), headers={"Accept": accept})


def test_a_get_select_returns_sparql_json_results(server):
    status, headers, body = get_query(server, f"SELECT ?a WHERE {{ <https://w3id.org/oic-kg/org/kobia> <{OIC}acronym> ?a }}")
    assert status == 200 and headers["Content-Type"].startswith("application/sparql-results+json")
    assert json.loads(body)["results"]["bindings"] == [{"a": {"type": "literal", "value": "KOBIA"}}]


def test_a_post_form_and_a_post_query_body_give_the_same_answer(server):
    query = f"SELECT ?p WHERE {{ <https://w3id.org/oic-kg/org/kobia> <{OIC}partnerOf> ?p }}"
    form = request(server, "POST", "/sparql", urllib.parse.urlencode({"query": query}).encode(),
                   {"Content-Type": "application/x-www-form-urlencoded", "Accept": "text/csv"})
    direct = request(server, "POST", "/sparql", query.encode(),
                     {"Content-Type": "application/sparql-query", "Accept": "text/csv"})
    assert form[0] == direct[0] == 200 and form[2] == direct[2]
    assert "https://w3id.org/oic-kg/org/sesric" in form[2].decode().splitlines()


def test_results_come_as_xml_tsv_and_ask_as_a_boolean(server):
    status, headers, body = get_query(server, "SELECT ?s WHERE { ?s a <%sNetwork> } LIMIT 1" % OIC,
                                      "application/sparql-results+xml")
    assert status == 200 and b"<sparql" in body and b"<uri>" in body
    assert get_query(server, "SELECT ?s WHERE { ?s a <%sNetwork> } LIMIT 1" % OIC,
                     "text/tab-separated-values")[2].startswith(b"?s\r\n<")
    assert json.loads(get_query(server, "ASK { ?s a <%sPartnership> }" % OIC)[2])["boolean"] is True


def test_a_construct_returns_turtle_when_asked(server):
    status, headers, body = get_query(server, "CONSTRUCT WHERE { <https://w3id.org/oic-kg/org/kobia> <%sacronym> ?a }"
                                      % OIC, "text/turtle")
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    triples = list(ox.parse(body, ox.RdfFormat.TURTLE))
    assert [t.object.value for t in triples] == ["KOBIA"]


def test_updates_are_refused_whichever_way_they_come(server):
    update = "INSERT DATA { <urn:a> <urn:b> <urn:c> }"
    assert request(server, "POST", "/sparql", update.encode(), {"Content-Type": "application/sparql-update"})[0] == 403
    assert request(server, "POST", "/sparql", urllib.parse.urlencode({"update": update}).encode(),
                   {"Content-Type": "application/x-www-form-urlencoded"})[0] == 403
    assert request(server, "GET", "/sparql?" + urllib.parse.urlencode({"update": update}))[0] == 403
    assert get_query(server, update)[0] == 400
    assert json.loads(get_query(server, "ASK { <urn:a> <urn:b> <urn:c> }")[2])["boolean"] is False


def test_service_is_refused(server):
    status, _, body = get_query(server, "SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }")
    assert status == 403 and b"SERVICE" in body


def test_a_bad_query_gets_400_with_the_parser_message(server):
    status, _, body = get_query(server, "SELECT ?x WHERE { ?x ")
    assert status == 400 and b"does not parse" in body and b"error at 1:" in body


def test_results_past_the_limit_are_cut_and_say_so(server):
    status, headers, body = get_query(server, "SELECT * WHERE { ?s ?p ?o }")
    assert status == 200 and len(json.loads(body)["results"]["bindings"]) == LIMIT
    assert headers["OICKG-Results-Truncated"] == "true"
    small = get_query(server, "SELECT * WHERE { ?s ?p ?o } LIMIT 3")
    assert "OICKG-Results-Truncated" not in small[1]


def test_a_query_past_the_timeout_gets_503_and_the_server_keeps_answering(server):
    status, _, body = get_query(server, SLOW)
    assert status == 503 and b"did not finish" in body
    assert json.loads(get_query(server, "ASK { ?s ?p ?o }")[2])["boolean"] is True


def test_an_iri_redirects_303_to_the_document_in_the_format_asked_for(server):
    for accept, suffix in [("text/turtle", ".ttl"), ("application/ld+json", ".jsonld"),
                           ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", ".html"),
                           (None, ".html")]:
        status, headers, _ = request(server, "GET", "/org/kobia", headers={"Accept": accept} if accept else {})
        assert status == 303 and headers["Location"] == "/org/kobia" + suffix, accept
        assert "Accept" in headers["Vary"]
    status, headers, _ = request(server, "GET", "/org/kobia", headers={"Accept-Language": "ar"})
    assert headers["Location"] == "/org/kobia.ar.html"


def test_the_documents_say_what_the_graph_says_about_kobia(server):
    status, headers, body = request(server, "GET", "/org/kobia.ttl")
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    triples = {(t.subject.value, t.predicate.value, t.object.value) for t in ox.parse(body, ox.RdfFormat.TURTLE)}
    assert ("https://w3id.org/oic-kg/org/kobia", OIC + "partnerOf", "https://w3id.org/oic-kg/org/sesric") in triples
    jsonld = request(server, "GET", "/org/kobia.jsonld")[2]
    assert {(t.subject.value, t.predicate.value, t.object.value) for t in ox.parse(jsonld, ox.RdfFormat.JSON_LD)} == triples
    page = request(server, "GET", "/org/kobia.ar.html")[2].decode()
    assert '<html lang="ar" dir="rtl">' in page and 'href="../org/sesric.ar.html"' in page


def test_unknown_resources_get_404_and_other_methods_405(server):
    assert request(server, "GET", "/org/no-such-organisation")[0] == 404
    assert request(server, "GET", "/org/no-such-organisation.ttl")[0] == 404
    assert request(server, "DELETE", "/org/kobia")[0] == 405
    assert request(server, "PUT", "/sparql", b"x")[0] == 405
    assert request(server, "POST", "/sparql", b"x", {"Content-Type": "text/plain"})[0] == 415


def raw_status(server, data: bytes) -> int:
    with socket.create_connection(server, timeout=60) as s:
        s.sendall(data)
        return int(s.makefile("rb").readline().split()[1])


def test_malformed_requests_get_4xx_with_a_reason(server):
    assert request(server, "GET", "/sparql?query=%ZZ%ff")[0] == 400
    assert request(server, "GET", "/sparql?query=")[0] == 400
    assert request(server, "GET", "/sparql?query=ASK{}&query=ASK{}")[0] == 400
    assert request(server, "GET", "/sparql?" + urllib.parse.urlencode({"query": "LOAD <http://example.org/>"}))[0] == 400
    assert request(server, "GET", "/sparql?query=ASK%7B%7D&default-graph-uri=not%20an%20iri")[0] == 400
    assert request(server, "POST", "/sparql", b"\xff\xfe", {"Content-Type": "application/sparql-query"})[0] == 400
    head = b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
    assert raw_status(server, head + b"Content-Length: 99999999999\r\n\r\n") == 413
    assert raw_status(server, head + b"Connection: close\r\n\r\n") == 411
    assert raw_status(server, b"\x00\x01 nonsense\r\n\r\n") == 400


def test_the_index_lists_the_organisations_and_the_endpoint_page_has_a_form(server):
    index = request(server, "GET", "/")[2]
    assert b'href="org/sesric.html"' in index and b'href="void.ttl"' in index and b'href="dumps/"' in index
    assert b"<form" in request(server, "GET", "/sparql")[2]


def test_the_server_describes_its_dataset_and_offers_the_dumps(server):
    status, _, body = request(server, "GET", "/void.ttl")
    assert status == 200
    endpoints = {t.object.value for t in ox.parse(body, ox.RdfFormat.TURTLE)
                 if t.predicate.value == "http://rdfs.org/ns/void#sparqlEndpoint"}
    assert endpoints == {"http://%s:%d/sparql" % server}
    assert b'href="oic-kg.ttl"' in request(server, "GET", "/dumps/")[2]
    status, headers, body = request(server, "GET", "/dumps/oic-kg.ttl")
    assert status == 200 and headers["Content-Type"].startswith("text/turtle") and len(body) > 1000


def test_four_threads_of_fifty_queries_get_no_failed_response(server):
    queries = ["ASK { ?s ?p ?o }", "SELECT ?o WHERE { <https://w3id.org/oic-kg/org/kobia> ?p ?o }",
               f"SELECT (COUNT(*) AS ?n) WHERE {{ ?p a <{OIC}Partnership> }}"]
    failures, done = [], []

    def client(index):
        for i in range(50):
            status, _, body = get_query(server, queries[(index + i) % len(queries)])
            (done if status == 200 and body else failures).append((index, i, status))

    threads = [threading.Thread(target=client, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == [] and len(done) == 200
    pages = [request(server, "GET", "/org/sesric.html")[0] for _ in range(5)]
    assert pages == [200] * 5


def test_a_second_server_on_a_busy_port_exits_2_with_a_message(server, built_graph):
    oickg = Path(sys.executable).parent / "oickg"
    done = subprocess.run([str(oickg), "serve", "--out", str(built_graph), "--port", str(server[1])],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and "cannot listen" in done.stderr


def test_negotiation_honours_q_values_and_wildcards():
    assert negotiate("text/turtle;q=0.5, application/ld+json", ["text/html", "text/turtle", "application/ld+json"]) \
        == "application/ld+json"
    assert negotiate("image/png", ["text/html"]) is None


def test_service_detection_looks_past_strings_iris_and_comments():
    assert uses_service("PREFIX e: <x:> SELECT * { service SILENT e:x { ?s ?p ?o } }")
    assert uses_service("SELECT * { SERVICE<http://127.0.0.1:1/> { ?s ?p ?o } }")
    assert uses_service("PREFIX : <http://127.0.0.1:1/#> SELECT * { SERVICE :x { ?s ?p ?o } }")
    assert not uses_service('SELECT ?service WHERE { ?service <urn:SERVICE> "SERVICE <x>" } # SERVICE <y>')
    assert not uses_service("PREFIX service: <urn:x:> SELECT * { ?s service:p ?o }")


def test_a_query_nested_too_deep_is_refused_before_it_reaches_the_engine(server):
    status, _, body = get_query(server, "ASK { FILTER(" + "(" * 5000 + "1" + ")" * 5000 + ") }")
    assert status == 400 and b"nests brackets 5002 deep" in body


@pytest.mark.parametrize("options", [(), ("--in-memory",)], ids=["on disk", "in memory"])
def test_a_rebuild_is_served_without_a_restart(tmp_path, options):
    """Serve a graph of one news page, rebuild the folder with another page: the server answers from the new graph."""
    import time

    from graph.build import build

    corpus = sorted((Path(__file__).parent.parent / "data/corpus").glob("00[01]_*.txt"))
    out = tmp_path / "out"
    build([corpus[0]], out, validate=False)
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(CONTAINS(STR(?g), '/source/')) }"
    sources = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER(CONTAINS(STR(?g), '/source/')) }"

    def ask(address, query):
        status, _, body = get_query(address, query)
        assert status == 200, body
        return [b["g"]["value"] if "g" in b else b["n"]["value"] for b in json.loads(body)["results"]["bindings"]]

    with running_server(out, 5, 1000, options=options) as address:
        before = ask(address, sources)
        assert [g.rsplit("/", 1)[-1] for g in before] == [corpus[0].name]
        old_count = ask(address, count)
        build([corpus[1]], out, validate=False)
        deadline = time.monotonic() + 120  # waits for an event, not a speed check: the watcher polls every second
        while ask(address, sources) == before and time.monotonic() < deadline:
            time.sleep(0.2)
        assert [g.rsplit("/", 1)[-1] for g in ask(address, sources)] == [corpus[1].name]
        assert ask(address, count) != old_count
        status, _, _ = request(address, "GET", "/org/sesric.ttl")
        assert status == 200
        old_stores = [p for p in (out / "stores").iterdir() if p != (out / "store").resolve()]
        assert old_stores == []  # the build removed the old store, and the server answers from the new one
        assert int(ask(address, count)[0]) > 0


def test_workers_in_memory_answer_as_the_store_on_disk_does(server, built_graph):
    """`oickg serve --in-memory`: the same rows for the named queries as the server reading the disk store."""
    from queries import load
    from queries.run import bind

    asks = [bind(load("partners").text, {"acronym": "KOBIA"}), bind(load("activity-counts").text, {}),
            "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"]
    with running_server(built_graph, 5, LIMIT, options=("--in-memory",)) as memory:
        for query in asks:
            answers = []
            for address in (server, memory):
                status, _, body = request(address, "POST", "/sparql", body=query.encode("utf-8"),
                                          headers={"Content-Type": "application/sparql-query",
                                                   "Accept": "application/sparql-results+json"})
                assert status == 200, body
                answers.append(sorted(json.dumps(b, sort_keys=True) for b in json.loads(body)["results"]["bindings"]))
            assert answers[0] == answers[1] and answers[0], query


def test_a_memory_copy_holds_every_quad_and_leaves_the_disk_store_alone(built_graph):
    from graph.server import memory_copy
    from graph.store import open_store

    disk = open_store(built_graph)
    copy = memory_copy(disk)
    assert set(copy) == set(disk.quads_for_pattern(None, None, None, None)) and len(copy) > 1000
    copy.add(ox.Quad(ox.NamedNode("urn:x"), ox.NamedNode("urn:p"), ox.Literal("only in memory")))
    assert not list(open_store(built_graph).quads_for_pattern(ox.NamedNode("urn:x"), None, None, None))
