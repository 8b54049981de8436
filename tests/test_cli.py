"""The command line: exit codes, stdout for data, stderr for problems, README coverage."""
import json
import re

from click.testing import CliRunner
from conftest import CORPUS, ROOT

from oickg.cli import cli


def test_extract_prints_one_json_record_per_line_and_exits_0_on_good_input():
    result = CliRunner().invoke(cli, ["extract", str(CORPUS / "002_3f67964ab990a2d2.txt")])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records[0]["start"] == "2017-02-06"
    assert result.stderr == ""


def test_extract_reports_a_binary_file_by_name_and_keeps_the_rest(tmp_path):
    bad = tmp_path / "image.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    result = CliRunner().invoke(cli, ["extract", str(bad), str(CORPUS / "002_3f67964ab990a2d2.txt")])
    assert result.exit_code == 1
    assert "image.txt" in result.stderr and "PNG" in result.stderr
    assert len(result.stdout.splitlines()) == 1


def test_build_then_query_partners_prints_a_table_naming_sesric(tmp_path):
    runner = CliRunner()
    built = runner.invoke(cli, ["build", str(CORPUS / "000_272770b36fcd7c81.txt"), "--out", str(tmp_path)])
    assert built.exit_code == 0, built.output
    assert re.search(r"\d+ triples", built.stdout)
    result = runner.invoke(cli, ["query", "partners", "KOBIA", "--out", str(tmp_path), "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert "SESRIC" in result.stdout


def test_an_unknown_query_exits_2_with_the_list_of_queries(tmp_path):
    result = CliRunner().invoke(cli, ["query", "partner-of", "--out", str(tmp_path)])
    assert result.exit_code == 2
    assert "partners" in result.stderr


def test_a_query_on_a_folder_with_no_graph_exits_2(tmp_path):
    result = CliRunner().invoke(cli, ["query", "partners", "SESRIC", "--out", str(tmp_path)])
    assert result.exit_code == 2
    assert "oickg build" in result.stderr


def test_every_subcommand_appears_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in cli.commands:
        assert f"oickg {name}" in readme, name
