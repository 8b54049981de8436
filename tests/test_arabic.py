"""Arabic normalisation: spellings of one name fold to one key, whatever the text."""
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.arabic import bare, fold, fold_acronym, strip_article, to_ascii_digits

# Arabic letters, marks, Arabic-Indic digits, Latin, punctuation and spaces.
ARABIC_TEXT = st.text(alphabet=st.one_of(st.characters(min_codepoint=0x0600, max_codepoint=0x06FF),
                                         st.sampled_from("abcKOBİAıI0123 -.,()«»\n\u200f\u0640")), max_size=60)


@settings(max_examples=200, deadline=None, derandomize=True, database=None)
@given(ARABIC_TEXT)
def test_fold_is_idempotent(text):
    assert fold(fold(text)) == fold(text)


@settings(max_examples=200, deadline=None, derandomize=True, database=None)
@given(st.text(max_size=40))
def test_normalising_arabic_digits_twice_changes_nothing(text):
    once = to_ascii_digits(text)
    assert to_ascii_digits(once) == once
    assert not any("\u0660" <= ch <= "\u0669" or "\u06f0" <= ch <= "\u06f9" for ch in once)


@settings(max_examples=200, deadline=None, derandomize=True, database=None)
@given(st.text(max_size=60))
def test_bare_never_raises_and_gives_folded_words(text):
    key = bare(text)
    assert isinstance(key, str)
    assert key == key.strip() and "  " not in key


def test_fold_unifies_alef_forms_ta_marbuta_and_tashkeel():
    assert fold("الإسكوا") == fold("الاسكوا") == fold("الأسكوا")
    assert fold("هيئة") == fold("هيئه")
    assert fold("سيُسلَّم") == fold("سيسلم")
    assert fold("الـمركز") == fold("المركز")


def test_fold_reads_a_turkish_dotted_capital_i_as_i():
    assert fold("KOBİA") == fold("KOBIA") == "kobia"
    assert fold_acronym("OIC-SMENET") == fold_acronym("OIC SMENET") == "oicsmenet"


def test_strip_article_drops_the_article_and_glued_prepositions_but_not_a_root_letter():
    assert [strip_article(w) for w in ("البنك", "والبنك", "بالبنك", "للتنميه", "وزاره", "بنك")] == [
        "بنك", "بنك", "بنك", "تنميه", "وزاره", "بنك"]


def test_bare_gives_one_key_to_a_name_with_and_without_articles():
    assert bare("البنك الإسلامي للتنمية") == bare("بنك إسلامي تنمية") == bare("والبنك الاسلامي للتنميه")


def test_arabic_indic_digits_become_ascii_digits():
    assert to_ascii_digits("٠٧ أكتوبر ٢٠٢٥") == "07 أكتوبر 2025"
    assert to_ascii_digits("۱۲") == "12"


@settings(max_examples=200, deadline=None, derandomize=True, database=None)
@given(st.text(alphabet="وقعنظمت سيسرك\u064b\u064e\u0650\u0651\u0652\u0670\u0640.\n", max_size=60))
def test_unmarked_offsets_point_at_the_same_letters_in_the_original(text):
    from loaders.arabic import Unmarked, has_marks
    unmarked = Unmarked(text)
    assert not has_marks(unmarked.text)
    for i, ch in enumerate(unmarked.text):
        assert text[unmarked.start(i)] == ch
    assert unmarked.end(len(unmarked.text)) == len(text)
    # the whole text as written, but for marks before its first letter (they belong to no letter)
    assert unmarked.written(unmarked.text) == text[unmarked.start(0):] or not unmarked.text


def test_the_quick_translation_of_a_long_text_is_the_table_translation():
    """_translate (replaces and a class scan) gives what str.translate with the one table gives, for every
    character of the Basic Multilingual Plane, one by one and in runs."""
    from loaders.arabic import _LETTERS_DIGITS_PUNCT, _translate
    chars = "".join(chr(cp) for cp in range(0x10000) if not 0xD800 <= cp < 0xE000)
    assert _translate(chars) == chars.translate(_LETTERS_DIGITS_PUNCT)
    assert _translate("بالإسكوا، ٢٠٢٥ (KOBİA) مؤسسة") == "بالاسكوا  2025  KOBIA  موسسه"


def test_white_space_as_fold_collapses_it_is_the_regex_white_space():
    """fold joins str.split()'s words: the white space of \\s, the one it used to collapse, character for character."""
    import re
    space = re.compile(r"\s")
    assert all(bool(space.match(chr(cp))) == chr(cp).isspace() for cp in range(0x110000))


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(st.text(alphabet=st.one_of(st.characters(min_codepoint=0x0600, max_codepoint=0x06FF),
                                  st.sampled_from("ab0 \n\u00f0\u0160")), max_size=400))
def test_has_indic_digits_tells_what_the_class_scan_tells_at_every_length(text):
    import re
    from loaders.arabic import has_indic_digits
    scan = re.compile("[\u0660-\u0669\u06F0-\u06F9]")
    assert has_indic_digits(text) == (scan.search(text) is not None)
    padded = text + " " * 200  # over the length where the substring searches take over
    assert has_indic_digits(padded) == (scan.search(padded) is not None)
