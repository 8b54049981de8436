"""Read committee documents extracted from PDF (COMCEC annotated agendas, Arabic or English).

In:  the plain text of a committee document as a PDF extractor gives it: lines
     broken mid-sentence, numbers and acronyms displaced (repaired by
     loaders.pdftext), agenda items («المادة 2 في جدول الأعمال» / «Agenda Item 2»)
     and action lines («الإجراء(ات) اللازم(ة):» / «Action Required:»).
Out: an `Extraction`: one record per activity dated to the day (a meeting, a
     summit, a forum meeting) or agreement put in force on a day; relations the
     text states (X is the secretariat of Y, X implements Y) on the records.
     Spans point into the ORIGINAL text; quotes are the repaired reading.

Only activities dated to the day get a record (gold notes NOTES_000_003.md, J15):
«في مايو 2025» or «في عام 2025» name no day and give no record.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from itertools import accumulate, count, islice
from operator import add, attrgetter, sub

from loaders.arabic import fold
from loaders.common import event_type_of, find_counts, is_online
from loaders.dates import DateSpan, find_dates
from loaders.gazetteer import Gazetteer, Mention
from loaders.pdftext import Repaired, is_displaced, repair, word_key
from loaders.records import Extraction, Organisation, Problem, Record, Relation
from loaders.registry import Registry, default_registry
from loaders.resolve import from_mention, unique
from loaders.scan import Led

# Agenda item headings: «المادة 2 في جدول الأعمال» (as extracted: «في جدول الأعمال 2المادة»),
# «البند الثاني من جدول الأعمال», «Agenda Item 2».
AGENDA_ITEM = re.compile(
    r"^\s*(?:في جدول الأعمال\s*\d+\s*المادة|المادة\s*\d+\s*في جدول الأعمال"
    r"|البند\s+(?:رقم\s*)?\S+\s+(?:من|في)\s+جدول\s+الأعمال|بند\s+جدول\s+الأعمال\s+رقم\s*:?\s*\d+"
    r"|Agenda\s+Item\s*(?:No\.?\s*)?\d+)\s*(?:[:.\-–]\s*\S.*)?$", re.MULTILINE | re.IGNORECASE)
# «الإجراء)ات( اللازم)ة(:» (mirrored brackets), «الإجراءات اللازمة/المطلوبة:», «Action(s) Required:».
ACTION_LINE = Led.leading(re.compile(r"الإجراء(?:\W{0,2}ات\W{0,2})?\s*(?:اللازم|المطلوب)"
                                     r"|Actions?\s*\(?s?\)?\s+Required", re.IGNORECASE))

# The patterns searched in each dated sentence lead with their first letters (scan.Led.leading).
# Verbs of holding or hosting whose object is the activity: «سيعقد/ستعقد» will be
# held, «بانعقاد» the holding of, «لاستضافتها» for hosting; English likewise.
HOLD_VERB = Led.leading(re.compile(
    r"(?<!\S)(?:و?س?[يت]عقد|عقدت?|و?بانعقاد|انعقاد|ل?استضافت?(?:ها|ه)?|استضافة)\s+"
    r"|\b(?:will\s+be\s+held|held|holding\s+of|hosting|hosted)\s+(?:the\s+)?", re.IGNORECASE))
# Nouns that head an activity's name: meeting, conference/summit, forum, workshop, seminar.
EVENT_HEAD = Led.leading(re.compile(
    r"(?:^|(?<=\s))(?:(?:[وب]?ال|[وبل]?)(?:اجتماع|إجتماع|مؤتمر|ورشة|ندوة|لقاء|قمة|حفل|دورة)"
    r"|(?:[وب]?ال|[وب]?)منتدى)(?=\s)"))  # «لمنتدى» (of the forum) names the body of a meeting, not an event
# An English activity name: «the 25th Meeting of the COMCEC Trade Working Group», «the 12th
# OIC/COMCEC Private Sector Tourism Forum», «the 41st Session of the COMCEC».
_CAP = r"(?:[A-Z0-9][\w/&'’\-]*|OIC|COMCEC)"
EN_EVENT = re.compile(
    rf"\b(?:[Tt]he\s+)?(?:\d+(?:st|nd|rd|th)\s+|(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)\s+)?"
    rf"(?:{_CAP}\s+)*?(?i:Meeting|Session|Conference|Summit|Forum|Workshop|Seminar|Webinar|Training(?:\s+Course)?"
    rf"|Course|Panel|Ceremony)s?\b(?:\s+(?:of|on|for)\s+(?:the\s+)?(?:{_CAP}(?:\s+(?:of|on|for|and|in)\s+(?:the\s+)?)?\s*)+)?")
# A Latin letter, or a character a case-blind pattern also reads as one (İ, ı, ſ, the Kelvin sign: tests/test_comcec_doc.py)
_LATIN_LETTER = re.compile("[A-Za-z\u0130\u0131\u017F\u212A]")
# A title that opens with «الاجتماع»/«The 24th Meeting» names a meeting, even of a forum (gold notes J20).
MEETING_TITLE = re.compile(r"(?:ال)?[اإ]جتماع|(?:the\s+)?(?:\S+\s+)?meeting\b", re.IGNORECASE)
# Bodies that meet: committee, working group, team, forum, council, conference.
BODY_HEAD = re.compile(r"^(?:ال)?(?:لجنة|مجموعة|فريق|منتدى|مجلس|اللجنة|هيئة)$")
# Ordinals, masculine and feminine, as meeting numbers are written.
_UNITS = ("أول", "أولى", "ثاني", "ثانية", "ثالث", "ثالثة", "رابع", "رابعة", "خامس", "خامسة", "سادس", "سادسة",
          "سابع", "سابعة", "ثامن", "ثامنة", "تاسع", "تاسعة", "عاشر", "عاشرة", "حادي", "حادية", "واحد", "واحدة")
_TENS = ("عشر", "عشرة", "عشرون", "عشرين", "ثلاثون", "ثلاثين", "أربعون", "أربعين", "خمسون", "خمسين",
         "ستون", "ستين", "سبعون", "سبعين", "ثمانون", "ثمانين", "تسعون", "تسعين")
_TENS_GENITIVE = re.compile(r"(\S*(?:عشر|ثلاث|أربع|اربع|خمس|ست|سبع|ثمان|تسع))ين(?!\S)")
ORDINAL_WORDS = {word_key(p + w) for w in _UNITS + _TENS for p in ("ال", "وال", "")}
# Words that end an activity's name: prepositions of time and place, relatives, cues.
_STOPS = {word_key(w) for w in ("في", "يومي", "يوم", "الذي", "التي", "المقرر", "المقررة", "تحت", "على", "خلال",
                            "بتاريخ", "حيث", "علاوة", "وعلاوة", "من", "إلى", "عن", "مع", "وقد", "كما")}
_EN_STOPS = {"will", "was", "were", "is", "are", "be", "held", "on", "in", "at", "which", "that", "under",
             "to", "has", "have", "took", "from", "during", "with", "and"}
_HOLDS_AT = re.compile(r"[،,.:؛()\"“”«»\n]")
# A meeting «on the margins of» a session: «على هامش الدورة الأربعين للكومسيك».
MARGINS = Led.leading(re.compile(r"على\s+هامش|on\s+the\s+(?:margins|sidelines)\s+of", re.IGNORECASE))
# An agreement or system put in force on a day.
IN_FORCE = Led.leading(re.compile(r"يعمل\s+بكامل\s+طاقته|دخلت?\s+حيز\s+(?:التنفيذ|النفاذ)|(?:entered|came)\s+into\s+force"
                      r"|became\s+(?:fully\s+)?operational", re.IGNORECASE))
# «بصفتها أمانة المنتدى» as the forum's secretariat; «بصفته أمين المنتدى»; English.
# Each cue leads with a lookahead on its first letter, so the scan of a long document skips the other positions.
SECRETARIAT = Led(re.compile(r"(?=[بوa])(?:(?:ب|وب)(?:صفت|وصف)(?:ها|ه)\s+(?:ال)?(?:أمانة|أمين|امانة)(?:\s+العام\S*)?"
                         r"(?:\s+\S*مشتركة)?\s+|\bas\s+(?:the\s+)?secretariat\s+of\s+)", re.IGNORECASE))
# «بتمويل من البنك الإسلامي للتنمية» funded by; «برئاسة» chaired by: the organisation follows the cue,
# the programme (funds) or network (chairOf) is named in the same sentence.
FUNDED_BY = Led(re.compile(r"(?=[بf])(?:بتمويل\s+من\s+|\b(?:funded|financed)\s+by\s+(?:the\s+)?)", re.IGNORECASE))
CHAIRED_BY = Led(re.compile(r"(?=[بc])(?:(?<!\S)برئاسة\s+|\bchaired\s+by\s+(?:the\s+)?)", re.IGNORECASE))
IMPLEMENTS = Led(re.compile(r"(?=[يتi])(?:(?<!\S)(?:ي|ت)نفذ\s|\bimplements\b)", re.IGNORECASE))
# What every match of a cue holds: one of the Arabic strings, or (in the lowered text) all the strings of
# one English group; see `_holds`.
SECRETARIAT_WORDS = (("صفت", "وصف"), (("ecretar",),))
FUNDED_BY_WORDS = (("بتمويل",), (("funded",), ("nanced",)))
CHAIRED_BY_WORDS = (("برئاسة",), (("cha", "red"),))
IMPLEMENTS_WORDS = (("نفذ",), (("mplement",),))


def _holds(text: str, lowered: str, words: tuple) -> bool:
    """True when text may hold a cue: it writes one of the cue's Arabic strings, or lowered holds every string
    of one of its English groups.

    >>> _holds("وقال إنه ينفذ البرنامج", "", IMPLEMENTS_WORDS), _holds("Chaired by X", "chaired by x", CHAIRED_BY_WORDS)
    (True, True)
    >>> _holds("برنامج التنفيذ", "برنامج التنفيذ", IMPLEMENTS_WORDS)
    False
    """
    arabic, english = words
    return any(word in text for word in arabic) or any(all(part in lowered for part in group) for group in english)


SINCE = re.compile(r"منذ\s+(?:عام\s+)?((?:19|20)\d\d)|\bsince\s+((?:19|20)\d\d)", re.IGNORECASE)
COMCEC_WORD = re.compile(r"كومسيك|comcec", re.IGNORECASE)
COMCEC_ORGANS = ("comcec", "comcec-co")
SENTENCE_END = re.compile(r"[.!؟?](?=\s|$)|\n")
WINDOW = 400
_ARABIC_LETTER = re.compile("[\u0621-\u064A]")


def is_committee_document(text: str) -> bool:
    """True for an agenda-shaped committee document: agenda item headings and action lines.

    >>> is_committee_document("x\\n في جدول الأعمال 2المادة \\nنص\\n الإجراء)ات( اللازم)ة(: نص\\n"
    ...                       " في جدول الأعمال 3المادة \\n الإجراء)ات( اللازم)ة(: نص\\n")
    True
    >>> is_committee_document("نظم سيسرك دورة تدريبية حول جدول الأعمال.")
    False
    """
    head = text[:200_000]
    if sum(1 for _ in zip(range(2), AGENDA_ITEM.finditer(head))) < 2:
        return False  # most texts: their action lines are not looked for (004: 1.1 -> 0.5 ms)
    return sum(1 for _ in zip(range(2), ACTION_LINE.finditer(head))) >= 2


def is_damaged_pdf_text(text: str) -> bool:
    """True for Arabic text whose lines PDF extraction reordered (a fallback after the other shapes).

    A fifth or more of the lines carry a number or acronym glued to an Arabic word
    (003: 129 of 371 lines; the activity report 004: 9 of 185).

    >>> is_damaged_pdf_text("في أنقرة. 2025مايو  14-13للجنة\\n" * 12)
    True
    >>> is_damaged_pdf_text("عقد الاجتماع في 13-14 مايو 2025 في أنقرة.\\n" * 12)
    False
    """
    lines = [line for line in text[:200_000].splitlines() if _ARABIC_LETTER.search(line)]
    damaged = sum(1 for line in lines if is_displaced(line))
    return damaged >= 10 and damaged * 5 >= len(lines)


def extract(text: str, source: str, registry: Registry | None = None) -> Extraction:
    """Return the day-dated activities and agreements of a committee document, with relations."""
    registry = registry or default_registry()
    result = Extraction(shape="committee")
    fixed = repair(text)
    body = fixed.text
    mentions = _Mentions(_gazetteer(registry).find(body))
    comcec_doc = sum(1 for _ in islice(COMCEC_WORD.finditer(body), 3)) >= 3  # the first three are enough
    lines = _Lines(text)
    for date in find_dates(body):
        if not date.start:
            line = lines.of(fixed.span(*date.span)[0])
            result.problems.append(Problem(source, line, date.note or "unreadable date", "no record made for it"))
            continue
        record = _record(fixed, date, mentions, registry, source, lines, comcec_doc)
        if record is None:
            continue
        if date.note:
            line = lines.of(fixed.span(*date.span)[0])
            result.problems.append(Problem(source, line, date.note, "repaired; check the source"))
        result.records.append(record)
    _attach_relations(result, fixed, mentions)
    return result


_START, _END = attrgetter("start"), attrgetter("end")


class _Mentions(list):
    """The mentions of a text in order of their start, their starts kept: the ones in a span are a slice.

    >>> from loaders.registry import Entry
    >>> e = Entry("organisations", "x", "X", "X", "اكس")
    >>> ms = _Mentions([Mention(e, "abc", s, s + 3) for s in (0, 4, 9)])
    >>> [m.start for m in ms.between(3, 9)], [m.start for m in ms.overlapping(5, 10)], [m.start for m in ms.before(4)]
    ([4], [4, 9], [0, 4])
    """

    def __init__(self, mentions):
        super().__init__(mentions)
        self.starts = list(map(_START, self))
        self.in_order = self.starts == sorted(self.starts)  # as the gazetteer gives them
        self.longest = max(map(sub, map(_END, self), self.starts), default=0)

    def between(self, lo: int, hi: int) -> list[Mention]:
        """The mentions with lo <= start < hi, in order."""
        if not self.in_order:
            return [m for m in self if lo <= m.start < hi]
        return self[bisect_left(self.starts, lo):bisect_left(self.starts, hi)]

    def overlapping(self, lo: int, hi: int) -> list[Mention]:
        """The mentions with start < hi and end > lo, in order (none starts longest or more before lo)."""
        return [m for m in self.between(lo - self.longest, hi) if m.end > lo]

    def before(self, pos: int) -> list[Mention]:
        """The mentions that start at or before pos (every one that ends by pos is among them), in order."""
        return self.between(-1, pos + 1)

    def of(self, table: str) -> "_Mentions":
        return _Mentions([m for m in self if m.entry.table == table])


_GAZETTEERS: dict[int, Gazetteer] = {}


def _gazetteer(registry: Registry) -> Gazetteer:
    if id(registry) not in _GAZETTEERS:
        _GAZETTEERS[id(registry)] = Gazetteer(registry)
    return _GAZETTEERS[id(registry)]


_PLACES: dict[int, Gazetteer] = {}
# «استضافت» (hosted), «لاستضافتها» (for hosting it): the word that holds the verb of hosting
_HOST_WORD = re.compile(r"\S*استضاف\S*")


def find_venue(text: str, registry: Registry) -> tuple[str | None, str | None]:
    """Return (city in English, country ISO3) of the first place named in text.

    >>> find_venue("إسطنبول/ تركيا", default_registry())
    ('Istanbul', 'TUR')
    """
    if not text or text.isspace():
        return None, None  # no place named (most dated sentences name their venue nowhere)
    if id(registry) not in _PLACES:
        _PLACES[id(registry)] = Gazetteer(registry, tables=("cities", "countries"))
    city = country = None
    for m in _PLACES[id(registry)].find(text):
        if m.entry.table == "cities" and city is None:
            city, country = m.entry.name_en, m.entry.get("country") or country
        elif m.entry.table == "countries" and country is None:
            country = m.entry.id
    return city, country


class _Lines:
    """The line numbers of a text's offsets: its line breaks are found once, each offset's line by bisection
    (a count of the breaks before each offset read the text up to it: 30 per document, 4 % of 003's records).

    >>> lines = _Lines("a\\nbc\\n\\nd")
    >>> [lines.of(k) for k in range(8)] == ["a\\nbc\\n\\nd".count("\\n", 0, k) + 1 for k in range(8)]
    True
    """

    def __init__(self, text: str):
        # the k-th break stands after the first k + 1 lines and k breaks
        parts = text.split("\n")
        self.breaks = list(map(add, accumulate(map(len, parts[:-1])), count()))

    def of(self, offset: int) -> int:
        """The line (from 1) of the character at offset: one more than the breaks before it."""
        return bisect_left(self.breaks, offset) + 1


def _sentence_start(body: str, pos: int) -> int:
    start = max(0, pos - WINDOW)
    last = start
    for m in SENTENCE_END.finditer(body, start, pos):
        last = m.end()
    return last


def _window_end(body: str, pos: int) -> int:
    newline = body.find("\n", pos)
    return min(newline if newline >= 0 else len(body), pos + WINDOW)


_FULL_STOP = re.compile(r"[.!؟?](?:[”\"»]|(?=\s|$))")


def _sentence_end(body: str, pos: int) -> int:
    """The end of the sentence around pos; a paragraph's unpunctuated tail belongs to it.

    PDF chunk breaks leave a fragment of the sentence after its full stop
    («... وخاصة منظمة التعاون الإسلامي. نظام التجارة التفضيلية بين الدول الأعضاء في», 003 l.165).
    """
    para_end = _window_end(body, pos)
    stop = _FULL_STOP.search(body, pos, para_end)
    if stop is None:
        return para_end
    rest = body[stop.end():para_end]
    if len(rest) < 160 and not _FULL_STOP.search(rest):
        return para_end
    return stop.end()


_NON_SPACE = re.compile(r"\S+")


def _name_end(body: str, start: int, limit: int, mentions: list[Mention]) -> int:
    """The end of an activity's name that starts at start: stop at a cue, a comma or a verb."""
    end = start
    # the words are read as far as the name goes (most names end within a few words of the stretch up to
    # the date), each with the word after it
    words = _NON_SPACE.finditer(body, start, limit)
    following = next(words, None)
    # A word is inside a mention when one that starts before it ends past its start: the mentions are taken
    # in order of their start as the words go, keeping the farthest end (`reach`).
    near = sorted(mentions.overlapping(start, limit), key=_START)
    taken, reach = 0, -1
    # the first character at or after the word that ends a name there (read again only once passed)
    cut = _HOLDS_AT.search(body, start, limit)
    genitive = False
    k = -1
    while following is not None:
        this, following = following, next(words, None)
        k += 1
        a, b, word = this.start(), this.end(), this.group()
        while taken < len(near) and near[taken].start < a:
            reach = max(reach, near[taken].end)
            taken += 1
        inside = reach > a
        if cut is not None and cut.start() < a:
            cut = _HOLDS_AT.search(body, a, limit)
        if cut is not None and cut.start() < b and not inside:
            if cut.start() > a:
                end = cut.start()
            break
        key = word_key(word)
        if k > 0 and not inside and word[:1].isascii():
            if key in _EN_STOPS:
                break
        elif k > 0 and not inside:
            if key in _STOPS:
                break
            nxt = word_key(following.group()) if following is not None else ""
            # The head's complement («ورشة عمل», «دورة تدريبية», «ندوة عبر الإنترنت») and a topic
            # after «حول» (on) belong to the name too.
            ok = (k == 1 or key.startswith(("ال", "وال", "لل", "ل", "بال")) or key in ORDINAL_WORDS
                  or key == "حول" or (key.startswith("و") and nxt.startswith("ال"))
                  or (genitive and not key.startswith("و")))
            if not ok:
                break
            genitive = genitive or key == "حول" or (key.startswith("ل") and not key.startswith("ال"))
        end = b
    return end


def _masculine(ordinal: str) -> str:
    """«الرابعة والعشرون» (feminine, of a group) → «الرابع والعشرون» (of a meeting).

    >>> _masculine("الرابعة والعشرون"), _masculine("الحادية عشرة")
    ('الرابع والعشرون', 'الحادي عشر')
    """
    return " ".join(w[:-1] if w.endswith("ة") and word_key(w) in ORDINAL_WORDS else w for w in ordinal.split())


def _with_li(name: str) -> str:
    """Prefix «ل» (of) to a name; «ل» + «ال» drops the alef, and one «ل» more before «ل».

    >>> _with_li("مجموعة العمل"), _with_li("المنتدى"), _with_li("اللجنة")
    ('لمجموعة العمل', 'للمنتدى', 'للجنة')
    """
    if name.startswith("ال"):
        return "ل" + name[2:] if name[2:3] == "ل" else "لل" + name[2:]
    return "ل" + name


def _phrase(body: str, start: int, date: DateSpan,
            mentions: list[Mention]) -> tuple[int, int, str, bool] | None:
    """The activity's name before the date: after a holding verb, else the last activity noun."""
    best = None
    for m in HOLD_VERB.finditer(body, start, date.span[0]):
        best = m.end()
    if best is not None:
        end = _name_end(body, best, date.span[0], mentions)
        name = body[best:end].strip()
        words = name.split()
        if words and (EVENT_HEAD.match(name) or BODY_HEAD.match(words[0]) or
                      any(m.entry.table == "networks" for m in mentions.between(best, best + 1))):
            return best, end, name, True
    last = None
    for m in EVENT_HEAD.finditer(body, start, date.span[0]):
        last = m
    english = None
    # an English name holds a Latin head word («Meeting», «Session»): most Arabic sentences have no Latin letter
    for m in EN_EVENT.finditer(body, start, date.span[0]) if _LATIN_LETTER.search(body, start, date.span[0]) else ():
        english = m
    if english is not None and (last is None or english.start() > last.start()):
        name = re.sub(r"\s+(?:of|on|for|and|in|the)$", "", english.group(0).strip())
        return english.start(), english.start() + len(name), name, False
    if last is None:
        return None
    begin = last.start() + (1 if body[last.start()] in "بو" and body[last.start() + 1:last.start() + 3] == "ال" else 0)
    compound = re.search(r"(?:^|\s)((?:ال)?مؤتمر)\s+$", body[max(start, begin - 12):begin])
    if compound:  # «مؤتمر القمة» the summit conference: one name, headed by «مؤتمر»
        begin = begin - len(body[max(start, begin - 12):begin]) + compound.start(1)
    if body[begin] == "ل" and body[begin + 1:begin + 3] != "ال" and body[begin:begin + 2] != "لق":
        begin += 1
    end = _name_end(body, begin, date.span[0], mentions)
    return begin, end, body[begin:end].strip(), False


def _title(body: str, start: int, end: int, name: str, date: DateSpan, mentions: list[Mention],
           body_first: bool) -> str:
    """Compose the title: «الاجتماع <ordinal> ل<body>» when the text names the body first."""
    words = name.split()
    if body_first and words and BODY_HEAD.match(words[0]) and not words[0].endswith("منتدى"):
        ordinal = " ".join(w for w in words if word_key(w) in ORDINAL_WORDS)
        body_name = " ".join(w for w in words if word_key(w) not in ORDINAL_WORDS)
        if not ordinal:
            # borrowed from an action line («على نتائج الاجتماع الرابع والعشرين»), where it is genitive;
            # the composed title is the subject of «سيعقد» (will be held): nominative «والعشرون».
            ordinal = _TENS_GENITIVE.sub(r"\1ون", _ordinal_elsewhere(body, start, end, mentions))
        return f"الاجتماع {_masculine(ordinal)} {_with_li(body_name)}" if ordinal else body_name
    if re.search(r"ل(?:ل)?(?:لجنة|مجموعة|فريق|منتدى|مجلس)|\s(?:of|for)\s", name) is None:
        # «الاجتماع الواحد والأربعين ... للجنة المتابعة، المقرر عقده»: the body follows later.
        m = re.search(r"(?:^|\s)(ل(?:ل|)(?:جنة|مجموعة|فريق|منتدى|مجلس)[^،.\n(]*?)(?=،|\s+(?:المقرر|في|يومي|الذي)\s|$)",
                      body[end:date.span[0]])
        if m and EVENT_HEAD.match(name):
            name = f"{name} {m.group(1).strip()}"
    anaphor = re.search(r"\s(لل(?:منتدى|لجنة|مجموعة))$", " " + name)
    if anaphor:
        referent = _last_body(body, start, mentions, anaphor.group(1)[2:])
        if referent:
            name = name[: len(name) - len(anaphor.group(1))] + _with_li(referent)
    return name


def _ordinal_elsewhere(body: str, start: int, end: int, mentions: list[Mention]) -> str:
    """The meeting number the document gives the same body nearby: «الاجتماع الرابع والعشرين لمجموعة عمل …».

    An agenda's action line often names the meeting the dated sentence leaves
    unnumbered (003 l.610 and l.624, gold notes J19).
    """
    named = {m.entry.id: m.entry for m in mentions.between(start, end) if m.entry.table == "networks"}
    for m in mentions.between(start - 3000, start + 3001):
        if m.entry.id not in named or start <= m.start < end:
            continue
        before = re.search(r"(?:ال)?[اإ]جتماع\s+((?:\S+\s+){1,3})ل?$", body[max(0, m.start - 60):m.start])
        if before and all(word_key(w) in ORDINAL_WORDS for w in before.group(1).split()):
            return before.group(1).strip()
    # The name may be cut by a chunk break after its first words («الرابع والعشرين لمجموعة عمل
    # التخفيف من» + «حدة الفقر» on the next line): look for the ordinal before those words.
    lo, hi = max(0, start - 3000), min(len(body), end + 3000)
    for entry in named.values():
        for name in entry.names:
            words = name.split()
            if len(words) < 3 or not _ARABIC_LETTER.search(name):
                continue
            for hit in _words_before(body[lo:hi], words[:3]):
                if lo + hit.start() < start <= lo + hit.end():
                    continue
                ordinal = hit.group(1).split()
                while ordinal and word_key(ordinal[0]) not in ORDINAL_WORDS:
                    ordinal.pop(0)
                if ordinal and all(word_key(w) in ORDINAL_WORDS for w in ordinal):
                    return " ".join(ordinal)
    return ""


_SPACES = re.compile(r"\s+")


def _words_before(text: str, words: list[str]):
    """Yield what `re.finditer(r"((?:\\S+\\s+){1,3})ل?" + the words joined by \\s+, text)` yields, fast.

    That pattern has no letter to skip to, so the engine tries it at every position.
    Every hit ends with the words, and has one to three words (\\S+\\s+) before them:
    it cannot start before the fourth run of spaces before them. So each search starts
    there, after the words are found by a pattern that opens with a plain word.

    >>> [h.group(1) for h in _words_before("قبل الاجتماع الرابع لمجموعة عمل النقل ثم لمجموعة عمل النقل", ["مجموعة", "عمل", "النقل"])]
    ['قبل الاجتماع الرابع ', 'ثم ']
    """
    joined = r"\s+".join(map(re.escape, words))
    full = re.compile(r"((?:\S+\s+){1,3})ل?" + joined)
    core = re.compile(joined)
    pos = 0
    while True:
        found = core.search(text, pos)
        if found is None:
            return  # every hit holds the words after pos
        window = max(pos, found.start() - 400)
        runs = [m.start() for m in _SPACES.finditer(text, window, found.start())]
        safe = runs[-4] if len(runs) >= 4 else pos  # fewer runs in the window: no bound but pos
        hit = full.search(text, max(pos, safe))
        if hit is None:
            return
        yield hit
        pos = hit.end() if hit.end() > hit.start() else hit.start() + 1


def _last_body(body: str, pos: int, mentions: list[Mention], head: str) -> str | None:
    """The last body named before pos whose name starts with head («منتدى» for «للمنتدى»)."""
    for m in reversed(mentions.before(pos)):
        if m.end <= pos and fold(m.text).startswith(fold(head)):
            return m.text
    return None


def _record(fixed: Repaired, date: DateSpan, mentions: list[Mention], registry: Registry,
            source: str, lines: _Lines, comcec_doc: bool) -> Record | None:
    body = fixed.text
    start = _sentence_start(body, date.span[0])
    end = _window_end(body, date.span[1])
    before = body[start:date.span[0]]
    if IN_FORCE.search(before):
        return _agreement(fixed, date, start, end, mentions, source, lines)
    sentence_end = _sentence_end(body, date.span[1])
    signs = list(SIGNED.finditer(body, start, date.span[0]))
    sign = signs[-1] if signs else None
    if sign is not None and not EVENT_HEAD.search(body, sign.end(), date.span[0]) and \
            not HOLD_VERB.search(body, sign.end(), date.span[0]):
        signed = _signed(fixed, date, start, sentence_end, mentions, source, lines)
        if signed is not None:
            return signed
    found = _phrase(body, start, date, mentions)
    if found is None:
        return None
    t_start, t_end, name, body_first = found
    title = re.sub(r"^the\s+", "", _title(body, t_start, t_end, name, date, mentions, body_first).strip(" ،"),
                   flags=re.IGNORECASE)
    if len(title.split()) < 2:
        return None  # a bare «الاجتماع» (the meeting) names no activity
    clause_end = _clause_end(body, date.span[1])
    city, country = find_venue(_venue_text(body, t_end, date, clause_end), registry)
    # the pattern opens with \S*, so it is tried at every position of the sentence: asked only where «استضاف» is
    host = _HOST_WORD.search(body, start, date.span[1]) if "استضاف" in body[start:date.span[1]] else None
    if host and country is None:
        near = body[start + max(0, host.start() - start - 30):host.end() + 30]
        country = find_venue(near, registry)[1]
    inside = mentions.between(t_start, sentence_end)
    networks = _networks(body, title, t_start, date, clause_end, inside, comcec_doc)
    programmes = tuple(dict.fromkeys(m.entry.label for m in inside if m.entry.table == "programmes"))
    event_type = "meeting" if MEETING_TITLE.match(title) else \
        (event_type_of(title) or "meeting")
    organisers, partners = _roles(fixed, start, sentence_end, mentions)
    participants, countries = find_counts(body[start:sentence_end])
    if participants is not None and 1900 <= participants <= 2100:
        participants = None  # a year read as a count («في عام 2025 مشاركة»: words displaced by a chunk break)
    online = True if is_online(body[t_start:clause_end]) else (False if city else None)
    span = fixed.span(t_start, clause_end)
    return Record(
        source=source, kind="event", event_type=event_type, title=title, start=date.start, end=date.end,
        city=None if online else city, country=None if online else country, online=online,
        organisers=organisers, partners=partners, programmes=programmes, networks=networks,
        participants=participants, participant_countries=countries,
        span=span, quote=body[t_start:clause_end].strip(), line=lines.of(span[0]), key=fold(title))


# «نظم سيسرك» (organised), «التي نظمتها الغرفة» (which the chamber organised), «استضافت الوكالة»
# (hosted); the organisation follows the verb. English: «organised by X», «X organised».
ORGANISE = Led.leading(re.compile(
    r"(?<!\S)(?:[وف])?(?:س?[يت]نظم|نظم(?:ت|ه|ها|ته|تها)?|س?[يت]ستضيف|استضاف(?:ت|ه|ها|ته|تها)?|بتنظيم\s+من"
    r"|من\s+تنظيم)\s+(?:من\s+(?:قبل\s+)?)?|\b(?:organi[sz]ed|hosted|convened)\s+by\s+(?:the\s+)?", re.IGNORECASE))
ORGANISE_AFTER = re.compile(r"^[\s,]*(?:has\s+|have\s+|will\s+)?(?:organi[sz]ed?|organi[sz]es|hosted|hosts|host|convened)\b",
                            re.IGNORECASE)
PARTNER = Led.leading(re.compile(
    r"بالتعاون\s+مع|بالشراكة\s+مع|بالتنسيق\s+مع|بالاشتراك\s+مع|بدعم\s+من|بتمويل\s+من|بتيسير\s+من"
    r"|in\s+(?:collaboration|cooperation|co-operation|partnership|coordination)\s+with|jointly\s+with"
    r"|with\s+the\s+(?:support|cooperation|collaboration)\s+of|supported\s+by|funded\s+by", re.IGNORECASE))
_LIST_GAP = re.compile(r"^[\s،,]*(?:و|and\s+|&\s+)?(?:ال)?$|^[\s،,]*(?:و\s*|and\s+)?$", re.IGNORECASE)


def _roles(fixed: Repaired, start: int, end: int, mentions: list[Mention]):
    """Return (organisers, partners): organisations a verb of organising or a partnership cue names.

    States are not organisations (gold notes J13): only registry organisations count.
    """
    body = fixed.text
    orgs = [m for m in mentions.between(start, end) if m.entry.table == "organisations"]
    organisers: list[Mention] = []
    partners: list[Mention] = []
    for cue in ORGANISE.finditer(body, start, end):
        organisers.extend(_listed(body, cue.end(), orgs))
    for m in orgs:
        if ORGANISE_AFTER.match(body[m.end:m.end + 30]) and m not in organisers:
            organisers.append(m)
    for cue in PARTNER.finditer(body, start, end):
        partners.extend(_listed(body, cue.end(), orgs))
    organisers_t = unique([_organisation(fixed, m) for m in organisers])
    return organisers_t, unique([_organisation(fixed, m) for m in partners], organisers_t)


def _organisation(fixed: Repaired, mention: Mention) -> Organisation:
    """An organisation named in the repaired text, its span mapped back to the original."""
    org = from_mention(mention)
    return Organisation(org.name, org.acronym, org.id, fixed.span(mention.start, mention.end))


def _listed(body: str, pos: int, orgs: list[Mention]) -> list[Mention]:
    """The organisations listed from pos on: «X و Y، Z» / «X, Y and Z», with nothing else between."""
    out = []
    for m in orgs:
        if m.start < pos:
            continue
        gap = body[pos:m.start]
        if gap.strip() and not _LIST_GAP.match(re.sub(r"\(\s*[A-Za-z][\w\-]*\s*\)", "", gap)):
            break
        out.append(m)
        pos = m.end
        acronym = re.match(r"\s*\(\s*[A-Za-z][\w\-]*\s*\)", body[pos:])
        if acronym:
            pos += acronym.end()
    return out


_AT = re.compile(r"(?:^|\s)(?:في|بمدينة|in|at)\s+(?!\d)([^\d،.\n]*)", re.IGNORECASE)


def _venue_text(body: str, t_end: int, date: DateSpan, clause_end: int) -> str:
    """The places named after «في» (in) between the title and the date, and right after the date."""
    parts = [m.group(1) for m in _AT.finditer(body, t_end, date.span[0])]
    after = _AT.match(body, date.span[1], clause_end)
    if after:
        parts.append(after.group(1))
    return " ، ".join(parts)


def _clause_end(body: str, pos: int) -> int:
    m = re.compile(r"[،.؛\n]").search(body, pos)
    return min(m.start() if m else len(body), pos + 80)


def _networks(body: str, title: str, t_start: int, date: DateSpan, clause_end: int,
              inside: list[Mention], comcec_doc: bool) -> tuple[str, ...]:
    """COMCEC for meetings of COMCEC bodies (gold notes J12); other networks by their acronym."""
    out: list[str] = []
    named = body[t_start:date.span[1]]
    bodies = [m.entry for m in inside if m.entry.table == "networks" and m.start < date.span[0]]
    margin = MARGINS.search(body, date.span[1], clause_end + 60)
    if COMCEC_WORD.search(named) or COMCEC_WORD.search(title) or \
            any(e.get("secretariat") in COMCEC_ORGANS for e in bodies) or \
            (margin and COMCEC_WORD.search(body[margin.end():margin.end() + 60])) or \
            (comcec_doc and re.search(r"لجنة المتابعة|مجموعة العمل|فريق العمل|follow-up committee|working group",
                                      title, re.IGNORECASE)):
        out.append("COMCEC")
    for entry in bodies:
        if entry.acronym and entry.kind == "network" and entry.get("secretariat") not in COMCEC_ORGANS:
            out.append(entry.acronym)
    return tuple(dict.fromkeys(out))


# «وقع سيسرك والبنك مذكرة تفاهم في 5 مايو 2025» signed; «signed a Memorandum of Understanding on ...».
SIGNED = Led.leading(re.compile(r"(?<!\S)(?:و)?(?:وق[ّ]?ع(?:ت|ا|تا)?|تم\s+التوقيع\s+على|توقيع|بتوقيع)\s|\bsign(?:ed|ing)\b",
                    re.IGNORECASE))
AGREEMENT_NAME = re.compile(r"(?<!\S)(?:مذكرة\s+(?:ال)?تفاهم|(?:ال)?اتفاقية|(?:ال)?اتفاق|(?:ال)?بروتوكول)(?=\s|$)"
                            r"|\b(?:a|an|the)?\s*(?:Memorandum\s+of\s+Understanding|MoU|(?:[A-Z][\w\-]*\s+)*Agreement)\b")


def _signed(fixed: Repaired, date: DateSpan, start: int, end: int, mentions: list[Mention],
            source: str, lines: _Lines) -> Record | None:
    """An agreement signed on a day: titled by its noun phrase, its signatories as organisers."""
    body = fixed.text
    name = AGREEMENT_NAME.search(body, start, end)
    if name is None:
        return None
    n_start = name.start() + len(name.group(0)) - len(name.group(0).lstrip())
    n_end = name.end()
    if not name.group(0)[:1].isascii():  # «مذكرة تفاهم للتعاون في مجال الإحصاء» up to a comma or the date
        cut = re.compile(r"[،.:؛()\n]").search(body, n_start, end)
        n_end = min(cut.start() if cut else end, date.span[0] if date.span[0] > n_start else end)
    title = re.sub(r"^(?:an?|the)\s+", "", body[n_start:n_end].strip(" ،"), flags=re.IGNORECASE)
    title = re.sub(r"(?:\s+(?:في|يوم|يومي|بتاريخ|on|in))+$", "", title)
    signatories = [m for m in mentions.between(start, end) if m.entry.table == "organisations"
                   and not n_start <= m.start < n_end]
    span = fixed.span(start, end)
    programmes = tuple(dict.fromkeys(m.entry.label for m in mentions.between(start, end)
                                     if m.entry.table == "programmes"))
    return Record(source=source, kind="agreement", title=title, start=date.start, end=date.end,
                  organisers=unique([_organisation(fixed, m) for m in signatories]), programmes=programmes,
                  span=span, quote=body[start:end].strip(), line=lines.of(span[0]), key=fold(title))


def _agreement(fixed: Repaired, date: DateSpan, start: int, end: int, mentions: list[Mention],
               source: str, lines: _Lines) -> Record | None:
    """An agreement or system put in force on a day; named by the last programme mentioned before."""
    body = fixed.text
    named = [m for m in mentions.before(date.span[0]) if m.end <= date.span[0] and m.entry.table == "programmes"
             and date.span[0] - m.end < 2 * WINDOW]
    if not named:
        return None
    ref = named[-1]
    # «the Trade Preferential System ... (TPS-OIC)»: the name, not the acronym, titles the agreement.
    ref = max((m for m in named if m.entry.id == ref.entry.id and ref.start - m.start < WINDOW),
              key=lambda m: len(m.text))
    span = fixed.span(min(ref.start, start), _clause_end(body, date.span[1]))
    return Record(source=source, kind="agreement", title=ref.text, start=date.start, end=date.end,
                  programmes=(ref.entry.label,), span=span,
                  quote=body[start:_clause_end(body, date.span[1])].strip(), line=lines.of(span[0]),
                  key=fold(ref.entry.name_ar or ref.text))


def _attach_relations(result: Extraction, fixed: Repaired, mentions: list[Mention]) -> None:
    """Find the standing relations the text states and put each on the nearest record before it."""
    if not result.records:
        return
    relations = find_relations(fixed, mentions)
    records = result.records
    seen = set()
    for rel in relations:
        if (rel.subject.id, rel.predicate, rel.object) in seen:
            continue
        seen.add((rel.subject.id, rel.predicate, rel.object))
        host = 0
        for i, record in enumerate(records):
            if record.span[0] <= rel.span[0]:
                host = i
        r = records[host]
        records[host] = Record(**{**r.__dict__, "relations": r.relations + (rel,)})


def find_relations(fixed: Repaired, mentions: list[Mention]) -> list[Relation]:
    """Return the relations the repaired text states: secretariat of, implements, funds, chair of."""
    body = fixed.text
    out: list[Relation] = []
    mentions = mentions if isinstance(mentions, _Mentions) else _Mentions(mentions)
    orgs = mentions.of("organisations")
    # Each cue is looked for only in a text that writes a string every match of it holds (a plain `in`:
    # each scan reads the whole text, ~0.25 ms over 003, and most documents hold few of the cues).
    # The English strings are read in the lowered text, and leave out «i», «s» and «k», the letters a
    # case-blind pattern also matches with characters that do not lower to them (İ, ı, ſ, the Kelvin sign).
    lowered = body.lower()
    for cue in (SECRETARIAT.finditer(body) if _holds(body, lowered, SECRETARIAT_WORDS) else ()):
        s_start = _sentence_start(body, cue.start())
        s_end = _window_end(body, cue.end())
        target = next((m for m in mentions.between(cue.end(), cue.end() + 5) if m.entry.table != "programmes"), None)
        if target is None and re.match(r"(?:ال)?منتدى", body[cue.end():]):
            target = next((m for m in reversed(mentions.before(cue.start())) if m.end <= cue.start()
                           and m.entry.table != "programmes"
                           and fold(m.text).startswith(fold("منتدى"))), None)
        # The subject stands right before the cue («بورصة إسطنبول، بصفتها أمانة المنتدى»), or the
        # cue opens the clause and the subject follows («بصفته أمين المنتدى، ... أن يقوم البنك المركزي»).
        before = [m for m in orgs.between(s_start, cue.start() + 1) if m.end <= cue.start() and m is not target
                  and re.fullmatch(r"[\s،,]*", body[m.end:cue.start()])]
        opens = re.search(r"(?:^|[.:،\n]|\s[وف])\s*(?:و)?$", body[s_start:cue.start()] or "\n")
        after = [m for m in orgs.between(cue.end(), s_end + 1) if m.end <= s_end and m is not target] if opens else []
        subject = before[-1] if before else (after[0] if after else None)
        if subject is None or target is None or subject.entry.id == target.entry.id:
            continue
        near = target if target.start >= s_start else None  # an anaphor («المنتدى») names its target far back
        out.append(_relation(fixed, subject, "secretariatOf", target, cue.start(), cue.end(), None, near))
    for cue_re, words, predicate, table in ((FUNDED_BY, FUNDED_BY_WORDS, "funds", "programmes"),
                                            (CHAIRED_BY, CHAIRED_BY_WORDS, "chairOf", "networks")):
        for cue in (cue_re.finditer(body) if _holds(body, lowered, words) else ()):
            subject = next(iter(orgs.between(cue.end(), cue.end() + 3)), None)
            if subject is None:
                continue
            s_start, s_end = _sentence_start(body, cue.start()), _sentence_end(body, cue.end())
            target = next((m for m in reversed(mentions.between(s_start, cue.start())) if m.entry.table == table),
                          None) or \
                next((m for m in mentions.between(subject.end, s_end) if m.entry.table == table), None)
            if target is not None:
                out.append(_relation(fixed, subject, predicate, target, cue.start(), subject.end, None, target))
    for cue in (IMPLEMENTS.finditer(body) if _holds(body, lowered, IMPLEMENTS_WORDS) else ()):
        s_end = _window_end(body, cue.end())
        subject = next(iter(orgs.between(cue.end() - 1, cue.end() + 5)), None)
        if subject is None:
            continue
        target = next((m for m in mentions.between(subject.end, subject.end + 40) if m.entry.table == "programmes"),
                      None)
        if target is None:
            continue
        since = SINCE.search(body, target.end, min(s_end, target.end + 80))
        year = int(since.group(1) or since.group(2)) if since else None
        out.append(_relation(fixed, subject, "implements", target, cue.start(), target.end, year, target))
    return out


def _relation(fixed: Repaired, subject: Mention, predicate: str, target: Mention, a: int, b: int,
              since: int | None, near: Mention | None) -> Relation:
    kind = {"networks": "network", "programmes": "programme"}.get(target.entry.table, "organisation")
    obj = target.entry.id if kind == "organisation" else target.entry.label
    parts = (subject, near) if near else (subject,)
    start, end = min(a, *(m.start for m in parts)), max(b, *(m.end for m in parts))
    while fixed.text[start:start + 1].isspace():
        start += 1
    org = _organisation(fixed, subject)
    return Relation(subject=org, predicate=predicate, object=obj, object_kind=kind, since=since,
                    span=fixed.span(start, end), quote=fixed.text[start:end])
