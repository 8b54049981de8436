"""Read cardinal numbers written in words, English and Arabic, and rewrite them as digits.

In:  text as the loaders see it, raw or folded by loaders.arabic.fold ("Twenty-eight
     participants", «بمشاركة خمسة وعشرين خبيرا»).
Out: the value of one number in words (`cardinal`), the text with each count written in
     words replaced by its digits (`spell_digits`), and a cheap test of whether a text holds
     any number word at all (`has_number_words`), so that most texts skip the rewriting.

Issue 3, item 4: the count patterns of loaders/common.py read digits, and a small table of
number words (two … sixty) missed "Twenty-eight participants" (read as 8), "one hundred and
twenty delegates" (read as 20) and «خمس وثلاثون مشاركة من عشرة بلدان». Rewriting the words as
digits first lets the digit patterns read them all.

What is read:
- English: one … nineteen, twenty … ninety with or without a hyphen ("twenty-eight",
  "Twenty eight"), "hundred", "thousand", "million" with "and" after them ("one hundred and
  twenty", "two thousand five hundred"), "a hundred", "fifteen hundred", "a dozen"/"two dozen".
- Arabic, every gender and case: ثلاثة/ثلاث, عشرون/عشرين, the teens أحد عشر/إحدى عشرة/اثنا عشر/
  اثني عشر/ثلاث عشرة, compounds joined by و (and) units first «خمس وثلاثون» (35), hundreds
  مائة/مئة/مائتان/مائتين/مئتا/ثلاثمائة/ثلاثمئة/ثلاث مائة, thousands ألف/ألفان/ألفين/ألفي/ثلاثة آلاف/
  خمسة وعشرون ألفا, millions مليون/مليونان/ثلاثة ملايين; with or without hamza and tashkeel, and
  folded (ة as ه, ى as ي, أ as ا), since every word is keyed by loaders.arabic.fold.

Decisions (spell_digits):
- A glued Arabic prefix, و (and), ب (with), ل (for), ف (so), stays where it was: «وخمسة» (and five)
  becomes «و5», «بعشرين» (with twenty) «ب20»; the count patterns of common.py read a number after a
  letter («و5 خبراء» is 5 experts) and `بمشاركة 25 خبيرا`, `من 37 بلدا` are unchanged. Not ك (as):
  «كمية» (quantity) would be ك + «مية» (a hundred without hamza).
- Left alone, as no count:
  - "one", «واحد»/«واحدة»/«أحد»/«إحدى» on their own ("one of the …", «أحد الخبراء»);
  - ordinals and fractions ("first", "twenty-first", «الخامسة عشرة» the fifteenth, «الأولى»,
    "two-thirds", "two and a half"); «اثنا»/«اثني» only before ten («أثنى» he praised folds alike);
  - Arabic words with the article («الخمسة», «السبع والخمسين» the 57 [member states], «بالمائة»
    per cent): the article makes an adjective or a name;
  - «آلاف», "hundreds", "thousands" with no number before them (an estimate), and a scale word after
    digits ("174 million", «3 آلاف»): the number is in digits already;
  - millions: a population or a sum («174 مليون شخص», "USD 2 million"), never an audience;
  - an English number word capitalised in mid-sentence: part of a name ("OIC Ten-Year Programme of
    Action", "Group of Eight"); a capital at the start of a sentence or a line is read;
  - a number word glued to digits or to letters of another script, which only damaged PDF text has
    («2025عشر», «ICCDلأربعين» in data/corpus/003, pieces of ordinals).
- "a dozen" is 12 (a count, if a round one). ألفا on its own is the construct dual, 2000 («ألفا
  مشارك»), and ألفًا with tanween the accusative singular, 1000; without tashkeel ألفا is read as 2000.
- A hyphenated modifier keeps its hyphen: "six-member" becomes "6-member".
- The returned text does not keep offsets: "twenty-eight" (12 characters) becomes "28". Counts
  are values, not spans; a caller that needs a span reads it on the original text (number_spans).
"""
from __future__ import annotations

import re

from loaders.arabic import fold, strip_article

# English ---------------------------------------------------------------------------------------

_EN_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_EN_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
             "eighteen", "nineteen")
_EN_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
# word -> (kind, value)
_EN: dict[str, tuple[str, int]] = {
    **{w: ("unit", i + 1) for i, w in enumerate(_EN_UNITS)},
    **{w: ("teen", i + 10) for i, w in enumerate(_EN_TEENS)},
    **{w: ("tens", 10 * (i + 2)) for i, w in enumerate(_EN_TENS)},
    "hundred": ("hundred", 100), "thousand": ("scale", 1000), "million": ("scale", 1000000),
    "dozen": ("dozen", 12), "a": ("a", 0), "and": ("and", 0),
}
# Ordinals and fractions: a number before one is part of it ("twenty-first", "two-thirds").
_EN_ORDINALS = frozenset(
    ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
     "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
     "eighteenth", "nineteenth", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth",
     "seventieth", "eightieth", "ninetieth", "hundredth", "thousandth", "millionth", "half", "halves",
     "quarter", "quarters", "thirds", "fourths", "fifths", "sixths", "sevenths", "eighths", "ninths",
     "tenths", "hundredths", "thousandths"])

# Arabic ----------------------------------------------------------------------------------------

# Spellings as written; each is keyed by its fold («مائة» -> «مايه», «إحدى» -> «احدي»), so the
# forms with and without hamza, ة/ه and ى/ي are one key.
_AR_SPELLINGS: tuple[tuple[str, str, int], ...] = (
    # one (masc./fem.): read inside a number, never replaced on its own
    ("واحد واحدة أحد إحدى", "one", 1),
    # two: nominative and accusative/genitive, masc. and fem.
    ("اثنان اثنين اثنتان اثنتين ثنتان ثنتين", "unit", 2),
    # the two of twelve («اثنا عشر», «اثنتي عشرة»): a number only before ten; «أثنى» (he praised)
    # folds to «اثني» too
    ("اثنا اثني اثنتا اثنتي", "twelve", 2),
    ("ثلاثة ثلاث", "unit", 3), ("أربعة أربع", "unit", 4), ("خمسة خمس", "unit", 5),
    ("ستة ست", "unit", 6), ("سبعة سبع", "unit", 7), ("ثمانية ثماني ثمان", "unit", 8),
    ("تسعة تسع", "unit", 9),
    # ten (masc./fem.), also the second word of a teen: «خمسة عشر» 15, «ثلاث عشرة» 13
    ("عشرة عشر", "ten", 10),
    ("عشرون عشرين", "tens", 20), ("ثلاثون ثلاثين", "tens", 30), ("أربعون أربعين", "tens", 40),
    ("خمسون خمسين", "tens", 50), ("ستون ستين", "tens", 60), ("سبعون سبعين", "tens", 70),
    ("ثمانون ثمانين", "tens", 80), ("تسعون تسعين", "tens", 90),
    # a hundred (alone, or times a unit written apart: «ثلاث مائة» 300)
    ("مائة مئة ماية", "hundred", 100),
    # two hundred: nominative, accusative/genitive, and the construct forms («مئتا مشارك»)
    ("مائتان مائتين مائتا مائتي مئتان مئتين مئتا مئتي", "hundreds", 200),
    # a thousand (alone, or times what comes before: «خمسة وعشرون ألفا» 25,000); ألفا alone is
    # the construct dual (2000), ألفًا with tanween the accusative singular (1000): see _ALFA
    ("ألف ألفا", "thousand", 1000),
    ("ألفان ألفين ألفي", "thousands2", 2000),
    # thousands: only after three to ten («ثلاثة آلاف» 3000); alone it is an estimate
    ("آلاف ألاف", "thousands", 1000),
    ("مليون مليونا", "million", 1000000),
    ("مليونان مليونين مليوني", "millions2", 2000000),
    ("ملايين", "millions", 1000000),
)
_AR_HUNDRED_STEMS = (("ثلاث ثلث", 3), ("أربع", 4), ("خمس", 5), ("ست", 6), ("سبع", 7), ("ثمان ثماني", 8),
                     ("تسع", 9))
_AR: dict[str, tuple[str, int]] = {fold(w): (kind, n) for words, kind, n in _AR_SPELLINGS for w in words.split()}
# 300 … 900 in one word: «ثلاثمائة», «ثلاثمئة», «خمسمائة»
_AR.update({fold(stem + h): ("hundreds", 100 * n) for stems, n in _AR_HUNDRED_STEMS
            for stem in stems.split() for h in ("مائة", "مئة", "ماية")})
_ALFA = fold("ألفا")
_WA = "و"  # and: joins the parts of an Arabic number
# Ordinals: «الدورة الحادية عشرة» (the eleventh session), «الخامسة عشرة» (the fifteenth): the ten
# after one is part of an ordinal.
_AR_ORDINALS = frozenset(fold(w + e) for w in ("حادي", "ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن",
                                               "تاسع", "عاشر") for e in ("", "ة"))

# Scanning --------------------------------------------------------------------------------------

_MARKS = "\u064B-\u065F\u0670\u0640"  # tashkeel, superscript alef, tatweel: anywhere inside a word
_MARK = re.compile(f"[{_MARKS}]")
_AR_LETTERS = "\u0621-\u063A\u0641-\u064A\u0671-\u06D3"
_LATIN = "A-Za-z\u00C0-\u024F"
# A word: Latin letters, or Arabic letters with their marks (the marks are dropped before a lookup).
_WORD = re.compile(f"[{_LATIN}]+|[{_AR_LETTERS}{_MARKS}]+")
_PLAIN_WORD = re.compile(f"[{_LATIN}]+|[{_AR_LETTERS}]+")  # in a text with the marks dropped
# The next word of a number: after spaces, or a hyphen in English ("twenty-eight").
_NEXT = re.compile(f"(?P<sep>[ \t\u00A0]+|[ \t]*[-\u2010\u2011][ \t]*)(?P<w>[{_LATIN}]+|[{_AR_LETTERS}{_MARKS}]+)")
# The letters raw text may hold for each folded letter (loaders.arabic._LETTERS the other way round).
_RAW_OF = {"ا": "اأإآٱ", "ي": "يىئی", "ه": "هة", "و": "وؤ", "ك": "كک"}
# Prefixes glued to the first word: و (and), ب (with), ل (for), ف (so), and two of them; not ك (as):
# «كمية» (quantity) would be ك + «مية» (a hundred, spelt without hamza). Only و and ب before «ست»
# (six): «لست» is "I am not".
_PREFIXES = ("", "و", "ب", "ل", "ف", "وب", "ول", "فب", "فل")
_SHORT_PREFIXES = ("", "و", "ب")


def _spellings(key: str) -> list[str]:
    """Every raw spelling (marks dropped) of one folded Arabic word: «اربعه» -> «أربعة», «اربعة», …"""
    forms = [""]
    for c in key:
        forms = [f + r for f in forms for r in _RAW_OF.get(c, c)]
    return forms


def _casings(word: str) -> tuple[str, ...]:
    return word, word.title(), word.upper()  # "twenty", "Twenty", "TWENTY"; not "tWenty"


# Whole words that begin with the prefix و: «واحد» (one) is one word, «وأحد» (and one) is two.
_AR_WHOLE = frozenset(form for key in _AR for form in _spellings(key) if form[:2] not in ("وأ", "وإ", "وآ"))


def _first_words(english, arabic) -> dict[str, int]:
    """Each word (marks dropped) a number may start with -> the length of its glued prefix."""
    words = {w: 0 for e in english for w in _casings(e)}
    for key in arabic:
        for prefix in _PREFIXES if len(key) >= 3 else _SHORT_PREFIXES:
            for raw_prefix in _spellings(prefix):
                for form in _spellings(key):
                    # a whole word first: «واحد» (one) is not و (and) + «أحد»
                    if not prefix or raw_prefix + form not in _AR_WHOLE:
                        words[raw_prefix + form] = len(prefix)
    return words


# Where a number may start: any number word but "and" ("a" only before hundred, thousand, million or
# dozen: _read_english) …
_STARTS = _first_words([w for w in _EN if w != "and"], _AR)
# … and the words a replaced number holds one of at least: not "one", «واحد», "a", «آلاف».
_TRIGGERS = frozenset(_first_words([w for w, (kind, n) in _EN.items() if kind not in ("a", "and") and w != "one"],
                                   [k for k, (kind, n) in _AR.items()
                                    if kind not in ("one", "twelve", "thousands", "millions")]))


def has_number_words(text: str) -> bool:
    """Tell whether text may hold a number written in words (a fast check before `spell_digits`).

    In:  any text. Out: False only when `spell_digits(text)` would return text unchanged.

    >>> has_number_words("Twenty-eight participants"), has_number_words("بمشاركة خمسة وعشرين خبيرا")
    (True, True)
    >>> has_number_words("one of the 57 member states"), has_number_words("أحد الخبراء")
    (False, False)
    """
    # The text's words as white space parts them (str.split, in C), each looked up in a memo of what its
    # own words hold (_chunk_has): no word of the pattern spans white space, and the marks are inside words.
    # Words repeat: a text's new words are read once, the rest is dict lookups in C (no Python work per word).
    # The parts known to hold one are kept in a set of their own: one pass in C (isdisjoint) answers when
    # every part is known already, the usual case; the parts read once and found to hold none are in _CHUNKS.
    chunks = text.split()
    if not _HAS.isdisjoint(chunks):
        return True
    if _CHUNKS.issuperset(chunks):
        return False
    new = set(chunks).difference(_CHUNKS)
    if len(_CHUNKS) + len(new) > _CHUNKS_MAX:
        _CHUNKS.clear()  # bound the memory over a very large corpus
        _HAS.clear()
    found = False
    for chunk in new:
        _CHUNKS.add(chunk)
        if _chunk_has(chunk):
            _HAS.add(chunk)
            found = True
    return found


def _chunk_has(text: str) -> bool:
    """has_number_words of a text read whole: one scan in C for the words, one set lookup each."""
    if _MARK.search(text):
        text = _MARK.sub("", text)
    return not _TRIGGERS.isdisjoint(_PLAIN_WORD.findall(text))


# the pieces of text between white space (a word and what is glued to it) read so far, and those of them that
# hold a number word
_CHUNKS: set[str] = set()
_HAS: set[str] = set()
_CHUNKS_MAX = 200_000


def cardinal(words: str) -> int | None:
    """Return the value of one cardinal number written in words, or None if words are not one.

    In:  the words of one number, English or Arabic, raw or folded, nothing else around them.
    Out: its value; None for anything else (an ordinal, a word with a glued prefix, two numbers).

    >>> cardinal("Twenty-eight"), cardinal("one hundred and twenty"), cardinal("a dozen")
    (28, 120, 12)
    >>> cardinal("two thousand five hundred"), cardinal("twenty-first"), cardinal("one")
    (2500, None, 1)
    >>> cardinal("خمس وثلاثون"), cardinal("إحدى عشرة"), cardinal("ثلاثمائة"), cardinal("مئتا")
    (35, 11, 300, 200)
    >>> cardinal("خمسه وعشرين"), cardinal("ألفي"), cardinal("ثلاثة آلاف"), cardinal("آلاف")
    (25, 2000, 3000, None)
    """
    text = words.strip()
    first = _WORD.match(text)
    if first is None:
        return None
    read = _read(text, 0, first.end())
    if read is None or read[0] != len(text):
        return None
    return read[1]


def spell_digits(text: str) -> str:
    """Return text with each count written in words replaced by its digits.

    In:  any text, raw or folded. Out: the same text with numbers in digits; offsets are not
    kept (module docstring: what is left alone, and why).

    >>> spell_digits("Twenty-eight participants from seven OIC member countries")
    '28 participants from 7 OIC member countries'
    >>> spell_digits("بمشاركة خمسة وعشرين خبيرا من عشرة بلدان")
    'بمشاركة 25 خبيرا من 10 بلدان'
    >>> spell_digits("The six-member delegation, one of the first, met the OIC Ten-Year Programme team")
    'The 6-member delegation, one of the first, met the OIC Ten-Year Programme team'
    >>> spell_digits("الدورة الخامسة عشرة، وخمسة من الخبراء")
    'الدورة الخامسة عشرة، و5 من الخبراء'
    """
    return _spell(text) if has_number_words(text) else text


def _spell(text: str) -> str:
    """spell_digits without the first check (tests compare the two)."""
    out = []
    done = 0
    for start, end, value in number_spans(text):
        out.append(text[done:start])
        out.append(str(value))
        done = end
    if not out:
        return text
    out.append(text[done:])
    return "".join(out)


def number_spans(text: str):
    """Yield (start, end, value) for each count in words that spell_digits replaces, in order.

    In:  any text. Out: the spans on text itself (a glued prefix is outside the span).

    >>> list(number_spans("وخمسة من عشرين"))
    [(1, 5, 5), (9, 14, 20)]
    """
    done = 0
    for m in _WORD.finditer(text):
        if m.start() < done:
            continue
        word = m.group()
        bare = word if word.isalpha() and "\u0640" not in word else _MARK.sub("", word)
        prefix = _STARTS.get(bare)
        if prefix is None or m.start() and _glued(text[m.start() - 1]):
            continue  # glued to digits or another script: damaged text («2025عشر», «ICCDلأربعين»)
        start, read = _read_after(text, m, prefix)
        if prefix == 0 and bare[0] in "وؤ" and _STARTS.get(bare[1:]) == 0:
            # «واحد عشر»: «وأحد عشر» (and eleven) without its hamza, not «واحد» (one) and ten
            start_wa, read_wa = _read_after(text, m, 1)
            if read_wa is not None and (read is None or read_wa[2] > read[2]):
                start, read = start_wa, read_wa
        if read is None or read[0] < len(text) and _glued(text[read[0]]):
            continue
        if not _is_count(text, m.start(), start, *read):
            continue
        yield start, read[0], read[1]
        done = read[0]


def _read_after(text: str, m: re.Match, prefix: int) -> tuple[int, tuple[int, int, int] | None]:
    """(where the number starts, what _read reads there) for the word m with a glued prefix of that many letters."""
    start = m.start()
    while prefix:  # step over the prefix letters and their marks
        start += 1
        prefix -= _MARK.match(text, start - 1) is None
    while _MARK.match(text, start):
        start += 1
    return start, _read(text, start, m.end())


def _glued(char: str) -> bool:
    """Whether char, next to a word, glues it to another: a letter, a digit, or a mark («twentyًtwenty»)."""
    return char.isalnum() or _MARK.match(char) is not None


def _is_count(text: str, at: int, start: int, end: int, value: int, words: int) -> bool:
    """Whether the number read at text[start:end] (its prefix from at) is a count to replace."""
    if words == 1 and value == 1:
        return False  # "one", «واحد», «إحدى» on their own
    if value >= 1000000:
        return False  # a population or a sum («174 مليون شخص», "USD 2 million"), never an audience
    first = _WORD.match(text, start).group()
    if _DIGITS_BEFORE.search(text, max(0, at - 12), at) and _is_scale(first):
        return False  # "174 million", «3 آلاف»: the number is in digits already, the word its scale
    if first.isascii():
        nxt = _NEXT.match(text, end)
        if nxt is not None:
            after = nxt.group("w").lower()
            if after in _EN_ORDINALS:
                return False  # "twenty-first", "two-thirds"
            if after == "and":
                again = _NEXT.match(text, nxt.end())
                if again is not None and again.group("w").lower() in ("a", *_EN_ORDINALS):
                    return False  # "two and a half", "one hundred and first"
        return not first[0].isupper() or _starts_sentence(text, start)
    before = text[max(0, at - 24):at].split()
    if before and strip_article(fold(before[-1])) in _AR_ORDINALS:
        return _AR.get(fold(first), ("", 0))[0] not in ("ten", "tens")  # «الخامسة عشرة» the fifteenth
    return True


_DIGITS_BEFORE = re.compile(r"\d[\d.,]*[ \t\u00A0]*$")
_SCALES = frozenset(("a", "hundred", "scale", "dozen", "thousand", "thousands", "thousands2", "million", "millions",
                     "millions2"))


def _is_scale(word: str) -> bool:
    """Whether word names a hundred, a thousand, a million or a dozen, not how many of them."""
    return _EN.get(word.lower(), _AR.get(fold(word), ("", 0)))[0] in _SCALES


def _starts_sentence(text: str, start: int) -> bool:
    """Whether text[start] opens a sentence, a line or a quoted or bracketed phrase."""
    i = start - 1
    while i >= 0 and text[i] in " \t\u00A0\"'“‘(«[•*-–—":
        i -= 1
    return i < 0 or text[i] in ".!?:;\n\r"


def _read(text: str, start: int, end: int) -> tuple[int, int, int] | None:
    """Read the longest number whose first word (its glued prefix dropped) is text[start:end].

    Out: (where it ends, its value, how many words it has), or None when no number starts there.
    """
    if text[start].isascii():
        return _read_english(text, start, end)
    return _read_arabic(text, start, end)


def _read_english(text: str, start: int, end: int) -> tuple[int, int, int] | None:
    total = current = 0
    lowest = 10 ** 10  # the smallest scale used so far: "thousand" after "thousand" is no number
    last = None
    best = None
    words = 0
    word = text[start:end].lower()
    while True:
        kind, value = _EN.get(word, (None, 0))
        if kind in ("unit", "teen", "tens"):
            if not (last in (None, "hundred", "scale", "and") or kind == "unit" and last == "tens"):
                break
            current += value
        elif kind == "hundred":
            if last == "a":
                current = 100
            elif last in ("unit", "teen", "tens") and 1 <= current <= 99:
                current *= 100
            else:
                break
        elif kind == "scale":
            if last == "a":
                current = 1
            elif last not in ("unit", "teen", "tens", "hundred"):
                break
            if not (1 <= current <= 999 and value < lowest):
                break
            total += current * value
            lowest = value
            current = 0
        elif kind == "dozen":
            if last == "a":
                current = 12
            elif last == "unit" and total == 0 and current < 10:
                current *= 12
            else:
                break
        elif kind == "a":
            if last is not None:
                break
        elif kind == "and":
            if last not in ("hundred", "scale"):
                break
        else:
            break
        last = kind
        if kind not in ("a", "and"):
            words += 1
            best = (end, total + current, words)
            if kind == "dozen":
                break
        nxt = _NEXT.match(text, end)
        if nxt is None:
            break
        word = nxt.group("w")
        if not (word.islower() or word.istitle() or word.isupper()):
            break  # "tWenty" is no number word (the first word is looked up in these casings too)
        word = word.lower()
        if (kind == "and" or word == "and") and not nxt.group("sep").isspace():
            break
        end = nxt.end("w")
    return best


def _next_arabic_word(text: str, end: int) -> tuple[int, int, str] | None:
    """The Arabic word after white space at end: (start, end, folded key), or None."""
    nxt = _NEXT.match(text, end)
    if nxt is None or not nxt.group("sep").isspace() or nxt.group("w").isascii():
        return None
    return nxt.start("w"), nxt.end("w"), fold(nxt.group("w"))


def _read_arabic(text: str, start: int, end: int) -> tuple[int, int, int] | None:
    """Read an Arabic number from its first word text[start:end] (its glued prefix dropped) on."""
    key = fold(text[start:end])
    if key not in _AR:
        return None
    total = current = unit = 0
    one_wa = False
    last = None
    best = None
    words = 0
    wa = False
    while True:
        kind, value = _AR[key]
        if last is None:
            if kind in ("thousands", "millions"):
                return None  # «آلاف» (thousands of) alone: an estimate
            if key == _ALFA:
                # ألفا alone: the construct dual (2000, «ألفا مشارك»); with tanween, ألفًا, a thousand
                kind, value = "thousand", 1000 if "\u064B" in text[start:end] else 2000
            if kind == "hundred":
                kind = "hundreds"
            if kind in ("thousand", "thousands2", "million", "millions2"):
                total, kind = value, "thousand"
            else:
                current = value
        elif wa:
            # a part after «و»: units before tens (خمسة وعشرون), below a hundred after hundreds,
            # below a thousand after thousands
            if kind == "tens" and last in ("one", "unit") and current % 100 < 10:
                pass
            elif kind in ("one", "unit", "twelve", "ten", "tens") and last in ("hundreds", "thousand"):
                pass
            elif kind in ("hundred", "hundreds") and last == "thousand" and current == 0:
                kind = "hundreds"
            else:
                break
            current += value
        elif kind == "ten" and last in ("one", "unit", "twelve") and current % 100 == unit and not one_wa:
            current += 10  # «خمسة عشر», «إحدى عشرة»
            kind = "teen"
        elif kind == "hundred" and last == "unit" and 3 <= unit <= 9 and current == unit:
            current = unit * 100  # «ثلاث مائة»
            kind = "hundreds"
        elif kind in ("thousand", "thousands", "million", "millions") and last != "thousand" and total == 0 \
                and 1 <= current <= 999 and (kind in ("thousand", "million") or 3 <= current <= 10):
            total, current = current * value, 0
            kind = "thousand"
        else:
            break
        if kind in ("one", "unit", "twelve"):
            unit = value
        one_wa = key[0] == _WA  # «واحد»: eleven is «أحد عشر», never «واحد عشر»
        last = kind
        words += 1
        if kind != "twelve":
            best = (end, total + current, words)
        # the next word: «و» apart, or glued to it
        nxt = _next_arabic_word(text, end)
        if nxt is None:
            break
        start, end, key = nxt
        wa = False
        if key == _WA:
            nxt = _next_arabic_word(text, end)
            if nxt is None:
                break
            start, end, key = nxt
            wa = True
        elif key.startswith(_WA) and key[1:] in _AR:
            key, wa = key[1:], True
        if key not in _AR:
            break
    return best
