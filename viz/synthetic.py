"""Make a synthetic partnership network of any size, shaped like the real one, for tests and benchmarks.

In:  a number of organisations and a seed.
Out: NetworkData (viz.network) as read_network_data would return it: a few
     OIC institutions that organise most activities (SESRIC-like hubs), many
     national agencies and others that join one to a few, each activity with
     one or two organisers and up to eight partners picked in proportion to how
     active they already are, dates from 2015 to 2026, programmes, networks,
     sources, English and Arabic names. The same seed gives the same network.
"""
from __future__ import annotations

import datetime as dt
import random

from viz.network import Activity, NetworkData, Organisation

BASE = "https://w3id.org/oic-kg/"
# (class, label, top-level group, group label, share of organisations)
KINDS = [
    ("OICSubsidiaryOrgan", "OIC subsidiary organ", "OICSubsidiaryOrgan", "OIC subsidiary organ", 0.01),
    ("OICSpecialisedInstitution", "OIC specialised institution", "OICSpecialisedInstitution",
     "OIC specialised institution", 0.01),
    ("OICAffiliatedInstitution", "OIC affiliated institution", "OICAffiliatedInstitution",
     "OIC affiliated institution", 0.01),
    ("NationalAgency", "national agency", "NationalAgency", "national agency", 0.30),
    ("Ministry", "ministry", "NationalAgency", "national agency", 0.20),
    ("StatisticalOffice", "national statistical office", "NationalAgency", "national agency", 0.05),
    ("UNBody", "United Nations body", "InternationalOrganisation", "international organisation", 0.04),
    ("InternationalOrganisation", "international organisation", "InternationalOrganisation",
     "international organisation", 0.03),
    ("University", "university", "University", "university", 0.15),
    ("ResearchCentre", "research centre", "ResearchCentre", "research centre", 0.08),
    ("PrivateSectorBody", "private sector body", "PrivateSectorBody", "private sector body", 0.07),
    ("NGO", "non-governmental organisation", "NGO", "non-governmental organisation", 0.05),
]
PROGRAMMES = ["StatCaB", "OIC-VET", "Ibn Sina", "CA-CaB", "Binaa Initiative", "OIC-CaB", "MHCaB", "EnviCaB"]
NETWORKS = ["OIC-SMENET", "OIC-PESNET", "OIC-StatCom", "OIC-OSHNET", "OIC-TVET"]
TYPES = ["training_course", "workshop", "webinar", "meeting", "seminar", "study_visit", "forum", "conference"]
ARABIC_WORDS = ["هيئة", "وكالة", "مركز", "جامعة", "وزارة", "مجلس", "معهد", "صندوق", "التنمية", "الإحصاء",
                "التدريب", "الاقتصاد", "الصحة", "التجارة", "البحوث", "الوطنية"]


def synthetic_data(organisations: int = 2000, seed: int = 0, activities_per_org: float = 1.5) -> NetworkData:
    """Return a synthetic network of about that many organisations (every one in an activity).

    >>> data = synthetic_data(50, seed=1)
    >>> len(data.organisations), all(a.roles for a in data.activities.values())
    (50, True)
    """
    rng = random.Random(seed)
    orgs = {}
    hubs = max(3, organisations // 100)
    for i in range(organisations):
        kind = KINDS[i % 3] if i < hubs else rng.choices(KINDS[3:], weights=[k[4] for k in KINDS[3:]])[0]
        cls, label, group, group_label, _ = kind
        acronym = _acronym(rng, i)
        iri = f"{BASE}org/synthetic-{i:05d}"
        orgs[iri] = Organisation(
            iri, acronym, f"Synthetic {label} {i}", " ".join(rng.sample(ARABIC_WORDS, 3)) + f" {i}",
            cls, label, group, group_label,
            frozenset(k.replace(" ", "").casefold() for k in {cls, label, group, group_label}))
    iris = list(orgs)
    index = {iri: i for i, iri in enumerate(iris)}
    activity_count = int(organisations * activities_per_org)
    weight = [20.0 if i < hubs else 1.0 for i in range(organisations)]
    acts = {}
    unused = iris[hubs:]
    rng.shuffle(unused)
    for j in range(activity_count):
        organisers = {iris[rng.randrange(hubs)]} if rng.random() < 0.8 else set(rng.choices(iris, weight, k=1))
        if rng.random() < 0.2:
            organisers.add(iris[rng.randrange(hubs)])
        partners = set()
        if unused:
            partners.add(unused.pop())
        partners.update(rng.choices(iris, weight, k=rng.randint(0, 7)))
        partners -= organisers
        roles = {o: "organiser" for o in organisers} | {p: "partner" for p in partners}
        for org in roles:
            weight[index[org]] += 1.0
        day = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(12 * 365))
        kind = rng.choice(TYPES)
        iri = f"{BASE}event/{day.isoformat()}-{kind.replace('_', '-')}-{j:06d}"
        acts[iri] = Activity(
            iri, f"Synthetic {kind.replace('_', ' ')} {j}: " + " ".join(rng.sample(ARABIC_WORDS, 4)), day, kind,
            tuple(rng.sample(PROGRAMMES, 1)) if rng.random() < 0.6 else (),
            tuple(rng.sample(NETWORKS, 1)) if rng.random() < 0.2 else (),
            (f"synthetic_{j // 20:05d}.txt",), roles)
    return NetworkData(orgs, acts)


def _acronym(rng: random.Random, i: int) -> str:
    letters = "".join(rng.choice("ABCDEFGHIKLMNOPRSTUY") for _ in range(rng.randint(3, 5)))
    return f"{letters}{i}"
