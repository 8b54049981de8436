"""`oickg publish`: what a data publisher uploads: dumps, VoID/DCAT and a static linked-data site."""
from __future__ import annotations

import click


@click.command()
@click.argument("outdir", type=click.Path(file_okay=False))
@click.option("--out", type=click.Path(file_okay=False), default="out", show_default=True,
              help="Output folder of `oickg build`.")
@click.option("--site-url", metavar="URL", help="Where OUTDIR will be online (default: the IRI base).")
@click.option("--endpoint", metavar="URL", help="The public SPARQL endpoint (default: SITE_URL/sparql).")
@click.option("--license", "license_iri", metavar="URL", default="https://creativecommons.org/licenses/by/4.0/",
              show_default=True, help="Licence of the data, for VoID/DCAT.")
def publish(outdir, out, site_url, endpoint, license_iri):
    """Write dumps (Turtle, N-Triples, JSON-LD, TriG), void.ttl and one page per resource (en, ar, .ttl, .jsonld).

    Example: oickg publish site --out out
    """
    from graph.publish import publish as run_publish
    from graph.store import open_store

    report = run_publish(open_store(out), outdir, site_url=site_url, endpoint=endpoint, license_iri=license_iri)
    click.echo(f"published {report.triples} quads: {report.pages} resources "
               f"(each .html, .ar.html, .ttl, .jsonld), {outdir}/void.ttl, {outdir}/index.html")
    for path in report.dumps:
        click.echo(f"dump: {path}")
