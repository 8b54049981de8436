"""Commands that ask the graph: `query`, `sparql`, `path`, and `push` to put it on an endpoint.

Each runs on the embedded store in --out, or with --endpoint on any SPARQL 1.1 endpoint.
"""
from __future__ import annotations

import sys
from pathlib import Path

import click

OUT_OPTION = click.option("--out", type=click.Path(file_okay=False), default="out", show_default=True,
                          help="Output folder of `oickg build` (the embedded store).")
ENDPOINT_OPTION = click.option("--endpoint", metavar="URL",
                               help="Run on this SPARQL 1.1 query endpoint instead of the embedded store.")


def _format_option(*extra: str):
    return click.option("--format", "fmt", type=click.Choice(["table", "csv", "json", *extra]), default="table",
                        show_default=True)


@click.command()
@click.argument("name")
@click.argument("values", nargs=-1)
@click.option("--param", "params", multiple=True, metavar="KEY=VALUE", help="Bind ?KEY to VALUE (repeatable).")
@OUT_OPTION
@ENDPOINT_OPTION
@_format_option()
def query(name, values, params, out, endpoint, fmt):
    """Run a named query (queries/NAME.rq); VALUES bind its declared parameters in order.

    Example: oickg query activities-of-organisation SESRIC --param since=2024 --format csv
    """
    from queries.run import bind_arguments, render, run

    q, bindings = bind_arguments(name, values, params)
    click.echo(render(run(q.text, bindings, out, endpoint), fmt), nl=False)


@click.command()
@click.argument("text", required=False)
@click.option("-f", "--file", "path", type=click.Path(exists=True, dir_okay=False), help="Read the query from a file.")
@OUT_OPTION
@ENDPOINT_OPTION
@_format_option("ntriples")
def sparql(text, path, out, endpoint, fmt):
    """Run any SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) given inline or with -f.

    Example: oickg sparql 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
    """
    from queries.errors import BadQuery
    from queries.run import render, run

    if (text is None) == (path is None):
        raise BadQuery("give the query either inline or with -f FILE, not both")
    if path:
        text = Path(path).read_text(encoding="utf-8")
    result = run(text, None, out, endpoint)
    if fmt == "table" and result.ntriples is not None:
        fmt = "ntriples"
    click.echo(render(result, fmt), nl=False)


@click.command()
@click.argument("source")
@click.argument("target")
@OUT_OPTION
@ENDPOINT_OPTION
@_format_option()
def path(source, target, out, endpoint, fmt):
    """Show the shortest chain of partnerships linking two organisations (acronym, registry id or IRI).

    Example: oickg path KOBIA IsDB
    """
    import queries
    from queries.path import shortest_chain
    from queries.run import render, run

    edges = run(queries.load("partnership-edges").text, None, out, endpoint)
    click.echo(render(shortest_chain(edges, source, target), fmt), nl=False)


@click.command()
@click.option("--endpoint", metavar="URL", required=True,
              help="Graph Store Protocol URL: /store on Oxigraph, /<dataset>/data on Fuseki.")
@OUT_OPTION
def push(endpoint, out):
    """Load the built graph into a SPARQL 1.1 Graph Store, one PUT per named graph (replaces, never doubles).

    Example: oickg push --endpoint http://127.0.0.1:7878/store
    """
    from graph.store import open_store
    from queries.remote import push as push_graphs

    report = push_graphs(open_store(out), endpoint)
    click.echo(f"pushed {report.triples} triples in {report.graphs} graphs to {endpoint}")
    sys.exit(0)
