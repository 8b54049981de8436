"""viz.timeline: activities per period, stacked, drawn as PNG and SVG."""
import datetime as dt

import pytest

from graph.store import open_store
from viz.errors import BadOutput, UnknownOrganisation
from viz.network import Filters, read_network_data
from viz.synthetic import synthetic_data
from viz.timeline import MAX_SERIES, count_activities, draw


def test_the_bars_add_up_to_the_dated_activities_of_the_corpus(built_graph):
    data = read_network_data(open_store(built_graph))
    chart = count_activities(data, by="month", stack="type")
    assert chart.total == sum(1 for a in data.activities.values() if a.date)
    assert chart.undated == sum(1 for a in data.activities.values() if not a.date)


def test_periods_run_without_gaps_from_the_first_to_the_last_quarter():
    chart = count_activities(synthetic_data(100, seed=1), by="quarter")
    years = range(int(chart.periods[0][:4]), int(chart.periods[-1][:4]) + 1)
    expected = [f"{y}-Q{q}" for y in years for q in (1, 2, 3, 4)]
    assert chart.periods == expected[expected.index(chart.periods[0]):expected.index(chart.periods[-1]) + 1]


def test_one_organisation_counts_only_its_own_activities():
    data = synthetic_data(100, seed=1)
    org = next(iter(data.organisations.values()))
    chart = count_activities(data, org=org.acronym, stack="type")
    assert chart.total == sum(1 for a in data.activities.values() if org.iri in a.roles)


def test_an_unknown_organisation_is_an_error():
    with pytest.raises(UnknownOrganisation):
        count_activities(synthetic_data(10), org="NOBODY")


def test_many_programmes_fold_into_other_so_the_legend_stays_short():
    chart = count_activities(synthetic_data(300, seed=2), stack="programme")
    assert len(chart.series) <= MAX_SERIES


def test_the_time_window_bounds_the_periods():
    chart = count_activities(synthetic_data(200), Filters(since=dt.date(2020, 1, 1), until=dt.date(2020, 12, 31)))
    assert chart.periods[0] >= "2020-01" and chart.periods[-1] <= "2020-12"


def test_the_chart_is_written_as_png_and_svg(tmp_path):
    chart = count_activities(synthetic_data(60), by="quarter", stack="type")
    png, svg = draw(chart, [tmp_path / "t.png", tmp_path / "t.svg"])
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "<svg" in svg.read_text(encoding="utf-8")


def test_an_empty_chart_is_still_drawn(tmp_path):
    chart = count_activities(synthetic_data(30), Filters(since=dt.date(2100, 1, 1)))
    assert chart.total == 0
    assert draw(chart, [tmp_path / "empty.png"])[0].stat().st_size > 0


def test_a_jpeg_is_refused_before_anything_is_written(tmp_path):
    with pytest.raises(BadOutput, match=".png or .svg"):
        draw(count_activities(synthetic_data(30)), [tmp_path / "t.png", tmp_path / "t.jpg"])
    assert list(tmp_path.iterdir()) == []
