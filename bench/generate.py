"""Generate synthetic corpora and graphs: the real corpus's shapes at any size, the same for a seed.

In:  a size (a multiple of the real corpus, or a number of triples) and a seed.
Out: `write_corpus`: a folder of Arabic texts in the three shapes of
     data/corpus/ (news pages like 000-002, an activity report like 004, a
     committee document extracted from PDF like 003) and `truth.jsonl`, the
     records each text was written from (the extraction contract, without
     spans; agreements follow the gold's convention of both signatories as
     organisers). `write_nquads`: an N-Quads file of about N triples made by
     graph/triples.py's own `add_record` from synthetic records, so the graph
     has exactly the shape a build gives.

Variety comes from the registry (organisations, programmes, networks,
countries, cities) plus invented agencies, from activity kinds, topics,
dates between 2015 and 2026, venues, counts, and activities reported twice
(in two sections of a report, or in a report and a news page).

Run `python -m bench.generate corpus out/bench/corpus-100x --scale 100` or
`python -m bench.generate triples out/bench/1M.nq --triples 1000000`.
"""
from __future__ import annotations

import argparse
import json
import random
from dataclasses import dataclass, field
from pathlib import Path

from loaders.registry import Registry, default_registry

SEED = 7
# The real corpus: three news pages, one committee document, one activity report.
SHAPES_PER_UNIT = (("news", 3), ("committee", 1), ("report", 1))

MONTHS_AR = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
             "أكتوبر", "نوفمبر", "ديسمبر")  # January ... December, as SESRIC writes them

# (event_type, the Arabic words the texts use for it, weight)
KINDS = (
    ("training_course", "دورة تدريبية", 30),           # training course
    ("training_course", "دورة تدريبية إحصائية", 15),   # statistical training course
    ("workshop", "ورشة عمل", 15),                      # workshop
    ("workshop", "ورشة عمل إقليمية", 5),               # regional workshop
    ("webinar", "ندوة عبر الإنترنت", 10),              # webinar ("seminar over the internet")
    ("seminar", "ندوة", 4),                            # seminar
    ("meeting", "اجتماع", 6),                          # meeting
    ("study_visit", "زيارة دراسية", 4),                # study visit
    ("side_event", "فعالية جانبية", 3),                # side event
    ("panel", "حلقة نقاش", 3),                         # panel
    ("forum", "منتدى", 2),                             # forum
    ("conference", "مؤتمر", 2),                        # conference
)
TOPICS = (
    "إحصاءات التجارة الدولية",            # international trade statistics
    "نظام الحسابات القومية",              # the system of national accounts
    "الإحصاءات النقدية والمالية",         # monetary and financial statistics
    "ميزان المدفوعات ووضع الاستثمار الدولي",  # balance of payments and the IIP
    "نشر البيانات واستراتيجيات التواصل",   # data dissemination and communication
    "السلامة والصحة المهنية في قطاع البناء",  # OSH in construction
    "خدمات التشغيل العامة",                # public employment services
    "ريادة الأعمال وإنشاء الأعمال التجارية",  # entrepreneurship and business creation
    "سياسة المنافسة وحماية المستهلك",      # competition policy and consumer protection
    "إدارة مخاطر الكوارث",                 # disaster risk management
    "الأمن الغذائي والزراعة المستدامة",     # food security and sustainable agriculture
    "إدارة الموارد المائية",                # water resources management
    "التمويل الإسلامي الأخضر",             # green Islamic finance
    "العملات الرقمية للبنوك المركزية",      # central bank digital currencies
    "تدقيق الحسابات للحكومات المحلية",      # auditing local governments
    "النقل المستدام والتصدي لتغير المناخ",  # sustainable transport and climate change
    "تسهيل النقل في البلدان غير الساحلية",  # transport facilitation in landlocked countries
    "السياحة الصحية والتسويق",              # health tourism and marketing
    "مؤشرات أهداف التنمية المستدامة",       # SDG indicators
    "إحصاءات الطاقة وحساباتها",             # energy statistics and accounts
    "التحول الرقمي في الإدارة العامة",      # digital transformation of public administration
    "الحماية الاجتماعية والضمان الاجتماعي",  # social protection and social security
    "تمكين المرأة اقتصاديا",                # women's economic empowerment
    "الحد من الفقر متعدد الأبعاد",           # multidimensional poverty
    "معايير الحلال وسلامة الأغذية",         # halal standards and food safety
    "التعليم والتدريب المهني",               # vocational education and training
    "تعداد السكان والمساكن",                 # population and housing census
    "إحصاءات العمل وسوق الشغل",              # labour statistics
    "أسواق رأس المال والصكوك",               # capital markets and sukuk
    "الصحة العامة واللقاحات",                # public health and vaccines
)
QUALIFIERS = ("", " في بلدان منظمة التعاون الإسلامي", " للدول الأعضاء", ": التحديات والفرص",
              ": أفضل الممارسات", " في منطقة أفريقيا", " في آسيا الوسطى", " في العالم العربي")
# in OIC countries / for member states / challenges and opportunities / best practices /
# in Africa / in Central Asia / in the Arab world

# Invented agencies: a head noun, a field and a country: «الوكالة الوطنية للإحصاء في السنغال».
AGENCY_HEADS = (("الوكالة الوطنية", "NA"), ("المعهد الوطني", "NI"), ("الهيئة العامة", "GA"),
                ("المجلس الأعلى", "HC"), ("الصندوق الوطني", "NF"), ("المركز الوطني", "NC"),
                ("الديوان الوطني", "NO"))  # national agency, institute, authority, council, fund, centre, office
AGENCY_FIELDS = (("للإحصاء", "S"), ("لتنمية الصادرات", "XD"), ("للتدريب المهني", "VT"),
                 ("للسلامة والصحة المهنية", "OSH"), ("للتشغيل", "E"), ("للمشاريع الصغيرة والمتوسطة", "SME"),
                 ("للسياحة", "T"), ("للمياه", "W"), ("للبحوث الزراعية", "AR"), ("للنقل", "TR"),
                 ("للتخطيط", "P"), ("للضمان الاجتماعي", "SS"), ("للمواصفات والمقاييس", "SM"),
                 ("للبحوث الاقتصادية", "ER"), ("للطاقة", "EN"), ("للصحة العامة", "PH"))
# statistics, export development, vocational training, OSH, employment, SMEs, tourism, water,
# agricultural research, transport, planning, social security, standards, economic research,
# energy, public health

FILLER = (  # sentences of the real pages that carry no facts
    "وعملت الدورة كفرصة لجمع مهنيي وخبراء المؤسسات الوطنية المعنية لتبادل المعارف والخبرات وأفضل الممارسات.",
    "وتمثل الهدف من هذا النشاط في تعزيز قدرات المؤسسات الوطنية في البلدان الأعضاء وتبادل التجارب الناجحة.",
    "ومن خلال جلسات تفاعلية وتمارين عملية وعروض قدمها خبراء متخصصون، ركز النشاط على الجوانب العملية للموضوع.",
    "وأكد المشاركون على أهمية التعاون فيما بين بلدان منظمة التعاون الإسلامي في هذا المجال الحيوي.",
    "ويأتي تنظيم هذا النشاط تماشيا مع القرارات ذات الصلة الصادرة عن الدورات الوزارية للكومسيك.",
    "واختتم النشاط بجلسة تقييم ناقش فيها المشاركون سبل المتابعة والخطوات المقبلة.",
    "كما أشارت إلى أن المشاريع الصغرى والصغيرة والمتوسطة تمثل 99.9% من إجمالي الشركات في بلدان المنظمة.",
    "وفي هذا السياق، أكدت على التزام سيسرك بدعم تنفيذ المبادرات المتعلقة بالبيانات والأبحاث وبناء القدرات.",
)
SECTIONS = ("التجارة البينية في منظمة التعاون الإسلامي", "تعزيز دور القطاع الخاص في التعاون الاقتصادي",
            "ترسيخ التعاون المالي", "تحسين قطاعي النقل والاتصالات", "تطوير قطاع سياحي مستدام وتنافسي",
            "الرفع من مستوى إنتاجية قطاع الزراعة واستدامة الأمن الغذائي", "التخفيف من وطأة الفقر",
            "التعاون في مجال التحول الرقمي")  # the eight COMCEC agenda items of report 004
SESRIC = {"name": "سيسرك", "acronym": "SESRIC", "id": "sesric"}


@dataclass
class Vocabulary:
    """What synthetic activities are made of: the registry's names plus invented agencies."""

    organisations: list[dict]
    agencies: list[dict]
    programmes: list[dict]
    networks: list[dict]
    cities: list[dict]
    countries: list[dict]
    _agency_index: int = field(default=0, repr=False)

    def agency(self, rng: random.Random) -> dict:
        """An invented agency; new ones first, then the ones already named (they recur)."""
        if self._agency_index < len(self.agencies) and rng.random() < 0.5:
            self._agency_index += 1
            return self.agencies[self._agency_index - 1]
        return rng.choice(self.agencies[:max(self._agency_index, 1)])


def vocabulary(registry: Registry | None = None, seed: int = SEED) -> Vocabulary:
    """Gather names from the registry and invent agencies (deterministically, from seed)."""
    registry = registry or default_registry()
    rng = random.Random(seed)
    orgs = [{"name": e.name_ar, "acronym": e.acronym, "id": e.id} for e in registry.organisations.values()
            if e.name_ar and e.id != "sesric"]
    rng.shuffle(orgs)  # who is a popular partner: fixed by the seed ...
    kobia = [o for o in orgs if o["id"] == "kobia"]  # ... but KOBIA, the README's example, is a regular one
    orgs = [o for o in orgs if o["id"] != "kobia"]
    orgs[8:8] = kobia
    countries = [{"iso3": e.id, "name": e.name_ar} for e in registry.countries.values()
                 if e.name_ar and (e.get("oic_member") or "").lower() in ("yes", "true", "1")]
    cities = [{"name_en": e.name_en, "name": e.name_ar, "country": e.get("country")}
              for e in registry.cities.values() if e.name_ar and e.get("country")]
    country_name = {c["iso3"]: c["name"] for c in countries}
    for city in cities:
        city["country_name"] = country_name.get(city["country"])
    cities = [c for c in cities if c["country_name"]]
    agencies, seen = [], set()
    combos = [(h, f, c) for h in AGENCY_HEADS for f in AGENCY_FIELDS for c in countries]
    rng.shuffle(combos)
    for (head, hcode), (fld, fcode), country in combos:
        acronym = f"{hcode}{fcode}-{country['iso3']}"
        if acronym not in seen:
            seen.add(acronym)
            agencies.append({"name": f"{head} {fld} في {country['name']}", "acronym": acronym, "id": None})
    programmes = [{"name": e.name_ar, "acronym": e.acronym or e.name_en} for e in registry.programmes.values()
                  if e.name_ar and (e.acronym or e.name_en)]
    networks = [{"name": e.name_ar, "acronym": e.acronym} for e in registry.networks.values()
                if e.name_ar and e.acronym]
    return Vocabulary(orgs, agencies, programmes, networks, cities, countries)


def _org(o: dict) -> dict:
    return {"name": o["name"], "acronym": o["acronym"]}


def _partner(rng: random.Random, vocab: Vocabulary) -> dict:
    # Popular partners recur (a few OIC institutions appear everywhere): a skewed pick.
    if rng.random() < 0.5:
        i = min(int(rng.expovariate(1 / 12)), len(vocab.organisations) - 1)
        return vocab.organisations[i]
    return vocab.agency(rng)


def activity(rng: random.Random, vocab: Vocabulary, source: str, serial: int) -> dict:
    """One synthetic event as a contract record (the truth a text is written from)."""
    event_type, kind_ar = rng.choices([(t, k) for t, k, _ in KINDS], weights=[w for _, _, w in KINDS])[0]
    topic = rng.choice(TOPICS) + rng.choice(QUALIFIERS)
    year, month = rng.randint(2015, 2026), rng.randint(1, 12)
    day = rng.randint(1, 26)
    length = rng.choice((0, 0, 1, 1, 2))
    organisers = [SESRIC] if rng.random() < 0.85 else [rng.choice(vocab.organisations[:20]), SESRIC]
    partners = []
    for _ in range(rng.choice((0, 1, 1, 2, 2, 3))):
        p = _partner(rng, vocab)
        if p not in partners and p not in organisers:
            partners.append(p)
    online = event_type == "webinar"
    city = None if online or rng.random() < 0.3 else rng.choice(vocab.cities)
    stated = rng.random() < 0.6
    return {
        "source": source, "kind": "event", "event_type": event_type,
        "title": f"{kind_ar} حول {topic}" if serial % 7 else f"{kind_ar} حول {topic} ({serial})",
        "start": f"{year}-{month:02d}-{day:02d}", "end": f"{year}-{month:02d}-{day + length:02d}",
        "city": city["name_en"] if city else None, "country": city["country"] if city else None,
        "online": True if online else (False if city else None),
        "organisers": [_org(o) for o in organisers], "partners": [_org(p) for p in partners],
        "programmes": [rng.choice(vocab.programmes)["acronym"]] if rng.random() < 0.75 else [],
        "networks": [rng.choice(vocab.networks)["acronym"]] if rng.random() < 0.15 else [],
        "participants": rng.randint(15, 220) if stated else None,
        "participant_countries": rng.randint(5, 45) if stated else None,
        "_kind_ar": kind_ar, "_topic": topic, "_city": city,
        "_ids": {o["acronym"] or o["name"]: o.get("id") for o in organisers + partners},
    }


def agreement(rng: random.Random, vocab: Vocabulary, source: str) -> dict:
    """One synthetic agreement row: SESRIC and a partner signed it on a date."""
    partner = _partner(rng, vocab)
    year, month, day = rng.randint(2015, 2026), rng.randint(1, 12), rng.randint(1, 28)
    title = f"{partner['name']} ({partner['acronym']})" if partner["acronym"] else partner["name"]
    return {"source": source, "kind": "agreement", "event_type": None, "title": title,
            "start": f"{year}-{month:02d}-{day:02d}", "end": f"{year}-{month:02d}-{day:02d}",
            "city": None, "country": None, "online": None,
            "organisers": [_org(SESRIC), _org(partner)], "partners": [], "programmes": [], "networks": [],
            "participants": None, "participant_countries": None,
            "_ids": {"SESRIC": "sesric", partner["acronym"] or partner["name"]: partner.get("id")}}


def truth(record: dict) -> dict:
    """The contract's fields of a synthetic record (the private `_` keys dropped)."""
    return {k: v for k, v in record.items() if not k.startswith("_")}


# --- rendering: records to text -------------------------------------------------------------

def _date_ar(record: dict, spaced: bool = True) -> str:
    y, m, d1 = (int(x) for x in record["start"].split("-"))
    d2 = int(record["end"].split("-")[2])
    month = MONTHS_AR[m - 1]
    if d1 == d2:
        return f"{d1:02d} {month} {y}"
    return f"{d1:02d} - {d2:02d} {month} {y}" if spaced else f"{d1}-{d2} {month} {y}"


def _named(o: dict) -> str:
    return f"{o['name']} ({o['acronym']})" if o["acronym"] and o["acronym"] != "SESRIC" else o["name"]


def _programme_clause(record: dict, vocab_programmes: dict) -> str:
    if not record["programmes"]:
        return ""
    p = vocab_programmes[record["programmes"][0]]
    return f"في إطار {p['name']} ({p['acronym']})، "  # "under <programme> (<acronym>), "


def _partners_clause(record: dict) -> str:
    if not record["partners"]:
        return ""
    return "وبالتعاون مع " + " و".join(_named(p) for p in record["partners"]) + "، "  # "and with the cooperation of"


def _counts_sentence(record: dict) -> str:
    if record["participants"] is None:
        return ""
    # "<n> participants from <m> OIC countries took part"
    return (f"وشارك في النشاط {record['participants']} مشاركا من {record['participant_countries']} بلدا "
            "من بلدان منظمة التعاون الإسلامي.")


def _venue(record: dict) -> str:
    city = record["_city"]
    if record["online"]:
        return " عبر الإنترنت"  # online
    return f" في {city['name']}، {city['country_name']}" if city else ""


def render_news(rng: random.Random, record: dict, programmes: dict) -> str:
    """A news page like 000-002: headline, date line, venue line, story, participant bullets."""
    city = record["_city"]
    venue = "عبر الإنترنت" if record["online"] else (f"{city['name']} - {city['country_name']}" if city else "")
    organisers = " و".join(_named(o) for o in record["organisers"])
    lead = (f"نظم {organisers} {record['_kind_ar']} حول \"{record['_topic']}\" "
            f"{_programme_clause(record, programmes)}{_partners_clause(record)}"
            f"{'بتاريخ' if record['start'] == record['end'] else 'في الفترة ما بين'} {_date_ar(record)}"
            f"{_venue(record)}.")  # "on <date>" / "in the period between <dates>"
    paragraphs = [lead] + [" ".join(rng.sample(FILLER, 4)) for _ in range(rng.randint(3, 5))]
    if record["partners"] and rng.random() < 0.5:
        bullets = "\n".join(f"  • {_named(o)}" for o in record["organisers"] + record["partners"])
        paragraphs.append("وكانت المؤسسات المشاركة على النحو التالي:\n\n" + bullets)  # the participating institutions
    paragraphs.append(_counts_sentence(record) + " " + " ".join(rng.sample(FILLER, 4)))
    header = f"{record['title']}\nالتاريخ : {_date_ar(record)}\nمكان الانعقاد: {venue}\n"
    return header + "\n" + "\n\n".join(p.strip() for p in paragraphs if p.strip()) + "\n"


def _bullet(rng: random.Random, record: dict, programmes: dict) -> str:
    when = rng.choice(("في فترة", "خلال فترة", "بتاريخ", "يوم" if record["start"] == record["end"] else "في فترة"))
    return (f"- {record['_kind_ar']} حول '{record['_topic']}': {_programme_clause(record, programmes)}"
            f"{_partners_clause(record)}نظم سيسرك {record['_kind_ar']} حول \"{record['_topic']}\"، "
            f"وذلك {when} {_date_ar(record, spaced=False)}{_venue(record)}. {_counts_sentence(record)} "
            f"{rng.choice(FILLER)} {rng.choice(FILLER)}")


def render_report(rng: random.Random, sections: list[list[dict]], agreements: list[dict],
                  programmes: dict) -> str:
    """An activity report like 004: agreements table, then agenda sections of one-activity bullets."""
    lines = ["تقرير حول أنشطة سيسرك نحو تنفيذ استراتيجية الكومسيك", "",
             "مركز الأبحاث الإحصائية والاقتصادية والاجتماعية والتدريب للدول الإسلامية (سيسرك)", "",
             "مقدمة", "", " ".join(rng.sample(FILLER, 5)), "",
             f"زيادة على ذلك، أبرم سيسرك خلال الفترة قيد الاستعراض {len(agreements)} اتفاقية مع المؤسسات "
             "الوطنية والإقليمية والدولية ذات الصلة.", "", "تاريخ الاتفاق\tالشركاء\tالرقم"]
    for n, a in enumerate(agreements, 1):
        y, m, d = (int(x) for x in a["start"].split("-"))
        lines.append(f"{d:02d} {MONTHS_AR[m - 1]} {y}\t{a['title']}\t.{n}")
    lines.append("")
    for n, (title, bullets) in enumerate(zip(SECTIONS, sections), 1):
        lines += [f"{n}. {title}", "",
                  f"منذ الدورة الأربعين للكومسيك، نفذ سيسرك مجموعة من الأنشطة في إطار بند جدول الأعمال "
                  f"المتعلق ب{title}، وهي كالآتي:", ""]
        lines += [_bullet(rng, r, programmes) for r in bullets]
        lines += ["- قاعدة البيانات الإحصائية لمنظمة التعاون الإسلامي: تضم قاعدة البيانات الإحصائية لمنظمة "
                  f"التعاون الإسلامي التي يسهر عليها سيسرك {rng.randint(20, 160)} مؤشرا تحت هذه الفئة.", ""]
    return "\n".join(lines) + "\n"


def _pdf_damage(rng: random.Random, text: str) -> str:
    """Break text into short lines the way PDF extraction does in 003.

    Lines break mid-sentence, numbers drift to the start of the line with no
    space («2025مايو  14-13»), parentheses come out mirrored («)TWG(»), a
    word is split by a space («استر اتيجية»), and blank lines separate lines.
    """
    words, lines, line = text.split(), [], []
    for word in words:
        line.append(word)
        if sum(len(w) + 1 for w in line) > rng.randint(90, 130):
            lines.append(line)
            line = []
    if line:
        lines.append(line)
    out = []
    for line in lines:
        numbers = [w for w in line if any(ch.isdigit() for ch in w)]
        if numbers and rng.random() < 0.5:
            line = numbers + [w for w in line if w not in numbers]
            text_line = "".join(numbers) + " " + " ".join(w for w in line[len(numbers):])
        else:
            text_line = " ".join(line)
        if rng.random() < 0.3:
            text_line = text_line.replace("(", "\0").replace(")", "(").replace("\0", ")")
        if rng.random() < 0.2:
            i = text_line.find("استراتيجية")  # "strategy", split as in 003/004
            if i >= 0:
                text_line = text_line[:i] + "استر اتيجية" + text_line[i + len("استراتيجية"):]
        out.append(" " + text_line + " ")
    return "\n\n".join(out) + "\n"


def render_committee(rng: random.Random, meetings: list[dict], programmes: dict) -> str:
    """A committee document like 003: agenda items naming dated meetings, damaged by PDF extraction."""
    parts = [_pdf_damage(rng, "الوضع الحالي لمجالات التعاون وبرامج ومشاريع الكومسيك. توفر هذه الوثيقة معلومات "
                         "أساسية عن البنود المدرجة في جدول أعمال الاجتماع.")]
    for n, record in enumerate(meetings, 2):
        organisers = " و".join(_named(o) for o in record["organisers"])
        # "agenda item n" on a line of its own, digits displaced as in 003 (the prose around it is re-broken)
        parts.append(f" في جدول الأعمال {n}المادة \n\n")
        parts.append(_pdf_damage(rng, f"{SECTIONS[n % len(SECTIONS)]}. " + " ".join(rng.sample(FILLER, 2))
                                 + f" ستعقد {organisers} {record['_kind_ar']} حول \"{record['_topic']}\" "
                                 f"{_programme_clause(record, programmes)}{_partners_clause(record)}"
                                 f"في {_date_ar(record, spaced=False)}{_venue(record)}. {_counts_sentence(record)} "
                                 # "action(s) required", mirrored as in 003
                                 "الإجراء)ات( اللازم)ة(: وستنظر اللجنة في التقرير لاتخاذ الإجراءات اللازمة. "
                                 + " ".join(rng.sample(FILLER, 3))))
    return "\n".join(parts)


@dataclass
class CorpusStats:
    files: int = 0
    bytes: int = 0
    records: int = 0
    repeated: int = 0


def write_corpus(folder: Path | str, scale: float = 1, seed: int = SEED,
                 registry: Registry | None = None) -> CorpusStats:
    """Write scale × the real corpus (3 news pages, 1 committee document, 1 report per unit) to folder.

    Files are named like the real ones (`<shape>-<n>.txt`); `truth.jsonl` holds
    the records each file was written from. The same seed writes the same bytes.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    vocab = vocabulary(registry, seed)
    programmes = {p["acronym"]: p for p in vocab.programmes}
    units = max(1, round(scale * 1))
    stats = CorpusStats()
    reported: list[dict] = []  # activities already in a report: news pages re-tell some
    serial = 0
    with (folder / "truth.jsonl").open("w", encoding="utf-8") as truth_file:
        def emit(path: Path, text: str, records: list[dict]) -> None:
            data = text.encode("utf-8")
            path.write_bytes(data)
            stats.files += 1
            stats.bytes += len(data)
            stats.records += len(records)
            for r in records:
                truth_file.write(json.dumps(truth(r), ensure_ascii=False) + "\n")

        for unit in range(units):
            name = f"report-{unit:05d}.txt"
            sections = []
            records = []
            for _ in SECTIONS:
                bullets = []
                for _ in range(rng.randint(12, 20)):
                    serial += 1
                    bullets.append(activity(rng, vocab, name, serial))
                sections.append(bullets)
            # Some activities are reported twice, under two agenda items (as in 004).
            for _ in range(rng.randint(2, 5)):
                again = rng.choice(rng.choice(sections))
                rng.choice(sections).append(again)
                stats.repeated += 1
            agreements = [agreement(rng, vocab, name) for _ in range(rng.randint(8, 16))]
            text = render_report(rng, sections, agreements, programmes)
            records = agreements + [r for s in sections for r in s]
            emit(folder / name, text, records)
            reported.extend(r for s in sections for r in s)

            name = f"committee-{unit:05d}.txt"
            meetings = []
            for _ in range(rng.randint(30, 40)):
                serial += 1
                meetings.append(activity(rng, vocab, name, serial))
            emit(folder / name, render_committee(rng, meetings, programmes), meetings)

            for page in range(3):
                name = f"news-{unit:05d}-{page}.txt"
                if reported and rng.random() < 0.3:
                    record = dict(rng.choice(reported), source=name)  # the same activity, told again
                    stats.repeated += 1
                else:
                    serial += 1
                    record = activity(rng, vocab, name, serial)
                emit(folder / name, render_news(rng, record, programmes), [record])
    return stats


# --- graphs: synthetic records straight to N-Quads ------------------------------------------

def synthetic_records(count: int, seed: int = SEED, registry: Registry | None = None,
                      per_source: int = 12):
    """Yield count Records as a build would read them: spans, keys, repeated activities, sources.

    Sources alternate between reports (many records) and news pages (one),
    and about one activity in twelve is mentioned again in another source.
    """
    from loaders.records import Organisation, Record

    rng = random.Random(seed)
    vocab = vocabulary(registry, seed)
    made: list[dict] = []
    named: set[tuple] = set()  # (kind, type, date, title) of every new activity: its IRI
    source, left, offset = None, 0, 0
    for serial in range(count):
        if left == 0:
            shape = rng.choice(("report", "news", "news", "committee"))
            source = f"{shape}-{serial:08d}.txt"
            left = 1 if shape == "news" else rng.randint(per_source // 2, per_source * 2)
            offset = 0
        left -= 1
        if made and rng.random() < 0.08:
            record = dict(rng.choice(made), source=source)
        else:
            record = activity(rng, vocab, source, serial) if rng.random() < 0.93 else agreement(rng, vocab, source)
            identity = (record["kind"], record["event_type"], record["start"], record["title"])
            if identity in named:  # a different activity would merge into the earlier one's IRI
                record["title"] = f"{record['title']} ({serial})"
                identity = identity[:3] + (record["title"],)
            named.add(identity)
            if len(made) < 5000:
                made.append(record)
            elif rng.random() < 0.05:
                made[rng.randrange(len(made))] = record
        span = (offset, offset + 300 + len(record["title"]))
        offset = span[1] + 2
        ids = record["_ids"]

        # Each named organisation at its own place in the text (one evidence node per mention).
        named_at, at = [], span[0] + 40
        for o in record["organisers"] + record["partners"]:
            named_at.append(at)
            at += len(o["name"]) + 2

        def org(o: dict, at: int) -> Organisation:
            key = o["acronym"] or o["name"]
            return Organisation(o["name"], o["acronym"], ids.get(key),
                                None if ids.get(key) else (at, at + len(o["name"])))
        first = len(record["organisers"])
        yield Record(source=record["source"], kind=record["kind"], title=record["title"],
                     event_type=record["event_type"], start=record["start"], end=record["end"],
                     city=record["city"], country=record["country"], online=record["online"],
                     organisers=tuple(org(o, named_at[i]) for i, o in enumerate(record["organisers"])),
                     partners=tuple(org(o, named_at[first + i]) for i, o in enumerate(record["partners"])),
                     programmes=tuple(record["programmes"]), networks=tuple(record["networks"]),
                     participants=record["participants"], participant_countries=record["participant_countries"],
                     span=span, quote=record["title"], key=record["title"])


def write_nquads(path: Path | str, triples: int, seed: int = SEED, registry: Registry | None = None) -> int:
    """Write a graph of at least `triples` quads, shaped as a build makes it; return the lines written.

    The ontology and registry graphs come first, then synthetic records, each into its
    source's named graph through graph/triples.py's add_source and add_record, written by
    graph/nquads.py's writer as graph/build.py's `write_quads` does. The ontology is in the
    file, so the graph can be loaded and inferred on its own (bench jobs, rdflib).
    """
    import pyoxigraph as ox

    from graph import iri
    from graph.build import ONTOLOGY_TTL
    from graph.nquads import NQuadsWriter
    from graph.triples import Resolver, add_record, add_registry, add_source

    registry = registry or default_registry()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    resolver = Resolver(registry)
    ontology = ox.Store()
    ontology.load(path=str(ONTOLOGY_TTL), format=ox.RdfFormat.TURTLE,
                  to_graph=ox.NamedNode(str(iri.named_graph("ontology"))))
    head = ontology.dump(format=ox.RdfFormat.N_QUADS).decode("utf-8")
    tmp = path.with_suffix(".part")
    with tmp.open("w", encoding="utf-8") as handle:
        handle.write(head)
        writer = NQuadsWriter(handle, iri.named_graph("registry"))
        writer.count = head.count("\n")
        add_registry(writer, registry)
        seen_sources: set[str] = set()
        for record in synthetic_records(10**12, seed, registry):
            if writer.count >= triples:
                break
            writer.graph = iri.source(record.source)
            if record.source not in seen_sources:
                seen_sources.add(record.source)
                add_source(writer, record.source)
            add_record(writer, record, resolver)
    tmp.replace(path)
    return writer.count


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.generate", description=__doc__.split("\n")[0])
    parser.add_argument("what", choices=("corpus", "triples"))
    parser.add_argument("target", type=Path, help="a folder (corpus) or an .nq file (triples)")
    parser.add_argument("--scale", type=float, default=1, help="multiple of the real corpus (corpus)")
    parser.add_argument("--triples", type=int, default=1_000_000, help="number of triples (triples)")
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args(argv)
    if args.what == "corpus":
        stats = write_corpus(args.target, args.scale, args.seed)
        print(f"wrote {stats.files} files, {stats.bytes / 1e6:.1f} MB, {stats.records} records "
              f"({stats.repeated} repeated mentions) to {args.target}")
    else:
        n = write_nquads(args.target, args.triples, args.seed)
        print(f"wrote {n} quads to {args.target}")


if __name__ == "__main__":
    main()
