"""Run queries on any SPARQL 1.1 endpoint, and push the built graph into a Graph Store.

In:  an endpoint URL (the SPARQL query service: `/query` on Oxigraph, `/<dataset>/sparql`
     on Fuseki), a query and its bindings; or a Graph Store Protocol URL (`/store` on
     Oxigraph, `/<dataset>/data` on Fuseki) and a store.
Out: a `Result` like the embedded store's; for a push, the graphs and triples sent.
Queries go through SPARQLWrapper with the parameters bound by `queries.run.bind`,
so the text sent is the text the embedded store runs. A push PUTs one request per
named graph (`?graph=<iri>`), so a second push replaces rather than doubles.
"""
from __future__ import annotations

import json
import re
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

import pyoxigraph as ox

from queries.errors import BadQuery, EndpointError
from queries.run import Result, bind

TIMEOUT_S = 60


def run_remote(endpoint: str, text: str, bindings: dict[str, str] | None = None) -> Result:
    """Run a query on a SPARQL 1.1 endpoint and return its answer as a Result."""
    from SPARQLWrapper import JSON, N3, POST, SPARQLWrapper
    from SPARQLWrapper.SPARQLExceptions import QueryBadFormed, SPARQLWrapperException

    client = SPARQLWrapper(endpoint)
    client.setTimeout(TIMEOUT_S)
    # POST (form-encoded, SPARQL 1.1 Protocol 2.1.2): partners.rq with its VALUES block is about 4 kB,
    # which POST keeps out of the URL, whose length servers and proxies limit.
    client.setMethod(POST)
    bound = bind(text, bindings)
    client.setQuery(bound)
    form = client.queryType = query_form(bound)
    if form in ("CONSTRUCT", "DESCRIBE"):
        client.setReturnFormat(N3)
        client.addCustomHttpHeader("Accept", "application/n-triples")
    else:
        client.setReturnFormat(JSON)
    try:
        raw = client.query().response.read()
    except QueryBadFormed as exc:
        raise BadQuery(f"{endpoint} refused the query: {exc}") from exc
    except (SPARQLWrapperException, urllib.error.URLError, OSError) as exc:
        raise EndpointError(f"cannot query {endpoint}: {exc}") from exc
    if form in ("CONSTRUCT", "DESCRIBE"):
        triples = list(ox.parse(raw, ox.RdfFormat.N_TRIPLES))
        return Result(["subject", "predicate", "object"],
                      [[t.subject.value, t.predicate.value, t.object.value] for t in triples],
                      "".join(f"{t} .\n" for t in triples))
    answer = json.loads(raw)
    if "boolean" in answer:
        return Result(["ask"], [["true" if answer["boolean"] else "false"]])
    columns = answer["head"]["vars"]
    rows = [[row.get(c, {}).get("value") for c in columns] for row in answer["results"]["bindings"]]
    return Result(columns, rows)


FORM = re.compile(r"\b(SELECT|CONSTRUCT|ASK|DESCRIBE)\b", re.IGNORECASE)


def query_form(text: str) -> str:
    """The query form (SELECT, CONSTRUCT, ASK, DESCRIBE) of a query, read past its comment lines.

    SPARQLWrapper's own guess skips only every other line of a comment block, so a word such as
    "added" in a header comment made it send a SELECT as an ADD update.

    >>> query_form("# rows are added per level\\nPREFIX a: <http://a#>\\nSELECT * WHERE { ?s ?p ?o }")
    'SELECT'
    """
    code = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))
    found = FORM.search(code)
    return found.group(1).upper() if found else "SELECT"


@dataclass
class PushReport:
    graphs: int
    triples: int


def push(store: ox.Store, graph_store: str, timeout: float = TIMEOUT_S) -> PushReport:
    """PUT each named graph of the store (and the default graph, if not empty) into a Graph Store."""
    sent = PushReport(0, 0)
    graphs = list(store.named_graphs()) + [ox.DefaultGraph()]
    for graph in graphs:
        quads = list(store.quads_for_pattern(None, None, None, graph))
        if not quads and isinstance(graph, ox.DefaultGraph):
            continue
        body = ox.serialize((ox.Triple(q.subject, q.predicate, q.object) for q in quads), format=ox.RdfFormat.N_TRIPLES)
        target = _graph_url(graph_store, graph)
        request = urllib.request.Request(target, data=body, method="PUT",
                                         headers={"Content-Type": "application/n-triples"})
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                response.read()
        except urllib.error.HTTPError as exc:
            raise EndpointError(f"{graph_store} refused graph {graph}: HTTP {exc.code} "
                                f"{exc.read().decode('utf-8', 'replace')[:300]}") from exc
        except (urllib.error.URLError, OSError) as exc:
            raise EndpointError(f"cannot reach the Graph Store at {graph_store}: {exc}") from exc
        sent.graphs += 1
        sent.triples += len(quads)
    return sent


def _graph_url(graph_store: str, graph) -> str:
    """The Graph Store Protocol URL of one graph (`?graph=<iri>`, or `?default`).

    >>> _graph_url("http://127.0.0.1:7878/store", ox.NamedNode("https://w3id.org/oic-kg/graph/registry"))
    'http://127.0.0.1:7878/store?graph=https%3A%2F%2Fw3id.org%2Foic-kg%2Fgraph%2Fregistry'
    """
    sep = "&" if "?" in graph_store else "?"
    if isinstance(graph, ox.DefaultGraph):
        return f"{graph_store}{sep}default"
    return f"{graph_store}{sep}graph={urllib.parse.quote(graph.value, safe='')}"
