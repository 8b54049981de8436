"""Finding dates in Arabic and English text, and repairing what PDF extraction did to them."""
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.dates import find_dates, month_number, repair_day

_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
AR_MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
             "نوفمبر", "ديسمبر"]


def _dates(text):
    return [(d.start, d.end) for d in find_dates(text)]


def test_a_day_range_sharing_one_month_is_read_whole():
    assert _dates("عقد في الفترة 06 - 07 فبراير 2017 في إسطنبول") == [("2017-02-06", "2017-02-07")]


def test_a_range_written_end_first_is_read_in_order_and_says_so():
    found = find_dates("المقرر عقده يومي 14-13 مايو 2025 في أنقرة")
    assert [(d.start, d.end) for d in found] == [("2025-05-13", "2025-05-14")]
    assert "end first" in found[0].note


def test_a_date_displaced_by_pdf_extraction_is_read_year_first():
    # 003 l.3 and l.161: the year is glued to the month and the day comes after it.
    assert _dates("في أنقرة. 2025مايو  14-13للجنة المتابعة") == [("2025-05-13", "2025-05-14")]
    assert _dates("على هامش الدورة،  2024نوفمبر  4بانعقاد اجتماع") == [("2024-11-04", "2024-11-04")]
    assert "year first" in find_dates("2024نوفمبر  4بانعقاد")[0].note


def test_reversed_day_digits_are_repaired_only_when_one_reading_is_a_date():
    assert repair_day("40", 2025, 2)[0] == 4
    assert repair_day("66", 2025, 4)[0] is None
    assert repair_day("31", 2025, 4) == (13, "day '31' read as 13 (digits reversed in the source)")


def test_a_day_that_cannot_be_repaired_is_reported_not_guessed():
    found = find_dates("في 15-66 أبريل 2025")
    assert found and found[0].start == "" and "cannot be repaired" in found[0].note


def test_a_month_and_a_year_without_a_day_give_no_date():
    assert _dates("ستعقد الاجتماعات في مايو 2025 وفي عام 2024") == []


def test_english_dates_are_read_day_first_and_month_first():
    assert _dates("held on 21 May 2025 in Ankara") == [("2025-05-21", "2025-05-21")]
    assert _dates("held on September 29-30, 2024") == [("2024-09-29", "2024-09-30")]


def test_levantine_month_names_are_months():
    assert month_number("أيلول") == 9 and month_number("تشرين الثاني") == 11


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list("0123456789٠١٢٣ -–/و(") + AR_MONTHS
                                + ["إلى", "\n", "،", "May", "2025", "2024مايو", "أيلول", "October 7,"]),
                max_size=40).map("".join))
def test_find_dates_never_raises_on_any_text(text):
    for found in find_dates(text):
        assert found.start <= found.end or not found.start
        assert 0 <= found.span[0] < found.span[1] <= len(text)


@given(st.text(max_size=200))
def test_find_dates_never_raises_on_arbitrary_unicode(text):
    find_dates(text)


@settings(max_examples=200, deadline=None)
@given(day=st.integers(1, 25), length=st.integers(0, 3), month=st.integers(1, 12), year=st.integers(1990, 2035),
       year_first=st.booleans())
def test_arabic_indic_digits_give_the_same_dates_as_ascii(day, length, month, year, year_first):
    days = f"{day}-{day + length}" if length else f"{day}"
    name = AR_MONTHS[month - 1]
    ascii_text = f"{year}{name}  {days}للجنة" if year_first else f"عقد في {days} {name} {year} في أنقرة"
    indic_text = ascii_text.translate(_INDIC)
    expected = (f"{year:04d}-{month:02d}-{day:02d}", f"{year:04d}-{month:02d}-{day + length:02d}")
    assert _dates(ascii_text) == [expected]
    assert _dates(indic_text) == [expected]
    assert [d.span for d in find_dates(indic_text)] == [d.span for d in find_dates(ascii_text)]


def test_english_ordinal_days_are_read_with_or_without_of():
    assert _dates("The seminar took place on Wednesday, 2nd April 2025 at the SESRIC headquarters.") == [
        ("2025-04-02", "2025-04-02")]
    assert _dates("held from the 21st of January 2024 in Jeddah") == [("2024-01-21", "2024-01-21")]
    assert _dates("on March 3rd, 2026") == [("2026-03-03", "2026-03-03")]
    assert _dates("during 11th-13th June 2024") == [("2024-06-11", "2024-06-13")]


def test_an_ordinal_that_is_not_a_day_gives_no_date():
    assert _dates("the 41st Session of the COMCEC in 2025") == []
    assert _dates("its 3rd edition, 2024") == []


_DATE_PIECES = st.sampled_from(["06", " - ", "07", " فبراير ", "2017", "2025", "3", "1.", "5", "rd", "th", " of ",
                                " October ", "May", "،", " و ", "04-01", "نوفمبر", " م ", "x", ".", "12", "٢",
                                "30 ديسمبر 2024 - 2 يناير 2025", "7th October 2025", "\n"])


@settings(max_examples=500, deadline=None, derandomize=True, database=None)
@given(st.lists(_DATE_PIECES, max_size=16).map("".join), st.integers(0, 20))
def test_the_plain_day_first_pattern_finds_what_the_led_one_finds(text, pos):
    """_DAY_FIRST_PLAIN opens with a plain class, its lookbehind read after the first digit: the same dates."""
    from loaders.dates import _DAY_FIRST, _DAY_FIRST_PLAIN
    assert [(m.span(), m.groups()) for m in _DAY_FIRST_PLAIN.finditer(text, pos)] == \
           [(m.span(), m.groups()) for m in _DAY_FIRST.full.finditer(text, pos)]


_MORE_PIECES = st.sampled_from(["2025مايو", "2024نوفمبر  4", " 14-13", "19", "20", "1920", "192025", ".2025", "October 7, ",
                                "February 6-7, 2017", "Sept. 3rd to 4th, 2026", " June ", "7,", "  ", "مارس", "8-"])


@settings(max_examples=500, deadline=None, derandomize=True, database=None)
@given(st.lists(st.one_of(_DATE_PIECES, _MORE_PIECES), max_size=16).map("".join))
def test_year_first_dates_read_at_the_years_are_those_the_scan_finds(text):
    """_year_first tries _YEAR_FIRST only where an _ANY_YEAR match starts: the same matches as its finditer."""
    from loaders.dates import _ANY_YEAR, _YEAR_FIRST, _year_first
    years = [m.start() for m in _ANY_YEAR.finditer(text)]
    assert [(m.span(), m.groups()) for m in _year_first(text, years)] == \
           [(m.span(), m.groups()) for m in _YEAR_FIRST.full.finditer(text)]


def test_the_days_of_a_month_are_those_of_the_calendar():
    import calendar
    from loaders.dates import _valid
    for year in range(1896, 2105):
        for month in range(0, 14):
            last = calendar.monthrange(year, month)[1] if 1 <= month <= 12 else 0
            assert [_valid(year, month, day) for day in range(-1, 34)] == [1 <= day <= last for day in range(-1, 34)]
