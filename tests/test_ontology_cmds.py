"""validate, ontology-check and ontology-docs on the command line; the build checks its graph."""
import pyoxigraph as ox
from click.testing import CliRunner

from graph.build import load_dataset, materialise, to_dataset, validate_store
from loaders.records import Organisation, Record
from loaders.registry import default_registry
from oickg.cli import cli


def test_validate_says_the_built_corpus_conforms_and_exits_0(built_graph):
    result = CliRunner().invoke(cli, ["validate", "--out", str(built_graph)])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("conforms")


def test_an_event_without_evidence_or_date_does_not_conform_and_the_report_says_why():
    bad = Record(source="bad.txt", kind="event", event_type="meeting", title="اجتماع", start=None,
                 organisers=(Organisation("سيسرك", "SESRIC", "sesric"),), participants=-3)
    store = ox.Store()
    load_dataset(store, to_dataset([bad], default_registry()))
    materialise(store)
    report = validate_store(store)
    assert not report.conforms
    text = str(report)
    assert "evidence" in text and "participantCount" in text


def test_validate_of_a_dump_with_a_violation_exits_1_and_names_the_problem(tmp_path):
    dump = tmp_path / "bad.ttl"
    dump.write_text("""@prefix oic: <https://w3id.org/oic-kg/ontology#> .
<https://ex.org/event/1> a oic:Meeting ; oic:participantCount -4 .
""", encoding="utf-8")
    result = CliRunner().invoke(cli, ["validate", str(dump)])
    assert result.exit_code == 1
    assert "does not conform" in result.stdout and "https://ex.org/event/1" in result.stdout


def test_ontology_docs_writes_a_page_with_both_languages(tmp_path):
    page = tmp_path / "ontology.html"
    result = CliRunner().invoke(cli, ["ontology-docs", str(page)])
    assert result.exit_code == 0, result.output
    html = page.read_text(encoding="utf-8")
    assert "organisedBy" in html and 'dir="rtl"' in html


def test_ontology_check_runs_hermit_and_finds_the_ontology_consistent():
    result = CliRunner().invoke(cli, ["ontology-check"])
    assert result.exit_code == 0, result.output
    assert "consistent" in result.stdout
