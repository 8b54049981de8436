"""Read SESRIC activity news pages (Arabic or English) into extraction records.

In:  the plain text of one news page: a headline, a date line
     («التاريخ : 07 أكتوبر 2025» / «Date : 07 October 2025»), a venue line
     («مكان الانعقاد: باكو - أذربيجان» / «Venue : Baku - Azerbaijan»), the story.
Out: an `Extraction`: the activity the page reports, and problems found.
"""
from __future__ import annotations

import re

from loaders.arabic import fold
from loaders.common import clean_name, event_type_of, find_counts, find_place, is_online
from loaders.dates import find_dates
from loaders.gazetteer import Gazetteer, Mention, discover, tokenise
from loaders.records import Extraction, Organisation, Problem, Record
from loaders.registry import Registry, default_registry
from loaders.resolve import from_discovery, from_mention, unique

DATE_LINE = re.compile(r"^\s*(?:التاريخ|تاريخ|Date)\s*[:：]\s*(.*)$", re.IGNORECASE | re.MULTILINE)
VENUE_LINE = re.compile(r"^\s*(?:مكان الانعقاد|المكان|مكان|Venue|Place|Location)\s*[:：]\s*(.*)$",
                        re.IGNORECASE | re.MULTILINE)
HEADER_LINES = 6

# Verbs whose subject organised the activity: «نظم/نظمت» organised, «عقد/عقدت»
# held, «استضاف/استضافت» hosted, «ينظم/تنظم» organises; English likewise.
ORGANISER_VERBS = re.compile(
    r"(?:^|\s)(?:و)?(?:نظم|نظمت|ينظم|تنظم|عقد|عقدت|يعقد|تعقد|استضاف|استضافت|يستضيف|تستضيف|أطلق|أطلقت|اطلق|اطلقت)\s"
    r"|\b(?:organi[sz]ed|organi[sz]es|hosted|hosts|held|holds|launched|convened)\b", re.IGNORECASE)
# «تشارك X مع Y في تنظيم»: X and Y organised it together.
CO_ORGANISE = re.compile(r"(?:تشارك|اشترك|شارك|يشارك|تشاركت)\s.*?\sفي\s+(?:تنظيم|عقد)|\bco-?organi[sz]ed\b",
                         re.IGNORECASE)
# Cues after which the organisations named are partners.
PARTNER_CUES = re.compile(
    r"بالتعاون\s+مع|بالشراكة\s+مع|بالتنسيق\s+مع|بالاشتراك\s+مع|بدعم\s+من|بتمويل\s+من|بتيسير\s+من|برعاية"
    r"|in\s+(?:collaboration|cooperation|co-operation|partnership|coordination)\s+with|jointly\s+with"
    r"|with\s+the\s+(?:support|cooperation|collaboration)\s+of|supported\s+by|funded\s+by",
    re.IGNORECASE)
# «اجتماعا ثنائيا مع» a bilateral meeting with: the counterpart is a partner.
COUNTERPART = re.compile(r"\sمع\s|\bwith\b", re.IGNORECASE)
PARTICIPANTS_LIST = re.compile(r"(?:المؤسسات|الجهات|المنظمات)\s+المشاركة|participating\s+institutions",
                               re.IGNORECASE)
BULLET = re.compile(r"^\s*(?:[•▪●◦\-–*]|\d+[.)])\s*(.+)$", re.MULTILINE)
SENTENCE_END = re.compile(r"[.!؟?]\s|\n\s*\n")


def is_news_page(text: str) -> bool:
    """True when the text opens with a headline and a date line (the news-page shape)."""
    head = "\n".join(text.strip().splitlines()[:HEADER_LINES])
    return DATE_LINE.search(head) is not None


def extract(text: str, source: str, registry: Registry | None = None) -> Extraction:
    """Return the activity a news page reports, with every problem found on the way."""
    registry = registry or default_registry()
    result = Extraction(shape="news")
    date_m = DATE_LINE.search(text)
    if date_m is None:
        result.problems.append(Problem(source, 1, "no date line found",
                                       "a news page has 'التاريخ : 07 أكتوبر 2025' (Date) as its second line"))
        return result
    title_line = next((ln for ln in text[:date_m.start()].splitlines() if ln.strip()), "").strip()
    title_start = text.find(title_line) if title_line else 0
    venue_m = VENUE_LINE.search(text, date_m.end())
    if venue_m and text.count("\n", date_m.end(), venue_m.start()) > 2:
        venue_m = None
    body_start = (venue_m or date_m).end()
    body = text[body_start:]

    start, end = _dates(text, date_m, body, body_start, source, result)
    city = country = online = None
    if venue_m:
        venue = venue_m.group(1)
        if is_online(venue):
            online = True
        else:
            city, country = find_place(venue, registry)
            if city or country:
                online = False
            elif venue.strip():
                result.problems.append(Problem(source, _line_of(text, venue_m.start()),
                                               f"venue '{venue.strip()}' names no known city or country",
                                               "add the city to data/registry/cities.csv; record kept with city=null"))

    gazetteer = _gazetteer(registry)
    mentions = [_shift(m, body_start) for m in gazetteer.find(body)]
    organisers, partners = _roles(body, body_start, mentions)
    participants, countries = find_counts(body)
    title = title_line
    if event_type_of(title_line) is None:
        title = _activity_name(body) or title_line
    event_type = event_type_of(title) or _lead_event_type(body) or "other"
    lead_start = len(body) - len(body.lstrip())
    first_para_end = SENTENCE_END.search(body, lead_start)
    quote_end = body_start + (first_para_end.start() + 1 if first_para_end else len(body))
    lead = body[lead_start:quote_end - body_start].strip()
    result.records.append(Record(
        source=source, kind="event", event_type=event_type, title=title.strip(" \"«»"),
        start=start, end=end, city=city, country=country, online=online,
        organisers=organisers, partners=partners,
        programmes=tuple(dict.fromkeys(m.entry.label for m in mentions if m.entry.table == "programmes")),
        networks=tuple(dict.fromkeys(m.entry.label for m in mentions if m.entry.table == "networks")),
        participants=participants, participant_countries=countries,
        span=(title_start, quote_end), quote=f"{title_line}\n{lead}", line=_line_of(text, title_start),
        key=fold(title),
    ))
    return result


_GAZETTEERS: dict[int, Gazetteer] = {}


def _gazetteer(registry: Registry) -> Gazetteer:
    if id(registry) not in _GAZETTEERS:
        _GAZETTEERS[id(registry)] = Gazetteer(registry)
    return _GAZETTEERS[id(registry)]


def _shift(m: Mention, offset: int) -> Mention:
    return Mention(m.entry, m.text, m.start + offset, m.end + offset)


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _dates(text, date_m, body, body_start, source, result):
    dates = find_dates(date_m.group(1))
    line = _line_of(text, date_m.start())
    if not dates:
        dates = find_dates(body[:600])
        result.problems.append(Problem(source, line, f"no date found on the date line '{date_m.group(1).strip()}'",
                                       "expected a form like '07 أكتوبر 2025' (7 October 2025); "
                                       + ("date taken from the story" if dates and dates[0].start else
                                          "record kept with start=null")))
    if not dates or not dates[0].start:
        if dates and dates[0].note:
            result.problems.append(Problem(source, line, dates[0].note, "record kept with start=null"))
        return None, None
    if dates[0].note:
        result.problems.append(Problem(source, line, dates[0].note, "repaired; check the source"))
    return dates[0].start, dates[0].end


def _sentences(body: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for m in SENTENCE_END.finditer(body):
        spans.append((pos, m.start() + 1))
        pos = m.end()
    spans.append((pos, len(body)))
    return [(a, b) for a, b in spans if body[a:b].strip()]


def _discovered(body: str, body_start: int, known: list[Mention]) -> list[Organisation]:
    local = [Mention(k.entry, k.text, k.start - body_start, k.end - body_start) for k in known]
    return [from_discovery(name, acr, s + body_start, e + body_start) for name, acr, s, e in discover(body, local)]


def _roles(body: str, body_start: int, mentions: list[Mention]):
    """Return (organisers, partners) from the lead sentence and participant lists."""
    orgs = [m for m in mentions if m.entry.table == "organisations"]
    found = sorted([from_mention(m) for m in orgs] + _discovered(body, body_start, mentions),
                   key=lambda o: o.span[0])
    organisers: list[Organisation] = []
    partners: list[Organisation] = []
    for a, b in _sentences(body):
        sentence = body[a:b]
        verb = ORGANISER_VERBS.search(sentence)
        co = CO_ORGANISE.search(sentence)
        if not verb and not co:
            continue
        cue = PARTNER_CUES.search(sentence)
        counterpart = COUNTERPART.search(sentence) if not co else None
        split = cue.start() if cue else (counterpart.start() if counterpart else len(sentence))
        for org in found:
            pos = org.span[0] - body_start
            if not a <= pos < b:
                continue
            if co and pos < a + co.end():
                organisers.append(org)
            elif pos < a + split:
                organisers.append(org)
            else:
                partners.append(org)
        break
    listed = PARTICIPANTS_LIST.search(body)
    if listed:
        for bullet in _bullet_block(body, listed.end()):
            for org in found:
                if bullet.start() <= org.span[0] - body_start < bullet.end():
                    partners.append(org)
                    break
            else:
                name = re.sub(r"\s*\([^)]*\)\s*$", "", bullet.group(1)).split("/")[0]
                acr = re.search(r"\(([^)]+)\)", bullet.group(1))
                s = body_start + bullet.start(1)
                partners.append(from_discovery(name, acr.group(1) if acr else None, s, s + len(name)))
    if not organisers:
        sesric = next((o for o in found if o.id == "sesric"), None)
        if sesric is not None:
            organisers.append(sesric)
    organisers_t = unique(organisers)
    return organisers_t, unique(partners, exclude=organisers_t)


def _bullet_block(body: str, pos: int):
    """The bullets that follow pos, up to the first line of prose after them."""
    for line in re.finditer(r"^.*$", body[pos:], re.MULTILINE):
        if not line.group(0).strip():
            continue
        bullet = BULLET.match(body, pos + line.start(), pos + line.end())
        if bullet is None:
            if line.start() > 0:
                return
            continue
        yield bullet


def _lead_event_type(body: str) -> str | None:
    lead = body[:400]
    return event_type_of(lead)


# «... في تنظيم الاجتماع الافتتاحي لشبكة ... (OIC-SMENET) بتاريخ»: the activity's own name.
_ACTIVITY_NAME = re.compile(
    r"((?:ال|لل)(?:اجتماع|إجتماع|ورشة|دورة|ندوة|منتدى|مؤتمر|زيارة|حفل|جلسة)[^()،.\n]{3,160}?)"
    r"\s*(?:\([^)]*\))?\s*(?:،|\.|بتاريخ|يوم|في\s+\d|في الفترة|خلال|الذي|التي|$)")


def _activity_name(body: str) -> str | None:
    """The activity's own name in the lead sentence, when the headline names none."""
    m = _ACTIVITY_NAME.search(body[:600])
    if m is None:
        return None
    name = m.group(1).strip()
    return clean_name("ال" + name[2:] if name.startswith("لل") else name)
