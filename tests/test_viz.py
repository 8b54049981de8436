"""oickg viz, oickg timeline, oickg export-network: files written, exit codes, messages."""
import networkx as nx
from click.testing import CliRunner

from oickg.cli import cli


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def test_viz_writes_a_page_and_names_its_counts(built_graph, tmp_path):
    page = tmp_path / "network.html"
    result = run("viz", "--out", built_graph, "-o", page)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"wrote {page}: ") and "organisations" in result.stdout
    assert result.stderr == ""
    assert "vis.Network" in page.read_text(encoding="utf-8")


def test_viz_with_focus_community_colours_and_pagerank_exits_0(built_graph, tmp_path):
    result = run("viz", "--out", built_graph, "-o", tmp_path / "f.html", "--focus", "SESRIC", "--hops", 2,
                 "--colour", "community", "--size", "pagerank")
    assert result.exit_code == 0, result.output


def test_viz_bipartite_counts_activities_and_roles(built_graph, tmp_path):
    result = run("viz", "--out", built_graph, "-o", tmp_path / "b.html", "--bipartite")
    assert result.exit_code == 0, result.output
    assert "activit" in result.stdout and "role" in result.stdout


def test_a_filter_that_matches_nothing_writes_an_empty_page_and_exits_1(built_graph, tmp_path):
    result = run("viz", "--out", built_graph, "-o", tmp_path / "e.html", "--since", "2100")
    assert result.exit_code == 1
    assert "0 organisations" in result.stdout
    assert "no organisation matches" in result.stderr


def test_an_unknown_focus_exits_2_with_one_line(built_graph, tmp_path):
    result = run("viz", "--out", built_graph, "-o", tmp_path / "x.html", "--focus", "NOSUCHORG")
    assert result.exit_code == 2
    assert result.stderr.startswith("UnknownOrganisation: ") and "NOSUCHORG" in result.stderr
    assert not (tmp_path / "x.html").exists()


def test_a_date_that_is_not_a_date_exits_2(built_graph, tmp_path):
    result = run("viz", "--out", built_graph, "--since", "2024-13")
    assert result.exit_code == 2
    assert "YYYY-MM" in result.stderr


def test_viz_on_a_folder_with_no_graph_exits_2(tmp_path):
    result = run("viz", "--out", tmp_path, "-o", tmp_path / "n.html")
    assert result.exit_code == 2
    assert "oickg build" in result.stderr


def test_timeline_writes_png_and_svg(built_graph, tmp_path):
    png, svg = tmp_path / "t.png", tmp_path / "t.svg"
    result = run("timeline", "--out", built_graph, "-o", png, "-o", svg, "--by", "month", "--stack", "type")
    assert result.exit_code == 0, result.output
    assert png.read_bytes()[:4] == b"\x89PNG" and "<svg" in svg.read_text(encoding="utf-8")
    assert result.stdout.count("wrote ") == 2


def test_timeline_of_one_organisation_names_it_in_the_output(built_graph, tmp_path):
    result = run("timeline", "--out", built_graph, "-o", tmp_path / "k.png", "--org", "KOBIA")
    assert result.exit_code == 0, result.output


def test_timeline_refuses_a_jpeg_with_exit_2(built_graph, tmp_path):
    result = run("timeline", "--out", built_graph, "-o", tmp_path / "t.jpg")
    assert result.exit_code == 2
    assert ".png or .svg" in result.stderr


def test_export_network_writes_gexf_and_graphml_readable_by_networkx(built_graph, tmp_path):
    for fmt in ("gexf", "graphml"):
        path = tmp_path / f"n.{fmt}"
        result = run("export-network", "--out", built_graph, "--format", fmt, "-o", path)
        assert result.exit_code == 0, result.output
        g = nx.read_gexf(path) if fmt == "gexf" else nx.read_graphml(path)
        assert len(g) > 0 and all("community" in attrs for _, attrs in g.nodes(data=True))


def test_export_network_with_an_unknown_suffix_and_no_format_exits_2(built_graph, tmp_path):
    result = run("export-network", "--out", built_graph, "-o", tmp_path / "n.xml")
    assert result.exit_code == 2
    assert "--format" in result.stderr


def test_viz_max_ties_draws_a_backbone_and_keeps_the_other_ties_in_the_page(built_graph, tmp_path):
    import json
    import re

    page = tmp_path / "b.html"
    result = run("viz", "--out", built_graph, "-o", page, "--max-ties", 10)
    assert result.exit_code == 0, result.output
    html = page.read_text(encoding="utf-8")
    data = json.loads(re.search(r'type="application/json">(.*?)</script>', html, re.S).group(1))
    drawn, hidden = len(data["edges"]), len(data["hidden"])
    assert hidden > 0 and drawn >= 10
    assert f"{drawn + hidden} partnerships" in result.stdout
