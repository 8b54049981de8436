"""loaders.scan.Led finds exactly what the pattern it wraps finds, on any text and any slice of it."""
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders import comcec_doc, common, dates, pdftext, sesric_news, sesric_report
from loaders.scan import Led, _literal_places, _literals

# The loaders' led patterns, as they use them (wrapped), and a case-blind one with letters
# whose case forms are not plain ASCII: «İ» and «ı» match «i», «ſ» matches «s», «K» matches «k».
PATTERNS = [getattr(sesric_report, name) for name in (
    "PARTNER_CUE", "FUNDER_CUE", "PRESENTERS", "PRESENTED_BY", "CONTRIBUTED", "HOSTED", "HOSTED_BY", "ORGANISER_VERB",
    "HYBRID", "PUBLICATION_BODY",
    "FRAME_CUE")] + [dates._DAY_FIRST, dates._YEAR_FIRST, dates._MONTH_FIRST, common._COUNTRY_COUNT, common._ONLINE_STEMS, common._PARTICIPANTS,
                     comcec_doc.SECRETARIAT, comcec_doc.FUNDED_BY, comcec_doc.CHAIRED_BY, comcec_doc.IMPLEMENTS,
                     sesric_news._OCCASION, sesric_news.CHAIR, sesric_news.SECRETARIAT] + [
    Led(re.compile(r"(?=[skب])(?:sık|kis|بال\w+)(?!\s+by)", re.IGNORECASE)),
    # Two that skip to a rarer letter among their first three (anchors), with optional and
    # case-blind first letters, assertions before and after.
    Led(re.compile(r"(?=[وتks])(?:و?تمويل|(?<![ا-ي])تمول\s|\bkasım\b|sk?z|تم(?!x))", re.IGNORECASE)),
    Led(re.compile(r"(?=[اب])(?:الممول|بتمويل|ا[لم]ظظ)")), pdftext._MIRRORED, pdftext._PROPER] + [
    # Led.leading: the lead read from the pattern
    comcec_doc.HOLD_VERB, comcec_doc.EVENT_HEAD, comcec_doc.ORGANISE, comcec_doc.PARTNER, comcec_doc.SIGNED,
    comcec_doc.IN_FORCE, comcec_doc.MARGINS, sesric_report.FRAME_END, sesric_report.BODY_TITLE,
    sesric_report.ACTIVITY_CAME, sesric_report.MONTH_ONLY, sesric_report.CLAUSE_END, sesric_report.ITEM_SPLIT,
    comcec_doc.ACTION_LINE, pdftext._PROPER,
    # count words read case-blind, one of them with a "-" first ("-member") and one with a named group
    common._WORD_PEOPLE_NOUN, common._MEMBERS, common._TOOK_PART, common._WORD_ATTENDEES, Led.leading(common._WORD_PEOPLE)]
# Pieces of the cues and their neighbours, so random texts hold many near and whole matches.
PIECES = ["بالتعاون", " مع ", "بتمويل", " من ", "خبراء", "وخبير", "نظم ", "عقدت ", "في إطار", "ضمن", "استضاف",
          "ساهمت ", "قدمها ", "in cooperation with", "IN COOPERATION WITH", "ın", "İN", "ſupported by",
          "supported by", "hosted", " by", "held ", "Experts", "experts from", "within the framework of",
          "ſık", "SIK", "Kis", "كيس", " ", "\n", ".", "(", "7", "منظمة", "x",
          "12", "2025", "06 - 07 فبراير 2017", "2025مايو  14-13", "7 October 2025", " - ", "3", "من ", "بلدا",
          "countries", "participants", "عبر الإنترنت", "online", "Zoom", "بصفتها أمانة", "بتمويل من ",
          "funded by ", "برئاسة ", "chaired by ", "ينفذ ", "implements", "على هامش", "on the sidelines of",
          "رئاسة", "كرئيس", "الأمانة", "secretariat", "Secretariat", "تمويل", "وتمويل", "تمول ", "kasım", "KASIM",
          "sKz", "ſz", "الممول", "المظظ", "تمx", "ا", ")", "( ", " )", "x(", ")ا", "(\n", "هجين", "Hybrid", "in person and online", "حضوريا وعبر", "هذا التقرير", "This report",
          "hosted by ", "باستضافة من ", "سيعقد ", "الاجتماع ", "لمنتدى ", "وبالمنتدى ", "نظمتها ", "organised by the ",
          "وقع ", "signing", "دخلت حيز التنفيذ", "came into force", "on the margins of", "حول '", "entitled \"", "'",
          "\"", "وجاءت ", "came ", "مايو", "May", "Mayıs", "2025", "، 2024", "الإجراء)ات( اللازم)ة(", "Actions Required",
          "Action(s) Required", "47 خبيرا", "1,200 participants", "12 من كبار ", "5.3 experts", "، و", " and the ", "لصالح ", "؛ ", "which ", "“", "وزارة ", ", ",
          "-member ", "-MEMBER ", "nine", "six-strong team", "member delegation", "took part", "attended", "شارك ",
          "وحضر", "ممثلا", "أعضاء", "عضوا", "young people", "representatives", "officials", "auditors", "مدققين",
          "Statisticians", "staff members", "مشاركين", "senior "]


def test_leading_reads_the_first_letters_of_a_pattern_and_refuses_one_without():
    led = Led.leading(re.compile(r"(?<![\u0621-\u064A])و?نظم|\bheld\b", re.IGNORECASE))
    assert led.pattern.startswith("(?=[Hhنو])")
    with pytest.raises(ValueError, match="first letter"):
        Led.leading(re.compile(r"\s+and\s+"))
    with pytest.raises(ValueError, match="first letter"):
        Led.leading(re.compile(r"x*y"))


def test_a_lead_escapes_the_letters_a_class_treats_apart():
    """«-», «]», «^» and «\\» may start a match: the lead class holds them escaped."""
    led = Led.leading(re.compile(r"-member\s|\]x|\^y|\\z|ab", re.IGNORECASE))
    assert led.pattern.startswith(r"(?=[\-A\\\]\^a])")
    text = "a -MEMBER b ]x ^y \\z AB -member"
    assert [m.span() for m in led.finditer(text)] == [m.span() for m in led.full.finditer(text)]
    assert [m.group() for m in led.finditer(text)] == ["-MEMBER ", "]x", "^y", "\\z", "AB"]  # the last: no space


def test_a_pattern_with_named_groups_is_led_and_keeps_them():
    """The scan repeats the pattern once per anchor offset: a named group inside is unnamed there, not in the match."""
    pattern = re.compile(r"(?=[tw])(?:(?P<a>tw+o)|wx(?P<b>y))", re.IGNORECASE)
    led = Led(pattern)
    text = "twwo wxy TWO WXY two"
    assert [(m.span(), m.groupdict()) for m in led.finditer(text)] == \
           [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
    assert led.search(text, 3).group("b") == "y"


def test_some_cue_patterns_skip_to_anchors_past_their_first_letter():
    anchored = [p for p in PATTERNS if p._anchors is not None]
    assert len(anchored) >= 5 and PATTERNS[-1]._anchors is not None
    assert max(k for p in anchored for ks in p._back.values() for k in ks) == 3  # up to the fourth letter


def test_the_loaders_cue_patterns_are_led():
    assert all(isinstance(p, Led) for p in PATTERNS)


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join), st.integers(0, 40), st.integers(0, 400),
       st.sampled_from(range(len(PATTERNS))))
def test_a_led_pattern_finds_what_its_pattern_finds(text, pos, endpos, which):
    led = PATTERNS[which]
    plain = led.full
    assert [(m.span(), m.groups()) for m in led.finditer(text, pos, endpos)] == \
           [(m.span(), m.groups()) for m in plain.finditer(text, pos, endpos)]
    found, expected = led.search(text, pos, endpos), plain.search(text, pos, endpos)
    assert (found and found.span()) == (expected and expected.span())
    assert [m.span() for m in led.finditer(text)] == [m.span() for m in plain.finditer(text)]
    # the scan itself, which a short part does not reach (finditer and search read it with the pattern)
    assert [(m.span(), m.groups()) for m in led._finditer(text, pos, endpos)] == \
           [(m.span(), m.groups()) for m in plain.finditer(text, pos, endpos)]
    found = led._search(text, pos, endpos)
    assert (found and found.span()) == (expected and expected.span())


def test_the_cues_find_the_same_matches_in_the_corpus():
    from pathlib import Path
    for path in sorted((Path(__file__).resolve().parent.parent / "data" / "corpus").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for led in PATTERNS:
            assert [(m.span(), m.groups()) for m in led.finditer(text)] == \
                   [(m.span(), m.groups()) for m in led.full.finditer(text)], (path.name, led.pattern[:40])


def test_a_pattern_without_a_lead_on_its_first_letters_is_refused():
    with pytest.raises(ValueError, match="opens with a lookahead"):
        Led(re.compile(r"بالتعاون\s+مع"))


# Patterns whose match in a part may be none in the whole text, and the reverse: `$`, a negative
# lookahead that reads white space, a white space read at the end.
ENDS = [Led(re.compile(r"(?=[hH])(?:hosted\b(?!\s+by))")), Led(re.compile(r"(?=[ن])(?:نظم\s(?!في\s))")),
        Led(re.compile(r"(?=[.])(?:\.$)")), Led(re.compile(r"(?=[.])(?:\.(?=\s|$))")), Led(re.compile(r"(?=[ن])(?:نظم\s)")),
        Led(re.compile(r"(?=[sS])(?:see\S*)"))]
ENDINGS = ["hosted", "\n by", " by", "نظم", "في", " ", "\n", ".", "see", "x"]


def _finds_within_what_the_pattern_finds(led, text, parts):
    plain = led.full
    for pos, endpos in parts:  # one text, several parts: the whole text is scanned once, then reused
        assert [(m.span(), m.groups()) for m in led.finditer_within(text, pos, endpos)] == \
               [(m.span(), m.groups()) for m in plain.finditer(text, pos, endpos)]
        found, expected = led.search_within(text, pos, endpos), plain.search(text, pos, endpos)
        assert (found and found.span()) == (expected and expected.span())


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join),
       st.lists(st.tuples(st.integers(0, 200), st.integers(0, 400)), min_size=1, max_size=4),
       st.sampled_from(PATTERNS))
def test_a_led_pattern_finds_within_parts_of_one_text_what_its_pattern_finds(text, parts, led):
    _finds_within_what_the_pattern_finds(led, text, parts)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(ENDINGS), max_size=8).map("".join), st.sampled_from(ENDS))
def test_a_part_that_ends_where_a_pattern_reads_the_end_otherwise_finds_what_the_pattern_finds(text, led):
    _finds_within_what_the_pattern_finds(led, text, [(start, end) for end in range(len(text) + 2)
                                                     for start in (0, end // 2)])


def test_parts_that_end_before_white_space_are_read_from_one_scan_of_the_text():
    text = "- في إطار المركز\n- hosted\n by X\n- في إطار"
    assert sesric_report.FRAME_CUE._places(text, 16) is not None  # ends before "\n"
    assert sesric_report.FRAME_CUE._places(text, 15) is None      # ends inside a word: its own scan
    late = Led(re.compile(r"(?=[x])(?:x(?!\s+by))"))              # no literal start of three letters
    assert late._places(text + "x", len(text) - 1) is None        # (?!\s+by) reads the end otherwise


def test_parts_of_a_pattern_with_literal_starts_are_read_from_one_scan_of_the_text_whatever_their_end():
    text = "- نظم المركز\n- hosted\n by X\n- في إطار"
    assert sesric_report.ORGANISER_VERB._places(text, 11) is not None  # ends inside a word
    assert ENDS[0]._places(text, 21) is not None                       # (?!\s+by) reads the end otherwise
    assert [m.span() for m in ENDS[0].finditer_within(text, 0, 21)] == [(15, 21)]
    assert [m.span() for m in ENDS[0].finditer_within(text, 0, 30)] == []


def test_the_loaders_bullets_find_the_same_cues_within_the_report():
    from pathlib import Path
    text = (Path(__file__).resolve().parent.parent / "data" / "corpus" / "004_3bbcf9ea6f343b1b.txt").read_text(
        encoding="utf-8")
    for bullet in sesric_report.split_bullets(text):
        for led in PATTERNS:
            assert [m.span() for m in led.finditer_within(text, bullet.start, bullet.end)] == \
                   [m.span() for m in led.full.finditer(text, bullet.start, bullet.end)], led.pattern[:40]


def test_the_body_title_read_in_the_report_is_the_one_read_in_the_bullet_text():
    from pathlib import Path
    text = (Path(__file__).resolve().parent.parent / "data" / "corpus" / "004_3bbcf9ea6f343b1b.txt").read_text(
        encoding="utf-8")
    cue = sesric_report.BODY_TITLE
    for bullet in sesric_report.split_bullets(text):
        for at in (0, 5, sesric_report._heading_end(bullet.text)):
            within, alone = cue.search_within(text, bullet.start + at, bullet.end), cue.search(bullet.text, at)
            assert (within and (within.start() - bullet.start, within.group(1))) == (alone and (alone.start(), alone.group(1)))


def test_a_text_lowered_for_its_literal_starts_keeps_one_letter_for_one():
    from loaders.scan import _lowered
    letters = "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, 0x10000))) + "\U00010400\U0001E900"
    assert len(_lowered(letters)) == len(letters)
    assert _lowered("KOBİA ıſK") == "kobia isk"


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join),
       st.sampled_from([p for p in PATTERNS if _literals(p.full) is not None]))
def test_the_literal_starts_of_a_pattern_hold_every_place_where_it_matches(text, led):
    places = set(_literal_places(text, _literals(led.full)))
    assert {at for at in range(len(text) + 1) if led.full.match(text, at)} <= places


def test_the_report_cues_that_start_with_long_words_are_scanned_for_their_literal_starts():
    assert _literals(sesric_report.ORGANISER_VERB.full) == ("عقد", "نظم", "conv", "held", "orga", "وعقد", "ونظم")
    assert _literals(sesric_report.FRAME_CUE.full) is None  # «في إطار»: «في» is everywhere
    assert _literals(sesric_report.BODY_TITLE.full)[0] == "on"  # two Latin letters: rare in Arabic text
