"""Serve the graph over HTTP: a read-only SPARQL 1.1 endpoint and dereferenceable IRIs.

In:  the output folder of a build (its store), host, port, query timeout, result limit.
Out: an HTTP server (standard library, one thread per connection):
  /sparql        SPARQL 1.1 Protocol, GET `?query=` and POST (form or `application/sparql-query`);
                 updates and SERVICE are refused (403), a query that does not parse gets 400 with
                 the parser's message, a query past the timeout gets 503, results past the limit
                 are cut (header `OICKG-Results-Truncated: true`).
  /org/sesric    the resource IRI: 303 See Other to its document in the format asked for
                 (`Accept: text/turtle` → .ttl, `application/ld+json` → .jsonld, else .html), the
                 Cool URIs practice for IRIs that name things rather than documents; `Vary: Accept`.
  /org/sesric.html, .ar.html, .ttl, .jsonld    the documents themselves (as `oickg publish` writes them).
Queries run in a pool of worker processes, each with its own read-only view of the store: a worker
past its deadline is killed and replaced, so a slow query never holds a worker for ever.
"""
from __future__ import annotations

import ctypes
import io
import json
import multiprocessing
import os
import queue
import re
import signal
import threading
import urllib.parse
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape

import pyoxigraph as ox

from graph import iri as iri_mod
from graph.errors import StoreUnavailable
from graph.publish import DEFAULT_LICENSE, Site, describe_dataset
from graph.store import open_store, store_path

DEFAULT_TIMEOUT_S = 10.0
DEFAULT_LIMIT = 10_000
DEFAULT_WORKERS = 4
MAX_BODY = 1_000_000
READY_TIMEOUT_S = 120
QUEUE_WAIT_S = 60
RELOAD_POLL_S = 1.0
SELECT_TYPES = {
    "application/sparql-results+json": "json", "application/json": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {
    "application/n-triples": ox.RdfFormat.N_TRIPLES, "text/turtle": ox.RdfFormat.TURTLE,
    "application/ld+json": ox.RdfFormat.JSON_LD, "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "text/plain": ox.RdfFormat.N_TRIPLES,
}
DUMP_TYPES = {".ttl": "text/turtle; charset=utf-8", ".trig": "application/trig", ".nt": "application/n-triples",
              ".nq": "application/n-quads", ".jsonld": "application/ld+json"}
DOCUMENT_TYPES = {"text/turtle": ".ttl", "application/ld+json": ".jsonld", "text/html": ".html",
                  "application/xhtml+xml": ".html"}


@dataclass(frozen=True)
class ServerConfig:
    out: Path
    host: str = "127.0.0.1"
    port: int = 7878
    timeout: float = DEFAULT_TIMEOUT_S
    limit: int = DEFAULT_LIMIT
    workers: int = DEFAULT_WORKERS
    base: str = iri_mod.BASE
    in_memory: bool = False


# --- the query workers ---------------------------------------------------------------------------

# SERVICE, maybe SILENT, then an IRI, a variable or a prefixed name (':x' included), then its group; no space is
# needed after the keyword (`SERVICE<http://x>`). Run on the text with strings, IRIs and comments blanked.
SERVICE = re.compile(r"(?<![\w?$:])SERVICE(?![\w-])\s*(?:SILENT(?![\w:-])\s*)?[^\s{}()]*\s*\{", re.IGNORECASE)
MAX_NESTING = 256  # Oxigraph's parser overflows its stack on brackets nested some thousands deep
_STRIP = re.compile(r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\'|"(?:[^"\\\n]|\\.)*"'
                    r"|'(?:[^'\\\n]|\\.)*'|<[^<>\"{}|^`\\\s]*>|#[^\n]*")


def uses_service(query: str) -> bool:
    """True when the query calls a SERVICE (strings, IRIs and comments are not looked at).

    >>> uses_service('SELECT * { SERVICE <http://x> { ?s ?p ?o } }'), uses_service('SELECT ?service { "SERVICE <a>" }')
    (True, False)
    """
    return bool(SERVICE.search(_blank(query)))


def _blank(query: str) -> str:
    return _STRIP.sub(lambda m: "<>" if m.group().startswith("<") else '""' if m.group()[0] in "\"'" else " ", query)


def nesting(query: str) -> int:
    """The deepest nesting of brackets in the query (strings, IRIs and comments not counted).

    >>> nesting('SELECT * { FILTER((1)) "((((" }')
    3
    """
    depth = deepest = 0
    for ch in _blank(query):
        if ch in "({[":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in ")}]":
            depth -= 1
    return deepest


def _term_json(term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            out["datatype"] = term.datatype.value
        return out
    return {"type": "triple", "value": str(term)}


def _term_xml(term) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{xml_escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{xml_escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f'<literal xml:lang="{xml_escape(term.language)}">{xml_escape(term.value)}</literal>'
        return f'<literal datatype="{xml_escape(term.datatype.value)}">{xml_escape(term.value)}</literal>'
    return f"<literal>{xml_escape(str(term))}</literal>"


def _csv_cell(term, tsv: bool) -> str:
    if term is None:
        return ""
    if tsv:
        return str(term)
    value = term.value
    return '"' + value.replace('"', '""') + '"' if re.search(r'[",\r\n]', value) else value


def serialise_solutions(variables: list[str], rows: list, fmt: str) -> bytes:
    """SELECT results in the SPARQL 1.1 JSON, XML, CSV or TSV results format."""
    if fmt == "json":
        bindings = [{v: _term_json(row[v]) for v in variables if row[v] is not None} for row in rows]
        return json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}},
                          ensure_ascii=False).encode("utf-8")
    if fmt == "xml":
        out = io.StringIO()
        out.write('<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head>')
        out.write("".join(f'<variable name="{v}"/>' for v in variables) + "</head><results>")
        for row in rows:
            out.write("<result>" + "".join(f'<binding name="{v}">{_term_xml(row[v])}</binding>'
                                           for v in variables if row[v] is not None) + "</result>")
        out.write("</results></sparql>\n")
        return out.getvalue().encode("utf-8")
    tsv = fmt == "tsv"
    sep, header = ("\t", "\t".join("?" + v for v in variables)) if tsv else (",", ",".join(variables))
    lines = [header] + [sep.join(_csv_cell(row[v], tsv) for v in variables) for row in rows]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def execute(store: ox.Store, query: str, accept: str, limit: int,
            default_graphs: list[str] | None = None, named_graphs: list[str] | None = None):
    """Run one query; return (status, content type, body, truncated)."""
    try:
        options = {"use_default_graph_as_union": True}
        if default_graphs:
            options = {"default_graph": [ox.NamedNode(g) for g in default_graphs]}
        if named_graphs:
            options["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
        answer = store.query(query, **options)
    except SyntaxError as exc:
        return 400, "text/plain; charset=utf-8", f"the query does not parse: {exc}\n".encode(), False
    except ValueError as exc:
        return 400, "text/plain; charset=utf-8", f"bad request: {exc}\n".encode(), False
    if isinstance(answer, ox.QueryBoolean):
        media = negotiate(accept, ["application/sparql-results+json", "application/sparql-results+xml"])
        if SELECT_TYPES.get(media) == "xml":
            body = ('<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head/>'
                    f"<boolean>{'true' if answer else 'false'}</boolean></sparql>\n").encode()
            return 200, "application/sparql-results+xml", body, False
        return 200, "application/sparql-results+json", json.dumps({"head": {}, "boolean": bool(answer)}).encode(), False
    if isinstance(answer, ox.QueryTriples):
        media = negotiate(accept, list(GRAPH_TYPES)) or "application/n-triples"
        triples, truncated = _take(answer, limit)
        charset = "; charset=utf-8" if media.startswith("text/") else ""
        return 200, media + charset, ox.serialize(triples, format=GRAPH_TYPES[media]), truncated
    media = negotiate(accept, list(SELECT_TYPES)) or "application/sparql-results+json"
    variables = [v.value for v in answer.variables]
    solutions, truncated = _take(answer, limit)
    rows = [{v: s[v] for v in variables} for s in solutions]
    charset = "; charset=utf-8" if media.startswith("text/") else ""
    return 200, media + charset, serialise_solutions(variables, rows, SELECT_TYPES[media]), truncated


def _take(iterator, limit: int):
    items = []
    for item in iterator:
        if len(items) == limit:
            return items, True
        items.append(item)
    return items, False


def _die_with_parent() -> None:
    """On Linux, have the kernel kill this worker when the server process dies (prctl PR_SET_PDEATHSIG)."""
    try:
        ctypes.CDLL(None).prctl(1, signal.SIGKILL)
    except (OSError, AttributeError):
        pass


def memory_copy(store: ox.Store) -> ox.Store:
    """The quads of store in a new in-memory store: index lookups without the disk store's layers.

    A query that looks a pattern up per row (partners-of-an-organisation: eight lookups for each of
    KOBIA's 721 partners at 1M triples) runs about twice as fast (docs/benchmarks.md); the copy costs
    memory (about 0.5 GB per million quads) and start-up time (about 15 s per million quads).
    The copy is made in a thread of its own, so that glibc puts its millions of small blocks in that
    thread's arena: a query's own allocations in the calling thread then come from an arena they do
    not have to search through (1M triples: partners(KOBIA) 65 -> 22 ms CPU; half of the time was
    malloc walking the store's free blocks; docs/benchmarks.md, fifth round).
    """
    made: dict = {}

    def fill() -> None:
        try:
            copy = ox.Store()
            copy.bulk_extend(store.quads_for_pattern(None, None, None, None))
            made["copy"] = copy
        except BaseException as exc:  # re-raised in the caller's thread below
            made["error"] = exc

    filler = threading.Thread(target=fill, name="oickg-memory-copy")
    filler.start()
    filler.join()
    if "error" in made:
        raise made["error"]
    return made["copy"]


def _worker(conn, path: str, in_memory: bool = False) -> None:
    _die_with_parent()
    store = ox.Store.read_only(path)
    if in_memory:
        store = memory_copy(store)
    try:
        conn.send("ready")
    except OSError:  # the server went away while this worker started
        return
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        try:
            answer = execute(store, *job)
        except (ValueError, TypeError) as exc:
            answer = 400, "text/plain; charset=utf-8", f"bad request: {exc}\n".encode(), False
        except OSError as exc:
            answer = 500, "text/plain; charset=utf-8", f"cannot read the store: {exc}\n".encode(), False
        try:
            conn.send(answer)
        except OSError:
            return


BUSY, TIMED_OUT, CRASHED = "busy", "timed out", "crashed"


class QueryPool:
    """Worker processes that run queries with a deadline; a late worker is killed and replaced."""

    def __init__(self, store_dir: str, size: int, in_memory: bool = False):
        self.store_dir = store_dir
        self.in_memory = in_memory
        self.context = multiprocessing.get_context("spawn")
        self.idle: queue.Queue = queue.Queue()
        self.lock = threading.Lock()
        self.workers: list = []
        self.wanted: queue.Queue = queue.Queue()
        threading.Thread(target=self._spawner, name="oickg-query-workers", daemon=True).start()
        ready = []
        for _ in range(max(1, size)):
            self._replace()
        for _ in range(max(1, size)):
            try:
                ready.append(self.idle.get(timeout=READY_TIMEOUT_S))
            except queue.Empty:
                self.close()
                raise StoreUnavailable(f"the query workers could not open the store at {store_dir}") from None
        for worker in ready:
            self.idle.put(worker)

    def _start(self):
        parent, child = self.context.Pipe()
        process = self.context.Process(target=_worker, args=(child, self.store_dir, self.in_memory),
                                       daemon=True)
        process.start()
        child.close()
        with self.lock:
            self.workers.append(process)
        return process, parent

    def _await_ready(self, worker) -> None:
        """Put a new worker in the idle queue once it has opened the store (or drop it if it died)."""
        process, conn = worker
        try:
            if conn.poll(READY_TIMEOUT_S) and conn.recv() == "ready":
                self.idle.put(worker)
                return
        except (EOFError, OSError):
            pass
        self._stop(worker)
        raise StoreUnavailable(f"a query worker could not open the store at {self.store_dir}")

    def _replace(self) -> None:
        self.wanted.put(None)

    def _spawner(self) -> None:
        # One long-lived thread starts every replacement worker: a worker asks the kernel to kill it when
        # the thread that started it ends (PR_SET_PDEATHSIG), so that thread must live as long as the pool.
        while True:
            self.wanted.get()
            count = 1
            while not self.wanted.empty():
                self.wanted.get()
                count += 1
            for worker in [self._start() for _ in range(count)]:
                try:
                    self._await_ready(worker)
                except StoreUnavailable:
                    pass

    def _stop(self, worker) -> None:
        process, conn = worker
        process.kill()
        process.join(5)
        conn.close()
        with self.lock:
            self.workers.remove(process)

    def run(self, job: tuple, timeout: float):
        """Run job on a free worker; BUSY when none was free in time, TIMED_OUT or CRASHED when it gave no answer.

        Waiting for a free worker (queueing under load) has its own, longer budget than the query itself.
        """
        try:
            worker = self.idle.get(timeout=max(QUEUE_WAIT_S, timeout))
        except queue.Empty:
            return BUSY
        process, conn = worker
        outcome = TIMED_OUT
        try:
            conn.send(job)
            if conn.poll(timeout):
                result = conn.recv()
                self.idle.put(worker)
                return result
        except (EOFError, OSError):
            outcome = CRASHED
        self._stop(worker)
        self._replace()
        return outcome

    def close(self) -> None:
        with self.lock:
            processes = list(self.workers)
        for process in processes:
            process.kill()
            process.join(5)


# --- HTTP ------------------------------------------------------------------------------------------

def negotiate(accept: str | None, offered: list[str]) -> str | None:
    """The offered media type the Accept header prefers (q-values honoured; first offered wins ties).

    >>> negotiate("text/html;q=0.9, text/turtle", ["text/html", "text/turtle"])
    'text/turtle'
    >>> negotiate("*/*", ["application/ld+json", "text/html"])
    'application/ld+json'
    """
    if not accept:
        return offered[0] if offered else None
    best, best_q = None, 0.0
    for part in accept.split(","):
        media, *params = [p.strip() for p in part.split(";")]
        q = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        for rank, candidate in enumerate(offered):
            if media == candidate or media == "*/*" or (media.endswith("/*") and candidate.startswith(media[:-1])):
                score = q - (0.001 if media != candidate else 0) - rank * 1e-6
                if score > best_q:
                    best, best_q = candidate, score
    return best


class Handler(BaseHTTPRequestHandler):
    server_version = "oickg"
    protocol_version = "HTTP/1.1"
    default_request_version = "HTTP/1.1"  # answer a garbled request line with a status line, not as HTTP/0.9
    timeout = 30  # seconds a client may take to send its request; then the connection is closed

    # Set by make_server on a subclass.
    config: ServerConfig
    pool: QueryPool
    site: Site
    index_pages: dict

    def log_message(self, format, *args):  # noqa: A002 - the standard library's name
        if os.environ.get("OICKG_SERVE_LOG"):
            super().log_message(format, *args)

    def __getattr__(self, name):
        if name.startswith("do_"):
            return self._not_allowed
        raise AttributeError(name)

    def _not_allowed(self):
        self.close_connection = True  # the request body (if any) was not read
        self._send(405, "text/plain; charset=utf-8", b"method not allowed: this server is read-only\n",
                   {"Allow": "GET, HEAD, POST"})

    def _send(self, status: int, media: str, body: bytes, headers: dict | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", media)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _text(self, status: int, message: str, headers: dict | None = None) -> None:
        self._send(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"), headers)

    def do_HEAD(self):
        self.do_GET()

    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        if url.path == "/sparql":
            params = urllib.parse.parse_qs(url.query, keep_blank_values=True, errors="replace")
            if "update" in params:
                return self._text(403, "updates are not allowed: this endpoint is read-only")
            if "query" not in params:
                return self._send(200, "text/html; charset=utf-8", SPARQL_FORM.encode("utf-8"))
            return self._query(params)
        return self._document(urllib.parse.unquote(url.path))

    def do_POST(self):
        url = urllib.parse.urlsplit(self.path)
        if url.path != "/sparql":
            return self._not_allowed()
        lengths = {value.strip() for value in self.headers.get_all("Content-Length") or []}
        if len(lengths) > 1 or (lengths and self.headers.get("Transfer-Encoding")):
            # RFC 9112 6.3: a message framed two ways cannot be trusted; answer 400 and close.
            self.close_connection = True
            return self._text(400, "conflicting Content-Length / Transfer-Encoding headers", {"Connection": "close"})
        length = self.headers.get("Content-Length")
        if length is None or not length.strip().isdigit():
            self.close_connection = True
            return self._text(411, "a POST needs a Content-Length", {"Connection": "close"})
        if int(length) > MAX_BODY:
            self.close_connection = True
            return self._text(413, f"the request body is over {MAX_BODY} bytes", {"Connection": "close"})
        try:
            raw = self.rfile.read(int(length))
        except TimeoutError:
            self.close_connection = True
            return self._text(408, "the request body did not arrive in time", {"Connection": "close"})
        if len(raw) < int(length):
            self.close_connection = True
            return self._text(400, "the request body is shorter than its Content-Length", {"Connection": "close"})
        media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            return self._text(400, "the request body is not UTF-8")
        if media == "application/sparql-update":
            return self._text(403, "updates are not allowed: this endpoint is read-only")
        if media == "application/x-www-form-urlencoded":
            params = urllib.parse.parse_qs(text, keep_blank_values=True, errors="replace")
            extra = urllib.parse.parse_qs(url.query, keep_blank_values=True, errors="replace")
            if "update" in params:
                return self._text(403, "updates are not allowed: this endpoint is read-only")
            if "query" not in params:
                return self._text(400, "no 'query' parameter in the form")
            return self._query({**extra, **params})
        if media == "application/sparql-query":
            params = urllib.parse.parse_qs(url.query, keep_blank_values=True, errors="replace")
            params["query"] = [text]
            return self._query(params)
        return self._text(415, "POST a form (application/x-www-form-urlencoded) or application/sparql-query")

    def _query(self, params: dict) -> None:
        queries = params.get("query", [])
        if len(queries) != 1:
            return self._text(400, "give exactly one 'query' parameter")
        query = queries[0]
        if uses_service(query):
            return self._text(403, "SERVICE (federated query) is not allowed on this endpoint")
        if nesting(query) > MAX_NESTING:
            return self._text(400, f"the query nests brackets {nesting(query)} deep; this endpoint takes at most "
                                   f"{MAX_NESTING}")
        job = (query, self.headers.get("Accept") or "", self.config.limit,
               params.get("default-graph-uri") or None, params.get("named-graph-uri") or None)
        result = self.served.pool.run(job, self.config.timeout)
        if result == TIMED_OUT:
            return self._text(503, f"the query did not finish within {self.config.timeout:g} s; simplify it or "
                                   "add a LIMIT", {"Retry-After": "1"})
        if result == BUSY:
            return self._text(503, "every query worker is busy; try again", {"Retry-After": "1"})
        if result == CRASHED:
            return self._text(500, "the query stopped its worker (a bug in the engine); the server goes on")
        status, media, body, truncated = result
        headers = {"Access-Control-Allow-Origin": "*"}
        if truncated:
            headers["OICKG-Results-Truncated"] = "true"
            headers["OICKG-Result-Limit"] = str(self.config.limit)
        self._send(status, media, body, headers)

    def _document(self, path: str) -> None:
        served = self.served  # one graph for the whole request, even if a rebuild is picked up meanwhile
        site = served.site
        if path in served.index_pages:
            media, body = served.index_pages[path]
            if isinstance(body, Path):
                try:
                    body = body.read_bytes()
                except OSError:
                    return self._text(404, f"{path} is gone; rebuild with `oickg build`")
            return self._send(200, media, body)
        relative = path.lstrip("/")
        for suffix, media, render in (
                (".ar.html", "text/html; charset=utf-8", lambda r: site.page(r, "ar").encode("utf-8")),
                (".html", "text/html; charset=utf-8", lambda r: site.page(r, "en").encode("utf-8")),
                (".ttl", "text/turtle; charset=utf-8", site.turtle),
                (".jsonld", "application/ld+json", site.jsonld)):
            if relative.endswith(suffix):
                resource = self.config.base + relative[:-len(suffix)]
                if site.exists(resource):
                    return self._send(200, media, render(resource), {"Access-Control-Allow-Origin": "*"})
                return self._text(404, f"no resource {resource} in the graph")
        resource = self.config.base + relative
        if not site.exists(resource):
            return self._text(404, f"no resource {resource} in the graph")
        media = negotiate(self.headers.get("Accept"), ["text/html", "text/turtle", "application/ld+json",
                                                        "application/xhtml+xml"]) or "text/html"
        suffix = DOCUMENT_TYPES[media]
        if suffix == ".html" and (self.headers.get("Accept-Language") or "").lower().startswith("ar"):
            suffix = ".ar.html"
        name = relative.rsplit("/", 1)[-1]
        self._send(303, "text/plain; charset=utf-8", f"See {name}{suffix}\n".encode(),
                   {"Location": f"/{relative}{suffix}", "Vary": "Accept, Accept-Language"})


SPARQL_FORM = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>oic-kg SPARQL endpoint</title></head><body>
<h1>oic-kg SPARQL endpoint</h1><p>Read-only SPARQL 1.1 endpoint: GET or POST a <code>query</code>.</p>
<form method="get" action="/sparql"><textarea name="query" rows="10" cols="80">
SELECT ?org ?label WHERE { ?org a &lt;https://w3id.org/oic-kg/ontology#Organisation&gt; ; &lt;http://www.w3.org/2000/01/rdf-schema#label&gt; ?label } LIMIT 20
</textarea><br><button type="submit">Run</button></form></body></html>
"""


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # the default backlog of 5 refuses connections under a burst of clients


@dataclass
class Served:
    """What the server answers from: one store folder, its pages and its query workers."""

    target: Path
    site: Site
    pool: QueryPool
    index_pages: dict


def _serve_store(config: ServerConfig, target: Path, address: tuple) -> Served:
    """Open the store at target (a folder of out/stores/) with its site, index pages and query workers."""
    try:
        store = ox.Store.read_only(str(target))
    except OSError as exc:
        raise StoreUnavailable(f"cannot open the store at {target}: {exc}") from exc
    site = Site(store, config.base)
    resources = site.resources()
    pool = QueryPool(str(target), config.workers, config.in_memory)
    host, port = address[:2]
    endpoint = f"http://{host}:{port}/sparql"
    html_type, ttl_type = "text/html; charset=utf-8", "text/turtle; charset=utf-8"
    examples = [r for r in (config.base + "org/sesric", config.base + "network/oic-smenet") if r in resources]
    dumps = sorted(p.name for p in (Path(config.out) / "dumps").glob("*") if p.is_file())
    listing = "".join(f'<li><a href="{name}">{name}</a></li>' for name in dumps)
    pages = {
        "/": (html_type, site.index(resources, "en", endpoint).encode("utf-8")),
        "/index.html": (html_type, site.index(resources, "en", endpoint).encode("utf-8")),
        "/index.ar.html": (html_type, site.index(resources, "ar", endpoint).encode("utf-8")),
        "/void.ttl": (ttl_type, describe_dataset(store, config.base, f"http://{host}:{port}/", endpoint,
                                                 DEFAULT_LICENSE, examples)),
        "/dumps/": (html_type, f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Dumps</title>'
                               f"</head><body><h1>Dumps</h1><ul>{listing}</ul></body></html>\n".encode("utf-8")),
    }
    for name in dumps:
        pages["/dumps/" + name] = (DUMP_TYPES.get(Path(name).suffix, "application/octet-stream"),
                                   Path(config.out) / "dumps" / name)
    return Served(target, site, pool, pages)


def make_server(config: ServerConfig) -> ThreadingHTTPServer:
    """A server bound to config.host:config.port (port 0 picks a free one); call serve_forever() on it.

    The server follows rebuilds: when `oickg build` swaps a new store into config.out, the next
    requests are answered from it (follow_rebuilds); queries already running finish on the old one.
    """
    if not store_path(config.out).exists():
        open_store(config.out)  # raises StoreUnavailable with the message that says to build first
    handler = type("BoundHandler", (Handler,), {"config": config})
    server = _Server((config.host, config.port), handler)  # bind first: a busy port fails before workers start
    try:
        handler.served = server.served = _serve_store(config, store_path(config.out).resolve(),
                                                      server.server_address)
    except StoreUnavailable:
        server.server_close()
        raise
    server.handler = handler
    return server


def follow_rebuilds(server, poll_s: float = RELOAD_POLL_S, log=None) -> threading.Event:
    """Watch the store link of the served folder; when a build swaps in a new store, serve it.

    Returns an Event; set it to stop watching. The old query workers are stopped once the
    queries they may be running have had their full timeout.
    """
    stop = threading.Event()
    config = server.handler.config

    def watch() -> None:
        while not stop.wait(poll_s):
            try:
                target = store_path(config.out).resolve()
            except OSError:
                continue
            if target == server.served.target or not target.is_dir():
                continue
            try:
                fresh = _serve_store(config, target, server.server_address)
            except (StoreUnavailable, OSError) as exc:
                if log:
                    log(f"a new graph is at {target} but cannot be served yet: {exc}")
                continue
            old = server.served
            server.handler.served = server.served = fresh
            if log:
                log(f"serving the rebuilt graph ({target.name})")
            threading.Timer(config.timeout + 1, old.pool.close).start()

    threading.Thread(target=watch, name="oickg-follow-rebuilds", daemon=True).start()
    return stop


def _interrupt(signum, frame):
    raise KeyboardInterrupt


def serve(config: ServerConfig, ready=None, log=None) -> None:
    """Serve until interrupted, following rebuilds of config.out; `ready(url)` is called once the socket listens."""
    server = make_server(config)
    follow_rebuilds(server, log=log)
    signal.signal(signal.SIGTERM, _interrupt)
    signal.signal(signal.SIGINT, _interrupt)
    host, port = server.server_address[:2]
    if ready:
        ready(f"http://{host}:{port}/")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        server.served.pool.close()
