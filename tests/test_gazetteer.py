"""The gazetteer: registry names found in text by words, and organisations discovered by their form."""
from pathlib import Path

from loaders.gazetteer import Gazetteer, discover, discover_names, tokenise
from loaders.registry import default_registry

CORPUS = Path(__file__).resolve().parent.parent / "data" / "corpus"


def _found(text):
    return [(m.entry.id, m.text) for m in Gazetteer(default_registry()).find(text)]


def test_find_matches_a_name_with_a_glued_conjunction_and_reports_it_without_the_prefix():
    assert _found("والبنك الإسلامي للتنمية") == [("isdb", "البنك الإسلامي للتنمية")]
    assert _found("لسيسرك") == [("sesric", "سيسرك")]


def test_find_prefers_the_longest_name():
    found = _found("شبكة منظمة التعاون الإسلامي للمشاريع الصغيرة والمتوسطة (OIC-SMENET)")
    assert found[0][0] == "oic-smenet" and len(found) == 2


def test_find_gives_spans_that_hold_the_text_as_written():
    text = "نظم سيسرك بالتعاون مع معهد الإحصاء التركي (TurkStat) دورة"
    for mention in Gazetteer(default_registry()).find(text):
        assert text[mention.start:mention.end] == mention.text


def test_a_short_acronym_matches_only_with_its_case():
    assert _found("the idb said") == []
    assert _found("the IDB said") == [("isdb", "IDB")]


def test_find_reads_a_long_report_with_every_mention_inside_the_text():
    text = (CORPUS / "004_3bbcf9ea6f343b1b.txt").read_text(encoding="utf-8")
    tokens = tokenise(text)
    mentions = Gazetteer(default_registry()).find(text, tokens)
    assert len(mentions) > 500
    assert all(text[m.start:m.end] == m.text for m in mentions)
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)


def test_discover_takes_a_name_from_its_head_noun_to_its_acronym():
    assert discover("بالتعاون مع الوكالة الوطنية للإحصاء والتحليل الديموغرافي (ANSADE) في", []) == [
        ("الوكالة الوطنية للإحصاء والتحليل الديموغرافي", "ANSADE", 12, 65)]


def test_discover_extends_an_english_name_back_over_its_capitalised_words():
    assert [n for n, *_ in discover("with the National Institute of Statistics of Cameroon (INS-Cameroon).", [])] \
        == ["National Institute of Statistics of Cameroon"]


def test_discover_names_finds_ministries_universities_and_agencies_without_an_acronym():
    text = "بالتعاون مع وزارة العمل والحماية الاجتماعية في جمهورية أذربيجان، وجامعة الخرطوم، والوكالة الوطنية للتشغيل."
    assert [n for n, *_ in discover_names(text, [])] == [
        "وزارة العمل والحماية الاجتماعية في جمهورية أذربيجان", "جامعة الخرطوم", "الوكالة الوطنية للتشغيل"]


def test_discover_names_reads_english_names_joined_by_of_and_and():
    text = "in cooperation with the University of Ilorin and the Ministry of Health of Nigeria."
    assert [n for n, *_ in discover_names(text, [])] == ["University of Ilorin", "Ministry of Health of Nigeria"]


def test_discover_names_leaves_an_anaphor_and_a_time_phrase_alone():
    assert discover_names("ستتولى الوكالة رئاسة الشبكة للسنوات الثلاث المقبلة", []) == []
    assert discover_names("شكرت المركز بالتعاون مع الجميع", []) == []


def test_discover_names_does_not_trust_a_name_a_line_break_cuts():
    assert discover_names("بالتعاون مع وزارة الاقتصاد\nالرقمي والتجارة في", []) == []
