"""The activity-report loader: agreements, one record per bullet, roles, frames, dates, and the score on 004."""
from difflib import SequenceMatcher
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from conftest import CORPUS, gold_lines, score

from loaders import extract_text, sesric_report
from loaders.sesric_report import extract, is_activity_report, split_bullets

REPORT = "004_3bbcf9ea6f343b1b.txt"
GOLDEN = Path(__file__).resolve().parent / "golden"
GOLDEN_CASES = sorted(p.stem for p in GOLDEN.glob("report-*.txt"))


@pytest.fixture(scope="module")
def report():
    text = (CORPUS / REPORT).read_text(encoding="utf-8")
    return text, extract(text, REPORT)


def _bullet(title_words: str, body: str) -> str:
    return f"1. قسم\n\nمنذ الدورة السابقة، نفذ سيسرك الأنشطة التالية:\n\n- {title_words}: {body}\n"


def test_the_report_meets_the_issue_targets_on_its_gold(report, tmp_path):
    _, result = report
    figures = score(gold_lines(REPORT), [r.to_json() + "\n" for r in result.records], tmp_path,
                    "--sources", REPORT)
    assert figures["records"]["overall"]["f1"] >= 0.97
    assert figures["slot_f1"] >= 0.95


def test_every_agreement_row_is_signed_by_the_author_and_the_partner(report):
    _, result = report
    agreements = [r for r in result.records if r.kind == "agreement"]
    assert len(agreements) == 13
    assert all(r.organisers[0].acronym == "SESRIC" and len(r.organisers) == 2 for r in agreements)
    # «05 دیسمبر 2024» is written with a Persian yeh (004 l.47)
    wdo = next(r for r in agreements if "WDO" in r.title)
    assert (wdo.start, wdo.end, wdo.organisers[1].acronym) == ("2024-12-05", "2024-12-05", "WDO")


def test_a_database_or_an_agenda_line_is_not_an_activity(report):
    _, result = report
    assert not any("قاعدة البيانات" in r.title for r in result.records)
    assert not any(r.title.startswith("التجارة البينية") for r in result.records)


def test_an_activity_reported_in_two_sections_gives_two_records_with_one_key(report):
    _, result = report
    senegal = [r for r in result.records if r.event_type == "workshop" and "سياحة فنون الطبي" in r.title
               and r.title.startswith("تعزيز الشراكات")]
    assert [r.line for r in senegal] == [97, 140]
    assert senegal[0].key == senegal[1].key
    # «10- 03 سبتمبر» on l.97 is «01- 03» with the first day's digits reversed, as l.140 writes it
    assert {(r.start, r.end) for r in senegal} == {("2025-09-01", "2025-09-03")}
    webinars = [r for r in result.records if r.start == "2024-12-04"]
    assert len(webinars) == 2
    assert SequenceMatcher(None, webinars[0].key, webinars[1].key).ratio() > 0.95


def test_every_record_carries_the_bullet_it_came_from(report):
    text, result = report
    for record in result.records:
        start, end = record.span
        assert text[start:end].strip() == record.quote
        assert text.count("\n", 0, start) + 1 == record.line
        for org in record.organisers + record.partners:
            assert 0 <= org.span[0] < org.span[1] <= len(text)


def test_damaged_days_are_repaired_when_one_reading_exists_and_reported_otherwise(report):
    _, result = report
    by_line = {r.line: r for r in result.records}
    assert (by_line[105].start, by_line[105].end) == ("2024-11-07", "2024-11-08")  # «07 و80 نوفمبر»
    assert by_line[189].start == "2025-02-04"  # «40 فبراير»
    assert (by_line[255].start, by_line[255].end) == ("2025-03-25", "2025-03-26")  # «26-25 مارس»
    assert by_line[109].start is None and by_line[157].start is None  # «0.90 أبريل», «23-23 سبتمبر»
    warned = {p.line for p in result.problems}
    assert {105, 109, 157, 189, 203, 255, 256} <= warned


def test_partners_come_from_collaboration_presenters_funders_and_hosts(report):
    _, result = report
    by_line = {r.line: r for r in result.records}
    assert {o.acronym for o in by_line[84].partners} == {"AITRS", "ESCWA"}  # «بالتعاون مع»
    assert "PCCC" in {o.acronym for o in by_line[148].partners}  # «خبراء مختصون من»
    assert [o.acronym for o in by_line[140].partners] == ["COMCEC"]  # «الممول من الكومسيك»
    assert by_line[140].programmes == ("COMCEC Project Funding",)
    assert {o.acronym for o in by_line[256].partners} == {"ILO", None}  # «استضاف المركز مكتب …»
    # beneficiaries are not partners: «لجمع مهنيي وخبراء الإحصاءات من مكتب الإحصاء الباكستاني»
    assert [o.name for o in by_line[83].partners] == ["الجهاز المركزي للإحصاء في إندونيسيا"]


def test_a_second_organiser_is_read_after_the_verb(report):
    _, result = report
    meeting = next(r for r in result.records if r.line == 98)
    assert [o.acronym for o in meeting.organisers] == ["SESRIC", "KOBIA"]
    assert (meeting.city, meeting.country, meeting.online) == ("Baku", "AZE", False)
    assert meeting.networks == ("OIC-SMENET",)


def test_a_programme_only_discussed_is_not_the_activity_frame(report):
    _, result = report
    by_line = {r.line: r for r in result.records}
    assert by_line[255].programmes == ("DIGI-CaB",)  # TDCP is discussed in a later sentence
    assert by_line[154].programmes == ("StatCaB",)  # UN-Water's IMI-SDG6 is its own initiative


def test_a_variant_bullet_with_an_unknown_partner_and_arabic_indic_digits_is_read():
    text = _bullet("ورشة عمل حول 'إحصاءات المياه'",
                   "في إطار برنامج سيسرك لبناء القدرات الإحصائية (StatCaB)، وبالتعاون مع وزارة الموارد المائية "
                   "في جمهورية العراق، نظم سيسرك ورشة عمل حول \"إحصاءات المياه\" خلال فترة ٠٧-٠٩ يوليو ٢٠٢٥ "
                   "في بغداد، العراق. وشارك في الورشة 45 مشاركا من 12 بلدا.")
    assert is_activity_report(text + text.split("\n\n")[-1] * 2)
    record = extract(text, "v.txt").records[0]
    assert (record.event_type, record.start, record.end) == ("workshop", "2025-07-07", "2025-07-09")
    assert (record.city, record.country, record.online) == ("Baghdad", "IRQ", False)
    assert [o.name for o in record.partners] == ["وزارة الموارد المائية في جمهورية العراق"]
    assert record.programmes == ("StatCaB",)
    assert (record.participants, record.participant_countries) == (45, 12)


def test_a_year_far_from_the_reports_other_dates_is_kept_and_reported(report):
    _, result = report
    record = next(r for r in result.records if r.line == 138)
    assert record.start == "2021-05-06"
    assert any(p.line == 138 and "2021" in p.message for p in result.problems)


def test_an_english_report_is_read_the_same_way():
    text = (GOLDEN / "report-en-variants.txt").read_text(encoding="utf-8")
    result = extract(text, "en.txt")
    course = next(r for r in result.records if r.event_type == "training_course")
    assert [o.acronym for o in course.partners[:2]] == ["CCP", "MyCC"]
    assert (course.participants, course.participant_countries, course.programmes) == (68, 37, ("CA-CaB",))
    webinar = next(r for r in result.records if r.event_type == "webinar")
    assert webinar.online is True and webinar.programmes == ("CA-CaB",)
    visit = next(r for r in result.records if r.event_type == "study_visit")
    assert (visit.start, visit.online) == ("2025-03-03", True)  # «virtually», Arabic-Indic digits
    meeting = next(r for r in result.records if r.event_type == "meeting")
    assert [o.acronym for o in meeting.organisers] == ["SESRIC", "KOBIA"]


def test_a_bullet_cut_by_a_page_break_is_one_bullet():
    text = "- دورة حول 'أ' خلال فترة\n\n 14 مايو 2025، وقدمها خبراء.\n- ندوة حول 'ب'.\n"
    assert [b.text.split()[0] for b in split_bullets(text)] == ["دورة", "ندوة"]
    assert "14 مايو" in split_bullets(text)[0].text


def test_news_pages_and_committee_documents_are_not_reports():
    for name in ("000_272770b36fcd7c81.txt", "002_3f67964ab990a2d2.txt", "003_4313a17dbf0ecda5.txt"):
        assert not is_activity_report((CORPUS / name).read_text(encoding="utf-8"))
    assert extract_text((CORPUS / REPORT).read_text(encoding="utf-8"), REPORT).shape == "report"


def test_there_are_golden_reports_in_arabic_and_english():
    assert {"report-ar-variants", "report-en-variants"} <= set(GOLDEN_CASES)


def test_bullets_without_a_heading_numbered_items_and_agreement_bullets_are_read():
    text = (GOLDEN / "report-mixed-layouts.txt").read_text(encoding="utf-8")
    records = extract(text, "mixed.txt").records
    assert [r.kind for r in records] == ["agreement", "agreement", "event", "event", "event"]
    assert [o.acronym for o in records[1].organisers] == ["SESRIC", "BBS"]
    assert records[0].organisers[1].name == "وزارة الاقتصاد والتخطيط في المملكة العربية السعودية"
    assert [(r.event_type, r.title) for r in records[2:]] == [
        ("workshop", "تمويل المشاريع الصغيرة"), ("training_course", "إحصاءات الزراعة"),
        ("training_course", "Agricultural Statistics")]
    assert records[2].city == "Jeddah" and [o.acronym for o in records[2].partners] == ["IsDB"]


def test_an_english_report_names_its_author_before_the_verb_and_its_host_as_organiser():
    text = (GOLDEN / "report-en-comcec-style.txt").read_text(encoding="utf-8")
    course, workshop, webinar = extract(text, "en.txt").records
    assert [o.acronym for o in course.organisers] == ["SESRIC"]  # not "OIC", named in "OIC countries"
    assert "SESRIC" not in {o.acronym for o in course.partners}
    assert "General Authority for Competition of Saudi Arabia" in {o.name for o in course.partners}
    assert [o.name for o in workshop.organisers][1:] == ["Tourism Committee of the Republic of Uzbekistan"]
    assert (workshop.start, workshop.end, workshop.city) == ("2025-03-11", "2025-03-12", "Tashkent")
    assert ("UN Economic Commission for Africa", "UNECA") in {(o.name, o.acronym) for o in webinar.partners}


def test_every_golden_report_is_recognised_as_a_report():
    for stem in GOLDEN_CASES:
        assert is_activity_report((GOLDEN / f"{stem}.txt").read_text(encoding="utf-8")), stem


def test_a_truncated_bullet_is_kept_and_reported_with_its_line():
    text = ("1. قسم\n\n- ورشة عمل حول 'أ': نظم سيسرك ورشة عمل حول \"أ\" بتاريخ 3 مارس 2025.\n"
            "- ندوة عبر الإنترنت حول 'ب': نظم سيسرك ندوة عبر الإنترنت حول \"ب\" خلال فترة\n")
    result = extract(text, "cut.txt")
    assert [r.title for r in result.records] == ["أ", "ب"]
    assert result.records[1].start is None
    assert any(p.line == 4 and "no date" in p.message for p in result.problems)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([
    "- ", "• ", "1. ", "\n", "\t", "دورة تدريبية حول '", "': ", "نظم سيسرك ", "بالتعاون مع ", "وزارة المالية ",
    "(ABC)", "، ", "خبراء من ", "بتاريخ ", "40 فبراير 2025", "26-25 مارس", "في أنقرة", ".", "Workshop on ‘",
    "’: ", "in collaboration with the ", "Ministry of Finance", " and the ", "on 3-4 May 2025", "مذكرة تفاهم مع ",
    "تاريخ الاتفاق\tالشركاء\n", "12 يناير 2025\t", "٢٠٢٥", "(", ")", "«", "»"]), max_size=60))
def test_extract_never_raises_and_keeps_spans_inside_the_text(pieces):
    text = "".join(pieces)
    for record in extract(text, "fuzz.txt").records:
        start, end = record.span
        assert 0 <= start <= end <= len(text)
        for org in record.organisers + record.partners:
            assert org.span is None or 0 <= org.span[0] <= org.span[1] <= len(text)


def test_venues_with_a_city_word_and_online_by_video_are_read():
    text = ("1. قسم\n"
            "- ورشة عمل حول 'أ': نظم سيسرك ورشة عمل حول \"أ\" خلال الفترة 28 فبراير - 2 مارس 2025 في مدينة "
            "إسطنبول، بمشاركة 30 ممثلا عن 12 دولة.\n"
            "- ندوة حول 'ب': نظم سيسرك ندوة حول \"ب\" يوم 5 مايو 2025 عبر تقنية الاتصال المرئي.\n")
    workshop, seminar = extract(text, "v.txt").records
    assert (workshop.start, workshop.end) == ("2025-02-28", "2025-03-02")
    assert (workshop.city, workshop.online) == ("Istanbul", False)
    assert (workshop.participants, workshop.participant_countries) == (30, 12)
    assert (seminar.event_type, seminar.online, seminar.city) == ("seminar", True, None)


def test_the_activities_reported_twice_become_one_activity_each_and_no_other_merges(report):
    from graph.merge import merge_keys

    _, result = report
    merged = merge_keys(result.records)
    lines: dict[tuple, list[int]] = {}
    for record in merged:
        lines.setdefault((record.kind, record.start, record.event_type, record.key), []).append(record.line)
    assert sorted(v for v in lines.values() if len(v) > 1) == [[91, 175], [97, 140], [231, 261]]


def test_an_english_list_without_articles_is_split_into_its_names():
    text = ("1. Trade\n• Workshop on ‘Statistics’: SESRIC organised a workshop on “Statistics” on 3 May 2025. "
            "It was delivered by experts from Malaysia Competition Commission, General Authority for Competition "
            "of Saudi Arabia, Turkish Competition Authority and Competition Commission of Pakistan and benefited "
            "40 participants.\n")
    partners = [o.name for o in extract(text, "en.txt").records[0].partners]
    assert "General Authority for Competition of Saudi Arabia" in partners
    assert len(partners) == 4


def test_a_news_page_listing_a_few_workshops_stays_a_news_page():
    text = ("سيسرك ينظم برنامجا تدريبيا\nالتاريخ : 12 مايو 2025\nمكان الانعقاد: أنقرة - تركيا\n\n"
            "نظم سيسرك برنامجا تدريبيا شمل:\n- ورشة عمل حول الإحصاء\n- ورشة عمل حول المسوح\n"
            "- دورة تدريبية حول التعداد\n")
    assert not is_activity_report(text)
    assert extract_text(text, "news.txt").shape == "news"


def test_a_hybrid_activity_is_neither_online_nor_in_person():
    text = ("1. قسم\n- ورشة عمل حول 'أ': نظم سيسرك ورشة عمل حول \"أ\" يوم 3 مارس 2025 في أنقرة بشكل هجين.\n"
            "- Workshop on ‘B’: SESRIC organised a workshop on “B” on 3 March 2025 in Ankara in a hybrid format.\n")
    assert [(r.city, r.online) for r in extract(text, "h.txt").records] == [("Ankara", None), ("Ankara", None)]


def test_a_later_sentence_that_frames_the_activity_names_its_programme():
    text = ("1. قسم\n- دورة تدريبية حول 'أ': نظم سيسرك دورة تدريبية حول \"أ\" يوم 3 مارس 2025 في أنقرة. "
            "وجاءت الدورة في إطار برنامج سيسرك لبناء القدرات الإحصائية (StatCaB).\n"
            "- Workshop on ‘B’: SESRIC organised a workshop on “B” on 3 March 2025. The workshop was held under "
            "the Youth Capacity Building Programme (Youth-CaB).\n")
    assert [r.programmes for r in extract(text, "f.txt").records] == [("StatCaB",), ("Youth-CaB",)]


def test_the_date_is_the_one_of_the_organised_activity_not_of_a_meeting_it_recalls():
    text = ("1. قسم\n- الاجتماع الخامس للشبكة: استعرض المشاركون خطة العمل التي اعتمدت في الاجتماع الرابع الذي "
            "عقد في 29 فبراير 2024. ونظم سيسرك الاجتماع الخامس يوم 23 أكتوبر 2025 في أنقرة.\n")
    record = extract(text, "d.txt").records[0]
    assert (record.start, record.city) == ("2025-10-23", "Ankara")


def test_an_agreements_table_laid_out_with_spaces_is_read():
    text = ("SESRIC signed the following agreements:\n\n"
            "No.    Partner                                                   Date of Signature\n"
            "1.     State Agency for Public Service and Social Innovations (SAPSSI)    14 November 2024\n"
            "2.     National Institute of Statistics of Guinea (INS)           08 January 2025\n")
    records = extract(text, "t.txt").records
    assert [(r.kind, r.start) for r in records] == [("agreement", "2024-11-14"), ("agreement", "2025-01-08")]
    assert [r.organisers[-1].acronym for r in records] == ["SAPSSI", "INS"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([" ", "  ", "\n", "\u00a0", ":", "؛", "ندوة", "حول", "'أ'", "نظم", "في إطار", "x",
                                 "SESRIC", "held", "organised", "تم"]), max_size=30).map("".join))
def test_the_heading_ends_where_its_pattern_starts(body):
    # _heading_end finds the colon first (a pattern opening with \s* is entered at every place)
    m = sesric_report.HEADING_END.search(body, 0, 700)
    if m is not None:
        assert sesric_report._heading_end(body) == m.start()


def test_every_bullet_heading_of_the_sample_report_ends_where_its_pattern_starts():
    report = next(Path(__file__).parent.parent.glob("data/corpus/004_*.txt")).read_text(encoding="utf-8")
    found = 0
    for bullet in sesric_report.split_bullets(report):
        m = sesric_report.HEADING_END.search(bullet.text, 0, 700)
        if m is not None:
            found += 1
            assert sesric_report._heading_end(bullet.text) == m.start()
    assert found > 50


def test_the_main_verb_read_from_the_reports_one_scan_is_the_one_read_in_the_bullet():
    report = next(Path(__file__).parent.parent.glob("data/corpus/004_*.txt")).read_text(encoding="utf-8")
    found = 0
    for bullet in sesric_report.split_bullets(report):
        for at in (bullet.start, bullet.start + sesric_report._heading_end(bullet.text), bullet.start + 5):
            tail = report[at:bullet.end]
            verb = sesric_report._main_verb(tail)
            found += verb is not None
            assert sesric_report._main_verb(tail, report, at) == verb
            verbs = sesric_report.ORGANISER_VERB.finditer_within(report, bullet.start, bullet.end)
            assert sesric_report._main_verb(tail, report, at, verbs) == verb
    assert found > 100
    # a verb right after an Arabic letter starts no word in the report, but starts the part read alone
    assert sesric_report._main_verb("نظم المركز ", "ونظم المركز ", 1) == sesric_report._main_verb("نظم المركز ") == 0


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from([" ", "  ", "\n", "\t", "\u00a0", "،", ",", " ، ", "and", "AND", "And", "و", "وا", "x",
                                 "ب", "(", ")", "ال", "a", "n", "d", "İ", "ſ"]), max_size=20).map("".join), st.data())
def test_the_item_splits_are_those_of_the_led_pattern(text, data):
    a = data.draw(st.integers(0, len(text)))
    b = data.draw(st.integers(a, len(text)))
    assert [(m.span(), m.group(0)) for m in sesric_report._ITEM_SPLIT.finditer(text, a, b)] == \
           [(m.span(), m.group(0)) for m in sesric_report.ITEM_SPLIT.finditer(text, a, b)]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["بلدان ", "دول ", "الدول ", "الأعضاء في ", "أعضاء ", "Member States of ", "MEMBER ",
                                 "countries of ", "COUNTRIES OF ", "ال", " ", "x", "منظمة", "the ", "ſ", "İ"]),
                max_size=8).map("".join))
def test_the_membership_words_are_in_every_text_the_membership_pattern_matches(before):
    if sesric_report.MEMBERSHIP.search(before):
        assert sesric_report._membership_words(before)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from([" ", "  ", "\n", "\u00a0", "ال", "ا", "ل", "ب", "الب", "x", "،", "\u064b", "(", "لل",
                                 "البنك", "الإسلامي", "و", "المركز", "الوكالة", "مجموعة"]), max_size=14).map("".join), st.data())
def test_the_glued_heads_are_the_matches_of_their_pattern(text, data):
    a = data.draw(st.integers(0, len(text)))
    b = data.draw(st.integers(a, len(text)))
    is_head = sesric_report._is_head
    assert sesric_report._glued_heads(text, a, b) == [
        m.start(2) for m in sesric_report.GLUED_HEAD.finditer(text, a, b)
        if is_head(m.group(2)) and m.group(1).startswith("ال") and not is_head(m.group(1))]


def test_every_letter_an_item_lead_may_open_with_is_a_lead_first():
    # _items tries its leads («كل من», "the", "and" …) only where the item's first letter may open one
    import sys
    firsts = {lead[0] for lead in sesric_report._LEADS}
    opening = {chr(c) for c in range(sys.maxunicode + 1) if chr(c).lower()[:1] in firsts}
    assert opening <= sesric_report._LEAD_FIRST


def test_an_item_ends_with_a_trailing_and_only_when_its_last_letter_is_one_of_and():
    # _items reads _TRAILING_AND only where the item ends with «و», "d" or "D"
    import sys
    for c in map(chr, range(sys.maxunicode + 1)):
        if sesric_report._TRAILING_AND.search(" an" + c) or sesric_report._TRAILING_AND.search(" " + c):
            assert c in "وdD", hex(ord(c))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([" ", "\n", "،", "وزارة ", "هيئة المنافسة ", "في باكستان ", "Ministry ", "of ", "Trade ",
                                 "CCP", ")", "[", "X", "(", "\uff08"]), max_size=14).map("".join))
def test_a_list_item_names_a_body_by_its_acronym_only_with_a_parenthesis(lead):
    # _clause_organisations asks discover and PAREN_ACRONYM only about items that hold «(»
    if "(" not in lead:
        assert sesric_report.discover(lead, []) == []
        assert sesric_report.PAREN_ACRONYM.search(lead) is None


def _sentence_around(body, offset):  # the sentence's span as the loader read it before _sentence_of
    offset = offset or 0
    start = 0
    for m in sesric_report.SENTENCE_END.finditer(body):
        if m.start() >= offset:
            return start, m.end()
        start = m.end()
    return start, len(body)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from([" ", "\n", ".", "؛", "?", "؟", "!", ";", "x", "نظم", "1.5", ". ", "\u00a0"]),
                max_size=20).map("".join), st.data())
def test_the_sentence_around_an_offset_is_read_from_the_bullets_sentence_ends(body, data):
    sentences = sesric_report._Sentences(body)  # read as far as asked, the questions in any order
    for _ in range(3):
        base = data.draw(st.integers(0, len(body)))
        offset = data.draw(st.one_of(st.none(), st.integers(0, len(body) - base)))
        assert sesric_report._sentence_of(sentences, offset, base) == _sentence_around(body[base:], offset)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from([" ", "\n", "و", "ونظم ", "نظم ", "نظمت\n", "عقد ", "وعقدت ", "organised ", "held ",
                                 "convened\t", "Organized ", "x", "ا", "_", "ونظم"]), max_size=14).map("".join), st.data())
def test_the_organiser_verbs_from_a_later_place_are_those_read_from_an_earlier_one(text, data):
    # a bullet's verbs are read once (ORGANISER_VERB.finditer_within) and those from its heading's end taken
    # from them: a verb never starts inside another
    early = data.draw(st.integers(0, len(text)))
    late = data.draw(st.integers(early, len(text)))
    end = data.draw(st.integers(late, len(text)))
    verbs = sesric_report.ORGANISER_VERB.full
    assert [m.span() for m in verbs.finditer(text, early, end) if m.start() >= late] == \
           [m.span() for m in verbs.finditer(text, late, end)]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from([" ", "\n", "و", "ونظم ", "نظم ", "نظمت\n", "عقد ", "held ", "organised ", "x", "ا", "_",
                                 "ونظم"]), max_size=14).map("".join), st.data())
def test_a_bullets_organiser_verbs_are_the_reports_that_end_in_it(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    verbs = sesric_report.ORGANISER_VERB.full.finditer(text)
    verbs = list(verbs), [v.start() for v in sesric_report.ORGANISER_VERB.full.finditer(text)]
    bullet = sesric_report.Bullet(start, end, text[start:end])
    assert [m.span() for m in sesric_report._bullet_verbs(verbs, bullet)] == \
           [m.span() for m in sesric_report.ORGANISER_VERB.full.finditer(text, start, end)]
    # the main verb of a part read alone, from the report's verbs, also where the part starts inside a word
    at = data.draw(st.integers(start, end))
    assert sesric_report._main_verb(text[at:end], text, at, sesric_report._bullet_verbs(verbs, bullet)) == \
           sesric_report._main_verb(text[at:end])


def test_every_bullet_of_the_sample_report_starts_after_a_space_or_a_tab():
    # so the verbs read in the report are those of the bullet read alone (_body_event_type)
    report = next(Path(__file__).parent.parent.glob("data/corpus/004_*.txt")).read_text(encoding="utf-8")
    bullets = sesric_report.split_bullets(report)
    assert bullets and all(report[b.start - 1] in " \t" for b in bullets)
    for b in bullets:
        alone = [m.span() for m in sesric_report.ORGANISER_VERB.full.finditer(b.text)]
        assert [(m.start() - b.start, m.end() - b.start)
                for m in sesric_report.ORGANISER_VERB.finditer_within(report, b.start, b.end)] == alone


def test_the_latin_letters_of_the_hybrid_words_match_only_their_own_two_cases():
    # _may_be_hybrid looks for them in the lower case of the text
    import re
    import sys
    letters = {c for w in sesric_report._HYBRID_WORDS for c in w if c.isascii()}
    for c in letters:
        blind = re.compile(re.escape(c), re.IGNORECASE)
        assert {chr(u) for u in range(sys.maxunicode + 1) if blind.fullmatch(chr(u))} == {c, c.upper()}


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from([" ", "\n", "'", "«", "»", "هجين", "مختلط", "حضوريا", "حضوري", "و", "عبر", "عن", "x",
                                 "hybrid", "HYBRİD", "in", "person", "PERSON", "and", "online", "virtually", "ſ"]),
                max_size=16).map("".join), st.data())
def test_a_sentence_that_may_be_read_as_hybrid_is_never_skipped(body, data):
    prefix = data.draw(st.one_of(st.none(), st.sampled_from(["", "ندوة حضوري", "Hybrid workshop", "ورشة"])))
    a = data.draw(st.integers(0, len(body)))
    b = data.draw(st.integers(a, len(body)))
    said = sesric_report._without_quotes(prefix or "") + " " + sesric_report._without_quotes(body[a:b])
    if sesric_report.HYBRID.search(said):
        assert sesric_report._may_be_hybrid(prefix, body, (a, b))


def test_a_mention_read_through_the_memo_is_what_from_mention_reads(report):
    from loaders.resolve import from_mention
    text, _ = report
    registry = sesric_report.default_registry()
    orgs, _ = sesric_report._gazetteers(registry)
    mentions = orgs.find(text)
    assert len(mentions) > 100
    for _ in range(2):  # the memo empty, then full
        assert [sesric_report._from_mention(m) for m in mentions] == [from_mention(m) for m in mentions]


def test_a_names_keys_are_its_bare_words_and_its_bare_form_without_a_locator():
    for name in ("المعهد الوطني للسلامة والصحة المهنية في ماليزيا", "Ministry of Trade in Malaysia", "مكتب", ""):
        words, located = sesric_report._name_keys(name)
        assert words == tuple(sesric_report.bare(name).split())
        assert located == sesric_report.bare(sesric_report.LOCATOR.sub("", name))
