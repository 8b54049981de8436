"""Normalise Arabic (and Latin) text so that spellings of one name compare equal.

In:  any text.
Out: a folded form for matching; never used for display.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from functools import lru_cache

# Tashkeel (harakat, shadda, sukun), superscript alef and tatweel carry no
# identity: «سيُسلَّم» and «سيسلم» are one word.
_MARKS = re.compile("[\u0610-\u061A\u064B-\u065F\u0670\u0640\u06D6-\u06ED]")
_LETTERS = str.maketrans({
    "\u0623": "\u0627", "\u0625": "\u0627", "\u0622": "\u0627", "\u0671": "\u0627",  # أ إ آ ٱ -> ا
    "\u0649": "\u064A", "\u06CC": "\u064A",  # ى and Persian yeh -> ي
    "\u0629": "\u0647",  # ة -> ه
    "\u0624": "\u0648",  # ؤ -> و
    "\u0626": "\u064A",  # ئ -> ي
    "\u06A9": "\u0643",  # keheh -> ك
    "\u0131": "i", "\u0130": "I",  # Turkish dotless/dotted i: KOBİA is KOBIA
})
_DIGITS = str.maketrans({**{chr(0x0660 + i): str(i) for i in range(10)},
                         **{chr(0x06F0 + i): str(i) for i in range(10)}})
_INDIC_DIGIT = re.compile("[\u0660-\u0669\u06F0-\u06F9]")  # a scan is cheaper than translate's lookups
_SPACES = re.compile(r"\s+")
_BIDI = re.compile("[\u200c-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


def to_ascii_digits(text: str) -> str:
    """Replace Arabic-Indic and Eastern Arabic-Indic digits by ASCII digits.

    >>> to_ascii_digits("٢٠٢٥ و ۱۲")
    '2025 و 12'
    """
    return text.translate(_DIGITS) if has_indic_digits(text) else text


_INDIC_DIGITS = tuple(map(chr, (*range(0x0660, 0x066A), *range(0x06F0, 0x06FA))))
_INDIC_SCAN_BELOW = 160


def has_indic_digits(text: str) -> bool:
    """True when text writes an Arabic-Indic or Eastern Arabic-Indic digit.

    A text of 160 characters or more is looked at with one substring search per digit (`in`, in C:
    a text without them, the usual case, is passed over at memory speed), a shorter one with a class
    scan (the regex engine reads each character, ~8 ns, but twenty calls cost more on a short text).
    Bullets of report 004 and the loaders' texts: 0.64 -> 0.05 ms over the whole of 004.

    >>> has_indic_digits("في ٢٠٢٥"), has_indic_digits("in 2025"), has_indic_digits("۱۲" + " " * 200)
    (True, False, True)
    """
    if len(text) < _INDIC_SCAN_BELOW:
        return _INDIC_DIGIT.search(text) is not None
    return any(map(text.__contains__, _INDIC_DIGITS))


# Punctuation and symbols (Unicode categories P*, S*) of the Basic Multilingual Plane become
# spaces, and combining marks other than Arabic ones are dropped: one table, one regex, built
# once, so fold() does no per-character Python work (speed target of issue 3).
_PUNCT_TO_SPACE = {cp: " " for cp in range(0x10000) if unicodedata.category(chr(cp))[0] in "PS"}
_COMBINING = re.compile("[" + "".join(
    re.escape(chr(cp)) for cp in range(0x10000)
    if unicodedata.combining(chr(cp)) and not 0x0600 <= cp <= 0x06FF) + "]")
_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")
# _LETTERS, _DIGITS and _PUNCT_TO_SPACE in one table (no key of one is a value of another): one pass.
_LETTERS_DIGITS = {**_LETTERS, **_DIGITS}
_LETTERS_DIGITS_PUNCT = {**_PUNCT_TO_SPACE, **_LETTERS_DIGITS}
_LETTER_PAIRS = tuple((chr(k), v) for k, v in _LETTERS.items())
_PUNCT = re.compile("[" + "".join(re.escape(chr(cp)) for cp in sorted(_PUNCT_TO_SPACE)) + "]")


def fold(text: str) -> str:
    """Fold text for comparison: letters unified, marks and punctuation dropped, casefolded.

    >>> fold("الإسكوا") == fold("الاسكوا")
    True
    >>> fold("KOBİA")
    'kobia'
    """
    if len(text) <= 64:
        return _fold_short(text)
    return _fold(text)


@lru_cache(maxsize=131072)
def _fold_short(text: str) -> str:
    return _fold(text)


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", _BIDI.sub("", text))
    text = _MARKS.sub("", text)
    if _ASTRAL.search(text):
        text = text.translate(_LETTERS_DIGITS)
        text = "".join(" " if unicodedata.category(ch)[0] in "PS" else ch for ch in text)
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch) or "\u0600" <= ch <= "\u06ff")
    else:
        text = unicodedata.normalize("NFKD", _translate(text))
        text = _COMBINING.sub("", text)
    return " ".join(text.split()).casefold()  # \\s and str.split's white space are one set (test_arabic.py)


def _translate(text: str) -> str:
    """text.translate(_LETTERS_DIGITS_PUNCT), quicker on long texts: translate looks every character up in a
    dict (60 ns each), str.replace and a class scan run in C over the text (no key is the value of another)."""
    for letter, plain in _LETTER_PAIRS:
        if letter in text:
            text = text.replace(letter, plain)
    if has_indic_digits(text):
        text = text.translate(_DIGITS)
    return _PUNCT.sub(" ", text) if _PUNCT.search(text) else text


def fold_acronym(text: str) -> str:
    """Fold an acronym: ASCII letters, casefolded, without '-', '.' or spaces.

    >>> fold_acronym("OIC-StatCom")
    'oicstatcom'
    """
    return _ACRONYM_GAPS.sub("", fold(text))


_ACRONYM_GAPS = re.compile(r"[\s.\-\u2010-\u2014]+")


# The article ال with the prefixes glued before it: و (and), ب (by/with),
# ك (as), ف (so); "لل" is ل (for) + ال with the alef dropped. A bare و/ب/ل is
# not stripped: it begins too many words («وزارة» ministry, «بنك» bank).
_CLITICS = ("وبال", "وال", "بال", "كال", "فال", "ولل", "لل", "ال")


@lru_cache(maxsize=131072)
def strip_article(word: str) -> str:
    """Drop a leading article and glued prepositions from one folded word.

    >>> strip_article("والبنك")
    'بنك'
    >>> strip_article("وزاره")
    'وزاره'
    >>> strip_article("للتنميه")
    'تنميه'
    """
    for prefix in _CLITICS:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            return word[len(prefix):]
    return word


def bare(text: str) -> str:
    """Fold text and strip the article/clitics from every word: a key for names.

    >>> bare("البنك الإسلامي للتنمية") == bare("بنك اسلامي تنميه")
    True
    """
    if len(text) <= 64:
        return _bare_short(text)  # a name or a phrase: they repeat
    return " ".join(map(strip_article, fold(text).split()))


@lru_cache(maxsize=65536)
def _bare_short(text: str) -> str:
    return " ".join(map(strip_article, fold(text).split()))


# Marks a page may write on its letters without changing the word: tanween, harakat, shadda, sukun
# (U+064B-U+0652), the superscript alef (U+0670) and tatweel (U+0640): «وقّع» is «وقع», «يُعقد» is «يعقد»,
# «الـ27» is «ال27». (The tanween of «ألفًا», a thousand, tells it from «ألفا», two thousand: loaders.numbers
# reads it, so it stays.)
_WRITTEN_MARKS = re.compile("(?:(?<!ألف)(?<!ألفا)\u064B|[\u064C-\u0652\u0670\u0640])+")
_ANY_MARK = re.compile("[\u064B-\u0652\u0670\u0640]")  # a plain class: the engine scans for it fast


def has_marks(text: str) -> bool:
    """True when text writes a mark that `Unmarked` drops.

    >>> has_marks("وقّع"), has_marks("وقع")
    (True, False)
    """
    first = _ANY_MARK.search(text)
    return first is not None and _WRITTEN_MARKS.search(text, first.start()) is not None



def unmarked(text: str) -> str:
    """text without the marks `Unmarked` drops; text itself when it writes none (the cheap, usual case).

    >>> unmarked("نظّمت"), unmarked("نظمت")
    ('نظمت', 'نظمت')
    """
    return Unmarked(text).text if has_marks(text) else text

class Unmarked:
    """A text with its written Arabic marks dropped, and the way back to the original's offsets.

    Cue words, dates, months, names and counts are matched in `text`; every offset found there is
    turned back into the original's with `start()` / `end()`, so `original[start:end]` is the span as
    the page wrote it.

    >>> u = Unmarked("وقّع سيسرك")
    >>> u.text
    'وقع سيسرك'
    >>> u.original[u.start(4):u.end(9)], u.original[u.start(0):u.end(3)]
    ('سيسرك', 'وقّع')
    """

    def __init__(self, original: str):
        self.original = original
        pieces, last, removed = [], 0, 0
        # plain offset `at[k]` and after it: the original's is `shift[k]` further on
        self._at, self._shift = [0], [0]
        for m in _WRITTEN_MARKS.finditer(original):
            pieces.append(original[last:m.start()])
            removed += m.end() - m.start()
            last = m.end()
            self._at.append(m.end() - removed)
            self._shift.append(removed)
        pieces.append(original[last:])
        self.text = "".join(pieces)

    def start(self, offset: int) -> int:
        """The original offset of the character at `offset` of the text (marks before it belong to the
        letter before)."""
        return offset + self._shift[bisect_right(self._at, offset) - 1]

    def end(self, offset: int) -> int:
        """The original end (exclusive) of a span ending at `offset`: the marks on its last letter included."""
        return self.start(offset)

    def span(self, span: tuple[int, int] | None) -> tuple[int, int] | None:
        return None if span is None else (self.start(span[0]), self.end(span[1]))

    def written(self, value: str | None, near: tuple[int, int] | None = None) -> str | None:
        """`value` as the original writes it, when value is a piece of the text (looked for inside `near`
        first); a value made of lines («headline\\nlead») is restored line by line; else value as it is.

        >>> Unmarked("نظّمت سيسرك ندوة").written("سيسرك ندوة")
        'سيسرك ندوة'
        >>> Unmarked("نظّمت سيسرك\\nندوةً").written("نظمت سيسرك\\nندوة")
        'نظّمت سيسرك\\nندوةً'
        """
        if not value:
            return value
        at = -1
        if near is not None:
            at = self.text.find(value, near[0], near[1] + 1)
        if at < 0:
            at = self.text.find(value)
        if at >= 0:
            return self.original[self.start(at):self.end(at + len(value))]
        if "\n" in value:
            return "\n".join(self.written(line, near) for line in value.split("\n"))
        return value
