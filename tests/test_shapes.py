"""The SHACL shapes in ontology/shapes.ttl: each one with a conforming and a violating graph.

Every violating case starts from one small conforming graph (BASE) and changes
one thing, so a failure points at exactly one shape.
"""
import json
import shutil
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from ontology.reasoning import check_consistency
from ontology.validation import load_shapes, read_dump, validate, validate_path

PREFIXES = """
@prefix oic:  <https://w3id.org/oic-kg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
@prefix org:  <https://w3id.org/oic-kg/org/> .
@prefix ev:   <https://w3id.org/oic-kg/event/> .
@prefix ag:   <https://w3id.org/oic-kg/agreement/> .
@prefix src:  <https://w3id.org/oic-kg/source/> .
@prefix x:    <https://w3id.org/oic-kg/x/> .
"""

# One event, one agreement, one publication, a network role and a partnership,
# all as the graph builder writes them (sample text 000_272770b36fcd7c81.txt:
# SESRIC and KOBIA open OIC-SMENET in Baku on 7 October 2025).
BASE = PREFIXES + """
src:000 a oic:SourceDocument ; rdfs:label "000_272770b36fcd7c81.txt" .
x:span1 a oic:Evidence ; oic:fromSource src:000 ;
    oic:charStart "0"^^xsd:nonNegativeInteger ; oic:charEnd "120"^^xsd:nonNegativeInteger ;
    oic:quote "الاجتماع الافتتاحي لشبكة منظمة التعاون الإسلامي للمشاريع الصغيرة والمتوسطة" .

org:sesric a oic:OICSubsidiaryOrgan ; rdfs:label "SESRIC"@en , "سيسرك"@ar ;
    skos:prefLabel "SESRIC"@en ; oic:headquarteredIn x:TUR ;
    oic:partnerOf org:kobia .
org:kobia a oic:NationalAgency ; rdfs:label "KOBIA"@en ; oic:partnerOf org:sesric .
x:TUR a oic:Country ; rdfs:label "Türkiye"@en .
x:AZE a oic:OICMemberState ; rdfs:label "Azerbaijan"@en .
x:Baku a oic:City ; rdfs:label "Baku"@en ; oic:locatedIn x:AZE .
x:smenet a oic:Network ; rdfs:label "OIC-SMENET"@en .
x:statcab a oic:CapacityBuildingProgramme ; rdfs:label "StatCaB"@en .

ev:launch a oic:Meeting ; oic:eventTypeCode "meeting" ;
    oic:startDate "2025-10-07"^^xsd:date ; oic:endDate "2025-10-07"^^xsd:date ;
    oic:organisedBy org:sesric , org:kobia ; oic:involvesNetwork x:smenet ;
    oic:heldInCity x:Baku ; oic:heldInCountry x:AZE ; oic:online false ;
    oic:participantCount "68"^^xsd:nonNegativeInteger ;
    oic:participantCountryCount "37"^^xsd:nonNegativeInteger ;
    oic:evidence x:span1 .

ag:mou a oic:MemorandumOfUnderstanding ; oic:startDate "2024-05-02"^^xsd:date ;
    oic:agreementDate "2024-05-02"^^xsd:date ;
    oic:hasParty org:sesric , org:kobia ; oic:evidence x:span1 .

x:report a oic:Publication ; oic:dateUnknown true ; oic:organisedBy org:sesric ; oic:evidence x:span1 .

x:chair a oic:NetworkRole ; oic:roleHolder org:kobia ; oic:roleNetwork x:smenet ; oic:roleKind oic:Chair ;
    oic:termLengthYears "3"^^xsd:nonNegativeInteger ; oic:firstYear "2025"^^xsd:gYear .

x:p1 a oic:Partnership ; oic:partnershipBetween org:sesric , org:kobia ;
    oic:partnershipEvidence ev:launch , ag:mou ;
    oic:sharedActivityCount "2"^^xsd:nonNegativeInteger ;
    oic:firstYear "2024"^^xsd:gYear ; oic:lastYear "2025"^^xsd:gYear .
"""

OIC = Namespace("https://w3id.org/oic-kg/ontology#")
X = Namespace("https://w3id.org/oic-kg/x/")
EV = Namespace("https://w3id.org/oic-kg/event/")
AG = Namespace("https://w3id.org/oic-kg/agreement/")
ORG = Namespace("https://w3id.org/oic-kg/org/")


def expand(curie: str) -> str:
    """Return the IRI of a test prefixed name: expand("ev:launch") is the launch event's IRI."""
    prefix, local = curie.split(":", 1)
    return str({"ev": EV, "ag": AG, "org": ORG, "x": X}[prefix][local])


def graph(extra: str = "", remove: list[tuple] = ()) -> Graph:
    """Return BASE plus the triples in extra, minus the (s, p, o) patterns in remove."""
    g = Graph().parse(data=BASE, format="turtle")
    for pattern in remove:
        g.remove(pattern)
    return g.parse(data=PREFIXES + extra, format="turtle")


@pytest.fixture(scope="module")
def shapes():
    return load_shapes()


def test_the_base_graph_conforms_with_no_findings_at_all(shapes):
    report = validate(graph(), shapes)
    assert report.conforms, str(report)
    assert report.findings == [], str(report)


def test_shapes_file_parses_and_every_shape_has_a_target_or_is_used():
    g = load_shapes()
    sh = Namespace("http://www.w3.org/ns/shacl#")
    for shape in g.subjects(RDF.type, sh.NodeShape):
        targeted = any((shape, p, None) in g for p in (sh.targetClass, sh.targetSubjectsOf, sh.targetNode))
        used = (None, sh.node, shape) in g
        assert targeted or used, f"{shape} is never applied"


# (case name, triples added, patterns removed, the focus node, words the message must contain)
VIOLATIONS = [
    ("event without a specific type",
     "", [(EV.launch, RDF.type, OIC.Meeting)], "ev:launch", "needs a type"),
    ("event with only the generic Event type",
     "ev:launch a oic:Event .", [(EV.launch, RDF.type, OIC.Meeting)], "ev:launch", "needs a type"),
    ("event with an unknown event type code",
     'ev:launch oic:eventTypeCode "party" .', [(EV.launch, OIC.eventTypeCode, None)], "ev:launch",
     "event_type code"),
    ("event without a date and without dateUnknown",
     "", [(EV.launch, OIC.startDate, None), (EV.launch, OIC.endDate, None)], "ev:launch", "oic:startDate"),
    ("event with a date and dateUnknown true",
     "ev:launch oic:dateUnknown true .", [], "ev:launch", "not both"),
    ("event with a date that is a plain string",
     'ev:launch oic:startDate "2025-10-07" .', [(EV.launch, OIC.startDate, None)], "ev:launch", "xsd:date"),
    ("event that ends before it starts",
     'ev:launch oic:endDate "2025-10-06"^^xsd:date .', [(EV.launch, OIC.endDate, None)], "ev:launch",
     "before oic:startDate"),
    ("event without an organiser and without organiserNotStated",
     "", [(EV.launch, OIC.organisedBy, None)], "ev:launch", "oic:organisedBy"),
    ("event with an organiser and organiserNotStated true",
     "ev:launch oic:organiserNotStated true .", [], "ev:launch", "not both"),
    ("publication without an author and without organiserNotStated",
     "", [(X.report, OIC.organisedBy, None)], "x:report", "oic:organisedBy"),
    ("event without evidence",
     "", [(EV.launch, OIC.evidence, None)], "ev:launch", "oic:evidence"),
    ("evidence without a source",
     "", [(X.span1, OIC.fromSource, None)], "x:span1", "oic:fromSource"),
    ("evidence without charStart",
     "", [(X.span1, OIC.charStart, None)], "x:span1", "oic:charStart"),
    ("evidence without charEnd",
     "", [(X.span1, OIC.charEnd, None)], "x:span1", "oic:charEnd"),
    ("evidence whose span ends before it starts",
     'x:span1 oic:charStart "200"^^xsd:nonNegativeInteger .', [(X.span1, OIC.charStart, None)], "x:span1",
     "less than oic:charEnd"),
    ("evidence whose offset is a decimal",
     "x:span1 oic:charEnd 120.0 .", [(X.span1, OIC.charEnd, None)], "x:span1", "xsd:nonNegativeInteger"),
    ("evidence whose offset is negative",
     "x:span1 oic:charStart -1 .", [(X.span1, OIC.charStart, None)], "x:span1", "oic:charStart"),
    ("negative participant count",
     "ev:launch oic:participantCount -3 .", [(EV.launch, OIC.participantCount, None)], "ev:launch",
     "oic:participantCount"),
    ("participant count that is a string",
     'ev:launch oic:participantCount "68" .', [(EV.launch, OIC.participantCount, None)], "ev:launch",
     "oic:participantCount"),
    ("two participant counts",
     'ev:launch oic:participantCount "70"^^xsd:nonNegativeInteger .', [], "ev:launch", "oic:participantCount"),
    ("negative participant country count",
     "ev:launch oic:participantCountryCount -1 .", [(EV.launch, OIC.participantCountryCount, None)],
     "ev:launch", "oic:participantCountryCount"),
    ("agreement with only one party",
     "", [(AG.mou, OIC.hasParty, ORG.kobia)], "ag:mou", "at least two oic:hasParty"),
    ("agreement with no party and no partiesNotStated",
     "", [(AG.mou, OIC.hasParty, None)], "ag:mou", "at least two oic:hasParty"),
    ("agreement with parties and partiesNotStated true",
     "ag:mou oic:partiesNotStated true .", [], "ag:mou", "not both"),
    ("agreement whose party is a country",
     "ag:mou oic:hasParty x:TUR .", [], "ag:mou", "oic:Organisation"),
    ("organisation without a label",
     "", [(ORG.kobia, RDFS.label, None)], "org:kobia", "rdfs:label"),
    ("organisation with two English preferred labels",
     'org:sesric skos:prefLabel "SESRIC Centre"@en .', [], "org:sesric", "skos:prefLabel"),
    ("country without a label",
     "", [(X.TUR, RDFS.label, None)], "x:TUR", "rdfs:label"),
    ("network without a label",
     "", [(X.smenet, RDFS.label, None)], "x:smenet", "rdfs:label"),
    ("network role without a kind",
     "", [(X.chair, OIC.roleKind, None)], "x:chair", "oic:roleKind"),
    ("network role in a programme",
     "x:chair oic:roleNetwork x:statcab .", [(X.chair, OIC.roleNetwork, None)], "x:chair", "oic:roleNetwork"),
    ("network role whose kind is not a network role kind",
     "x:chair oic:roleKind oic:Meeting .", [(X.chair, OIC.roleKind, None)], "x:chair", "oic:roleKind"),
    ("partnership between one organisation",
     "", [(X.p1, OIC.partnershipBetween, ORG.kobia)], "x:p1", "exactly two"),
    ("partnership between three organisations",
     "x:p1 oic:partnershipBetween org:other . org:other a oic:NGO ; rdfs:label \"Other\"@en .", [], "x:p1",
     "exactly two"),
    ("partnership with a zero count",
     'x:p1 oic:sharedActivityCount "0"^^xsd:nonNegativeInteger .', [(X.p1, OIC.sharedActivityCount, None)],
     "x:p1", "oic:sharedActivityCount"),
    ("partnership without evidence",
     "", [(X.p1, OIC.partnershipEvidence, None)], "x:p1", "oic:partnershipEvidence"),
    ("partnership whose first year is after its last",
     'x:p1 oic:firstYear "2026"^^xsd:gYear .', [(X.p1, OIC.firstYear, None)], "x:p1", "oic:firstYear"),
    ("partnership whose first year is an integer",
     "x:p1 oic:firstYear 2024 .", [(X.p1, OIC.firstYear, None)], "x:p1", "xsd:gYear"),
    ("network role that ends before it starts",
     'x:chair oic:lastYear "2024"^^xsd:gYear .', [], "x:chair", "oic:firstYear"),
    ("agreement with neither a date nor dateUnknown",
     "", [(AG.mou, OIC.startDate, None), (AG.mou, OIC.agreementDate, None)], "ag:mou", "oic:agreementDate"),
    ("organisation that is its own partner",
     "org:sesric oic:partnerOf org:sesric .", [], "org:sesric", "its own partner"),
    ("partnerOf materialised in one direction only",
     "", [(ORG.kobia, OIC.partnerOf, ORG.sesric)], "org:sesric", "other direction"),
]


@pytest.mark.parametrize("extra, remove, focus, words",
                         [case[1:] for case in VIOLATIONS], ids=[case[0] for case in VIOLATIONS])
def test_each_shape_reports_the_graph_that_breaks_it(shapes, extra, remove, focus, words):
    report = validate(graph(extra, remove), shapes)
    assert not report.conforms, str(report)
    matching = [f for f in report.violations if f.focus == expand(focus) and words in str(f)]
    assert matching, f"expected a violation on {focus} mentioning {words!r}; got:\n{report}"


# Gaps the text leaves, stated explicitly: each graph conforms.
CONFORMING = [
    ("event with no date in the text",
     "ev:launch oic:dateUnknown true .", [(EV.launch, OIC.startDate, None), (EV.launch, OIC.endDate, None)]),
    ("event whose text names only partners",
     "ev:launch oic:organiserNotStated true ; oic:inPartnershipWith org:kobia .",
     [(EV.launch, OIC.organisedBy, None)]),
    ("agreement whose parties the text does not name",
     "ag:mou oic:partiesNotStated true .", [(AG.mou, OIC.hasParty, None)]),
    ("event typed with a subclass only, no code",
     "", [(EV.launch, OIC.eventTypeCode, None)]),
    ("organisation with a label in Arabic only",
     "", [(ORG.sesric, RDFS.label, Literal("SESRIC", lang="en"))]),
    ("zero participants stated",
     'ev:launch oic:participantCount "0"^^xsd:nonNegativeInteger .', [(EV.launch, OIC.participantCount, None)]),
    ("agreement dated by its signing date only",
     "", [(AG.mou, OIC.startDate, None)]),
    ("counts and offsets typed xsd:integer, as Oxigraph stores them",
     "x:span1 oic:charStart 0 ; oic:charEnd 120 . ev:launch oic:participantCount 68 . "
     "x:p1 oic:sharedActivityCount 2 .",
     [(X.span1, OIC.charStart, None), (X.span1, OIC.charEnd, None), (EV.launch, OIC.participantCount, None),
      (X.p1, OIC.sharedActivityCount, None)]),
    ("secretariat of a forum the registry keeps as an organisation",
     "x:sec a oic:NetworkRole ; oic:roleHolder org:sesric ; oic:roleNetwork org:kobia ; oic:roleKind oic:Secretariat .",
     []),
    ("one-day event without an end date",
     "", [(EV.launch, OIC.endDate, None)]),
]


@pytest.mark.parametrize("extra, remove", [case[1:] for case in CONFORMING], ids=[case[0] for case in CONFORMING])
def test_explicit_gaps_conform(shapes, extra, remove):
    report = validate(graph(extra, remove), shapes)
    assert report.conforms, str(report)


def test_an_event_that_names_no_organisation_or_network_is_a_warning_not_a_violation(shapes):
    report = validate(graph("ev:launch oic:organiserNotStated true .",
                            [(EV.launch, OIC.organisedBy, None), (EV.launch, OIC.involvesNetwork, None)]), shapes)
    assert report.conforms, str(report)
    assert [(f.severity, f.focus) for f in report.findings] == [("Warning", str(EV.launch))]
    assert "partnership view" in report.findings[0].message


def test_a_finding_names_the_source_file_and_character_span_of_the_offending_node(shapes):
    report = validate(graph("", [(EV.launch, OIC.organisedBy, None)]), shapes)
    [finding] = report.violations
    assert finding.spans[0].source == "000_272770b36fcd7c81.txt"
    assert (finding.spans[0].start, finding.spans[0].end) == (0, 120)
    assert "000_272770b36fcd7c81.txt[0:120]" in str(report)


def test_a_dataset_is_validated_as_the_union_of_its_named_graphs(shapes):
    # The event sits in its source's named graph, the organisations in the registry's:
    # only the union says every organisation has a label.
    whole = graph()
    ds = Dataset()
    registry = ds.graph(URIRef("https://w3id.org/oic-kg/graph/registry"))
    source = ds.graph(URIRef("https://w3id.org/oic-kg/graph/source/000"))
    for s, p, o in whole:
        (registry if str(s).startswith(str(ORG)) else source).add((s, p, o))
    assert validate(ds, shapes).conforms
    registry.remove((ORG.kobia, RDFS.label, None))
    report = validate(ds, shapes)
    [finding] = report.violations
    assert finding.focus == str(ORG.kobia)
    assert [s.source for s in finding.spans] == ["https://w3id.org/oic-kg/graph/registry"]


GOLD = Path(__file__).resolve().parents[2] / "shared" / "gold"
EVENT_CLASS = {"training_course": "TrainingCourse", "workshop": "Workshop", "webinar": "Webinar",
               "seminar": "Seminar", "meeting": "Meeting", "study_visit": "StudyVisit", "side_event": "SideEvent",
               "panel": "Panel", "forum": "Forum", "session": "Session", "conference": "Conference",
               "ceremony": "Ceremony", "visit": "Visit", "other": "OtherEvent"}


def _gold_graph(records: list[dict]) -> Graph:
    """Turn gold records into triples the way the shapes expect the builder to: gaps stated, not guessed."""
    g = Graph()
    base = Namespace("https://w3id.org/oic-kg/test/")
    for i, r in enumerate(records):
        node, span, source = base[f"r{i}"], base[f"r{i}/span"], base[f"src/{r['source']}"]
        g.add((source, RDF.type, OIC.SourceDocument))
        g.add((span, RDF.type, OIC.Evidence))
        g.add((span, OIC.fromSource, source))
        g.add((span, OIC.charStart, Literal(0, datatype=XSD.nonNegativeInteger)))
        g.add((span, OIC.charEnd, Literal(1, datatype=XSD.nonNegativeInteger)))
        g.add((node, OIC.evidence, span))
        kind = {"event": OIC[EVENT_CLASS.get(r["event_type"] or "other", "OtherEvent")],
                "agreement": OIC.Agreement, "publication": OIC.Publication}[r["kind"]]
        g.add((node, RDF.type, kind))
        if r["start"]:
            g.add((node, OIC.startDate, Literal(r["start"], datatype=XSD.date)))
        elif r["kind"] != "publication":
            g.add((node, OIC.dateUnknown, Literal(True)))
        orgs = []
        for org in r["organisers"] + r["partners"]:
            o = base["org/" + (org["acronym"] or org["name"]).replace(" ", "_")]
            g.add((o, RDF.type, OIC.Organisation))
            g.add((o, RDFS.label, Literal(org["name"], lang="ar")))
            orgs.append(o)
        organisers, partners = orgs[:len(r["organisers"])], orgs[len(r["organisers"]):]
        if r["kind"] == "agreement":
            for o in organisers:
                g.add((node, OIC.hasParty, o))
            if not organisers:
                g.add((node, OIC.partiesNotStated, Literal(True)))
        else:
            for o in organisers:
                g.add((node, OIC.organisedBy, o))
            if not organisers:
                g.add((node, OIC.organiserNotStated, Literal(True)))
        for o in partners:
            g.add((node, OIC.inPartnershipWith, o))
        for n in r["networks"]:
            net = base["net/" + n]
            g.add((net, RDF.type, OIC.Network))
            g.add((net, RDFS.label, Literal(n)))
            g.add((node, OIC.involvesNetwork, net))
        for key, prop in (("participants", OIC.participantCount), ("participant_countries", OIC.participantCountryCount)):
            if r[key] is not None:
                g.add((node, prop, Literal(r[key], datatype=XSD.nonNegativeInteger)))
    return g


@pytest.mark.skipif(not GOLD.is_dir(), reason="the shared gold records are not next to the repository")
def test_the_gold_records_conform_once_their_gaps_are_stated(shapes):
    records = [json.loads(line) for path in sorted(GOLD.glob("*.jsonl"))
               for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    report = validate(_gold_graph(records), shapes)
    assert report.conforms, str(report)
    # The records that name no organisation and no network at all: three events and
    # the TPS-OIC agreement, whose parties are the member states.
    silent = [r for r in records if not (r["organisers"] or r["partners"] or r["networks"])]
    assert len(report.warnings) == len(silent)


def test_validate_path_reads_a_trig_dump_and_reports_its_named_graphs(tmp_path):
    ds = Dataset()
    source = ds.graph(URIRef("https://w3id.org/oic-kg/graph/source/000"))
    for triple in graph("", [(ORG.kobia, RDFS.label, None)]):
        source.add(triple)
    path = tmp_path / "dump.trig"
    ds.serialize(path, format="trig")
    report = validate_path(path)
    assert [f.focus for f in report.violations] == [str(ORG.kobia)]


def test_validate_path_names_the_formats_it_knows_for_an_unknown_suffix(tmp_path):
    with pytest.raises(ValueError, match=r"unknown RDF format '\.csv'.*\.trig"):
        validate_path(tmp_path / "graph.csv")


CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"


def test_the_bundled_corpus_builds_into_a_graph_that_conforms_and_hermit_accepts(tmp_path):
    build = pytest.importorskip("graph.build", reason="the graph package needs pyoxigraph")
    report = build.build([CORPUS], tmp_path / "out", cache=False)
    [trig] = [p for p in report.dumps if p.suffix == ".trig"]
    ds = read_dump(trig)
    validation = validate(ds)
    assert validation.conforms, str(validation)
    union = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        union.add((s, p, o))
    if shutil.which("java"):
        consistency = check_consistency(union)
        assert consistency, str(consistency)
