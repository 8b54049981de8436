"""Read SESRIC activity reports (Arabic or English) into extraction records.

In:  the plain text of one activity report, such as SESRIC's yearly report to
     a COMCEC session (sample text 004_3bbcf9ea6f343b1b.txt): an agreements
     table (date, partner), then agenda sections of bullets, one activity per
     bullet: «دورة تدريبية حول 'العنوان': في إطار برنامج … (StatCaB)، وبالتعاون مع …،
     نظم سيسرك … بتاريخ 22-24 سبتمبر 2025 في عمّان …» (a training course on
     'title': within the programme …, in collaboration with …, SESRIC organised …).
Out: an `Extraction`: one record per agreement row and per activity bullet
     (events and publications), and the problems met on the way.

The report's author (the organisation it names most often) organises every
activity; the bullet's cue phrases say who else took part and how.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from loaders.arabic import bare, fold
from loaders.common import clean_name, event_type_of, find_counts, is_online
from loaders.dates import MONTH_RE, DateSpan, find_dates, month_number, repair_day
from loaders.gazetteer import ORG_HEADS, Gazetteer, Mention, discover
from loaders.records import Extraction, Organisation, Problem, Record
from loaders.registry import Registry, default_registry
from loaders.resolve import from_discovery, unique
from loaders.resolve import from_mention_once as _from_mention
from loaders.scan import Led, lead

# A bullet line: «- », «• », «▪ » … at the start of a line.
BULLET = re.compile(r"[ \t]*(?:[-•▪●◦–*o]|\d{1,2}[.)]|[a-h][.)])[ \t]+")
# A numbered section heading: «3. ترسيخ التعاون المالي», «3. Financial Cooperation».
SECTION = re.compile(r"\s*(?:[-•]\s*)?\d{1,2}\s*[.)]\s+\S[^.]{0,150}$")
SENTENCE_END = re.compile(r"[.!؟?؛;](?=\s|$)")

# Words that open the body of a bullet after its heading «…: في إطار …»: within
# the framework of, organised, in collaboration/coordination with, under the
# umbrella of, in its capacity as, this report presents/reviews/assesses …
BODY_CUES = (r"(?:في|فى)\s+إطار|ضمن|و?نظم|و?نظمت|و?بالتعاون|و?بالتنسيق|تحت\s+مظلة|بصفة|بصفته|يقدم|يستعرض|يقيم"
             r"|يتناول|و?تهدف|يهدف|تم|تضم|بناء\s+على|استضاف|عقد|أعد|اعد"
             r"|(?i:within|under|in\s+the\s+framework|as\s+part|in\s+collaboration|in\s+cooperation"
             r"|in\s+coordination|sesric|the\s+cent(?:re|er)|this\s+(?:report|study)|organi[sz]ed|held)")
HEADING_END = re.compile(rf"\s*[:؛]\s*(?={BODY_CUES})")
# HEADING_END from its colon: a pattern that opens with \s* is entered at every place of a bullet;
# its match starts where the white space before the first such colon starts.
_HEADING_COLON = re.compile(rf"[:؛]\s*(?={BODY_CUES})")
HEADING_END_WEAK = re.compile(r"\s(?=(?:في|فى)\s+إطار|و?بالتعاون\s+مع|و?بالتنسيق\s+مع|نظم\s)|\s*[:؛](?=\s)")
QUOTES = "'\"“”«»‘’"
QUOTE_OPEN = QUOTES + "/"
# The word that introduces a title: «حول» on, «بشأن» about, «بعنوان» entitled,
# «المعني بـ» concerned with.
TITLE_CUE = re.compile(r"(?:^|\s)(?:حول|بشأن|بعنوان|عنوان|المعني\s+بـ?|on|entitled|titled)\s*(?=[" + QUOTE_OPEN + "])",
                       re.IGNORECASE)
TITLE_CUE_BARE = re.compile(r"(?:^|\s)(?:حول|بشأن|بعنوان|on|entitled)\s+", re.IGNORECASE)
BODY_TITLE = Led.leading(re.compile(r"(?:حول|بشأن|بعنوان|عنوان|المعني\s+بـ?|on|entitled|titled)\s*[" + QUOTES + r"]\s*"
                        r"([^" + QUOTES + r"]{3,400}?)\s*[" + QUOTES + "]", re.IGNORECASE))
# Where an unquoted title stops: the date, the venue, the partners, the end of the clause.
BARE_TITLE_END = re.compile(r"\s(?:(?:يومي?|بتاريخ|خلال|في\s+فترة|في\s+مقر|بالتعاون|بالتنسيق|وذلك)(?=\s)"
                            r"|(?:في|on|from|in)\s+(?=\d)|in\s+(?:collaboration|cooperation)|held\s)|[،,.؛:]|\s\d",
                            re.IGNORECASE)
TRAILING_ACRONYM = re.compile(r"\s*\(\s*[A-Za-z][\w\-. ]{0,20}\)\s*$")

# A heading that names a report or a study; a body that says «هذا التقرير» this report.
PUBLICATION_HEAD = re.compile(r"تقرير|دراسة|دراسه|نشرة|كتاب|\b(?:report|study|outlook|publication)\b", re.IGNORECASE)
PUBLICATION_BODY = Led(re.compile(r"(?=[هتt])(?:هذا\s+التقرير|تقرير\s+\S+\s+هذا|هذه\s+الدراسة"
                                  r"|this\s+(?:report|study|publication))", re.IGNORECASE))
# «الدورة الرابعة عشرة للجنة …» the 14th session of the committee: a meeting of that body.
# «دورة تدرببية» with the letters of «تدريبية» (training) damaged: a course, not a session.
TRAINING_DAMAGED = re.compile(r"دوره\s+تدر\S*ي\S*ه")
NUMBERED_SESSION = re.compile(r"^الدوره\s+(?:ال\S+|\d+)|\b\d+(?:st|nd|rd|th)\s+session\b")

# Arabic has no \b for letters: a cue word must not sit inside a longer word
# («نظم» organised is inside «منظمة» organisation, «حول» on inside «التحول»).
AR = r"(?<![\u0621-\u064A])"


def _led(first: str, pattern: str) -> str:
    """A pattern tried only where one of its first letters stands: ten times faster on long texts.

    >>> bool(re.match(_led("بi", "بالتعاون|in"), "in")), bool(re.match(_led("بi", "بالتعاون|in"), "on"))
    (True, False)
    """
    return rf"(?=[{first}])(?:{pattern})"


# Cues after which the organisations named are partners: in collaboration /
# coordination / partnership with, facilitated by, supported by …
PARTNER_CUE = Led(re.compile(_led("بIiJjFfSsWw",
    r"بالتعاون\s+مع|بالتنسيق\s+مع|بالشراكة\s+مع|بالاشتراك\s+مع|بتيسير\s+من|بدعم\s+من|برعاية"
    r"|in\s+(?:close\s+)?(?:collaboration|cooperation|co-operation|partnership|coordination)\s+with"
    r"|jointly\s+with|facilitated\s+by|supported\s+by|with\s+the\s+(?:support|cooperation|collaboration)\s+of"),
    re.IGNORECASE))
# Funders: «الذي تموله» which … funds, «الممول من» funded by, «تمويل» funding of.
FUNDER_CUE = Led(re.compile(_led("تيابfFwW", r"تموله|تمولها|يموله|الممول\s+من|الممولة\s+من|بتمويل\s+من|تمويل"
                                         r"|funded\s+by|financed\s+by|with\s+funding\s+from"), re.IGNORECASE))
# People who delivered or presented: «خبراء من» experts from, «متحدثون من» speakers from.
PEOPLE_SOURCE = re.compile(r"\s(?:من|في|from|of|at)\s", re.IGNORECASE)
PRESENTERS = Led(re.compile(_led("وخمسeEsSpPtTaA", AR + r"و?(?:خبراء|خبير|خبيرا|متحدثون|متحدثين|سفراء|مدربون|مدربين)"
                        r"|\b(?:experts?|speakers?|presenters?|trainers?|ambassadors?)") + r"(?![\w])", re.IGNORECASE))
PRESENTED_BY = Led(re.compile(_led("قدdDpPcC", AR + r"(?:قدمها|قدمتها|قدمه|delivered\s+by|presented\s+by|conducted\s+by)\s"
                          r"|(?:دراسة|دراسات)\s+(?:ال)?حالات?(?:\s+\S+){0,3}?\s+من\s|case\s+studies\s+from\s"),
                          re.IGNORECASE))
# An organisation that contributed: «ساهمت لجنة الأمم المتحدة … في الدورة» (it contributed to the course).
CONTRIBUTED = Led(re.compile(_led("وسأاcC", AR + r"و?(?:ساهم|ساهمت|أسهم|أسهمت|اسهم|اسهمت)\s+(?!في\s)"
                                        r"|\bcontributed\s+by\s"), re.IGNORECASE))
# Eminent speakers, not an audience: «لجمع خبراء بارزين من» (to bring together eminent experts from).
EMINENT = re.compile(r"\s*(?:بارز|أكفاء|اكفاء|مختص|متخصص|كبار|رفيع|renowned|eminent|distinguished|leading)")
# «استضاف المركز مكتب …» the Centre hosted (speakers from) the office of …
HOSTED = Led(re.compile(_led("اhH", r"استضاف|استضافت|\bhosted\b(?!\s+by)"), re.IGNORECASE))
# «hosted by X», «باستضافة من X» (hosted by X): X hosted the activity with the author, an organiser.
HOSTED_BY = Led(re.compile(_led("hب", r"\bhosted\s+by\s|باستضافة\s+(?:من\s+)?|بضيافة\s+(?:من\s+)?"), re.IGNORECASE))
# The host named after the verb («استضاف المركز …» the Centre hosted …) is not a guest.
HOST_SUBJECT = re.compile(r"\s+(?:المركز|سيسرك|the\s+cent(?:re|er)|SESRIC)(?=\s)", re.IGNORECASE)
ORGANISER_VERB = Led(re.compile(_led("ونعoOhHcC", AR + r"و?(?:نظم|نظمت|عقد|عقدت)\s|\b(?:organi[sz]ed|held|convened)\s"),
                            re.IGNORECASE))
# Where a list of organisations stops: a sentence end, the beneficiaries
# («لصالح» for the benefit of), an organiser verb, the title, the date, a count.
_CLAUSE_END = re.compile(
    r"[.؛;!?](?=\s|$)|" + AR + r"و?(?:لصالح|لفائدة|استفاد|لجمع|نظم\s|نظمت\s|استضاف|عقد\s|عقدت\s|حول\s|بشأن|بتاريخ"
    r"|خلال\s+فترة|في\s+فترة|يومي?\s|(?:في|فى)\s+إطار|تحت\s+مظلة|وذلك|كما\s|بهدف)"
    r"|،\s*" + AR + r"و?(?:غطى|غطت|تناول|تناولت|ركز|ركزت|شمل|شملت|تمثل|كان|كانت|قام|قامت|عمل|عملت|شارك|شاركت"
    r"|استعرض|استعرضت|ناقش|ناقشت|سلط|سلطت|أتاح|أتاحت|اتاح|اتاحت|قدم|قدمت|هدف|هدفت)(?![\u0621-\u064A])"
    r"|(?:موضوعات|مواضيع)\s+(?:مثل|منها)|\d|[" + QUOTES + r"]"
    r"|(?i:\bfor\s+the\s+benefit|\bfor\s+\d|\borgani[sz]ed\b|\bheld\b|\bon\s+\d|\bduring\b|\bwithin\b|\bunder\b"
    r"|\bwhich\b|\bto\s+(?:discuss|share|exchange)|\b(?:benefit+ed|attracted|gathered|brought\s+together"
    r"|covered|focused|aimed|provided|included|was|were|shared)\b)")
# Led by its first letters (a digit among them, which a lead read from the parsed pattern cannot name:
# read with a stand-in «0»): the engine entered it at every place of a clause. Clause ends of 004: -24 %.
CLAUSE_END = Led(re.compile(lead(re.compile(_CLAUSE_END.pattern.replace(r"|\d|", "|0|"))).replace("0", r"\d")
                            + f"(?:{_CLAUSE_END.pattern})"))
# Where a programme or network is the frame of the activity: «في إطار» within
# the framework of, «تحت مظلة» under the umbrella of, «بصفته أمانة» as the
# secretariat of, «الجهاز التنفيذي ل» executing agency of.
FRAME_CUE = Led(re.compile(_led("فتضباwWuUaAiI", r"(?:في|فى)\s+إطار|تحت\s+مظلة|ضمن|بصفته\s+أمانة|بصفتها\s+أمانة"
                       r"|بصفة\s+\S+\s+الجهاز\s+التنفيذي|الجهاز\s+التنفيذي|تماشيا\s+مع\s+(?:خطة|أنشطة|انشطة)"
                       r"|(?i:within\s+the\s+(?:framework|scope)\s+of|under\s+(?:the\s+)?(?:umbrella\s+of\s+)?"
                       r"|as\s+part\s+of|as\s+(?:the\s+)?secretariat\s+of|in\s+line\s+with)")))
FRAME_END = Led.leading(re.compile(r"[.؛;!?](?=\s|$)|" + AR + r"و?(?:بالتعاون|بالتنسيق|نظم\s|نظمت\s|استضاف|حول\s|بتاريخ"
                       r"|خلال\s+فترة|في\s+فترة)"
                       r"|(?i:\bin\s+collaboration|\bin\s+cooperation|\borgani[sz]ed\b|\bon\s+\d)"))
PAREN_ACRONYM = re.compile(r"\(\s*([A-Za-z][A-Za-z0-9\u00C0-\u024F&.\-]{1,20}(?:\s[A-Za-z0-9\-]{1,10})?)\s*\)")
# Head nouns of organisation names beyond the gazetteer's (folded, article stripped):
# division, agency/bureau («الجهاز المركزي للإحصاء»), conference, bank, mission, league,
# school, forum, group, presidency, department.
EXTRA_HEADS = ("شعبه", "جهاز", "موتمر", "مصرف", "بعثه", "رابطه", "مدرسه", "منتدي", "مجموعه", "رياسه", "قسم",
               "division", "mission", "school", "forum", "group", "presidency", "network", "secretariat")
# Words that end a name read from a list item: «… بتقديم التدريب» (by delivering the
# training), «… خبراتهم» (their expertise: a possessive is not part of a name).
NAME_STOP = re.compile(r"\s(?:بتقديم|بخصوص|بهدف|بشأن|بعرض|بمشاركة|حول|خلال|لصالح|لفائدة|[^\s]+(?:هم|هن|كم))(?=\s|$)"
                       r"|\s(?:to|during|who|which|that|where)\s", re.IGNORECASE)
GLUED_HEAD = re.compile(r"(\S+)\s+(ال[\u0621-\u064A]+)")
# Where GLUED_HEAD may match: white space before «ال» and a letter. A pattern that opens with a class the
# engine skips to in C; GLUED_HEAD itself is entered at every letter and runs \S+ to the word's end there.
_SPACE_ARTICLE = re.compile(r"\s\s*ال[\u0621-\u064A]")
_ARTICLE_WORD = re.compile(r"ال[\u0621-\u064A]+")
# A place at the end of a name: «… في ماليزيا» in Malaysia, «… in Malaysia».
LOCATOR = re.compile(r"\s(?:في|فى|in)\s+\S+(?:\s+\S+){0,2}$", re.IGNORECASE)
PARENT_BEFORE = re.compile(r"(?:التابع|التابعة)\s+ل?$|(?:^|\s)(?:في|فى|of|at|in)\s+$|\sل$", re.IGNORECASE)
# Who took part counts as a membership, not an actor: «بلدان منظمة التعاون الإسلامي».
MEMBERSHIP = re.compile(r"(?:بلدان|دول|البلدان|الدول|الأعضاء\s+في|الاعضاء\s+في|أعضاء|member\s+(?:states|countries)\s+of"
                        r"|countries\s+of)\s*(?:ال)?$", re.IGNORECASE)
MEMBERSHIP_AFTER = re.compile(r"\s+(?:member\s+)?(?:countries|states|member\s+states|region)\b", re.IGNORECASE)
# Between an English subject and its verb: «SESRIC has organised», «SESRIC also jointly organised».
EN_SUBJECT_GAP = re.compile(r"\s*(?:,\s*)?(?:(?:has|have|also|jointly|successfully|recently)\s+)*", re.IGNORECASE)
# Before a venue: «في عمّان» in Amman, «بأنقرة» in Ankara, «في مدينة إسطنبول» in the city of …
VENUE_BEFORE = re.compile(r"(?:(?:^|\s)(?:في|فى)\s+(?:مدينة\s+|العاصمة\s+)?|(?:^|\s)[بفي]|(?:^|\s)بمدينة\s+"
                          r"|\b(?:in|at)\s+(?:the\s+city\s+of\s+)?)$", re.IGNORECASE)
# Every split starts at a white space or a comma: led by them (its \s* first had the engine enter it everywhere).
ITEM_SPLIT = Led(re.compile(r"(?=[\s،,])(?:\s*[،,]\s*|\s+(?:and|و)\s+(?=\S)|\s+(?=و\S))", re.IGNORECASE))
# ITEM_SPLIT as a pattern that opens with a class it reads (the split's first white space or comma), the
# rest told apart by a lookbehind on it: the engine skips in C to those letters, where the Led steps through
# each of them in Python. The white space after it is read once, possessively (no alternative matches
# inside a run of white space, so giving some back never helped). Same matches (tests/test_sesric_report.py);
# over the whole of 004: 7.0 (ITEM_SPLIT) -> 3.5 -> 2.6 ms.
_ITEM_SPLIT = re.compile(r"[\s،,](?:(?<=[،,])\s*|(?<=\s)\s*+(?:[،,]\s*|(?:and|و)\s+(?=\S)|(?=و\S)))", re.IGNORECASE)
DAY_RANGE = re.compile(r"(\d{1,2})\s*[-–]\s*(\d{1,2})")
# A day (or day range) and a month with the year displaced a few words later:
# «15-17 أبريل للسكان (2025» (004 l.202, a PDF merge).
LOOSE_DATE = re.compile(rf"(?<![\d.])(\d{{1,2}})(?:\s*[-–]\s*(\d{{1,2}}))?\s*({MONTH_RE})"
                        rf"(?P<gap>[^\d]{{0,25}}?)((?:19|20)\d\d)")
MONTH_ONLY = Led.leading(re.compile(rf"({MONTH_RE})\s*،?\s*((?:19|20)\d\d)"))
CELL_BREAK = re.compile(r"\t| {3,}")
TABLE_HEADER = re.compile(r"الشركاء|الشريك|الاتفاق|الاتفاقية|اتفاقية|مذكرة|partner|agreement|memorandum", re.IGNORECASE)
# A bullet that opens with the kind of an activity («- دورة تدريبية …», "• Regional Workshop on …")
# or with the organiser verb («- نظم سيسرك …», "• SESRIC organised …").
ACTIVITY_BULLET = re.compile(
    r"^[ \t]*(?:[-•▪●◦–*o]|\d{1,2}[.)])[ \t]+(?:دورة|ندوة|ورشة|اجتماع|حلقة|زيارة|فعالية|جلسة|الاجتماع"
    r"|نظم\s|نظمت\s|مذكرة\s+تفاهم"
    r"|(?:[A-Z][a-z]+[ -])?(?:training|webinar|workshop|seminar|meeting|panel|study\s+visit|side\s+event|forum)"
    r"|memorandum\s+of\s+understanding|SESRIC\s+(?:has\s+)?organi[sz]ed)", re.IGNORECASE | re.MULTILINE)


RELATIVE_BEFORE = re.compile(r"(?:الذي|التي|اللذين|اللتين|which|that|where)\s*$", re.IGNORECASE)
# «بشكل هجين» in a hybrid format, «حضوريا وعبر الإنترنت» in person and online.
HYBRID = Led(re.compile(_led("همحhi", r"هجين|مختلط|حضوري[اةه]?\s+و(?:عبر|عن)|\bhybrid\b"
                                      r"|in\s+person\s+and\s+(?:online|virtually)"), re.IGNORECASE))
NEWS_DATE_LINE = re.compile(r"^\s*(?:التاريخ|تاريخ|Date)\s*[:：]", re.IGNORECASE | re.MULTILINE)

# Persian yeh and keheh for the Arabic letters («دیسمبر» December, 004 l.47): one
# letter for one, so every offset into the text stays the same.
LETTER_VARIANTS = str.maketrans({"\u06CC": "\u064A", "\u06A9": "\u0643"})


def _find_dates(text: str) -> list[DateSpan]:
    return find_dates(_standard_letters(text))


def _standard_letters(text: str) -> str:
    """text with LETTER_VARIANTS' letters replaced: two substring replacements, each a C loop over the text
    (str.translate reads a dict per letter: 5 ms over the whole of 004, which writes one Persian yeh)."""
    if "\u06CC" in text:
        text = text.replace("\u06CC", "\u064A")
    if "\u06A9" in text:
        text = text.replace("\u06A9", "\u0643")
    return text


@dataclass(frozen=True)
class Bullet:
    """One bullet of the report: where it is and its text (continuation lines joined)."""

    start: int
    end: int
    text: str


def is_activity_report(text: str) -> bool:
    """True when the text lists at least three activities as bullets («- دورة تدريبية حول …»).

    >>> is_activity_report("- دورة تدريبية حول 'أ': نظم سيسرك\\n- ندوة عبر الإنترنت حول 'ب'\\n- ورشة عمل حول 'ج'\\n")
    True
    >>> is_activity_report("نظم سيسرك دورة تدريبية حول الإحصاء.")
    False
    """
    head = "\n".join(text.lstrip().splitlines()[:6])
    # A news page (a «التاريخ :» date line under its headline) may list a few sessions as
    # bullets; it takes more of them to make it a report.
    needed = 6 if NEWS_DATE_LINE.search(head) else 3
    bullets = 0
    for _ in ACTIVITY_BULLET.finditer(text):
        bullets += 1
        if bullets >= needed:
            return True
    return False


def extract(text: str, source: str, registry: Registry | None = None) -> Extraction:
    """Return every agreement and activity the report lists, in order, with the problems met."""
    registry = registry or default_registry()
    result = Extraction(shape="report")
    lines = _line_starts(text)
    orgs_gaz, places_gaz = _gazetteers(registry)
    # without a word list: find reads the text piece by piece between its spaces (gazetteer 8fc521d)
    mentions = orgs_gaz.find(text)
    cities = places_gaz.find(text)
    # each bullet's sentence takes its cities by their starts (a city mention overlaps no other)
    city_starts = [m.start for m in cities]
    if city_starts != sorted(city_starts):
        city_starts = None
    starts = [m.start for m in mentions]
    # The organisations that may act (not «بلدان منظمة …», the OIC countries), told apart once:
    # every bullet takes its own from them by their start (mentions never overlap).
    actors = [m for m in mentions if m.entry.table == "organisations" and not _membership(text, m)]
    acting = {m.start for m in actors}
    # The report's organiser verbs, read once: the author is their most frequent subject, and each bullet takes
    # its own from them (_bullet_verbs).
    verbs = ORGANISER_VERB.finditer_within(text)
    verbs = (verbs, [v.start() for v in verbs])
    author = _author(text, actors, verbs[0])
    if author is None:
        result.problems.append(Problem(source, 1, "no organisation is named in the report",
                                       "the report's author organises its activities; records kept without one"))
    for row_start, row_end, cells in _table_rows(text):
        record = _agreement(text, source, row_start, row_end, cells, mentions, starts, author, lines, result)
        if record is not None:
            result.records.append(record)
    for bullet in split_bullets(text):
        record = _activity(text, source, bullet, mentions, starts, (cities, city_starts), author, registry, lines,
                           result, acting, verbs)
        if record is not None:
            result.records.append(record)
    _check_years(result, source)
    return result


# --- layout -------------------------------------------------------------------

def _line_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in re.finditer("\n", text)]


def _line_of(lines: list[int], offset: int) -> int:
    return bisect.bisect_right(lines, offset)


def split_bullets(text: str) -> list[Bullet]:
    """Return the bullets of text, each with the lines that continue it.

    A line that is neither a bullet nor a numbered heading continues the bullet
    above it when that bullet stops mid-sentence, or when it is a paragraph of
    prose (a PDF page break splits bullets: 004 l.110-112).

    >>> [b.text for b in split_bullets("1. قسم\\n- دورة حول 'أ' خلال فترة\\n 14 مايو 2025.\\n- ب.\\n")]
    ["دورة حول 'أ' خلال فترة\\n 14 مايو 2025.", 'ب.']
    """
    bullets: list[Bullet] = []
    start = end = None
    pos = 0
    for line in text.split("\n"):
        line_start, pos = pos, pos + len(line) + 1
        if not line.strip():
            continue
        marker = BULLET.match(line)
        if marker and not SECTION.match(line):
            if start is not None:
                bullets.append(Bullet(start, end, text[start:end]))
            start, end = line_start + marker.end(), line_start + len(line.rstrip())
        elif SECTION.match(line) or start is None:
            if start is not None:
                bullets.append(Bullet(start, end, text[start:end]))
            start = end = None
        elif not SENTENCE_END.search(text[end - 1:end]) or len(line.strip()) >= 200:
            end = line_start + len(line.rstrip())
        else:
            bullets.append(Bullet(start, end, text[start:end]))
            start = end = None
    if start is not None:
        bullets.append(Bullet(start, end, text[start:end]))
    return bullets


def _table_rows(text: str):
    """Yield (start, end, cells) for the rows of tables whose header names partners or agreements.

    Cells are separated by tabs, or by runs of three spaces or more (a table
    laid out by a PDF converter).
    """
    header_ok = False
    pos = 0
    for line in text.split("\n"):
        line_start, pos = pos, pos + len(line) + 1
        inner = line.strip()
        # what CELL_BREAK finds, by two substring searches: the regex enters its ' {3,}' at every space
        if "\t" not in inner and "   " not in inner:
            header_ok = False
            continue
        if TABLE_HEADER.search(line) and not _find_dates(line):
            header_ok = True
            continue
        if header_ok:
            cells, offset = [], 0
            for brk in CELL_BREAK.finditer(line):
                cells.append((line_start + offset, line_start + brk.start(), line[offset:brk.start()]))
                offset = brk.end()
            cells.append((line_start + offset, line_start + len(line), line[offset:]))
            yield line_start, line_start + len(line), cells


# --- the report's author ------------------------------------------------------

def _author(text: str, orgs: list[Mention], verbs: list[re.Match] | None = None) -> Organisation | None:
    """The report's author: the organisation most often named as the one that organised.

    That is the subject of «نظم» (organised) most often; failing that, the
    organisation named most often. orgs are the organisations the report names,
    without membership phrases («بلدان منظمة التعاون الإسلامي» the OIC countries);
    verbs the report's organiser verbs (ORGANISER_VERB.finditer_within(text)), when read already.
    """
    if not orgs:
        return None
    subjects = Counter()
    starts = [m.start for m in orgs]
    ends = sorted((m.end, i) for i, m in enumerate(orgs))
    end_keys = [e for e, _ in ends]
    for verb in ORGANISER_VERB.finditer_within(text) if verbs is None else verbs:
        m = _mention_at(orgs, verb.end(), starts)
        if m is None and verb.group(0)[-1:].isspace() and verb.group(0).strip()[:1].isascii():
            # English puts the subject first: «SESRIC (has) organised»
            k = bisect.bisect_right(end_keys, verb.start()) - 1
            if k >= 0 and EN_SUBJECT_GAP.fullmatch(text, ends[k][0], verb.start()):
                m = orgs[ends[k][1]]
        if m is not None:
            subjects[m.entry.id] += 1
    counts = subjects or Counter(m.entry.id for m in orgs)
    top_id, _ = counts.most_common(1)[0]
    own = [m for m in orgs if m.entry.id == top_id]
    written, _ = Counter(clean_name(m.text) for m in own).most_common(1)[0]
    first = next(m for m in own if clean_name(m.text) == written)
    return Organisation(name=written, acronym=first.entry.acronym, id=top_id, span=(first.start, first.end))


def _mention_at(mentions: list[Mention], pos: int, starts: list[int] | None = None,
                slack: int = 2) -> Mention | None:
    """The mention that starts at pos (give or take a glued prefix), found by bisection."""
    starts = [m.start for m in mentions] if starts is None else starts
    i = bisect.bisect_left(starts, pos - 1)
    if i < len(mentions) and mentions[i].start - pos <= slack:
        return mentions[i]
    return None


# --- agreements ---------------------------------------------------------------

def _agreement(text, source, row_start, row_end, cells, mentions, starts, author, lines, result) -> Record | None:
    cell_dates = [_find_dates(c[2]) for c in cells]  # read once: a date costs as much in a short cell as in a bullet
    dated = [c for c, found in zip(cells, cell_dates) if found]
    named = [c for c in cells if c not in dated and re.search(r"[^\W\d_]{3}", c[2])]
    line = _line_of(lines, row_start)
    if not named:
        return None
    if not dated:
        named = [max(named, key=lambda c: len(c[2].strip()))]
        result.problems.append(Problem(source, line, "an agreement row has no readable date",
                                       "expected a cell like '14 نوفمبر 2024'; record kept with start=null"))
    cell_start, cell_end, cell = max(named, key=lambda c: len(c[2].strip()))
    lead = len(cell) - len(cell.lstrip())
    cell_start, cell = cell_start + lead, cell.strip()
    cell_end = cell_start + len(cell)
    start = end = None
    if dated:
        start, end = _checked_date(next(found for found in cell_dates if found)[0], source, line, result)
    partner = _cell_organisation(text, cell_start, cell_end, mentions, starts)
    organisers = unique([o for o in (author, partner) if o is not None])
    return Record(source=source, kind="agreement", title=cell, start=start, end=end,
                  organisers=organisers, span=(row_start, row_end), quote=text[row_start:row_end].strip(),
                  line=line, key=fold(cell))


def _cell_organisation(text: str, start: int, end: int, mentions: list[Mention],
                       starts: list[int]) -> Organisation | None:
    """The organisation a table cell names: a registry match, a «name (ACR)», or the cell itself."""
    inside = [m for m in mentions[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]
              if m.entry.table == "organisations"]
    if inside:
        return _from_mention(max(inside, key=lambda m: m.end - m.start))
    cell = text[start:end]
    found = discover(cell, [])
    if found:
        name, acr, s, e = found[0]
        return from_discovery(name, acr, start + s, start + e)
    acr = PAREN_ACRONYM.search(cell)
    name = cell[:acr.start()].strip() if acr and acr.start() > 0 else cell
    return from_discovery(name, acr.group(1) if acr else None, start, start + len(name))


# «مذكرة تفاهم مع …» a memorandum of understanding with …, «اتفاقية تعاون», "MoU with …".
AGREEMENT_HEAD = re.compile(r"(?:توقيع\s+)?(?:مذكرة\s+(?:تفاهم|تعاون)|اتفاقية|اتفاق\s+تعاون|بروتوكول\s+تعاون"
                            r"|(?i:memorandum\s+of\s+understanding|mou\b|(?:cooperation\s+)?agreement))")


def _agreement_bullet(text, source, bullet, heading, mentions, starts, author, lines, result, acting) -> Record:
    """An agreement listed as a bullet: «- مذكرة تفاهم مع X (ACR): وقع سيسرك … بتاريخ 12 مارس 2025»."""
    line = _line_of(lines, bullet.start)
    local = mentions[bisect.bisect_left(starts, bullet.start):bisect.bisect_left(starts, bullet.end)]
    orgs = [m for m in local if m.start in acting]
    with_cue = re.search(r"(?:مع|بين|with|between)\s", heading, re.IGNORECASE)
    signatories: list[Organisation] = []
    if with_cue:
        a = bullet.start + with_cue.end()
        signatories = _clause_organisations(text, a, bullet.start + len(heading), orgs)
    dates = _find_dates(bullet.text)
    start = end = None
    if dates:
        start, end = _checked_date(dates[0], source, line, result, bullet.text)
    title = heading.strip(QUOTES + " :؛")
    organisers = unique([o for o in [author, *signatories] if o is not None])
    return Record(source=source, kind="agreement", title=title, start=start, end=end, organisers=organisers,
                  span=(bullet.start, bullet.end), quote=bullet.text, line=line, key=fold(title))


# --- activities ---------------------------------------------------------------

def _activity(text, source, bullet, mentions, starts, cities, author, registry, lines, result, acting,
              report_verbs) -> Record | None:
    body = bullet.text
    # Asked by several helpers, read once per bullet: its organiser verbs (taken from the report's; a bullet
    # starts after a space or a tab, so they are the verbs of the bullet read alone) and where its sentences end.
    verbs = _bullet_verbs(report_verbs, bullet)
    stops = _Sentences(body)
    head_end = _heading_end(body)
    heading = body[:head_end]
    prefix, heading_title, closed = _heading_title(heading)
    event_type = event_type_of(prefix) if prefix else None
    if event_type is None and not heading_title:
        event_type = event_type_of(heading[:80])
    kind = "event"
    body_first = False
    if event_type is None and not heading_title:
        event_type = _body_event_type(body, verbs, bullet.start)  # «- نظم سيسرك، بالتعاون مع …، ورشة عمل حول …»
        body_first = event_type is not None
    if AGREEMENT_HEAD.match(heading):
        return _agreement_bullet(text, source, bullet, heading, mentions, starts, author, lines, result, acting)
    if event_type is None:
        if PUBLICATION_HEAD.search(heading) or PUBLICATION_BODY.search(body[head_end:head_end + 300]):
            kind = "publication"
        else:
            return None  # a database, an agenda line: not an activity
    elif not heading_title and not verbs and not _find_dates(body):
        return None  # «5. الدورات التدريبية» (training courses): a heading, not an activity
    elif event_type == "session" and TRAINING_DAMAGED.search(fold(prefix or heading)):
        event_type = "training_course"
    elif event_type == "session" and NUMBERED_SESSION.search(fold(prefix or heading)):
        event_type = "meeting"
    title = _title(text, bullet, head_end, heading, heading_title, closed, kind)
    if body_first:
        title = _body_title(body) or title
    line = _line_of(lines, bullet.start)
    local = mentions[bisect.bisect_left(starts, bullet.start):bisect.bisect_left(starts, bullet.end)]
    organisers, partners = _roles(text, bullet, [m for m in local if m.start in acting], author, verbs)
    programmes, networks = _frames(text, bullet, head_end, local, registry, partners,
                                   author.id if author else None, verbs, stops)
    if kind == "publication":
        return Record(source=source, kind=kind, title=title, organisers=organisers, partners=partners,
                      programmes=programmes, networks=networks, span=(bullet.start, bullet.end),
                      quote=body, line=line, key=fold(title))
    date, anchor = _event_date(body, head_end, source, line, result, text, bullet.start, verbs, stops)
    if anchor is None:
        result.problems.append(Problem(source, line, "no date found for the activity of this bullet",
                                       "a bullet cut short, or a date written without a month and year; "
                                       "record kept with start=null"))
    city = country = None
    sentence = _sentence_of(stops, anchor)
    place = _venue(text, bullet, sentence, cities, local)
    if place is not None:
        city, country = place.entry.name_en, place.entry.get("country")
    online = True if event_type == "webinar" else False if city else None
    if online is None or _may_be_hybrid(prefix, body, sentence):
        said = _without_quotes(prefix or "") + " " + _without_quotes(body[slice(*sentence)])
        if online is None and is_online(said):
            online = True
        if HYBRID.search(said):
            online = None  # in person and online at once: neither value is true

    participants, countries = find_counts(body)
    return Record(source=source, kind="event", event_type=event_type, title=title,
                  start=date[0], end=date[1], city=city, country=country, online=online,
                  organisers=organisers, partners=partners, programmes=programmes, networks=networks,
                  participants=participants, participant_countries=countries,
                  span=(bullet.start, bullet.end), quote=body, line=line, key=fold(title))


def _bullet_verbs(report_verbs: tuple[list[re.Match], list[int]], bullet: Bullet) -> list[re.Match]:
    """ORGANISER_VERB.finditer_within(text, bullet.start, bullet.end), from the report's verbs and their starts:
    a verb is a word and the white space after it, read alike in the bullet and the report (the pattern reads
    nothing after it), and no verb starts inside another (tests/test_sesric_report.py)."""
    verbs, starts = report_verbs
    end = bullet.end
    return [v for v in verbs[bisect.bisect_left(starts, bullet.start):bisect.bisect_left(starts, end)] if v.end() <= end]


# Words without which HYBRID cannot match (none of their Latin letters matches a case-blind one but in its
# own two cases: tests/test_sesric_report.py).
_HYBRID_WORDS = ("هجين", "مختلط", "حضوري", "hyb", "per")


def _may_be_hybrid(prefix: str | None, body: str, sentence: tuple[int, int]) -> bool:
    """False when HYBRID cannot match what the activity's sentence and heading say (quotes taken out only
    put a space where they were, so its words are in the texts they are taken from)."""
    said = ((prefix or "") + " " + body[sentence[0]:sentence[1]]).lower()
    return any(w in said for w in _HYBRID_WORDS)


def _body_event_type(body: str, verbs: list[re.Match], at: int) -> str | None:
    """The kind of activity named after the organiser verb of a bullet that has no heading; verbs are the
    bullet's organiser verbs in the report, where the bullet starts at `at`."""
    if not verbs or verbs[0].start() - at > 80:
        return None
    end = verbs[0].end() - at
    window = (body, end, end + 250)
    cue = TITLE_CUE_BARE.search(*window) or TITLE_CUE.search(*window)
    return event_type_of(body[end:cue.start() if cue else end + 120])


def _body_title(body: str) -> str | None:
    """The title of a bullet with no heading: quoted after «حول», else the words up to the date or venue."""
    quoted = BODY_TITLE.search(body)
    if quoted:
        return quoted.group(1).strip()
    cue = TITLE_CUE_BARE.search(body)
    if cue is None:
        return None
    stop = BARE_TITLE_END.search(body, cue.end())
    return body[cue.end():stop.start() if stop else len(body)].strip(" ،,") or None


def _heading_end(body: str) -> int:
    """Where a bullet's heading («دورة تدريبية حول 'X'») stops and its body starts."""
    colon = _HEADING_COLON.search(body, 0, 700)
    if colon is not None:
        return len(body[:colon.start()].rstrip())  # where HEADING_END.search(body, 0, 700) starts
    m = HEADING_END_WEAK.search(body, 0, 700)
    return m.start() if m else min(len(body), 300)


def _heading_title(heading: str) -> tuple[str, str | None, bool]:
    """Split a heading into (the words before the title, the title, whether its quote is closed)."""
    cue = TITLE_CUE.search(heading)
    if cue:
        inner = heading[cue.end() + 1:].strip()
        closed = bool(inner) and inner[-1] in QUOTES
        return heading[:cue.start()].strip(), inner.strip(QUOTES + " "), closed
    bare_cue = TITLE_CUE_BARE.search(heading)
    if bare_cue and event_type_of(heading[:bare_cue.start()]):
        stop = BARE_TITLE_END.search(heading, bare_cue.end())
        title = heading[bare_cue.end():stop.start() if stop else len(heading)]
        return heading[:bare_cue.start()].strip(), title.strip(QUOTES + " "), False
    return heading.strip(), None, False


def _title(text, bullet, head_end, heading, heading_title, closed, kind) -> str:
    """The activity's own title as written: the heading's quoted title or the body's copy of it."""
    # Read in the report, once for all bullets (BODY_TITLE reads nothing before its match, so
    # the bullet's text from head_end reads alike there).
    quoted = BODY_TITLE.search_within(text, bullet.start + head_end, bullet.end)
    body_title = quoted.group(1).strip() if quoted and quoted.start() - bullet.start - head_end < 900 else None
    if heading_title and body_title:
        same = heading_title.replace(" ", "") == body_title.replace(" ", "")
        return body_title if same or not closed else heading_title
    if heading_title:
        return heading_title
    if body_title and kind == "event" and event_type_of(heading) and not TRAILING_ACRONYM.search(heading):
        quoted_head = any(q in heading for q in QUOTES)
        if quoted_head:
            return body_title
    return TRAILING_ACRONYM.sub("", heading).strip(QUOTES + " :؛")


# The helpers' small patterns are compiled once: re's cache lookup per call cost ~1 % of a report.
_QUOTED = re.compile(r"[" + QUOTES + r"][^" + QUOTES + r"]*[" + QUOTES + "]")


def _without_quotes(text: str) -> str:
    return _QUOTED.sub(" ", text)


# --- dates --------------------------------------------------------------------

def _event_date(body: str, head_end: int, source: str, line: int, result: Extraction, text: str, at: int,
                verbs: list[re.Match], stops: "_Sentences"):
    """Return ((start, end), offset in body of the date) for a bullet at offset `at` of the report text;
    problems for damaged dates. verbs are the bullet's organiser verbs in the report, stops where its
    sentences end (SENTENCE_END)."""
    standard = _standard_letters(body)
    plain, body = standard is body, standard
    tail = body[head_end:]
    dates = _find_dates(tail)
    if not dates and head_end:
        whole = _find_dates(body)
        if whole:
            head_end, tail, dates = 0, body, whole  # a mangled bullet whose heading swallowed the date (004 l.155)
    if dates:
        # the date of the sentence that says «نظم» (organised), not of an earlier meeting it recalls
        verb = _main_verb(tail, text, at + head_end, verbs) if plain else _main_verb(tail)
        since = _sentence_of(stops, verb, head_end)[0] if verb is not None else 0
        date = next((d for d in dates if d.span[0] >= since), dates[0])
        return _checked_date(date, source, line, result, tail), head_end + date.span[0]
    loose = LOOSE_DATE.search(tail)
    if loose and month_number(loose.group(3)):
        year, month = int(loose.group(5)), month_number(loose.group(3))
        d1, d2 = loose.group(1), loose.group(2) or loose.group(1)
        day1, _ = repair_day(d1, year, month)
        day2, _ = repair_day(d2, year, month)
        if day1 and day2 and day1 <= day2:
            result.problems.append(Problem(source, line, f"the year of '{loose.group(0)}' is separated from its month",
                                           f"read as {year}-{month:02d}-{day1:02d}; check the source"))
            days = (f"{year:04d}-{month:02d}-{day1:02d}", f"{year:04d}-{month:02d}-{day2:02d}")
            return days, head_end + loose.start()
    month_only = MONTH_ONLY.search(tail)
    if month_only:
        result.problems.append(Problem(source, line, f"no readable day in the date '{month_only.group(0)}'",
                                       "record kept with start=null"))
        return (None, None), head_end + month_only.start()
    return (None, None), None


def _main_verb(text: str, report: str | None = None, at: int = 0, verbs: list[re.Match] | None = None) -> int | None:
    """Where the organiser verb of the main clause stands: not «الذي عقد» (which was held), a relative.

    text is report[at:at + len(text)] when the report is given: its verbs are then read from the
    report's one scan (ORGANISER_VERB.finditer_within), unless what stands before text could change
    them (the verb's first check reads the letter before it: an Arabic letter or a word letter).
    verbs, when given, are the report's verbs from a place before `at` to the end of text: those from
    `at` on are text's (a verb never starts inside another: each opens a word and ends after it).
    """
    glued = report is not None and at > 0 and (report[at - 1].isalnum() or report[at - 1] == "_")
    if report is None or glued and verbs is None:
        starts = [verb.start() for verb in ORGANISER_VERB.finditer(text)]
    elif glued:
        # read alone, text may start with a verb the report does not have there (its letter before is no
        # Arabic or word letter): every other verb is the report's
        starts = ([0] if ORGANISER_VERB.full.match(text) else []) + [
            verb.start() - at for verb in verbs if verb.start() > at]
    elif verbs is not None:
        starts = [verb.start() - at for verb in verbs if verb.start() >= at]
    else:
        starts = [verb.start() - at for verb in ORGANISER_VERB.finditer_within(report, at, at + len(text))]
    for start in starts:
        if not RELATIVE_BEFORE.search(text, max(0, start - 10), start):
            return start
    return None


def _checked_date(date: DateSpan, source: str, line: int, result: Extraction, text: str = "") -> tuple:
    """Return (start, end) of a found date, with the repairs and refusals reported."""
    if not date.start:
        result.problems.append(Problem(source, line, date.note or "unreadable date", "record kept with start=null"))
        return None, None
    written = text[date.span[0]:date.span[1]] if text else ""
    days = DAY_RANGE.match(written)
    if days and days.group(1) == days.group(2):
        result.problems.append(Problem(source, line, f"the day range '{days.group(0)}' starts and ends on one day",
                                       "the range is damaged; record kept with start=null"))
        return None, None
    start, end = date.start, date.end
    note = date.note
    if days and note and "end first" in note:
        first = days.group(1)
        flipped = first[::-1]
        if len(first) == 2 and flipped != first and int(flipped) >= 1 and int(flipped) <= int(days.group(2)):
            # «10- 03 سبتمبر» is 01-03 with the first day's digits reversed, the damage
            # this PDF does most (004 l.33 «01-40», l.97); a range written end first
            # («26-25 مارس») is the reading when the reversed day is no day at all.
            start, end = date.start[:8] + flipped.zfill(2), date.start
            note = f"day {first!r} read as {flipped} (digits reversed in the source)"
    if note:
        result.problems.append(Problem(source, line, note, "repaired; check the source"))
    return start, end


def _check_years(result: Extraction, source: str) -> None:
    """Warn about an activity dated years away from the others: a likely typo, kept as written."""
    years = sorted(int(r.start[:4]) for r in result.records if r.start)
    if len(years) < 5:
        return
    median = years[len(years) // 2]
    for record in result.records:
        if record.start and abs(int(record.start[:4]) - median) >= 2:
            result.problems.append(Problem(source, record.line,
                                           f"the year {record.start[:4]} is far from the report's other "
                                           f"dates ({median})",
                                           "kept as written; check the source"))


# --- venue --------------------------------------------------------------------

class _Sentences:
    """Where the sentences of a bullet's text end: the starts of SENTENCE_END's one-letter matches, read only as
    far as they are asked for (the questions are about its first sentences: the date's, the main verb's)."""

    __slots__ = ("stops", "length", "_more")

    def __init__(self, body: str):
        self.stops: list[int] = []
        self.length = len(body)
        self._more = SENTENCE_END.finditer(body)

    def first_from(self, offset: int) -> int:
        """The index in stops of the first at or after offset (len(stops) when none is)."""
        stops = self.stops
        if stops and stops[-1] >= offset:
            return bisect.bisect_left(stops, offset)
        if self._more is not None:
            for m in self._more:
                stops.append(m.start())
                if m.start() >= offset:
                    return len(stops) - 1
            self._more = None
        return len(stops)


def _sentence_of(sentences: _Sentences, offset: int | None, base: int = 0) -> tuple[int, int]:
    """The span of the sentence of body[base:] that holds offset (the first sentence when None), from where
    body's sentences end: those of body[base:] are body's from base on (SENTENCE_END reads nothing before).

    >>> _sentence_of(_Sentences("abc. def. g"), 6), _sentence_of(_Sentences("abc. def. g"), None)
    ((4, 9), (0, 4))
    >>> _sentence_of(_Sentences("abc. def. g"), 1, 5)
    (0, 4)
    """
    offset = base + (offset or 0)
    i = sentences.first_from(offset)
    first = sentences.first_from(base)
    stops = sentences.stops
    start = stops[i - 1] + 1 - base if i > first else 0
    return start, (stops[i] + 1 if i < len(stops) else sentences.length) - base


def _venue(text, bullet, sentence, cities, orgs) -> Mention | None:
    """The city named as the venue in the date's sentence: «في عمّان», «بأنقرة», «in Baku».

    cities are (the report's city mentions, their starts, sorted, or None): the sentence's are taken
    by bisection, and its quotes read only when it names one.
    """
    a, b = bullet.start + sentence[0], bullet.start + sentence[1]
    cities, starts = cities
    if starts is not None:
        cities = cities[bisect.bisect_left(starts, a):bisect.bisect_left(starts, b)]
    quoted = None
    for city in cities:
        if not a <= city.start < b:
            continue
        if quoted is None:
            quoted = [(m.start() + a, m.end() + a) for m in _QUOTED.finditer(text[a:b])]
        if any(s <= city.start < e for s, e in quoted) or any(o.start <= city.start < o.end for o in orgs):
            continue
        if VENUE_BEFORE.search(text[max(0, city.start - 20):city.start]):
            return city
    return None


# --- organisations ------------------------------------------------------------

def _roles(text, bullet, orgs, author, verbs) -> tuple[tuple[Organisation, ...], tuple[Organisation, ...]]:
    """Return (organisers, partners) of one bullet; orgs are the organisations it names (no memberships),
    verbs its organiser verbs (ORGANISER_VERB.finditer_within over the bullet)."""
    organisers = [author] if author else []
    organisers += _co_organisers(text, bullet, orgs, author, verbs)
    for cue in HOSTED_BY.finditer_within(text, bullet.start, bullet.end):
        organisers += _clause_organisations(text, cue.end(), _clause_end(text, cue.end(), bullet.end), orgs)
    partners: list[Organisation] = []
    for a, b in _partner_clauses(text, bullet):
        partners += _clause_organisations(text, a, b, orgs)
    exclude = tuple(organisers)
    return unique(organisers), _unique_names(unique(partners, exclude=exclude))


def _membership(text: str, mention: Mention) -> bool:
    """True for «بلدان منظمة التعاون الإسلامي», "member states of the OIC", "OIC countries"."""
    before = text[max(0, mention.start - 30):mention.start]
    return bool((_membership_words(before) and MEMBERSHIP.search(before))
                or MEMBERSHIP_AFTER.match(text, mention.end))


def _membership_words(before: str) -> bool:
    """True when before holds a word MEMBERSHIP cannot match without: one `in` each instead of the
    pattern tried at each of its 30 places, for every organisation the report names.

    «عضاء» is in «الأعضاء», «الاعضاء» and «أعضاء»; "member" and "countr" have no letter that a
    case-blind pattern matches otherwise than its lower case does (as it does «ſ» for "s").
    """
    if "دول" in before or "بلدان" in before or "عضاء" in before:
        return True
    low = before.lower()
    return "member" in low or "countr" in low


# «نظم سيسرك ووكالة تنمية … (KOBİA) الاجتماع»: a second organiser joined by «و» (and), named up
# to its acronym.
CO_NAME = re.compile(r"\s*(?:و|and\s+(?:the\s+)?)((?:\S+\s+){0,12}?\S+)"
                     r"\s*\(\s*([A-Za-z][A-Za-z0-9\u00C0-\u024F&.\-]{1,20})\s*\)", re.IGNORECASE)


# «SESRIC and the Small and Medium Business Development Agency (KOBIA) jointly organised …».
CO_BEFORE_VERB = re.compile(r"\s+and\s+(?:the\s+)?(?P<name>[^.,;()]{3,150}?)\s*(?:\((?P<acr>[^)]{2,20})\))?"
                            r"\s+(?:have\s+|has\s+)?(?:jointly\s+|together\s+)?(?:co-)?organi[sz]ed\b", re.IGNORECASE)


_CO_JOIN = re.compile(r"\s*(?:\([^)]*\))?\s*(?:و|،\s*و?|,\s*|\s+and\s+(?:the\s+)?)", re.IGNORECASE)


def _co_organisers(text, bullet, orgs, author, verbs) -> list[Organisation]:
    """Organisations joined to the author after the organiser verb: «نظم سيسرك ووكالة … (KOBİA)»."""
    if author is None:
        return []
    found = []
    for verb in verbs:
        first = next((m for m in orgs if m.start >= verb.end() - 1), None)
        if first is None or first.entry.id != author.id or first.start - verb.end() > 2:
            continue
        pos = first.end
        while True:
            nxt = next((m for m in orgs if m.start >= pos), None)
            if nxt is None or not _CO_JOIN.fullmatch(text[pos:nxt.start]):
                break
            found.append(_from_mention(nxt))
            pos = nxt.end
        if pos == first.end:
            joined = CO_NAME.match(text, pos)
            if joined and _is_head(joined.group(1).split()[0]):
                name = joined.group(1)
                found.append(from_discovery(name, joined.group(2), joined.start(1), joined.end(1)))
    for m in orgs:
        if m.entry.id != author.id or not bullet.start <= m.start < bullet.end:
            continue
        joined = CO_BEFORE_VERB.match(text, m.end)
        if joined:
            known = _mention_at(orgs, joined.start("name"))
            if known is not None and known.entry.id != author.id:
                found.append(_from_mention(known))
            elif known is None:
                found.append(from_discovery(joined.group("name"), joined.group("acr"),
                                            joined.start("name"), joined.end("name")))
    return found


_NUMBER = re.compile(r"\d+")
_PUNCTUATION = re.compile(r"[.،,؛]")


def _partner_clauses(text: str, bullet: Bullet) -> list[tuple[int, int]]:
    """The spans of the bullet that list partners: after a partner, funder, presenter or host cue."""
    clauses = []
    body_a, body_b = bullet.start, bullet.end
    for cue in PARTNER_CUE.finditer_within(text, body_a, body_b):
        clauses.append((cue.end(), _clause_end(text, cue.end(), body_b)))
    for cue in FUNDER_CUE.finditer_within(text, body_a, body_b):
        clauses.append((cue.end(), _clause_end(text, cue.end(), body_b, allow_quote=True)))
    for cue in PRESENTED_BY.finditer_within(text, body_a, body_b):
        clauses.append((cue.end(), _clause_end(text, cue.end(), body_b)))
    for cue in HOSTED.finditer_within(text, body_a, body_b):
        subject = HOST_SUBJECT.match(text, cue.end())
        start = subject.end() if subject else cue.end()
        clauses.append((start, _clause_end(text, start, body_b)))
    for cue in CONTRIBUTED.finditer_within(text, body_a, body_b):
        clauses.append((cue.end(), _clause_end(text, cue.end(), body_b)))
    for people in PRESENTERS.finditer_within(text, body_a, body_b):
        before = text[max(body_a, people.start() - 30):people.start()].split()[-2:]
        if before and _NUMBER.fullmatch(before[-1]):
            continue  # «لصالح 47 خبيرا من …», «لجمع 66 خبيرا من»: the audience, not the presenters
        if any(w in ("لصالح", "لفائدة", "لجمع", "for") for w in before) and not EMINENT.match(text, people.end()):
            continue
        source = PEOPLE_SOURCE.search(text, people.end(), min(body_b, people.end() + 45))
        if source and not _PUNCTUATION.search(text, people.end(), source.start()):
            clauses.append((source.end(), _clause_end(text, source.end(), body_b)))
    return clauses


_ACRONYM_DIGIT = re.compile(r"[A-Za-z\-]*\d*\)")


def _clause_end(text: str, start: int, limit: int, allow_quote: bool = False) -> int:
    pos = start
    while True:
        m = CLAUSE_END.search(text, pos, limit)
        if m is None:
            return limit
        if m.start() == start and m.group(0) in QUOTES:
            pos = m.end()
            continue
        if allow_quote and m.group(0) in QUOTES:
            return m.start()
        if m.group(0).isdigit() and _ACRONYM_DIGIT.match(text[m.start():m.start() + 12]):
            pos = m.end()
            continue  # a digit inside «(GCC-STAT)»-like acronyms
        return m.start()


def _clause_organisations(text: str, a: int, b: int, orgs: list[Mention]) -> list[Organisation]:
    """The organisations a partner clause lists, one per list item («X (ACR)، وY، وZ»)."""
    found: list[Organisation] = []
    items = _items(text, a, b, orgs)
    for s, e in items:
        inside = [m for m in orgs if s - 1 <= m.start < e]
        lead = text[s:e]
        if inside and inside[0].start - s <= 1:
            if _longer_english_name(text, inside[0], e):
                name = lead[:min(x for x in (lead.find("("), len(lead)) if x >= 0)].rstrip(" ,")
                acr = PAREN_ACRONYM.search(lead)
                found.append(from_discovery(name, acr.group(1) if acr else None, s, s + len(name)))
                continue
            found.append(_from_mention(inside[0]))
            # «… الإسلامي البنك الإسلامي للتنمية (ISDB)»: a second name glued on without
            # «،» (004 l.255); a name after «التابعة ل» (part of) or «في» (in) is a parent.
            for m in inside[1:]:
                if text[m.start - 1:m.start] == "(" or PARENT_BEFORE.search(text[max(s, m.start - 12):m.start]):
                    continue
                if text[m.start:m.start + 1] != "ل":
                    found.append(_from_mention(m))
            continue
        # the head word is asked only here: an item that opens with a known name is that name
        if _head_word(lead) or _english_name(lead):
            acr = PAREN_ACRONYM.search(lead)
            stop = min(x for x in (lead.find("("), len(lead)) if x >= 0)
            cut = NAME_STOP.search(lead, 0, stop)
            name = lead[:cut.start() if cut else stop].rstrip(" ،,")
            words = name.split()
            if 1 < len(words) <= 14:
                known = [m for m in inside if m.start < s + len(name)]
                if known and len(bare(known[0].text)) >= len(bare(name)) - 3:
                    found.append(_from_mention(known[0]))
                else:
                    written = " ".join(name.split())  # a name broken over two lines is one name
                    found.append(from_discovery(written, acr.group(1) if acr else None, s, s + len(name)))
        elif inside:
            found.extend(_from_mention(m) for m in inside)
        elif "(" in lead:  # discover and the acronyms read «(ACRONYM)»: none without a parenthesis
            named = discover(lead, [])
            for name, acr, ds, de in named:
                found.append(from_discovery(name, acr, s + ds, s + de))
            if not named:
                # «هيئتي المنافسة في كل من باكستان (CCP) وماليزيا (MyCC)»: bodies named by acronym only.
                for acr in PAREN_ACRONYM.finditer(lead):
                    found.append(from_discovery(acr.group(1), acr.group(1), s + acr.start(1), s + acr.end(1)))
    return found


def _items(text: str, a: int, b: int, orgs: list[Mention]) -> list[tuple[int, int]]:
    """Split a clause into list items at «،» and at «و» before an organisation."""
    cuts = [a]
    org_starts = {o.start for o in orgs}
    find = text.find
    for m in _ITEM_SPLIT.finditer(text, a, b):
        end = m.end()
        split = m.group(0).strip()
        if split in ("،", ","):
            if not _OPEN_PAREN.match(text, end, b):
                cuts.append(end)
            continue
        space = find(" ", end, b)
        word = text[end:space if space >= 0 else b]  # the first word after the split
        glued = not split and text.startswith("و", end, b)
        if word.startswith("و") and not split:
            word = word[1:]
        pos = end + (1 if glued else 0)
        english = split.lower() == "and"
        if english and word.lower() == "the":
            cuts.append(pos)  # «… (AITRS) and the National Bureau …»: «and the» opens the next name
            continue
        if english and text[m.start() - 1:m.start()] == ")":
            cuts.append(pos)
            continue
        if english and word[:1].isupper() and _two_names(text, cuts[-1], m.start(), pos, b):
            cuts.append(pos)  # "Turkish Competition Authority and Competition Commission of Pakistan"
            continue
        if _is_head(word) or pos in org_starts or end in org_starts:
            cuts.append(pos)
    # «… لمنظمة التعاون الإسلامي الإسلامي البنك الإسلامي للتنمية (ISDB)»: a definite head
    # noun right after a definite adjective starts the next name (004 l.255); after a
    # head noun it is a construct («مجموعة البنك» the Bank's group) and stays.
    cuts += _glued_heads(text, a, b)
    cuts = sorted(set(cuts + [b]))
    spans = []
    for s, e in zip(cuts, cuts[1:]):
        while s < e and text[s] in " \t\n،,":
            s += 1
        if text[s:s + 1] in _LEAD_FIRST:  # no lead starts otherwise (and s stays where it is)
            for opening in _LEADS:
                if text[s:s + len(opening)].lower() == opening:
                    s += len(opening)
        space = find(" ", s, e)
        word = text[s:space if space >= 0 else e]
        if word.startswith("و") and not _is_head(word) and _is_head(word[1:]):
            s += 1
        while e > s and text[e - 1] in " \t\n،,":
            e -= 1
        if text[e - 1] in "وdD":  # the last letter of «و» or "and": no _TRAILING_AND otherwise
            tail = _TRAILING_AND.search(text, s, e)
            if tail:
                e -= len(tail.group(0))
        if e - s > 2:
            spans.append((s, e))
    return spans


_OPEN_PAREN = re.compile(r"\s*\(")
# Words an item may open with that are not part of its name: «كل من» (each of), «من» (from), «مع» (with).
_LEADS = ("كل من ", "من ", "مع ", "the ", "and ")
# Their first letters, and every letter whose lower case starts so (tests/test_sesric_report.py reads them all).
_LEAD_FIRST = frozenset("كمtTaA")


def _glued_heads(text: str, a: int, b: int) -> list[int]:
    """Return where a definite head noun glued to the name before it starts the next name: the start of
    group 2 of each match of GLUED_HEAD.finditer(text, a, b) whose group 2 is a head noun and whose group 1
    a definite word that is none (see _items).

    Each match is a word (from `a`, or from the end of the match before, when that falls inside it)
    and, after white space, a word with the article «ال» and its letters: found from the places of «ال»
    after white space (a pattern the engine skips to), the word before read back only under a head noun.

    >>> _glued_heads("الإسلامي البنك الإسلامي للتنمية", 0, 31)
    [9]
    """
    cuts = []
    pos = a
    for space in _SPACE_ARTICLE.finditer(text, a, b):
        end = space.start()  # where the word before ends
        if end <= pos:
            continue  # no letter of that word left after the match before (or before a)
        word = _ARTICLE_WORD.match(text, space.end() - 3, b)
        if _is_head(word.group(0)):
            start = end
            while start > pos and not text[start - 1].isspace():
                start -= 1
            before = text[start:end]
            if before.startswith("ال") and not _is_head(before):
                cuts.append(word.start())
        pos = word.end()
    return cuts


_TRAILING_AND = re.compile(r"\s+(?:و|and)$", re.IGNORECASE)


_NAME_LIST_STOP = re.compile(r"[,،(]|\s(?:and)\s")


def _two_names(text: str, left: int, mid: int, right: int, end: int) -> bool:
    """True when the words on both sides of an English "and" each hold a head noun: two names."""
    stop = _NAME_LIST_STOP.search(text[right:end])
    after = text[right:right + stop.start()] if stop else text[right:end]
    return any(_is_head(w) for w in text[left:mid].split()) and any(_is_head(w) for w in after.split())


_bare = lru_cache(maxsize=65536)(bare)  # names repeat across bullets: fold each once


@lru_cache(maxsize=65536)
def _is_head(word: str) -> bool:
    key = bare(word)
    return any(k in ORG_HEADS or k in EXTRA_HEADS for k in (key, key.rstrip("s")))


_ENGLISH_NAME_ON = re.compile(r"\s+[A-Z][a-z]+(?:\s+(?:[A-Z][a-z]+|for|of|and|on))*\s*(?:\(|$)")


def _longer_english_name(text: str, mention: Mention, end: int) -> bool:
    """True when a known English word opens a longer name: "UN" in "UN Economic Commission for Africa (UNECA)"."""
    rest = text[mention.end:end]
    return bool(_ENGLISH_NAME_ON.match(rest))


def _english_name(lead: str) -> bool:
    """True for a capitalised English name with a head noun in its first words («Saudi General Authority …»)."""
    words = lead.split(None, 5)[:5]  # the first five words, the rest left unsplit
    return bool(words) and words[0][:1].isupper() and words[0].isascii() and any(_is_head(w) for w in words)


def _head_word(lead: str) -> bool:
    words = lead.split(None, 1)  # the first word, the rest left unsplit
    return bool(words) and _is_head(words[0])


@lru_cache(maxsize=65536)
def _name_keys(name: str) -> tuple[tuple[str, ...], str]:
    """A name's bare words and its bare form without a locator, for _unique_names: read once per name as written
    (bullets name the same partners)."""
    return tuple(_bare(name).split()), _bare(LOCATOR.sub("", name))


def _unique_names(orgs: tuple[Organisation, ...]) -> tuple[Organisation, ...]:
    """Drop a discovered organisation that another one of the bullet already names.

    Names that share their first five words are one organisation written twice,
    once cut short by damage (004 l.91: «… للسكان في لفترة 2024-2026، وبالتعاون
    مع» the same agency again); the longer writing is kept.
    """
    out: list[Organisation] = []
    keys: list[tuple[tuple[str, ...], str]] = []  # each kept name's words and its name without a locator
    for org in orgs:
        key, located = _name_keys(org.name)
        same = next((i for i, o in enumerate(out) if key == keys[i][0]
                     or located == keys[i][1]
                     or (org.acronym and org.acronym == o.acronym)
                     or ((org.id.startswith("x-") or o.id.startswith("x-"))
                         and len(key) >= 5 and key[:5] == keys[i][0][:5])), None)
        if same is None:
            out.append(org)
            keys.append((key, located))
        elif out[same].id.startswith("x-") and (not org.id.startswith("x-") or len(org.name) > len(out[same].name)):
            out[same] = org
            keys[same] = (key, located)
    return tuple(out)


# --- programmes and networks --------------------------------------------------

_PROGRAMME_WORD = re.compile(r"برنامج|مبادره|مشروع|programme|program|initiative|project")
_NETWORK_WORD = re.compile(r"شبكه|network")


def _frames(text, bullet, head_end, mentions, registry, partners,
            author_id, verbs, stops) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Return (programmes, networks) the activity falls under."""
    involved = {o.id for o in partners} | {author_id}
    heading = (bullet.start, bullet.start + head_end)
    # A frame matters only where something may be framed: a programme (of no owner or an involved one), a network
    # named outside the heading that is no network of bodies, a «(» (an acronym's); those after the last of
    # them have nothing to frame, and their end, the main sentence and ACTIVITY_CAME are not asked.
    last = text.rfind("(", bullet.start, bullet.end)
    for m in mentions:
        if m.start > last and (m.entry.table == "programmes" and m.entry.get("owner") in (None, *involved)
                               or m.entry.table == "networks" and m.entry.kind != "network"
                               and not heading[0] <= m.start < heading[1]):
            last = m.start
    frames = []
    if last >= bullet.start:
        cues = [cue for cue in FRAME_CUE.finditer_within(text, bullet.start, bullet.end) if cue.start() <= last]
        zone = _main_sentence_end(text, bullet, head_end, verbs, stops) if cues else None
        frames = [(cue.start(), _frame_end(text, cue.end(), bullet.end)) for cue in cues
                  if cue.start() < zone
                  or ACTIVITY_CAME.search(text, max(bullet.start, cue.start() - 60), cue.start())]

    def framed(pos: int) -> bool:
        return any(a <= pos < b for a, b in frames)

    programmes: list[str] = []
    networks: list[str] = []
    for m in mentions:
        if m.entry.table == "programmes" and framed(m.start):
            if m.entry.get("owner") in (None, *involved):
                programmes.append(m.entry.label)
        elif m.entry.table == "networks":
            if m.entry.kind == "network" or framed(m.start) or heading[0] <= m.start < heading[1]:
                networks.append(m.entry.label)
    for a, b in frames:
        for acr in PAREN_ACRONYM.finditer(text, a, b):
            if any(m.start <= acr.start(1) < m.end for m in mentions):
                continue
            before = fold(text[max(a, acr.start() - 90):acr.start()])
            if acr.group(1).casefold() in _family_suffixes(registry):
                continue  # «(CaB (CaB))»: only the family suffix of many programmes survived (004 l.181)
            if _PROGRAMME_WORD.search(before):
                programmes.append(acr.group(1))
            elif _NETWORK_WORD.search(before):
                networks.append(acr.group(1))
    for org in partners:
        funded = _funding_programme(registry, org)
        if funded and _funds(text, bullet, org):
            programmes.append(funded)
    return tuple(dict.fromkeys(programmes)), tuple(dict.fromkeys(networks))


# «وجاءت الدورة في إطار …» the course came within …, "the course was held under …": a later
# sentence that frames the activity itself.
ACTIVITY_CAME = Led.leading(re.compile(AR + r"و?(?:جاء|جاءت|يأتي|تأتي|يندرج|تندرج|عقد|عقدت|نظم|نظمت)\s+(?:\S+\s+){0,4}$"
                           r"|\b(?:was|were)\s+(?:organi[sz]ed|held|conducted|delivered|implemented)\s+$"
                           r"|\bcame\s+$", re.IGNORECASE))


def _main_sentence_end(text: str, bullet: Bullet, head_end: int, verbs: list[re.Match], stops: _Sentences) -> int:
    """Where the bullet's main sentence ends: the one with the organiser verb, else the first.

    A programme counts only when it frames the activity there; one named later
    is a topic («ضمن برنامج البنك الإسلامي للتنمية …» discussed, 004 l.255).
    verbs are the bullet's organiser verbs, stops where its sentences end (offsets in the bullet).
    """
    start = bullet.start + head_end
    verb = next((v for v in verbs if v.start() >= start), None)  # ORGANISER_VERB.search_within(text, start, …)
    anchor = verb.start() if verb else start
    i = stops.first_from(anchor + 1 - bullet.start)  # SENTENCE_END.search(text, anchor + 1, bullet.end)
    return bullet.start + stops.stops[i] + 1 if i < len(stops.stops) else bullet.end


_SUFFIXES: dict[int, set[str]] = {}


def _family_suffixes(registry: Registry) -> set[str]:
    """Acronym endings shared by several programmes («-CaB» of StatCaB's family): not names on their own."""
    if id(registry) not in _SUFFIXES:
        ends = Counter(e.acronym.rsplit("-", 1)[-1].casefold() for e in registry.programmes.values()
                       if e.acronym and "-" in e.acronym)
        _SUFFIXES[id(registry)] = {end for end, n in ends.items() if n >= 2}
    return _SUFFIXES[id(registry)]


def _frame_end(text: str, start: int, limit: int) -> int:
    m = FRAME_END.search(text, start, limit)
    return m.start() if m else limit


def _funding_programme(registry: Registry, org: Organisation) -> str | None:
    """The funding programme a funder runs (COMCEC funds projects through its Project Funding)."""
    return _funding_programmes(registry).get(org.id)


_FUNDING: dict[int, tuple[Registry, dict[str | None, str]]] = {}


def _funding_programmes(registry: Registry) -> dict[str | None, str]:
    """Owner id -> the first programme of the registry it owns whose English name says "fund"; read once."""
    cached = _FUNDING.get(id(registry))
    if cached is None or cached[0] is not registry:
        owners: dict[str | None, str] = {}
        for entry in registry.programmes.values():
            if re.search(r"fund", entry.name_en or "", re.IGNORECASE):
                owners.setdefault(entry.get("owner"), entry.label)
        cached = _FUNDING[id(registry)] = (registry, owners)
    return cached[1]


def _funds(text: str, bullet: Bullet, org: Organisation) -> bool:
    if org.span is None:
        return False
    return any(cue.end() <= org.span[0] <= _clause_end(text, cue.end(), bullet.end, allow_quote=True)
               for cue in FUNDER_CUE.finditer_within(text, bullet.start, bullet.end))


# --- gazetteers ---------------------------------------------------------------

_GAZETTEERS: dict[int, tuple[Gazetteer, Gazetteer]] = {}


def _gazetteers(registry: Registry) -> tuple[Gazetteer, Gazetteer]:
    if id(registry) not in _GAZETTEERS:
        _GAZETTEERS[id(registry)] = (Gazetteer(registry), Gazetteer(registry, tables=("cities",)))
    return _GAZETTEERS[id(registry)]

