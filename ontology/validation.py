"""Validate a built graph against the SHACL shapes and say where each problem came from.

In:  an rdflib Graph or Dataset (all named graphs are validated together, as one
     union, because an event and the organisations it names live in different
     named graphs), the shapes in ontology/shapes.ttl and the ontology.
Out: a ValidationReport: conforms or not, and one Finding per SHACL result with
     the offending node, property, message and the source file and character
     span of the facts about that node (from its oic:evidence), so a reader can
     open the text and see what went wrong.
"""
from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rdflib import BNode, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.graph import ConjunctiveGraph
from rdflib.namespace import RDFS

from ontology.reasoning import NAMESPACE, ONTOLOGY_DIR, load_ontology

SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"
OIC = Namespace(NAMESPACE)
SH = Namespace("http://www.w3.org/ns/shacl#")


@dataclass(frozen=True)
class Span:
    """A character span of one source document: text[start:end]."""

    source: str
    start: int | None = None
    end: int | None = None

    def __str__(self) -> str:
        if self.start is None:
            return self.source
        return f"{self.source}[{self.start}:{self.end}]"


@dataclass(frozen=True)
class Finding:
    """One SHACL result, in terms a reader of the sources understands."""

    severity: str                      # "Violation", "Warning" or "Info"
    focus: str                         # the IRI (or _:blank node id) of the node that does not conform
    path: str | None                   # the property concerned, if any, as a prefixed name
    message: str
    value: str | None = None           # the offending value, if any
    spans: tuple[Span, ...] = ()       # where the facts about the focus node were read
    focus_name: str = ""               # the focus node as a prefixed name, for people

    def __str__(self) -> str:
        where = ", ".join(str(s) for s in self.spans) or "no source recorded"
        path = f" {self.path}" if self.path else ""
        value = f" (value: {self.value})" if self.value else ""
        return f"{self.severity}: {self.focus_name or self.focus}{path}: {self.message}{value} — from {where}"


@dataclass
class ValidationReport:
    """The result of validate(): conforms when there is no Violation."""

    findings: list[Finding] = field(default_factory=list)

    @property
    def violations(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "Violation"]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity != "Violation"]

    @property
    def conforms(self) -> bool:
        return not self.violations

    def __bool__(self) -> bool:
        return self.conforms

    def __str__(self) -> str:
        head = (f"conforms: {len(self.warnings)} warning(s)" if self.conforms
                else f"does not conform: {len(self.violations)} violation(s), {len(self.warnings)} warning(s)")
        return "\n".join([head] + [str(f) for f in self.findings])


# rdflib parser names for the dump formats, by file suffix.
FORMATS = {".trig": "trig", ".nq": "nquads", ".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld",
           ".rdf": "xml", ".owl": "xml"}


def read_dump(path: Path) -> Dataset:
    """Return the graph dump at path (TriG, N-Quads, Turtle, N-Triples, JSON-LD, RDF/XML) as a Dataset.

    Raises ValueError naming the suffixes it knows when the suffix is not one of them.
    """
    path = Path(path)
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise ValueError(f"{path}: unknown RDF format {path.suffix!r}; expected one of {', '.join(FORMATS)}")
    ds = Dataset()
    ds.parse(path, format=fmt)
    return ds


def validate_path(path: Path) -> ValidationReport:
    """Validate the graph dump at path (all its named graphs together); return the report."""
    return validate(read_dump(path))


def load_shapes(path: Path = SHAPES_FILE) -> Graph:
    """Return the SHACL shapes graph."""
    return Graph().parse(path, format="turtle")


def union_of(data: Graph) -> tuple[Graph, dict]:
    """Return (the union of all named graphs of data, {subject: [graph names]}).

    A plain Graph is returned as it is, with no graph names.
    """
    if not isinstance(data, (Dataset, ConjunctiveGraph)):
        return data, {}
    union = Graph()
    graphs_of: dict = {}
    for s, p, o, g in data.quads((None, None, None, None)):
        union.add((s, p, o))
        name = g.identifier if isinstance(g, Graph) else g
        if name is not None and not isinstance(name, BNode):
            graphs_of.setdefault(s, set()).add(str(name))
    for prefix, ns in data.namespaces():
        union.bind(prefix, ns, override=False)
    return union, {s: sorted(names) for s, names in graphs_of.items()}


def _int(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def spans_of(g: Graph, node, graphs_of: dict | None = None) -> tuple[Span, ...]:
    """Return the source spans recorded for node: its evidence, or itself if it is evidence.

    Falls back to the named graphs the node is described in when it has no evidence.
    """
    evidence = [node] if (node, OIC.fromSource, None) in g else list(g.objects(node, OIC.evidence))
    spans = []
    for ev in evidence:
        for source in g.objects(ev, OIC.fromSource):
            name = g.value(source, RDFS.label) or source
            spans.append(Span(str(name), _int(g.value(ev, OIC.charStart)), _int(g.value(ev, OIC.charEnd))))
    if not spans and graphs_of:
        spans = [Span(name) for name in graphs_of.get(node, [])]
    return tuple(sorted(set(spans), key=lambda s: (s.source, s.start or 0, s.end or 0)))


def _short(g: Graph, term) -> str | None:
    if term is None:
        return None
    if isinstance(term, URIRef):
        try:
            return g.namespace_manager.normalizeUri(term)
        except ValueError:
            return str(term)
    if isinstance(term, Literal):
        return repr(str(term)) if term.datatype is None else f"{term}^^{_short(g, term.datatype)}"
    return "_:" + str(term)


@contextmanager
def _prepared_queries():
    """Parse each SPARQL text once while validating.

    pySHACL sends a shape's sh:sparql query once per focus node as a string, and
    rdflib parses it again every time: on the corpus graph 636 parses took 17 of
    the 18 seconds of validation. A translated query is rdflib's prepared query
    (evaluated with new initBindings each time), so reusing it is safe.
    """
    from rdflib.plugins.sparql import processor

    original = processor.SPARQLProcessor.query
    translate = lru_cache(maxsize=256)(
        lambda text, base, ns: processor.translateQuery(processor.parseQuery(text), base, dict(ns) if ns else None))

    def query(self, strOrQuery, initBindings=None, initNs=None, base=None, DEBUG=False):  # noqa: N803 (rdflib's names)
        if isinstance(strOrQuery, str):
            strOrQuery = translate(strOrQuery, base, tuple(sorted((initNs or {}).items())) or None)
        return original(self, strOrQuery, initBindings, initNs, base, DEBUG)

    processor.SPARQLProcessor.query = query
    try:
        yield
    finally:
        processor.SPARQLProcessor.query = original


def validate(data: Graph, shapes: Graph | None = None, ontology: Graph | None = None) -> ValidationReport:
    """Validate data against the shapes, the ontology mixed in; return a readable report.

    Warnings (sh:Warning) are reported but do not make the graph non-conforming.
    """
    import pyshacl  # imported here: it is slow to import and only validation needs it

    union, graphs_of = union_of(data)
    union.bind("oic", OIC, override=False)
    shapes = shapes if shapes is not None else load_shapes()
    ontology = ontology if ontology is not None else load_ontology()
    with _prepared_queries():
        _, results, _ = pyshacl.validate(union, shacl_graph=shapes, ont_graph=ontology, inference="none",
                                         allow_warnings=True, advanced=True)
    findings = set()
    # Only the report's own results: nested ones (sh:detail of an sh:node) repeat them.
    for result in results.objects(None, SH.result):
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        severity = results.value(result, SH.resultSeverity)
        message = results.value(result, SH.resultMessage)
        value = results.value(result, SH.value)
        findings.add(Finding(
            severity=str(severity).rsplit("#", 1)[-1],
            focus=str(focus) if isinstance(focus, URIRef) else _short(union, focus),
            focus_name=_short(union, focus),
            path=_short(union, path) if isinstance(path, URIRef) else None,
            message=str(message) if message is not None else "does not conform",
            value=_short(union, value) if value is not None and value != focus else None,
            spans=spans_of(union, focus, graphs_of),
        ))
    ordered = sorted(findings, key=lambda f: (f.severity != "Violation", f.focus, f.path or "", f.message))
    return ValidationReport(ordered)
