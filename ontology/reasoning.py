"""Load the oic-kg ontology and check it with the HermiT reasoner (owlready2).

In:  ontology/oic.ttl and the import modules in ontology/imports/.
Out: an rdflib Graph of the whole ontology (load_ontology), and a
     ConsistencyReport from HermiT (check_consistency). HermiT runs on the
     Java that owlready2 finds on PATH (Java 17 on the project's machines).
"""
from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, Literal
from rdflib.namespace import OWL, RDFS, XSD

ONTOLOGY_DIR = Path(__file__).resolve().parent
ONTOLOGY_FILE = ONTOLOGY_DIR / "oic.ttl"
IMPORTS_DIR = ONTOLOGY_DIR / "imports"
ONTOLOGY_IRI = "https://w3id.org/oic-kg/ontology"
NAMESPACE = ONTOLOGY_IRI + "#"


def load_ontology(path: Path = ONTOLOGY_FILE, with_imports: bool = True) -> Graph:
    """Return the ontology as one rdflib Graph, its import modules merged in.

    The owl:imports IRIs (https://w3id.org/oic-kg/ontology/imports/<vocab>) are
    resolved to the local files ontology/imports/<vocab>_import.ttl, so loading
    never touches the network.
    """
    g = Graph()
    g.parse(path, format="turtle")
    if with_imports:
        for imported in sorted(IMPORTS_DIR.glob("*_import.ttl")):
            g.parse(imported, format="turtle")
    return g


# Datatypes that RDF and SHACL use but that are not in the OWL 2 datatype map
# (https://www.w3.org/TR/owl2-syntax/#Datatype_Maps): HermiT refuses them with
# UnsupportedDatatypeException. For reasoning only, a range of one of these
# becomes rdfs:Literal and a literal of one becomes a plain string; oic.ttl
# keeps xsd:date, which is what SHACL and SPARQL consumers need.
NON_OWL2_DATATYPES = frozenset({XSD.date, XSD.time, XSD.gYear, XSD.gYearMonth, XSD.gMonth,
                                XSD.gMonthDay, XSD.gDay, XSD.duration,
                                XSD.dayTimeDuration, XSD.yearMonthDuration})


def owl2_document(g: Graph) -> Graph:
    """Return a copy of g that HermiT accepts: no owl:imports, only OWL 2 datatypes.

    >>> from rdflib import URIRef
    >>> g = Graph()
    >>> g.add((URIRef("urn:p"), RDFS.range, XSD.date))  # doctest: +ELLIPSIS
    <Graph ...>
    >>> list(owl2_document(g))[0][2] == RDFS.Literal
    True
    """
    copy = Graph()
    for s, p, o in g:
        if p == OWL.imports:
            continue
        if o in NON_OWL2_DATATYPES:
            o = RDFS.Literal
        elif isinstance(o, Literal) and o.datatype in NON_OWL2_DATATYPES:
            o = Literal(str(o))
        copy.add((s, p, o))
    return copy


@dataclass
class ConsistencyReport:
    """What HermiT said about an ontology (plus optional data)."""

    consistent: bool
    unsatisfiable_classes: list[str] = field(default_factory=list)
    message: str = ""

    def __bool__(self) -> bool:
        return self.consistent and not self.unsatisfiable_classes

    def __str__(self) -> str:
        if self:
            return "consistent; every class is satisfiable"
        if not self.consistent:
            return f"INCONSISTENT: {self.message}"
        return "unsatisfiable classes: " + ", ".join(self.unsatisfiable_classes)


def check_consistency(data: Graph | None = None, ontology: Graph | None = None) -> ConsistencyReport:
    """Run HermiT on the ontology (and on data, if given); return what it found.

    The graph is written as RDF/XML to a temporary file because owlready2 does
    not read Turtle. Each call uses a fresh owlready2 World, so runs are
    independent. Raises FileNotFoundError/OSError only when Java is missing.
    """
    import owlready2  # imported here: it starts a quadstore on import of World

    g = ontology if ontology is not None else load_ontology()
    if data is not None:
        merged = Graph()
        for triple in g:
            merged.add(triple)
        for triple in data:
            merged.add(triple)
        g = merged
    with tempfile.TemporaryDirectory(prefix="oic-hermit-") as tmp:
        path = Path(tmp) / "oic.owl"
        owl2_document(g).serialize(path, format="xml")
        world = owlready2.World()
        onto = world.get_ontology(path.as_uri()).load()
        try:
            with onto:
                owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
        except owlready2.OwlReadyInconsistentOntologyError as error:
            return ConsistencyReport(consistent=False, message=str(error) or "HermiT found a contradiction")
        nothing = [c.iri for c in world.inconsistent_classes()]
        world.close()
    return ConsistencyReport(consistent=True, unsatisfiable_classes=sorted(nothing))
