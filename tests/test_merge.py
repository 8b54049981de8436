"""One activity reported twice (two sections, two sources) is one node with both evidences."""
from rdflib import URIRef

from graph.build import to_dataset
from graph.namespace import OIC
from loaders.records import Organisation, Record
from loaders.registry import default_registry

SESRIC = Organisation("سيسرك", "SESRIC", "sesric", (0, 5))
KOBIA = Organisation("الوكالة", "KOBIA", "kobia", (10, 17))


def _record(source, title, start="2025-10-07", span=(0, 40), organisers=(SESRIC,)):
    return Record(source=source, kind="event", event_type="meeting", title=title, start=start, end=start,
                  organisers=organisers, span=span, quote=title, key=title)


def test_two_mentions_of_one_meeting_in_two_sources_become_one_node_with_two_evidences():
    records = [_record("000.txt", "الاجتماع الافتتاحي لشبكه منظمه التعاون الاسلامي"),
               _record("004.txt", "الاجتماع الافتتاجي لشبكه منظمه التعاون الاسلامي", span=(500, 560),
                       organisers=(KOBIA,))]
    ds = to_dataset(records, default_registry())
    ds.default_union = True
    activities = set(ds.subjects(OIC.eventTypeCode, None))
    assert len(activities) == 1
    activity = activities.pop()
    sources = {str(s) for ev in ds.objects(activity, OIC.evidence) for s in ds.objects(ev, OIC.fromSource)}
    assert sources == {"https://w3id.org/oic-kg/source/000.txt", "https://w3id.org/oic-kg/source/004.txt"}
    assert set(ds.objects(activity, OIC.organisedBy)) == {URIRef("https://w3id.org/oic-kg/org/sesric"),
                                                          URIRef("https://w3id.org/oic-kg/org/kobia")}


def test_meetings_on_different_days_or_with_different_titles_stay_apart():
    records = [_record("a.txt", "الاجتماع الرابع والعشرون لمجموعه العمل التجاريه", "2025-05-21"),
               _record("a.txt", "الاجتماع الرابع والعشرون لمجموعه العمل التجاريه", "2025-11-21"),
               _record("a.txt", "اجتماع ثنايي مع رييس الوكاله", "2025-05-21")]
    ds = to_dataset(records, default_registry())
    ds.default_union = True
    assert len(set(ds.subjects(OIC.eventTypeCode, None))) == 3
