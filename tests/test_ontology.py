"""The ontology in ontology/oic.ttl: it parses, HermiT finds it consistent, every term is documented."""
import shutil

import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD

from ontology import vocabularies
from ontology.reasoning import (IMPORTS_DIR, NAMESPACE, ONTOLOGY_FILE, ONTOLOGY_IRI, check_consistency,
                                load_ontology, owl2_document)

OIC = Namespace(NAMESPACE)
needs_java = pytest.mark.skipif(shutil.which("java") is None, reason="HermiT needs Java on PATH")

# The local names the graph builder writes (the brief of issue 4); renaming one breaks the build.
BUILDER_CLASSES = """Organisation OICOrgan OICSubsidiaryOrgan OICSpecialisedInstitution OICAffiliatedInstitution
    OICStandingCommittee NationalAgency Ministry StatisticalOffice CentralBank InternationalOrganisation UNBody
    RegionalOrganisation University ResearchCentre PrivateSectorBody NGO Country City Activity Event
    TrainingCourse Workshop Webinar Seminar Meeting StudyVisit SideEvent Panel Forum Session Conference Ceremony
    Visit OtherEvent Agreement Publication Programme Project Initiative Network NetworkRole SourceDocument
    Evidence Partnership""".split()
BUILDER_OBJECT_PROPERTIES = """organisedBy inPartnershipWith involves underProgramme involvesNetwork heldInCity
    heldInCountry headquarteredIn locatedIn partyTo hasParty partnerOf chairOf secretariatOf memberOfNetwork
    implements funds hosts subOrganisationOf programmeOf evidence fromSource partnershipBetween
    partnershipEvidence roleHolder roleNetwork roleKind""".split()
BUILDER_DATATYPE_PROPERTIES = """startDate endDate online participantCount participantCountryCount charStart
    charEnd quote acronym sharedActivityCount firstYear lastYear eventTypeCode agreementDate dateUnknown
    organiserNotStated partiesNotStated""".split()
EVENT_TYPES = ["training_course", "workshop", "webinar", "seminar", "meeting", "study_visit", "side_event",
               "panel", "forum", "session", "conference", "ceremony", "visit", "other"]


@pytest.fixture(scope="module")
def onto() -> Graph:
    return load_ontology()


@pytest.fixture(scope="module")
def own() -> Graph:
    return Graph().parse(ONTOLOGY_FILE, format="turtle")


def own_terms(g: Graph) -> list[URIRef]:
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, OWL.NamedIndividual)
    return sorted({t for k in kinds for t in g.subjects(RDF.type, k)
                   if isinstance(t, URIRef) and str(t).startswith(NAMESPACE)}, key=str)


def test_the_ontology_declares_its_iri_version_and_namespace(own):
    onto = URIRef(ONTOLOGY_IRI)
    assert (onto, RDF.type, OWL.Ontology) in own
    assert own.value(onto, OWL.versionInfo) == Literal("0.1.0")
    assert NAMESPACE == "https://w3id.org/oic-kg/ontology#"


@pytest.mark.parametrize("name", BUILDER_CLASSES)
def test_every_class_the_builder_uses_is_declared(own, name):
    assert (OIC[name], RDF.type, OWL.Class) in own


@pytest.mark.parametrize("name", BUILDER_OBJECT_PROPERTIES)
def test_every_object_property_the_builder_uses_is_declared(own, name):
    assert (OIC[name], RDF.type, OWL.ObjectProperty) in own


@pytest.mark.parametrize("name", BUILDER_DATATYPE_PROPERTIES)
def test_every_datatype_property_the_builder_uses_is_declared(own, name):
    assert (OIC[name], RDF.type, OWL.DatatypeProperty) in own


def test_every_term_has_an_english_and_an_arabic_label_and_an_english_definition(own):
    missing = []
    for term in own_terms(own):
        langs = {label.language for label in own.objects(term, RDFS.label)}
        definitions = [d for p in (SKOS.definition, RDFS.comment) for d in own.objects(term, p)
                       if isinstance(d, Literal) and d.language == "en"]
        for lang in ("en", "ar"):
            if lang not in langs:
                missing.append(f"{term}: no rdfs:label @{lang}")
        if not definitions:
            missing.append(f"{term}: no English skos:definition")
    assert not missing, "\n".join(missing)


def test_arabic_labels_are_written_in_arabic_script(own):
    for term in own_terms(own):
        for label in own.objects(term, RDFS.label):
            if label.language == "ar":
                assert any("\u0600" <= ch <= "\u06ff" for ch in str(label)), f"{term}: {label!r}"


def test_each_contract_event_type_has_exactly_one_event_class(own):
    codes = {str(own.value(c, SKOS.notation)): c for c in own.subjects(RDFS.subClassOf, OIC.Event)}
    assert sorted(codes) == sorted(EVENT_TYPES)


def test_every_property_has_a_domain_or_a_superproperty_or_an_inverse(own):
    loose = [p for kind in (OWL.ObjectProperty, OWL.DatatypeProperty) for p in own.subjects(RDF.type, kind)
             if not any((p, q, None) in own for q in (RDFS.domain, RDFS.subPropertyOf, OWL.inverseOf))]
    # Meant for any node: an acronym names organisations, networks and programmes alike,
    # and a date may be unknown for an activity, a role or a programme.
    assert sorted(str(p).removeprefix(NAMESPACE) for p in loose) == ["acronym", "dateUnknown"]


def test_partnership_is_symmetric_and_irreflexive(own):
    assert (OIC.partnerOf, RDF.type, OWL.SymmetricProperty) in own
    assert (OIC.partnerOf, RDF.type, OWL.IrreflexiveProperty) in own


def test_party_to_and_has_party_are_inverses(own):
    assert (OIC.partyTo, OWL.inverseOf, OIC.hasParty) in own


def test_organisations_reuse_org_and_schema_organization(onto):
    supers = set(onto.objects(OIC.Organisation, RDFS.subClassOf))
    assert URIRef("http://www.w3.org/ns/org#Organization") in supers
    assert URIRef("https://schema.org/Organization") in supers


def test_networks_are_not_organisations(onto):
    disjoint = [list(onto.items(m)) for m in onto.objects(None, OWL.members)]
    assert any(OIC.Organisation in group and OIC.Network in group for group in disjoint)


def test_every_external_term_the_ontology_uses_is_declared_in_an_import_module(own):
    imports = Graph()
    for path in IMPORTS_DIR.glob("*_import.ttl"):
        imports.parse(path, format="turtle")
    declared = set(imports.subjects(RDF.type, None))
    builtin = (str(OWL), str(RDF), str(RDFS), str(XSD))
    undeclared = set()
    for s, p, o in own:
        if p in (RDFS.seeAlso, SKOS.closeMatch, SKOS.exactMatch, OWL.imports, RDFS.isDefinedBy):
            continue  # annotation values: IRIs, not axioms
        for term in (s, p, o):
            if isinstance(term, URIRef) and not str(term).startswith((NAMESPACE, ONTOLOGY_IRI) + builtin):
                if term not in declared and not str(term).startswith("https://creativecommons.org/"):
                    undeclared.add(str(term))
    assert not undeclared, "declare these in ontology/imports/<vocab>_terms.txt: " + ", ".join(sorted(undeclared))


def test_the_import_modules_are_regenerated_from_their_term_lists_unchanged(tmp_path):
    for terms in sorted(IMPORTS_DIR.glob("*_terms.txt")):
        shutil.copy(terms, tmp_path / terms.name)
    for written in vocabularies.write_imports(tmp_path):
        committed = IMPORTS_DIR / written.name
        assert committed.read_text(encoding="utf-8") == written.read_text(encoding="utf-8"), (
            f"{committed.name} is stale: run python -m ontology.vocabularies")


def test_a_term_list_line_without_a_kind_is_reported_with_its_line_number(tmp_path):
    path = tmp_path / "bad_terms.txt"
    path.write_text("# header\nOrganization\torganization\n", encoding="utf-8")
    with pytest.raises(vocabularies.TermListError, match="bad_terms.txt:2"):
        vocabularies.read_terms(path)


def test_the_reasoning_copy_keeps_no_datatype_outside_the_owl2_map(onto):
    copy = owl2_document(onto)
    assert (None, RDFS.range, XSD.date) not in copy
    assert (None, OWL.imports, None) not in copy
    assert (OIC.startDate, RDFS.range, RDFS.Literal) in copy


@needs_java
def test_hermit_finds_the_ontology_consistent_with_every_class_satisfiable(onto):
    report = check_consistency(ontology=onto)
    assert report.consistent, str(report)
    assert report.unsatisfiable_classes == [], str(report)


DATA = """
@prefix oic: <https://w3id.org/oic-kg/ontology#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix : <https://w3id.org/oic-kg/test/> .
:sesric a oic:OICSubsidiaryOrgan . :kobia a oic:NationalAgency . :smenet a oic:Network .
:launch a oic:Meeting ; oic:startDate "2025-10-07"^^xsd:date ; oic:organisedBy :sesric , :kobia ;
    oic:involvesNetwork :smenet .
:sesric oic:partnerOf :kobia ; oic:secretariatOf :smenet .
:borsa a oic:PrivateSectorBody ; oic:secretariatOf :oicef . :oicef a oic:InternationalOrganisation .
"""


@needs_java
def test_hermit_accepts_data_written_as_the_builder_writes_it(onto):
    report = check_consistency(Graph().parse(data=DATA, format="turtle"), ontology=onto)
    assert report, str(report)


@needs_java
@pytest.mark.parametrize("extra", [
    ":x a oic:Organisation , oic:Network .",                       # networks are not organisations
    ":kobia oic:partnerOf :kobia .",                               # nobody is their own partner
    ":launch oic:organisedBy :smenet .",                           # a network organises nothing: it is not an organisation
    ":kobia oic:chairOf :statcab . :statcab a oic:Programme .",     # one chairs a network, not a programme
    ":p a oic:Partnership ; oic:partnershipBetween :sesric , :kobia , :x . "
    ":x a oic:NGO . [] a <http://www.w3.org/2002/07/owl#AllDifferent> ; "
    "<http://www.w3.org/2002/07/owl#distinctMembers> ( :sesric :kobia :x ) .",   # a partnership joins exactly two
], ids=["organisation-and-network", "own-partner", "network-as-organiser", "chair-of-a-programme",
        "three-way-partnership"])
def test_hermit_reports_data_that_contradicts_the_ontology(onto, extra):
    report = check_consistency(Graph().parse(data=DATA + extra, format="turtle"), ontology=onto)
    assert not report.consistent, f"HermiT accepted: {extra}"
