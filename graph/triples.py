"""Turn records and registry rows into triples. Never sees raw text.

In:  `Record`s (loaders.records) and the `Registry` (loaders.registry).
Out: triples added to the rdflib graph given (the named graph of the record's
     source, or the registry graph); each function returns the node it made.
"""
from __future__ import annotations

import re
from functools import lru_cache
from types import SimpleNamespace

from rdflib import OWL, RDF, RDFS, SKOS, XSD, Graph, Literal, URIRef

from graph import iri
from graph import namespace
from loaders.records import Organisation, Record, Relation
from loaders.registry import Entry, Registry


def _plain(terms) -> SimpleNamespace:
    """The terms of an rdflib DefinedNamespace as plain attributes; an undeclared one still raises.

    `OIC.evidence` goes through rdflib's DefinedNamespaceMeta.__getattr__, about 2 µs a
    lookup; a 1M-triple graph makes millions of them (issue 7, profile of bench.generate).
    """
    return SimpleNamespace(**{name: terms[name] for name in terms.__annotations__})


OIC, RDF, RDFS, SKOS, XSD, OWL = map(_plain, (namespace.OIC, RDF, RDFS, SKOS, XSD, OWL))

EVENT_CLASS = {
    "training_course": OIC.TrainingCourse, "workshop": OIC.Workshop, "webinar": OIC.Webinar,
    "seminar": OIC.Seminar, "meeting": OIC.Meeting, "study_visit": OIC.StudyVisit,
    "side_event": OIC.SideEvent, "panel": OIC.Panel, "forum": OIC.Forum, "session": OIC.Session,
    "conference": OIC.Conference, "ceremony": OIC.Ceremony, "visit": OIC.Visit, "other": OIC.OtherEvent,
}
ORG_KIND_CLASS = {
    "oic_organ": OIC.OICOrgan, "oic_subsidiary_organ": OIC.OICSubsidiaryOrgan,
    "oic_specialised_institution": OIC.OICSpecialisedInstitution,
    "oic_affiliated_institution": OIC.OICAffiliatedInstitution,
    "oic_standing_committee": OIC.OICStandingCommittee, "national_agency": OIC.NationalAgency,
    "ministry": OIC.Ministry, "statistical_office": OIC.StatisticalOffice, "central_bank": OIC.CentralBank,
    "international_organisation": OIC.InternationalOrganisation, "un_body": OIC.UNBody,
    "regional_organisation": OIC.RegionalOrganisation, "university": OIC.University,
    "research_centre": OIC.ResearchCentre, "private_sector": OIC.PrivateSectorBody, "ngo": OIC.NGO,
}
PROGRAMME_CLASS = {"programme": OIC.Programme, "project": OIC.Project, "initiative": OIC.Initiative}
RELATION_PROPERTY = {
    "chairOf": OIC.chairOf, "secretariatOf": OIC.secretariatOf, "memberOfNetwork": OIC.memberOfNetwork,
    "implements": OIC.implements, "funds": OIC.funds, "hosts": OIC.hosts,
}
ROLE_KIND = {"chairOf": OIC.Chair, "secretariatOf": OIC.Secretariat, "memberOfNetwork": OIC.Member}
WIKIDATA = "http://www.wikidata.org/entity/"


_ARABIC = re.compile("[\u0600-\u06ff]")


def lang_of(text: str) -> str:
    """'ar' when text is mostly Arabic script, else 'en'.

    >>> lang_of("سيسرك"), lang_of("SESRIC"), lang_of("KOBIA كوبيا")
    ('ar', 'en', 'ar')
    """
    arabic = len(_ARABIC.findall(text))
    return "ar" if arabic and arabic * 2 >= sum(map(str.isalpha, text)) else "en"


# Literals are made through these caches: rdflib's Literal() parses a typed value on every
# call (about 20 µs for an xsd:date), and offsets, dates, counts and names recur.
@lru_cache(maxsize=1 << 16, typed=True)
def typed(value, datatype: URIRef) -> Literal:
    """Literal(value, datatype=datatype), made once per value."""
    return Literal(value, datatype=datatype)


@lru_cache(maxsize=1 << 16)
def text(value: str) -> Literal:
    """A name or title, tagged with its language (lang_of), made once per text."""
    return Literal(value, lang=lang_of(value))


@lru_cache(maxsize=1 << 14, typed=True)
def plain(value) -> Literal:
    """Literal(value) with no language: a code, an acronym, a boolean."""
    return Literal(value)


class Resolver:
    """Map registry ids and record labels to IRIs (programmes and networks by acronym)."""

    def __init__(self, registry: Registry, base: str = iri.BASE):
        self.base = base
        self.registry = registry
        self._programmes = _label_index(registry.programmes)
        self._networks = _label_index(registry.networks)
        # Minted once per name: a slug is an NFKD pass and a regex, and the same few
        # hundred organisations, programmes and networks recur in every record.
        self._minted: dict[tuple[str, str], URIRef] = {}

    def _mint(self, kind: str, name: str) -> URIRef:
        node = self._minted.get((kind, name))
        if node is None:
            if kind == "org":
                node = iri.organisation(name, self.base)
            elif kind == "programme":
                node = iri.programme(self._programmes.get(name.casefold(), name), self.base)
            else:
                node = iri.network(self._networks.get(name.casefold(), name), self.base)
            self._minted[kind, name] = node
        return node

    def organisation(self, org: Organisation) -> URIRef:
        return self._mint("org", org.id or org.acronym or org.name)

    def programme(self, label: str) -> URIRef:
        return self._mint("programme", label)

    def network(self, label: str) -> URIRef:
        return self._mint("network", label)


def _label_index(table: dict[str, Entry]) -> dict[str, str]:
    index = {}
    for entry in table.values():
        for name in (entry.acronym, entry.name_en, entry.id, *entry.aliases):
            if name:
                index.setdefault(name.casefold(), entry.id)
    return index


def add_evidence(g: Graph, node: URIRef, source: str, span: tuple[int, int] | None,
                 quote: str | None, base: str = iri.BASE) -> URIRef | None:
    """Link node to the text span it was read from; return the evidence node."""
    if span is None:
        return None
    ev = iri.evidence(source, span[0], span[1], base)
    g.add((node, OIC.evidence, ev))
    g.add((ev, RDF.type, OIC.Evidence))
    g.add((ev, OIC.fromSource, iri.source(source, base)))
    g.add((ev, OIC.charStart, typed(span[0], XSD.nonNegativeInteger)))
    g.add((ev, OIC.charEnd, typed(span[1], XSD.nonNegativeInteger)))
    if quote:
        g.add((ev, OIC.quote, Literal(quote)))
    return ev


def add_source(g: Graph, source: str, base: str = iri.BASE) -> URIRef:
    doc = iri.source(source, base)
    g.add((doc, RDF.type, OIC.SourceDocument))
    g.add((doc, RDFS.label, plain(source.replace("\\", "/").split("/")[-1])))
    return doc


def add_organisation(g: Graph, org: Organisation, resolver: Resolver, record: Record) -> URIRef:
    """Add an organisation as this text names it; registry rows carry the rest."""
    node = resolver.organisation(org)
    if org.id not in resolver.registry.organisations:
        g.add((node, RDF.type, OIC.Organisation))
        if org.name:
            g.add((node, RDFS.label, text(org.name)))
        if org.acronym:
            g.add((node, OIC.acronym, plain(org.acronym)))
        add_evidence(g, node, record.source, org.span, org.name, resolver.base)
    elif org.name and org.name != org.acronym:
        g.add((node, SKOS.altLabel, text(org.name)))
    return node


def activity_iri(record: Record, base: str = iri.BASE) -> URIRef:
    """Same record, same IRI, every run; the loader's key joins mentions of one activity."""
    return iri.activity(record.kind, record.start, record.event_type, record.key or record.title, base)


def add_record(g: Graph, record: Record, resolver: Resolver) -> URIRef:
    """Add one activity, its links and its evidence to g; return the activity's IRI."""
    base = resolver.base
    activity = activity_iri(record, base)
    if record.kind == "agreement":
        g.add((activity, RDF.type, OIC.Agreement))
    elif record.kind == "publication":
        g.add((activity, RDF.type, OIC.Publication))
    else:
        g.add((activity, RDF.type, EVENT_CLASS.get(record.event_type or "other", OIC.OtherEvent)))
        g.add((activity, OIC.eventTypeCode, plain(record.event_type or "other")))
    g.add((activity, RDFS.label, text(record.title)))
    if record.start:
        prop = OIC.agreementDate if record.kind == "agreement" else OIC.startDate
        g.add((activity, prop, typed(record.start, XSD.date)))
        if record.kind != "agreement":
            g.add((activity, OIC.endDate, typed(record.end or record.start, XSD.date)))
    else:
        g.add((activity, OIC.dateUnknown, plain(True)))
    if record.city:
        g.add((activity, OIC.heldInCity, iri.city(record.city, base)))
    if record.country:
        g.add((activity, OIC.heldInCountry, iri.country(record.country, base)))
    if record.online is not None:
        g.add((activity, OIC.online, plain(record.online)))
    organisers = [add_organisation(g, o, resolver, record) for o in record.organisers]
    partners = [add_organisation(g, o, resolver, record) for o in record.partners]
    if record.kind == "agreement":
        for org in organisers + partners:
            g.add((activity, OIC.hasParty, org))
        if len(set(organisers + partners)) < 2:
            g.add((activity, OIC.partiesNotStated, plain(True)))
    else:
        for org in organisers:
            g.add((activity, OIC.organisedBy, org))
        for org in partners:
            g.add((activity, OIC.inPartnershipWith, org))
        if not organisers:
            g.add((activity, OIC.organiserNotStated, plain(True)))
    for label in record.programmes:
        g.add((activity, OIC.underProgramme, resolver.programme(label)))
    for label in record.networks:
        g.add((activity, OIC.involvesNetwork, resolver.network(label)))
    if record.participants is not None:
        g.add((activity, OIC.participantCount, typed(record.participants, XSD.nonNegativeInteger)))
    if record.participant_countries is not None:
        g.add((activity, OIC.participantCountryCount,
               typed(record.participant_countries, XSD.nonNegativeInteger)))
    add_evidence(g, activity, record.source, record.span, record.quote, base)
    for relation in record.relations:
        add_relation(g, relation, resolver, record)
    return activity


def add_relation(g: Graph, relation: Relation, resolver: Resolver, record: Record) -> URIRef:
    """Add a standing relation (chair, secretariat, member ...) with its evidence."""
    subject = add_organisation(g, relation.subject, resolver, record)
    if relation.object_kind == "network":
        target = resolver.network(relation.object)
    elif relation.object_kind == "programme":
        target = resolver.programme(relation.object)
    else:
        target = iri.organisation(relation.object, resolver.base)
    g.add((subject, RELATION_PROPERTY[relation.predicate], target))
    if relation.predicate in ROLE_KIND:
        role = iri.iri(f"role/{iri.slug(str(subject).rsplit('/', 1)[-1])}-"
                       f"{relation.predicate}-{str(target).rsplit('/', 1)[-1]}", resolver.base)
        g.add((role, RDF.type, OIC.NetworkRole))
        g.add((role, OIC.roleHolder, subject))
        g.add((role, OIC.roleNetwork, target))
        g.add((role, OIC.roleKind, ROLE_KIND[relation.predicate]))
        if relation.since is not None:
            g.add((role, OIC.firstYear, typed(str(relation.since), XSD.gYear)))
        if relation.until is not None:
            g.add((role, OIC.lastYear, typed(str(relation.until), XSD.gYear)))
        add_evidence(g, role, record.source, relation.span or record.span, relation.quote or record.quote,
                     resolver.base)
        return role
    return subject


def _labels(g: Graph, node: URIRef, entry: Entry) -> None:
    if entry.name_en:
        g.add((node, RDFS.label, Literal(entry.name_en, lang="en")))
        g.add((node, SKOS.prefLabel, Literal(entry.name_en, lang="en")))
    if entry.name_ar:
        g.add((node, RDFS.label, Literal(entry.name_ar, lang="ar")))
        g.add((node, SKOS.prefLabel, Literal(entry.name_ar, lang="ar")))
    for alias in entry.aliases:
        g.add((node, SKOS.altLabel, text(alias)))
    if entry.acronym:
        g.add((node, OIC.acronym, plain(entry.acronym)))
    wikidata = entry.get("wikidata")
    if wikidata:
        g.add((node, OWL.sameAs, URIRef(WIKIDATA + wikidata)))


def add_registry(g: Graph, registry: Registry, base: str = iri.BASE) -> None:
    """Add the curated registry: institutions, countries, cities, programmes, networks."""
    for entry in registry.countries.values():
        node = iri.country(entry.id, base)
        g.add((node, RDF.type, OIC.Country))
        if (entry.get("oic_member") or "").lower() in ("yes", "true", "1"):
            g.add((node, RDF.type, OIC.OICMemberState))
        g.add((node, SKOS.notation, plain(entry.id)))
        _labels(g, node, entry)
    for entry in registry.cities.values():
        node = iri.city(entry.name_en or entry.id, base)
        g.add((node, RDF.type, OIC.City))
        _labels(g, node, entry)
        if entry.get("country"):
            g.add((node, OIC.locatedIn, iri.country(entry.get("country"), base)))
    for entry in registry.organisations.values():
        node = iri.organisation(entry.id, base)
        g.add((node, RDF.type, ORG_KIND_CLASS.get(entry.kind or "", OIC.Organisation)))
        g.add((node, RDF.type, OIC.Organisation))
        _labels(g, node, entry)
        if entry.get("country"):
            g.add((node, OIC.headquarteredIn, iri.country(entry.get("country"), base)))
        if entry.get("parent"):
            g.add((node, OIC.subOrganisationOf, iri.organisation(entry.get("parent"), base)))
    for entry in registry.programmes.values():
        node = iri.programme(entry.id, base)
        g.add((node, RDF.type, PROGRAMME_CLASS.get(entry.kind or "", OIC.Programme)))
        _labels(g, node, entry)
        if entry.get("owner"):
            g.add((node, OIC.programmeOf, iri.organisation(entry.get("owner"), base)))
    for entry in registry.networks.values():
        node = iri.network(entry.id, base)
        g.add((node, RDF.type, OIC.Network))
        _labels(g, node, entry)
        if entry.get("secretariat"):
            g.add((iri.organisation(entry.get("secretariat"), base), OIC.secretariatOf, node))
