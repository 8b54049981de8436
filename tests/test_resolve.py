"""Entity resolution: one id per organisation across spellings and sources; the registry report."""
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.gazetteer import Gazetteer
from loaders.registry import default_registry
from loaders.resolve import (from_discovery, from_mention, known_as, longer_names, mint_id, name_key, report_lines,
                             same_as_named, survey)
from loaders.sesric_news import extract
from oickg.cli import cli


def _ids(text):
    return [from_mention(m).id for m in Gazetteer(default_registry()).find(text)
            if m.entry.table == "organisations"]


def test_every_spelling_of_the_islamic_development_bank_resolves_to_one_id():
    for text in ("IsDB", "IDB", "ISDB", "البنك الإسلامي للتنمية", "والبنك الإسلامي للتنمية",
                 "بالبنك الإسلامي للتنمية", "للبنك الإسلامي للتنمية", "Islamic Development Bank"):
        assert _ids(text) == ["isdb"], text


def test_every_spelling_of_the_turkish_statistical_institute_resolves_to_one_id():
    for text in ("المعهد الإحصائي التركي", "معهد الإحصاء التركي", "ومعهد الإحصاء التركي", "TURKSTAT",
                 "TurkStat", "Turkish Statistical Institute", "والمعهد الإحصائي التركي"):
        assert _ids(text) == ["turkstat"], text


def test_kobia_with_a_dotted_capital_i_is_kobia():
    assert _ids("KOBİA") == _ids("KOBIA") == ["kobia"]


def test_a_discovered_organisation_is_minted_once_whatever_its_glued_prefix():
    ids = {from_discovery(name, None, 0, 1).id for name in
           ("وزارة الاقتصاد الرقمي", "ووزارة الاقتصاد الرقمي", "لوزارة الاقتصاد الرقمي", "بوزارة الاقتصاد الرقمي")}
    assert len(ids) == 1
    assert mint_id("Competition Commission of Pakistan", "CCP") == "ccp"


def test_a_name_without_acronym_takes_the_id_of_the_same_name_written_with_one():
    named = {name_key("وزارة الاقتصاد الرقمي"): mint_id("وزارة الاقتصاد الرقمي", "MTD")}
    assert same_as_named(from_discovery("ولوزارة الاقتصاد الرقمي", None, 0, 1), named).id == "mtd"


def test_one_unknown_organisation_has_one_id_in_every_page_that_names_it():
    page = ("{head}\nDate : 0{day} May 2024\nVenue : Online\n\n"
            "SESRIC organised a webinar in collaboration with the National Institute of Statistics of Cameroon "
            "(INS-Cameroon) on {day} May 2024.\n")
    first = extract(page.format(head="SESRIC Organises Webinar", day=5), "a.txt").records[0]
    second = extract(page.format(head="SESRIC Holds Webinar", day=7), "b.txt").records[0]
    assert [o.id for o in first.partners] == [o.id for o in second.partners] == ["inscameroon"]


def test_survey_lists_unknown_organisations_and_unresolved_acronyms_with_their_lines():
    text = "سطر أول\nبالتعاون مع وزارة الشؤون الرقمية في عمان، ومع جهة أخرى (QZX).\n"
    found, unresolved = survey(text, "x.txt", default_registry())
    assert [(o.name, line) for o, line in found] == [("وزارة الشؤون الرقمية في عمان", 2)]
    assert [(m, line) for m, line, _ in unresolved] == [("QZX", 2)]


def test_survey_does_not_list_organisations_the_registry_knows():
    found, unresolved = survey("بالتعاون مع البنك الإسلامي للتنمية (IDB) وسيسرك", "x.txt", default_registry())
    assert found == [] and unresolved == []


def test_report_lines_list_each_minted_organisation_once_across_files():
    lines = report_lines([("a.txt", "مع جامعة الخرطوم الوطنية."), ("b.txt", "\nمع جامعة الخرطوم الوطنية.")],
                         default_registry())
    assert len(lines) == 1
    assert lines[0].startswith("a.txt:1: info: organisation not in the registry: 'جامعة الخرطوم الوطنية'")
    assert "1 more mention(s)" in lines[0]


PAGE = ("SESRIC Organises Workshop\nDate : 12 March 2024\nVenue : Ankara - Türkiye\n\n"
        "SESRIC organised a workshop in collaboration with the Ministry of Digital Affairs of Ruritania "
        "and the Ruritanian Data Agency (RDA) on 12 March 2024.\n")


def test_extract_report_prints_the_registry_to_do_list_on_stderr(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(page), "--report"])
    assert result.exit_code == 0
    assert '"kind": "event"' in result.stdout
    assert f"{page}:5: info: organisation not in the registry: 'Ministry of Digital Affairs of Ruritania'" \
        in result.stderr
    assert "'Ruritanian Data Agency' (RDA), minted id 'rda'" in result.stderr
    assert "info:" not in result.stdout


def test_extract_report_writes_to_a_file_when_given_one(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    todo = tmp_path / "todo.txt"
    result = CliRunner().invoke(cli, ["extract", str(page), "--report", str(todo)])
    assert result.exit_code == 0
    assert "info:" not in result.stderr
    lines = todo.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2 and all(line.startswith(f"{page}:5: info:") for line in lines)


def test_extract_without_report_prints_no_report(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(page)])
    assert result.exit_code == 0 and "not in the registry" not in result.stderr


def test_a_spelling_variant_of_a_registry_name_resolves_to_the_registry_entry():
    registry = default_registry()
    assert from_discovery("الجامعة الإسلامية العالمية بماليزيا", None, 0, 1, registry).id == "iium"
    assert from_discovery("معهد الإحصاءات التركي", None, 0, 1, registry).id == "turkstat"
    assert from_discovery("وزارة الصحة في جيبوتي", None, 0, 1, registry).id.startswith("x-")



def test_a_body_that_shares_a_registry_bodys_head_and_country_but_not_its_field_is_not_that_body():
    # one word apart, the names read alike (> 0.9): the word that says what the body does must agree
    registry = default_registry()
    assert from_discovery("الهيئة العامة للأوقاف في المملكة العربية السعودية", None, 0, 1, registry).id != "gastat"
    assert from_discovery("الهيئة العامة للزكاة في المملكة العربية السعودية", None, 0, 1, registry).id != "gastat"
    # a spelling of the registry's own name still resolves (glued or separate «في», a plural)
    assert from_discovery("الهيئة العامة للإحصاءات في المملكة العربية السعودية", None, 0, 1, registry).id == "gastat"
    text = ("سيسرك ينظم ورشة عمل حول الزكاة\nالتاريخ : 3 مايو 2025\nمكان الانعقاد: الرياض - السعودية\n\n"
            "نظم سيسرك ورشة عمل حول الزكاة بالتعاون مع الهيئة العامة للزكاة في المملكة العربية السعودية يوم 3 مايو "
            "2025 في الرياض.\n")
    assert [(o.name, o.acronym) for o in extract(text, "x.txt").records[0].partners] == [
        ("الهيئة العامة للزكاة في المملكة العربية السعودية", None)]
    # a locator the registry's name carries ('… Health (Malaysia)') is no distinctive word
    assert from_discovery("National Institute of Occupational Safety and Health", "NIOSH", 0, 1, registry).id == "niohs"


def _page(story: str) -> str:
    return f"SESRIC Organises Course\nDate : 12 March 2024\nVenue : Ankara - Türkiye\n\n{story}\n"


def test_a_registry_name_that_starts_a_longer_name_with_another_acronym_is_another_body():
    # «الوكالة الدولية للطاقة» is the IEA in the registry; the atomic-energy agency only starts with its name
    text = _page("نظم سيسرك دورة تدريبية يوم 12 مارس 2024 في أنقرة. وقدم الدورة خبراء من الوكالة الدولية "
                 "للطاقة الذرية (IAEA) ومن الوكالة الدولية للطاقة المتجددة والمستدامة (إيرينا).")
    partners = extract(text, "x.txt").records[0].partners
    assert [(o.name, o.acronym, o.id) for o in partners] == [
        ("الوكالة الدولية للطاقة الذرية", "IAEA", "iaea"),
        ("الوكالة الدولية للطاقة المتجددة", "IRENA", "irena")]  # a known Arabic acronym names the registry body
    text = _page("SESRIC organised a course on 12 March 2024 in Ankara. Experts from the International Energy "
                 "Agency Clean Coal Centre (CCC) and the Islamic Development Bank Business Forum (THIQAH) "
                 "delivered the sessions.")
    partners = extract(text, "x.txt").records[0].partners
    assert [(o.name, o.acronym) for o in partners] == [
        ("International Energy Agency Clean Coal Centre", "CCC"), ("Islamic Development Bank Business Forum", "THIQAH")]
    assert {o.id for o in partners}.isdisjoint({"iea", "isdb"})


def test_a_registry_name_followed_by_its_own_acronym_or_a_list_stays_the_registry_body():
    from loaders.resolve import longer_names
    from loaders.sesric_news import _gazetteer
    registry = default_registry()
    for text in ("خبراء من الوكالة الدولية للطاقة في باريس (IEA)",         # a stop word: a place, not the name
                 "خبراء من الوكالة الدولية للطاقة ومن منظمة الصحة العالمية (WHO)",  # «و» opens the next body
                 "experts from the Islamic Development Bank and the World Health Organization (WHO)",
                 "خبراء من الوكالة الدولية للطاقة والمنظمة العالمية للأرصاد (WMO)",  # «و» and a head: another body
                 "the Islamic Development Bank Group (IsDBG)",              # the body's own acronym inside it
                 "منظمة الأغذية والزراعة للأمم المتحدة (الفاو)",              # the body's own Arabic spelling
                 "خبراء من البنك الإسلامي للتنمية الفرعي (جدة)",               # a place in parentheses
                 "خبراء من الوكالة الدولية للطاقة الذرية (سابقا)"):             # a remark ('formerly')
        mentions = _gazetteer(registry).find(text)
        kept, longer = longer_names(text, mentions, registry)
        assert (kept, longer) == (mentions, []), text
    text = "خبراء من الوكالة الدولية للطاقة والمياه النظيفة (IWEA)"  # «و» joining words of one name goes on
    kept, longer = longer_names(text, _gazetteer(registry).find(text), registry)
    assert kept == [] and [(o.name, o.acronym) for o in longer] == [("الوكالة الدولية للطاقة والمياه النظيفة", "IWEA")]


def test_a_national_acronym_of_another_country_is_not_the_registry_body():
    text = ("SESRIC Organises Course\nDate : 12 March 2024\nVenue : Online\n\nSESRIC organised a course in "
            "collaboration with the National Institute of Statistics of Cameroon (INS) on 12 March 2024.\n")
    partners = extract(text, "x.txt").records[0].partners
    assert [(o.name, o.acronym) for o in partners] == [("National Institute of Statistics of Cameroon", "INS")]
    assert partners[0].id != "ins-guinea"


def test_a_discovered_acronym_with_turkish_letters_is_written_in_ascii():
    from loaders.resolve import from_discovery
    assert from_discovery("Global Health Services Inc", "SAĞLIK", 0, 10).acronym == "SAGLIK"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="وزارهصحاقتدlmn ", max_size=30), st.text(alphabet="وزارهصحاقتدlmn ", max_size=30))
def test_the_quick_ratio_counted_per_name_is_difflibs(key, other):
    from collections import Counter
    from difflib import SequenceMatcher
    from loaders.resolve import _quick_ratio
    assert _quick_ratio(Counter(key), len(key), other) == SequenceMatcher(None, key, other).quick_ratio()


def test_known_as_with_its_memo_is_known_as_without():
    from loaders.registry import default_registry
    from loaders.resolve import _known_as
    reg = default_registry()
    names = [(n, None) for e in list(reg.organisations.values())[:150] for n in e.names]
    names += [("وزارة الصحة في جيبوتي", None), ("Ministry of Health of Malaysia", "MOH"), ("معهد الإحصاءات التركي", None),
              ("المعهد الوطني للإحصاء في الكاميرون", "INS"), ("الجامعة الإسلامية العالمية بماليزيا", None)]
    for name, acronym in names * 2:  # the second time from the memo
        assert known_as(name, acronym, reg) is _known_as(name, acronym, reg), name


def test_every_way_of_naming_the_oic_general_secretariat_resolves_to_it_but_another_organisations_does_not():
    gazetteer = Gazetteer(default_registry())
    for text in ("وذلك بالتنسيق مع الأمانة العامة للمنظمة وعدد من المؤسسات.",
                 "وقدم ممثل الأمانة العامة لمنظمة التعاون الإسلامي عرضا.",
                 "A representative of the OIC General Secretariat spoke.",
                 "in close coordination with the General Secretariat of the OIC."):
        assert [m.entry.id for m in gazetteer.find(text)] == ["oic-gs"], text
    # «المنظمة» before a definite word is another organisation's name going on, not the OIC
    assert gazetteer.find("بالتعاون مع الأمانة العامة للمنظمة العربية للسياحة.") == []


def test_a_known_name_opening_a_longer_name_for_a_region_and_the_region_is_the_longer_body():
    registry = default_registry()
    text = "with the support of the United Nations Statistical Institute for Asia and the Pacific (SIAP) in 2025."
    mentions = [m for m in Gazetteer(registry).find(text) if m.entry.table == "organisations"]
    kept, longer = longer_names(text, mentions, registry)
    assert [(o.name, o.acronym) for o in longer] == [("United Nations Statistical Institute for Asia and the Pacific",
                                                      "SIAP")]
    assert [m.entry.id for m in kept] == []
