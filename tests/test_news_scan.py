"""The first-letter dispatch of a long alternation: it finds exactly what the whole pattern finds."""
import re
from pathlib import Path

from conftest import CORPUS
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.news_scan import FirstLetterAlternation, alternatives, first_letters
from loaders.sesric_news import _CUE_WORDS, _CUES, ROLE_CUES

TESTS = Path(__file__).parent
# The sets read by name (not a glob over tests/, so a held-out set is never read here).
SETS = [CORPUS, TESTS / "golden", TESTS / "golden-blind", *(TESTS / f"golden-blind{i}" for i in range(3, 11))]


def _found(match, text):
    return [(m.lastgroup, m.span()) for pos in range(len(text) + 1) for m in (match(text, pos, len(text)),) if m]


def test_the_cue_dispatch_finds_what_the_whole_cue_pattern_finds_at_every_position_of_every_set():
    texts = [p.read_text(encoding="utf-8") for d in SETS for p in sorted(d.glob("*.txt"))]
    assert len(texts) > 100
    found = 0
    for text in texts:
        text = text[:6000]  # every position of the first 6000 characters of each text
        whole = _found(_CUES.match, text)
        assert _found(_CUE_WORDS.match, text) == whole
        found += len(whole)
    assert found > 1000


def test_the_cue_dispatch_reads_every_role_of_the_cues():
    assert _CUE_WORDS.whole.pattern == _CUES.pattern
    assert set(_CUES.groupindex) == {role for role, _ in ROLE_CUES}


# Words the cues are made of, with the letters glued before them («و» and, «ب» with…) and what may follow
# ("organised by", «بالتعاون مع», "co-hosted"), and letters whose case folds oddly ("ſ", "K", "İ").
_STEMS = ["organised", "organized", "by", "with", "co-", "hosted", "jointly", "held", "will", "in", "the",
          "collaboration", "between", "signed", "during", "on", "which", "and", "from", "presented", "met",
          "about", "alongside", "attended", "affiliated", "at", "invitation", "under", "auspices", "received",
          "نظم", "نظمت", "نظمها", "تعاون", "مع", "من", "تنظيم", "بين", "استضاف", "استضافته", "ينظم", "سينظم",
          "بالتعاون", "لفائدة", "شارك", "حضر", "وقع", "التابعة", "الذي", "التي", "خلال", "ضمن", "بحضور", "ممثلو",
          "قدم", "عرض", "استقبل", "أطلق", "إطار", "ſ", "K", "İ", "ı", "S", "O", "B", "2", "x", ""]
_GLUED = ["", "", "", "و", "ف", "ب", "ال", "وال", "ت", "ي", "س", "(", "«"]
_AFTER = ["", "", "ه", "ها", "ا", "ان", "ed", "s", ")"]
_GAPS = [" ", " ", " ", "", "، ", ", ", ". ", "\n", "  "]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_GLUED), st.sampled_from(_STEMS), st.sampled_from(_AFTER),
                          st.sampled_from(_GAPS)), max_size=12))
def test_the_cue_dispatch_finds_what_the_whole_cue_pattern_finds_on_generated_text(words):
    text = "".join(glued + stem + after + gap for glued, stem, after, gap in words)
    assert _found(_CUE_WORDS.match, text) == _found(_CUES.match, text)


def test_alternatives_split_only_at_the_top_level():
    assert alternatives(r"a(?:b|c)|[|(]|\(|d") == ["a(?:b|c)", "[|(]", r"\(", "d"]
    assert alternatives(r"[]|]x|y") == ["[]|]x", "y"]
    assert alternatives("") == [""]


def test_first_letters_pass_over_optional_and_zero_width_parts():
    def letters(pattern):
        return first_letters(re._parser.parse(pattern).data)
    assert letters(r"(?:^|(?<=\s))و?(?:نظم|عقد)") == ({"و", "ن", "ع"}, False)
    assert letters(r"\bco-?(?:hosted)") == ({"c"}, False)
    assert letters(r"(?:a|)b?") == ({"a", "b"}, True)
    assert letters(r"[^a]x") == (None, False)
    assert letters(r"(?-i:A)b") == (None, False)
    assert letters(r"[\dx-z]") == ({r"[\dx-z]"}, False)


def test_an_alternative_that_may_match_empty_or_start_with_anything_is_tried_at_every_letter():
    cues = FirstLetterAlternation((("a", r"x?"), ("b", r".y"), ("c", "z")), re.IGNORECASE)
    assert cues.match("q", 0, 1).lastgroup == "a"
    assert cues.pattern_for("q").pattern == "(?:(?P<a>x?)|(?P<b>.y))"
    assert cues.match("zz", 2, 2).span() == (2, 2)  # at the end: the whole pattern


def test_a_letter_no_alternative_starts_with_has_no_pattern():
    cues = FirstLetterAlternation((("by", r"\bby\b|from"), ("with", "with")), re.IGNORECASE, prefix=r"(?<!\w)")
    assert cues.pattern_for("q") is None
    assert cues.pattern_for("B").pattern == r"(?<!\w)(?:(?P<by>\bby\b))"
    assert cues.match("x BY y", 2, 6).span() == (2, 4)


def test_a_body_discovered_once_per_name_is_what_from_discovery_gives_at_each_span():
    from loaders.registry import Registry, default_registry
    from loaders.resolve import from_discovery
    from loaders.sesric_news import _discovered
    registry = default_registry()
    names = [("Islamic Development Bank", None), ("البنك الإسلامي للتنمية", None), ("Statistical Centre", "SESRIC"),
             ("National Agency for Employment", "ANAPEC"), ("Kuruluşu", "KOBİA"), ("  the Unknown Office ", None)]
    for start, (name, acronym) in enumerate(names * 2):
        assert _discovered(name, acronym, start, start + 9, registry) == from_discovery(name, acronym, start, start + 9,
                                                                                      registry)
    empty = Registry()  # another registry: its own resolution, not the first one's
    assert _discovered("Islamic Development Bank", None, 0, 5, empty) == from_discovery(
        "Islamic Development Bank", None, 0, 5, empty)
    assert _discovered("Islamic Development Bank", None, 0, 5, empty).id != _discovered(
        "Islamic Development Bank", None, 0, 5, registry).id


def _bare(pattern):
    """A pattern led by a lookahead on its first letters, `(?=[…])…`, without its lead."""
    lead = re.match(r"\(\?=(?:\[(?:\\.|[^\]\\])+\]|\\d)\)", pattern.pattern)
    assert lead is not None, pattern.pattern[:40]
    return re.compile(pattern.pattern[lead.end():], pattern.flags)


def test_every_pattern_led_by_its_first_letters_finds_what_it_finds_without_its_lead():
    from loaders import sesric_news
    from loaders.scan import Led
    led = {name: p for name, p in vars(sesric_news).items()
           if isinstance(p, Led) or isinstance(p, re.Pattern) and p.pattern.startswith("(?=")}
    assert {"ACTIVITY_NAME", "_MORE_PEOPLE", "_OCCASION_PHRASE", "AGREEMENT", "_NAMED_ACTIVITY"} <= set(led)
    texts = [p.read_text(encoding="utf-8")[:6000] for d in SETS for p in sorted(d.glob("*.txt"))]
    texts += [line for t in texts for line in t.splitlines()[:12]]  # lines: the start and end of a text
    for name, pattern in led.items():
        bare = _bare(pattern.full if isinstance(pattern, Led) else pattern)
        for text in texts:
            found = [(m.span(), m.groups()) for m in pattern.finditer(text)]
            assert found == [(m.span(), m.groups()) for m in bare.finditer(text)], name
            first = pattern.search(text, 1)  # from a later position: what stands before is read, not matched
            expected = bare.search(text, 1)
            assert (first and first.span()) == (expected and expected.span()), name


def test_first_pairs_read_the_second_letter_through_optional_and_repeated_parts():
    from loaders.news_scan import first_pairs

    def pairs(pattern):
        found = first_pairs(re._parser.parse(pattern).data)
        return None if found is None else sorted((f, None if s is None else sorted(s)) for f, s in found)
    assert pairs(r"\bco-?(?:hosted)") == [("c", ["o"])]
    assert pairs(r"و?(?:ب|في\s+)?ال") == [("ا", ["ل"]), ("ب", ["ا"]), ("ف", ["ي"]), ("و", ["ا", "ب", "ف"])]
    assert pairs(r"ab*c") == [("a", ["b", "c"])]
    assert pairs(r"a") == [("a", None)]  # nothing after it: any second letter, or none
    assert pairs(r"x?") is None and pairs(r"[^a]b") is None


def test_the_pair_dispatch_keeps_an_alternative_whose_second_letter_is_optional():
    cues = FirstLetterAlternation((("org", r"و?نظم"), ("with", r"مع")), prefix=r"(?<!\w)")
    assert cues.pattern_for_pair("و", "ن").pattern == r"(?<!\w)(?:(?P<org>و?نظم))"
    assert cues.pattern_for_pair("ن", "ظ").pattern == r"(?<!\w)(?:(?P<org>و?نظم))"
    assert cues.pattern_for_pair("و", "م") is None
    assert cues.match("ونظم", 0, 4).span() == (0, 4) and cues.match("مع", 0, 2).lastgroup == "with"
    assert cues.match("م", 0, 1) is None  # one letter left: by the first letter alone


def test_the_cues_at_every_word_are_the_matches_at_each_word_past_the_last_one():
    from loaders.gazetteer import tokenise
    from loaders.sesric_news import _cues_at_words
    for d in SETS[:4]:
        for p in sorted(d.glob("*.txt")):
            text = p.read_text(encoding="utf-8")[:8000]
            tokens = tokenise(text, 0)
            expected, after = [], -1
            for tok in tokens:
                m = _CUES.match(text, tok.start, len(text)) if tok.start >= after else None
                if m is not None:
                    expected.append((m.lastgroup, m.start(), m.end()))
                    after = m.end()
            assert _cues_at_words(text, tokens, len(text)) == expected, p.name
    # a start inside the match before it is passed over ("by" of "organised by"); one letter left, and none
    assert _CUE_WORDS.at_words("organised by SESRIC", [0, 10, 13], 19) == [("by", 0, 12)]
    assert _CUE_WORDS.at_words("on", [0, 1, 2], 2) == [("stop", 0, 2)]


def _at_every_start(text, starts):
    expected, after = [], -1
    for pos in starts:
        m = _CUES.match(text, pos, len(text)) if pos >= after else None
        if m is not None:
            expected.append((m.lastgroup, m.start(), m.end()))
            after = m.end()
    return expected


def test_the_triple_dispatch_of_the_cues_at_words_finds_what_the_whole_pattern_finds_at_every_position():
    # at_words reads a word's third letter too (pattern_for_triple): every position of every set, not only the
    # word starts, so that each letter that may follow a pair is met
    texts = [p.read_text(encoding="utf-8")[:6000] for d in SETS for p in sorted(d.glob("*.txt"))]
    found = 0
    for text in texts:
        expected = _at_every_start(text, range(len(text)))
        assert _CUE_WORDS.at_words(text, range(len(text)), len(text)) == expected
        found += len(expected)
    assert found > 1000
    # an end inside a word: the third letter past the end is not read
    for text, end in (("الذي نظمه", 2), ("الذي نظمه", 3), ("مع سيسرك", 2), ("with SESRIC", 4), ("by", 2)):
        m = _CUES.match(text, 0, end)
        assert _CUE_WORDS.at_words(text, [0], end) == ([(m.lastgroup, m.start(), m.end())] if m else []), text


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_GLUED), st.sampled_from(_STEMS), st.sampled_from(_AFTER),
                          st.sampled_from(_GAPS)), max_size=12))
def test_the_triple_dispatch_finds_what_the_whole_cue_pattern_finds_on_generated_text(words):
    text = "".join(glued + stem + after + gap for glued, stem, after, gap in words)
    assert _CUE_WORDS.at_words(text, range(len(text)), len(text)) == _at_every_start(text, range(len(text)))


def test_first_chains_read_three_letters_through_optional_repeated_and_zero_width_parts():
    from loaders.news_scan import first_chains

    def chains(pattern):
        found = first_chains(re._parser.parse(pattern).data, 3)
        return None if found is None else sorted(found)
    assert chains(r"(?<!\w)[اأإآ]لذي\s") == [("[اأإآ]", "ل", "ذ")]
    assert chains(r"\bco-?(?:hosted)") == [("c", "o", r"\-"), ("c", "o", "h")]
    assert chains(r"ab*c") == [("a", "b", "b"), ("a", "b", "c"), ("a", "c")]  # after "ac", anything
    assert chains(r"ab{2}") == [("a", "b")]  # a repeat is read as optional after its first time: a wider chain
    assert chains(r"مع(?![\u0600-\u06FF])") == [("م", "ع")]  # two letters: the third is free
    assert chains(r"x?") is None and chains(r"[^a]bc") is None and chains(r"a(?i:b)c") == [("a",)]
    # the pairs are the chains' first two letters
    from loaders.news_scan import first_pairs
    for pattern in (r"و?(?:ب|في\s+)?ال", r"\bco-?(?:hosted)", r"ab*c"):
        parsed = re._parser.parse(pattern).data
        pairs = {(f, s) for f, seconds in first_pairs(parsed) for s in (seconds or [None])}
        assert {(c[0], c[1] if len(c) > 1 else None) for c in first_chains(parsed, 3)} == pairs


def test_the_triple_dispatch_drops_a_pair_whose_alternatives_cannot_go_on_with_the_third_letter():
    cues = FirstLetterAlternation((("by", r"الذي\s+نظمه"), ("stop", r"التي"), ("with", r"مع")), prefix=r"(?<!\w)")
    assert cues.pattern_for_triple("ا", "ل", "ذ") is cues.pattern_for_pair("ا", "ل") is not None
    assert cues.pattern_for_triple("ا", "ل", "م") is None  # «المركز»: no cue starts so
    assert cues.pattern_for_triple("م", "ع", " ") is cues.pattern_for_pair("م", "ع")  # a two-letter cue: any third
    assert cues.at_words("المركز التي", [0, 7], 11) == [("stop", 7, 11)]


def test_a_mention_read_once_per_spelling_is_what_from_mention_gives_at_each_span():
    from loaders.gazetteer import tokenise
    from loaders.registry import default_registry
    from loaders.resolve import from_mention
    from loaders.sesric_news import _from_mention, _gazetteer
    registry = default_registry()
    mentions = []
    for d in SETS[:3]:
        for p in sorted(d.glob("*.txt")):
            text = p.read_text(encoding="utf-8")[:5000]
            mentions += _gazetteer(registry).find(text, tokenise(text, 0))
    assert len(mentions) > 200
    for m in mentions + mentions:
        assert _from_mention(m) == from_mention(m)
