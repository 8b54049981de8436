"""The committee-document loader: day-dated meetings, agreements and relations from PDF-extracted agendas."""
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from conftest import CORPUS, gold_lines, score

from loaders import extract_text
from loaders.comcec_doc import _words_before, extract, is_committee_document


COMCEC = "003_4313a17dbf0ecda5.txt"
OTHERS = ["000_272770b36fcd7c81.txt", "001_b259c73fa87270d6.txt", "002_3f67964ab990a2d2.txt",
          "004_3bbcf9ea6f343b1b.txt"]
GOLDEN = Path(__file__).parent / "golden"


def _read(name):
    return (CORPUS / name).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def comcec():
    return extract(_read(COMCEC), COMCEC)


def test_the_committee_document_scores_against_the_gold(comcec, tmp_path):
    report = score(gold_lines(COMCEC), [r.to_json() + "\n" for r in comcec.records], tmp_path,
                   "--sources", COMCEC)
    assert report["slot_f1"] >= 0.95
    assert report["records"]["overall"]["f1"] >= 0.97


def test_only_the_committee_document_is_recognised_as_one():
    assert is_committee_document(_read(COMCEC))
    assert not any(is_committee_document(_read(name)) for name in OTHERS)
    assert extract_text(_read(COMCEC), COMCEC).shape == "committee"


def test_agenda_headings_with_their_titles_and_plain_action_lines_are_recognised():
    assert is_committee_document("Agenda Item 2: COMCEC Strategy\nText.\nAction Required: report.\n"
                                 "Agenda Item No. 3 - Trade\nAction(s) Required: none.\n")
    assert is_committee_document("البند الثاني من جدول الأعمال: التقرير\nنص.\nالإجراءات اللازمة: تقرير.\n"
                                 "البند الثالث من جدول الأعمال\nالإجراءات اللازمة: لا شيء.\n")
    assert is_committee_document("البند رقم 4 في جدول الأعمال\nالإجراء المطلوب: تقرير.\n"
                                 "البند رقم 5 في جدول الأعمال\nالإجراءات المطلوبة: لا شيء.\n")


def test_a_page_that_mentions_an_agenda_once_is_not_a_committee_document():
    assert not is_committee_document("بند جدول الأعمال رقم: 2\nنظم سيسرك دورة تدريبية.\nالإجراءات اللازمة: لا شيء\n")


def test_every_record_points_at_the_original_lines_it_was_read_from(comcec):
    text = _read(COMCEC)
    lines = {r.title: r.line for r in comcec.records}
    assert lines["الاجتماع الواحد والأربعين للجنة المتابعة"] == 1
    assert lines["مؤتمر القمة الإسلامية الثالث عشر"] == 84
    for record in comcec.records:
        start, end = record.span
        assert 0 <= start < end <= len(text)
        day = record.start[-2:].lstrip("0")
        assert day in text[start:end]


def test_titles_are_read_across_broken_lines_and_composed_from_the_body_named_first(comcec):
    titles = [r.title for r in comcec.records]
    assert "الاجتماع الرابع والعشرون لمجموعة العمل التجارية" in titles      # «ستعقد مجموعة العمل التجارية الرابعة والعشرون»
    assert "الاجتماع الرابع والعشرون لفريق العمل المعني بالزراعة" in titles  # a word cut by a chunk break
    assert "الاجتماع الثالث عشر لمنتدى الكومسيك لمنظمي أسواق رأس المال" in titles  # «للمنتدى» resolved
    # the dated sentence gives no number; the action line does, its name cut by a chunk break (gold J19)
    assert "الاجتماع الرابع والعشرون لمجموعة العمل المعنية بالتخفيف من حدة الفقر" in titles


def test_meetings_of_comcec_bodies_carry_the_comcec_network(comcec):
    by_title = {r.title: r for r in comcec.records}
    assert by_title["الاجتماع الرابع والعشرون لفريق عمل السياحة"].networks == ("COMCEC",)
    assert by_title["اجتماع الوزراء ونواب الوزراء الموقرين"].networks == ("COMCEC",)  # «على هامش» a COMCEC session
    assert by_title["مؤتمر القمة الإسلامية الثالث عشر"].networks == ()
    assert by_title["الاجتماع الثامن عشر لمنتدى منظمة التعاون الإسلامي للتبادل التجاري"].networks == ()


def test_the_trade_preferential_system_is_an_agreement_in_force_from_its_day(comcec):
    agreements = [r for r in comcec.records if r.kind == "agreement"]
    assert [(a.start, a.programmes) for a in agreements] == [("2022-07-01", ("TPS-OIC",))]


def test_relations_name_their_subject_object_and_evidence(comcec):
    relations = {(rel.subject.id, rel.predicate, rel.object, rel.since)
                 for r in comcec.records for rel in r.relations}
    assert ("borsa-istanbul", "secretariatOf", "oicef", None) in relations
    assert ("cbrt", "secretariatOf", "OIC/COMCEC Central Banks Forum", None) in relations
    assert ("sesric", "implements", "OIC-VET", 2009) in relations
    assert all(s != o for s, _, o, _ in relations)
    text = _read(COMCEC)
    for record in comcec.records:
        for rel in record.relations:
            assert rel.subject.name.split()[0] in text[rel.span[0]:rel.span[1]]


def test_repaired_date_ranges_are_reported_with_their_line(comcec):
    assert {(p.line, p.severity) for p in comcec.problems} >= {(3, "warning"), (84, "warning"), (169, "warning")}


def test_an_activity_dated_only_by_month_or_year_gets_no_record():
    text = ("المادة 2 في جدول الأعمال\nستعقد مجموعات العمل اجتماعاتها في مايو 2025.\n"
            "وسيعقد الاجتماع التاسع عشر للمنتدى في عام 2025.\nالإجراء(ات) اللازم(ة): لا شيء.\n"
            "المادة 3 في جدول الأعمال\nالإجراء(ات) اللازم(ة): لا شيء.\n")
    assert is_committee_document(text)
    assert extract(text, "x.txt").records == []


def test_an_english_agenda_is_read_the_same_way():
    text = (GOLDEN / "comcec-english-agenda.txt").read_text(encoding="utf-8")
    records = extract(text, "en.txt").records
    meeting = records[0]
    assert (meeting.start, meeting.end, meeting.city, meeting.networks) == ("2025-10-23", "2025-10-24", "Ankara",
                                                                              ("COMCEC",))
    assert [r.kind for r in records] == ["event", "agreement", "event"]


AGENDA = ("المادة 2 في جدول الأعمال\nالإجراء(ات) اللازم(ة): ستنظر اللجنة في التقرير.\n"
          "المادة 3 في جدول الأعمال\nالإجراء(ات) اللازم(ة): ستنظر اللجنة في التقرير.\n")


def _one(sentence):
    records = extract(AGENDA + sentence + "\n", "variant.txt").records
    assert len(records) == 1, records
    return records[0]


def test_an_organising_verb_names_the_organiser_and_a_cooperation_cue_the_partners():
    record = _one("نظم سيسرك بالتعاون مع البنك الإسلامي للتنمية والمركز الإسلامي لتنمية التجارة ورشة عمل "
                  "حول تيسير التجارة في 5-6 مايو 2025 في الدار البيضاء بمشاركة 45 مشاركا من 20 بلدا.")
    assert (record.event_type, record.title) == ("workshop", "ورشة عمل حول تيسير التجارة")
    assert (record.start, record.end, record.city, record.country) == ("2025-05-05", "2025-05-06", "Casablanca", "MAR")
    assert [o.acronym for o in record.organisers] == ["SESRIC"]
    assert [o.acronym for o in record.partners] == ["IsDB", "ICDT"]
    assert (record.participants, record.participant_countries) == (45, 20)


def test_a_webinar_organised_in_a_relative_clause_is_online():
    record = _one("عقدت ندوة عبر الإنترنت حول التجارة الإلكترونية في ٣ يونيو ٢٠٢٥ نظمها المركز الإسلامي لتنمية التجارة.")
    assert (record.event_type, record.start, record.online, record.city) == ("webinar", "2025-06-03", True, None)
    assert [o.acronym for o in record.organisers] == ["ICDT"]


def test_a_session_dated_to_the_day_is_a_record():
    record = _one("ستعقد الدورة الحادية والأربعين للكومسيك المقرر انعقادها خلال الفترة 1-4 نوفمبر 2025 في إسطنبول.")
    assert (record.event_type, record.start, record.end, record.city) == ("session", "2025-11-01", "2025-11-04",
                                                                          "Istanbul")
    assert record.networks == ("COMCEC",)


def test_a_memorandum_signed_on_a_day_is_an_agreement_with_its_signatories():
    record = _one("وقع سيسرك والبنك الإسلامي للتنمية مذكرة تفاهم للتعاون في مجال الإحصاء في ١٢ مارس ٢٠٢٥ في جدة.")
    assert (record.kind, record.title, record.start) == ("agreement", "مذكرة تفاهم للتعاون في مجال الإحصاء",
                                                         "2025-03-12")
    assert [o.acronym for o in record.organisers] == ["SESRIC", "IsDB"]
    english = _one("SESRIC and the Islamic Development Bank signed a Memorandum of Understanding on 12 March 2025.")
    assert (english.kind, english.title) == ("agreement", "Memorandum of Understanding")


def test_a_state_that_hosts_a_meeting_is_its_venue_not_its_organiser():
    record = _one("وقد رحبت الدورة بقرارات الاجتماع الوزاري الرابع الذي استضافته جمهورية تركيا يومي 10-11 يونيو 2025.")
    assert (record.country, record.city, record.organisers) == ("TUR", None, ())


def test_an_offer_to_host_the_next_meeting_makes_no_organiser():
    record = _one("ورحبت الدورة بانعقاد الاجتماع السابع للمنتدى في 2 أكتوبر 2025 في إسطنبول، وعرض البنك المركزي "
                  "لجمهورية تركيا، بصفته أمين المنتدى، لاستضافة اجتماعه الثامن في عام 2026.")
    assert record.organisers == () and record.partners == ()


def test_pdf_damaged_arabic_without_an_agenda_is_read_by_the_fallback_shape():
    from loaders import SHAPES
    from loaders.comcec_doc import is_damaged_pdf_text

    assert SHAPES[-1][1] is is_damaged_pdf_text
    assert is_damaged_pdf_text(_read(COMCEC))
    assert not any(is_damaged_pdf_text(_read(name)) for name in OTHERS)
    lines = [line for line in _read(COMCEC).splitlines() if "جدول الأعمال" not in line and "الإجراء" not in line]
    result = extract_text("\n".join(lines) + "\n", "no-agenda.txt")
    assert len(result.records) == 15


def test_funding_and_chairing_cues_give_relations():
    record = _one("نفذت إندونيسيا مشروعا في إطار برنامج القدس التابع للكومسيك بتمويل من البنك الإسلامي للتنمية، "
                  "وعقد الاجتماع الأول للجنة الإحصائية لمنظمة التعاون الإسلامي برئاسة معهد الإحصاء التركي "
                  "في 4 مايو 2025.")
    relations = {(rel.subject.id, rel.predicate, rel.object) for rel in record.relations}
    assert ("isdb", "funds", "COMCEC Al-Quds Programme") in relations
    assert ("turkstat", "chairOf", "OIC-StatCom") in relations


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["في", "أنقرة.", "2025مايو", " 14-13", "للجنة", "الاجتماع", "الرابع", "والعشرون",
                                 "سيعقد", ")", "(", "\n\n", "TWG", "بصفتها أمانة", "المنتدى", "بورصة إسطنبول", "،",
                                 "الإجراء)ات( اللازم)ة(:", "في جدول الأعمال 2المادة", "٢٠٢٥", "وقع", "مذكرة تفاهم"]),
                max_size=60).map(" ".join))
def test_extract_never_raises_and_every_span_is_inside_the_text(text):
    result = extract(text, "fuzz.txt")
    for record in result.records:
        assert 0 <= record.span[0] <= record.span[1] <= len(text)


def test_organisation_spans_point_into_the_original_damaged_text():
    text = (GOLDEN / "comcec-damaged-variants.txt").read_text(encoding="utf-8")
    for record in extract(text, "v.txt").records:
        for rel in record.relations:
            start, end = rel.subject.span
            assert rel.subject.name.split()[0] in text[start:end]
    record = _one("نظم سيسرك بالتعاون مع البنك الإسلامي للتنمية ورشة عمل حول التجارة في 5 مايو 2025.")
    sentence = AGENDA + "نظم سيسرك بالتعاون مع البنك الإسلامي للتنمية ورشة عمل حول التجارة في 5 مايو 2025.\n"
    for org in record.organisers + record.partners:
        assert sentence[org.span[0]:org.span[1]] == org.name


def test_a_forum_held_on_a_day_is_a_forum_not_a_meeting_of_it():
    record = _one("سيعقد منتدى الأعمال الحلال الثاني في 7 أكتوبر 2025 في باكو.")
    assert (record.title, record.event_type, record.city) == ("منتدى الأعمال الحلال الثاني", "forum", "Baku")


_NAME = ["مجموعة", "عمل", "النقل"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["مجموعة", "لمجموعة", "عمل", "النقل", "الرابع", "الاجتماع", "x", "(", "ل",
                                 " ", "  ", "\n", "\t", "،"]), max_size=30))
def test_words_before_finds_what_the_plain_pattern_finds(parts):
    text = "".join(p if p.isspace() else p + " " for p in parts)
    plain = re.finditer(r"((?:\S+\s+){1,3})ل?" + r"\s+".join(map(re.escape, _NAME)), text)
    assert [(h.span(), h.group(1)) for h in _words_before(text, _NAME)] == [(h.span(), h.group(1)) for h in plain]


def test_words_before_finds_what_the_plain_pattern_finds_in_the_agenda():
    from loaders.pdftext import repair
    from loaders.registry import default_registry

    body = repair((CORPUS / "003_4313a17dbf0ecda5.txt").read_text(encoding="utf-8")).text
    found = 0
    for entry in default_registry().networks.values():
        for name in (n.split()[:3] for n in entry.names if len(n.split()) >= 3):
            plain = [h.span() for h in re.finditer(r"((?:\S+\s+){1,3})ل?" + r"\s+".join(map(re.escape, name)), body)]
            assert [h.span() for h in _words_before(body, name)] == plain
            found += len(plain)
    assert found >= 10


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 12)), max_size=25), st.booleans(),
       st.integers(-5, 70), st.integers(-5, 70))
def test_the_mentions_in_a_span_are_those_reading_every_mention_finds(spans, in_order, lo, hi):
    # the loader's windows (a bisect over the starts) against the plain filters they replace
    from loaders.comcec_doc import _Mentions
    from loaders.gazetteer import Mention
    from loaders.registry import Entry
    entry = Entry("organisations", "x", "X", "X", "اكس")
    plain = [Mention(entry, "x", start, start + length) for start, length in (sorted(spans) if in_order else spans)]
    mentions = _Mentions(plain)
    assert mentions.between(lo, hi) == [m for m in plain if lo <= m.start < hi]
    assert mentions.overlapping(lo, hi) == [m for m in plain if m.start < hi and m.end > lo]
    assert [m for m in mentions.before(lo) if m.end <= lo] == [m for m in plain if m.end <= lo]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="a\nب \r", max_size=30), st.integers(0, 40))
def test_the_line_of_an_offset_is_one_more_than_the_breaks_before_it(text, offset):
    from loaders.comcec_doc import _Lines
    assert _Lines(text).of(offset) == text.count("\n", 0, offset) + 1


_CUE_PARTS = ["ب", "وب", "صفت", "صفته", "وصفها", "ه", "ها", " ", "  ", "\n", "أمانة", "الأمين", "المنتدى", "بتمويل",
              "من", "برئاسة", "ينفذ", "تنفذ", "التنفيذ", "نفذ", "As", "as", "the", "Secretariat", "SECRETARİAT",
              "of", "funded", "FUNDED", "financed", "fınanced", "FİNANCED", "by", "chaired", "CHAİRED", "Chaired",
              "implements", "İMPLEMENTS", "implementſ", "IMPLEMENTS", "x", ".", "(", "ıs", "ſecretariat"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_CUE_PARTS), max_size=14))
def test_a_relation_cue_is_looked_for_whenever_its_pattern_matches(parts):
    # find_relations scans for a cue only in a text _holds says may hold it: a text it turns away has no match
    from loaders.comcec_doc import (CHAIRED_BY, CHAIRED_BY_WORDS, FUNDED_BY, FUNDED_BY_WORDS, IMPLEMENTS,
                                    IMPLEMENTS_WORDS, SECRETARIAT, SECRETARIAT_WORDS, _holds)
    text = "".join(parts)
    for cue, words in ((SECRETARIAT, SECRETARIAT_WORDS), (FUNDED_BY, FUNDED_BY_WORDS), (CHAIRED_BY, CHAIRED_BY_WORDS),
                       (IMPLEMENTS, IMPLEMENTS_WORDS)):
        if cue.full.search(text):
            assert _holds(text, text.lower(), words), (cue.pattern, text)


def test_the_relation_cue_gates_keep_every_cue_of_the_corpus():
    from loaders.comcec_doc import (CHAIRED_BY, CHAIRED_BY_WORDS, FUNDED_BY, FUNDED_BY_WORDS, IMPLEMENTS,
                                    IMPLEMENTS_WORDS, SECRETARIAT, SECRETARIAT_WORDS, _holds)
    from loaders.pdftext import repair
    texts = [repair(_read(name)).text for name in [COMCEC, *OTHERS]]
    texts += [p.read_text(encoding="utf-8") for p in sorted(GOLDEN.glob("*.txt"))]
    found = 0
    for text in texts:
        for cue, words in ((SECRETARIAT, SECRETARIAT_WORDS), (FUNDED_BY, FUNDED_BY_WORDS),
                           (CHAIRED_BY, CHAIRED_BY_WORDS), (IMPLEMENTS, IMPLEMENTS_WORDS)):
            if cue.full.search(text):
                found += 1
                assert _holds(text, text.lower(), words)
    assert found >= 5  # the corpus and golden texts hold cues of each kind: the test reads real ones


def test_the_latin_letters_are_every_character_a_case_blind_latin_letter_matches():
    # _phrase reads English names only where a Latin letter is: EN_EVENT's head words are case-blind
    from loaders.comcec_doc import _LATIN_LETTER
    blind = re.compile("(?i)[a-z]")
    assert [c for c in map(chr, range(0x10000)) if blind.fullmatch(c)] == \
        [c for c in map(chr, range(0x10000)) if _LATIN_LETTER.fullmatch(c)]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(["the", "The", "25th", "Meeting", "MEETİNG", "ſession", "Session", "of", "COMCEC",
                                 "اجتماع", "الدورة", " ", "\n", "2025", "Forum", "ورشة", "-", "OIC"]), max_size=10))
def test_an_english_activity_name_is_found_only_where_a_latin_letter_is(parts):
    from loaders.comcec_doc import EN_EVENT, _LATIN_LETTER
    text = "".join(parts)
    if EN_EVENT.search(text):
        assert _LATIN_LETTER.search(text)


def _name_end_word_by_word(body, start, limit, mentions):
    """_name_end as first written: every word listed first, each asked whether a mention holds it and whether it
    holds a cut character (the reference for the test below)."""
    from loaders.comcec_doc import _EN_STOPS, _HOLDS_AT, _STOPS, ORDINAL_WORDS
    from loaders.pdftext import word_key
    end = start
    words = [(m.start() + start, m.end() + start, m.group(0)) for m in re.finditer(r"\S+", body[start:limit])]
    near = mentions.overlapping(start, limit)
    genitive = False
    for k, (a, b, word) in enumerate(words):
        inside = any(m.start < a < m.end for m in near)
        cut = _HOLDS_AT.search(word)
        if cut and not inside:
            if cut.start() > 0:
                end = a + cut.start()
            break
        key = word_key(word)
        if k > 0 and not inside and word[:1].isascii():
            if key in _EN_STOPS:
                break
        elif k > 0 and not inside:
            if key in _STOPS:
                break
            nxt = word_key(words[k + 1][2]) if k + 1 < len(words) else ""
            ok = (k == 1 or key.startswith(("ال", "وال", "لل", "ل", "بال")) or key in ORDINAL_WORDS
                  or key == "حول" or (key.startswith("و") and nxt.startswith("ال"))
                  or (genitive and not key.startswith("و")))
            if not ok:
                break
            genitive = genitive or key == "حول" or (key.startswith("ل") and not key.startswith("ال"))
        end = b
    return end


_NAME_PARTS = ["الاجتماع", "الرابع", "والعشرين", "لمجموعة", "عمل", "التجارة", "حول", "في", "يوم", "ورشة", "تدريبية",
               "و", "الدولية", "،", ",", ".", "(", ")", "«", "»", " ", "  ", "\n", "the", "Meeting", "of", "on", "held",
               "لجنة،", "عمل.", "x(y)", "كما"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_NAME_PARTS), max_size=16), st.lists(st.tuples(st.integers(0, 80), st.integers(1, 25)),
       max_size=6), st.booleans(), st.integers(0, 20), st.integers(0, 90))
def test_the_end_of_a_name_is_where_reading_every_word_ends_it(parts, spans, in_order, start, limit):
    from loaders.comcec_doc import _Mentions, _name_end
    from loaders.gazetteer import Mention
    from loaders.registry import Entry
    body = " ".join(parts)
    entry = Entry("organisations", "x", "X", "X", "اكس")
    mentions = _Mentions([Mention(entry, "x", s, s + n) for s, n in (sorted(spans) if in_order else spans)])
    assert _name_end(body, start, limit, mentions) == _name_end_word_by_word(body, start, limit, mentions)


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(["استضافت", "لاستضافتها", "استضاف", "تركيا", "في", " ", "  ", "\n", "x", "ستضاف"]),
                max_size=10), st.integers(0, 30), st.integers(0, 80))
def test_the_hosting_word_is_the_one_a_search_of_the_sentence_alone_finds(parts, start, end):
    # _record asks for the hosting word in the body between start and end, only where «استضاف» is
    from loaders.comcec_doc import _HOST_WORD
    body = "".join(parts)
    alone = re.search(r"\S*استضاف\S*", body[start:end])
    found = _HOST_WORD.search(body, start, end) if "استضاف" in body[start:end] else None
    assert (found and (found.start(), found.end())) == (alone and (start + alone.start(), start + alone.end()))


def test_a_text_that_names_no_place_has_no_venue():
    from loaders.comcec_doc import find_venue
    from loaders.registry import default_registry
    assert find_venue("", default_registry()) == find_venue(" \n", default_registry()) == (None, None)
    assert find_venue(" أنقرة ", default_registry()) == ("Ankara", "TUR")
