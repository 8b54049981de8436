"""Repair the damage PDF extraction does to Arabic text, keeping a map back to the original.

In:  the plain text of a document extracted from a PDF.
Out: a `Repaired` text: the lines put back in reading order and rejoined into
     paragraphs, with `origin` mapping every repaired character back to its
     offset in the ORIGINAL text, so a span found in the repaired text can be
     reported against the source file.

What extraction does (sample text 003_4313a17dbf0ecda5.txt, a COMCEC agenda):

- A right-to-left line is cut into chunks at every change of direction (numbers,
  Latin acronyms) and the chunks come out in visual order, i.e. reversed:
  «في أنقرة. 2025مايو  14-13للجنة المتابعة، المقرر عقده يومي» is
  «للجنة المتابعة، المقرر عقده يومي 14-13 مايو 2025 في أنقرة.». Reversing the
  chunks of a line puts numbers and acronyms back next to the words they belong to.
- Brackets come out mirrored: «الإجراء)ات( اللازم)ة(» is «الإجراء(ات) اللازم(ة)».
- Every visual line is followed by an empty line and sentences run on across
  lines; a paragraph ends with a full stop or a short line (a heading).
- Words are split by a space: «استر اتيجية» is «استراتيجية».
- A bold label is a chunk of its own: «... على الإجراء)ات( اللازم)ة(:» opens its line.
- Page numbers stand alone between the two halves of a sentence.

Chunk breaks that are not at a change of direction (font changes) are seen
only by their traces, and repaired only then: a word cut in two at both ends of
a line («عن تقدي» ... «رها لتركيا»), a bracket of a displaced acronym left inside
a chunk, the preposition before a date followed by a few stray words. Other
lines keep their words in the extracted order.
"""
from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from struct import Struct
from functools import lru_cache
from itertools import compress, islice
from operator import and_

from loaders.dates import month_number
from loaders.scan import Led

_ARABIC = re.compile("[\u0621-\u064A]")
# A left-to-right run: Latin words and numbers, with the joiners that stay inside
# one run («14-13», «TPS-OIC», «COMCEC SME Program», «2025-2016», «OIC- VET»).
_LTR_TOKEN = r"[0-9A-Za-z\u00C0-\u024F\u0660-\u0669](?:[0-9A-Za-z\u00C0-\u024F\u0660-\u0669.,/:&_%'’]*[0-9A-Za-z\u00C0-\u024F\u0660-\u0669])?"
_LTR_RUN = re.compile(rf"{_LTR_TOKEN}(?:(?:[ \-–]|- )+{_LTR_TOKEN})*-?")
_LTR_SPLIT = re.compile(f"({_LTR_RUN.pattern})")
_MIRROR = str.maketrans("()[]{}", ")(][}{")


def _mirror(piece: str) -> str:
    """Turn the brackets of piece (what piece.translate(_MIRROR) gives, ~10x faster for round brackets).

    >>> _mirror("الإجراء)ات( اللازم)ة(")
    'الإجراء(ات) اللازم(ة)'
    """
    if "[" in piece or "]" in piece or "{" in piece or "}" in piece:
        return piece.translate(_MIRROR)
    if "(" in piece:
        return ")".join([part.replace(")", "(") for part in piece.split("(")])
    return piece.replace(")", "(")
# Evidence of mirrored brackets: «)الاجتماع» (a closing bracket opening a word), «المالي(» (an
# opening bracket closing one), «( TWG» and «والعشرون )» (brackets turned away from their words), i.e.
# what (?:^|\s)\)(?=\w)|(?<=\w)\((?=\s|$)|\((?=\s)|(?<=\s)\) finds (MULTILINE); proper brackets are
# (?:^|\s)\((?=\w)|(?<=\w)\)(?=[\s،.,:؛]|$). Every match holds one bracket, so each is counted at its
# bracket: each pattern opens with one bracket character (the engine skips to a plain character ~10x faster
# than to a class of two), and mirrored() reads the text's two ends, where ^ and $ stand for a missing
# neighbour, apart.
# The two patterns whole, led (scan.Led): the reference mirrored() counts what they count (tests/test_pdftext.py),
# and tests/test_scan.py checks Led on them.
_MIRRORED = Led(re.compile(r"(?=[\s()])(?:(?:^|\s)\)(?=\w)|(?<=\w)\((?=\s|$)|\((?=\s)|(?<=\s)\))", re.MULTILINE))
_PROPER = Led(re.compile(r"(?=[\s()])(?:(?:^|\s)\((?=\w)|(?<=\w)\)(?=[\s،.,:؛]|$))", re.MULTILINE))
_MIRRORED_AT = (re.compile(r"\)(?<=\s\))"), re.compile(r"\((?=\s)"))
_PROPER_AT = (re.compile(r"\((?<=\s\()(?=\w)"), re.compile(r"\)(?<=\w\))(?=[\s،.,:؛])"))
_BLOCK_END = frozenset(".:؛!؟")  # a run ending with one, white space aside, ends its paragraph
# A word's matching key, cheap enough for every word of a long text (fold() works per character):
# alef/hamza/ya/ta-marbuta forms unified and Arabic-Indic digits made ASCII (one character for
# one, so keys of a whole text keep its offsets), then marks and tatweel dropped.
_KEY_PAIRS = tuple(zip("أإآٱىةؤئ٠١٢٣٤٥٦٧٨٩", "اااايهوي0123456789"))


def _unify(text: str) -> str:
    # str.replace runs in C for each pair; str.translate looks every character up in a dict.
    for old, new in _KEY_PAIRS:
        if old in text:
            text = text.replace(old, new)
    return text
_MARKS = re.compile("[\u064B-\u0652\u0670\u0640]")


@lru_cache(maxsize=65536)
def word_key(word: str) -> str:
    """Return the matching key of one word (what loaders.arabic.fold gives a plain word).

    Words repeat (the first and last words of each line of a long text are looked up), so
    each is keyed once.

    >>> word_key("الرابعة") == word_key("الرابعه"), word_key("٢٠٢٥"), word_key("يتجزّأ")
    (True, '2025', 'يتجزا')
    """
    return _MARKS.sub("", _unify(word)).casefold()


def _counts(text: str) -> Counter:
    """How often each Arabic word of text occurs, by key (one pass in C)."""
    return Counter(_WORD.findall(_MARKS.sub("", _unify(text))))


_LETTER = "[\u0621-\u064A\u064B-\u0652\u0670\u0640]"
# A run of Arabic letters (marks and tatweel within it), kept by split() at the odd places.
_LETTER_RUN = re.compile(f"({_LETTER}+)")
# A digit or Latin letter with an Arabic letter right after or right before it; the scan stops only at
# digits and Latin letters, the rarer side in Arabic text.
_GLUED = re.compile(r"[0-9A-Za-z\u0660-\u0669](?:(?=[\u0621-\u064A])|(?<=[\u0621-\u064A].))")
_PAGE_NUMBER = re.compile(r"[-–]?\s*[0-9\u0660-\u0669]{1,3}\s*[-–]?")
# A stripped line opens with no white space, so a page number's line opens with a dash or a digit: other lines
# are not matched against the pattern.
_PAGE_NUMBER_FIRST = frozenset("-–0123456789\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669")
_HYPHENATED = re.compile(r"[A-Za-z]-$")
_WORDY = re.compile(r"\w")  # a piece that opens with a letter or digit (str.isalnum: what \w reads, with «_») has one
_WORD = re.compile(r"[\u0621-\u064A\u064B-\u0652\u0670\u0640]+")


@dataclass(frozen=True)
class Repaired:
    """Repaired text and, for each of its characters, the offset it came from."""

    text: str
    origin: array

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Return the original (start, end) covering the repaired text[start:end].

        >>> r = repair("abc")
        >>> r.span(1, 3)
        (1, 3)
        """
        if end <= start:
            at = self.origin[min(start, len(self.origin) - 1)]
            return at, at
        chunk = self.origin[start:end]
        return min(chunk), max(chunk) + 1


Run = tuple[str, array]


_POSITIONS = [array("l")]  # 0, 1, 2, ...: a run's offsets are a slice of it (a copy in C), not built one by one
_POSITIONS_MAX = 1 << 22


def _run(text: str, at: int) -> Run:
    end = at + len(text)
    positions = _POSITIONS[0]
    if end > len(positions):
        if end > _POSITIONS_MAX:
            return text, array("l", range(at, end))
        positions = array("l", range(min(2 * end, _POSITIONS_MAX)))
        _POSITIONS[0] = positions  # replaced whole, never grown in place: a reader never sees it half built
    return text, positions[at:end]


def _cut(run: Run, start: int, end: int) -> Run:
    return run[0][start:end], run[1][start:end]


# A bold label is a chunk of its own and opens its line: «... اللجنة على الإجراء)ات( اللازم)ة(:»
# is «الإجراء(ات) اللازم(ة): ... اللجنة على» (the action lines of 003).
_LABEL = re.compile(r"\s*الإجراء\W{0,2}ات\W{0,2}\s*اللازم\W{0,2}ة\W{0,2}:\s*")
_LABEL_WORD = "الإجراء"  # in every label: a line without it is not searched


def _label_first(line: str, offset: int) -> list[tuple[str, int]]:
    m = _LABEL.search(line) if _LABEL_WORD in line else None
    if m is None or m.start() == 0:
        return [(line, offset)]
    parts = [(line[m.start():m.end()], offset + m.start())]
    if m.end() < len(line):
        parts.append((line[m.end():], offset + m.end()))
    parts.append((line[:m.start()], offset))
    return parts


def _reading_runs(line: str, offset: int) -> list[Run]:
    """Split one line into direction runs and return them in reading order."""
    out: list[Run] = []
    for part, at in _label_first(line, offset):
        out.extend(_direction_runs(part, at))
    return out


def _direction_runs(line: str, offset: int) -> list[Run]:
    # one split in C: right-to-left text at the even places (maybe empty), left-to-right runs at the odd
    runs: list[Run] = []
    at = offset
    for part in _LTR_SPLIT.split(line):
        if part:
            runs.append(_run(part, at))
            at += len(part)
    out: list[Run] = []
    for run in reversed(runs):
        if "(" in run[0] or ")" in run[0]:
            out.extend(_split_at_bracket(run))
        else:
            out.append(run)
    return out


# A bracket of a displaced acronym left inside an Arabic chunk marks a chunk
# break: «ون لفريق عمل النقل والاتصالات )الصلة، سيعقد الاجتماع الرابع والعشر»
# (003 l.521) is «الصلة، سيعقد الاجتماع الرابع والعشر» + «ون لفريق ... )».
_INNER_BRACKET = re.compile(r"(?<=\S)\s*[()]\s*(?=[\u0621-\u064A])")


def _split_at_bracket(run: Run) -> list[Run]:
    text = run[0]
    # the bracket count first: two counts in C settle most runs without the pattern
    if text.count("(") + text.count(")") != 1 or _LTR_RUN.fullmatch(text.strip()):
        return [run]
    m = _INNER_BRACKET.search(text)
    if m is None or not text[:m.start()].strip() or not text[m.end():].strip():
        return [run]
    return [_cut(run, m.end(), len(text)), _cut(run, 0, m.end())]


# A chunk that ends in the preposition before a date, then a few words, then the
# date: «بانعقاد اجتماع الوزراء ... في وقد رحبت الدورة» + «4 نوفمبر» (003 l.161)
# is «وقد رحبت الدورة بانعقاد اجتماع الوزراء ... في» + «4 نوفمبر».
_TAIL_AFTER_PREPOSITION = re.compile(r"^(.*\s(?:في|يومي|يوم|بتاريخ))\s+((?:\S+\s+){0,4}\S+)\s*$", re.DOTALL)
_PREPOSITIONS = frozenset(("في", "يومي", "يوم", "بتاريخ"))


def _rotate_tail(run: Run, vocabulary: Counter, joins: list | None = None) -> Run:
    # the preposition is a word among the last six, not the last: most runs fail here, not in the
    # pattern, whose «.*» reads the whole run and backs off again
    if _PREPOSITIONS.isdisjoint(run[0].rsplit(None, 6)[-6:-1]):
        return run
    m = _TAIL_AFTER_PREPOSITION.match(run[0])
    if m is None or not _ARABIC.search(m.group(2)) or _ENDS_WITH_PREPOSITION.search(m.group(2)) or \
            month_number(m.group(2).split()[-1]):  # «في مايو» + «2026»: the month is where it belongs
        return run
    head, tail = _cut(run, 0, m.end(1)), _cut(run, m.start(2), m.end(2))
    head_text = head[0].lstrip()
    head = _cut(head, len(head[0]) - len(head_text), len(head[0]))
    last, first = tail[0].split()[-1], head_text.split()[0]
    joined = word_key(last + first)
    if not _known(last, vocabulary) and (len(first) == 1 or not _known(first, vocabulary)) and vocabulary.get(joined, 0):
        if joins is not None:
            joins.append((tail[0], head[0]))
        return tail[0] + head[0], tail[1] + head[1]   # «لفريق العم» + «ل المعني»: one word cut in two
    return tail[0] + " " + head[0], tail[1] + array("l", [tail[1][-1]]) + head[1]


_ENDS_WITH_PREPOSITION = re.compile(r"(?:^|\s)(?:في|يومي|يوم|بتاريخ)\s*$")


def _join_edge_fragments(run: Run, vocabulary: Counter, joins: list | None = None) -> Run:
    """Rejoin a word the chunk break cut in two: the run ends with its head, starts with its tail.

    joins, when given, gets the two texts put together with nothing between them (see `_reordered`).
    """
    text = run[0].strip()
    # the run opens and ends with an Arabic letter (compared in place: no pattern call for most runs)
    if not text or not ("\u0621" <= text[0] <= "\u064A" and "\u0621" <= text[-1] <= "\u064A"):
        return run
    # the first and last words, and whether there are three or more, without splitting the whole line
    head = text.split(None, 2)
    if len(head) < 3:
        return run
    # The line's last word is a head nowhere else written alone, the first a tail seen at most at
    # one other chunk break («رها» of «تقديرها» and of «وغيرها»), and together they are a word. The
    # first word is tested first: most lines open with a common word and fail there.
    first = head[0]
    if vocabulary.get(word_key(first), 0) > 2:
        return run
    last = text.rsplit(None, 1)[-1]
    if _known(last, vocabulary):
        return run
    joined = word_key(last + first)
    if not (vocabulary.get(joined, 0) or (joined[:1] == "و" and vocabulary.get(joined[1:], 0))):
        return run
    lead = run[0].index(text[0])
    body_start = lead + len(first)
    while body_start < len(run[0]) and run[0][body_start] == " ":
        body_start += 1
    body_end = lead + len(text)
    head = _cut(run, lead, lead + len(first))
    opener = _OPENER.search(run[0], body_start, body_end)
    if opener is not None:
        # «رها لتركيا ... القطاع الخاص علاوة على ذلك، أعربت ... عن تقدي» (003 l.553) is the chunk
        # «علاوة على ذلك، أعربت ... عن تقدي» + «رها لتركيا ... القطاع الخاص»: put it back in order.
        c1, c2 = _cut(run, opener.start(), body_end), _cut(run, body_start, opener.start())
        c2 = c2[0].rstrip(), c2[1][:len(c2[0].rstrip())]
        if joins is not None:
            joins.append((c1[0], head[0]))
        return (c1[0] + head[0] + " " + c2[0], c1[1] + head[1] + array("l", [c2[1][0] if len(c2[1]) else 0]) + c2[1])
    body = _cut(run, body_start, body_end)
    if joins is not None:
        joins.append((body[0], head[0]))
    return body[0] + head[0], body[1] + head[1]


# Words that open a clause, where a chunk that was cut off the line's start begins.
_OPENER = re.compile(r"(?<=\s)(?:و?علاوة على ذلك|وبالإضافة إلى ذلك|بالإضافة إلى ذلك|وقد|كما|وإذ|وفقا|وفقًا|وتماشيا)(?=[\s،])")


def _known(word: str, vocabulary: Counter) -> bool:
    """True when the text writes the word whole somewhere else (or with «و» and) as well."""
    key = word_key(word)
    count = vocabulary.get  # not vocabulary[...]: a missing key would cost a Counter.__missing__ call
    return count(key, 0) > 1 or count("و" + key, 0) > 0 or (key[:1] == "و" and count(key[1:], 0) > 0)


def _vocabulary(text: str) -> Counter:
    return _counts(text)


def is_displaced(line: str) -> bool:
    """True when an Arabic line carries a number or acronym glued to an Arabic word.

    >>> is_displaced("في أنقرة. 2025مايو  14-13للجنة المتابعة")
    True
    >>> is_displaced("عقد في 14 مايو 2025 في أنقرة (TWG).")
    False
    """
    return _GLUED.search(line) is not None


def mirrored(text: str) -> bool:
    """True when the text's brackets come out mirrored («)الاجتماع» for «(الاجتماع»).

    >>> mirrored("اجتماعاتها )الاجتماع الثالث للتعاون المالي( في مايو")
    True
    >>> mirrored("اجتماعاتها (الاجتماع الثالث للتعاون المالي) في مايو")
    False
    """
    head = text[:50_000]  # the first pages say how the extractor wrote brackets
    if "(" not in head and ")" not in head:
        return False
    first, second, last, before = head[:1], head[1:2], head[-1:], head[-2:-1]
    flipped = sum(len(at.findall(head)) for at in _MIRRORED_AT) + (first == ")" and _WORDY.match(second) is not None) + \
        (last == "(" and len(head) > 1 and _WORDY.match(before) is not None)
    proper = sum(len(at.findall(head)) for at in _PROPER_AT) + (first == "(" and _WORDY.match(second) is not None) + \
        (last == ")" and len(head) > 1 and _WORDY.match(before) is not None)
    return flipped > proper


def repair(text: str) -> Repaired:
    """Put each line's runs back in reading order, unmirror brackets and rejoin paragraphs.

    >>> r = repair(" في أنقرة. 2025مايو  14-13للجنة المتابعة، المقرر عقده يومي \\n")
    >>> r.text
    'للجنة المتابعة، المقرر عقده يومي 14-13 مايو 2025 في أنقرة.'
    >>> r.span(r.text.index("2025"), r.text.index("2025") + 4)
    (11, 15)
    """
    return join_split_words(*_reordered(text))


def _reordered(text: str) -> tuple[Repaired, Counter | None]:
    """The repaired text before split words are joined, and how often each of its Arabic words occurs
    (None when that is not known without reading the repaired text).

    Reordering moves whole runs, never a word's letters apart, and puts a space between two wordy runs,
    so the repaired text writes the words of the original except where a join or a rotation put two
    texts together with nothing between them: there the word closing the first and the word opening
    the second are one word. Its counts are the vocabulary's, changed so at each such place. Two rare
    cases join the letters of two runs elsewhere, and leave the counts unknown: a piece written in
    marks alone (no word character, so no space around it), and a label cut off a word.
    """
    flip = mirrored(text)
    vocabulary = _vocabulary(text)
    lines = text.split("\n")
    bodies = list(map(str.strip, lines))  # in C, for every line at once
    widths = sorted(map(len, filter(None, bodies)))
    short_width = (widths[int(len(widths) * 0.75)] if widths else 0) * 0.6
    # a line and its stripped body are displaced alike (white space neither is nor stands next to a
    # glued character), so the first 400 lines are looked at once
    glued = list(map(_GLUED.search, bodies))  # each line asked once
    damaged_doc = sum(1 for found in glued[:400] if found) >= 5
    rows: list[tuple[list[Run], bool, bool]] = []
    joins: list[tuple[str, str]] = []  # the texts a join or a rotation put together, nothing between them
    known = True  # the counts of the repaired text follow from the vocabulary
    offset = 0
    for i, line in enumerate(lines):
        body = bodies[i]
        at, offset = offset, offset + len(line) + 1
        if not body or body[0] in _PAGE_NUMBER_FIRST and _PAGE_NUMBER.fullmatch(body):
            continue  # a page number between two halves of a sentence (003 l.254)
        lead = at + line.index(body[0])
        if _ARABIC.search(body) is None:
            runs = [_run(body, lead)]
        elif glued[i] or _LABEL_WORD in body and _LABEL.search(body):
            if _LABEL_WORD in body and _label_cuts_word(body):
                known = False
            runs = [_join_edge_fragments(r, vocabulary, joins) for r in _reading_runs(body, lead)]
        elif damaged_doc and "\u0621" <= body[0] <= "\u064A" and "\u0621" <= body[-1] <= "\u064A":
            runs = [_join_edge_fragments(_run(body, lead), vocabulary, joins)]
        else:  # nothing to join: a fragment's run opens and ends with an Arabic letter
            runs = [_run(body, lead)]
        rows.append((runs, len(body) < short_width, len(runs) > 1))
    # The runs in reading order, with a space between two wordy runs and a line break after a paragraph's
    # last line; a one-character piece keeps its origin packed alone (see `_origin_of`).
    texts: list[str] = []
    origins: list = []
    wordy = False  # the last piece has a word character
    last_row = len(rows) - 1
    for i, (runs, short, reordered) in enumerate(rows):
        last = len(runs) - 1
        for j, run in enumerate(runs):
            if reordered or (j == last and i < last_row and rows[i + 1][2]):
                following = runs[j + 1][0] if j < last else (rows[i + 1][0][0][0] if i < last_row else "")
                if following[:1].isdigit() and _ARABIC.search(run[0]):
                    run = _rotate_tail(run, vocabulary, joins)
            piece = run[0]
            if flip and ("(" in piece or ")" in piece) and not _LTR_RUN.fullmatch(piece.strip()):
                piece = _mirror(piece)
            was_wordy, wordy = wordy, piece[:1].isalnum() or _WORDY.search(piece) is not None
            if not wordy and _WORD.search(piece):
                known = False  # marks alone: the letters on either side of the piece meet
            if j == 0 and texts and piece[:1].islower() and _HYPHENATED.search(texts[-1]):
                texts[-1], origins[-1] = texts[-1][:-1], origins[-1][:-1]  # «Work-» + «ing Group»: one word
            elif was_wordy and wordy:
                texts.append(" ")
                origins.append(_LONG(run[1][0] if len(run[1]) else 0))
            texts.append(piece)
            origins.append(run[1])
        if short or runs[-1][0].rstrip()[-1:] in _BLOCK_END:
            texts.append("\n")
            origins.append(_LONG(runs[-1][1][-1] + 1 if len(runs[-1][1]) else 0))
            wordy = False
    origin = _origin_of(origins)
    counts = None
    if known:
        counts = vocabulary.copy()
        for left, right in joins:
            _count_join(counts, left, right)
    return _squeeze("".join(texts), origin), counts


def _count_join(counts: Counter, left: str, right: str) -> None:
    """Change counts of words for left and right put together: the word that closes left and the one that
    opens right, if both are there, are one word.

    >>> counts = Counter({"تقدي": 1, "رها": 2, "عن": 1})
    >>> _count_join(counts, "عن تقدي", "رها"); sorted((+counts).items())
    [('تقديرها', 1), ('رها', 1), ('عن', 1)]
    """
    opening = _WORD.match(right)
    if opening is None or not left or not ("\u0621" <= left[-1] <= "\u0652" or left[-1] == "\u0670"):
        return
    start = len(left) - 1
    while start and ("\u0621" <= left[start - 1] <= "\u0652" or left[start - 1] == "\u0670"):
        start -= 1
    a, b = word_key(left[start:]), word_key(opening.group())  # letters: the key _counts counts them by
    if a:
        counts[a] -= 1
    if b:
        counts[b] -= 1
    if a + b:
        counts[a + b] += 1


_LONG = Struct("l").pack  # one offset as an array("l") holds it


def _origin_of(parts: list) -> array:
    """One array of the offsets in parts (arrays, their memoryviews, and offsets packed by `_LONG`), in order.

    The parts are copied once, into a buffer of their whole size: an array grown by one extend per part
    is reallocated, and copied, dozens of times (a tenth of the instructions of repair on 003).

    >>> _origin_of([array("l", [3, 4]), _LONG(9), memoryview(array("l", [5, 6, 7]))[1:]])
    array('l', [3, 4, 9, 6, 7])
    """
    origin = array("l")
    origin.frombytes(b"".join(parts))
    return origin


def _label_cuts_word(line: str) -> bool:
    """True when the label of the line starts inside a word («والإجراء)ات(…»), which it is cut from.

    >>> _label_cuts_word("نص والإجراء)ات( اللازم)ة(: نص"), _label_cuts_word("نص الإجراء)ات( اللازم)ة(: نص")
    (True, False)
    """
    m = _LABEL.search(line)
    return m is not None and m.start() > 0 and _WORD.fullmatch(line, m.start() - 1, m.start() + 1) is not None


# Only white space that is not one plain space needs work: runs of two or more spaces and line breaks
# (a lone line break stays as it is), and a lone blank at either end of the text, which is dropped.
# Every such run holds a line break or two spaces: the engine skips to those plain strings (a class
# such as [ \n] is tried at every character of a non-Latin-1 text, ~10x slower), and each run is read
# whole from there.
_LINE_BREAK, _TWO_SPACES, _BLANKS = re.compile("\n"), re.compile("  "), re.compile("[ \n]*")


def _blank_runs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every run of two or more spaces and line breaks, in order.

    >>> _blank_runs("a \\nb\\nc   d\\n")
    [(1, 3), (6, 9)]
    """
    places = sorted([m.start() for m in _LINE_BREAK.finditer(text)] + [m.start() for m in _TWO_SPACES.finditer(text)])
    runs = []
    end = 0
    for at in places:
        if at < end:
            continue  # inside the last run
        start = at
        while start and text[start - 1] in " \n":
            start -= 1
        end = _BLANKS.match(text, at).end()
        if end - start >= 2:
            runs.append((start, end))
    return runs


def _squeeze(text: str, origin: array) -> Repaired:
    """Collapse runs of spaces (a run with a line break becomes the break) and strip the ends.

    What `(?: {2,}| *\\n[ \\n]*|^ +| +$)` read, match by match: two or more spaces are one
    space and the rest of the run, from its line break, one line break (with the origin of
    that break); a blank run at either end of the text is dropped.

    >>> _squeeze(" a  b \\n\\n c   \\nd ", array("l", range(15))).text
    'a b\\nc \\nd'
    """
    n = len(text)
    chars: list[str] = []
    keep: list = []  # the parts of the new origin (`_origin_of`)
    offsets = memoryview(origin)
    pos = 0
    if n and text[0] in " \n" and text[1:2] not in (" ", "\n"):
        pos = 1  # one blank opening the text
    for start, end in _blank_runs(text):
        spaces = end - start - len(text[start:end].lstrip(" "))
        if spaces >= 2:
            chars.append(text[pos:start])
            keep.append(offsets[pos:start])
            if 0 < start and start + spaces < n:
                chars.append(" ")
                keep.append(_LONG(origin[start]))
            pos = start + spaces
            if pos == end:
                continue
            start = pos  # the run goes on from its line break
        chars.append(text[pos:start])
        keep.append(offsets[pos:start])
        if 0 < start and end < n:
            chars.append("\n")
            keep.append(_LONG(origin[start + spaces if spaces < 2 else start]))
        pos = end
    if pos < n and text[-1] in " \n" and (n == 1 or text[-2] not in " \n"):
        n -= 1  # one blank closing the text
    chars.append(text[pos:n])
    keep.append(offsets[pos:n])
    return Repaired("".join(chars), _origin_of(keep))


def split_words(text: str) -> list[tuple[int, int, str]]:
    """Find words split by a space that the text itself writes whole elsewhere.

    Returns (start, end, word) for each pair «استر اتيجية» whose joined form is a
    word of the text and whose halves are not words on their own.

    >>> split_words("تنفيذ استراتيجية الكومسيك وتنفيذ استر اتيجية الكومسيك")
    [(33, 44, 'استراتيجية')]
    """
    return _split_words(text)


def _split_words(text: str, counts: Counter | None = None) -> list[tuple[int, int, str]]:
    """`split_words`, with the counts of text's words (`_counts`) when they are known."""
    # A pair is two words written once (marks aside) that make a word of the text, one space between
    # them. The words are looked at before the text: each word written once is looked for at the head
    # of the text's other words (sorted, those that start with it follow it), and the rest of such a
    # word must be written once too. Only the few pairs found so are looked for in the text, as plain
    # strings (003: 32 pairs of fragments such as «ع» + «قد»; one is a split word).
    unified = _unify(text)
    if counts is None:
        counts = _counts(text)
    once = set(compress(counts, map((1).__eq__, counts.values())))
    words = sorted(compress(counts, counts.values()))  # counts changed at joins may keep a 0
    pairs = []
    # In sorted order the words a word heads follow it, the first right after it: a word the next one
    # does not start with heads none, and most are told so in C (one map over neighbours).
    for i in compress(range(len(words) - 1), map(str.startswith, islice(words, 1, None), words)):
        a = words[i]
        if a not in once:
            continue
        k = i + 1
        while k < len(words) and words[k].startswith(a):
            if words[k][len(a):] in once:
                pairs.append((a, words[k][len(a):]))
            k += 1
    if len(pairs) > _PAIRS_LOOKED_FOR:
        return _split_words_read_whole(text, unified, counts, once)
    if not pairs:
        return []
    marks = [m.start() for m in _MARKS.finditer(unified)] if _MARKS.search(unified) else []
    plain = _MARKS.sub("", unified) if marks else unified
    before = [at - k for k, at in enumerate(marks)]  # the characters of plain before each mark

    def original(at: int) -> int:
        return at + bisect_right(before, at)

    found = []
    for a, b in pairs:
        pair = a + " " + b
        at = plain.find(pair)
        while at >= 0 and not (_outside_word(plain, at - 1) and _outside_word(plain, at + len(pair))):
            at = plain.find(pair, at + 1)
        if at < 0:
            continue
        start, end = original(at), original(at + len(pair) - 1) + 1
        while start and _MARKS.match(unified, start - 1):
            start -= 1  # marks before the first letter are the word's
        while _MARKS.match(unified, end):
            end += 1
        found.append((start, end, text[start:end].replace(" ", "", 1)))
    return sorted(found)


_PAIRS_LOOKED_FOR = 64  # beyond, the text is read word by word (`_split_words_read_whole`)


def _outside_word(text: str, at: int) -> bool:
    """True when at is outside text or no letter stands there (marks are gone: see `_split_words`)."""
    return not 0 <= at < len(text) or not "\u0621" <= text[at] <= "\u064A"


def _split_words_read_whole(text: str, unified: str, counts: Counter, once: set[str]) -> list[tuple[int, int, str]]:
    """`split_words` read from every word of the text, for texts with many pairs of words written once."""
    # One split in C gives the words (odd places) and what stands between them (even places): a pair
    # is two words with one space between them, both written once (marks aside). The words written
    # once are picked in C.
    parts = _LETTER_RUN.split(unified)
    words = parts[1::2]
    if _MARKS.search(unified):
        # a word written with marks or tatweel is written once when its key is
        once = once | {word for word in _marked_words(unified) if _MARKS.sub("", word) in once}
    flags = list(map(once.__contains__, words))
    count = counts.get
    found = []
    pos, done = 0, 0  # the offset of parts[done]
    for k in compress(range(len(words) - 1), map(and_, flags, islice(flags, 1, None))):
        if parts[2 * k + 2] != " ":
            continue
        a, b = words[k], words[k + 1]
        if _MARKS.search(a) or _MARKS.search(b):
            a, b = _MARKS.sub("", a), _MARKS.sub("", b)
        if not count(a + b, 0):
            continue
        pos += sum(map(len, parts[done:2 * k + 1]))
        done = 2 * k + 1
        start, end = pos, pos + len(words[k]) + 1 + len(words[k + 1])
        found.append((start, end, text[start:end].replace(" ", "", 1)))
    return found


def _marked_words(text: str) -> set[str]:
    """The words (of `_LETTER_RUN`) written with a mark or tatweel: each found from its first mark.

    >>> sorted(_marked_words("يتجزّأ من متاحةً ـ و(ً)"))
    ['ـ', 'متاحةً', 'يتجزّأ', 'ً']
    """
    found = set()
    end = 0
    for mark in _MARKS.finditer(text):
        at = mark.start()
        if at < end:
            continue  # in the last word
        start = at
        while start and ("\u0621" <= text[start - 1] <= "\u0652" or text[start - 1] == "\u0670"):
            start -= 1
        end = _WORD.match(text, at).end()
        found.add(text[start:end])
    return found


def join_split_words(repaired: Repaired, counts: Counter | None = None) -> Repaired:
    """Rejoin words split by a space (see `split_words`), keeping the origin map aligned; counts are those
    of the text's words when they are known (`_counts`)."""
    fixes = _split_words(repaired.text, counts)
    if not fixes:
        return repaired
    chars: list[str] = []
    keep: list = []  # the parts of the new origin (`_origin_of`)
    offsets = memoryview(repaired.origin)
    pos = 0
    for start, end, _word in fixes:
        chars.append(repaired.text[pos:start])
        keep.append(offsets[pos:start])
        gap = repaired.text.index(" ", start)
        chars.append(repaired.text[start:gap] + repaired.text[gap + 1:end])
        keep.append(offsets[start:gap])
        keep.append(offsets[gap + 1:end])
        pos = end
    chars.append(repaired.text[pos:])
    keep.append(offsets[pos:])
    return Repaired("".join(chars), _origin_of(keep))
