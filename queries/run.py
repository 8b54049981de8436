"""Run queries on the embedded store, bind parameters safely, render results.

In:  a query (text), parameter values.
Out: a `Result` (columns, rows of plain strings) rendered as a table, CSV or JSON.
Parameters are bound as RDF terms: each value is serialised as an escaped
N-Triples term inside a `VALUES` block that replaces the query's `#@bind`
marker line, so a value with quotes, `}` or `#` cannot change the query. The
same bound text runs on the embedded store and on any SPARQL 1.1 endpoint.
"""
from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass

import pyoxigraph as ox

import queries
from queries.errors import BadParameter


@dataclass
class Result:
    columns: list[str]
    rows: list[list[str | None]]


def bind_arguments(name: str, values: tuple[str, ...], params: tuple[str, ...]):
    """Load query `name` and pair positional values and key=value params with its declared parameters."""
    q = queries.load(name)
    if len(values) > len(q.params):
        raise BadParameter(f"query {name!r} takes {len(q.params)} value(s) ({', '.join(q.params) or 'none'}); "
                           f"got {len(values)}")
    bindings = dict(zip(q.params, values))
    for item in params:
        key, sep, value = item.partition("=")
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
    r"""Return the query with its `#@bind` marker replaced by a VALUES block of the bindings.

    >>> print(bind('SELECT * WHERE {\n#@bind\n?s ?p ?acronym }', {"acronym": 'x" } #'}))
    SELECT * WHERE {
      VALUES (?acronym) { ("x\" } #") }
    ?s ?p ?acronym }
    """
    if not bindings:
        return text
    if not BIND_MARKER.search(text):
        raise BadParameter("this query has no '#@bind' line, so it takes no parameters")
    names = " ".join(f"?{k}" for k in bindings)
    values = " ".join(str(_term(v)) for v in bindings.values())
    block = f"  VALUES ({names}) {{ ({values}) }}"
    return BIND_MARKER.sub(lambda _: block, text, count=1)


def _plain(term) -> str | None:
    if term is None:
        return None
    return term.value


def run_local(store: ox.Store, text: str, bindings: dict[str, str] | None = None) -> Result:
    """Run a SELECT query over the union of the store's graphs."""
    solutions = store.query(bind(text, bindings), use_default_graph_as_union=True)
    columns = [v.value for v in solutions.variables]
    rows = [[_plain(sol[c]) for c in columns] for sol in solutions]
    return Result(columns, rows)


def render(result: Result, fmt: str = "table") -> str:
    """Render a result as an aligned table, CSV or JSON."""
    if fmt == "json":
        return json.dumps([dict(zip(result.columns, row)) for row in result.rows], ensure_ascii=False,
                          indent=1) + "\n"
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(result.columns)
        writer.writerows([["" if v is None else v for v in row] for row in result.rows])
        return buffer.getvalue()
    cells = [result.columns] + [["" if v is None else v for v in row] for row in result.rows]
    widths = [max(len(str(row[i])) for row in cells) for i in range(len(result.columns))]
    lines = ["  ".join(str(v).ljust(w) for v, w in zip(row, widths)).rstrip() for row in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines) + f"\n({len(result.rows)} rows)\n"
