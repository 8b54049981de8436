"""Chart activities over time: how many per month or quarter, stacked by programme or type.

In:  NetworkData (viz.network.read_network_data), Filters, optionally one organisation.
Out: PNG or SVG files drawn with matplotlib (the file's suffix picks the format).

An activity under several programmes is counted once, under the programmes
joined with " + ", so the bars add up to the number of activities; undated
activities cannot be placed and are counted in the chart's note instead.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from viz.errors import BadFilter, BadOutput
from viz.network import Activity, Filters, NetworkData, find_organisation, select_activities

PERIODS = ("month", "quarter")
STACKS = ("programme", "type")
MAX_SERIES = 9
FORMATS = (".png", ".svg")


@dataclass
class Timeline:
    periods: list[str]                 # "2025-10" or "2025-Q4", every period from the first to the last
    series: dict[str, list[int]]       # stack label -> count per period, largest total first
    undated: int                       # activities left out because they have no date
    title: str

    @property
    def total(self) -> int:
        return sum(sum(counts) for counts in self.series.values())


def period_of(date: dt.date, by: str = "month") -> str:
    """The label of the month or quarter a date falls in.

    >>> period_of(dt.date(2025, 10, 7)), period_of(dt.date(2025, 10, 7), "quarter")
    ('2025-10', '2025-Q4')
    """
    if by == "quarter":
        return f"{date.year}-Q{(date.month - 1) // 3 + 1}"
    return f"{date.year}-{date.month:02d}"


def _all_periods(first: dt.date, last: dt.date, by: str) -> list[str]:
    """Every period label from first to last, empty ones included.

    >>> _all_periods(dt.date(2024, 11, 5), dt.date(2025, 2, 1), "month")
    ['2024-11', '2024-12', '2025-01', '2025-02']
    """
    step = 3 if by == "quarter" else 1
    year, month = first.year, first.month if by == "month" else ((first.month - 1) // 3) * 3 + 1
    labels = []
    while (year, month) <= (last.year, last.month):
        labels.append(period_of(dt.date(year, month, 1), by))
        month += step
        if month > 12:
            year, month = year + 1, month - 12
    return labels


def stack_label(activity: Activity, stack: str) -> str:
    """The series an activity is counted in: its programme(s) joined, or its type."""
    if stack == "type":
        return activity.type.replace("_", " ")
    return " + ".join(activity.programmes) if activity.programmes else "no programme"


def count_activities(data: NetworkData, filters: Filters = Filters(), org: str | None = None,
                     by: str = "month", stack: str = "programme") -> Timeline:
    """Count the activities of the graph (or of one organisation) per period and stack label."""
    if by not in PERIODS or stack not in STACKS:
        raise BadFilter(f"by must be one of {PERIODS} and stack one of {STACKS}")
    activities = select_activities(data, filters)
    who = ""
    if org:
        iri = find_organisation(data, org)
        activities = [a for a in activities if iri in a.roles]
        who = f" of {data.organisations[iri].label}"
    dated = [a for a in activities if a.date]
    counts: Counter = Counter((period_of(a.date, by), stack_label(a, stack)) for a in dated)
    totals: Counter = Counter(stack_label(a, stack) for a in dated)
    keep = [label for label, _ in totals.most_common(MAX_SERIES)]
    if len(totals) > MAX_SERIES:
        keep = keep[:MAX_SERIES - 1]
    periods = _all_periods(min(a.date for a in dated), max(a.date for a in dated), by) if dated else []
    series = {label: [counts[(p, label)] for p in periods] for label in keep}
    rest = [label for label in totals if label not in keep]
    if rest:
        series["other"] = [sum(counts[(p, label)] for label in rest) for p in periods]
    title = f"Activities{who} per {by}, by {stack}"
    described = filters.describe()
    if described:
        title += f" ({described})"
    return Timeline(periods, series, len(activities) - len(dated), title)


def draw(timeline: Timeline, paths: list[Path | str]) -> list[Path]:
    """Draw the stacked bar chart and save it to every path (.png or .svg); return the paths."""
    paths = [Path(p) for p in paths]
    for path in paths:
        if path.suffix.lower() not in FORMATS:
            raise BadOutput(f"{path}: a timeline is written as .png or .svg")
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    width = min(max(6.0, 0.28 * len(timeline.periods) + 3.5), 18.0)
    fig, ax = plt.subplots(figsize=(width, 4.2), dpi=120)
    bottom = [0] * len(timeline.periods)
    colours = plt.get_cmap("tab10").colors
    xs = list(range(len(timeline.periods)))
    for i, (label, counts) in enumerate(timeline.series.items()):
        ax.bar(xs, counts, bottom=bottom, label=label, color=colours[i % len(colours)], width=0.8)
        bottom = [b + c for b, c in zip(bottom, counts)]
    step = max(1, len(xs) // 16)
    ax.set_xticks(xs[::step], timeline.periods[::step], rotation=45, ha="right")
    ax.set_ylabel("activities")
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.set_title(timeline.title, fontsize=11)
    ax.spines[["top", "right"]].set_visible(False)
    if timeline.series:
        ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False, fontsize=9)
    else:
        ax.text(0.5, 0.5, "no dated activities match", transform=ax.transAxes, ha="center", color="#666")
    if timeline.undated:
        fig.text(0.01, 0.01, f"{timeline.undated} undated {'activity' if timeline.undated == 1 else 'activities'}"
                             " not shown", fontsize=8, color="#666")
    fig.tight_layout()
    written = []
    for path in paths:
        fig.savefig(path, format=path.suffix.lower().lstrip("."))
        written.append(path)
    plt.close(fig)
    return written
