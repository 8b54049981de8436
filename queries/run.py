"""Run queries on the embedded store or a remote endpoint, bind parameters safely, render results.

In:  a query (text), parameter values.
Out: a `Result` (columns, rows of plain strings) rendered as a table, CSV or JSON.
Parameters are bound as RDF terms: each value is serialised as an escaped
N-Triples term inside a `VALUES` block that replaces the query's `#@bind`
marker line (every one: a query whose sub-SELECTs each need the values, such as
partners.rq, has one in each), so a value with quotes, `}` or `#` cannot change the query. The
same bound text runs on the embedded store and on any SPARQL 1.1 endpoint.
"""
from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field

import pyoxigraph as ox

import queries
from queries.errors import BadParameter, BadQuery

FORMATS = ("table", "csv", "json")
TABLE_CELL_WIDTH = 70


@dataclass
class Result:
    """Rows of a SELECT (plain strings, None when unbound); ASK gives one `ask` column;
    CONSTRUCT/DESCRIBE give subject/predicate/object columns and the N-Triples text in `ntriples`."""
    columns: list[str]
    rows: list[list[str | None]]
    ntriples: str | None = field(default=None, repr=False)


def bind_arguments(name: str, values: tuple[str, ...], params: tuple[str, ...]):
    """Load query `name` and pair positional values and key=value params with its declared parameters."""
    q = queries.load(name)
    if len(values) > len(q.params):
        raise BadParameter(f"query {name!r} takes {len(q.params)} value(s) ({', '.join(q.params) or 'none'}); "
                           f"got {len(values)}")
    bindings = dict(zip(q.params, values))
    for item in params:
        key, sep, value = item.partition("=")
        key = key.lstrip("?")
        if not sep or key not in q.params:
            raise BadParameter(f"--param {item!r}: query {name!r} declares "
                               f"{', '.join('?' + p for p in q.params) or 'no parameters'}; use key=value")
        bindings[key] = value
    return q, bindings


BIND_MARKER = re.compile(r"^[ \t]*#@bind[ \t]*$", re.MULTILINE)


def _term(value: str):
    if value.startswith(("http://", "https://")) and not re.search(r"[\s<>\"{}|^`\\]", value):
        return ox.NamedNode(value)
    return ox.Literal(value)


def bind(text: str, bindings: dict[str, str] | None) -> str:
    r"""Return the query with each `#@bind` marker line replaced by a VALUES block of the bindings.

    >>> print(bind('SELECT * WHERE {\n#@bind\n?s ?p ?acronym }', {"acronym": 'x" } #'}))
    SELECT * WHERE {
      VALUES (?acronym) { ("x\" } #") }
    ?s ?p ?acronym }
    """
    if not bindings:
        return text
    if not BIND_MARKER.search(text):
        raise BadParameter("this query has no '#@bind' line, so it takes no parameters")
    for name in bindings:
        if not re.fullmatch(r"\w+", name):
            raise BadParameter(f"{name!r} is not a SPARQL variable name")
    names = " ".join(f"?{k}" for k in bindings)
    values = " ".join(str(_term(v)) for v in bindings.values())
    block = f"  VALUES ({names}) {{ ({values}) }}"
    return BIND_MARKER.sub(lambda _: block, text)


def _plain(term) -> str | None:
    if term is None:
        return None
    return term.value


def run_local(store: ox.Store, text: str, bindings: dict[str, str] | None = None) -> Result:
    """Run a query over the union of the store's graphs; a query that does not parse raises BadQuery."""
    try:
        answer = store.query(bind(text, bindings), use_default_graph_as_union=True)
    except SyntaxError as exc:
        raise BadQuery(f"the query does not parse: {exc}") from exc
    if isinstance(answer, ox.QueryBoolean):
        return Result(["ask"], [["true" if bool(answer) else "false"]])
    if isinstance(answer, ox.QueryTriples):
        triples = list(answer)
        return Result(["subject", "predicate", "object"],
                      [[_plain(t.subject), _plain(t.predicate), _plain(t.object)] for t in triples],
                      "".join(f"{t} .\n" for t in triples))
    columns = [v.value for v in answer.variables]
    rows = [[_plain(sol[c]) for c in columns] for sol in answer]
    return Result(columns, rows)


def run(text: str, bindings: dict[str, str] | None = None, out=None, endpoint: str | None = None) -> Result:
    """Run a query on the embedded store in `out`, or on the SPARQL endpoint when one is given."""
    if endpoint:
        from queries.remote import run_remote
        return run_remote(endpoint, text, bindings)
    from graph.store import open_store
    return run_local(open_store(out or "out"), text, bindings)


def shorten(value: str, base: str | None = None) -> str:
    """An IRI under the graph's base without the base, for tables.

    >>> shorten("https://w3id.org/oic-kg/org/sesric")
    'org/sesric'
    """
    from graph.iri import BASE
    base = base or BASE
    return value[len(base):] if value.startswith(base) and len(value) > len(base) else value


def _cell(value: str | None) -> str:
    if value is None:
        return ""
    text = " ".join(shorten(value).split())
    return text if len(text) <= TABLE_CELL_WIDTH else text[:TABLE_CELL_WIDTH - 1] + "…"


def render(result: Result, fmt: str = "table") -> str:
    """Render a result as an aligned table (IRIs shortened, long cells cut), CSV or JSON (full values)."""
    if fmt == "json":
        return json.dumps([dict(zip(result.columns, row)) for row in result.rows], ensure_ascii=False,
                          indent=1) + "\n"
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(result.columns)
        writer.writerows([["" if v is None else v for v in row] for row in result.rows])
        return buffer.getvalue()
    if fmt == "ntriples":
        return result.ntriples or ""
    cells = [result.columns] + [[_cell(v) for v in row] for row in result.rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(result.columns))]
    lines = ["  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip() for row in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines) + f"\n({len(result.rows)} rows)\n"
