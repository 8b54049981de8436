"""Find mentions of known entities (the registry) and discover unknown organisations.

In:  text and a `Registry`.
Out: `Mention`s: which entry, where (character span), as written.

Matching works on words, not characters: each word is folded (loaders.arabic)
and stripped of its article, so «البنك الإسلامي للتنمية», «والبنك الإسلامي
للتنمية» and «بنك إسلامي تنمية» are one name; the first word of a mention may
also carry a glued preposition («لسيسرك» of SESRIC). The longest name wins.
Latin acronyms are matched with their case («IsDB», «IDB»); an all-capitals
word is also matched case-blind («ISDB»).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.arabic import fold, strip_article
from loaders.registry import Entry, Registry

_TOKEN = re.compile(
    r"[A-Za-z0-9\u00C0-\u024F]+(?:[-\u2010\u2011][A-Za-z0-9\u00C0-\u024F]+)*"
    r"|[\u0621-\u064A\u0660-\u0669\u066E-\u06D3\u06D5\u06FA-\u06FF\u064B-\u065F\u0670\u0640]+")
# One-letter prepositions glued to the first word of a name: و (and), ب (by),
# ل (for), ف (so), ك (as), and their pairs «وب», «ول».
_PREFIXES = ("وب", "ول", "و", "ب", "ل", "ف", "ك")
MAX_WORDS = 16


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int
    key: str          # folded, article stripped
    latin: bool


@dataclass(frozen=True)
class Mention:
    entry: Entry
    text: str
    start: int
    end: int


def tokenise(text: str) -> list[Token]:
    """Split text into words with their spans and matching keys.

    >>> [t.key for t in tokenise("مع البنك الإسلامي (IDB)")]
    ['مع', 'بنك', 'اسلامي', 'idb']
    """
    tokens = []
    for m in _TOKEN.finditer(text):
        word = m.group(0)
        latin = word[0].isascii() or "\u00C0" <= word[0] <= "\u024F"
        key = fold(word).replace(" ", "") if latin else strip_article(fold(word))
        if key:
            tokens.append(Token(word, m.start(), m.end(), key, latin))
    return tokens


def _latin_exact(word: str) -> str:
    return word.replace("\u0130", "I").replace("\u0131", "i")


def _name_keys(name: str) -> tuple[str, ...]:
    return tuple(t.key for t in tokenise(name))


class Gazetteer:
    """A word trie over every spelling of every registry entry of the given tables."""

    def __init__(self, registry: Registry, tables: tuple[str, ...] = ("organisations", "networks", "programmes")):
        self._trie: dict = {}
        self._exact: dict[str, Entry] = {}
        for table in tables:
            for entry in registry.table(table).values():
                for name in entry.names:
                    self.add(name, entry)

    def add(self, name: str, entry: Entry) -> None:
        keys = _name_keys(name)
        if not keys:
            return
        if len(keys) == 1 and re.fullmatch(r"[A-Za-z0-9İı\-]+", name.strip()):
            self._exact.setdefault(_latin_exact(name.strip()), entry)
            if name.strip().upper() == name.strip() and len(name.strip()) >= 3:
                self._exact.setdefault(_latin_exact(name.strip()).casefold(), entry)
            if len(name.strip()) <= 3 or not name.strip().isalpha():
                return  # short acronyms only match with their case
        node = self._trie
        for key in keys:
            node = node.setdefault(key, {})
        node.setdefault(None, entry)

    def _latin(self, token: Token) -> Entry | None:
        word = _latin_exact(token.text)
        hit = self._exact.get(word)
        if hit is None and word.isupper() and len(word) >= 3:
            hit = self._exact.get(word.casefold())
        return hit

    def find(self, text: str, tokens: list[Token] | None = None) -> list[Mention]:
        """Return the known entities mentioned in text, longest match first, in order.

        >>> from loaders.registry import Entry, Registry
        >>> reg = Registry(organisations={"isdb": Entry("organisations", "isdb", "IsDB",
        ...     "Islamic Development Bank", "البنك الإسلامي للتنمية", ("IDB",))})
        >>> [(m.entry.id, m.text) for m in Gazetteer(reg).find("بالتعاون مع البنك الإسلامي للتنمية (IDB)")]
        [('isdb', 'البنك الإسلامي للتنمية'), ('isdb', 'IDB')]
        """
        tokens = tokenise(text) if tokens is None else tokens
        mentions: list[Mention] = []
        i = 0
        while i < len(tokens):
            best: tuple[int, Entry, int] | None = None
            for first, skip in self._first_keys(tokens[i]):
                node = self._trie.get(first)
                j = i
                while node is not None:
                    if None in node and (best is None or j > best[0]):
                        best = (j, node[None], skip)
                    j += 1
                    if j >= len(tokens) or j - i >= MAX_WORDS:
                        break
                    node = node.get(tokens[j].key)
            if best is None and tokens[i].latin:
                entry = self._latin(tokens[i])
                if entry is not None:
                    best = (i, entry, 0)
            if best is not None:
                j, entry, skip = best
                start, end = tokens[i].start + skip, tokens[j].end
                mentions.append(Mention(entry, text[start:end], start, end))
                i = j + 1
            else:
                i += 1
        return mentions

    @staticmethod
    def _first_keys(token: Token) -> list[tuple[str, int]]:
        """The keys the first word of a name may have, with the prefix length to skip."""
        keys = [(token.key, 0)]
        if not token.latin:
            folded = fold(token.text)
            for prefix in _PREFIXES:
                if folded.startswith(prefix) and len(folded) - len(prefix) >= 3:
                    skip = len(prefix) if token.text.startswith(prefix) else 0
                    keys.append((strip_article(folded[len(prefix):]), skip))
        return keys


# Nouns that head an organisation's name: ministry, authority, agency, university,
# institute, centre, bank, organisation, corporation, council, union, committee,
# programme, fund, association, chamber, office, company, department, directorate.
ORG_HEADS = (
    "وزاره", "هييه", "وكاله", "جامعه", "معهد", "مركز", "بنك", "منظمه", "موسسه", "مجلس",
    "اتحاد", "لجنه", "برنامج", "صندوق", "جمعيه", "غرفه", "مكتب", "شركه", "دايره", "مديريه",
    "سلطه", "اكاديميه", "كليه", "ديوان", "اداره", "مصلحه", "بورصه", "مفوضيه", "امانه",
    "ministry", "authority", "agency", "university", "institute", "centre", "center", "bank",
    "organization", "organisation", "corporation", "council", "union", "committee", "fund",
    "association", "chamber", "office", "company", "department", "directorate", "academy",
    "commission", "foundation", "institution", "bureau",
)
_ACRONYM_IN_PARENS = re.compile(r"\(\s*([A-Z][A-Za-z0-9\u0130\u0131&.\-]{1,15})\s*\)")
_STOP_BEFORE_NAME = {"مع", "بين", "من", "عن", "الي", "على", "علي", "في", "قبل", "with", "and", "by", "of", "the"}


def _head_index(tokens: list[Token], end: int, window: int = 12) -> int | None:
    """Index of the farthest organisation head noun before `end`, within one phrase."""
    found = None
    for k in range(end - 1, max(-1, end - 1 - window), -1):
        key = tokens[k].key
        if key in ORG_HEADS or key.rstrip("s") in ORG_HEADS:
            found = k
        elif found is not None and (key in _STOP_BEFORE_NAME or fold(tokens[k].text) in _STOP_BEFORE_NAME):
            break
    return found


def discover(text: str, known: list[Mention]) -> list[tuple[str, str | None, int, int]]:
    """Find organisations the registry does not know: a name followed by «(ACRONYM)».

    Returns (name as written, acronym, start, end) for each, where the name
    starts at an organisation head noun (ORG_HEADS) and is not a known mention.

    >>> discover("بالتعاون مع هيئة المنافسة في باكستان (CCP) في أنقرة", [])
    [('هيئة المنافسة في باكستان', 'CCP', 12, 42)]
    """
    found = []
    tokens = tokenise(text)
    for m in _ACRONYM_IN_PARENS.finditer(text):
        if any(k.start <= m.start(1) < k.end for k in known):
            continue
        end = next((i for i, t in enumerate(tokens) if t.start >= m.start()), len(tokens))
        head = _head_index(tokens, end)
        if head is None:
            continue
        start = tokens[head].start
        if any(k.start <= start < k.end for k in known):
            continue
        name = text[start:tokens[end - 1].end]
        if re.search(r"[.،؛:!?]", name):
            continue
        found.append((name, m.group(1), start, m.end()))
    return found
