"""Commands that show the partnership network: viz (HTML page), timeline (chart), export-network (Gephi).

Each reads the built graph (--out, as `oickg query` does), applies the same
filters and calls one function of the viz package.
"""
from __future__ import annotations

import functools
import sys

import click


def _date(value, end: bool):
    from viz.errors import BadFilter
    from viz.network import parse_period

    try:
        return parse_period(value, end) if value else None
    except BadFilter as exc:
        raise click.BadParameter(str(exc)) from exc


def _since(ctx, param, value):
    return _date(value, end=False)


def _until(ctx, param, value):
    return _date(value, end=True)


def _filter_options(command):
    """Add the filters every network command shares: --out, --since, --until, --programme, --network."""
    options = [
        click.option("--out", type=click.Path(file_okay=False), default="out", show_default=True,
                     help="Folder of the built graph (oickg build --out)."),
        click.option("--since", callback=_since, metavar="DATE",
                     help="Only activities on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)."),
        click.option("--until", callback=_until, metavar="DATE",
                     help="Only activities on or before this date (--until 2024: to the end of 2024)."),
        click.option("--programme", help="Only activities under this programme (acronym or name)."),
        click.option("--network", help="Only activities involving this OIC network (e.g. OIC-SMENET)."),
    ]
    return functools.reduce(lambda cmd, option: option(cmd), reversed(options), command)


def _graph_options(command):
    """Add the filters on organisations: --focus, --hops, --kind, --bipartite."""
    options = [
        click.option("--focus", metavar="ORG", help="Only ORG and the organisations within --hops of it."),
        click.option("--hops", type=click.IntRange(min=0), default=1, show_default=True),
        click.option("--kind", help="Only organisations of this kind (e.g. national_agency, 'UN body'); "
                                    "the focus organisation stays."),
        click.option("--bipartite", is_flag=True, help="Draw activities as nodes too (organisations–activities)."),
    ]
    return functools.reduce(lambda cmd, option: option(cmd), reversed(options), command)


def _filters(since, until, programme, network, focus=None, hops=1, kind=None):
    from viz.network import Filters

    return Filters(focus=focus, hops=hops, since=since, until=until, programme=programme, network=network,
                   kind=kind)


def _network(out, filters, bipartite=False, size="degree", communities=False):
    from graph.store import open_store
    from viz.network import bipartite_graph, partnership_graph, read_network_data

    data = read_network_data(open_store(out))
    if bipartite:
        return data, bipartite_graph(data, filters)
    return data, partnership_graph(data, filters, size=size, communities=communities)


def _summary(g) -> str:
    organisations = sum(1 for _, a in g.nodes(data=True) if a.get("group") != "Activity")
    parts = [_count(organisations, "organisation")]
    if g.graph.get("bipartite"):
        parts += [_count(len(g) - organisations, "activity", "activities"), _count(g.number_of_edges(), "role")]
    else:
        parts.append(_count(g.number_of_edges(), "partnership"))
    return ", ".join(parts)


def _count(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else many or one + 's'}"


def _warn_if_empty(g) -> int:
    if len(g) == 0:
        click.echo("warning: no organisation matches these filters; the page is empty "
                   "(widen --since/--until, or check --programme/--network/--kind)", err=True)
        return 1
    return 0


@click.command()
@click.option("-o", "--output", type=click.Path(dir_okay=False), default="network.html", show_default=True,
              help="The HTML file to write.")
@_filter_options
@_graph_options
@click.option("--size", type=click.Choice(["degree", "strength", "activities", "pagerank", "betweenness"]),
              default="degree", show_default=True, help="What node size shows.")
@click.option("--colour", "colour", type=click.Choice(["kind", "community"]), default="kind", show_default=True,
              help="Colour nodes by kind of organisation or by Louvain community.")
@click.option("--title", default="OIC partnership network", show_default=True)
@click.option("--max-ties", type=click.IntRange(min=1), default=5000, show_default=True,
              help="Draw at most this many ties at first (the strongest); the others appear on highlight.")
def viz(output, out, since, until, programme, network, focus, hops, kind, bipartite, size, colour, title,
        max_ties):
    """Write the partnership network as one self-contained HTML page (works offline).

    Example: oickg viz -o network.html --focus SESRIC --hops 2 --since 2024
    """
    from viz.render import write_html

    filters = _filters(since, until, programme, network, focus, hops, kind)
    _, g = _network(out, filters, bipartite, size, communities=colour == "community")
    write_html(g, output, title, colour, max_ties)
    click.echo(f"wrote {output}: {_summary(g)}")
    sys.exit(_warn_if_empty(g))


@click.command()
@click.option("-o", "--output", "outputs", type=click.Path(dir_okay=False), multiple=True,
              help="PNG or SVG file to write (repeat for both).  [default: timeline.png]")
@_filter_options
@click.option("--org", metavar="ORG", help="Only the activities of this organisation.")
@click.option("--by", type=click.Choice(["month", "quarter"]), default="quarter", show_default=True)
@click.option("--stack", type=click.Choice(["programme", "type"]), default="programme", show_default=True)
def timeline(outputs, out, since, until, programme, network, org, by, stack):
    """Chart activities per month or quarter, stacked by programme or type (PNG, SVG).

    Example: oickg timeline -o sesric.png -o sesric.svg --org SESRIC --by month --stack type
    """
    from graph.store import open_store
    from viz.network import read_network_data
    from viz.timeline import count_activities, draw

    data = read_network_data(open_store(out))
    chart = count_activities(data, _filters(since, until, programme, network), org, by, stack)
    for path in draw(chart, list(outputs) or ["timeline.png"]):
        click.echo(f"wrote {path}: {_count(chart.total, 'activity', 'activities')} in "
                   f"{_count(len(chart.periods), by)}, {len(chart.series)} series")
    if chart.undated:
        click.echo(f"note: {chart.undated} undated activities are not in the chart", err=True)
    if chart.total == 0:
        click.echo("warning: no dated activity matches; the chart is empty", err=True)
        sys.exit(1)


@click.command("export-network")
@click.option("-o", "--output", type=click.Path(dir_okay=False), required=True, help="The file to write.")
@click.option("--format", "fmt", type=click.Choice(["gexf", "graphml"]),
              help="File format (default: from the file's suffix).")
@_filter_options
@_graph_options
def export_network(output, fmt, out, since, until, programme, network, focus, hops, kind, bipartite):
    """Export the partnership network as GEXF or GraphML (Gephi, Cytoscape, yEd), with Louvain communities.

    Example: oickg export-network --format gexf -o network.gexf --since 2020
    """
    from viz.errors import BadOutput
    from viz.export import FORMATS, write_network

    fmt = fmt or output.rsplit(".", 1)[-1].lower()
    if fmt not in FORMATS:
        raise BadOutput(f"{output}: give --format gexf or graphml, or a .gexf or .graphml file")
    filters = _filters(since, until, programme, network, focus, hops, kind)
    _, g = _network(out, filters, bipartite, communities=not bipartite)
    write_network(g, output, fmt)
    click.echo(f"wrote {output}: {_summary(g)}")
    sys.exit(_warn_if_empty(g))
