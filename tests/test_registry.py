"""The curated registry is consistent: unique ids, unambiguous aliases, every member state once."""
from collections import Counter

from loaders.arabic import bare
from loaders.gazetteer import Gazetteer
from loaders.registry import default_registry

# The 57 member states of the OIC (ISO 3166-1 alpha-3).
OIC_MEMBERS = set("""AFG ALB DZA AZE BHR BGD BEN BRN BFA CMR TCD COM CIV DJI EGY GAB GMB GIN GNB GUY IDN IRN IRQ
JOR KAZ KWT KGZ LBN LBY MYS MDV MLI MRT MAR MOZ NER NGA OMN PAK PSE QAT SAU SEN SLE SOM SDN SUR SYR TJK TGO
TUN TUR TKM UGA ARE UZB YEM""".split())


def test_every_member_state_is_in_the_registry_once():
    registry = default_registry()
    members = {c.id for c in registry.countries.values() if (c.get("oic_member") or "").lower() == "yes"}
    assert members == OIC_MEMBERS
    assert all(c.name_ar and c.name_en for c in registry.countries.values())


def test_every_alias_resolves_to_one_organisation():
    registry = default_registry()
    owners = {}
    clashes = []
    for entry in registry.organisations.values():
        for name in {bare(n) for n in entry.names}:
            if name in owners and owners[name] != entry.id:
                clashes.append((name, owners[name], entry.id))
            owners[name] = entry.id
    assert clashes == []


def test_organisation_rows_name_known_kinds_countries_and_parents():
    registry = default_registry()
    kinds = {"oic_organ", "oic_subsidiary_organ", "oic_specialised_institution", "oic_affiliated_institution",
             "oic_standing_committee", "national_agency", "ministry", "statistical_office", "central_bank",
             "international_organisation", "un_body", "regional_organisation", "university", "research_centre",
             "private_sector", "ngo", "other"}
    for entry in registry.organisations.values():
        assert entry.kind in kinds, entry.id
        assert entry.name_en and entry.name_ar, entry.id
        if entry.get("country"):
            assert entry.get("country") in registry.countries, entry.id
        if entry.get("parent"):
            assert entry.get("parent") in registry.organisations, entry.id


def test_the_gazetteer_finds_every_spelling_the_issue_names():
    registry = default_registry()
    gazetteer = Gazetteer(registry)
    for text, expected in [("IDB", "isdb"), ("ISDB", "isdb"), ("IsDB", "isdb"), ("KOBİA", "kobia"),
                           ("KOBIA", "kobia"), ("سيسرك", "sesric"), ("لسيسرك", "sesric"),
                           ("مركز الأبحاث الإحصائية والاقتصادية والاجتماعية والتدريب للدول الإسلامية", "sesric"),
                           ("والبنك الإسلامي للتنمية", "isdb")]:
        found = gazetteer.find(text)
        assert [m.entry.id for m in found] == [expected], text


def test_registry_ids_are_unique_within_each_table():
    registry = default_registry()
    for table in ("organisations", "programmes", "networks"):
        rows = registry.table(table)
        assert len(rows) == len(set(rows)) > 0
    acronyms = Counter(e.acronym for e in registry.organisations.values() if e.acronym)
    assert [a for a, n in acronyms.items() if n > 1] == []
