"""`oickg serve`: the graph over HTTP, a read-only SPARQL endpoint and dereferenceable IRIs."""
from __future__ import annotations

import sys
from pathlib import Path

import click


@click.command()
@click.option("--out", type=click.Path(file_okay=False), default="out", show_default=True,
              help="Output folder of `oickg build`.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=7878, show_default=True, help="0 picks a free port.")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=10.0, show_default=True,
              help="Seconds a query may run before it is stopped (503).")
@click.option("--limit", type=click.IntRange(min=1), default=10_000, show_default=True,
              help="Most result rows (or triples) one query returns; the rest is cut.")
@click.option("--workers", type=click.IntRange(min=1), default=4, show_default=True,
              help="Query worker processes (queries run at the same time).")
@click.option("--in-memory", is_flag=True,
              help="Each worker copies the graph into memory: queries about twice as fast, start-up slower "
                   "and about 0.5 GB per worker per million triples.")
def serve(out, host, port, timeout, limit, workers, in_memory):
    """Serve the built graph: SPARQL at /sparql (read-only), entity pages at the paths of their IRIs.

    A later `oickg build --out OUT` is picked up without a restart: new requests see the new graph.

    Example: oickg serve --port 7878   (then: curl -H 'Accept: text/turtle' -L http://127.0.0.1:7878/org/sesric)
    """
    from graph.server import ServerConfig, serve as run_server

    config = ServerConfig(Path(out), host, port, timeout, limit, workers, in_memory=in_memory)
    try:
        run_server(config, ready=lambda url: click.echo(f"serving {out} on {url} (SPARQL: {url}sparql)", err=True),
                   log=lambda message: click.echo(message, err=True))
    except OSError as exc:
        click.echo(f"serve: cannot listen on {host}:{port}: {exc.strerror or exc} (choose another --port)", err=True)
        sys.exit(2)
    sys.exit(0)
