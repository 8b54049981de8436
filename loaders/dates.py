"""Find dates and date ranges in Arabic and English text, repairing PDF damage.

In:  text (Arabic-Indic or ASCII digits, Arabic or English month names).
Out: `DateSpan` values: ISO start and end, the character span, and a note
     when a damaged day had to be repaired. Nothing here raises on any text.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from loaders.arabic import fold, to_ascii_digits
from loaders.scan import Led, lead

# Month names as SESRIC writes them (Egyptian/Gulf forms) and the Levantine
# forms («كانون الثاني» January ...), plus English; all matched after fold().
_AR_MONTHS = {
    "يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "مايو": 5, "يونيو": 6, "يونيه": 6,
    "يوليو": 7, "يوليه": 7, "اغسطس": 8, "سبتمبر": 9, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    "كانون الثاني": 1, "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6, "تموز": 7,
    "اب": 8, "ايلول": 9, "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الاول": 12,
}
_EN_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_EN_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_EN_MONTHS["sept"] = 9
MONTHS = {**_AR_MONTHS, **_EN_MONTHS}

# Raw spellings for the regex: every alef/hamza form the texts use.
_ALEF = "[اأإآ]"
_AR_MONTH_RE = "|".join(sorted((
    "يناير", "فبراير", "مارس", f"{_ALEF}بريل", "مايو", "يونيو", "يونيه", "يوليو", "يوليه",
    f"{_ALEF}غسطس", "سبتمبر", f"{_ALEF}كتوبر", "نوفمبر", "ديسمبر",
    "كانون الثاني", "شباط", f"{_ALEF}ذار", "نيسان", f"{_ALEF}يار", "حزيران", "تموز",
    f"{_ALEF}يلول", f"تشرين {_ALEF}ل{_ALEF}ول", "تشرين الثاني", f"كانون {_ALEF}ل{_ALEF}ول",
), key=len, reverse=True))
_EN_MONTH_RE = "|".join(sorted(_EN_MONTHS, key=len, reverse=True))
_MONTH_NAMES = rf"(?:{_AR_MONTH_RE}|(?i:{_EN_MONTH_RE})\.?)(?![\u0600-\u06FFA-Za-z])"
# The names led by their first letters: a date pattern tries a month name after every number of a
# text, and the engine then fails at once where no name's letter follows instead of trying fifty names
# (the day-first dates of report 004: 5.4 -> 2.3 ms).
MONTH_RE = lead(re.compile(_MONTH_NAMES)) + _MONTH_NAMES
_SEP = r"\s*(?:-|–|—|/|\bو\s*|إلى|الى|حتى|(?i:to|and|until|till))\s*"
_YEAR = r"((?:19|20)\d\d)"
# "7th October 2025", "18th of November 2025", "November 18th, 2025": an English ordinal day.
_ORD = r"(?:(?i:st|nd|rd|th)(?![A-Za-z]))?"
_OF = r"(?:\s+(?i:of))?"

# "06 - 07 فبراير 2017", "28 فبراير - 02 مارس 2025", "30 ديسمبر 2024 - 2 يناير 2025",
# "04-01نوفمبر 2025" (no space before the month: 004 l.5), "7 October 2025".
# Each pattern leads with a lookahead on its first character: the regex engine then skips
# the positions that cannot start a date instead of trying the lookbehind and alternatives there.
_DAY_REST = (rf"{_ORD}(?:{_OF}\s*({MONTH_RE})(?:\s*،?\s*{_YEAR})?)?"
             rf"(?:{_SEP}(\d{{1,2}}){_ORD})?{_OF}\s*({MONTH_RE})\s*،?\s*(?:م\s*)?{_YEAR}(?![\d])")
_DAY_FIRST = Led(re.compile(rf"(?=\d)(?<![\d.])(\d{{1,2}}){_DAY_REST}"))
# The same pattern opening with a plain class, the lookbehind read after the first digit («(?<![\d.]\d)»: the
# character before it is no digit or point): the engine skips to the digits in C. Its scan (Led) checks a date
# at every digit and the match reads it again, so on parts under 1,024 characters this one is the quickest
# (the loaders' recorded calls: the scan 5.75 ms, the led pattern 4.36, this one 3.08).
_DAY_FIRST_PLAIN = re.compile(rf"(\d(?<![\d.]\d)\d?){_DAY_REST}")
_PLAIN_BELOW = 1024
# PDF extraction of a right-to-left line puts a date's parts in reverse order, the
# year glued to the month: «2025مايو  14-13» is 13-14 May 2025 (003 l.3),
# «2024نوفمبر  4» is 4 November 2024 (003 l.161).
_YEAR_FIRST = Led(re.compile(
    rf"(?=[12])(?<![\d.]){_YEAR}\s{{0,2}}({MONTH_RE})\s*(\d{{1,2}})(?:\s*[-–]\s*(\d{{1,2}}))?(?![\d.])"))
# "October 7, 2025", "February 6-7, 2017".
# Led: the engine skips to the letters a month name starts with (a case-blind lookahead kept it
# entering the pattern at every position).
_MONTH_FIRST = Led.leading(re.compile(
    rf"(?i:(?=[adfjmnos])\b({_EN_MONTH_RE})\.?)\s+(\d{{1,2}}){_ORD}(?:\s*(?:-|–|to)\s*(\d{{1,2}}){_ORD})?,?\s+{_YEAR}"))


_ANY_YEAR = re.compile(_YEAR)
# Days in each month of a common year; February gains a day in a leap year (calendar.monthrange reads the
# weekday of the first day too).
_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


@dataclass(frozen=True)
class DateSpan:
    """A date or date range found in text; `note` says what was repaired."""

    start: str
    end: str
    span: tuple[int, int]
    note: str | None = None


def month_number(word: str) -> int | None:
    """Return the month number of an Arabic or English month name.

    >>> month_number("أكتوبر"), month_number("Sept"), month_number("أيار")
    (10, 9, 5)
    """
    key = fold(word).rstrip(".")
    return MONTHS.get(key) or MONTHS.get(key.lower())


def _valid(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= _MONTH_DAYS[month] + (month == 2 and calendar.isleap(year))


def repair_day(text: str, year: int, month: int) -> tuple[int | None, str | None]:
    """Return a day that is a real date in that month, repairing reversed digits.

    PDF extraction reverses two-digit days: «40 فبراير» is the 4th, «80» is the
    8th. A day is repaired only when the reversed digits give the one valid day.

    >>> repair_day("40", 2025, 2)
    (4, "day '40' read as 04 (digits reversed in the source)")
    >>> repair_day("66", 2025, 4)
    (None, "day '66' is not a day of the month and cannot be repaired")
    >>> repair_day("7", 2025, 10)
    (7, None)
    """
    day = int(text)
    if _valid(year, month, day):
        return day, None
    if len(text) == 2 and _valid(year, month, int(text[::-1])):
        return int(text[::-1]), f"day {text!r} read as {text[::-1]} (digits reversed in the source)"
    return None, f"day {text!r} is not a day of the month and cannot be repaired"


def _iso(year: int, month: int, day: int) -> str:
    return f"{year:04d}-{month:02d}-{day:02d}"


def _range(d1: str, m1: int, y1: int, d2: str, m2: int, y2: int) -> tuple[str, str, str | None] | None:
    notes = []
    day1, note1 = repair_day(d1, y1, m1)
    day2, note2 = repair_day(d2, y2, m2)
    for note in (note1, note2):
        if note and note not in notes:
            notes.append(note)
    if day1 is None or day2 is None:
        return None if not notes else ("", "", "; ".join(notes))
    start, end = _iso(y1, m1, day1), _iso(y2, m2, day2)
    if start > end and (m1, y1) == (m2, y2):
        # "04-01 نوفمبر" and "26-25 مارس": a range written end first.
        notes.append(f"range {d1}-{d2} written end first; read as {day2}-{day1}")
        start, end = end, start
    elif start > end:
        return ("", "", f"range ends before it starts ({start} > {end})")
    return start, end, "; ".join(notes) or None


def find_dates(text: str) -> list[DateSpan]:
    """Return every date or date range in text, in order; damaged ones carry a note.

    A range whose day cannot be repaired is returned with empty start/end and
    the note, so the caller can warn instead of guessing.

    >>> [(d.start, d.end) for d in find_dates("بين 06 و 07 فبراير 2017 في إسطنبول")]
    [('2017-02-06', '2017-02-07')]
    >>> [(d.start, d.end) for d in find_dates("من 28 فبراير إلى 2 مارس ٢٠٢٥")]
    [('2025-02-28', '2025-03-02')]
    >>> [(d.start, d.end) for d in find_dates("held on October 7, 2025 in Baku")]
    [('2025-10-07', '2025-10-07')]
    >>> [(d.start, d.end) for d in find_dates("في أنقرة. 2025مايو  14-13للجنة المتابعة")]
    [('2025-05-13', '2025-05-14')]
    >>> [(d.start, d.end) for d in find_dates("on Tuesday, 18th of November 2025 and on 3rd-4th May 2026")]
    [('2025-11-18', '2025-11-18'), ('2026-05-03', '2026-05-04')]
    """
    text = to_ascii_digits(text)
    found: list[DateSpan] = []
    years = [m.start() for m in _ANY_YEAR.finditer(text)]
    if not years:
        return found  # every form above ends or starts with a year
    for m in (_DAY_FIRST_PLAIN.finditer(text) if len(text) < _PLAIN_BELOW else _DAY_FIRST.finditer(text)):
        d1, mon1, y1, d2, mon2, y2 = m.groups()
        month2, year2 = month_number(mon2), int(y2)
        month1 = month_number(mon1) if mon1 else month2
        year1 = int(y1) if y1 else (year2 if month1 <= month2 else year2 - 1)
        if month1 is None or month2 is None:
            continue
        result = _range(d1, month1, year1, d2 or d1, month2, year2) if d2 else \
            _range(d1, month1, year1, d1, month1, year1)
        if result is not None:
            found.append(DateSpan(result[0], result[1], m.span(), result[2]))
    for m in _year_first(text, years):
        if any(s.span[0] <= m.start() < s.span[1] or m.start() <= s.span[0] < m.end() for s in found):
            continue
        year, mon, d1, d2 = m.groups()
        month = month_number(mon)
        result = _range(d1, month, int(year), d2 or d1, month, int(year))
        if result is not None:
            note = "date written year first (reversed by PDF extraction)"
            found.append(DateSpan(result[0], result[1], m.span(), "; ".join(n for n in (note, result[2]) if n)))
    for m in _MONTH_FIRST.finditer(text):
        if any(s.span[0] <= m.start() < s.span[1] for s in found):
            continue
        mon, d1, d2, year = m.groups()
        month = month_number(mon)
        result = _range(d1, month, int(year), d2 or d1, month, int(year))
        if result is not None:
            found.append(DateSpan(result[0], result[1], m.span(), result[2]))
    return sorted(found, key=lambda d: d.span)


def _year_first(text: str, years: list[int]) -> list[re.Match]:
    """What `_YEAR_FIRST.finditer(text)` yields, read only where a year starts (years: the starts of the
    `_ANY_YEAR` matches of text, in order).

    A year-first date starts with a year that follows no digit: no earlier `_ANY_YEAR` match can hold its
    first digit (that match would hold the digit before it too), so it is one of those starts.
    """
    found = []
    after = 0
    match = _YEAR_FIRST.match
    for at in years:
        if at >= after:
            m = match(text, at)
            if m is not None:
                found.append(m)
                after = m.end()
    return found
