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


_UNSEEN = object()


class FirstLetterAlternation:
    """`prefix(?:(?P<name>pattern)|…)` matched with, for each first letter, only the alternatives it can start.

    >>> cues = FirstLetterAlternation((("by", r"by\\b|from"), ("with", r"with|alongside")), re.IGNORECASE)
    >>> m = cues.match("Held with SESRIC", 5, 16); m.lastgroup, m.span()
    ('with', (5, 9))
    >>> cues.match("Held with SESRIC", 10, 16) is None
    True
    """

    def __init__(self, named: tuple[tuple[str, str], ...], flags: int = 0, prefix: str = ""):
        self.flags, self.prefix = flags, prefix
        self.whole = re.compile(prefix + "(?:" + "|".join(f"(?P<{n}>{p})" for n, p in named) + ")", flags)
        self._alternatives: list[tuple[str, list[tuple[str, list[re.Pattern] | None]]]] = []
        for name, pattern in named:
            alts = []
            for alt in alternatives(pattern):
                letters, empty = first_letters(_parser.parse(alt, flags).data)
                alts.append((alt, None if letters is None or empty else
                             [re.compile(one, flags) for one in sorted(letters)]))
            self._alternatives.append((name, alts))
        self._by_letter: dict[str, re.Pattern | None] = {}

    def pattern_for(self, letter: str) -> re.Pattern | None:
        """The pattern holding only the alternatives that can start with letter (None when none can)."""
        if letter not in self._by_letter:
            groups = []
            for name, alts in self._alternatives:
                kept = [alt for alt, firsts in alts if firsts is None or any(f.match(letter) for f in firsts)]
                if kept:
                    groups.append(f"(?P<{name}>{'|'.join(kept)})")
            self._by_letter[letter] = (re.compile(self.prefix + "(?:" + "|".join(groups) + ")", self.flags)
                                       if groups else None)
        return self._by_letter[letter]

    def match(self, text: str, pos: int, endpos: int) -> re.Match | None:
        """What self.whole.match(text, pos, endpos) returns."""
        if pos >= endpos:
            return self.whole.match(text, pos, endpos)
        pattern = self._by_letter.get(text[pos], _UNSEEN)
        if pattern is _UNSEEN:
            pattern = self.pattern_for(text[pos])
        return None if pattern is None else pattern.match(text, pos, endpos)
