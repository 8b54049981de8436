"""Commands about the ontology and the shapes: validate, ontology-check, ontology-docs."""
from __future__ import annotations

import sys
from pathlib import Path

import click


@click.command()
@click.argument("dump", required=False, type=click.Path(exists=True, dir_okay=False))
@click.option("--out", type=click.Path(file_okay=False), default="out", show_default=True,
              help="Output folder of a build (its store is validated when no DUMP is given).")
def validate(dump, out):
    """Validate the built graph (or a dump file) against the SHACL shapes in ontology/shapes.ttl.

    Prints one line per violation or warning, with the source file and span of the
    offending facts; exits 1 when the graph does not conform.

    Example: oickg validate --out out
    """
    if dump:
        from ontology.validation import validate_path

        try:
            report = validate_path(Path(dump))
        except ValueError as exc:
            click.echo(f"{dump}: error: {exc}", err=True)
            sys.exit(2)
    else:
        from graph.build import validate_store
        from graph.store import open_store

        report = validate_store(open_store(out))
    click.echo(str(report))
    sys.exit(0 if report.conforms else 1)


@click.command("ontology-check")
@click.option("--with-data", is_flag=True, help="Check the built graph (--out) together with the ontology.")
@click.option("--out", type=click.Path(file_okay=False), default="out", show_default=True)
def ontology_check(with_data, out):
    """Check with HermiT (owlready2, Java) that the ontology, and optionally the data, is consistent.

    Example: oickg ontology-check --with-data --out out
    """
    from ontology.reasoning import check_consistency

    data = None
    if with_data:
        from rdflib import Graph

        from graph.build import store_dataset
        from graph.store import open_store

        data = Graph()
        for triple in store_dataset(open_store(out)).triples((None, None, None)):
            data.add(triple)
    report = check_consistency(data)
    click.echo(str(report))
    sys.exit(0 if report else 1)


@click.command("ontology-docs")
@click.argument("path", type=click.Path(dir_okay=False), default="out/ontology.html")
def ontology_docs(path):
    """Write a browsable HTML page of the ontology (English and Arabic labels, definitions, mappings).

    Example: oickg ontology-docs out/ontology.html
    """
    from ontology.docs import write_docs

    written = write_docs(Path(path))
    click.echo(f"wrote {written}")
