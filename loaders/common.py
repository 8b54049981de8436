"""What every loader reads the same way: activity kinds, counts, venues, names.

In:  a piece of text (a title, a sentence, a venue line).
Out: the contract's values: an event_type, participant counts, a city and
     country, an organisation name as written.
"""
from __future__ import annotations

import re
from functools import lru_cache

from loaders.arabic import fold, to_ascii_digits
from loaders.numbers import has_number_words, number_spans, spell_digits
from loaders.registry import Registry
from loaders.scan import Led

# Words that name the kind of an activity, most specific first; matched on
# folded text (alef/hamza/ta-marbuta unified), so «ورشة عمل» is «ورشه عمل».
EVENT_TYPE_CUES: tuple[tuple[str, str], ...] = (
    ("ندوه عبر الانترنت", "webinar"), ("ندوه الكترونيه", "webinar"), ("ندوه افتراضيه", "webinar"),
    ("ويبينار", "webinar"), ("webinar", "webinar"),
    ("فعاليه جانبيه", "side_event"), ("حدث جانبي", "side_event"), ("side event", "side_event"),
    ("زياره دراسيه", "study_visit"), ("study visit", "study_visit"),
    ("زياره تقنيه", "study_visit"), ("technical visit", "study_visit"),
    ("دوره تدريبيه", "training_course"), ("دورات تدريبيه", "training_course"),
    ("دوره احصاييه", "training_course"), ("برنامج تدريبي", "training_course"),
    ("training course", "training_course"), ("training programme", "training_course"),
    ("training program", "training_course"),
    ("ورشه عمل", "workshop"), ("ورشه", "workshop"), ("workshop", "workshop"),
    ("حلقه نقاش", "panel"), ("جلسه نقاش", "panel"), ("panel", "panel"),
    ("ندوه", "seminar"), ("seminar", "seminar"),
    ("منتدي", "forum"), ("forum", "forum"),
    ("موتمر", "conference"), ("conference", "conference"), ("summit", "conference"),
    ("حفل", "ceremony"), ("ceremony", "ceremony"),
    ("اجتماع", "meeting"), ("لقاء", "meeting"), ("يلتقي", "meeting"), ("تلتقي", "meeting"),
    ("meeting", "meeting"), ("meets", "meeting"),
    ("جلسه", "session"), ("دوره", "session"), ("session", "session"),
    ("زياره", "visit"), ("visit", "visit"),
    # a mission to a member state («بعثة فنية», 'a technical mission'; blind-6 call 6): not a study visit, which
    # brings member-country staff to learn
    ("بعثه فنيه", "visit"), ("بعثه تقنيه", "visit"), ("بعثه ميدانيه", "visit"), ("technical mission", "visit"),
    ("assessment mission", "visit"), ("fact-finding mission", "visit"),
)

# The definite forms of the Arabic two-word cues: «الدورة التدريبية» the training course, «الفعالية
# الجانبية» the side event (the article on the noun is matched already, the adjective's is not).
EVENT_TYPE_CUES = tuple(pair for cue, kind in EVENT_TYPE_CUES for pair in (
    ((cue, kind), (re.sub(r"^(\S+) ([\u0600-\u06FF]+)", r"\1 ال\2", cue), kind))
    if re.match(r"^[\u0600-\u06FF]+ [\u0600-\u06FF]+$", cue) else ((cue, kind),)))


@lru_cache(maxsize=4096)
def event_type_of(text: str) -> str | None:
    """Return the contract's event_type named by text (a title), or None.

    >>> event_type_of("ورشة عمل حول الإحصاءات"), event_type_of("Training Course on SDGs")
    ('workshop', 'training_course')
    >>> event_type_of("تقرير سنوي") is None
    True
    >>> event_type_of("الدورة التدريبية للمدربين"), event_type_of("الفعالية الجانبية")
    ('training_course', 'side_event')
    >>> event_type_of("سلسلة حول التمويل الاجتماعي الإسلامي") is None, event_type_of("عقد اجتماعين تنسيقيين")
    (True, 'meeting')
    """
    folded = fold(text)
    for cue, kind in EVENT_TYPE_CUES:
        if re.search(rf"(?:^|\s|[وبلف]|ال|لل){re.escape(cue)}{NO_NISBA if cue.endswith('اجتماع') else ''}", folded):
            return kind
    return None


# «اجتماع» (meeting) is no cue inside the adjective made from it: «التمويل الاجتماعي» (social finance),
# «الحماية الاجتماعية» (social protection) name no meeting («اجتماعا», «اجتماعات», «اجتماعين» two meetings, still do).
NO_NISBA = "(?!ي(?!ن))"


# «68 خبيرا ومسؤولا تنفيذيا من 37 بلدا», «بمشاركة 25 مشاركا», «45 participants from 20 countries»;
# the activity-report forms too (004): «183 مهنييا» professionals, «94 من صناع السياسات» policy
# makers, «30 من كبار ممثلي» senior representatives, «45 جهة اتصال» focal points, «60ممثل»
# (the space lost), «في 14 بلدا» in 14 countries, «يمثلون 20 بلدا» representing 20 countries.
# Who attends named by what they are: «150 شابا وشابة» young men and women, «22 إطارا» staff (cadres),
# «30 من رائدات الأعمال» women entrepreneurs, «40 طالبا» students, "40 young people", "30 students".
_PEOPLE = (r"(?:مشارك|خبير|خبراء|مسؤول|ممثل|متدرب|متخصص|مختص|موظف|شخص|مهني|باحث|صناع|صانع|ممارس|أكاديمي|اكاديمي|مندوب"
           # «34 إحصائيا» statisticians, «20 مفتشا» inspectors, «15 مدققا» auditors
           r"|إحصائي|احصائي|مفتش|مدقق"
           r"|شاب|إطار|اطار|رائد|رواد|طالب|طلاب|young\s+(?:people|professionals|men|women)|students?|youths?"
           r"|جه[ةه]\s+اتصال|participants?|experts?|officials?|trainees?|representatives?|delegates?"
           r"|professionals?|researchers?|policy\s*-?makers?|practitioners?|specialists?|focal\s+points?)")
_COUNTRIES = r"(?:بلد|بلدا|بلدان|دول|دوله|دولة|countries|member countries|member states|states)"
# Led by a digit: the lookbehind first kept the engine entering the pattern at every position.
_PARTICIPANTS = Led(re.compile(rf"(?=\d)(?<![\d.])(\d[\d,]*)\s*(?:من\s+)?(?:كبار\s+)?(?:ال)?{_PEOPLE}", re.IGNORECASE))
# The same pattern opening with a plain class, the lookbehind read after the first digit («(?<![\d.]\d)»): the
# engine skips to the digits in C, quicker than the Led on every length of the loaders' texts (the 632 recorded
# find_counts texts with a digit: Led 6.42 ms, this 5.60; over 1,000 characters 1.76 and 1.59).
_PARTICIPANTS_PLAIN = re.compile(rf"(\d(?<![\d.]\d)[\d,]*)\s*(?:من\s+)?(?:كبار\s+)?(?:ال)?{_PEOPLE}", re.IGNORECASE)
# (?=[…]): the first letters of the cue words, so the alternation is tried only where one stands
_COUNTRY_COUNT = Led(re.compile(rf"(?=[مفعيتfira])(?:من|في|عن|يمثلون|تمثل|from|in|representing|across)\s+"
                            r"(?:the\s+[A-Z][\w-]*['’]s\s+|its\s+|their\s+)?"  # "from the Bank's 57 member countries"
                            # an approximate count: "from over 30 countries", «من أكثر من 30 دولة»
                            r"(?:(?:over|more\s+than|about|around|some|nearly|almost|approximately|أكثر\s+من|اكثر\s+من"
                            r"|نحو|حوالي)\s+)?"
                            rf"(?!(?:19|20)\d\d\b)(\d+)\s+(?:من\s+)?"  # not a year: "in 2024 the OIC member countries"
                            # up to three words between: "from 6 West African OIC member countries"
                            rf"(?:[A-Za-z-]+\s+){{0,3}}?(?:ال)?{_COUNTRIES}", re.IGNORECASE))


# A number written in words ("eight officials", «ثمانية مسؤولين», "Twenty-six", «ستة وعشرون», "one hundred and
# twenty") is read by loaders.numbers, and read back from the noun it counts: most texts name none of the nouns.
_WORD = re.compile(r"[^\s\-]+")


def _number_before(text: str, end: int, digits: bool = False, skip: int = 0) -> tuple[int, int] | None:
    """(number, where it starts) written in words (or, with `digits`, in digits) right before text[end:], over at
    most `skip` other Latin words ("seven OIC member countries"); None when there is none.

    Only the 70 characters before `end` are read (loaders.numbers.number_spans on them): the number ends there.
    """
    if end and not text[end - 1].isspace() and text[end - 1] != "-":
        return None
    start = max(0, end - 70)
    numbers = {start + e: (value, start + s) for s, e, value in number_spans(text[start:end])}
    for w in reversed(list(_WORD.finditer(text, start, end))):
        word = w.group(0)
        if w.end() in numbers:
            return numbers[w.end()]
        if digits and word.isdigit():
            return int(word), w.start()
        if not (skip and word.isascii() and word.isalpha()):
            return None
        skip -= 1
    return None


# Whose number it is: people named by their trade count as the audience ("Twenty-six auditors took part",
# «ستة وعشرون مدققا»), as do the members of a visiting delegation ("the nine-member delegation").
_PROFESSIONS_EN = (r"statisticians|auditors|accountants|economists|engineers|inspectors|analysts|bankers|teachers"
                   r"|lecturers|academics|journalists|students|managers|employees|staff\s+members|entrepreneurs"
                   r"|farmers|judges|diplomats|doctors|nurses|physicians|counsellors|counselors|advisers|advisors|planners"
                   r"|instructors|officers|staff")
_PROFESSIONS_AR = (r"(?:إحصائي|احصائي|مدقق|محاسب|اقتصادي|مهندس|مفتش|محلل|معلم|أستاذ|صحفي|طالب|مدير|قاض|دبلوماسي|طبيب|مرشد|مستشار"
                   r")(?:ين|ا|ون)")
_WORD_PEOPLE = re.compile(
    # «خمس وعشرون من رائدات الأعمال» (twenty-five of the women entrepreneurs): the number may count them "of"
    r"(?<![\w\u0600-\u06FF])(?:senior\s+|young\s+|من\s+)?"
    r"(?:(?:ال)?(?:مشاركين|مسؤولين|متدربين|موظفين|مندوبين|مشاركا|مسؤولا|متدربا|موظفا|مندوبا"
    r"|خبيرا|خبراء|شابا|شباب|رائدات|رواد|إطارا|اطارا|إطارات"
    r"|(?:مشارك|مسؤول|متدرب|موظف|مندوب)(?:ة|ه|ات)|" + _PROFESSIONS_AR + ")(?![\u0621-\u064A])"  # «مشاركا،» ends
    r"|(?:participants|officials|trainees|delegates|professionals|" + _PROFESSIONS_EN + r")\b"
    r"|(?P<member>(?:member|strong)\s+(?:delegation|team|mission|group)\b))", re.IGNORECASE)
_WORD_PEOPLE_NOUN = Led.leading(re.compile(
    r"مشارك|مسؤول|متدرب|موظف|مندوب|خبير|خبراء|شاب|رائد|رواد|إطار|اطار|participants|officials|trainees|delegates"
    r"|professionals|-member\s|-strong\s|" + _PROFESSIONS_EN + "|" + _PROFESSIONS_AR, re.IGNORECASE))
# _WORD_PEOPLE_NOUN read part by part (the text between white space, as str.split cuts it): no noun holds white
# space, so a part holds one or not, whatever stands around it; only "-member" and "-strong" need the white space
# after them (a part that ends so, and is not the text's last or the text ends with white space). The parts read so
# far, those that hold a noun and those that end so are kept (sets: words repeat, one pass in C per text).
_PEOPLE_END = re.compile(r"-(?:member|strong)\Z", re.IGNORECASE)
_PEOPLE_READ: set[str] = set()
_PEOPLE_IN: set[str] = set()
_PEOPLE_ENDS: set[str] = set()
_PEOPLE_MAX = 200_000


def _names_people(text: str) -> bool:
    """True when _WORD_PEOPLE_NOUN finds a people noun in text (bool of its search).

    >>> _names_people("Twenty-six auditors took part"), _names_people("a nine-member delegation"), _names_people("9-member")
    (True, True, False)
    """
    parts = text.split()
    if not _PEOPLE_IN.isdisjoint(parts):
        return True
    if not _PEOPLE_READ.issuperset(parts):
        new = set(parts).difference(_PEOPLE_READ)
        if len(_PEOPLE_READ) + len(new) > _PEOPLE_MAX:
            _PEOPLE_READ.clear()  # bound the memory over a very large corpus
            _PEOPLE_IN.clear()
            _PEOPLE_ENDS.clear()
            new = set(parts)
        found = False
        for part in new:
            _PEOPLE_READ.add(part)
            if _WORD_PEOPLE_NOUN.full.search(part):
                _PEOPLE_IN.add(part)
                found = True
            elif _PEOPLE_END.search(part):
                _PEOPLE_ENDS.add(part)
        if found:
            return True
    if _PEOPLE_ENDS.isdisjoint(parts):
        return False
    return not _PEOPLE_ENDS.isdisjoint(parts[:-1]) or (parts[-1] in _PEOPLE_ENDS and text[-1].isspace())


# The members of a delegation, in words or digits: "a delegation of nine members", «وفد مكون من تسعة أعضاء»,
# «وفدا يضم 12 عضوا» (and "a 12-member delegation", read with the people above).
_MEMBERS = Led.leading(re.compile(r"\b(?:members|officials|people|persons|representatives)\b"
                      r"|(?<![\u0600-\u06FF])(?:أعضاء|اعضاء|عضوا|أشخاص|مسؤولين)(?![\u0621-\u064A])", re.IGNORECASE))
_DELEGATION_BEFORE = re.compile(
    r"\b(?:delegation|team|mission)\s+(?:of|comprising|composed\s+of|consisting\s+of|made\s+up\s+of)\s+$"
    r"|(?<![\u0600-\u06FF])(?:ال)?وفد(?:ا|ه)?\s+(?:(?:مكون|مكونا|مؤلف|مؤلفا|يتألف|يتكون|يضم|ضم)\s+)?(?:من\s+)?$",
    re.IGNORECASE)
# Countries counted in words: «من عشرة بلدان», "of seven OIC member countries", "from twelve countries".
# (Letters only around the noun: «دول،» ends at the Arabic comma, which the Arabic block U+0600-U+06FF holds.)
_COUNTRY_NOUN = re.compile(r"(?<![\w\u0621-\u064A])(?:ال)?(?:بلدان|بلدا|بلد|دول|دولة|countries|states)"
                           r"(?![\w\u0621-\u064A])", re.IGNORECASE)
_COUNTRY_CUE_BEFORE = re.compile(r"(?<![\w\u0600-\u06FF])(?:من|في|يمثلون|from|in|representing|across|of)\s+$",
                                 re.IGNORECASE)
_COUNTRY_WORDS = ("countries", "states", "Countries", "States", "بلد", "دول")


def _word_countries(text: str, words: bool | None = None) -> int | None:
    """Countries counted in words; words says whether text has number words (has_number_words), when known."""
    if not _has(text, _COUNTRY_WORDS):
        return None
    if not (has_number_words(text) if words is None else words):
        return None
    for m in _COUNTRY_NOUN.finditer(text):
        found = _number_before(text, m.start(), skip=4)  # "six West African OIC member countries"
        if found and _COUNTRY_CUE_BEFORE.search(text, max(0, found[1] - 20), found[1]):
            return found[0]
    return None


# "delivered by two senior auditors from …", «قدمها ثلاثة مدققين»: the presenters, not the audience
# ("attended by thirty officials" is).
_BY_BEFORE = re.compile(r"(?:\b(?:delivered|presented|conducted|given|led|facilitated|taught|moderated|run)\s+by"
                        r"|(?<![\u0600-\u06FF])(?:قدم|ألقى|القى|أدار|ادار)(?:ت|ه|ها|ته|تها)?)\s+$", re.IGNORECASE)
# People counted with the words that say what they do: "62 customs and trade officials", "45 senior
# government officials" (up to three lower-case words between the number and the people noun; not a
# year, not "million").
_MODIFIED_PEOPLE = Led(re.compile(
    r"(?=\d)(?<![\d.,])(?!(?:19|20)\d\d\b)(\d[\d,]*)\s+(?:(?!million|billion|thousand|of|from|in)[a-z][a-z-]*\s+){1,3}?"
    r"(?:participants|officials|experts|trainees|representatives|delegates|professionals|specialists"
    r"|practitioners|policy\s*-?makers|leaders|officers)\b"))
# A part of a group, after a verb that gathers people: «جمع المنتدى أكثر من 300 من قادة الشباب» (the
# forum brought together more than 300 of the youth leaders), «وضم الوفد سبعة من المهندسين» (the
# delegation comprised seven engineers): whoever they are, they are the audience; not countries, institutions or
# things («20 من الدول», «من المؤسسات», «من المشاريع»).
_GATHERED_PART = Led(re.compile(
    r"(?=[وجضاحب])(?<![\u0600-\u06FF])و?(?:جمع|جمعت|ضم|ضمت|استقطب|استقطبت|حضره|حضرها|بمشاركة|شارك\s+في\S*)\s+"
    r"(?:[^\s\d.،,]+\s+){0,3}?(\d[\d,]*)\s+من\s+(?!(?:ال)?(?:بلد|بلاد|دول|بين|مؤسس|منظم|هيئ|جهات|وزار|مكاتب|مراكز|مؤشر|مشاريع|مشروع|دورات|ورش"
    r"|أنشط|انشط|شركات|بنوك|جامعات|معاهد|مدن|أقاليم|اقاليم))(?:ال)?[\u0600-\u06FF]{3,}"))
_DIGIT = re.compile(r"\d")


def find_counts(text: str) -> tuple[int | None, int | None]:
    """Return (participants, participant_countries) stated in text.

    >>> find_counts("بمشاركة 68 خبيرا ومسؤولا تنفيذيا من 37 بلدا")
    (68, 37)
    >>> find_counts("attended by ٤٥ participants from 20 countries")
    (45, 20)
    >>> find_counts("لصالح 47 خبيرا من مكاتب الإحصاء الوطنية في 14 بلدا عضوا")
    (47, 14)
    >>> find_counts("brought together 94 policy makers from 15 OIC member countries")
    (94, 15)
    >>> find_counts("في عام 2025")
    (None, None)
    >>> find_counts("for a delegation of eight officials"), find_counts("بمشاركة أكثر من 130 مندوبا")
    ((8, None), (130, None))
    """
    if not text.isascii():
        text = to_ascii_digits(text)
    words: list[bool] = []  # whether text has number words, once asked: _in_words and _word_countries ask alike
    if not _DIGIT.search(text):
        people = _in_words(text, words, digits=False)
        return people, (_word_countries(text, words[0] if words else None) if people is not None else None)
    people = _PARTICIPANTS_PLAIN.search(text) or (_MODIFIED_PEOPLE.search(text) if _has(text, _MODIFIED_NOUNS) else None)
    countries = _COUNTRY_COUNT.search(text) or (_countries_of_people(text) if _has(text, _COUNTRY_NOUNS) else None)
    people = int(people.group(1).replace(",", "")) if people else _in_words(text, words, digits=True)
    return people, (int(countries.group(1)) if countries else
                    _word_countries(text, words[0] if words else None) if people is not None else None)


def counts_anything(text: str) -> bool:
    """Whether find_counts(text) finds anything (is not (None, None)), the cheap patterns asked first.

    sesric_news keeps a story's sentence count only when the story read whole counts someone: most stories
    do, in digits, where find_counts would go on to read the countries and the words all the same.

    >>> counts_anything("بمشاركة 68 خبيرا"), counts_anything("في عام 2025"), counts_anything("for a delegation of eight officials")
    (True, False, True)
    """
    if not text.isascii():
        text = to_ascii_digits(text)  # as find_counts reads it
    if not _DIGIT.search(text):
        return _in_words(text, digits=False) is not None
    return bool(_PARTICIPANTS_PLAIN.search(text) or _COUNTRY_COUNT.search(text)
                or _has(text, _MODIFIED_NOUNS) and _MODIFIED_PEOPLE.search(text)
                or _has(text, _COUNTRY_NOUNS) and _countries_of_people(text)
                or _in_words(text, digits=True) is not None)


# Plain words a pattern cannot match without (`in` on the text is much cheaper than a regex scan).
_MODIFIED_NOUNS = ("participants", "officials", "experts", "trainees", "representatives", "delegates",
                   "professionals", "specialists", "practitioners", "makers", "leaders", "officers")
_COUNTRY_NOUNS = ("countries", "states", "Countries", "States")
_GATHER_STEMS = ("جمع", "ضم", "استقطب", "حضر", "بمشاركة", "شارك")


def _has(text: str, words: tuple[str, ...]) -> bool:
    return any(w in text for w in words)


# "representatives of the national authorities of 19 OIC member countries": "of N countries" counts the
# countries of the people named before it (not "one of the 57 member states": a number right after "of").
_OF_COUNTRIES = re.compile(r"\bof\s+(\d+)\s+(?:[A-Za-z-]+\s+){0,2}?(?:countries|member\s+states)\b", re.IGNORECASE)
_PEOPLE_BEFORE = re.compile(_PEOPLE + "|" + _PROFESSIONS_EN, re.IGNORECASE)


def _countries_of_people(text: str) -> re.Match | None:
    m = _OF_COUNTRIES.search(text)
    if m is None or not _PEOPLE_BEFORE.search(text, max(0, m.start() - 200), m.start()):
        return None
    return m


def _in_words(text: str, asked: list[bool] | None = None, digits: bool | None = None) -> int | None:
    """A number of participants written in words ("eight officials"), or None; appends to asked whether text
    has number words. digits says whether text holds a digit (\\d), when known."""
    words = has_number_words(text)  # most texts write no number in words: their spans are read only when needed
    if asked is not None:
        asked.append(words)
    if digits is None:
        digits = _DIGIT.search(text) is not None
    # a part gathered counts in digits: none without a digit or a number word
    if (words or digits) and "من" in text and _has(text, _GATHER_STEMS):
        part = _GATHERED_PART.search(spell_digits(text) if words else text)
        if part is not None:
            return int(part.group(1).replace(",", ""))
    if (words or digits) and ("elegation" in text or "team" in text or "mission" in text or "وفد" in text):
        for m in _MEMBERS.finditer(text):
            found = _number_before(text, m.start(), digits=True)
            if found and _DELEGATION_BEFORE.search(text, max(0, found[1] - 50), found[1]):
                return found[0]
    if not (words or "-member" in text or "-strong" in text):
        return None
    if _names_people(text):  # the nouns first: most texts name none
        for m in _WORD_PEOPLE.finditer(text):
            found = _number_before(text, m.start(), digits=m.group("member") is not None)
            if found is None and m.group("member") is None and m.group().isascii():
                found = _number_over_modifiers(text, m.start())
            if found and not _BY_BEFORE.search(text, max(0, found[1] - 30), found[1]):
                return found[0]
    if words and _TOOK_PART.search(text):
        for m in _WORD_ATTENDEES.finditer(text):
            found = _number_before(text, m.start())
            if found and not _BY_BEFORE.search(text, max(0, found[1] - 30), found[1]):
                return found[0]
    return None


# Who also speak or present when a page names them («ممثلو الوزارة», 'two representatives of the Bank presented'), or
# whom a page speaks of (young people): counted in words only when the text says they took part — "Some sixty
# representatives of … took part", "Eighty young people attended", «وشارك نحو خمسين ممثلا عن …».
_WORD_ATTENDEES = Led.leading(re.compile(
    r"\b(?:representatives|young\s+(?:people|men\s+and\s+women|women\s+and\s+men)|youths"
    r"|youth\s+participants)\b|(?<![\u0600-\u06FF])(?:ممثلا|ممثلين|ممثلون)(?![\u0600-\u06FF])", re.IGNORECASE))
_TOOK_PART = Led.leading(re.compile(
    r"\b(?:took\s+part|take\s+part|attended|participated|joined\s+(?:the|it)\b|were\s+trained)"
    r"|(?<![\u0600-\u06FF])و?(?:شارك|شاركت|حضر|حضرت|حضره|حضرها|بمشاركة)(?![\u0600-\u06FF])", re.IGNORECASE))


# At most two lower-case words that say what people do, between the number and the noun: "Thirty-four labour
# statisticians", "Nineteen national accounts staff" (not "Two SESRIC staff": a name is not a trade).
_MODIFIERS = re.compile(r"(?:(?<=\s)[a-z][a-z-]*\s+){1,2}$")


def _number_over_modifiers(text: str, end: int) -> tuple[int, int] | None:
    m = _MODIFIERS.search(text, max(0, end - 40), end)
    if m is None:
        return None
    words = list(re.finditer(r"[a-z][a-z-]*\s+", text[m.start():end]))
    for w in reversed(words):  # the nearest first: "twenty four labour staff" is read over one word
        found = _number_before(text, m.start() + w.start())
        if found is not None:
            return found
    return None


# Cues of an activity held online, folded like the text they are looked for in
# («المرئي» visual folds to «المريي»): via the internet, virtual, remotely, by video.
_ONLINE = tuple(fold(cue) for cue in (
    "عبر الانترنت", "افتراضي", "عن بعد", "online", "virtual", "zoom", "عبر تقنية الاتصال المرئي",
    "عبر الاتصال المرئي", "عبر الفيديو", "video conference", "videoconference", "video-conference"))
# A cheap first look on the raw text: no stem of a cue, no need to fold a long sentence.
_ONLINE_STEMS = Led(re.compile(r"(?=[نفعاovz])(?:نترنت|فتراض|عن\s*ب[\u064B-\u0652]?عد|المرئي|الفيديو|online|virtual|zoom|video)",
                           re.IGNORECASE))


def is_online(text: str) -> bool:
    """True when text says the activity was held online.

    >>> is_online("عبر الإنترنت"), is_online("Online"), is_online("أنقرة - تركيا")
    (True, True, False)
    >>> is_online("عبر تقنية الاتصال المرئي"), is_online("via video conference"), is_online("عن بُعد")
    (True, True, True)
    """
    if not _ONLINE_STEMS.search(text):
        return False
    folded = fold(text)
    return any(cue in folded for cue in _ONLINE)


def find_place(text: str, registry: Registry) -> tuple[str | None, str | None]:
    """Return (city in English, country ISO3) named in a venue text.

    >>> from loaders.registry import default_registry
    >>> find_place("باكو - أذربيجان", default_registry())
    ('Baku', 'AZE')
    """
    folded = f" {fold(text)} "
    cities, countries = _place_patterns(registry)
    city = country = None
    best = 0
    for size, pattern, entry in cities:
        if size > best and pattern.search(folded):
            city, best = entry.name_en, size
            country = entry.get("country")
    best = 0
    for size, pattern, entry in countries:
        if size > best and pattern.search(folded):
            country, best = entry.id, size
    return city, country


# Where a place name starts in a folded text: a word, or the rest of a word after one or two glued letters
# («وباكو», «بالرباط», «وبالرباط»), so a name is never a piece of a longer word («الفاس» the axe is no Fez,
# «بمسقطه» no Muscat); «مسقط رأس» (birthplace) names no place.
PLACE_START = r"(?:(?<=\s)|(?<=\s[وبلف])|(?<=\s[وف][بل]))(?!مسقط\sراس)"
_PLACE_PATTERNS: dict[int, tuple[Registry, tuple, tuple]] = {}


def _place_patterns(registry: Registry) -> tuple[tuple, tuple]:
    """(length, compiled pattern, entry) for every folded city and country name, in registry order.

    Built once per registry (kept with it, so a new registry at a reused id is not mistaken for it).
    """
    cached = _PLACE_PATTERNS.get(id(registry))
    if cached is None or cached[0] is not registry:
        tables = tuple(tuple((len(key), re.compile(PLACE_START + re.escape(key) + r"\s"), entry)
                             for entry in table.values() for key in map(fold, entry.names) if key)
                       for table in (registry.cities, registry.countries))
        cached = _PLACE_PATTERNS[id(registry)] = (registry, *tables)
    return cached[1], cached[2]


# compiled once: clean_name runs on every name found (re.match looked each up in re's cache)
_GLUED_ARTICLE = re.compile(r"^[وبفك]ال")
_LL = re.compile(r"^لل\S")


def clean_name(text: str) -> str:
    """Return an organisation name as written, without glued conjunctions or prepositions.

    >>> clean_name("والبنك الإسلامي للتنمية"), clean_name("لل هيئة"), clean_name(" (سيسرك) ")
    ('البنك الإسلامي للتنمية', 'لل هيئة', 'سيسرك')
    """
    text = text.strip().strip("()«»\"'“”.,،:؛ ")
    if _GLUED_ARTICLE.match(text):
        return text[1:]
    if _LL.match(text):
        return "ال" + text[2:]
    return text
