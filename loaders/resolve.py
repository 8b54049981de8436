"""Resolve organisation mentions to one identity: a registry id, or a minted one.

In:  gazetteer mentions and discovered names.
Out: `Organisation` records whose `id` is the same for every spelling of one
     organisation, in every source.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from difflib import SequenceMatcher

from loaders.arabic import bare, fold, fold_acronym, strip_article
from loaders.common import clean_name
from loaders.gazetteer import NAME_HEADS, ORG_HEADS, Gazetteer, Mention, Token, discover, discover_names, tokenise
from loaders.records import Organisation

# compiled once (re.search and re.match looked each up in re's cache, per word)
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_LATIN_STOP = re.compile(r"[.,;:]")
_STOP_MARK = re.compile(r"[.،,:؛()]")
_ARTICLE_START = re.compile(r"^(?:[وبلف]?ال|[وف]?لل)")


def mint_id(name: str, acronym: str | None) -> str:
    """Return the id of an organisation the registry does not know.

    The acronym decides when there is one; otherwise a hash of the folded name,
    so «المعهد الوطني» and «والمعهد الوطني» mint one id.

    >>> mint_id("هيئة المنافسة في باكستان", "CCP")
    'ccp'
    >>> mint_id("المعهد الوطني للإحصاء", None) == mint_id("والمعهد الوطني للإحصاء", None)
    True
    """
    if acronym:
        slug = _NOT_SLUG.sub("-", fold_acronym(acronym)).strip("-")
        if slug:
            return slug
    key = name_key(name)
    return "x-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]


def name_key(name: str) -> str:
    """The key of a name: bare words, and no glued «و/ب/ل» before a head noun («ولوزارة» is «وزارة»).

    >>> name_key("ولوزارة الاقتصاد") == name_key("وزارة الاقتصاد") == name_key("والوزارة الاقتصاد")
    True
    """
    words = bare(clean_name(name)).split()
    if words and words[0] not in NAME_HEADS:
        for prefix in ("وب", "ول", "و", "ب", "ل", "ف"):
            if words[0].startswith(prefix) and words[0][len(prefix):] in NAME_HEADS:
                words[0] = words[0][len(prefix):]
                break
    return " ".join(words)


def from_mention(mention: Mention) -> Organisation:
    """An organisation from a registry match, named as the text writes it."""
    entry = mention.entry
    return Organisation(name=clean_name(mention.text), acronym=entry.acronym, id=entry.id,
                        span=(mention.start, mention.end))


# from_mention's body per spelling and registry entry: the name as written, cleaned once (`clean_name`);
# keyed by what the body is read from (bounded: cleared past 50,000 spellings).
_MENTIONED: dict[tuple[str, str, str, str | None], Organisation] = {}


def from_mention_once(mention: Mention) -> Organisation:
    """What from_mention(mention) returns, its name cleaned once per spelling of an entry (the loaders ask
    the same registry bodies at every mention); each mention keeps its own span."""
    entry = mention.entry
    key = (mention.text, entry.table, entry.id, entry.acronym)
    known = _MENTIONED.get(key)
    if known is None:
        if len(_MENTIONED) > 50_000:
            _MENTIONED.clear()
        known = _MENTIONED[key] = from_mention(mention)
    return Organisation(known.name, known.acronym, known.id, (mention.start, mention.end))


_TURKISH_ASCII = str.maketrans("İŞÜÖÇĞışüöçğ", "ISUOCGisuocg")


def from_discovery(name: str, acronym: str | None, start: int, end: int, registry=None) -> Organisation:
    """An organisation found by its form, with a minted id, or the registry's when a registry is
    given and knows the name under another spelling (`known_as`)."""
    name = clean_name(name)
    acronym = acronym.translate(_TURKISH_ASCII) if acronym else None  # KOBİA → KOBIA, USHAŞ → USHAS
    entry = known_as(name, acronym, registry) if registry is not None else None
    if entry is not None:
        # the acronym as the text writes it when the registry does not know it as a spelling of the body
        # ("… Safety and Health (NIOSH)" for the registry's NIOHS; «(IDB)» stays IsDB, a known spelling)
        spellings = {n.upper() for n in entry.names}
        written = acronym if acronym and acronym.upper() not in spellings and entry.acronym else None
        return Organisation(name=name, acronym=written or entry.acronym, id=entry.id, span=(start, end))
    return Organisation(name=name, acronym=acronym, id=mint_id(name, acronym), span=(start, end))


# A registry name that is only the start of a longer name with an acronym of its own: «الوكالة الدولية للطاقة
# المتجددة (إيرينا)» is IRENA, not the IEA «الوكالة الدولية للطاقة»; «… للطاقة الذرية (IAEA)», "the Islamic
# Development Bank Business Forum (THIQAH)". The words between run on the name: no stop word, no punctuation.
_AR_NAME_RUN = re.compile(r"(?:\s+[\u0621-\u064A]{2,}){1,6}(?=\s*\()")
_AR_NAME_STOPS = frozenset(fold(w) for w in (
    "في", "من", "مع", "على", "إلى", "الى", "عن", "أو", "لدى", "حول", "خلال", "بين", "ضمن", "عبر", "بعد", "قبل", "منذ",
    "حيث", "التابع", "التابعة", "الذي", "التي", "الذين", "بالتعاون", "بالشراكة", "بمشاركة", "و"))
# ('and the' only before a region: 'the United Nations Statistical Institute for Asia and the Pacific (SIAP)')
_EN_NAME_RUN = re.compile(r"(?:\s+(?:(?:of|for|on|the|de|du|des|and(?!\s+the\b)|and\s+the(?=\s+(?:Pacific|Caribbean|Near|Middle|Gulf)\b))"
                          r"\s+)*[A-Z][\w'’\-]*){1,6}(?=\s*\()")
_ITS_ACRONYM = re.compile(r"\s*\(\s*([A-Z][A-Za-z0-9&.\-]{1,14}|[\u0621-\u064A]{3,12})\s*\)")
_NOT_ACRONYMS = frozenset(bare(w) for w in ("سابقا", "حاليا", "سابقاً", "حالياً", "افتراضيا", "حضوريا", "عن بعد"))


def longer_names(text: str, mentions: list[Mention], registry) -> tuple[list[Mention], list[Organisation]]:
    """Split off the organisation mentions that start a longer name followed by an acronym that is not theirs.

    Returns the mentions kept and, for each one dropped, the longer body: the registry's when the acronym
    names another of its entries (a Latin acronym or an Arabic spelling, «(إيرينا)»), else a discovered one
    with the Latin acronym as written (an unknown Arabic one gives none). An acronym that holds the mention's
    own («WHO-EMRO», "IsDBG") is the body's or one of its offices, and the mention stays.
    """
    at = {m.start: m for m in mentions}
    kept, longer = [], []
    for k, m in enumerate(mentions):
        if m.entry.table != "organisations" or "(" not in text[m.end:m.end + 90]:
            kept.append(m)
            continue
        arabic = "\u0600" <= text[m.start] <= "\u06ff"
        run = (_AR_NAME_RUN if arabic else _EN_NAME_RUN).match(text, m.end)
        if run and arabic and not all(map(_runs_on, run.group(0).split())):
            run = None
        if run and k + 1 < len(mentions) and mentions[k + 1].start < run.end():
            run = None  # another known body within the words: a list, not one name
        paren = _ITS_ACRONYM.match(text, run.end()) if run else None
        if paren is None:
            kept.append(m)
            continue
        acronym = paren.group(1)
        if not "A" <= acronym[0] <= "Z" and (bare(acronym) in places_of(registry) or bare(acronym) in _NOT_ACRONYMS):
            kept.append(m)  # «… الفرعي (جدة)», «(سابقا)»: a place or a remark in parentheses, not an acronym
            continue
        own = {fold_acronym(n) for n in m.entry.names} | {fold_acronym(m.entry.acronym or "")}
        if fold_acronym(acronym) in own or (m.entry.acronym and m.entry.acronym.casefold() in acronym.casefold()):
            kept.append(m)
            continue
        other = at.get(paren.start(1))
        name = text[m.start:run.end()]
        if other is not None and other.entry.table == "organisations" and other.entry.id != m.entry.id:
            org = Organisation(clean_name(name), other.entry.acronym, other.entry.id, (m.start, run.end()))
        elif "A" <= acronym[0] <= "Z":
            org = from_discovery(name, acronym, m.start, run.end(), registry)
            if org.id == m.entry.id:
                org = Organisation(org.name, acronym, mint_id(org.name, acronym), org.span)
        else:
            org = Organisation(clean_name(name), None, mint_id(name, None), (m.start, run.end()))
        longer.append(org)
    return kept, longer


def _runs_on(word: str) -> bool:
    """True when an Arabic word may go on a name: no stop word, and after «و» (and) no preposition or head noun that
    opens another body («ومن», «والمنظمة»); «والدراسات» (and studies) goes on.

    >>> [_runs_on(w) for w in ("الذرية", "والدراسات", "في", "ومن", "والمنظمة", "ووزارة")]
    [True, True, False, False, False, False]
    """
    word = fold(word)
    if word in _AR_NAME_STOPS:
        return False
    if word.startswith("و") and len(word) > 2:
        rest = word[1:]
        if rest in _AR_NAME_STOPS or strip_article(rest) in NAME_HEADS or rest in NAME_HEADS:
            return False
    return True


# Two spellings of one name read alike at least this much (bare keys, difflib ratio):
# «الجامعة الإسلامية العالمية بماليزيا» and «… في ماليزيا», «معهد الإحصاءات التركي» and «معهد الإحصاء التركي».
SAME_NAME_RATIO = 0.9


def known_as(name: str, acronym: str | None, registry):
    """The registry entry a discovered name is another spelling of, or None.

    The acronym decides when the registry has it (case and dots aside);
    otherwise a registry name with the same head noun that reads alike
    (SAME_NAME_RATIO) does.

    >>> from loaders.registry import default_registry
    >>> known_as("الجامعة الإسلامية العالمية بماليزيا", None, default_registry()).id
    'iium'
    >>> known_as("معهد الإحصاءات التركي", None, default_registry()).id
    'turkstat'
    >>> known_as("وزارة الصحة في جيبوتي", None, default_registry()) is None
    True
    """
    # Names repeat (a ministry, a university named on many pages): each is compared with the registry once.
    kept = _KNOWN_AS.get(id(registry))
    if kept is None or kept[0] is not registry:
        kept = _KNOWN_AS[id(registry)] = (registry, {})
    memo = kept[1]
    found = memo.get((name, acronym), _UNSEEN)
    if found is _UNSEEN:
        if len(memo) >= 50_000:
            memo.clear()  # bound the memory over a very large corpus
        found = memo[(name, acronym)] = _known_as(name, acronym, registry)
    return found


# registry id -> (the registry, (name, acronym) -> what known_as returned)
_KNOWN_AS: dict[int, tuple[object, dict]] = {}
_UNSEEN = object()


def _known_as(name: str, acronym: str | None, registry):
    """known_as without the memo (tests compare the two)."""
    index = _name_index(registry)
    if acronym and fold_acronym(acronym) in index[0]:
        entry = index[0][fold_acronym(acronym)]
        return None if elsewhere(name, entry, registry) else entry
    key = name_key(name)
    words = key.split()
    if not words:
        return None
    best, best_ratio = None, SAME_NAME_RATIO
    size = len(key)
    letters = None
    for other, entry in index[1].get(words[0], ()):
        if 2.0 * min(size, len(other)) / (size + len(other)) < best_ratio:
            continue  # SequenceMatcher.real_quick_ratio(), without building the matcher
        if letters is None:
            letters = Counter(key)
        if _quick_ratio(letters, size, other) >= best_ratio:
            matcher = _matcher_for(other)
            matcher.set_seq1(key)
            ratio = matcher.ratio()
            if ratio >= best_ratio and (best is None or ratio > best_ratio) and \
                    _words_agree(key, other, places_of(registry)):
                best, best_ratio = entry, ratio
    return best


# Words a name may add or drop without naming another body: «في ماليزيا» and «بماليزيا», "of the".
_GLUE_WORDS = frozenset(("في", "من", "عن", "و", "ل", "ب", "of", "the", "for", "and", "in", "on", "de", "du", "des"))
# A word of one name and its spelling in the other read alike at least this much: «الإحصاءات»/«الإحصاء»,
# «بماليزيا»/«ماليزيا» (0.83, 0.93); «الأوقاف»/«الإحصاء» (awqaf/statistics) do not (0.4).
SAME_WORD_RATIO = 0.7


def _words_agree(key: str, other: str, places: frozenset[str] = frozenset()) -> bool:
    """True when every word one name key has and the other lacks is a glue word, a place (`places`: the body's
    locator, "… Health Malaysia") or a spelling of one of the other's.

    Two bodies that share their head and their country differ by the word that says what they do: the
    Saudi General Authority for Awqaf is not the General Authority for Statistics, though the names read
    alike over all (0.92).

    >>> _words_agree("هييه عامه اوقاف في مملكه عربيه سعوديه", "هييه عامه احصاء في مملكه عربيه سعوديه")
    False
    >>> _words_agree("جامعه اسلاميه عالميه بماليزيا", "جامعه اسلاميه عالميه في ماليزيا")
    True
    >>> _words_agree("national institute of health", "national institute of health malaysia", frozenset({"malaysia"}))
    True
    """
    a, b = key.split(), other.split()
    for words, others in ((a, b), (b, a)):
        for word in set(words) - set(others):
            if word in _GLUE_WORDS or word in places:
                continue
            if not any(SequenceMatcher(None, word, o, autojunk=False).ratio() >= SAME_WORD_RATIO for o in others):
                return False
    return True


def _quick_ratio(letters: Counter, size: int, other: str) -> float:
    """SequenceMatcher(None, key, other).quick_ratio(), given key's letter counts and length: the letters the two
    share, counted once per name (difflib counts them letter by letter, for every registry name with the head).

    >>> _quick_ratio(Counter("وزاره صحه"), 9, "وزاره اقتصاد") == SequenceMatcher(None, "وزاره صحه", "وزاره اقتصاد").quick_ratio()
    True
    """
    counts = _letter_counts(other)
    length = size + len(other)
    return 2.0 * sum(min(n, counts.get(c, 0)) for c, n in letters.items()) / length if length else 1.0


def _letter_counts(name: str) -> dict[str, int]:
    counts = _LETTER_COUNTS.get(name)
    if counts is None:
        if len(_LETTER_COUNTS) >= 50_000:
            _LETTER_COUNTS.clear()
        counts = _LETTER_COUNTS[name] = dict(Counter(name))
    return counts


_LETTER_COUNTS: dict[str, dict[str, int]] = {}
_MATCHERS: dict[str, SequenceMatcher] = {}


def _matcher_for(other: str) -> SequenceMatcher:
    """A SequenceMatcher with `other` as its second sequence, indexed once (set_seq1 keeps that index)."""
    matcher = _MATCHERS.get(other)
    if matcher is None:
        if len(_MATCHERS) >= 50_000:
            _MATCHERS.clear()
        matcher = _MATCHERS[other] = SequenceMatcher(None, "", other, autojunk=False)
    return matcher


def elsewhere(name: str, entry, registry) -> bool:
    """True when a name places its body in another country than the registry entry's.

    National bodies share acronyms across countries (INS, ANPE): «المعهد الوطني
    للإحصاء في الكاميرون (INS)» is not Guinea's INS.

    >>> from loaders.registry import default_registry
    >>> reg = default_registry()
    >>> elsewhere("المعهد الوطني للإحصاء في الكاميرون", reg.organisations["ins-guinea"], reg)
    True
    >>> elsewhere("المعهد الوطني للإحصاء", reg.organisations["ins-guinea"], reg)
    False
    """
    home = entry.get("country")
    if not home:
        return False
    countries = _country_words(registry)
    named = {countries[w] for w in bare(name).split() if w in countries}
    return bool(named) and home not in named


_COUNTRY_WORDS: dict[int, dict[str, str]] = {}


def _country_words(registry) -> dict[str, str]:
    """Bare one-word country names and adjectives' stems -> ISO3 («الكاميرون» -> CMR, "Cameroon" -> CMR)."""
    if id(registry) not in _COUNTRY_WORDS:
        words = {}
        for entry in registry.countries.values():
            for name in entry.names:
                key = bare(name)
                if key and " " not in key:
                    words.setdefault(key, entry.id)
        _COUNTRY_WORDS[id(registry)] = words
    return _COUNTRY_WORDS[id(registry)]


_NAME_INDEX: dict[int, tuple[dict, dict]] = {}


def _name_index(registry) -> tuple[dict, dict]:
    """(folded acronym -> entry, head word -> [(name key, entry)]) of the registry's organisations."""
    if id(registry) not in _NAME_INDEX:
        acronyms, heads = {}, {}
        for entry in registry.organisations.values():
            for name in entry.names:
                key = name_key(name)
                if key:
                    heads.setdefault(key.split()[0], []).append((key, entry))
            for acr in (entry.acronym, *[a for a in entry.aliases if re.fullmatch(r"[A-Z][A-Za-z0-9.\-]+", a)]):
                if acr:
                    acronyms.setdefault(fold_acronym(acr), entry)
        _NAME_INDEX[id(registry)] = (acronyms, heads)
    return _NAME_INDEX[id(registry)]


def unique(orgs: list[Organisation], exclude: tuple[Organisation, ...] = ()) -> tuple[Organisation, ...]:
    """Keep the first mention of each organisation id, dropping those in `exclude`."""
    seen = {o.id for o in exclude}
    out = []
    for org in orgs:
        if org.id not in seen:
            seen.add(org.id)
            out.append(org)
    return tuple(out)


_PLACES: dict[int, frozenset[str]] = {}


def places_of(registry) -> frozenset[str]:
    """Bare one-word country names of the registry, for names that end «في <country>» (in <country>)."""
    if id(registry) not in _PLACES:
        _PLACES[id(registry)] = frozenset(
            key for table in (registry.countries, registry.cities) for entry in table.values()
            for name in entry.names for key in [bare(name)] if key and " " not in key)
    return _PLACES[id(registry)]


# An international body's office named with it: «مكتب منظمة الصحة العالمية في باكستان», «المكتب القطري لـ…»,
# "the WHO Country Office in Pakistan", "the ILO Office in Ankara".
_OFFICE_BEFORE = re.compile(r"(?<![\u0600-\u06FF])[وب]?(?:مكتب|المكتب\s+(?:القطري|الإقليمي|الاقليمي)"
                            # «المكتب الإقليمي للدول العربية لمنظمة …» (the regional office for Arab States of …)
                            r"(?:\s+(?:لل|ل)[\u0600-\u06FF]+(?:\s+ال[\u0600-\u06FF]+)?)?)\s+ل?$")
# «مكتب منظمة الصحة العالمية الإقليمي لشرق المتوسط» (WHO's regional office for the Eastern Mediterranean)
_OFFICE_AFTER_AR = re.compile(r"\s+(?:ال)?(?:إقليمي|اقليمي|قطري)\s+(?:لل|ل)[\u0600-\u06FF]+(?:\s+ال[\u0600-\u06FF]+)?")
_OFFICE_AFTER = re.compile(r"\s+(?:Country\s+|Regional\s+|Liaison\s+|Programme\s+|Project\s+)?Office\b")
_IN_PLACE = re.compile(r"\s+(?:في|ب|in|for)\s*((?:the\s+)?[^\s،,.()]+(?:\s+[^\s،,.()]+){0,2})")
_DIRECTION = r"(?:West|Western|East|Eastern|North|Northern|South|Southern|Central|Sub-Saharan)"
_CONTINENT = (r"(?:Asia|Africa|Europe|America|Middle\s+East|Near\s+East|Arab\s+States|Arab\s+Region|Mediterranean|"
              r"Pacific|Caribbean|Gulf)\b")
# "for West Asia", "for East and Southern Africa", "for Asia and the Pacific", "for the Middle East and North Africa"
_FOR_REGION = re.compile(rf"\s+for\s+(?:the\s+)?(?:{_DIRECTION}\s+(?:and\s+{_DIRECTION}\s+)?)?{_CONTINENT}"
                         rf"(?:\s+and\s+(?:the\s+)?(?:{_DIRECTION}\s+)?{_CONTINENT})?")
_STATE_NAME_WORDS = frozenset(("جمهوريه", "مملكه", "دوله", "سلطنه", "عربيه", "اسلاميه", "متحده", "republic", "of",
                               "the", "kingdom", "state", "islamic", "arab", "united"))


def office_of(text: str, org: Organisation, registry) -> Organisation:
    """The body's office when the text names one around it, with the body's acronym and id (blind-3 call 7: a
    regional or country office takes its parent's acronym), else the body itself.

    >>> from loaders.registry import default_registry
    >>> text = "خبراء من مكتب منظمة الصحة العالمية في باكستان."
    >>> office_of(text, Organisation("منظمة الصحة العالمية", "WHO", "who", (14, 34)), default_registry()).name
    'مكتب منظمة الصحة العالمية في باكستان'
    >>> text = "experts from the WHO Country Office in Pakistan and"
    >>> office_of(text, Organisation("WHO", "WHO", "who", (17, 20)), default_registry()).name
    'WHO Country Office in Pakistan'
    """
    start, end = org.span
    before = _OFFICE_BEFORE.search(text, max(0, start - 60), start)
    after = _OFFICE_AFTER.match(text, end) if before is None else None
    if before is None and after is None:
        return org
    start = before.start() + (1 if text[before.start()] in "وب" else 0) if before else start
    end = after.end() if after else end
    if before is not None and before.group(0).rstrip("ل").strip().endswith("مكتب"):
        region_ar = _OFFICE_AFTER_AR.match(text, end)
        if region_ar is not None:
            end = region_ar.end()
    region = _FOR_REGION.match(text, end) if after else None
    if region is not None:  # "the UNEP Regional Office for West Asia", "the ILO Regional Office for Arab States"
        return Organisation(clean_name(text[start:region.end()]), org.acronym, org.id, (start, region.end()))
    place = _IN_PLACE.match(text, end)
    if place is not None:
        countries = places_of(registry)
        words = [bare(w) for w in place.group(1).split()]
        keep = 0
        for k, word in enumerate(words, 1):
            if word in countries or word.lower() in countries:
                keep = k
            elif word.lower() not in _STATE_NAME_WORDS:
                break
        if keep:
            end = place.start(1) + len(" ".join(place.group(1).split()[:keep]))
    return Organisation(clean_name(text[start:end]), org.acronym, org.id, (start, end))


def _heads(org: Organisation, registry) -> frozenset[str]:
    """The head nouns an organisation can be called by: «الوكالة» the agency, "the Centre"."""
    key = (id(registry), org.name, org.id)
    if key not in _HEADS:
        _HEADS[key] = _heads_of(org, registry)
    return _HEADS[key]


_HEADS: dict[tuple[int, str, str | None], frozenset[str]] = {}


def _heads_of(org: Organisation, registry) -> frozenset[str]:
    names = [org.name]
    entry = registry.organisations.get(org.id) if registry is not None and org.id else None
    if entry is not None:
        names += [n for n in (entry.name_ar, entry.name_en, *entry.aliases) if n]
    heads = set()
    for name in names:
        words = bare(name).split()
        if words and words[0] in NAME_HEADS:
            heads.add(words[0])
        heads.update(w for w in words if w.isascii() and w in NAME_HEADS)
    return frozenset(heads)


# Words that open a body's name without being a noun it is called by: "OIC", "the", "Islamic", «منتدى» aside.
_NAME_WORDS = frozenset(("the", "oic", "islamic", "international", "national", "regional", "arab", "african",
                         "asian", "european", "world", "global", "general", "joint", "united"))
# «بلدان المنظمة» the Organisation's countries: the OIC as a frame, never an actor in a role ...
_NOT_ANAPHORS = frozenset(("منظمه", "organisation", "organization"))
# ... except as the subject of a verb that says it held or organised something, right before it («التي عقدتها
# المنظمة», «نظمتها المنظمة», «واستضافت المنظمة»), or as the organiser in English ("organised by the Organization",
# "hosted by the Organization", "the Organization's General Assembly"): then it is the body named so before.
_HELD_BY_AR = re.compile(r"^و?(?:عقد|نظم|استضاف|احتضن|اطلق|اقام|يعقد|ينظم|يستضيف|تعقد|تنظم|تستضيف)(?:ت|تا|ا|ان)?"
                         r"(?:ه|ها)?$")
_HELD_BY_EN = re.compile(r"\b(?:organi[sz]ed|hosted|held|convened|launched)\s+by\s+the\s+$", re.IGNORECASE)


def find_anaphors(text: str, orgs: list[Organisation], tokens: list[Token], registry=None,
                  ) -> list[tuple[Organisation, tuple[int, int]]]:
    """Resolve «الوكالة» (the agency), "the Centre" to the last organisation named with that head noun.

    Returns (antecedent, span of the anaphor): the role the sentence gives the
    anaphor is the antecedent's. An anaphor with no antecedent before it is
    left alone. A definite head noun that opens a longer name is not an anaphor.

    >>> kobia = Organisation("وكالة تنمية المشاريع", "KOBIA", "kobia", (0, 20))
    >>> text = "وكالة تنمية المشاريع. وشكرت الوكالة على استضافتها"
    >>> [(o.id, text[s:e]) for o, (s, e) in find_anaphors(text, [kobia], tokenise(text))]
    [('kobia', 'الوكالة')]
    """
    spans = sorted(o.span for o in orgs if o.span)
    ordered = sorted((o for o in orgs if o.span), key=lambda o: o.span[0])
    heads = [(o, _heads(o, registry)) for o in ordered]
    # a body with an acronym whose name opens with a noun that heads no other name: «فريق الاستجابة … (OIC-CERT)»,
    # "the Expert Group on … (EGRISS)"; «الفريق», "the Group" then refer back to it, as «الوكالة» to an agency
    own = {}
    for o in ordered:
        words = bare(o.name).split()
        if not o.acronym or len(words) < 3:
            continue
        if words[0].isascii():  # "Expert Group on …": its head among its words
            head = next((w for w in words if w in ORG_HEADS and w not in NAME_HEADS), None)
        else:
            head = words[0] if words[0] not in NAME_HEADS else None
        if head is not None and head not in _NAME_WORDS:
            own.setdefault(head, []).append(o)
    out = []
    for k, tok in enumerate(tokens):
        if tok.key not in NAME_HEADS and tok.key not in own:
            continue
        written_only = tok.key in _NOT_ANAPHORS or tok.key not in NAME_HEADS
        if written_only and not _held_by(text, tokens, k) and not (tok.key not in NAME_HEADS and _with(tokens, k)):
            continue
        if tok.latin:
            if not tok.text[:1].isupper() or k == 0 or tokens[k - 1].text.lower() != "the":
                continue
            nxt = tokens[k + 1] if k + 1 < len(tokens) else None
            after = tokens[k + 2] if k + 2 < len(tokens) else None
            if nxt is not None and nxt.text in ("of", "for", "on") and after is not None and (
                    after.text[:1].isupper() or after.text == "the"):
                continue  # "the Agency for Statistics": a name, not an anaphor
            if nxt is not None and nxt.text[:1].isupper() and not _LATIN_STOP.search(text[tok.end:nxt.start]):
                continue
        else:
            folded = fold(tok.text)
            if folded == tok.key or not _ARTICLE_START.match(folded):
                continue  # no article: the head of a name in construct, not an anaphor
            nxt = tokens[k + 1] if k + 1 < len(tokens) else None
            if nxt is not None and not nxt.latin and not _STOP_MARK.search(text[tok.end:nxt.start]) \
                    and fold(nxt.text).startswith(("ال", "لل")) and nxt.key not in ("علي",):
                continue  # «الوكالة الوطنية …»: a name, found (or not) by the discovery
        if any(s <= tok.start < e for s, e in spans):
            continue
        before = [o for o, h in heads if o.span[1] <= tok.start and tok.key in h] if tok.key in NAME_HEADS else \
            [o for o in own[tok.key] if o.span[1] <= tok.start]
        # the nearest body whose name as written has the head noun: "the Centre" after "the Cairo Regional Centre
        # for Tax Studies" is that centre, not SESRIC named by its acronym since
        written = [o for o in before if tok.key in bare(o.name).split()]
        if written_only or written and before[-1].id not in {o.id for o in written}:
            before = written
        if before:
            start = tok.start + (len(tok.text) - len(tok.text.lstrip("وبلف")) if not tok.latin and
                                 fold(tok.text)[:1] in "وبف" and not fold(tok.text).startswith("ل") else 0)
            out.append((before[-1], (start, tok.end)))
    return out


def _with(tokens: list[Token], k: int) -> bool:
    """True when the head noun at tokens[k] follows «مع» or "with the" / "by the": «بالتعاون مع الفريق» (in
    collaboration with the Team), "jointly with the Group", "organised by the Team"."""
    if k == 0:
        return False
    if tokens[k].latin:
        return k > 1 and tokens[k - 1].text == "the" and tokens[k - 2].text.lower() in ("with", "by")
    return fold(tokens[k - 1].text) == "مع"


def _held_by(text: str, tokens: list[Token], k: int) -> bool:
    """True when the head noun at tokens[k] is the one that held or organised an activity (see _HELD_BY_AR)."""
    tok = tokens[k]
    if tok.latin:
        return bool(_HELD_BY_EN.search(text[max(0, tok.start - 40):tok.start])
                    or text.startswith(("'s ", "’s "), tok.end))
    folded = fold(tok.text)
    if folded != "ال" + tok.key or k == 0 or _STOP_MARK.search(text[tokens[k - 1].end:tok.start]):
        return False
    return _HELD_BY_AR.match(fold(tokens[k - 1].text)) is not None


def find_acronyms(text: str, orgs: list[Organisation], tokens: list[Token]
                  ) -> list[tuple[Organisation, tuple[int, int]]]:
    """Find later bare uses («ANPE») of acronyms that discovered organisations brought («… (ANPE)»).

    >>> org = Organisation("الوكالة الوطنية للنهوض بالعمالة", "ANPE", "anpe", (0, 31))
    >>> text = "الوكالة الوطنية للنهوض بالعمالة (ANPE). وقدمت ANPE عرضا"
    >>> [(o.id, text[s:e]) for o, (s, e) in find_acronyms(text, [org], tokenise(text))]
    [('anpe', 'ANPE')]
    """
    by_acronym = {o.acronym: o for o in orgs if o.acronym}
    spans = [(o.span[0], o.span[1] + 12) for o in orgs if o.span]  # the name and its «(ACR)»
    out = []
    for tok in tokens:
        org = by_acronym.get(tok.text)
        if org is not None and not any(s <= tok.start < e for s, e in spans):
            out.append((org, (tok.start, tok.end)))
    return out


_PAREN_ACRONYM = re.compile(r"\(\s*([A-Z][A-Za-z0-9\u0130\u0131&.\-]{1,15})\s*\)")


def survey(text: str, source: str, registry) -> tuple[list[tuple[Organisation, int]], list[tuple[str, int, str]]]:
    """Return the organisations a text names that the registry lacks, and the mentions left unresolved.

    Discovered: (organisation with its minted id, line). Unresolved: (mention,
    line, why): an acronym in parentheses that names no known entity and heads
    no name the discovery could read, or a name that is only the start of a
    registry name (a short form, or a name cut by a line break).

    >>> from loaders.registry import default_registry
    >>> found, unresolved = survey("بالتعاون مع وزارة الاقتصاد الرقمي في تونس وخبراء من (XYZA).", "a.txt",
    ...                            default_registry())
    >>> [(o.name, line) for o, line in found], [(m, line) for m, line, why in unresolved]
    ([('وزارة الاقتصاد الرقمي في تونس', 1)], [('XYZA', 1)])
    """
    tokens = tokenise(text)
    gazetteer = _gazetteer(registry)
    mentions = gazetteer.find(text, tokens)
    found = [from_discovery(n, a, s, e, registry) for n, a, s, e in discover(text, mentions, tokens)]
    spans = mentions + [Mention(None, o.name, o.span[0], o.span[1]) for o in found]
    found += [from_discovery(n, None, s, e, registry)
              for n, s, e in discover_names(text, spans, tokens, places_of(registry))]
    found = [o for o in found if o.id not in registry.organisations and not _in_title_case_line(text, o.span[0])]
    covered = sorted([(m.start, m.end) for m in mentions] + [o.span for o in found])
    unresolved = []
    names = _registry_names(registry)
    for org in [o for o in found if not o.acronym]:
        key = bare(org.name)
        longer = next((ident for n, ident in names if n.startswith(key) and n != key), None)
        if longer is not None:  # «منظمة التعاون» cut off «منظمة التعاون الإسلامي», or a short form
            found.remove(org)
            unresolved.append((org.name, text.count("\n", 0, org.span[0]) + 1,
                               f"the start of a name of '{longer}' in the registry: a short form or a cut-off "
                               "spelling (add it as an alias if it is that organisation)"))
    for m in _PAREN_ACRONYM.finditer(text):
        if not any(s <= m.start(1) < e for s, e in covered):
            unresolved.append((m.group(1), text.count("\n", 0, m.start()) + 1,
                               "an acronym in parentheses that names no known organisation "
                               "(add it as an alias or a row in data/registry/)"))
    unresolved.sort(key=lambda u: u[1])
    return ([(o, text.count("\n", 0, o.span[0]) + 1) for o in sorted(found, key=lambda o: o.span[0])],
            unresolved)


def _in_title_case_line(text: str, pos: int) -> bool:
    """True on an English headline in Title Case, where capitalised words do not delimit names."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    words = re.findall(r"[A-Za-z][\w'-]*", text[start:end if end >= 0 else len(text)])
    long = [w for w in words if len(w) > 3]
    return len(long) >= 4 and sum(w[0].isupper() for w in long) >= 0.8 * len(long)


_NAMES: dict[int, list[tuple[str, str]]] = {}


def _registry_names(registry) -> list[tuple[str, str]]:
    if id(registry) not in _NAMES:
        _NAMES[id(registry)] = [(bare(n), e.id) for e in registry.organisations.values() for n in e.names if n]
    return _NAMES[id(registry)]


_GAZETTEERS: dict[int, Gazetteer] = {}


def _gazetteer(registry) -> Gazetteer:
    if id(registry) not in _GAZETTEERS:
        _GAZETTEERS[id(registry)] = Gazetteer(registry)
    return _GAZETTEERS[id(registry)]


def same_as_named(org: Organisation, named: dict[str, str]) -> Organisation:
    """Give a discovered name without acronym the id its bare name has where an acronym came with it.

    >>> named = {name_key("وزارة الاقتصاد الرقمي"): "mtd"}
    >>> same_as_named(from_discovery("ولوزارة الاقتصاد الرقمي", None, 0, 5), named).id
    'mtd'
    >>> same_as_named(from_discovery("وزارة الصحة", None, 0, 5), named).id.startswith("x-")
    True
    """
    if org.acronym or org.id not in (None, mint_id(org.name, None)):
        return org
    ident = named.get(name_key(org.name))
    return Organisation(org.name, org.acronym, ident, org.span) if ident else org


def report_lines(sources: list[tuple[str, str]], registry) -> list[str]:
    """Return the registry's to-do list for some texts: `path:line: info: ...` lines.

    Each organisation the registry lacks is listed once, at its first mention,
    with its minted id and how many more mentions share that id; each acronym
    no organisation could be resolved to is listed where it occurs.

    >>> from loaders.registry import default_registry
    >>> for line in report_lines([("a.txt", "نظم سيسرك ورشة مع وزارة الاقتصاد الرقمي في تونس (MTD)."),
    ...                           ("b.txt", "وبالتعاون مع وزارة الاقتصاد الرقمي في تونس، ومع (QQX).")],
    ...                          default_registry()):
    ...     print(line)
    a.txt:1: info: organisation not in the registry: 'وزارة الاقتصاد الرقمي في تونس' (MTD), minted id 'mtd', 1 more mention(s) (add a row to data/registry/organisations.csv)
    b.txt:1: info: unresolved mention 'QQX': an acronym in parentheses that names no known organisation (add it as an alias or a row in data/registry/)
    """
    first: dict[str, tuple[str, int, Organisation]] = {}
    more: dict[str, int] = {}
    unresolved: list[tuple[str, int, str]] = []
    surveyed = [(path, *survey(text, path, registry)) for path, text in sources]
    named = {name_key(org.name): org.id for _, found, _ in surveyed for org, _ in found if org.acronym}
    for path, found, missing in surveyed:
        for org, line in found:
            org = same_as_named(org, named)
            if org.id in first:
                more[org.id] = more.get(org.id, 0) + 1
            else:
                first[org.id] = (path, line, org)
        unresolved += [(path, line, mention, what) for mention, line, what in dict.fromkeys(missing)]
    lines = []
    for ident, (path, line, org) in first.items():
        acronym = f" ({org.acronym})" if org.acronym else ""
        also = f", {more[ident]} more mention(s)" if more.get(ident) else ""
        lines.append(f"{path}:{line}: info: organisation not in the registry: '{org.name}'{acronym}, "
                     f"minted id '{ident}'{also} (add a row to data/registry/organisations.csv)")
    for path, line, mention, what in unresolved:
        lines.append(f"{path}:{line}: info: unresolved mention '{mention}': {what}")
    order = {path: i for i, (path, _) in enumerate(sources)}
    return sorted(lines, key=lambda s: (order.get(s.split(":", 1)[0], 0), int(s.split(":")[1])))
