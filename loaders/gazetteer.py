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
from bisect import bisect_left
from functools import lru_cache
from itertools import accumulate, compress, repeat
from operator import itemgetter
from typing import NamedTuple

from loaders.arabic import fold, strip_article
from loaders.registry import Entry, Registry

_TOKEN = re.compile(
    r"[A-Za-z0-9\u00C0-\u024F]+(?:[-\u2010\u2011][A-Za-z0-9\u00C0-\u024F]+)*"
    r"|[\u0621-\u064A\u0660-\u0669\u066E-\u06D3\u06D5\u06FA-\u06FF\u064B-\u065F\u0670\u0640]+")
# One-letter prepositions glued to the first word of a name: و (and), ب (by),
# ل (for), ف (so), ك (as), and their pairs «وب», «ول».
_PREFIXES = ("وب", "ول", "و", "ب", "ل", "ف", "ك")
MAX_WORDS = 16
_GLUED_ARTICLE = re.compile(r"^[وبفك]ال")
# compiled once: read at every head noun and name found (re.match looked each up in re's cache)
_GLUED_HEAD = re.compile(r"^[وبفك](?:ال|لل)")
_ARTICLE_START = re.compile(r"^(?:[وبلف]?ال|[وف]?لل)")


class Token(NamedTuple):
    """One word: as written, its span, its matching key, whether it is Latin."""

    text: str
    start: int
    end: int
    key: str          # folded, article stripped
    latin: bool


class Mention(NamedTuple):
    """One known entity named in a text: which entry, as written, where (a tuple: hundreds per text)."""

    entry: Entry | None
    text: str
    start: int
    end: int


def tokenise(text: str, offset: int = 0) -> list[Token]:
    """Split text into words with their spans and matching keys; spans are shifted by offset
    (the position of text in a larger text, so a part can be read without rebuilding its tokens).

    >>> [t.key for t in tokenise("مع البنك الإسلامي (IDB)")]
    ['مع', 'بنك', 'اسلامي', 'idb']
    >>> [(t.start, t.end) for t in tokenise("مع IDB", offset=10)]
    [(10, 12), (13, 16)]
    """
    # As words_of: every step runs in C, none once per word in Python (split gives [gap, word, gap, …],
    # the running sum of their lengths the spans; each Token is made by tuple.__new__ from a zipped row).
    parts = _TOKEN_SPLIT.split(text)
    words = parts[1::2]
    if not words:
        return []
    keyed = list(map(_fill_memo(_WORD_KEYS, words, _word_key).__getitem__, words))
    bounds = list(accumulate(map(len, parts), initial=offset)) if offset else list(accumulate(map(len, parts)))
    if offset:
        bounds = bounds[1:]
    keys = list(map(_FIRST, keyed))
    tokens = list(map(tuple.__new__, repeat(Token), zip(words, bounds[0:-1:2], bounds[1::2], keys, map(_SECOND, keyed))))
    if "" in keys:  # a word with no key («ـ», a bare «ال») is no token
        return list(compress(tokens, keys))
    return tokens


class Words(NamedTuple):
    """The words of a text as four parallel lists: the tokens of `tokenise` without a Token per word.

    A long text has tens of thousands of words and a gazetteer looks at few of them
    closely; lists built in C cost a fraction of one tuple per word.
    """

    text: list[str]
    start: list[int]
    end: list[int]
    key: list[str]

    @classmethod
    def of_tokens(cls, tokens: list[Token]) -> "Words":
        return cls(*(list(map(get, tokens)) for get in _TOKEN_FIELDS))


_TOKEN_FIELDS = tuple(itemgetter(k) for k in range(4))
_FIRST, _SECOND = itemgetter(0), itemgetter(1)


def _fill_memo(memo: dict, words, compute) -> dict:
    """Fill memo with compute(word) for the words it lacks; emptied first when it would grow past _KEYS_MAX
    (bounds the memory over a very large corpus). Returns memo."""
    new = _unique(words).difference(memo)
    if new:
        if len(memo) + len(new) > _KEYS_MAX:
            memo.clear()
            new = _unique(words)
        for word in new:
            memo[word] = compute(word)
    return memo


def _unique(words) -> set:
    """The set of words (not to be changed), kept for the last list asked: a report's words fill three
    memos (their keys, and the name starts of two gazetteers), and their set was built for each."""
    kept = _UNIQUE[0]
    if kept is not None and kept[0] is words:
        return kept[1]
    unique = set(words)
    _UNIQUE[0] = (words, unique)
    return unique


_UNIQUE: list[tuple[list[str], set[str]] | None] = [None]


def words_of(text: str) -> Words:
    """Return the words of text, as `tokenise` finds them, as parallel lists.

    >>> words_of("مع البنك الإسلامي (IDB)")
    Words(text=['مع', 'البنك', 'الإسلامي', 'IDB'], start=[0, 3, 9, 19], end=[2, 8, 17, 22], key=['مع', 'بنك', 'اسلامي', 'idb'])
    """
    # Every step runs in C, not once per word in Python: split() with the word pattern as its
    # one group gives [gap, word, gap, word, …, gap], and the running sum of their lengths gives
    # each word's start and end.
    parts = _TOKEN_SPLIT.split(text)
    words = parts[1::2]
    keys = _fill_memo(_WORD_MATCHING, words, _matching_key)
    bounds = list(accumulate(map(len, parts)))
    matching = list(map(keys.__getitem__, words))
    starts, ends = bounds[0:-1:2], bounds[1::2]
    if "" in matching:  # a word with no key («ـ», a bare «ال») is no token
        return Words(*(list(compress(column, matching)) for column in (words, starts, ends, matching)))
    return Words(words, starts, ends, matching)


_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})")
_KEYS_MAX = 200_000

# The text between two spaces («والبنك», "(IDB),", «2025\nالبنك») -> its words with a key, each
# (start, end within it, as written, matching key): such pieces repeat as words do.
_CHUNK_WORDS: dict[str, tuple[tuple[int, int, str, str], ...]] = {}
_CHUNK_KEYS: dict[str, tuple[str, ...]] = {}  # the same pieces -> their words' keys alone (the trie walks on them)
_CHUNK_KEPT = 64  # a longer piece (a run of text with no space) is read at each call, not kept


def _chunk_words(chunk: str) -> tuple[tuple[int, int, str, str], ...]:
    """The words of a piece of text with no space, as words_of finds them: (start, end, as written, key)."""
    parts = _TOKEN_SPLIT.split(chunk)
    if len(parts) == 1:
        return ()
    bounds = list(accumulate(map(len, parts)))
    return tuple((start, end, word, key) for word, start, end in zip(parts[1::2], bounds[0:-1:2], bounds[1::2])
                 if (key := _word_key(word)[0]))


def _definite_after(chunks: list[str], c: int, at: int) -> bool:
    """True when the word after the `at`-th word of piece c, in it or in a later piece, is written with the article."""
    for cc in range(c, min(len(chunks), c + 3)):
        words = _CHUNK_WORDS.get(chunks[cc])
        if words is None:
            words = _chunk_words(chunks[cc])
        k = at + 1 if cc == c else 0
        if k < len(words):
            return words[k][2].startswith("ال")
    return False


def _chunk_keys(chunk: str) -> tuple[str, ...]:
    return tuple(word[3] for word in _chunk_words(chunk))


def _chunks_of(text: str) -> tuple[list[str], list[int]]:
    """text split at its spaces, and the running sum of the pieces' lengths (kept for the last text: a report
    is read by two gazetteers); the words of each new piece are read into _CHUNK_WORDS."""
    kept = _CHUNKS[0]
    if kept is not None and kept[0] is text:
        return kept[1], kept[2]
    chunks = text.split(" ")
    new = _unique(chunks).difference(_CHUNK_WORDS)
    if new:
        if len(_CHUNK_WORDS) + len(new) > _KEYS_MAX:
            _CHUNK_WORDS.clear()
            _CHUNK_KEYS.clear()
            new = _unique(chunks)
        for chunk in new:
            if len(chunk) <= _CHUNK_KEPT:
                words = _CHUNK_WORDS[chunk] = _chunk_words(chunk)
                _CHUNK_KEYS[chunk] = tuple(word[3] for word in words)
    ends = list(accumulate(map(len, chunks)))
    _CHUNKS[0] = (text, chunks, ends)
    return chunks, ends


_CHUNKS: list[tuple[str, list[str], list[int]] | None] = [None]


# word as written -> (matching key, Latin?): words repeat, so each is folded once
_WORD_KEYS: dict[str, tuple[str, bool]] = {}
# word as written -> its matching key alone: words_of reads one value per word (was: the pair, then its key)
_WORD_MATCHING: dict[str, str] = {}


@lru_cache(maxsize=65536)
def _word_key(word: str) -> tuple[str, bool]:
    """The matching key of one word and whether it is Latin; words repeat, so fold each once."""
    latin = word[0].isascii() or "\u00C0" <= word[0] <= "\u024F"
    return (fold(word).replace(" ", "") if latin else strip_article(fold(word))), latin


def _matching_key(word: str) -> str:
    return _word_key(word)[0]


def _latin_exact(word: str) -> str:
    return word.replace("\u0130", "I").replace("\u0131", "i")


def _name_keys(name: str) -> tuple[str, ...]:
    return tuple(t.key for t in tokenise(name))


class Gazetteer:
    """A word trie over every spelling of every registry entry of the given tables."""

    def __init__(self, registry: Registry, tables: tuple[str, ...] = ("organisations", "networks", "programmes")):
        self._trie: dict = {}
        self._exact: dict[str, Entry] = {}
        self._caseless: dict[str, Entry] = {}
        # word as written -> (trie nodes a name may start from, with the prefix to skip; Latin entry;
        # Latin?), or () when no name starts there; words repeat, so each is looked up once (see _starts)
        self._starts_of: dict[str, tuple] = {}
        # text between two spaces -> (index of the word, _starts of it) for its words where a name may start
        self._chunk_hits: dict[str, tuple] = {}
        for table in tables:
            for entry in registry.table(table).values():
                for name in entry.names:
                    self.add(name, entry)

    def add(self, name: str, entry: Entry) -> None:
        self._starts_of.clear()
        self._chunk_hits.clear()
        keys = _name_keys(name)
        if not keys:
            return
        if len(keys) == 1 and re.fullmatch(r"[A-Za-z0-9İı\-]+", name.strip()):
            self._exact.setdefault(_latin_exact(name.strip()), entry)
            self._caseless.setdefault(_latin_exact(name.strip()).casefold(), entry)
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
            hit = self._caseless.get(word.casefold())  # «ISDB» is IsDB; «idb» in prose is no acronym
        return hit

    def find(self, text: str, tokens: list[Token] | Words | None = None) -> list[Mention]:
        """Return the known entities mentioned in text, longest match first, in order.

        tokens are text's words, from `tokenise` or `words_of`; read from text when not given.

        >>> from loaders.registry import Entry, Registry
        >>> reg = Registry(organisations={"isdb": Entry("organisations", "isdb", "IsDB",
        ...     "Islamic Development Bank", "البنك الإسلامي للتنمية", ("IDB",))})
        >>> [(m.entry.id, m.text) for m in Gazetteer(reg).find("بالتعاون مع البنك الإسلامي للتنمية (IDB)")]
        [('isdb', 'البنك الإسلامي للتنمية'), ('isdb', 'IDB')]
        """
        if tokens is None:
            return self._find_by_chunks(text)
        if isinstance(tokens, Words):
            words = tokens
        else:
            words = Words.of_tokens(tokens)
        written, keys = words.text, words.key
        starts_of = _fill_memo(self._starts_of, written, self._starts)
        # Most words start no name: the loop visits only those that may (compress runs in C).
        hits = list(map(starts_of.__getitem__, written))
        mentions: list[Mention] = []
        new = tuple.__new__  # Mention(...) without the NamedTuple constructor's extra call
        n = len(written)
        after = 0
        for i in compress(range(n), hits):
            if i < after:
                continue  # inside the last mention
            nodes, latin_entry, latin = hits[i]
            best: tuple[int, Entry, int] | None = None
            for node, skip in nodes:
                j = i
                while node is not None:
                    if None in node and (best is None or j > best[0]) and not (
                            keys[j] == "منظمه" and j + 1 < n and written[j + 1].startswith("ال")):
                        # «الأمانة العامة للمنظمة» is the OIC's (a page's «المنظمة»), «الأمانة العامة للمنظمة
                        # العربية …» another body's: a name does not end at «المنظمة» before a definite word
                        best = (j, node[None], skip)
                    j += 1
                    if j >= n or j - i >= MAX_WORDS:
                        break
                    node = node.get(keys[j])
            if best is None and latin_entry is not None:
                best = (i, latin_entry, 0)
            if best is not None:
                j, entry, skip = best
                if not skip and not latin and _GLUED_ARTICLE.match(written[i]):
                    skip = 1  # «والبنك …» is «البنك …» after «و» (and)
                start, end = words.start[i] + skip, words.end[j]
                mentions.append(new(Mention, (entry, text[start:end], start, end)))
                after = j + 1
        return mentions

    def _find_by_chunks(self, text: str) -> list[Mention]:
        """`find` without the words of the whole text: what `find(text, words_of(text))` returns.

        No word spans a space, so the text is split at its spaces (str.split, in C) and each
        piece's words, and where a name may start among them, are kept per piece (`_chunk_words`,
        `_chunk_hits`: pieces repeat as words do). Only the pieces where a name may start are
        visited, and the trie is walked over the keys of the pieces after them.
        """
        chunks, ends = _chunks_of(text)
        memo = self._hits_of(chunks)
        if memo is None:  # a long piece, not kept: every piece's hits in a list
            hits = [self._chunk_starts(chunk) if len(chunk) > _CHUNK_KEPT else self._chunk_hits[chunk]
                    for chunk in chunks]
            hit_at = hits.__getitem__
        else:
            hits = map(memo.__getitem__, chunks)
            hit_at = None
        keys_of = _CHUNK_KEYS.get
        mentions: list[Mention] = []
        new = tuple.__new__
        n = len(chunks)
        after = 0  # a word that starts before this is inside the last mention
        for c in compress(range(n), hits):
            chunk = chunks[c]
            base = ends[c] + c - len(chunk)  # the pieces before it and the space after each
            first_keys = keys_of(chunk)
            if first_keys is None:
                first_keys = _chunk_keys(chunk)
            for t, start, end, glued, nodes, latin_entry in (memo[chunk] if hit_at is None else hit_at(c)):
                if base + start < after:
                    continue  # inside the last mention
                best: tuple | None = None
                for node, skip in nodes:
                    count, at, cc, keys = 0, t, c, first_keys
                    while True:
                        if None in node and (best is None or count > best[0]) and not (
                                keys[at] == "منظمه" and _definite_after(chunks, cc, at)):
                            # «الأمانة العامة للمنظمة العربية …»: not at «المنظمة» before a definite word (as find)
                            best = (count, node[None], skip, cc, at)
                        count += 1
                        if count >= MAX_WORDS:
                            break
                        at += 1
                        while at >= len(keys):  # the next word is in a later piece
                            cc += 1
                            if cc >= n:
                                break
                            keys = keys_of(chunks[cc])
                            if keys is None:
                                keys = _chunk_keys(chunks[cc])
                            at = 0
                        if cc >= n:
                            break
                        node = node.get(keys[at])
                        if node is None:
                            break
                if best is not None:
                    _count, entry, skip, cc, at = best
                    if cc != c or at != t:
                        words = _CHUNK_WORDS.get(chunks[cc])
                        if words is None:
                            words = _chunk_words(chunks[cc])
                        end = ends[cc] + cc - len(chunks[cc]) + words[at][1]
                    else:
                        end += base
                elif latin_entry is not None:
                    entry, skip, end = latin_entry, 0, base + end
                else:
                    continue
                start += base + (skip or glued)
                mentions.append(new(Mention, (entry, text[start:end], start, end)))
                after = end
        return mentions

    def _hits_of(self, chunks: list[str]) -> dict[str, tuple] | None:
        """The memo of where a name may start among a piece's words (`_chunk_starts`), filled for every piece of
        chunks; None when a piece is too long to be kept (read at each call: see _find_by_chunks)."""
        memo = self._chunk_hits
        new = _unique(chunks).difference(memo)
        whole = True
        if new:
            if len(memo) + len(new) > _KEYS_MAX:
                memo.clear()
                new = _unique(chunks)
            if len(self._starts_of) > _KEYS_MAX:
                self._starts_of.clear()
            for chunk in new:
                if len(chunk) <= _CHUNK_KEPT:  # a long run without a space is read at each call, not kept
                    memo[chunk] = self._chunk_starts(chunk)
                else:
                    whole = False
        return memo if whole else None

    def _chunk_starts(self, chunk: str) -> tuple:
        """(index, start, end, glued «و» to skip, trie nodes with their prefix to skip, Latin entry) of each word
        of chunk where a name may start (`_starts`)."""
        starts_of = self._starts_of
        found = []
        words = _CHUNK_WORDS.get(chunk)
        for t, (start, end, word, _key) in enumerate(_chunk_words(chunk) if words is None else words):
            hit = starts_of.get(word)
            if hit is None:
                hit = starts_of[word] = self._starts(word)
            if hit:
                nodes, latin_entry, latin = hit
                glued = 1 if not latin and _GLUED_ARTICLE.match(word) else 0  # «والبنك …» is «البنك …» after «و»
                found.append((t, start, end, glued, nodes, latin_entry))
        return tuple(found)

    def _starts(self, word: str) -> tuple[tuple[tuple[dict, int], ...], Entry | None, bool] | tuple[()]:
        """The trie nodes a name may start from at word (with the prefix to skip), its Latin entry,
        whether it is Latin; () when no name starts there.

        All depend on the word alone (its key is made from its text), so they are kept per word.
        """
        key, latin = _WORD_KEYS.get(word) or _word_key(word)
        token = Token(word, 0, len(word), key, latin)
        nodes = tuple((self._trie[first], skip) for first, skip in self._first_keys(token) if first in self._trie)
        latin_entry = self._latin(token) if latin else None
        return (nodes, latin_entry, latin) if nodes or latin_entry is not None else ()

    @staticmethod
    def _first_keys(token: Token) -> tuple[tuple[str, int], ...]:
        """The keys the first word of a name may have, with the prefix length to skip."""
        if token.latin:
            return ((token.key, 0),)
        return _prefixed_keys(token.text, token.key)


@lru_cache(maxsize=65536)
def _prefixed_keys(word: str, key: str) -> tuple[tuple[str, int], ...]:
    keys = [(key, 0)]
    folded = fold(word)
    for prefix in _PREFIXES:
        if folded.startswith(prefix) and len(folded) - len(prefix) >= 3:
            skip = len(prefix) if word.startswith(prefix) else 0
            keys.append((strip_article(folded[len(prefix):]), skip))
    return tuple(keys)


# Nouns that head an organisation's name: ministry, authority, agency, university,
# institute, centre, bank, organisation, corporation, council, union, committee,
# programme, fund, association, chamber, office, company, department, directorate.
ORG_HEADS = (
    "وزاره", "هييه", "وكاله", "جامعه", "معهد", "مركز", "بنك", "منظمه", "موسسه", "مجلس",
    "اتحاد", "لجنه", "برنامج", "صندوق", "جمعيه", "غرفه", "مكتب", "شركه", "دايره", "مديريه",
    "سلطه", "اكاديميه", "كليه", "ديوان", "اداره", "مصلحه", "بورصه", "مفوضيه", "امانه", "رابطه", "شراكه",
    "ministry", "authority", "agency", "university", "institute", "centre", "center", "bank",
    "organization", "organisation", "corporation", "council", "union", "committee", "fund",
    "association", "chamber", "office", "company", "department", "directorate", "academy",
    "commission", "foundation", "institution", "bureau", "alliance", "partnership", "league", "تحالف",
    "inc", "ltd", "plc",  # a company that ends its name so: "International Health Services Inc. (USHAŞ)"
    "service",  # with its acronym after it: "the Turkish State Meteorological Service (MGM)"
    # with its acronym after it: "the Presidency of Strategy and Budget (SBB)", "the Expert Group on … (EGRISS)"
    "presidency", "group", "team", "فريق", "مجموعه",
    # French names with their acronym: "the Caisse Autonome d'Amortissement (CAA)", "Agence Nationale de … (ANSD)"
    "caisse", "agence", "banque", "direction", "societe", "fonds", "conseil", "autorite", "ministere", "universite",
    "ecole", "institut",
    # "the International Federation of Red Cross and Red Crescent Societies (IFRC)", "the Izmir Commodity Exchange (İTB)"
    "federation", "exchange",
)
_ACRONYM_IN_PARENS = re.compile(r"\(\s*([A-Z\u0130ŞÜÖÇĞ][A-Za-z0-9\u0130\u0131ŞÜÖÇĞşüöçğ&.'’\-]{1,15})\s*\)")  # «(USHAŞ)», «(İTB)», "(Monsha'at)"
_PHRASE_BREAK = re.compile(r"[)•▪●◦]")
_STOP_BEFORE_NAME = {"مع", "بين", "من", "عن", "الي", "على", "علي", "في", "قبل", "with", "and", "by", "of", "the"}


def _head_index(tokens: list[Token], end: int, window: int = 12, text: str | None = None) -> int | None:
    """Index of the farthest organisation head noun before `end`, within one phrase.

    With the text, a phrase also ends at a closing parenthesis or a bullet
    («… (IDB)\n • Kingdom Data Agency (KDA)»: the name is the last bullet's).
    """
    found = None
    for k in range(end - 1, max(-1, end - 1 - window), -1):
        if text is not None and k + 1 < len(tokens) and _PHRASE_BREAK.search(text, tokens[k].end, tokens[k + 1].start):
            break
        if found is None and tokens[k].text == "the" and k > 0 and tokens[k - 1].text == "and" and \
                not (k + 1 < len(tokens) and tokens[k + 1].text in _REGION_AFTER_AND_THE):
            break  # "the Central Bank of Jordan and the Alliance for Financial Inclusion (AFI)": AFI's name starts here
            # (not a region's: "… Institute for Asia and the Pacific (SIAP)", "… for Latin America and the Caribbean")
        if tokens[k].key in _CONVENTION_HEADS and k + 1 < end and tokens[k + 1].key in ("امم", "united"):
            found = k  # «اتفاقية الأمم المتحدة لمكافحة التصحر (UNCCD)», 'the United Nations Convention …': a UN body
            continue
        key = tokens[k].key
        if key in ORG_HEADS or key.rstrip("s") in ORG_HEADS or _l_head(tokens[k]):
            found = k
            if not tokens[k].latin and fold(tokens[k].text).startswith("وال") and key in NAME_HEADS:
                break  # «وزارة الصحة … والمجلس الوطني … (CNDN)»: «و» + a head opens the name the acronym is of
        elif found is not None and tokens[k].text == "and" and k > 0 and tokens[k - 1].latin \
                and tokens[k - 1].text.istitle() and tokens[k - 1].text not in _EN_ARTICLES \
                and not _BREAK.search(text or "", tokens[k - 1].end, tokens[k].start):
            continue  # "Food and Agriculture Organization": "and" between two capitalised words of one name
        elif found is not None and tokens[k].text == "of" and k > 0 and tokens[k - 1].latin and \
                tokens[k - 1].text[:1].isupper() and tokens[k - 1].key in ORG_HEADS:
            continue  # "the Federation of Pakistan Chambers of Commerce (FPCCI)": a head before "of" opens the name
        elif found is not None and (key in _STOP_BEFORE_NAME or fold(tokens[k].text) in _STOP_BEFORE_NAME
                                    or key in _AFFILIATED):
            break  # «المركز التابع لمعهد … (IBS)»: the acronym is the body named after «التابع ل» (affiliated to)
    return found


# A region named "X and the Y" inside a body's name: 'Asia and the Pacific', 'Latin America and the Caribbean'.
_REGION_AFTER_AND_THE = frozenset(("Pacific", "Caribbean", "Near", "Middle", "Gulf"))
# A convention with a secretariat of its own, named as the body: «اتفاقية الأمم المتحدة …» (before «الأمم»).
_CONVENTION_HEADS = frozenset(("اتفاقيه", "convention"))
# «التابع»/«التابعة» (affiliated to, belonging to): what follows is another body's name
_AFFILIATED = frozenset(("تابع", "تابعه", "تابعين", "تابعتين"))


def _l_head(tok: Token) -> bool:
    """True when tok is a head noun glued to «ل» (for, of) or «ول» (and for): «لمعهد», «لفريق», «ولوزارة».

    Its key keeps the «ل» (only «لل», the preposition on the article, is stripped with the article).

    >>> [_l_head(t) for t in tokenise("ممثل لفريق العمل لمعهد ولوزارة لكن")]
    [False, True, False, True, True, False]
    """
    if tok.latin or tok.key in ORG_HEADS:
        return False
    word = _L_HEADS.get(tok.text)
    if word is None:
        # «للجنة» (ل + اللجنة, for the committee): its key lost the «لل» as if an article, «جنه»
        word = _remember(_L_HEADS, tok.text, any(tok.key.startswith(p) and tok.key[len(p):] in ORG_HEADS
                                                 for p in ("ول", "ل"))
                         or "ل" + tok.key in ORG_HEADS and fold(tok.text).startswith(("لل", "ولل")))
    return word


_L_HEADS: dict[str, bool] = {}


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """True when pos falls inside one of the sorted, non-overlapping spans."""
    i = bisect_left(spans, (pos + 1,)) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def _for_the_sake_of(tokens: list[Token], k: int) -> bool:
    """«من أجل» (for): a preposition that names carry («الشراكة في مجال الإحصاء من أجل التنمية …»)."""
    return fold(tokens[k].text) == "من" and k + 1 < len(tokens) and fold(tokens[k + 1].text) == "اجل"


def discover(text: str, known: list[Mention],
             tokens: list[Token] | None = None) -> list[tuple[str, str | None, int, int]]:
    """Find organisations the registry does not know: a name followed by «(ACRONYM)».

    Returns (name as written, acronym, start, end) for each, where the name
    starts at an organisation head noun (ORG_HEADS) and is not a known mention.

    >>> discover("بالتعاون مع هيئة المنافسة في باكستان (CCP) في أنقرة", [])
    [('هيئة المنافسة في باكستان', 'CCP', 12, 42)]
    """
    found = []
    tokens = tokenise(text) if tokens is None else tokens
    starts = [t.start for t in tokens]
    spans = sorted((k.start, k.end) for k in known)
    known_starts = {s for s, _ in spans}
    for m in _ACRONYM_IN_PARENS.finditer(text):
        if _inside(spans, m.start(1)):
            continue
        end = bisect_left(starts, m.start())
        head = _head_index(tokens, end, text=text)
        if head is None:
            continue
        if tokens[head].latin:
            head = _english_name(text, tokens, head, known_starts)[0]
        start = tokens[head].start
        first = fold(tokens[head].text) if not tokens[head].latin else ""
        if first.startswith("وال"):
            start += 1  # «والمجلس الوطني … (CNDN)»: the name starts after the glued «و»
        elif _l_head(tokens[head]) and not first.startswith(("لل", "ولل")):
            start += 2 if first.startswith("ول") else 1  # «التابع لمعهد … (IBS)»: the name starts after the «ل»
        if _inside(spans, start):
            continue
        name = _without_ll(text[start:tokens[end - 1].end])
        if re.search(r"[.،؛:!?]", name) or any(fold(t.text) in _NAME_STOPS and not _for_the_sake_of(tokens, k)
                                                for k, t in enumerate(tokens[head:end], head)):
            continue
        found.append((name, m.group(1), start, m.end()))
    return found


def _without_ll(name: str) -> str:
    """The name of a body written after «لل» (for the): «للجامعة الأردنية» is «الجامعة الأردنية», «للجنة الدائمة»
    (ل + اللجنة) «اللجنة الدائمة»; any other name as written.

    >>> _without_ll("للجامعة الأردنية"), _without_ll("وللجنة الدائمة"), _without_ll("لجنة الخبراء")
    ('الجامعة الأردنية', 'اللجنة الدائمة', 'لجنة الخبراء')
    """
    at = 1 if name.startswith("ولل") else 0
    if name[at:at + 2] != "لل":
        return name
    word = fold(name[at:].split(maxsplit=1)[0])
    if word[2:] in ORG_HEADS or word[2:] in NAME_HEADS:
        return "ال" + name[at + 2:]
    if word[1:] in ORG_HEADS or word[1:] in NAME_HEADS:  # a head that starts with «ل»: «لجنة»
        return "ال" + name[at + 1:]
    return name


# Head nouns that open a name even without an acronym after it (issue 3): ministry,
# agency, university, institute, authority, institution, centre, bank, council,
# court, bureau (جهاز), office, department, directorate, fund, organisation,
# union, chamber, academy, college, commission.
NAME_HEADS = frozenset((
    "وزاره", "وكاله", "جامعه", "معهد", "هييه", "موسسه", "مركز", "بنك", "مصرف", "مجلس", "ديوان", "جهاز", "مكتب",
    "دايره", "مديريه", "صندوق", "منظمه", "اتحاد", "غرفه", "اكاديميه", "كليه", "مفوضيه", "لجنه",
    "ministry", "agency", "university", "institute", "authority", "institution", "centre", "center", "bank",
    "council", "bureau", "office", "department", "directorate", "fund", "organisation", "organization",
    "union", "chamber", "academy", "college", "commission", "corporation", "foundation", "board",
    # "State Customs Committee of …", "Dubai Customs", "Tax Administration of …", "Institut Pasteur de Dakar",
    # "Permanent Mission of … to …" (capitalised words around the head, as for the others)
    "committee", "customs", "administration", "institut", "mission",
    # "the Albanian Tourism Company", «شركة السياحة الكازاخية» (the Kazakh tourism company; «شركة» before a word with
    # the article only: «شركة ناشئة» is a start-up)
    "company", "شركه",
    # "Dubai Chambers", "the Emirates Red Crescent", "the Turkish Red Crescent" (capitalised words before the head)
    "chambers", "crescent",
    # «مجمع الملك فهد لطباعة المصحف الشريف» (the King Fahd Complex), «مجمع اللغة العربية» (an Arabic-language academy)
    "مجمع",
    # «مصلحة الجمارك المصرية» (the Egyptian Customs Authority), «سلطة النقد الفلسطينية»: heads only as written
    # bare (_BARE_HEADS)
    "مصلحه", "سلطه",
))
# Heads that are also common nouns: «المصلحة العامة» the public interest, «لمصلحة الدول» for the benefit of the
# states, «في مصلحة» in the interest of, «السلطة التنفيذية» the executive power. They open a name only bare or
# after «و» («ومصلحة الجمارك», «خبراء من مصلحة الجمارك»), not after «في».
_BARE_HEADS = frozenset(("مصلحه", "سلطه"))
# «مصلحة الدول الأعضاء» the interest of the member states: a party after it, not a field
_PARTIES = frozenset(("الدول", "البلدان", "الطرفين", "الجانبين", "الجميع", "المواطنين", "الشعوب"))


def _common_noun(tokens: list[Token], i: int) -> bool:
    """True when tokens[i] is one of _BARE_HEADS used as a common noun, not a name's head.

    >>> [_common_noun(tokenise(t), 1) for t in ("مع مصلحة الجمارك", "في مصلحة الدول", "تخدم المصلحة العامة",
    ...                                          "مع والسلطة التنفيذية")]
    [False, True, True, True]
    """
    word = fold(tokens[i].text)
    if tokens[i].key not in _BARE_HEADS and not any(word[k:] in _BARE_HEADS for k in range(3)):
        return False
    bare_head = word in _BARE_HEADS or (word[:1] == "و" and word[1:] in _BARE_HEADS)
    after_in = i > 0 and fold(tokens[i - 1].text) == "في"
    party = i + 1 < len(tokens) and fold(tokens[i + 1].text) in _PARTIES
    return not bare_head or after_in or party
# «الإدارة» (the administration) heads a name only as a central or general administration: «الإدارة المركزية
# للإحصاء» (Kuwait's statistics bureau), «الإدارة العامة للجمارك»; not «إدارة المخاطر» (risk management).
_ADMINISTRATION_OF = frozenset(("المركزيه", "العامه"))
# Words that end an Arabic name: prepositions, relatives, conjunctions as words.
_NAME_STOPS = frozenset((
    "من", "علي", "عن", "الي", "مع", "حول", "خلال", "الذي", "التي", "الذين", "ذات", "ذو", "بين", "عبر", "حيث",
    "كما", "وذلك", "لدي", "تحت", "بعد", "قبل", "منذ", "او", "ثم", "بل", "لكن", "هذا", "هذه", "ذلك", "تلك",
    "كل", "جميع", "بعض", "عدد", "ايضا", "قد", "لقد", "وقد", "ان", "انه", "بان", "فيما", "لما", "عندما",
    # «… الأردنية الهاشمية بصفتها رئيسة …» in its capacity as chair: a role follows, not the name
    "بصفته", "بصفتها", "بوصفه", "بوصفها", "باعتباره", "باعتبارها",
))
# Activities named without the article: what an organising verb's subject organised (folded).
_ACTIVITY_OBJECTS = frozenset(("دوره", "دورات", "ورشه", "ندوه", "اجتماعا", "فعاليه", "زياره", "مذكره", "اتفاقيه",
                               "حلقه", "جلسه", "منتدي", "موتمرا", "حفلا", "برنامجا", "تقريرا", "حدثا",
                               # what a presenting verb's subject presented: «قدم … عرضا» a presentation, «كلمة» a speech
                               "عرضا", "عروضا", "عرضين", "كلمه", "محاضره", "محاضرتين", "محاضرات", "ورقه",
                               "جلستين", "جلسات",
                               # «… في الجمهورية اللبنانية نشاطين متتاليين» (two back-to-back activities)
                               "نشاطا", "نشاطين", "نشاطات", "انشطه"))
# Words a name runs into, never part of it (folded): a person's title or who heads the body («المركز الوطني للإحصاء
# سعادة الدكتور …», «… برئاسة الدكتور …»: his Excellency, Dr, Mr, Ms, Eng., headed by, led by); a headline's verb
# after its subject («مصلحة الضرائب المصرية وسيسرك يوقعان مذكرة تفاهم»: sign, organise, host, hold, launch, take
# part, receive, prepare, discuss, open, close, visit, announce; singular and dual, masculine and feminine); the
# people an organising body welcomes or receives («رحب المعهد الوطني للإحصاء بالمشاركين», «استقبلت المديرية
# العامة الوفد»: the participants, the delegation, the guests, the attendees).
_AFTER_A_NAME = frozenset(fold(w) for w in (
    "سعادة", "معالي", "فخامة", "سمو", "الدكتور", "الدكتورة", "السيد", "السيدة", "الأستاذ", "الأستاذة", "المهندس",
    "المهندسة", "برئاسة", "بقيادة",
    *(p + v + e for v in ("وقع", "نظم", "ستضيف", "عقد", "طلق", "شارك", "ستقبل", "ستعد", "بحث", "فتتح", "ختتم",
                          "زور", "علن", "ناقش")
      for p in ("ي", "ت") for e in ("", "ان")),
    "بالمشاركين", "بالمشاركات", "بالحضور", "بالضيوف", "بالوفد", "الوفد", "الوفود", "المشاركين", "الحضور", "الضيوف"))
# Bodies a page refers back to with the article alone: «مكتب اللجنة» the committee's bureau.
_BODY_NOUNS = frozenset(("لجنه", "شبكه", "منظمه", "مركز", "مجلس", "اداره", "هييه", "وكاله", "منتدي"))
# Indefinite adjectives after a head noun: «منظمة دولية» an international organisation, not a name.
_GENERIC_ADJECTIVES = frozenset(("دوليه", "اقليميه", "وطنيه", "حكوميه", "محليه", "عربيه", "اجنبيه", "دولي",
                                 "اقليمي", "وطني", "حكومي", "محلي", "عربي", "اجنبي", "غير"))
# Adjectives after a definite head that end neither «ـي» nor «ـة» (folded): general, private, permanent, joint,
# unified, united, independent
_ADJECTIVES_AFTER_HEAD = frozenset(("العام", "الخاص", "الدايم", "المشترك", "الموحد", "المتحد", "المستقل", "الاحمر",
                                    "الاعلي"))
# Words before "in" that keep a name going: «في جمهورية …» in the Republic of …
_STATE_WORDS = frozenset(("جمهوريه", "مملكه", "دوله", "سلطنه", "اماره", "امارات", "اقليم", "ولايه"))
# «للسنوات الثلاث المقبلة» for the next three years: time, not part of a name.
_TIME_WORDS = frozenset(("سنوات", "سنه", "فتره", "مده", "عام", "اعوام", "شهر", "اشهر", "يوم", "ايام",
                         "يومي", "يومين", "خلال", "صباح", "مساء"))  # «… للإحصاء يومي 10 و11 مارس» on the days
# The units a university names as its own: "the Marine Science Station of the University of Jordan".
_SUBUNITS = frozenset(("station", "faculty", "school", "laboratory", "department", "unit", "centre", "center",
                       "institute", "college", "hospital", "observatory"))
_EN_CONNECTORS = frozenset(("of", "for", "on", "and", "de", "du", "des", "la", "the"))
_EN_ARTICLES = frozenset(("The", "A", "An", "This", "That", "Its", "Their", "Our", "His", "Her"))
# A foreign name written in Arabic letters that starts like «ب» (by) + word: «معهد باستور» (Institut Pasteur),
# «جامعة بوسطن» (Boston University); not «بالتعاون» (in cooperation), «باعتباره» (as), «بأن» (that), «باسم» (in
# the name of), «بإشراف» (under the supervision of) (folded: hamza on alef dropped).
_TRANSLITERATED = re.compile(r"^(?!بال|باعتبار|بان|باسم|باشراف|بامكان|بين|بيد)ب[اوي][\u0621-\u064A]{3,}$")
_BREAK = re.compile(r"[.،,:;؛()\[\]«»\"“”\n!?؟/]")


def discover_names(text: str, known: list[Mention], tokens: list[Token] | None = None,
                   places: frozenset[str] = frozenset()) -> list[tuple[str, int, int]]:
    """Find organisations named by a head noun without an acronym: «وزارة …», "Ministry of …".

    Returns (name as written, start, end) for each name of two words or more
    that overlaps no known mention. Arabic names run from the head noun over
    the words that follow it, up to punctuation, a preposition or another
    name; «في» (in) continues a name only before a state («في جمهورية …») or
    one of `places` (bare country names). English names are the capitalised
    words around the head, joined by "of", "for", "and".

    >>> [n for n, s, e in discover_names("بالتعاون مع وزارة الاقتصاد الرقمي، وجامعة الخرطوم.", [])]
    ['وزارة الاقتصاد الرقمي', 'جامعة الخرطوم']
    >>> [n for n, s, e in discover_names("in cooperation with the Ministry of Labour and Social Security of Oman.", [])]
    ['Ministry of Labour and Social Security of Oman']
    >>> discover_names("وأعربت عن تقديرها للوكالة على استضافتها", [])
    []
    """
    tokens = tokenise(text) if tokens is None else tokens
    spans = sorted((k.start, k.end) for k in known)
    starts = {s for s, _ in spans}
    found: list[tuple[str, int, int]] = []
    i, n = 0, len(tokens)
    head_skips = _HEAD_SKIPS
    while i < n:
        tok = tokens[i]
        skip = head_skips.get(tok.text, _UNSET)
        if skip is _UNSET:
            skip = _remember(head_skips, tok.text, _head_skip(tok))
        if skip is None and tok.key == "اداره" and i + 1 < n and fold(tokens[i + 1].text) in _ADMINISTRATION_OF:
            skip = 1 if _GLUED_HEAD.match(tok.text) else 0  # «الإدارة المركزية للإحصاء» a body's name
        if skip is None and not tok.latin and _UNIT_ONLY_SKIP[tok.text] is not None:
            skip = _unit_of_university(text, tokens, i, starts, places)
        if skip is None or _inside(spans, tok.start):
            i += 1
            continue
        if not tok.latin and _common_noun(tokens, i) or tok.latin and not tok.text[:1].isupper():
            i += 1  # "Thirty-three customs officers", "the organisation of the Meetings": a common noun, no name
            continue
        if tok.key == "منظمه" and fold(tok.text) != tok.key:
            i += 1  # «المنظمة الناطقة بالفرنسية»: "the Organisation" is the OIC as a frame, not a new name
            continue
        if tok.latin:
            first, last = _english_name(text, tokens, i, starts)
        else:
            first, last = _arabic_name(text, tokens, i, starts, places)
        if last > first:
            start, end = tokens[first].start + (skip if first == i else 0), tokens[last].end
            nxt = tokens[last + 1] if last + 1 < n else None
            if nxt is not None and tok.latin and nxt.text == "of":
                k = last + 2 + (last + 2 < n and tokens[last + 2].text == "the")
                nxt = tokens[k] if k < n else None
            # «مجلس إدارة وكالة …», "the Management Board of KOBIA": the board of a known body is part
            # of that body's phrase
            joined = nxt is not None and nxt.start in starts and not _BREAK.search(text, end, nxt.start)
            if not joined and not any(s < end and start < e for s, e in spans):
                # «للجامعة الأردنية» (for the University of Jordan) is «الجامعة الأردنية»
                found.append((_without_ll(text[tok.start:end]) if first == i and tok.text.startswith(("لل", "ولل"))
                              else text[start:end], start, end))
            i = last + 1
        else:
            i += 1
    return found


# word as written -> _head_skip of its token (the token's key is made from its text): words repeat
_HEAD_SKIPS: dict[str, int | None] = {}
_UNSET = object()


def _remember(cache: dict, word: str, value):
    if len(cache) >= 200_000:
        cache.clear()  # bound the memory over a very large corpus
    cache[word] = value
    return value


def _head_skip(tok: Token) -> int | None:
    """How many glued letters («و» and, «ب» by, «ل» for) precede a head noun; None if tok is no head."""
    if tok.key in NAME_HEADS:
        # «والوكالة» and the agency: the name starts after the glued «و»
        return 1 if not tok.latin and _GLUED_HEAD.match(tok.text) else 0
    if tok.latin:
        return None
    for key, skip in _prefixed_keys(tok.text, tok.key):
        if key in NAME_HEADS:
            return skip
    return None


# A university's units (folded): faculty, institute, centre, station, laboratory, department, hospital,
# observatory, unit, chair. Those that head no name of their own («محطة», «مختبر», «قسم») head one when the name
# they open is a university's unit: «محطة العلوم البحرية التابعة للجامعة الأردنية», «مختبر … بجامعة الخرطوم».
_AR_SUBUNITS = frozenset(("كليه", "معهد", "مركز", "محطه", "مختبر", "قسم", "مستشفي", "مرصد", "وحده", "كرسي"))
_UNIT_ONLY_HEADS = _AR_SUBUNITS - NAME_HEADS


def _unit(tok: Token) -> bool:
    """True when tok is a university's unit noun, bare, with the article or after a glued «و»/«ب»/«ل»."""
    return tok.key in _AR_SUBUNITS or any(k in _AR_SUBUNITS for k, _ in _prefixed_keys(tok.text, tok.key))


def _unit_of_university(text: str, tokens: list[Token], i: int, starts: set[int],
                        places: frozenset[str]) -> int | None:
    """The skip of a unit noun that heads no name (`_UNIT_ONLY_HEADS`) when the name it opens runs to a university
    («… التابعة للجامعة الأردنية», «… بجامعة …», «… في جامعة …»); None otherwise («قسم» a section, «وحدة» unity)."""
    first, last = _arabic_name(text, tokens, i, starts, places)
    if any(tokens[k].key == "جامعه" or any(key == "جامعه" for key, _ in _prefixed_keys(tokens[k].text, tokens[k].key))
           for k in range(i + 1, last + 1)):
        return _UNIT_ONLY_SKIP[tokens[i].text]
    return None


class _UnitOnlySkips(dict):
    """word as written -> how many glued letters precede a unit noun of _UNIT_ONLY_HEADS («ومحطة» 1, «المحطة» 0,
    «والمحطة» 1), or None: words repeat, so each is read once."""

    def __missing__(self, word: str) -> int | None:
        if len(self) >= 200_000:
            self.clear()
        key, latin = _WORD_KEYS.get(word) or _word_key(word)
        skip = None
        if not latin:
            if key in _UNIT_ONLY_HEADS:
                skip = 1 if _GLUED_HEAD.match(word) else 0
            else:
                skip = next((k for head, k in _prefixed_keys(word, key) if head in _UNIT_ONLY_HEADS), None)
        self[word] = skip
        return skip


_UNIT_ONLY_SKIP = _UnitOnlySkips()


def _arabic_name(text: str, tokens: list[Token], i: int, starts: set[int],
                 places: frozenset[str]) -> tuple[int, int]:
    if i + 1 >= len(tokens):
        return i, i
    second = fold(tokens[i + 1].text)
    if _ARTICLE_START.match(fold(tokens[i].text)) and tokens[i].key != fold(tokens[i].text):
        # «الوكالة الوطنية …» a name; «الوكالة رئاسة …», «المركز بالتعاون …» the agency, the centre
        if not second.startswith("ال"):
            return i, i
        if second not in _ADJECTIVES_AFTER_HEAD and not second.endswith(
                "ه" if tokens[i].key.endswith("ه") else "ي"):
            # «واستعرض المجلس التقدم المحرز», «… المجلس الخطة» (the council reviewed the progress, the plan): the
            # definite word after a definite head is no adjective agreeing with it (feminine «ـة»/«ـية» after a
            # feminine head, «ـي» after a masculine one, or one of a few) but its verb's object («المجلس الأعلى»,
            # «المركز الوطني», «الهيئة العامة» are names)
            return i, i
    elif second.startswith(("و", "ب")) and tokens[i + 1].key not in NAME_HEADS and not second.startswith("بنك") \
            and not _TRANSLITERATED.match(second):
        return i, i  # «منظمة والأوساط»: a conjunction or a preposition, not a name
    elif second in _GENERIC_ADJECTIVES:
        return i, i  # «12 منظمة دولية وإقليمية» twelve international and regional organisations
    elif tokens[i].key == "شركه" and not second.startswith("ال"):
        return i, i  # «شركة ناشئة» a start-up, «شركة خاصة» a private company; «شركة السياحة الكازاخية» a name
    if second.startswith("ال") and tokens[i + 1].key in _BODY_NOUNS and (
            i + 2 >= len(tokens) or _BREAK.search(text, tokens[i + 1].end, tokens[i + 2].start)
            or fold(tokens[i + 2].text) in _NAME_STOPS or not fold(tokens[i + 2].text).startswith("ال")):
        return i, i  # «رئيسة مكتب اللجنة» the committee's bureau: a part of a body named before, not a name
    last = i
    j = i + 1
    limit = 8
    while j < len(tokens) and j - i <= limit:
        tok = tokens[j]
        if tok.latin or tok.start in starts or _BREAK.search(text, tokens[j - 1].end, tok.start):
            break
        word = fold(tok.text)
        if word in _NAME_STOPS or tok.key in _NAME_STOPS or word[:1].isdigit() or tok.key in _TIME_WORDS:
            break
        if word == "في":
            nxt = tokens[j + 1] if j + 1 < len(tokens) else None
            if nxt is not None and nxt.key == "جامعه" and nxt.start not in starts and _unit(tokens[i]) \
                    and not _BREAK.search(text, tok.end, nxt.start):
                # «كلية الاقتصاد في جامعة القاهرة» (the Faculty of Economics of Cairo University): a university's unit
                # named by the university is one name, as "the Faculty of Economics of the University of Cairo"
                last, limit = j + 1, max(limit, j + 1 - i + 4)
                j += 2
                continue
            if nxt is None or nxt.latin or _BREAK.search(text, tok.end, nxt.start) or not (
                    nxt.key in _STATE_WORDS or nxt.key in places or fold(nxt.text) in places):
                break
            last = j + 1
            if nxt.key not in _STATE_WORDS:
                break
            # the state's name after a long name runs whole: «… والتنسيق في جمهورية باكستان الإسلامية»
            limit = max(limit, j + 1 - i + 3)
            j += 2
            continue
        if word.startswith("و") and (tok.key in NAME_HEADS or not word.startswith("وال")):
            break
        if word in _ACTIVITY_OBJECTS:
            break  # «… في جمهورية أذربيجان دورة تدريبية»: the verb's object, after the subject's name
        if word in _AFTER_A_NAME:
            break  # «… والمعلومات سعادة الدكتور …», «… يوقعان مذكرة تفاهم», «رحب المعهد … بالمشاركين»
        if len(word) > 4 and (word.endswith(("ها", "هم", "هما")) or tok.text.endswith("ته")) and not word.startswith("ال"):
            break  # «دائرة الإحصاءات العامة خطتها …», «… والتصدير تجربته» (its plan, its experience): a name carries
            # no pronoun; the verb's object
        last = j
        j += 1
    if last > i and last + 1 < len(tokens) and "\n" in text[tokens[last].end:tokens[last + 1].start] \
            and not _BREAK.search(text[tokens[last].end:tokens[last + 1].start].replace("\n", " ")):
        return i, i  # cut by a line break inside a sentence (PDF text): the name may go on; not trusted
    return i, last


def _listed_in_name(text: str, tokens: list[Token], j: int, starts: set[int]) -> bool:
    """True when the comma before tokens[j] lists words inside one name: "Ministry of Labour, Migration
    and Employment of Population" (a capitalised word, then "and" and a capitalised word, no other stop).

    Not for a list of names: "the Ministry of Health, Bank Indonesia and …" (a head noun follows).
    """
    if text[tokens[j - 1].end:tokens[j].start].strip() != ",":
        return False

    def plain(tok: Token) -> bool:  # a capitalised word that is no head noun, article, acronym or known name
        return (tok.latin and tok.text[:1].isupper() and tok.text not in _EN_ARTICLES and tok.key not in NAME_HEADS
                and not tok.text.isupper() and tok.start not in starts)

    k = j
    while k < len(tokens) and k - j < 3 and plain(tokens[k]) and not _BREAK.search(text, tokens[k].end,
                                                                                   tokens[min(k + 1, len(tokens) - 1)].start):
        k += 1
    return k > j and k + 1 < len(tokens) and tokens[k].text == "and" and plain(tokens[k + 1]) \
        and not _BREAK.search(text, tokens[k].end, tokens[k + 1].start)


def _heads_a_name_of_its_own(text: str, tokens: list[Token], k: int) -> bool:
    """True when the capitalised words from tokens[k] (after "and") hold a head noun: "the Ministry of Health and
    Dubai Customs", "… and Bank Indonesia" are two bodies; "Ministry of Labour and Social Security" one name."""
    j = k
    while j < len(tokens) and j - k < 4 and tokens[j].latin and tokens[j].text[:1].isupper() \
            and (j == k or not _BREAK.search(text, tokens[j - 1].end, tokens[j].start)):
        if tokens[j].key in NAME_HEADS:
            return True
        j += 1
    return False


def _english_name(text: str, tokens: list[Token], i: int, starts: set[int]) -> tuple[int, int]:
    first = i
    while first > 0:
        prev = tokens[first - 1]
        if prev.text == "and" and first > 1 and tokens[first - 2].latin and tokens[first].key not in NAME_HEADS \
                and tokens[first - 2].text.istitle() and tokens[first - 2].text not in _EN_ARTICLES \
                and tokens[first - 2].end not in starts and not _BREAK.search(text, tokens[first - 2].start,
                                                                              tokens[first].start) \
                and not (first >= 3 and tokens[first - 3].text in ("of", "for", "on")):
            # (not the end of another name: "the Ministry of Health and Dubai Customs" are two bodies)
            first -= 2  # "Food and Agriculture Organization": two capitalised words joined before the head
            # (not before a head noun of its own: "the IsDB Institute and Bank Indonesia" are two bodies)
            continue
        if (not prev.latin or not prev.text[:1].isupper() or prev.text in _EN_ARTICLES or prev.end in starts
                or _BREAK.search(text, prev.end, tokens[first].start)):
            break
        if prev.text.isupper() and len(prev.text) > 1 and (prev.start in starts or tokens[i].text.isupper()):
            break  # a known acronym names its own body ("SESRIC Training Department" is SESRIC's); an unknown one
            # is the first word of the name: "COMSATS University Islamabad", "KOICA Office" (not in an all-capitals
            # heading)
        first -= 1
    if first >= 3 and tokens[i].key == "university" and tokens[first - 1].text == "the" and \
            tokens[first - 2].text == "of" and tokens[first - 3].text[:1].isupper():
        # "the Marine Science Station of the University of Jordan", "the Faculty of Economics of the University of
        # Cairo": a university's unit named by the university (not "the President of the University of Jordan")
        k = first - 3
        while k > 0 and tokens[k - 1].latin and (tokens[k - 1].text[:1].isupper() and tokens[k - 1].text not in
                                                  _EN_ARTICLES or tokens[k - 1].text in ("of", "for", "and")) and \
                tokens[k - 1].end not in starts and not _BREAK.search(text, tokens[k - 1].end, tokens[k].start):
            k -= 1
        while k < first - 3 and tokens[k].text in ("of", "for", "and"):
            k += 1
        if any(t.key in _SUBUNITS for t in tokens[k:first - 2]) and \
                not _BREAK.search(text, tokens[k].start, tokens[first].start):
            first = k
    last = i
    j = i + 1
    while j < len(tokens):
        tok = tokens[j]
        if not tok.latin or tok.start in starts or (
                _BREAK.search(text, tokens[j - 1].end, tok.start) and not _listed_in_name(text, tokens, j, starts)):
            break
        if tok.text in _EN_CONNECTORS and tok.text != "the":
            k = j + 2 if j + 2 < len(tokens) and tokens[j + 1].text == "the" and tok.text != "and" else j + 1
            nxt = tokens[k] if k < len(tokens) else None
            if nxt is None or not nxt.latin or not nxt.text[:1].isupper() or nxt.start in starts \
                    or nxt.text in _EN_ARTICLES or (tok.text == "and" and _heads_a_name_of_its_own(text, tokens, k)):
                break
            j = k
            continue
        if tok.text in ("d", "l") and j + 1 < len(tokens) and text[tok.end:tok.end + 1] in ("'", "’") \
                and tokens[j + 1].start == tok.end + 1 and tokens[j + 1].text[:1].isupper():
            last = j + 1  # an elided French particle inside a name: "… of Côte d'Ivoire", "Banque de l'Habitat"
            j += 2
            continue
        if not tok.text[:1].isupper() or tok.text in _EN_ARTICLES:
            break
        last = j
        j += 1
    return first, last
