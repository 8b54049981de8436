"""Normalise Arabic (and Latin) text so that spellings of one name compare equal.

In:  any text.
Out: a folded form for matching; never used for display.
"""
from __future__ import annotations

import re
import unicodedata
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
    return text.translate(_DIGITS) if _INDIC_DIGIT.search(text) else text


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
        text = unicodedata.normalize("NFKD", text.translate(_LETTERS_DIGITS_PUNCT))
        text = _COMBINING.sub("", text)
    return _SPACES.sub(" ", text).strip().casefold()


def fold_acronym(text: str) -> str:
    """Fold an acronym: ASCII letters, casefolded, without '-', '.' or spaces.

    >>> fold_acronym("OIC-StatCom")
    'oicstatcom'
    """
    return re.sub(r"[\s.\-\u2010-\u2014]+", "", fold(text))


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
    return " ".join(strip_article(w) for w in fold(text).split())
