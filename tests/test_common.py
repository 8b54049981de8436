"""What every loader reads the same way: event types, counts, online, places, names."""
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.arabic import to_ascii_digits
from loaders.common import clean_name, event_type_of, find_counts, find_place, is_online
from loaders.registry import default_registry


def test_event_type_of_reads_the_heading_nouns_of_the_report():
    assert event_type_of("دورة تدريبية إحصائية") == "training_course"
    assert event_type_of("ندوة عبر الإنترنت") == "webinar"
    assert event_type_of("ورشة عمل إقليمية") == "workshop"
    assert event_type_of("حلقة نقاش") == "panel"
    assert event_type_of("فعالية جانبية") == "side_event"
    assert event_type_of("زيارة دراسية") == "study_visit"
    assert event_type_of("Regional Workshop") == "workshop"
    assert event_type_of("قاعدة البيانات الإحصائية") is None


def test_find_counts_reads_people_and_countries_in_their_many_forms():
    assert find_counts("شارك في التدريب 183 مهنييا من 28 بلد من بلدان منظمة التعاون الإسلامي") == (183, 28)
    assert find_counts("لاجتماع 60ممثل من القطاعين العام والخاص") == (60, None)
    assert find_counts("لجمع 94 من صناع السياسات والخبراء من 15 بلد") == (94, 15)
    assert find_counts("شارك في الاجتماع 30 من كبار ممثلي سلطات التعليم") == (30, None)
    assert find_counts("أكثر من 60 مشاركا يمثلون 20 بلدا عضوا") == (60, 20)
    assert find_counts("تعريف 45 جهة اتصال من وزارات الصحة في 15 بلد عضو") == (45, 15)
    assert find_counts("The course benefited 52 participants from 18 OIC member countries.") == (52, 18)


def test_find_counts_does_not_count_institutions_as_countries():
    assert find_counts("وشارك في الاجتماع 37 مشاركا من 11 وزارة ومؤسسة") == (37, None)
    assert find_counts("56 مشاركا من 26 مكتب وطني للإحصاء") == (56, None)


def test_find_counts_ignores_years_and_indicator_counts():
    assert find_counts("تضم قاعدة البيانات 157 مؤشرا تحت فئة التجارة، لفترة 2024-2026") == (None, None)


def test_is_online_reads_arabic_and_english_cues_and_not_venues():
    assert is_online("وذلك عبر منصة لعقد الاجتماعات عن بعد")
    assert is_online("SESRIC organised the study visit virtually")
    assert not is_online("في مقره بأنقرة، الجمهورية التركية")


def test_find_place_names_the_city_and_its_country():
    assert find_place("في عمّان، الأردن", default_registry()) == ("Amman", "JOR")


def test_clean_name_drops_glued_conjunctions_and_brackets():
    assert clean_name("والمعهد العربي للتدريب") == "المعهد العربي للتدريب"
    assert clean_name("«سيسرك»،") == "سيسرك"


@given(st.text())
def test_the_readers_never_raise_on_any_text(text):
    people, countries = find_counts(text)
    assert people is None or people >= 0
    assert countries is None or countries >= 0
    assert isinstance(is_online(text), bool)
    assert event_type_of(text) in (None, "training_course", "workshop", "webinar", "seminar", "meeting",
                                   "study_visit", "side_event", "panel", "forum", "session", "conference",
                                   "ceremony", "visit", "other")


@given(st.integers(1, 999), st.integers(1, 57))
def test_arabic_indic_digits_count_as_ascii_digits(people, countries):
    ascii_text = f"بمشاركة {people} مشاركا من {countries} بلدا"
    indic = ascii_text.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    assert to_ascii_digits(indic) == ascii_text
    assert find_counts(indic) == find_counts(ascii_text) == (people, countries)


def test_the_definite_arabic_two_word_kinds_name_the_same_type():
    assert event_type_of("اختتام أعمال الدورة التدريبية حول المحاسبة القومية") == "training_course"
    assert event_type_of("الزيارة الدراسية لوفد من وزارة العمل") == "study_visit"
    assert event_type_of("ورشة العمل الإقليمية") == "workshop"


def test_a_number_of_participants_written_in_words_is_read_but_presenters_are_not_counted():
    assert find_counts("a delegation of twelve officials from the ministry") == (12, None)
    assert find_counts("حضر الاجتماع سبعة مندوبين") == (7, None)
    assert find_counts("the course was delivered by three experts from BPS") == (None, None)


def test_delegates_are_participants_in_arabic_too():
    assert find_counts("بمشاركة أكثر من 95 مندوبا يمثلون 31 بلدا") == (95, 31)


def test_tens_written_in_words_count_participants():
    assert find_counts("وشارك فيها أربعون مشاركا من 9 بلدان") == (40, 9)
    assert find_counts("attended by thirty officials") == (30, None)


def test_people_counted_with_words_for_what_they_do_are_participants():
    assert find_counts("The seminar gathered 38 tax and customs officials from 12 countries.") == (38, 12)
    assert find_counts("It brought together 75 young women leaders.") == (75, None)
    assert find_counts("In 2024 senior officials met twice; 3 million people were reached.") == (None, None)


def test_a_part_of_a_group_after_a_gathering_verb_counts_the_audience():
    assert find_counts("وجمعت الندوة أكثر من 150 من رواد الأعمال الشباب") == (150, None)
    assert find_counts("وضمت البعثة ستة من الأطباء والممرضين") == (6, None)
    assert find_counts("وجمع الاجتماع 20 من الدول الأعضاء") == (None, None)
    assert find_counts("وناقش التقرير 40 من المؤشرات") == (None, None)
    assert find_counts("وجمع المنتدى ممثلين عن 25 من المؤسسات الوطنية") == (None, None)


def test_countries_of_the_people_named_before_them_are_counted_after_of():
    assert find_counts("attended by senior officials of the customs administrations of 17 OIC member countries") \
        == (None, 17)
    assert find_counts("Azerbaijan is one of 57 member states, and 17 of 57 states replied") == (None, None)


def test_a_compound_number_in_words_counts_people_named_by_their_trade():
    assert find_counts("Thirty-four accountants from the ministry attended the course.") == (34, None)
    assert find_counts("Forty two engineers took part.") == (42, None)
    assert find_counts("وشارك في الدورة ستة وثلاثون محاسبا من الوزارة") == (36, None)
    assert find_counts("حضرها خمسة عشر مشاركا") == (15, None)


def test_the_presenters_counted_in_words_are_not_the_audience():
    assert find_counts("The course was delivered by three senior economists from the bank.") == (None, None)
    assert find_counts("قدمها ثلاثة مهندسين من الهيئة") == (None, None)
    assert find_counts("The course was attended by twelve economists.") == (12, None)


def test_the_members_of_a_delegation_are_counted_in_words_or_digits():
    assert find_counts("The seven-member delegation toured the zone.") == (7, None)
    assert find_counts("SESRIC received a 12-member delegation from the agency.") == (12, None)
    assert find_counts("a delegation of eleven members from the ministry") == (11, None)
    assert find_counts("استقبل المركز وفدا مكونا من ثمانية أعضاء") == (8, None)
    assert find_counts("وفد يضم 6 أعضاء من الهيئة") == (6, None)


def test_hundreds_and_countries_in_words_and_a_possessive_before_the_country_count():
    assert find_counts("Well over two hundred and forty officials from 30 countries attended.") == (240, 30)
    assert find_counts("حضرها مئة وخمسون مشاركا") == (150, None)
    assert find_counts("Thirty trainees from the statistical offices of nine member countries joined.") == (30, 9)
    assert find_counts("شاركت فيها أربعون موظفة من ستة بلدان") == (40, 6)
    assert find_counts("about 300 delegates from the Fund's 40 member states") == (300, 40)
    assert find_counts("The disease is present in nine countries.") == (None, None)


def test_a_delegation_counted_as_strong():
    assert find_counts("SESRIC received a 12-strong delegation from the ministry.") == (12, None)
    assert find_counts("The eight-strong team visited the plant.") == (8, None)


def test_counts_in_words_are_read_by_the_one_number_reader():
    # loaders.numbers reads every number word for the counts: compounds after a gathering verb, hundreds, teens
    assert find_counts("وضم الوفد خمسة وعشرين من المهندسين") == (25, None)
    assert find_counts("Thirty-four statisticians from eleven countries took part.") == (34, 11)
    assert find_counts("attended by one hundred and twenty officials from twelve countries") == (120, 12)
    assert find_counts("حضر الدورة ثلاثة عشر موظفا") == (13, None)
    # a capitalised number word inside a sentence is part of a name, not a count
    assert find_counts("under the Ten officials rule") == (None, None)


def test_an_approximate_number_of_countries_is_counted():
    assert find_counts("brought together more than 300 academics and practitioners from over 30 countries") == (300, 30)
    assert find_counts("شارك فيه 120 خبيرا من أكثر من 25 دولة") == (120, 25)
    assert find_counts("attended by 45 participants from about 12 OIC member countries") == (45, 12)


def test_a_number_in_words_over_the_words_that_say_what_people_do():
    # English puts the trade before the noun: at most two lower-case words between the number and the people
    assert find_counts("Twenty-two customs statisticians from 9 OIC member countries attended.") == (22, 9)
    assert find_counts("Fifteen tax policy staff of the ministry took part.") == (15, None)
    assert find_counts("The course trained eleven public employment counsellors.") == (11, None)
    # a name between them is not a trade: the two SESRIC experts trained, they were not the audience
    assert find_counts("Two SESRIC staff delivered the sessions.") == (None, None)
    # Arabic puts the trade after the noun: already read
    assert find_counts("وشارك في الدورة تسعة عشر موظفا من موظفي الحسابات القومية") == (19, None)


def test_counts_in_words_before_a_comma_and_around_a_part_counted_in_digits():
    # the noun ends at the Arabic comma («مشاركا،», «دول،»), and the part counted in digits between the total and
    # its countries («حضر 30 منهم», '30 of whom') is not the audience
    assert find_counts("وحضر المؤتمر نحو 150 مشاركا من ثماني دول، من بينهم وزراء") == (150, 8)
    assert find_counts("وشارك في الدورة اثنان وثلاثون متدربا، تابع 12 منهم الدورة عن بعد، من سبع دول أعضاء.") == (32, 7)
    assert find_counts("Forty-five participants, 30 of whom attended in Niamey, came from nine OIC member countries.") \
        == (45, 9)


def test_countries_counted_over_a_region_before_the_member_countries():
    assert find_counts("Thirty trainees from seven Central Asian OIC member countries took part.") == (30, 7)
    assert find_counts("attended by 52 officials from 9 Sub-Saharan African OIC member states") == (52, 9)
    assert find_counts("بمشاركة 40 خبيرا من 7 بلدان أفريقية أعضاء في المنظمة") == (40, 7)
    # a year after "in" counts no countries
    assert find_counts("in 2024 the OIC member countries exported more") == (None, None)
    assert find_counts("في 2024 الدول الأعضاء") == (None, None)


def test_people_named_by_what_they_are_are_counted_in_digits_and_in_words():
    # young people, staff (cadres), women entrepreneurs, students: the audience, in Arabic and English
    assert find_counts("شارك في الدورة 60 شابا وشابة من 14 بلدا") == (60, 14)
    assert find_counts("استفاد من التدريب 18 إطارا من المعهد الوطني") == (18, None)
    assert find_counts("بحضور 40 من رائدات الأعمال") == (40, None)
    assert find_counts("attended by 75 young people from 11 countries") == (75, 11)
    assert find_counts("brought together 30 students from 9 countries") == (30, 9)
    # in words, feminine and masculine, with «من» between the number and the noun
    assert find_counts("وشاركت في البرنامج ثلاث وعشرون من رائدات الأعمال") == (23, None)
    assert find_counts("وحضر الاجتماع سبعة عشر خبيرا") == (17, None)
    # «في إطار» (within the framework of) counts no one
    assert find_counts("نظم المركز الدورة في إطار برنامج 2025") == (None, None)


def test_find_place_reads_no_city_inside_a_longer_word_nor_in_the_birthplace_idiom():
    from loaders.common import find_place
    from loaders.registry import default_registry
    registry = default_registry()
    assert find_place("الفأس", registry) == (None, None)
    assert find_place("مسقط رأس الكاتب", registry) == (None, None)
    assert find_place("بفاس - المغرب", registry) == ("Fez", "MAR")


def test_representatives_and_young_people_counted_in_words_are_the_audience_when_they_took_part():
    assert find_counts("Around seventy representatives of chambers of commerce took part in the forum.")[0] == 70
    assert find_counts("Ninety-five young people attended the bootcamp.")[0] == 95
    assert find_counts("وشارك في الورشة حوالي أربعين ممثلا عن الوزارات المعنية.")[0] == 40
    # people who only presented, or a text that does not say they took part, are no audience
    assert find_counts("Three representatives of the Bank presented its new strategy.")[0] is None
    assert find_counts("Fifty young people are unemployed in every hundred.")[0] is None


_COUNT_PIECES = ["68", " ", "خبيرا", "1,200", "participants", "3.5", "من ", "كبار ", "ال", "مشاركا", "x", ".",
                 "45 participants", "12 من كبار المسؤولين", "2025", "٤٥", ",", "\n", "Experts", "experts", "7"]


@settings(max_examples=500, deadline=None, derandomize=True, database=None)
@given(st.lists(st.sampled_from(_COUNT_PIECES), max_size=16).map("".join), st.integers(0, 12))
def test_the_plain_participants_pattern_finds_what_the_led_one_finds(text, pos):
    """_PARTICIPANTS_PLAIN opens with a plain class, its lookbehind read after the first digit: the same matches."""
    from loaders.common import _PARTICIPANTS, _PARTICIPANTS_PLAIN
    found, expected = _PARTICIPANTS_PLAIN.search(text, pos), _PARTICIPANTS.full.search(text, pos)
    assert (found and (found.span(), found.groups())) == (expected and (expected.span(), expected.groups()))
    assert [m.span() for m in _PARTICIPANTS_PLAIN.finditer(text)] == [m.span() for m in _PARTICIPANTS.full.finditer(text)]


def test_counts_read_officers_and_statisticians_with_their_countries_in_digits_or_words():
    assert find_counts("Twenty-six border officers from nine member countries attended the course.") == (26, 9)
    assert find_counts("The course trained 41 tax officers from 7 countries.") == (41, 7)
    assert find_counts("وحضر الدورة 27 إحصائيا ومحللا من سبعة بلدان أعضاء، هي الأردن وتونس والمغرب") == (27, 7)
    assert find_counts("وشارك فيها 12 مفتشا من 4 دول") == (12, 4)
    # a share of officers is no audience
    assert find_counts("In 2024, 45 percent of officers used the system.") == (None, None)


def _people_texts():
    from pathlib import Path
    root = Path(__file__).resolve().parent.parent
    for path in sorted((root / "data" / "corpus").glob("*.txt")) + sorted((root / "tests" / "golden").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        yield from text.splitlines()
        yield text


def test_people_nouns_read_part_by_part_are_those_the_pattern_finds_in_the_sets():
    from loaders.common import _WORD_PEOPLE_NOUN, _names_people
    for text in _people_texts():
        assert _names_people(text) == bool(_WORD_PEOPLE_NOUN.search(text)), text[:80]


@settings(max_examples=500, deadline=None, derandomize=True, database=None)
@given(st.lists(st.sampled_from(["nine-member", "-STRONG", "staff", "Staff\u00a0members", "officials", "مشاركا",
                                 "مدققين", "مدقق", "x", "9-member\n", "-members", "الخبراء", "Officers,", "ſtudents"]),
                max_size=8),
       st.sampled_from([" ", "\n", "\u2003", "", "-"]), st.sampled_from(["", " ", "\n"]))
def test_people_nouns_read_part_by_part_are_those_the_pattern_finds(words, glue, end):
    from loaders.common import _WORD_PEOPLE_NOUN, _names_people
    text = glue.join(words) + end
    assert _names_people(text) == bool(_WORD_PEOPLE_NOUN.search(text))


def test_people_nouns_are_read_alike_when_the_memo_is_emptied(monkeypatch):
    from loaders import common
    monkeypatch.setattr(common, "_PEOPLE_MAX", 3)
    for text in ["a nine-member delegation", "9-member ", "the 9-member", "thirty officials", "nothing here"] * 3:
        assert common._names_people(text) == bool(common._WORD_PEOPLE_NOUN.search(text)), text


def _blind_texts():
    from pathlib import Path
    root = Path(__file__).resolve().parent.parent
    for path in sorted((root / "tests").glob("golden-blind*/*.txt")):
        text = path.read_text(encoding="utf-8")
        yield text
        yield from text.replace("\n", ". ").split(". ")
        yield to_ascii_digits(text).translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))


def test_counts_anything_says_whether_find_counts_finds_anything_on_every_text_and_sentence():
    from loaders.common import counts_anything
    texts = [*_people_texts(), *_blind_texts()]
    assert sum(find_counts(t) != (None, None) for t in texts) > 100  # both answers are asked of many texts
    for text in texts:
        assert counts_anything(text) == (find_counts(text) != (None, None)), text[:80]


@settings(max_examples=400, deadline=None, derandomize=True, database=None)
@given(st.lists(st.sampled_from(["68", "٤٥", "خبيرا", "participants", "from", "من", "20", "countries", "بلدا",
                                 "eight", "officials", "ثمانية", "مشاركين", "in", "2025", "member", "states",
                                 "of", "the", "representatives", "دول", "عضوا", "twelve", "Twenty-six"]),
                max_size=10))
def test_counts_anything_agrees_with_find_counts_on_generated_phrases(words):
    from loaders.common import counts_anything
    text = " ".join(words)
    assert counts_anything(text) == (find_counts(text) != (None, None))
