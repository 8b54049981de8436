"""The command line: thin wrappers that parse options, call one library function, print.

Exit codes: 0 everything was done; 1 the work finished but something was
reported (bad input skipped, violations found); 2 the command could not run.
"""
from __future__ import annotations

import sys
from pathlib import Path

import click

from graph.errors import BuildFailed, StoreUnavailable
from queries.errors import BadParameter, BadQuery, EndpointError, NoPath, QueryNotFound
from viz.errors import VizError

EXPECTED_ERRORS = (StoreUnavailable, BuildFailed, QueryNotFound, BadParameter, BadQuery, EndpointError, NoPath,
                   VizError)


class Group(click.Group):
    """A click group that turns every error into one line on stderr; `--debug` shows the traceback.

    The packages' own errors (EXPECTED_ERRORS) exit 2 with their message. Anything
    else is a bug: it exits 2 too, saying so, instead of showing a traceback to
    someone who only gave the tool a bad file.
    """

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except EXPECTED_ERRORS as exc:
            if ctx.params.get("debug"):
                raise
            click.echo(f"{type(exc).__name__}: {exc}", err=True)
            ctx.exit(2)
        except Exception as exc:  # the one place a bug is caught: it becomes a message, not a traceback
            if ctx.params.get("debug"):
                raise
            click.echo(f"oickg: internal error: {type(exc).__name__}: {exc} (a bug in oic-kg; "
                       "run the same command with `oickg --debug ...` to see the traceback, and report it)",
                       err=True)
            ctx.exit(2)


@click.group(cls=Group)
@click.option("--debug", is_flag=True, help="Show tracebacks.")
@click.version_option(package_name="oic-kg")
def cli(debug):
    """oic-kg: the knowledge graph of OIC institutions, read from the texts they publish.

    Example: oickg build data/corpus --out out
    """


def report_problems(problems) -> None:
    debug = click.get_current_context().find_root().params.get("debug")
    for problem in problems:
        click.echo(str(problem), err=True)
        if debug and getattr(problem, "traceback", ""):
            click.echo(problem.traceback, err=True, nl=False)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl", show_default=True)
@click.option("--report", "report", is_flag=False, flag_value="-", default=None,
              type=click.Path(dir_okay=False, allow_dash=True), metavar="[FILE]",
              help="List the organisations found that the registry lacks and the mentions left unresolved, "
                   "as file:line lines, on stderr or in FILE.")
def extract(paths, fmt, report):
    """Extract activities from source texts as JSON Lines (the extraction contract).

    With --report, also list what the registry should learn (organisations
    discovered, acronyms no organisation resolves to), each with file:line.

    Example: oickg extract data/corpus/*.txt --report registry-todo.txt > records.jsonl
    """
    from graph.build import extract_files, source_files
    from loaders.registry import default_registry

    registry = default_registry()
    files, problems = source_files(list(paths))
    records, more = extract_files(files, registry)
    problems += more
    for record in records:
        if fmt == "jsonl":
            click.echo(record.to_json())
        else:
            orgs = ", ".join(o.acronym or o.name for o in record.organisers + record.partners)
            click.echo(f"{record.source}\t{record.start or '-'}\t{record.event_type or record.kind}\t"
                       f"{record.title[:60]}\t{orgs}")
    report_problems(problems)
    if report is not None:
        from loaders.decode import decode
        from loaders.resolve import report_lines

        texts = []
        for path in files:
            try:
                text = decode(path.read_bytes(), path.name)[0]
            except OSError:
                continue  # already reported above
            if text is not None:
                texts.append((str(path), text))
        lines = "".join(line + "\n" for line in report_lines(texts, registry))
        if report == "-":
            click.echo(lines, err=True, nl=False)
        else:
            Path(report).write_text(lines, encoding="utf-8")
    sys.exit(1 if problems and any(p.severity == "error" for p in problems) else 0)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--out", type=click.Path(file_okay=False), default="out", show_default=True,
              help="Output folder: the store, records.jsonl and dumps/.")
@click.option("--validate/--no-validate", default=True, show_default=True,
              help="Check the new graph against the SHACL shapes.")
@click.option("--cache/--no-cache", default=True, show_default=True,
              help="Reuse the records of sources unchanged since the last build into --out.")
def build(paths, out, validate, cache):
    """Build the graph from source texts into an on-disk Oxigraph store, atomically.

    The new graph replaces the previous one only when it is complete; it is
    checked against the SHACL shapes, and violations are listed on stderr
    (exit status 1). Unchanged sources are not read again (out/cache/).

    Example: oickg build data/corpus --out out
    """
    from graph.build import build as run_build

    report = run_build(list(paths), Path(out), validate=validate, cache=cache)
    report_problems(report.problems)
    c = report.counts
    click.echo(f"built {out}/store from {report.sources} sources ({report.extracted} read, "
               f"{report.reused} unchanged): {report.records} records, "
               f"{c['triples']} triples, {c['organisations']} organisations, {c['events']} events, "
               f"{c['agreements']} agreements, {c['partnerships']} partnerships")
    if report.validation is not None:
        if report.validation.conforms:
            click.echo(f"shapes: conforms ({len(report.validation.warnings)} warnings; `oickg validate` lists them)")
        else:
            click.echo(str(report.validation), err=True)
            click.echo(f"shapes: DOES NOT CONFORM ({len(report.validation.violations)} violations, listed on stderr)")
    click.echo(f"records: {out}/records.jsonl")
    for dump in report.dumps:
        click.echo(f"dump: {dump}")
    sys.exit(1 if report.failed else 0)


# Command modules: each helper module defines its click commands and is added here, one line each.
# --- command modules ---
from oickg.viz import export_network, timeline, viz  # noqa: E402
for _command in (viz, timeline, export_network):
    cli.add_command(_command)
from oickg import query_cmds  # noqa: E402
for _command in (query_cmds.query, query_cmds.sparql, query_cmds.path, query_cmds.push):
    cli.add_command(_command)
from oickg.publish import publish  # noqa: E402
cli.add_command(publish)
from oickg.serve import serve  # noqa: E402
cli.add_command(serve)
from oickg.ontology_cmds import ontology_check, ontology_docs, validate  # noqa: E402
for _command in (validate, ontology_check, ontology_docs):
    cli.add_command(_command)


def main() -> None:
    cli(prog_name="oickg")
