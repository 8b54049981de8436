"""The gazetteer: registry names found in text by words, and organisations discovered by their form."""
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.gazetteer import Gazetteer, Words, discover, discover_names, tokenise, words_of
from loaders.registry import default_registry

CORPUS = Path(__file__).resolve().parent.parent / "data" / "corpus"


def _found(text):
    return [(m.entry.id, m.text) for m in Gazetteer(default_registry()).find(text)]


def test_find_matches_a_name_with_a_glued_conjunction_and_reports_it_without_the_prefix():
    assert _found("والبنك الإسلامي للتنمية") == [("isdb", "البنك الإسلامي للتنمية")]
    assert _found("لسيسرك") == [("sesric", "سيسرك")]


def test_find_prefers_the_longest_name():
    found = _found("شبكة منظمة التعاون الإسلامي للمشاريع الصغيرة والمتوسطة (OIC-SMENET)")
    assert found[0][0] == "oic-smenet" and len(found) == 2


def test_find_gives_spans_that_hold_the_text_as_written():
    text = "نظم سيسرك بالتعاون مع معهد الإحصاء التركي (TurkStat) دورة"
    for mention in Gazetteer(default_registry()).find(text):
        assert text[mention.start:mention.end] == mention.text


def test_a_short_acronym_matches_only_with_its_case():
    assert _found("the idb said") == []
    assert _found("the IDB said") == [("isdb", "IDB")]


def test_find_reads_a_long_report_with_every_mention_inside_the_text():
    text = (CORPUS / "004_3bbcf9ea6f343b1b.txt").read_text(encoding="utf-8")
    tokens = tokenise(text)
    mentions = Gazetteer(default_registry()).find(text, tokens)
    assert len(mentions) > 500
    assert all(text[m.start:m.end] == m.text for m in mentions)
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)


def _columns(tokens):
    return Words(*(list(column) for column in zip(*tokens))) if tokens else Words([], [], [], [])


def test_words_of_gives_the_words_tokenise_gives_over_the_corpus():
    for path in sorted(CORPUS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert words_of(text) == _columns([t[:4] for t in tokenise(text)]), path.name


# Letters of both scripts, a tatweel and a bare article (words with no key), joiners, marks, İ and ı.
_TEXT = st.text(alphabet="abAZ09 -\u2010\n()،الوبـكنمسيرةأإ\u064b\u0670İıéß", max_size=60)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_words_of_and_tokenise_split_any_text_alike(text):
    assert words_of(text) == _columns([t[:4] for t in tokenise(text)])


def _tokens_word_by_word(text, offset=0):
    """The reference tokenise (before it was built in C steps): each word of findall, found where the last ended."""
    from loaders.gazetteer import _TOKEN, Token, _word_key
    tokens, end = [], 0
    for word in _TOKEN.findall(text):
        start = text.find(word, end)
        end = start + len(word)
        key, latin = _word_key(word)
        if key:
            tokens.append(Token(word, start + offset, end + offset, key, latin))
    return tokens


@settings(max_examples=300, deadline=None)
@given(_TEXT, st.sampled_from([0, 7]))
def test_tokenise_finds_the_words_one_by_one_reading_finds(text, offset):
    assert tokenise(text, offset) == _tokens_word_by_word(text, offset)


def test_tokenise_finds_the_words_of_the_corpus_one_by_one_reading_finds():
    for path in sorted(CORPUS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert tokenise(text) == _tokens_word_by_word(text), path.name
        assert tokenise(text[:500], 1000) == _tokens_word_by_word(text[:500], 1000), path.name


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["البنك الإسلامي للتنمية", "IDB", "ISDB", "idb", "سيسرك", "لسيسرك", "ـ", "ال",
                                 "والبنك", "الإسلامي", "في", "(IsDB)", "TurkStat", "معهد الإحصاء التركي", "،"]),
                max_size=12),
       st.sampled_from([" ", "  ", "\n", " و", "، "]))
def test_find_gives_the_same_mentions_from_text_tokens_or_words(parts, glue):
    text = glue.join(parts)
    gazetteer = Gazetteer(default_registry())
    expected = gazetteer.find(text, tokenise(text))
    assert gazetteer.find(text) == expected
    assert gazetteer.find(text, words_of(text)) == expected


def test_discover_takes_a_name_from_its_head_noun_to_its_acronym():
    assert discover("بالتعاون مع الوكالة الوطنية للإحصاء والتحليل الديموغرافي (ANSADE) في", []) == [
        ("الوكالة الوطنية للإحصاء والتحليل الديموغرافي", "ANSADE", 12, 65)]


def test_discover_extends_an_english_name_back_over_its_capitalised_words():
    assert [n for n, *_ in discover("with the National Institute of Statistics of Cameroon (INS-Cameroon).", [])] \
        == ["National Institute of Statistics of Cameroon"]


def test_discover_names_finds_ministries_universities_and_agencies_without_an_acronym():
    text = "بالتعاون مع وزارة العمل والحماية الاجتماعية في جمهورية أذربيجان، وجامعة الخرطوم، والوكالة الوطنية للتشغيل."
    assert [n for n, *_ in discover_names(text, [])] == [
        "وزارة العمل والحماية الاجتماعية في جمهورية أذربيجان", "جامعة الخرطوم", "الوكالة الوطنية للتشغيل"]


def test_discover_names_reads_english_names_joined_by_of_and_and():
    text = "in cooperation with the University of Ilorin and the Ministry of Health of Nigeria."
    assert [n for n, *_ in discover_names(text, [])] == ["University of Ilorin", "Ministry of Health of Nigeria"]


def test_discover_names_leaves_an_anaphor_and_a_time_phrase_alone():
    assert discover_names("ستتولى الوكالة رئاسة الشبكة للسنوات الثلاث المقبلة", []) == []
    assert discover_names("شكرت المركز بالتعاون مع الجميع", []) == []


def test_discover_names_does_not_trust_a_name_a_line_break_cuts():
    assert discover_names("بالتعاون مع وزارة الاقتصاد\nالرقمي والتجارة في", []) == []


def test_discover_finds_a_league_and_a_partnership_whose_names_say_for_the_sake_of():
    text = "عروض من الرابطة العربية للمكتبات (ALA) والشراكة من أجل الحوكمة المفتوحة (OGP) في الجلسة"
    assert [(n, a) for n, a, *_ in discover(text, [])] == [
        ("الرابطة العربية للمكتبات", "ALA"), ("الشراكة من أجل الحوكمة المفتوحة", "OGP")]  # after the glued «و»


def test_discover_names_stops_before_a_capacity_and_skips_generic_and_anaphoric_bodies():
    text = "وترأست الجلسة وزارة التخطيط في جمهورية العراق بصفتها رئيسة مكتب اللجنة، بحضور 9 منظمات دولية."
    assert [n for n, *_ in discover_names(text, [])] == ["وزارة التخطيط في جمهورية العراق"]
    assert discover_names("إلى جانب ممثلي 12 منظمة إقليمية وهيئة حكومية", []) == []


def test_discover_names_reads_an_english_name_that_lists_its_fields_with_commas():
    text = ("SESRIC and the Ministry of Labour, Social Protection and Employment of the Republic of Kazakhstan "
            "organised it, with the Ministry of Health, Bank Indonesia and others.")
    names = [n for n, *_ in discover_names(text, [])]
    assert names[0] == "Ministry of Labour, Social Protection and Employment of the Republic of Kazakhstan"
    assert "Ministry of Health" in names and "Bank Indonesia" in names


def test_discover_starts_an_acronyms_name_after_and_the():
    text = "speakers from the Central Bank of Oman and the Alliance for Financial Inclusion (AFI) spoke"
    assert [(n, a) for n, a, *_ in discover(text, [])] == [("Alliance for Financial Inclusion", "AFI")]


def test_an_arabic_committee_is_a_name_that_ends_before_the_activity_it_organised():
    text = "نظم سيسرك ولجنة الإحصاء الوطنية في جمهورية طاجيكستان ورشة عمل يوم 3 مايو"
    assert [n for n, *_ in discover_names(text, [])] == ["لجنة الإحصاء الوطنية في جمهورية طاجيكستان"]


def test_an_english_name_may_join_two_capitalised_words_with_and_before_its_head():
    text = "jointly with the Trade and Investment Authority of Oman (TIAO) and the Ministry of Finance."
    assert [(n, a) for n, a, *_ in discover(text, [])] == [("Trade and Investment Authority of Oman", "TIAO")]
    assert [n for n, *_ in discover_names("with the Food and Drug Authority of Jordan.", [])] == [
        "Food and Drug Authority of Jordan"]


def test_committees_customs_administrations_and_french_institutes_are_names_without_an_acronym():
    text = ("The sessions were led by experts from the State Tax Committee of the Republic of Uzbekistan, Oman "
            "Customs, the National Tax Administration of Ghana and the Institut Pasteur de Tunis, with 40 customs "
            "officials attending.")
    assert [n for n, s, e in discover_names(text, [])] == [
        "State Tax Committee of the Republic of Uzbekistan", "Oman Customs", "National Tax Administration of Ghana",
        "Institut Pasteur de Tunis"]


def test_an_arabic_name_may_be_a_transliteration_that_starts_like_a_preposition_and_end_in_a_city():
    from loaders.resolve import places_of
    places = places_of(default_registry())
    text = "وشارك خبراء من جامعة بوسطن ومعهد بيرتراند في الرباط، ومن منظمة بالتعاون مع المركز."
    assert [n for n, s, e in discover_names(text, [], None, places)] == ["جامعة بوسطن", "معهد بيرتراند في الرباط"]
    assert discover_names("مركز بإشراف الوزارة، وهيئة باعتبارها شريكا، ومكتب بأنقرة", [], None, places) == []


def test_a_central_or_general_administration_heads_a_name_but_management_does_not():
    names = [n for n, s, e in discover_names("استضافتها الإدارة المركزية للإحصاء في دولة الكويت خلال الفترة", [])]
    assert names == ["الإدارة المركزية للإحصاء في دولة الكويت"]
    assert discover_names("ورشة عمل حول إدارة المخاطر المالية في البنوك", []) == []


def test_a_company_ending_in_inc_with_a_turkish_acronym_is_found():
    found = discover("experts from the Global Health Services Inc. (SAĞLIK) of Türkiye and", [])
    assert [(n, a) for n, a, s, e in found] == [("Global Health Services Inc", "SAĞLIK")]


def test_and_before_a_head_noun_of_its_own_separates_two_english_names():
    names = [n for n, s, e in discover_names("speakers from the Astana Finance Institute and Bank Indonesia spoke", [])]
    assert names == ["Astana Finance Institute", "Bank Indonesia"]
    assert [n for n, s, e in discover_names("the Food and Agriculture Organization spoke", [])] == [
        "Food and Agriculture Organization"]


def test_a_name_stops_before_the_object_the_verb_presented():
    from loaders.gazetteer import discover_names
    # a word with the pronoun «ـه» (its experience) or a presentation, a speech, a paper: the verb's object
    names = lambda t: [n for n, s, e in discover_names(t, [])]  # noqa: E731
    assert names("وعرض الصندوق الوطني للتشغيل تجربته في مجال التدريب") == ["الصندوق الوطني للتشغيل"]
    assert names("كما قدمت هيئة الإحصاء الفلسطينية عرضا عن المسح") == ["هيئة الإحصاء الفلسطينية"]
    assert names("وألقى المعهد الوطني للإحصاء كلمة في الافتتاح") == ["المعهد الوطني للإحصاء"]
    # a name word with «ة» before the pronoun of another word is still a name: «وزارة التنمية المستدامة»
    assert names("بالتعاون مع وزارة التنمية المستدامة") == ["وزارة التنمية المستدامة"]
    # English names are their capitalised words: 'presented its experience' is not read into them
    assert names("the National Employment Fund presented its experience") == ["National Employment Fund"]


def test_a_name_stops_at_the_days_after_it():
    from loaders.gazetteer import discover_names
    names = lambda t: [n for n, s, e in discover_names(t, [])]  # noqa: E731
    assert names("بالتعاون مع الهيئة العامة للإحصاء يومي 4 و5 مايو") == ["الهيئة العامة للإحصاء"]
    assert names("بالتعاون مع وزارة المالية يومين في الرياض") == ["وزارة المالية"]
    assert names("بالتعاون مع وزارة الصحة صباح الأحد") == ["وزارة الصحة"]


def test_a_bank_called_masraf_heads_a_name_like_bank():
    # «مصرف» (bank) is a head noun as «بنك» is: a central bank named without an acronym
    assert [n for n, s, e in discover_names("بالتعاون مع مصرف ليبيا المركزي يوم 3 مايو", [])] == ["مصرف ليبيا المركزي"]
    assert [n for n, s, e in discover_names("in cooperation with the Central Bank of Libya on 3 May", [])] == \
        ["Central Bank of Libya"]
    # the plural «المصارف» (banks in general) names no body
    assert discover_names("ارتفعت أصول المصارف الإسلامية", []) == []


def test_customs_and_monetary_authorities_head_a_name_but_the_common_nouns_do_not():
    # «مصلحة» (authority; also interest) and «سلطة» (authority; also power) head a name written bare
    found = [n for n, s, e in discover_names("قدم العروض خبراء من مصلحة الضرائب الأردنية ومن سلطة النقد "
                                             "الفلسطينية.", [])]
    assert found == ["مصلحة الضرائب الأردنية", "سلطة النقد الفلسطينية"]
    for common in ("بما يخدم المصلحة العامة للدول الأعضاء.", "وذلك لمصلحة الدول الأعضاء.",
                   "وهو في مصلحة الطرفين.", "فصل السلطة التشريعية عن التنفيذية."):
        assert discover_names(common, []) == [], common


def test_a_long_arabic_name_keeps_the_whole_name_of_its_state():
    text = "بالتعاون مع وزارة التخطيط والتنمية والإصلاح الخاص والمبادرات في جمهورية إيران الإسلامية ومع جامعة طهران."
    assert discover_names(text, [])[0][0] == "وزارة التخطيط والتنمية والإصلاح الخاص والمبادرات في جمهورية إيران الإسلامية"


def test_a_company_heads_a_name_but_an_indefinite_company_does_not():
    assert [n for n, s, e in discover_names("وقدم خبراء من شركة الخطوط الجوية العمانية عرضا.", [])] == [
        "شركة الخطوط الجوية العمانية"]
    assert [n for n, s, e in discover_names("Experts from the Oman National Tourism Company presented.", [])] == [
        "Oman National Tourism Company"]
    for common in ("وأسس الشباب شركة ناشئة في مجال التقنية.", "بالتعاون مع شركة خاصة.", "a private company"):
        assert discover_names(common, []) == [], common


def test_an_acronyms_name_starts_at_the_head_glued_to_and_not_at_the_body_listed_before_it():
    text = "وقدم العروض خبراء من وزارة الزراعة الأردنية والمركز الوطني للبحوث الزراعية (NARC) ومن الجامعة."
    [(name, acronym, start, end)] = discover(text, [])
    assert (name, acronym) == ("المركز الوطني للبحوث الزراعية", "NARC")
    assert text[start:end].startswith("المركز")  # the span starts at the name, not at the glued «و»
    en = "Experts from the Ministry of Agriculture of Jordan and the National Agricultural Research Center (NARC) spoke."
    assert [(n, a) for n, a, s, e in discover(en, [])] == [("National Agricultural Research Center", "NARC")]


def test_a_definite_head_followed_by_a_word_that_does_not_agree_with_it_opens_no_name():
    for text in ("واستعرض المجلس الخطة المقترحة للعام المقبل.", "وناقش المركز التقدم المحرز في المشروع."):
        assert discover_names(text, []) == [], text
    names = [n for n, s, e in discover_names("وقدم المجلس الأعلى للإحصاء والمركز الوطني للإحصاء عرضين.", [])]
    assert names == ["المجلس الأعلى للإحصاء", "المركز الوطني للإحصاء"]


def test_a_universitys_unit_named_by_the_university_is_one_name_but_its_president_is_not_part_of_it():
    names = [n for n, s, e in discover_names("Experts from the Plant Genetics Laboratory of the University of Khartoum "
                                             "and the Faculty of Economics of the University of Cairo presented.", [])]
    assert names == ["Plant Genetics Laboratory of the University of Khartoum",
                     "Faculty of Economics of the University of Cairo"]
    assert [n for n, s, e in discover_names("The Rector of the University of Khartoum spoke.", [])] == [
        "University of Khartoum"]


def _pieces_and_words_agree(gazetteer, text):
    """find(text) reads the text piece by piece between its spaces; find(text, words_of(text)) word by word."""
    assert gazetteer.find(text) == gazetteer.find(text, words_of(text))


def test_find_reads_pieces_between_spaces_as_it_reads_the_words_over_the_corpus():
    registry = default_registry()
    gazetteers = (Gazetteer(registry), Gazetteer(registry, ("cities", "countries")))
    for path in sorted(CORPUS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for gazetteer in gazetteers:
            _pieces_and_words_agree(gazetteer, text)
            _pieces_and_words_agree(gazetteer, text[len(text) // 3:])
            # long runs with no space (a piece over 64 characters is read at each call, not kept)
            _pieces_and_words_agree(gazetteer, text[:3000].replace(" ", "\u00a0").replace("\u00a0", " ", 40))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["البنك الإسلامي للتنمية", "IDB", "ISDB", "سيسرك", "لسيسرك", "ـ", "ال", "-", "",
                                 "والبنك", "الإسلامي", "(IsDB),", "TurkStat", "معهد الإحصاء التركي", "،", "\n",
                                 "منظمة\u00a0التعاون\u00a0الإسلامي\u00a0" * 3, "البنك\nالإسلامي", "x" * 64]),
                max_size=20),
       st.sampled_from([" ", "  ", "", " و", "، "]))
def test_find_reads_pieces_between_spaces_as_it_reads_the_words(parts, glue):
    _pieces_and_words_agree(Gazetteer(default_registry()), glue.join(parts))


def test_an_acronyms_name_starts_at_a_head_glued_to_lam_after_affiliated_to_or_a_representative_of():
    text = ("وتحدث خبراء من الوحدة التابعة لوزارة التخطيط والتعاون الدولي (MOPIC) وممثلة لمجموعة العمل المعنية "
            "بالإحصاءات البيئية (WGES).")
    found = discover(text, [])
    assert [(n, a) for n, a, s, e in found] == [("وزارة التخطيط والتعاون الدولي", "MOPIC"),
                                                ("مجموعة العمل المعنية بالإحصاءات البيئية", "WGES")]
    assert [text[s:e].split()[0] for n, a, s, e in found] == ["وزارة", "مجموعة"]  # the span starts after the «ل»
    # a body's office named with its acronym stays whole: the farthest head still opens the name
    assert [n for n, a, s, e in discover("وقدم ممثلو المكتب الإقليمي لمنظمة العمل العربية (XYZ) عرضا.", [])] == [
        "المكتب الإقليمي لمنظمة العمل العربية"]
    en = ("Experts from the centre affiliated to the Institute of Banking Studies (IBS) and a representative of the "
          "Working Group on Environment Statistics (WGES) spoke.")
    assert [(n, a) for n, a, s, e in discover(en, [])] == [("Institute of Banking Studies", "IBS"),
                                                          ("Working Group on Environment Statistics", "WGES")]


def test_a_name_written_after_lam_on_the_article_is_named_with_its_article():
    names = [n for n, s, e in discover_names("وقدم المشاركون الشكر للجامعة الهاشمية وللجنة الوطنية للتدريب.", [])]
    assert names == ["الجامعة الهاشمية", "اللجنة الوطنية للتدريب"]
    assert [n for n, a, s, e in discover("وقدم الشكر للجامعة الهاشمية (HU).", [])] == ["الجامعة الهاشمية"]
    en = [n for n, s, e in discover_names("Participants thanked the Hashemite University for its hosting.", [])]
    assert en == ["Hashemite University"]


def test_an_unknown_all_capitals_word_before_a_head_is_the_first_word_of_the_name_but_a_known_acronym_is_not():
    text = "Lecturers from NUML University Islamabad and the KOICA Office in Ankara took part."
    assert [n for n, s, e in discover_names(text, [])] == ["NUML University Islamabad", "KOICA Office"]
    assert [(n, a) for n, a, s, e in discover("with COMSATS University Islamabad (CUI).", [])] == [
        ("COMSATS University Islamabad", "CUI")]
    text = "Experts of the SESRIC Statistics Department (SD) and the SESRIC Training Department presented."
    known = Gazetteer(default_registry()).find(text)
    assert [n for n, a, s, e in discover(text, known)] == ["Statistics Department"]  # SESRIC's, not part of it
    assert "SESRIC Training Department" not in [n for n, s, e in discover_names(text, known)]
    # an all-capitals heading is no name run back from its head
    assert [n for n, s, e in discover_names("WORKSHOP HELD AT THE UNIVERSITY OF JORDAN", [])] == ["UNIVERSITY OF JORDAN"]


def test_a_universitys_unit_written_the_arabic_way_is_one_name():
    text = ("بالتعاون مع كلية الهندسة في جامعة الخرطوم، ومحطة الأبحاث الزراعية التابعة للجامعة الهاشمية، "
            "ومختبر علوم الأغذية بجامعة بغداد، ووزارة التخطيط.")
    assert [n for n, s, e in discover_names(text, [])] == [
        "كلية الهندسة في جامعة الخرطوم", "محطة الأبحاث الزراعية التابعة للجامعة الهاشمية",
        "مختبر علوم الأغذية بجامعة بغداد", "وزارة التخطيط"]
    # a unit noun that names no university's unit opens no name; «في» before a ministry still ends a name
    assert [n for n, s, e in discover_names("وحضر ممثلون عن قسم الإحصاء في وزارة التخطيط ومحطة القطار.", [])] == [
        "وزارة التخطيط"]
    assert [n for n, s, e in discover_names("وتحدث معهد الإحصاء في وزارة التخطيط.", [])] == ["معهد الإحصاء",
                                                                                         "وزارة التخطيط"]
    en = "with the Faculty of Engineering of the University of Khartoum and the Ministry of Planning."
    assert [n for n, s, e in discover_names(en, [])] == ["Faculty of Engineering of the University of Khartoum",
                                                         "Ministry of Planning"]


def test_an_arabic_name_ends_before_a_title_a_headline_verb_or_the_people_it_welcomes():
    for text, name in (("مصلحة الجمارك الليبية وسيسرك يوقعان مذكرة تفاهم", "مصلحة الجمارك الليبية"),
                       ("ورحبت الهيئة الوطنية للإحصاء بالمشاركين في الدورة.", "الهيئة الوطنية للإحصاء"),
                       ("وكان في استقبالهم رئيس المركز الوطني للتخطيط سعادة الدكتور أحمد علي.", "المركز الوطني للتخطيط"),
                       ("واستقبلت المديرية العامة للجمارك الوفد في مقرها.", "المديرية العامة للجمارك"),
                       ("وزار وفد من الجهاز الوطني للإحصاء برئاسة الدكتور حسن مقر المركز.", "الجهاز الوطني للإحصاء")):
        assert [n for n, s, e in discover_names(text, [])] == [name], text
    en = "The National Statistics Office welcomed the delegation led by Dr Hassan."
    assert [n for n, s, e in discover_names(en, [])] == ["National Statistics Office"]


def test_an_english_head_in_lower_case_opens_no_name_and_and_before_a_head_starts_a_second_body():
    assert discover_names("Forty customs officers and the organisation of the Meetings were praised.", []) == []
    for text, names in (("with the Ministry of Health and Dubai Customs.", ["Ministry of Health", "Dubai Customs"]),
                        ("with the Ministry of Finance and Bank Indonesia.", ["Ministry of Finance", "Bank Indonesia"]),
                        ("with the Ministry of Labour and Social Security of Oman.",
                         ["Ministry of Labour and Social Security of Oman"]),
                        ("a grant of the Food and Agriculture Organization.", ["Food and Agriculture Organization"])):
        assert [n for n, s, e in discover_names(text, [])] == names, text
    # Arabic names are capital-blind: «وزارة الصحة وجمارك دبي» was already two bodies
    assert [n for n, s, e in discover_names("بالتعاون مع وزارة الصحة وجمارك دبي.", [])] == ["وزارة الصحة"]


def test_a_committee_written_after_lam_opens_its_acronyms_name_with_its_article():
    # «للجنة» is ل + اللجنة (for the committee): its key lost the «لل» as if it were an article
    found = discover("وشارك ممثلون عن الأمانة التابعة للجنة الوطنية للإحصاء (NCS) في الاجتماع.", [])
    assert [(n, a) for n, a, s, e in found] == [("اللجنة الوطنية للإحصاء", "NCS")]
    en = discover("Representatives of the secretariat affiliated to the National Committee for Statistics (NCS).", [])
    assert [(n, a) for n, a, s, e in en] == [("National Committee for Statistics", "NCS")]


def test_a_un_convention_a_federation_an_exchange_and_a_turkish_capital_acronym_name_bodies():
    # round 12: «اتفاقية الأمم المتحدة لمكافحة التصحر (UNCCD)» was read as the UN alone; "(İTB)" was no acronym
    found = discover("بالتعاون مع اتفاقية الأمم المتحدة لمكافحة التصحر (UNCCD) في قونية.", [])
    assert [(n, a) for n, a, s, e in found] == [("اتفاقية الأمم المتحدة لمكافحة التصحر", "UNCCD")]
    assert discover("وقعت الدول اتفاقية التجارة الحرة (FTA) في عام 2020.", []) == []  # a treaty, not a UN body
    for text, name, acronym in (
            ("with the International Federation of Red Cross and Red Crescent Societies (IFRC).",
             "International Federation of Red Cross and Red Crescent Societies", "IFRC"),
            ("hosted by the Istanbul Gold Exchange (İAB) in May.", "Istanbul Gold Exchange", "İAB"),
            ("with the United Nations Economic Commission for Latin America and the Caribbean (ECLAC).",
             "United Nations Economic Commission for Latin America and the Caribbean", "ECLAC")):
        assert [(n, a) for n, a, s, e in discover(text, [])] == [(name, acronym)], text
    # 'and the' before a body of its own still ends the name
    found = discover("with the Central Bank of Jordan and the Alliance for Financial Inclusion (AFI).", [])
    assert [(n, a) for n, a, s, e in found] == [("Alliance for Financial Inclusion", "AFI")]


def test_chambers_and_a_red_crescent_head_english_names_without_an_acronym():
    found = [n for n, s, e in discover_names("hosted by Dubai Chambers and the Turkish Red Crescent.", [])]
    assert found == ["Dubai Chambers", "Turkish Red Crescent"]
    assert discover_names("the chambers of commerce of the region.", []) == []


def test_a_head_before_of_opens_an_acronyms_name_and_a_brand_acronym_may_hold_an_apostrophe():
    for text, name, acronym in (
            ("with the Federation of Kazakh Chambers of Trade (FKCT).", "Federation of Kazakh Chambers of Trade", "FKCT"),
            ("with the Egyptian Authority for Small Enterprises (Mashroo'at).", "Egyptian Authority for Small Enterprises",
             "Mashroo'at")):
        assert [(n, a) for n, a, s, e in discover(text, [])] == [(name, acronym)], text
    # a person's title before "of" opens no name: the body is the one after it
    assert [(n, a) for n, a, s, e in discover("the President of the Arab Monetary Fund (AMFX) said", [])] == [
        ("Arab Monetary Fund", "AMFX")]
