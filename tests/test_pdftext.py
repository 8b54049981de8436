"""Repairing PDF-extracted Arabic: run order, mirrored brackets, split words, and the map back."""
import re

import pytest
from conftest import CORPUS
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.pdftext import is_displaced, mirrored, repair, split_words

COMCEC = "003_4313a17dbf0ecda5.txt"
_LTR = re.compile(r"[0-9A-Za-z\u0660-\u0669](?:[0-9A-Za-z\u0660-\u0669\-]*[0-9A-Za-z\u0660-\u0669])?")


def damage(line: str) -> str:
    """Do to a logical line what the PDF extractor does: reverse its direction runs, mirror brackets.

    (Day ranges also come out end first, «14-13» for 13-14 May in 003 l.3; loaders.dates reads those.)
    """
    runs, pos = [], 0
    for m in _LTR.finditer(line):
        runs.append(line[pos:m.start()].translate(str.maketrans("()", ")(")))
        runs.append(m.group(0))
        pos = m.end()
    runs.append(line[pos:].translate(str.maketrans("()", ")(")))
    return "".join(reversed(runs))


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_repair_puts_a_displaced_date_back_after_its_preposition():
    line = " في أنقرة. 2025مايو  14-13للجنة المتابعة، المقرر عقده يومي \n"
    assert repair(line).text == "للجنة المتابعة، المقرر عقده يومي 14-13 مايو 2025 في أنقرة."


@pytest.mark.parametrize("line", [
    "سيعقد الاجتماع الخامس عشر لمجموعة عمل السياحة (TWG) في 11-12 يونيو 2026 في إسطنبول.",
    "وقد رحبت الدورة بانعقاد الاجتماع الأول لمنتدى الشباب في 3 مارس 2024 في الرياض.",
    "عقد الاجتماع السابع لفريق عمل الزراعة في ٢٢ أبريل ٢٠٢٥ في أنقرة.",
    "تنفذ الغرفة الإسلامية للتجارة والتنمية (ICCD) برنامج اعتماد الغرف منذ عام 2019.",
])
def test_repair_of_a_damaged_line_gives_back_the_line(line):
    repaired = repair(damage(line)).text
    assert _squash(repaired).replace("( ", "(").replace(" )", ")") == _squash(line)


def test_every_repaired_character_comes_from_the_same_character_of_the_original():
    text = (CORPUS / COMCEC).read_text(encoding="utf-8")
    fixed = repair(text)
    assert len(fixed.origin) == len(fixed.text)
    mismatched = [i for i, ch in enumerate(fixed.text)
                  if not ch.isspace() and ch not in "()" and text[fixed.origin[i]] != ch]
    assert mismatched == []


def test_a_span_of_the_repaired_text_points_into_the_original_lines():
    text = (CORPUS / COMCEC).read_text(encoding="utf-8")
    fixed = repair(text)
    at = fixed.text.index("14-13 مايو 2025")
    start, end = fixed.span(at, at + len("14-13 مايو 2025"))
    assert text.count("\n", 0, start) + 1 == 3
    assert "2025مايو  14-13" in text[start:end]


def test_brackets_are_unmirrored_only_when_the_text_mirrors_them():
    assert repair("الإجراء)ات( اللازم)ة(: سيطلع المكتب )الاجتماع الأول(.\n").text.startswith("الإجراء(ات) اللازم(ة):")
    assert repair("عقد الاجتماع الأول (TWG) في أنقرة.\n").text == "عقد الاجتماع الأول (TWG) في أنقرة."
    assert mirrored("اجتماعاتها )الاجتماع الثالث( في مايو") and not mirrored("(الاجتماع الثالث) في مايو")


def test_a_word_split_by_a_space_is_joined_when_the_text_writes_it_whole_elsewhere():
    text = "تنفيذ استراتيجية الكومسيك.\nوتقرير عن استر اتيجية الكومسيك.\n"
    assert "استر اتيجية" not in repair(text).text
    assert repair(text).text.count("استراتيجية") == 2


def test_two_words_are_not_joined_when_each_is_a_word_of_the_text():
    assert split_words("في عام ٢٠٢٥ وفي عام آخر وعام في") == []


def test_an_action_label_opens_its_line():
    line = "سيطلع مكتب تنسيق الكومسيك اللجنة على النتائج  الإجراء)ات( اللازم)ة(:\n"
    assert repair(line).text.startswith("الإجراء(ات) اللازم(ة): سيطلع مكتب")


def test_a_word_cut_by_a_hidden_chunk_break_is_joined_before_the_date():
    # 003 l.580: «... 22ل المعني بالزراعة في الرابع والعشرون لفريق العم» and the text writes «العمل» elsewhere.
    text = ("مجموعة العمل تجتمع. العمل مستمر.\nسيعقد الاجتماع\n"
            "تحت عنوان 2025أبريل  22ل المعني بالزراعة في الرابع والعشرون لفريق العم\n")
    assert "الرابع والعشرون لفريق العمل المعني بالزراعة في 22 أبريل 2025" in repair(text).text


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("في أنقرة.2025مايو14-13()\nABC ٢٠ل،:")), max_size=300))
def test_repair_never_raises_and_keeps_its_map_aligned(text):
    fixed = repair(text)
    assert len(fixed.origin) == len(fixed.text)
    assert all(0 <= at <= len(text) for at in fixed.origin)


def test_a_page_number_between_two_halves_of_a_sentence_is_dropped():
    text = "عقد الاجتماع الأول لفريق عمل السياحة التابع للكومسيك في أنقرة بحضور ممثلي الدول الأعضاء\n\n8  \n\nفي منظمة التعاون الإسلامي.\n"
    assert repair(text).text == ("عقد الاجتماع الأول لفريق عمل السياحة التابع للكومسيك في أنقرة بحضور ممثلي الدول الأعضاء "
                                 "في منظمة التعاون الإسلامي.")


def test_an_english_word_hyphenated_across_lines_is_joined():
    text = "The 25th Meeting of the COMCEC Trade Work-\n\ning Group will be held on 23-24 October 2025 in Ankara.\n"
    assert "Trade Working Group will be held" in repair(text).text


def test_a_line_cut_mid_word_by_a_hidden_chunk_break_is_put_back_in_order():
    # 003 l.553: the line's first chunk opens a clause and ends with «تقدي»; its second starts «رها».
    vocabulary = "أعربت الدورة عن تقديرها لمختلف الأنشطة. وعن تقديرها.\n" * 3
    damaged = "في أنقرة. 2025مايو  14-13للجنة\n" * 5 + "رها لتركيا لاستضافتها الاجتماع الثاني عشر علاوة على ذلك، أعربت الدورة عن تقدي\n"
    text = repair(vocabulary + damaged).text
    assert "علاوة على ذلك، أعربت الدورة عن تقديرها لتركيا لاستضافتها الاجتماع الثاني عشر" in text


_GLUED_PLAIN = re.compile(r"[0-9A-Za-z\u0660-\u0669][\u0621-\u064A]|[\u0621-\u064A][0-9A-Za-z\u0660-\u0669]")


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="aZ09٣ مكةx-(.،\n", max_size=20))
def test_is_displaced_says_what_the_plain_glued_pattern_says(line):
    assert is_displaced(line) == (_GLUED_PLAIN.search(line) is not None)


def test_is_displaced_says_what_the_plain_glued_pattern_says_on_every_corpus_line():
    for path in sorted(CORPUS.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            assert is_displaced(line) == (_GLUED_PLAIN.search(line) is not None), (path.name, line)


def _split_words_one_pair_at_a_time(text):
    """split_words as first written: every pair read with its match (the reference for the test below)."""
    from loaders.pdftext import _LETTER, _MARKS, _counts, _unify
    pair = re.compile(rf"(?<!{_LETTER})({_LETTER}+) (?=({_LETTER}+))")  # two words, one space between them
    count = _counts(text).get
    found = []
    for m in pair.finditer(_unify(text)):
        a, b = m.group(1, 2)
        if count(a, 0) > 1 or count(b, 0) > 1:
            continue
        if _MARKS.search(a + b):
            a, b = _MARKS.sub("", a), _MARKS.sub("", b)
        if count(a, 0) == 1 and count(b, 0) == 1 and count(a + b, 0):
            found.append((m.start(1), m.end(2), text[m.start(1):m.end(2)].replace(" ", "", 1)))
    return found


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["استر", "اتيجية", "استراتيجية", "استر اتيجية", "تنفيذ", "وتنفيذ", " ", "  ", "\n",
                                 "،", "الكومسيك", "استرّ", "اتيجيّة", "أ", "ا", "ة", "ه", "x", "٢"]), max_size=25).map("".join))
def test_split_words_finds_each_split_word_where_reading_every_pair_does(text):
    assert split_words(text) == _split_words_one_pair_at_a_time(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["اب", "جد", "ابجد", "هو", "ز", "ابجدهو", "جدهو", "ـ", "ّ", "اّب", " ", " ", " ", "\n",
                                 "(", "x", "٢", "أ"]), max_size=40).map("".join))
def test_split_words_finds_overlapping_and_repeated_pairs_where_reading_every_pair_does(text):
    # chains of rare words («اب جد هو»), a pair written twice, marks and tatweel inside and between words
    assert split_words(text) == _split_words_one_pair_at_a_time(text)


_LINE_PIECES = st.lists(st.sampled_from(["في", "يوم", "يومي", "بتاريخ", "أنقرة", "مايو", "2025", "14-13", "TPS-OIC", "OIC- VET",
                                         "٢٠", "(", ")", "،", ".", ":", " ", "  ", "\t", "الإجراء)ات( اللازم)ة(:", "x", "عمل"]),
                        max_size=30).map("".join)


def _direction_runs_one_match_at_a_time(line, offset):
    """_direction_runs as first written: each left-to-right run read with its match."""
    from loaders.pdftext import _LTR_RUN, _run, _split_at_bracket
    runs, pos = [], 0
    for m in _LTR_RUN.finditer(line):
        if m.start() > pos:
            runs.append(_run(line[pos:m.start()], offset + pos))
        runs.append(_run(m.group(0), offset + m.start()))
        pos = m.end()
    if pos < len(line):
        runs.append(_run(line[pos:], offset + pos))
    return [piece for run in reversed(runs) for piece in _split_at_bracket(run)]


@settings(max_examples=400, deadline=None)
@given(_LINE_PIECES, st.integers(0, 50))
def test_direction_runs_split_a_line_where_reading_each_match_does(line, offset):
    from loaders.pdftext import _direction_runs
    assert _direction_runs(line, offset) == _direction_runs_one_match_at_a_time(line, offset)


@settings(max_examples=400, deadline=None)
@given(_LINE_PIECES)
def test_a_tail_is_rotated_where_the_pattern_alone_would_rotate_it(text):
    # the word test before the pattern (the preposition among the last six words) changes no answer
    from loaders.pdftext import _TAIL_AFTER_PREPOSITION, _counts, _rotate_tail, _run
    run = _run(text, 0)
    if _TAIL_AFTER_PREPOSITION.match(text) is None:
        assert _rotate_tail(run, _counts(text)) == run
    else:
        assert _PREP_WORDS & set(text.rsplit(None, 6)[-6:-1])


_PREP_WORDS = {"في", "يومي", "يوم", "بتاريخ"}


@settings(max_examples=400, deadline=None)
@given(_LINE_PIECES)
def test_edge_fragments_are_joined_where_the_first_checks_would_join_them(text):
    # the letter test on the run's two ends before splitting it changes no answer
    from loaders.pdftext import _ARABIC, _counts, _join_edge_fragments, _run
    run = _run(text, 3)
    words = text.split()
    vocabulary = _counts(text + " " + text.replace(" ", ""))
    if len(words) < 3 or not (_ARABIC.match(words[0]) and _ARABIC.search(words[-1][-1])):
        assert _join_edge_fragments(run, vocabulary) == run


def _squeeze_match_by_match(text, origin):
    """_squeeze as first written: every blank run read with one pattern, the ends by its anchors."""
    chars, keep, pos = [], [], 0
    for m in re.finditer(r"(?=[ \n])(?: {2,}| *\n[ \n]*|^ +| +$)", text):
        chars.append(text[pos:m.start()])
        keep.extend(origin[pos:m.start()])
        if 0 < m.start() and m.end() < len(text):
            brk = m.group(0).find("\n")
            chars.append("\n" if brk >= 0 else " ")
            keep.append(origin[m.start() + max(brk, 0)])
        pos = m.end()
    chars.append(text[pos:])
    keep.extend(origin[pos:])
    return "".join(chars), keep


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from([" ", " ", "\n", "a", "ب", "\t", "  \n"]), max_size=14).map("".join))
def test_squeeze_keeps_what_the_blank_pattern_kept_match_by_match(text):
    from array import array

    from loaders.pdftext import _squeeze
    origin = array("l", range(100, 100 + len(text)))
    squeezed = _squeeze(text, origin)
    assert (squeezed.text, list(squeezed.origin)) == _squeeze_match_by_match(text, list(origin))


_MIRRORED_PLAIN = re.compile(r"(?:^|\s)\)(?=\w)|(?<=\w)\((?=\s|$)|\((?=\s)|(?<=\s)\)", re.MULTILINE)
_PROPER_PLAIN = re.compile(r"(?:^|\s)\((?=\w)|(?<=\w)\)(?=[\s،.,:؛]|$)", re.MULTILINE)


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet="()() \n\tabب_٣1،.:؛-", max_size=16))
def test_mirrored_says_what_counting_the_plain_patterns_says(text):
    # the brackets are counted where they stand, the text's ends apart; the plain patterns count matches
    expected = len(_MIRRORED_PLAIN.findall(text)) > len(_PROPER_PLAIN.findall(text))
    assert mirrored(text) == expected


def test_the_plain_patterns_are_the_led_ones_of_the_module():
    from loaders.pdftext import _MIRRORED, _PROPER
    assert (_MIRRORED.full.pattern, _PROPER.full.pattern) == (
        "(?=[\\s()])(?:" + _MIRRORED_PLAIN.pattern + ")", "(?=[\\s()])(?:" + _PROPER_PLAIN.pattern + ")")


def test_mirrored_says_what_counting_the_plain_patterns_says_on_every_corpus_text():
    for path in sorted(CORPUS.glob("*.txt")) + sorted((CORPUS.parent.parent / "tests").glob("golden*/*.txt")):
        head = path.read_text(encoding="utf-8")[:50_000]
        expected = len(_MIRRORED_PLAIN.findall(head)) > len(_PROPER_PLAIN.findall(head))
        assert mirrored(head) == expected, path.name


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="a.:؛!؟? \n\t،ب", max_size=10))
def test_a_paragraph_ends_where_the_block_end_pattern_says(run):
    from loaders.pdftext import _BLOCK_END
    assert (run.rstrip()[-1:] in _BLOCK_END) == (re.search(r"[.:؛!؟]\s*$", run) is not None)


_DAMAGED_PIECES = st.lists(st.sampled_from([
    "في أنقرة. 2025مايو  14-13للجنة المتابعة", "رها لتركيا لاستضافتها", "عن تقدي", "علاوة على ذلك، أعربت", "تقديرها",
    "الإجراء)ات( اللازم)ة(:", "والإجراء)ات( اللازم)ة(:", "لفريق العم", "ل المعني", "العمل", "في", "22", "أبريل",
    "ً", "ًً", "ـ", "(TWG)", " ", "  ", "\n", "\n\n", "8", "استر اتيجية", "استراتيجية", "اب", "جد", ".", "،"]), max_size=40).map("".join)


@settings(max_examples=400, deadline=None)
@given(_DAMAGED_PIECES)
def test_the_counts_known_after_reordering_are_those_of_the_reordered_text(text):
    # the vocabulary changed where a join or a rotation put two texts together, or no counts where runs meet
    # elsewhere (marks alone, a label cut off)
    from loaders.pdftext import _reordered, _counts, join_split_words
    reordered, counts = _reordered(text)
    if counts is not None:
        assert min(counts.values(), default=0) >= 0
        assert +counts == _counts(reordered.text)
    assert repair(text) == join_split_words(reordered)


def test_the_counts_known_after_reordering_are_those_of_the_reordered_text_on_every_corpus_text():
    from loaders.pdftext import _reordered, _counts
    for path in sorted(CORPUS.glob("*.txt")) + sorted((CORPUS.parent.parent / "tests").glob("golden*/*.txt")):
        reordered, counts = _reordered(path.read_text(encoding="utf-8"))
        assert counts is not None and +counts == _counts(reordered.text), path.name


def test_runs_that_meet_leave_the_counts_unknown():
    from loaders.pdftext import _reordered
    assert _reordered("في أنقرة. 2025مايو  14-13للجنة والإجراء)ات( اللازم)ة(: نص\n" * 6)[1] is None
    assert _reordered("في أنقرة2025ًABC\n")[1] is None  # «ً» (a mark) alone between two runs
    assert _reordered("اب\nًً\nجد\n")[0].text == "ابًًجد"  # a line of marks alone: «اب» and «جد» meet
    assert _reordered("اب\nًً\nجد\n")[1] is None
    assert _reordered("في أنقرة 2025 مايو\n")[1] is not None


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="()[]{}اب x", max_size=12))
def test_mirror_turns_brackets_as_the_translation_table_does(piece):
    from loaders.pdftext import _MIRROR, _mirror
    assert _mirror(piece) == piece.translate(_MIRROR)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["اب", "جد", "ابجد", "هو", "ز", "ابجدهو", "جدهو", "ـ", "ّ", "اّب", " ", " ", " ", "\n",
                                 "(", "x", "٢", "أ", "استر", "اتيجية", "استراتيجية"]), max_size=40).map("".join))
def test_split_words_read_word_by_word_finds_what_reading_every_pair_does(text):
    # the path taken when the words written once make too many pairs to look each up
    from itertools import compress

    from loaders.pdftext import _counts, _split_words_read_whole, _unify
    counts = _counts(text)
    once = set(compress(counts, map((1).__eq__, counts.values())))
    assert _split_words_read_whole(text, _unify(text), counts, once) == _split_words_one_pair_at_a_time(text)


def test_a_text_with_many_pairs_of_words_written_once_is_read_word_by_word_alike():
    from loaders.pdftext import _PAIRS_LOOKED_FOR
    letters = "بتثجحخدذرزسشصضطظعغفقكلمنهوي"
    heads = [a + b for a in letters[:9] for b in letters[:9]]
    tails = [a + b for a in letters[9:18] for b in letters[18:27]]
    pairs = list(zip(heads, tails))[:_PAIRS_LOOKED_FOR + 10]  # each head and tail written once, split apart
    text = " ".join(h + t for h, t in pairs) + "\n" + " ".join(h[0] + "ّ" + h[1] + " " + t for h, t in pairs) + "\n"
    found = split_words(text)
    assert len(found) > _PAIRS_LOOKED_FOR and found == _split_words_one_pair_at_a_time(text)


@pytest.mark.parametrize("text", [
    "استراتيجية استرّ اتيجيّة", "يتجزّأ استراتيجية (ًاستر اتيجيةً) وتنفيذ", "ـاستر اتيجية استراتيجية",
    "استراتيجيّة\nتنفيذ استر اتيجيه، ّ", "اب جد ابجد هو ابجدهو جدهو"])
def test_split_words_maps_a_pair_written_with_marks_back_to_its_place(text):
    # the pairs are looked for in the text without its marks; each is put back where the text writes it
    assert split_words(text) == _split_words_one_pair_at_a_time(text)


def test_a_character_str_isalnum_accepts_is_a_word_character_to_the_pattern():
    # repair takes a piece that opens with such a character as wordy without asking _WORDY
    from loaders.pdftext import _WORDY
    assert all(_WORDY.match(c) for c in map(chr, range(0x110000)) if c.isalnum())


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("-–0123456789٠١٢٣٩ \t\u00a0\u2003ab.مص")), max_size=8))
def test_a_stripped_line_the_page_number_pattern_takes_opens_with_a_dash_or_a_digit(text):
    from loaders.pdftext import _PAGE_NUMBER, _PAGE_NUMBER_FIRST
    body = text.strip()
    if body and _PAGE_NUMBER.fullmatch(body):
        assert body[0] in _PAGE_NUMBER_FIRST
