"""Match a long alternation of named patterns at a word by trying only the alternatives its first letter can start.

In:  (name, pattern) pairs, as ROLE_CUES in loaders/sesric_news.py gives them, each pattern an alternation.
Out: `FirstLetterAlternation.match(text, pos, endpos)`, the match `re.compile(prefix + "(?:(?P<name>pattern)|…)")`
     would give at pos (same span, same `lastgroup`), found with a small pattern per first letter.

A regex alternation tries every alternative in turn at a position; one that cannot start with the letter there
fails at once but still costs its try. Cutting the alternatives that cannot start with a letter, in their order,
changes nothing a match returns: the first alternative that matches is the same one.
"""
from __future__ import annotations

import re
from re import _constants as _c
from re import _parser


def alternatives(pattern: str) -> list[str]:
    """Split a regex at its top-level '|' (not inside parentheses, a class or after a backslash).

    >>> alternatives(r"a|b(?:c|d)|[|]|\\|")
    ['a', 'b(?:c|d)', '[|]', '\\\\|']
    """
    out, depth, start, i, n = [], 0, 0, 0, len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i += 1
            if i < n and pattern[i] == "^":
                i += 1
            if i < n and pattern[i] == "]":
                i += 1  # a ']' first in a class is a literal
            while i < n and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


_CATEGORIES = {_c.CATEGORY_DIGIT: r"\d", _c.CATEGORY_NOT_DIGIT: r"\D", _c.CATEGORY_SPACE: r"\s",
               _c.CATEGORY_NOT_SPACE: r"\S", _c.CATEGORY_WORD: r"\w", _c.CATEGORY_NOT_WORD: r"\W"}


def _class(items) -> str | None:
    """A parsed character class as a one-character regex, or None when it is negated or unknown."""
    parts = []
    for op, av in items:
        if op is _c.LITERAL:
            parts.append(re.escape(chr(av)))
        elif op is _c.RANGE:
            parts.append(re.escape(chr(av[0])) + "-" + re.escape(chr(av[1])))
        elif op is _c.CATEGORY and av in _CATEGORIES:
            parts.append(_CATEGORIES[av])
        else:
            return None
    return "[" + "".join(parts) + "]"


def first_letters(items) -> tuple[set[str] | None, bool]:
    """(one-character regexes a parsed pattern's match must start with one of, whether it can match empty);
    (None, False) when any character may start it. Zero-width assertions are passed over (a superset is safe).

    >>> letters, empty = first_letters(_parser.parse(r"(?<!\\w)و?(?:ب|ل)ه").data); sorted(letters), empty
    (['[بل]', 'و'], False)
    """
    out: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            return out | {re.escape(chr(av))}, False
        if op is _c.IN:
            one = _class(av)
            if one is None:
                return None, False
            return out | {one}, False
        if op is _c.BRANCH:
            nullable = False
            for alt in av[1]:
                letters, empty = first_letters(alt.data)
                if letters is None:
                    return None, False
                out |= letters
                nullable = nullable or empty
            if not nullable:
                return out, False
        elif op is _c.SUBPATTERN:
            if av[1] or av[2]:  # flags set or cleared inside: read no further
                return None, False
            letters, empty = first_letters(av[3].data)
            if letters is None:
                return None, False
            out |= letters
            if not empty:
                return out, False
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            letters, empty = first_letters(av[2].data)
            if letters is None:
                return None, False
            out |= letters
            if av[0] > 0 and not empty:
                return out, False
        elif op not in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            return None, False
    return out, True


def first_pairs(items) -> list[tuple[str, set[str] | None]] | None:
    """(first character, the characters that may follow it) for each way a parsed pattern's match can start, as
    one-character regexes (None for the second: any character, or none); None when any character may start it.

    >>> sorted((f, sorted(s)) for f, s in first_pairs(_parser.parse(r"و?(?:نظم|عقد)").data))
    [('ع', ['ق']), ('ن', ['ظ']), ('و', ['ع', 'ن'])]
    """
    out: list[tuple[str, set[str] | None]] = []
    items = list(items)
    for i, (op, av) in enumerate(items):
        rest = items[i + 1:]
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue
        if op is _c.LITERAL or op is _c.IN:
            first = re.escape(chr(av)) if op is _c.LITERAL else _class(av)
            if first is None:
                return None
            second, empty = first_letters(rest)
            return out + [(first, None if second is None or empty else second)]
        if op is _c.BRANCH:
            for alt in av[1]:
                found = first_pairs(list(alt.data) + rest)
                if found is None:
                    return None
                out += found
            return out
        if op is _c.SUBPATTERN:
            if av[1] or av[2]:
                return None
            found = first_pairs(list(av[3].data) + rest)
            return None if found is None else out + found
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            again = [(_c.MAX_REPEAT, (0, _c.MAXREPEAT, av[2]))] if av[1] != 1 else []
            found = first_pairs(list(av[2].data) + again + rest)
            if found is None:
                return None
            out += found
            if av[0] > 0:
                return out
            continue
        return None
    return None  # it may match empty


def first_chains(items, k: int) -> list[tuple[str, ...]] | None:
    """The first characters of each way a parsed pattern's match can start, up to k of them, as one-character
    regexes: a chain shorter than k leaves the characters after it free (any character, or none). None when any
    character may start it (or it may match empty). first_pairs read three letters deep.

    >>> sorted(first_chains(_parser.parse(r"و?(?:نظم|عقد)").data, 3))
    [('ع', 'ق', 'د'), ('ن', 'ظ', 'م'), ('و', 'ع', 'ق'), ('و', 'ن', 'ظ')]
    >>> first_chains(_parser.parse(r"مع(?![ء-ي])").data, 3), first_chains(_parser.parse(r"a?").data, 3)
    ([('م', 'ع')], None)
    """
    out: list[tuple[str, ...]] = []
    items = list(items)
    for i, (op, av) in enumerate(items):
        rest = items[i + 1:]
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue
        if op is _c.LITERAL or op is _c.IN:
            first = re.escape(chr(av)) if op is _c.LITERAL else _class(av)
            if first is None:
                return None
            after = first_chains(rest, k - 1) if k > 1 else None
            return out + ([(first,)] if after is None else [(first, *chain) for chain in after])
        if op is _c.BRANCH:
            for alt in av[1]:
                found = first_chains(list(alt.data) + rest, k)
                if found is None:
                    return None
                out += found
            return out
        if op is _c.SUBPATTERN:
            if av[1] or av[2]:
                return None
            found = first_chains(list(av[3].data) + rest, k)
            return None if found is None else out + found
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            again = [(_c.MAX_REPEAT, (0, _c.MAXREPEAT, av[2]))] if av[1] != 1 else []
            found = first_chains(list(av[2].data) + again + rest, k)
            if found is None:
                return None
            out += found
            if av[0] > 0:
                return out
            continue
        return None
    return None  # it may match empty


_UNSEEN = object()


class FirstLetterAlternation:
    """`prefix(?:(?P<name>pattern)|…)` matched with, for each first two letters, only the alternatives that can
    start with them; at_words does not try them at all where none of them can go on with the word's third letter
    («المركز»: the cues that open with «ال» go on with «ذ» or «ت»).

    >>> cues = FirstLetterAlternation((("by", r"by\\b|from"), ("with", r"with|alongside")), re.IGNORECASE)
    >>> m = cues.match("Held with SESRIC", 5, 16); m.lastgroup, m.span()
    ('with', (5, 9))
    >>> cues.match("Held with SESRIC", 10, 16) is None
    True
    """

    def __init__(self, named: tuple[tuple[str, str], ...], flags: int = 0, prefix: str = ""):
        self.flags, self.prefix = flags, prefix
        self.whole = re.compile(prefix + "(?:" + "|".join(f"(?P<{n}>{p})" for n, p in named) + ")", flags)
        self._names = [name for name, _ in named]
        # every alternative in order: (its role's index, its text, the one-character regexes it may start with,
        # its (first, the seconds after it) pairs); None where any character may come
        self._alts: list[tuple[int, str, frozenset[int] | None, list[tuple[int, frozenset[int] | None]] | None]] = []
        self._ones: dict[str, int] = {}  # each one-character regex, numbered
        # each alternative's first three characters (first_chains, numbered), None where any may come
        self._chains: list[list[tuple[int, ...]] | None] = []
        for role, (_, pattern) in enumerate(named):
            for alt in alternatives(pattern):
                parsed = _parser.parse(alt, flags).data
                letters, empty = first_letters(parsed)
                pairs = first_pairs(parsed)
                self._alts.append((role, alt, None if letters is None or empty else self._numbered(letters),
                                   None if pairs is None else [(self._number(f), None if s is None else self._numbered(s))
                                                               for f, s in pairs]))
                chains = first_chains(parsed, 3)
                self._chains.append(None if chains is None else [tuple(self._number(c) for c in chain)
                                                                 for chain in chains])
        self._one_patterns = [re.compile(one, flags) for one in self._ones]
        self._hits: dict[str, frozenset[int]] = {}
        self._by_letter: dict[str, re.Pattern | None] = {}
        self._kept_by_letter: dict[str, list[int]] = {}
        self._by_pair: dict[str, re.Pattern | None] = {}
        self._by_kept: dict[tuple[int, ...], re.Pattern | None] = {}
        self._kept_by_pair: dict[str, tuple[int, ...]] = {}
        self._by_triple: dict[str, re.Pattern | None] = {}

    def _number(self, one: str) -> int:
        return self._ones.setdefault(one, len(self._ones))

    def _numbered(self, ones) -> frozenset[int]:
        return frozenset(self._number(one) for one in ones)

    def _hit(self, letter: str) -> frozenset[int]:
        """The numbers of the one-character regexes that match letter."""
        if letter not in self._hits:
            self._hits[letter] = frozenset(k for k, one in enumerate(self._one_patterns) if one.match(letter))
        return self._hits[letter]

    def _compiled(self, kept: tuple[int, ...]) -> re.Pattern | None:
        """The alternation of the alternatives kept (by number), in order, each in its role's group."""
        if kept not in self._by_kept:
            groups: list[tuple[int, list[str]]] = []
            for k in kept:
                role, alt = self._alts[k][:2]
                if groups and groups[-1][0] == role:
                    groups[-1][1].append(alt)
                else:
                    groups.append((role, [alt]))
            self._by_kept[kept] = (None if not kept else re.compile(
                self.prefix + "(?:" + "|".join(f"(?P<{self._names[r]}>{'|'.join(alts)})" for r, alts in groups) + ")",
                self.flags))
        return self._by_kept[kept]

    def _kept_for(self, letter: str) -> list[int]:
        if letter not in self._kept_by_letter:
            hit = self._hit(letter)
            self._kept_by_letter[letter] = [k for k, (_, _, firsts, _) in enumerate(self._alts)
                                            if firsts is None or not firsts.isdisjoint(hit)]
        return self._kept_by_letter[letter]

    def pattern_for(self, letter: str) -> re.Pattern | None:
        """The pattern holding only the alternatives that can start with letter (None when none can)."""
        if letter not in self._by_letter:
            self._by_letter[letter] = self._compiled(tuple(self._kept_for(letter)))
        return self._by_letter[letter]

    def pattern_for_pair(self, first: str, second: str) -> re.Pattern | None:
        """The pattern holding only the alternatives that can start with first, then second."""
        key = first + second
        if key not in self._by_pair:
            one, two = self._hit(first), self._hit(second)
            self._kept_by_pair[key] = kept = tuple(
                k for k in self._kept_for(first) for pairs in (self._alts[k][3],)
                if pairs is None or any(f in one and (s is None or not s.isdisjoint(two)) for f, s in pairs))
            self._by_pair[key] = self._compiled(kept)
        return self._by_pair[key]

    def pattern_for_triple(self, first: str, second: str, third: str) -> re.Pattern | None:
        """The pattern for first, second (pattern_for_pair), or None when none of its alternatives can go on
        with third: no match starts with these three letters."""
        key = first + second + third
        if key not in self._by_triple:
            pattern = self.pattern_for_pair(first, second)
            if pattern is not None:
                hits = (self._hit(first), self._hit(second), self._hit(third))
                # (a chain shorter than three letters leaves the rest free: zip stops at its end)
                if not any(chains is None or any(all(n in hit for n, hit in zip(chain, hits)) for chain in chains)
                           for chains in map(self._chains.__getitem__, self._kept_by_pair[first + second])):
                    pattern = None
            self._by_triple[key] = pattern
        return self._by_triple[key]

    def match(self, text: str, pos: int, endpos: int) -> re.Match | None:
        """What self.whole.match(text, pos, endpos) returns."""
        if pos + 1 >= endpos:  # one letter left, or none
            pattern = self.whole if pos >= endpos else self.pattern_for(text[pos])
        else:
            pattern = self._by_pair.get(text[pos:pos + 2], _UNSEEN)
            if pattern is _UNSEEN:
                pattern = self.pattern_for_pair(text[pos], text[pos + 1])
        return None if pattern is None else pattern.match(text, pos, endpos)

    def at_words(self, text: str, starts, endpos: int) -> list[tuple[str, int, int]]:
        """(name, start, end) of each match at one of starts (in order), none inside the one before it: what
        `match` finds at each start past the last match's end, read in one loop."""
        found = []
        after = -1
        by_triple = self._by_triple
        for pos in starts:
            if pos < after:
                continue
            if pos + 2 >= endpos:
                m = self.match(text, pos, endpos)
            else:
                pattern = by_triple.get(text[pos:pos + 3], _UNSEEN)
                if pattern is _UNSEEN:
                    pattern = self.pattern_for_triple(text[pos], text[pos + 1], text[pos + 2])
                if pattern is None:
                    continue
                m = pattern.match(text, pos, endpos)
            if m is not None:
                found.append((m.lastgroup, m.start(), m.end()))
                after = m.end()
        return found
