"""Scan long texts for cue patterns quickly: the regex engine skips to the letters a cue may start with.

In:  a compiled pattern that leads with a lookahead on its first letters, `(?=[…])(?:…)`.
Out: a `Led` pattern with the same `finditer`, `search` and `match` (same matches, same
     groups), several times faster on long texts.

Why: Python's regex engine skips quickly over the positions that cannot start a
match only when the pattern opens with a plain character (or class of characters)
and no case-blind letters; a lookahead `(?=[…])` is no such opening, so the engine
still enters the pattern at every position. `Led` finds the candidate positions with
`[…](?<=(?=PATTERN).)` — a plain class first, the whole pattern checked in place
at each — and reads each match with the original pattern. Every match of the
original is found, in the same order, and nothing else (tests/test_scan.py).

Arabic cues mostly start with the commonest letters («ا», «و», «ب», «ت»), so the engine
still enters the pattern at a quarter of the positions of a text. Where it can, `Led`
therefore skips to a rarer letter among the first four of each cue («م» of «تمويل»),
its anchor, and checks the pattern from the places up to three before it where a
cue may start (`_anchors`).
"""
from __future__ import annotations

import re
import sys
from bisect import bisect_left
from functools import lru_cache
from itertools import product
from re import _constants as sre
from re import _parser as sre_parse

# (?=[…]) at the start: letters, and class escapes such as \d or \s; no ranges, no negation
_LEAD = re.compile(r"\(\?=(?:\[((?:\\[dswn\]\\^-]|[^\]\\^-])+)\]|(\\[dsw]))\)")
_ITEM = re.compile(r"\\.|.", re.DOTALL)
_CLASS_SPECIAL = frozenset("]\\^-")
_NAMED_GROUP = re.compile(r"((?<!\\)(?:\\\\)*)\(\?P<\w+>")
_ENDPOS = sys.maxsize
# Parts shorter than this are read with the pattern itself: the scan's own steps cost more there than the
# engine's tries at every position (the loaders' recorded calls: Led 8-10 us, the pattern 4-5 us below 64 characters;
# even at 64-128, the Led ahead from 256 on).
_SHORT = 64


@lru_cache(maxsize=None)
def _case_variants(letter: str) -> str:
    """Every character a case-blind pattern letter matches («i»: i, I, İ, ı), read from the engine itself."""
    return "".join(re.findall("(?i)" + re.escape(letter), _bmp()))


@lru_cache(maxsize=1)
def _bmp() -> str:
    return "".join(map(chr, range(0x10000)))


class Led:
    """A pattern `(?=[first letters])(?:…)` whose scans jump from one possible first letter to the next.

    >>> cue = Led(re.compile(r"(?=[بi])(?:بالتعاون\\s+مع|in\\s+cooperation\\s+with)", re.IGNORECASE))
    >>> [m.group() for m in cue.finditer("نظم بالتعاون مع X, IN cooperation with Y")]
    ['بالتعاون مع', 'IN cooperation with']
    """

    def __init__(self, pattern: re.Pattern, short: int = 0):
        """short: parts shorter than this are read with the pattern itself (finditer, search); by default _SHORT.
        A pattern whose matches cost much to check (a date) gains from its scan on long parts only."""
        self.full = pattern
        self._short = short or _SHORT
        self.pattern = pattern.pattern
        self.flags = pattern.flags
        lead = _LEAD.match(pattern.pattern)
        if lead is None:
            raise ValueError(f"a Led pattern opens with a lookahead on its first letters, (?=[…]): {pattern.pattern!r}")
        blind = bool(pattern.flags & re.IGNORECASE)
        items = []
        for item in _ITEM.findall(lead.group(1) or lead.group(2)):
            if item.startswith("\\"):
                items.append(item)  # \d, \s …: no case
            elif blind and item.isascii() and item.isalpha():
                items.extend(re.escape(c) for c in _case_variants(item))
            else:
                items.append(re.escape(item))
        self._firsts = "".join(dict.fromkeys(items))
        self._scanner: tuple | None = None  # built on first use: a run reads a few shapes of text only
        # the last text scanned whole, its places, and whether they hold a part's places whatever its end
        self._text: tuple[str, list[int], bool] | None = None
        self._alike: bool | None = None
        self._words: tuple[str, ...] | None | bool = False  # the literal starts (_literals): not read yet

    def _scan(self) -> tuple[re.Pattern, dict[str, tuple[int, ...]], int]:
        """(the scan, for each anchor letter the offsets back to a cue's start, the largest offset)."""
        if self._scanner is None:
            pattern = self.full
            inner = f"(?i:{pattern.pattern})" if pattern.flags & re.IGNORECASE else f"(?:{pattern.pattern})"
            if pattern.groupindex and "(?P=" not in inner:
                # the checks repeat the pattern once per offset: its named groups would be named twice
                inner = _NAMED_GROUP.sub(r"\1(?:", inner)
            anchors, back = _anchored(pattern, inner)
            if anchors is None:
                # The class is plain (no case-blind letters), so the engine skips to its letters; the
                # lookbehind steps back over the letter and checks the whole pattern from there.
                anchors = re.compile(f"[{self._firsts}](?<=(?={inner})(?s:.))", pattern.flags & ~re.IGNORECASE)
                back = {}
            self._scanner = anchors, back, max((k for ks in back.values() for k in ks), default=0)
        return self._scanner

    @property
    def _anchors(self) -> re.Pattern | None:
        scan, back, _ = self._scan()
        return scan if back else None

    @property
    def _back(self) -> dict[str, tuple[int, ...]]:
        return self._scan()[1]

    @classmethod
    def leading(cls, pattern: re.Pattern) -> "Led":
        """Wrap a pattern that has no lead: its first letters are read from the parsed pattern.

        >>> print(Led.leading(re.compile(r"(?<!\\S)و?عقد|\\bheld\\b", re.IGNORECASE)).pattern)
        (?=[Hhعو])(?:(?<!\\S)و?عقد|\\bheld\\b)
        """
        return cls(re.compile(f"{lead(pattern)}(?:{pattern.pattern})", pattern.flags))

    def finditer(self, text: str, pos: int = 0, endpos: int = _ENDPOS):
        """Yield what `pattern.finditer(text, pos, endpos)` yields."""
        if (endpos if endpos < len(text) else len(text)) - pos < self._short:
            return self.full.finditer(text, pos, endpos)  # a short part: the pattern itself is quicker
        return self._finditer(text, pos, endpos)

    def _finditer(self, text: str, pos: int, endpos: int):
        match = self.full.match
        after = pos
        for at in self._candidates(text, pos, endpos):
            if at < after:
                continue  # inside the last match: finditer does not return overlapping matches
            found = match(text, at, endpos)
            if found is None:
                continue  # an anchor's other place, where no cue starts
            after = found.end() if found.end() > at else at + 1
            yield found

    def _candidates(self, text: str, pos: int, endpos: int):
        """The positions, in order, where the pattern may match: every one where it does."""
        scan, back, _ = self._scanner or self._scan()
        if not back:
            return [start.start() for start in scan.finditer(text, pos, endpos)]
        found = set()
        for hit in scan.finditer(text, pos, endpos):
            at = hit.start()
            for k in back[text[at]]:
                if at - k >= pos:
                    found.add(at - k)
        return sorted(found)

    def search(self, text: str, pos: int = 0, endpos: int = _ENDPOS) -> re.Match | None:
        """Return what `pattern.search(text, pos, endpos)` returns."""
        if (endpos if endpos < len(text) else len(text)) - pos < self._short:
            return self.full.search(text, pos, endpos)
        return self._search(text, pos, endpos)

    def _search(self, text: str, pos: int, endpos: int) -> re.Match | None:
        scan, back, reach = self._scanner or self._scan()
        if not back:
            start = scan.search(text, pos, endpos)
            return None if start is None else self.full.match(text, start.start(), endpos)
        match = self.full.match
        best = None
        for hit in scan.finditer(text, pos, endpos):
            at = hit.start()
            if best is not None and at - reach > best.start():
                break  # a later anchor's cue starts after the one found
            for k in back[text[at]]:
                if at - k >= pos and (best is None or at - k < best.start()):
                    best = match(text, at - k, endpos) or best
        return best

    def match(self, text: str, pos: int = 0, endpos: int = _ENDPOS) -> re.Match | None:
        return self.full.match(text, pos, endpos)

    def finditer_within(self, text: str, pos: int = 0, endpos: int = _ENDPOS) -> list[re.Match]:
        """Return the matches `pattern.finditer(text, pos, endpos)` yields, for many parts of one long text.

        The whole text is scanned once, at the first call with it (and kept until a call
        with another text); each call then takes the places that fall in its part and reads
        them there. A report's bullets ask for a dozen cues each: one scan of the report
        per cue instead of one per bullet.

        >>> cue = Led(re.compile(r"(?=[بi])(?:بالتعاون\\s+مع|in\\s+cooperation\\s+with)", re.IGNORECASE))
        >>> text = "- بالتعاون مع X\\n- in cooperation with Y"
        >>> [m.span() for m in cue.finditer_within(text, 2, 15)], [m.span() for m in cue.finditer_within(text, 18)]
        ([(2, 13)], [(18, 37)])
        """
        starts = self._places(text, endpos)
        if starts is None:
            return list(self.finditer(text, pos, endpos))
        match = self.full.match
        found = []
        after = pos
        for at in starts[bisect_left(starts, pos):bisect_left(starts, endpos)]:
            if at < after:
                continue
            m = match(text, at, endpos)
            if m is not None:
                after = m.end() if m.end() > at else at + 1
                found.append(m)
        return found

    def search_within(self, text: str, pos: int = 0, endpos: int = _ENDPOS) -> re.Match | None:
        """Return what `pattern.search(text, pos, endpos)` returns, for many parts of one long text."""
        starts = self._places(text, endpos)
        if starts is None:
            return self.search(text, pos, endpos)
        match = self.full.match
        for at in starts[bisect_left(starts, pos):bisect_left(starts, endpos)]:
            m = match(text, at, endpos)
            if m is not None:
                return m
        return None

    def _places(self, text: str, endpos: int) -> list[int] | None:
        """Every place of text where the pattern may match, sorted (a scan of the whole text, kept);
        None when a part ending at endpos may match where the whole text does not.

        A match in text[:endpos] that is none in the whole text must read something at endpos
        (the end of the part) that reads otherwise before the character there. When that
        character is white space, only a few things do: `$`, a negative lookahead that can
        match white space (`(?!\\s+by)`: not there before a space, there at the end) and the
        like (`_ends_alike`). Places found in the whole text are read again in the part.

        The literal starts of a pattern (`_literals`) hold every place where a part may match,
        whatever its end: a match's first letters are in the part, and they are the same there as
        in the whole text.
        """
        if self._words is False:
            self._words = _literals(self.full)
        kept = self._text
        if kept is None or kept[0] is not text:
            places = _literal_places(text, self._words) if self._words is not None else None
            literal = places is not None
            if not literal:
                if endpos < len(text) and not (text[endpos] in _WHITE and self._ends_alike()):
                    return None
                places = list(self._candidates(text, 0, len(text)))
            kept = self._text = (text, places, literal)
        if not kept[2] and endpos < len(text) and not (text[endpos] in _WHITE and self._ends_alike()):
            return None  # places the pattern was found at in the whole text (see above)
        return kept[1]

    def _ends_alike(self) -> bool:
        """True when the pattern reads the end of a text as it reads white space (see _places)."""
        if self._alike is None:
            try:
                self._alike = _alike(sre_parse.parse(self.pattern, self.flags), False)
            except RecursionError:
                self._alike = False
        return self._alike


# A whole text is looked at for the pattern's literal starts, when each of its matches starts with
# one of a few strings of three letters or more: one substring search per string (str.find, in C)
# instead of the regex engine entering the scan at every anchor letter. Report 004, the whole-text
# scans of the report's cues: ORGANISER_VERB 1.30 -> 0.69 ms, HOSTED_BY 1.05 -> 0.30 ms; cues that may
# start with a two-letter Arabic word («في», «من») keep their anchors (such a word is everywhere).
_MIN_LITERAL = 3
# … or two Latin letters or digits ('on', 'in'): rare in Arabic text, and in English text no commoner than
# the first letters the regex scan stops at (BODY_TITLE and PARTNER_CUE over the bullets of 004:
# 4.72 -> 4.15 ms; of an English report: 7.57 -> 5.81 ms).
_SHORT_LATIN = True
_MAX_LITERALS = 40
_MAX_SPELLINGS = 64  # the spellings of one way to start (case-blind letters, classes of letters)


def _literals(pattern: re.Pattern) -> tuple[str, ...] | None:
    """Strings, in the spelling of `_lowered`, one of which starts every match of pattern (their starts
    are all its possible starts); None when some match may start otherwise or with a short one (fewer
    than three letters, but for two Latin letters or digits).

    >>> _literals(re.compile(r"(?=[وh])(?:و?(?:نظم|نظمت)\\s|held\\b)", re.IGNORECASE))
    ('نظم', 'held', 'ونظم')
    """
    try:
        ways = _prefixes([(op, av, pattern.flags) for op, av in sre_parse.parse(pattern.pattern, pattern.flags)])
    except (_Unanchored, RecursionError):
        return None
    found: set[str] = set()
    for way in ways:
        run: list[list[str]] = []
        for letters in way:
            if letters is _ANY:
                break
            run.append(sorted({_lower(c) for c in letters}))
        while run and _count(run) > _MAX_SPELLINGS:
            run.pop()
        if len(run) < _MIN_LITERAL and not (_SHORT_LATIN and len(run) == 2
                                            and all(c.isascii() for c in run[0] + run[1])):
            return None
        found.update(map("".join, product(*run)))
    kept: list[str] = []
    for word in sorted(found, key=lambda w: (len(w), w)):
        if not any(word.startswith(shorter) for shorter in kept):
            kept.append(word)  # a string that starts with a kept one is found with it
    return tuple(kept) if len(kept) <= _MAX_LITERALS else None


def _count(run: list[list[str]]) -> int:
    n = 1
    for letters in run:
        n *= len(letters)
    return n


# Letters a case-blind ASCII letter matches whose lower case is no ASCII letter (_case_variants): «İ»
# (whose lower case is two letters), «ı», «ſ»; each is read as its ASCII letter, so one letter stays one.
_ODD_CASES = {"\u0130": "i", "\u0131": "i", "\u017f": "s"}


def _lower(c: str) -> str:
    return _ODD_CASES.get(c, c).lower()


def _lowered(text: str) -> str:
    """text in lower case with «İ», «ı», «ſ» as «i», «i», «s»: one letter for one (kept for the last text)."""
    kept = _LOWERED[0]
    if kept is not None and kept[0] is text:
        return kept[1]
    low = text
    for odd, plain in _ODD_CASES.items():
        if odd in low:
            low = low.replace(odd, plain)
    low = low.lower()
    _LOWERED[0] = (text, low)
    return low


_LOWERED: list[tuple[str, str] | None] = [None]


def _literal_places(text: str, words: tuple[str, ...]) -> list[int] | None:
    """Every place of text where one of words starts (in `_lowered` spelling), sorted."""
    low = _lowered(text)
    if len(low) != len(text):
        return None  # a guard: once «İ» is «i», no letter's lower case is longer (tests/test_scan.py)
    found: set[int] = set()
    add = found.add
    find = low.find
    for word in words:
        at = find(word)
        while at >= 0:
            add(at)
            at = find(word, at + 1)
    return sorted(found)


_WHITE = frozenset(" \t\n\r")
# What may stand in a negative lookahead (or lookbehind) that reads the end of a text as white space:
# classes of digits, word letters or no space, and letters and ranges without white space.
_NO_WHITE_CATEGORIES = {sre.CATEGORY_DIGIT, sre.CATEGORY_WORD, sre.CATEGORY_NOT_SPACE}


def _alike(items, negated: bool) -> bool:
    """True when no item reads the end of a text otherwise than white space.

    Outside a negative assertion, a path that reads past the end fails, and one that reads
    a space there may fail or match: a match it finds in the part is found in the whole.
    Inside one (negated), failing to read is a success of the assertion: then no item may
    be able to read white space. `$`, `\\Z`, atomic and possessive parts and back-references
    are refused.
    """
    for op, av in items:
        if op is sre.LITERAL:
            if negated and chr(av) in _WHITE:
                return False
        elif op is sre.IN:
            if negated and not all(_no_white(o, a) for o, a in av):
                return False
        elif op in (sre.NOT_LITERAL, sre.ANY):
            if negated:
                return False
        elif op is sre.AT:
            if av in (sre.AT_END, sre.AT_END_STRING, sre.AT_END_LINE):
                return False
        elif op is sre.SUBPATTERN:
            if not _alike(av[3], negated):
                return False
        elif op is sre.BRANCH:
            if not all(_alike(alternative, negated) for alternative in av[1]):
                return False
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            if not _alike(av[2], negated):
                return False
        elif op is sre.ASSERT:
            if not _alike(av[1], negated):
                return False
        elif op is sre.ASSERT_NOT:
            if not _alike(av[1], True):
                return False
        else:
            return False  # atomic groups, possessive repeats, back-references: not read here
    return True


def _no_white(op, av) -> bool:
    if op is sre.LITERAL:
        return chr(av) not in _WHITE
    if op is sre.RANGE:
        return not any(av[0] <= ord(c) <= av[1] for c in _WHITE)
    if op is sre.CATEGORY:
        return av in _NO_WHITE_CATEGORIES
    return False


def lead(pattern: re.Pattern) -> str:
    """Return a lookahead on the letters pattern's matches start with, read from the parsed pattern.

    Put before a part of a larger pattern that the engine tries at many places (a list of
    names after every digit), it fails at once where none of those letters stands.

    >>> lead(re.compile(r"(?<!\\S)و?عقد|\\bheld\\b", re.IGNORECASE))
    '(?=[Hhعو])'
    """
    try:
        prefixes = _prefixes([(op, av, pattern.flags) for op, av in sre_parse.parse(pattern.pattern, pattern.flags)])
    except _Unanchored as exc:
        raise ValueError(f"no fixed first letters to lead with ({exc}): {pattern.pattern!r}") from None
    if any(prefix[0] is _ANY for prefix in prefixes):
        raise ValueError(f"a way to start with any letter: {pattern.pattern!r}")
    firsts = sorted(frozenset().union(*(prefix[0] for prefix in prefixes)))
    # «]», «\\», «^» and «-» are escaped in the class (a lead on "-member" holds «\\-»)
    return "(?=[" + "".join(re.escape(c) if c in _CLASS_SPECIAL else c for c in firsts) + "])"


# How common each character is (per cent): Arabic letters as in the sample corpus (data/corpus),
# English letters as in English prose; an anchor is a rare one among a cue's first four. Unlisted: 0.3.
_FREQUENCY = {**dict.fromkeys(" \n", 15.0), "ا": 13.0, "ل": 10.3, "م": 5.9, "ي": 5.7, "ت": 4.6, "و": 4.2,
              "ن": 3.7, "ة": 3.6, "ر": 3.4, "ع": 2.7, "د": 2.2, "س": 2.2, "ب": 2.1, "ف": 1.7, "ك": 1.3, "ج": 1.2,
              "ق": 1.2, "ح": 1.0, "إ": 1.0, "أ": 0.8, "ه": 0.8, "ص": 0.8, "ط": 0.7, "ش": 0.7, "خ": 0.5,
              "ز": 0.5, "ظ": 0.5,
              **dict(zip("etaoinshrdlcumwfgypbvk", (12, 9, 8, 7.5, 7, 7, 6.3, 6, 6, 4.3, 4, 2.8, 2.8, 2.4, 2.4, 2.2,
                                                    2, 2, 1.9, 1.5, 1, 0.8))),
              **dict.fromkeys("0123456789", 1.5)}
_DEPTH = 4          # the anchor is one of a cue's first four characters
_MAX_PREFIXES = 512


class _Unanchored(Exception):
    """The pattern's first characters cannot be read as sets of letters: no anchors."""


def _anchored(pattern: re.Pattern, inner: str) -> tuple[re.Pattern | None, dict[str, tuple[int, ...]]]:
    """A pattern that stops at the anchors of pattern's cues, and for each anchor letter the offsets
    back to where a cue may start; (None, {}) when some cue has no fixed first letters.

    The anchors pattern checks in place that the whole pattern matches at one of those offsets.
    """
    try:
        prefixes = _prefixes([(op, av, pattern.flags) for op, av in sre_parse.parse(pattern.pattern, pattern.flags)])
    except (_Unanchored, RecursionError):
        return None, {}
    # Each way to start takes its rarest set of letters; then, in a second round, the set that adds
    # the least to the letters the other ways already stop at (a letter stops the scan once for all).
    choice = [min(range(len(prefix)), key=lambda i: (_weight(prefix[i]), i)) for prefix in prefixes]
    for n, prefix in enumerate(prefixes):
        others = {c for m, other in enumerate(prefixes) if m != n for c in other[choice[m]]}
        choice[n] = min(range(len(prefix)),
                        key=lambda i: (_weight(prefix[i] if prefix[i] is _ANY else prefix[i] - others), i))
    back: dict[str, set[int]] = {}
    for prefix, k in zip(prefixes, choice):
        for c in prefix[k]:
            back.setdefault(c, set()).add(k)
    firsts = [prefix[0] for prefix in prefixes]
    first_weight = float("inf") if any(f is _ANY for f in firsts) else _weight(frozenset().union(*firsts))
    if _weight(frozenset(back)) > 0.7 * first_weight:
        return None, {}  # the anchors are hardly rarer than the first letters: not worth the detour
    reach = max(k for ks in back.values() for k in ks)
    # One branch per offset: its letters checked first (a plain class), then the whole pattern
    # from that many characters back.
    steps = "|".join(f"(?<=[{''.join(re.escape(c) for c, ks in back.items() if k in ks)}])"
                     f"(?<=(?={inner})(?s:{'.' * (k + 1)}))"
                     for k in range(reach + 1) if any(k in ks for ks in back.values()))
    anchors = re.compile(f"[{''.join(map(re.escape, back))}](?:{steps})", pattern.flags & ~re.IGNORECASE)
    return anchors, {c: tuple(sorted(ks)) for c, ks in back.items()}


def _weight(letters: frozenset[str]) -> float:
    if letters is _ANY:
        return float("inf")
    return sum(_FREQUENCY.get(c.lower(), 0.3) for c in letters)


# Any character (\s, \w, a negated or a wide class): a place no anchor is taken from.
_ANY: frozenset[str] = frozenset("\0any")


def _prefixes(items: list) -> list[tuple[frozenset[str], ...]]:
    """The sets of characters each match has at its first positions, one tuple per way to start.

    items are (op, argument, flags) of a parsed pattern; zero-width assertions are skipped
    (dropping a condition keeps every match), optional parts are read both ways, and a
    tuple ends where a repeat or the pattern ends; a class of many letters (\\s, \\w, a wide range)
    holds a place as `_ANY`.
    """
    out: list[tuple[frozenset[str], ...]] = []

    def walk(items: list, acc: tuple) -> None:
        if len(out) > _MAX_PREFIXES:
            raise _Unanchored("too many ways to start")
        if len(acc) == _DEPTH or not items:
            return end(acc)
        (op, av, flags), rest = items[0], items[1:]
        if op is sre.LITERAL:
            return walk(rest, acc + (_letters(chr(av), flags),))
        if op is sre.IN:
            letters = _class_letters(av, flags)
            return walk(rest, acc + (_ANY if letters is None else letters,))
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            return walk(rest, acc)
        if op is sre.SUBPATTERN:
            _group, add, remove, sub = av
            inner_flags = (flags | add) & ~remove
            return walk([(o, a, inner_flags) for o, a in sub] + rest, acc)
        if op is sre.BRANCH:
            for alternative in av[1]:
                walk([(o, a, flags) for o, a in alternative] + rest, acc)
            return None
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, high, sub = av
            once = [(o, a, flags) for o, a in sub]
            if low == 0 and high == 1:
                walk(rest, acc)
                return walk(once + rest, acc)
            if low >= 1:
                return walk(once + [(None, None, flags)], acc)  # one time, then unknown
        return end(acc)

    def end(acc: tuple) -> None:
        if all(letters is _ANY for letters in acc):
            raise _Unanchored("a way to start with no fixed first letters")
        out.append(acc)

    walk(items, ())
    return out


def _letters(c: str, flags: int) -> frozenset[str]:
    if flags & re.IGNORECASE and c.isascii() and c.isalpha():
        return frozenset(_case_variants(c))
    if flags & re.IGNORECASE and c.lower() != c.upper():
        raise _Unanchored("a case-blind letter outside ASCII")
    return frozenset(c)


def _class_letters(items: list, flags: int) -> frozenset[str] | None:
    letters: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            letters |= _letters(chr(av), flags)
        elif op is sre.RANGE and av[1] - av[0] < 32:
            for code in range(av[0], av[1] + 1):
                letters |= _letters(chr(code), flags)
        else:
            return None  # \\s, \\w, a negated or a wide class: no few letters
    return frozenset(letters)
