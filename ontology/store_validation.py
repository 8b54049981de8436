"""Validate an Oxigraph store against the SHACL shapes by running the shapes as SPARQL in the store.

In:  a pyoxigraph Store (all its named graphs together, as one union, the way
     ontology.validation.validate sees a Dataset) and ontology/shapes.ttl,
     which stays the single source of truth.
Out: the same ValidationReport of Findings as validate() gives through
     pySHACL: severity, focus node, path, message, value, and the source file
     and character span of the focus node's evidence.

pySHACL walks the graph in Python: ~2 s CPU on the 9k-triple corpus graph, and
it does not finish at 56k triples (issue 7 asks for 1M in well under a minute).
Here each (shape, constraint) of shapes.ttl is translated, once, into one
SPARQL SELECT that returns the violating focus nodes (and values), and
Oxigraph evaluates it over the whole store at once. The translation covers
the SHACL Core components shapes.ttl uses, and SHACL-SPARQL constraints
(sh:sparql with sh:select), run joined with the shape's targets. A shape that
uses anything else makes translate() raise UnsupportedShape naming the shape
and the component, so a new kind of shape fails a test instead of being
skipped in silence.

Semantics follow SHACL (https://www.w3.org/TR/shacl/) as pySHACL implements it:
targets through rdf:type/rdfs:subClassOf* of the data graph (the store holds
the ontology in its own named graph), sh:in and sh:hasValue by RDF term
identity, counts over distinct value nodes, a comparison that cannot be made
(sh:minInclusive on a string, sh:lessThan on an integer and a date) is a
violation.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from itertools import combinations, count
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS, XSD

from ontology.errors import UnsupportedShape
from ontology.validation import OIC, SH, SHAPES_FILE, Finding, Span, ValidationReport, _short, load_shapes

# Predicates of a shape that are not constraints: they are read where needed or ignored.
_NOT_CONSTRAINTS = {SH.message, SH.severity, SH.name, SH.description, SH.order, SH.group, SH.deactivated,
                    SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf, SH.targetNode, SH.path,
                    SH.property, SH.sparql, SH.defaultValue, RDF.type}
# Components checked one value node at a time (SHACL 4.1-4.6), and what each becomes in SPARQL.
_VALUE_COMPONENTS = {SH.datatype, SH["class"], SH.nodeKind, SH["in"], SH.node, SH["or"], SH.xone, SH["not"],
                     SH.minInclusive, SH.maxInclusive, SH.minExclusive, SH.maxExclusive, SH.pattern}
# Components of property shapes only: they look at all value nodes of a focus node together.
_SET_COMPONENTS = {SH.minCount, SH.maxCount, SH.hasValue, SH.qualifiedValueShape, SH.lessThan,
                   SH.lessThanOrEquals, SH.uniqueLang}
_QUALIFIED = {SH.qualifiedMinCount, SH.qualifiedMaxCount, SH.qualifiedValueShapesDisjoint}
_MISSING = "FILTER NOT EXISTS "
_MAX_COUNTED = 4    # minCount/maxCount compare this many value nodes pairwise at most
_COMPARISONS = {SH.minInclusive: ">=", SH.maxInclusive: "<=", SH.minExclusive: ">", SH.maxExclusive: "<"}
_NODE_KINDS = {SH.IRI: "isIRI({v})", SH.BlankNode: "isBlank({v})", SH.Literal: "isLiteral({v})",
               SH.BlankNodeOrIRI: "(isIRI({v}) || isBlank({v}))",
               SH.BlankNodeOrLiteral: "(isBlank({v}) || isLiteral({v}))",
               SH.IRIOrLiteral: "(isIRI({v}) || isLiteral({v}))"}
# Datatypes whose lexical form Oxigraph can check with a cast: an ill-formed literal
# ("2025-13-45"^^xsd:date) has the datatype but is not a valid value (pySHACL: ill_typed).
_CASTS = {XSD.date, XSD.dateTime, XSD.time, XSD.gYear, XSD.gYearMonth, XSD.boolean, XSD.integer, XSD.decimal,
          XSD.double, XSD.float, XSD.duration, XSD.dayTimeDuration, XSD.yearMonthDuration}


@dataclass(frozen=True)
class Check:
    """One (shape, constraint) as a SPARQL SELECT of ?this (and ?value) for every violation."""

    shape: str                  # the shape's IRI, or a description of a blank-node shape
    component: str              # e.g. "minCount", "sparql"
    severity: str               # "Violation", "Warning" or "Info"
    path: str | None            # the result path when it is one IRI
    message: str                # sh:message; {?var} placeholders of a SPARQL constraint are filled per row
    query: str


def _term(node) -> str:
    """Return node written as a SPARQL term.

    >>> _term(URIRef("https://w3id.org/oic-kg/ontology#Event"))
    '<https://w3id.org/oic-kg/ontology#Event>'
    >>> _term(Literal(True))
    '"true"^^<http://www.w3.org/2001/XMLSchema#boolean>'
    """
    if isinstance(node, BNode):
        raise UnsupportedShape(f"a blank node ({node}) cannot be written as a SPARQL constant")
    return node.n3()


class _Translator:
    """Turn the shapes of one shapes graph into Checks."""

    def __init__(self, sg: Graph):
        self.sg = sg
        self.fresh = count()
        self.in_progress: list = []

    def var(self, stem: str = "v") -> str:
        return f"?_{stem}{next(self.fresh)}"

    def name(self, shape) -> str:
        if isinstance(shape, URIRef):
            return _short(self.sg, shape)
        path = self.sg.value(shape, SH.path)
        if path is None:
            return "[] (a blank node shape)"
        return f"[] (sh:path {_short(self.sg, path) if isinstance(path, URIRef) else self.path(path)})"

    def fail(self, shape, what: str):
        raise UnsupportedShape(f"{SHAPES_FILE.name}: shape {self.name(shape)}: {what} is not translated to "
                               f"SPARQL (ontology/store_validation.py); translate it or change the shape")

    # Paths (SHACL 2.3.1)

    def path(self, node) -> str:
        if isinstance(node, URIRef):
            return _term(node)
        if (node, RDF.first, None) in self.sg:
            return "(" + "/".join(self.path(step) for step in Collection(self.sg, node)) + ")"
        for key, template in ((SH.inversePath, "^{}"), (SH.zeroOrMorePath, "{}*"), (SH.oneOrMorePath, "{}+"),
                              (SH.zeroOrOnePath, "{}?")):
            inner = self.sg.value(node, key)
            if inner is not None:
                return "(" + template.format(self.path(inner)) + ")"
        alternatives = self.sg.value(node, SH.alternativePath)
        if alternatives is not None:
            return "(" + "|".join(self.path(step) for step in Collection(self.sg, alternatives)) + ")"
        raise UnsupportedShape(f"{SHAPES_FILE.name}: a sh:path of an unknown form: {node}")

    # Targets (SHACL 2.1.3)

    def targets(self, shape) -> list[str]:
        """Return the group patterns that bind ?this to the targets of shape (none: not targeted)."""
        if (shape, RDF.type, RDFS.Class) in self.sg or (shape, RDF.type, URIRef("http://www.w3.org/2002/07/owl#Class")) in self.sg:
            self.fail(shape, "an implicit class target (the shape is also a class)")
        branches = []
        for cls in sorted(self.sg.objects(shape, SH.targetClass)):
            # The classes first, then their instances: ?this a/rdfs:subClassOf* C is evaluated from
            # the instances' side, every typed node of the store at a time.
            branches.append(f"{{ ?_cls rdfs:subClassOf* {_term(cls)} . ?this a ?_cls }}")
        for p in sorted(self.sg.objects(shape, SH.targetSubjectsOf)):
            branches.append(f"{{ ?this {_term(p)} [] }}")
        for p in sorted(self.sg.objects(shape, SH.targetObjectsOf)):
            branches.append(f"{{ [] {_term(p)} ?this }}")
        nodes = sorted(self.sg.objects(shape, SH.targetNode))
        if nodes:
            branches.append("{ VALUES ?this { " + " ".join(_term(n) for n in nodes) + " } }")
        return branches

    # Conformance of a node to a shape, as a SPARQL expression (for sh:node, sh:or, ...)

    def constraints(self, shape) -> list:
        """Return the constraint predicates of shape (each once), failing on what is not translated."""
        found = []
        for p in sorted(set(self.sg.predicates(shape, None))):
            if p in _NOT_CONSTRAINTS or p in _QUALIFIED:
                continue
            if p in _VALUE_COMPONENTS or p in _SET_COMPONENTS:
                found.append(p)
            elif str(p).startswith(str(SH)):
                self.fail(shape, _short(self.sg, p))
        if self.sg.value(shape, SH.qualifiedValueShapesDisjoint) == Literal(True):
            self.fail(shape, "sh:qualifiedValueShapesDisjoint true")
        if any((shape, p, None) in self.sg for p in _QUALIFIED) and SH.qualifiedValueShape not in found:
            self.fail(shape, "sh:qualifiedMinCount/MaxCount without sh:qualifiedValueShape")
        return found

    def conforms(self, shape, focus: str) -> str:
        """Return a SPARQL expression that is true when the node in variable focus conforms to shape."""
        if shape in self.in_progress:
            self.fail(shape, "a recursive shape reference")
        if self.sg.value(shape, SH.deactivated) == Literal(True):
            return "true"
        if any(self.sg.objects(shape, SH.sparql)):
            self.fail(shape, "sh:sparql in a shape used inside another (sh:node, sh:or, ...)")
        self.in_progress.append(shape)
        try:
            parts = [self.satisfied(shape, c, focus) for c in self.constraints(shape)]
            parts += [self.conforms(p, focus) for p in sorted(self.sg.objects(shape, SH.property))]
        finally:
            self.in_progress.pop()
        return "(" + " && ".join(parts) + ")" if parts else "true"

    def satisfied(self, shape, component, focus: str) -> str:
        """Return a SPARQL expression: focus meets this one component of shape."""
        path = self.sg.value(shape, SH.path)
        if component in _VALUE_COMPONENTS and path is None:
            return self.value_ok(shape, component, focus)
        pattern, _ = self.violation(shape, component, focus)
        if pattern.startswith(_MISSING):    # "no such values" is violated: the values must exist
            return "EXISTS " + pattern[len(_MISSING):]
        return f"NOT EXISTS {{ {pattern} }}"

    def value_ok(self, shape, component, v: str) -> str:
        """Return a SPARQL expression: the value node in variable v meets the value component of shape."""
        objects = sorted(self.sg.objects(shape, component))
        if len(objects) != 1 and component not in (SH["class"], SH.datatype, SH.node):
            self.fail(shape, f"{len(objects)} values of {_short(self.sg, component)}")
        tests = [self.value_test(shape, component, o, v) for o in objects]
        return "(" + " && ".join(tests) + ")"

    def value_test(self, shape, component, o, v: str) -> str:
        if component == SH.datatype:
            if o == RDF.langString:
                return f"(isLiteral({v}) && lang({v}) != \"\")"
            test = f"isLiteral({v}) && datatype({v}) = {_term(o)}"
            if o in _CASTS:
                test += f" && COALESCE(isLiteral({_term(o)}(STR({v}))), false)"
            return f"({test})"
        if component == SH["class"]:
            return f"EXISTS {{ {v} a/rdfs:subClassOf* {_term(o)} }}"
        if component == SH.nodeKind:
            if o not in _NODE_KINDS:
                self.fail(shape, f"sh:nodeKind {o}")
            return _NODE_KINDS[o].format(v=v)
        if component == SH["in"]:
            members = list(Collection(self.sg, o))
            return "(" + " || ".join(f"sameTerm({v}, {_term(m)})" for m in members) + ")" if members else "false"
        if component == SH.node:
            return self.conforms(o, v)
        if component in (SH["or"], SH.xone):
            shapes = list(Collection(self.sg, o))
            if not shapes:
                return "false"
            if component == SH["or"]:
                return "(" + " || ".join(self.conforms(s, v) for s in shapes) + ")"
            return "((" + " + ".join(f"IF({self.conforms(s, v)}, 1, 0)" for s in shapes) + ") = 1)"
        if component == SH["not"]:
            return f"(!{self.conforms(o, v)})"
        if component in _COMPARISONS:
            return f"COALESCE({v} {_COMPARISONS[component]} {_term(o)}, false)"
        if component == SH.pattern:
            flags = self.sg.value(shape, SH.flags)
            args = f"STR({v}), {_term(Literal(str(o)))}" + (f", {_term(Literal(str(flags)))}" if flags else "")
            return f"COALESCE(!isBlank({v}) && REGEX({args}), false)"
        self.fail(shape, _short(self.sg, component))

    def violation(self, shape, component, focus: str, value: str | None = None) -> tuple[str, str | None]:
        """Return (a group pattern that matches when focus violates component of shape, the value variable).

        The value variable is the offending value node, when SHACL reports one.
        """
        path = self.sg.value(shape, SH.path)
        if path is None:
            if component in _VALUE_COMPONENTS:
                return f"FILTER (!{self.value_ok(shape, component, focus)})", focus
            self.fail(shape, f"{_short(self.sg, component)} on a node shape")
        p = self.path(path)
        if component in _VALUE_COMPONENTS:
            v = value or self.var()
            return f"{focus} {p} {v} . FILTER (!{self.value_ok(shape, component, v)})", v
        [o] = list(self.sg.objects(shape, component)) or [None]
        if component == SH.minCount:
            return _MISSING + f"{{ {self.distinct_values(focus, p, int(o))} }}", None
        if component == SH.maxCount:
            return self.distinct_values(focus, p, int(o) + 1), None
        if component == SH.hasValue:
            return _MISSING + f"{{ {focus} {p} {_term(o)} }}", None
        if component == SH.qualifiedValueShape:
            least = self.sg.value(shape, SH.qualifiedMinCount)
            most = self.sg.value(shape, SH.qualifiedMaxCount)
            if least is not None and most is not None:
                self.fail(shape, "sh:qualifiedMinCount and sh:qualifiedMaxCount together")
            if least is not None:
                return _MISSING + f"{{ {self.distinct_values(focus, p, int(least), o)} }}", None
            return self.distinct_values(focus, p, int(most) + 1, o), None
        if component in (SH.lessThan, SH.lessThanOrEquals):
            v, w = value or self.var(), self.var("w")
            op = "<" if component == SH.lessThan else "<="
            return f"{focus} {p} {v} . {focus} {_term(o)} {w} . FILTER (!COALESCE({v} {op} {w}, false))", v
        if component == SH.uniqueLang:
            if o != Literal(True):
                return "FILTER (false)", None
            a, b = self.var(), self.var()
            return (f"{focus} {p} {a}, {b} . FILTER (!sameTerm({a}, {b}) && isLiteral({a}) && isLiteral({b}) "
                    f"&& lang({a}) != \"\" && LCASE(lang({a})) = LCASE(lang({b})))"), None
        self.fail(shape, _short(self.sg, component))

    def violators(self, shape, component, cand: str, x: str, value: str | None = None) -> tuple[str, str | None]:
        """Return (a pattern of the nodes x bound by cand that violate component of shape, the value variable).

        Unlike violation(), which runs once per node inside EXISTS, the pattern runs once for
        all candidates: Oxigraph spends ~15 µs on each EXISTS and ~150 µs on each
        a/rdfs:subClassOf* from a bound node, so a class, a required value or a minimum count is
        one anti-join (MINUS) with the nodes that have it, and sh:node is the union of the
        nested shape's violators (1M triples: the check of oic:partnerOf values went from 9.1
        to 0.2 s CPU).
        """
        path = self.sg.value(shape, SH.path)
        if path is None:
            if component in _VALUE_COMPONENTS:
                return self.bad_values(shape, component, cand, x), x
            self.fail(shape, f"{_short(self.sg, component)} on a node shape")
        p = self.path(path)
        if component in _VALUE_COMPONENTS:
            v = value or self.var()
            source = f"[] {p} {v} ." if isinstance(path, URIRef) else None
            return self.bad_values(shape, component, cand, v, source, edge=(x, f"{x} {p} {v} .")), v
        objects = list(self.sg.objects(shape, component))
        if component in (SH.minCount, SH.maxCount) and len(objects) == 1:
            # Counted once per node by GROUP BY, not by joining the values with themselves:
            # a 1M-triple graph's 66k evidence nodes: 1.4 -> 0.3 s CPU for one maxCount.
            n, values = int(objects[0]), self.var()
            if component == SH.minCount and n == 1:
                return f"{cand} MINUS {{ {x} {p} {values} . }}", None
            op = ">=" if component == SH.minCount else ">"
            counted = (f"{{ SELECT {x} WHERE {{ {x} {p} {values} . }} GROUP BY {x} "
                       f"HAVING (COUNT(DISTINCT {values}) {op} {n}) }}")
            return (f"{cand} MINUS {counted}" if component == SH.minCount else f"{cand} {counted}"), None
        if component == SH.hasValue and len(objects) == 1:
            return f"{cand} MINUS {{ {x} {p} {_term(objects[0])} }}", None
        if component == SH.qualifiedValueShape and len(objects) == 1:
            least = self.sg.value(shape, SH.qualifiedMinCount)
            most = self.sg.value(shape, SH.qualifiedMaxCount)
            if (least is None) == (most is None):
                self.fail(shape, "sh:qualifiedValueShape needs one of sh:qualifiedMinCount, sh:qualifiedMaxCount")
            v = self.var()
            conforming = f"{x} {p} {v} . FILTER ({self.conforms(objects[0], v)})"
            if least is not None:
                if int(least) <= 0:
                    return f"{cand} FILTER (false)", None
                return (f"{cand} MINUS {{ SELECT {x} WHERE {{ {conforming} }} GROUP BY {x} "
                        f"HAVING (COUNT(DISTINCT {v}) >= {int(least)}) }}"), None
            return (f"{cand} {{ SELECT {x} WHERE {{ {conforming} }} GROUP BY {x} "
                    f"HAVING (COUNT(DISTINCT {v}) > {int(most)}) }}"), None
        pattern, v = self.violation(shape, component, x, value)
        if component in (SH.lessThan, SH.lessThanOrEquals, SH.uniqueLang):
            # Found by one scan of the property, then joined with the candidates.
            return f"{cand} {{ SELECT DISTINCT {x}{' ' + v if v else ''} WHERE {{ {pattern} }} }}", v
        return f"{cand} {pattern}", v

    def bad_values(self, shape, component, cand: str, v: str, source: str | None = None,
                   edge: tuple[str, str] | None = None) -> str:
        """Return cand narrowed to the rows whose value node v does not meet the value component of shape.

        edge, for a property shape, is (the focus variable, the pattern from it to v);
        source, when given, is a cheap pattern binding v to a superset of the values.
        """
        ok = self.value_ok(shape, component, v)
        objects = sorted(self.sg.objects(shape, component))
        focus, step = edge or (None, "")
        if "EXISTS" not in ok or component == SH["class"]:
            if "EXISTS" not in ok:
                bad = f"{step} FILTER (!{ok})"
            else:
                t = self.var("t")
                bad = _union([f"{step} MINUS {{ {{ SELECT {t} WHERE {{ {t} rdfs:subClassOf* {_term(c)} }} }} "
                              f"{v} a {t} }}" for c in objects])
            if edge is None:
                return f"{cand} {bad}" if len(objects) == 1 or "EXISTS" not in ok else f"{cand} {{ {bad} }}"
            # One scan of the property, joined with the candidates (a hash join, not a lookup per candidate).
            return f"{cand} {{ SELECT DISTINCT {focus} {v} WHERE {{ {bad} }} }}"
        inner = source or f"{cand} {step}"
        if component == SH.node and len(objects) == 1 and objects[0] not in self.in_progress:
            return f"{cand} {step} {self.shape_violators(objects[0], inner, v)}"
        if component == SH["or"] and len(objects) == 1:
            # Violates every member: the intersection of the members' violators.
            members = list(Collection(self.sg, objects[0]))
            if members and not any(m in self.in_progress for m in members):
                return f"{cand} {step} " + " ".join(self.shape_violators(m, inner, v) for m in members)
        return f"{cand} {step} FILTER (!{ok})"

    def shape_violators(self, shape, inner: str, v: str) -> str:
        """Return a subselect of the nodes v (bound by inner) that do not conform to shape."""
        self.in_progress.append(shape)
        try:
            branches = []
            for part in [shape] + sorted(self.sg.objects(shape, SH.property), key=str):
                for c in self.constraints(part):
                    # A branch that finds its violators by itself scans them once; only an
                    # absence (MINUS) needs the candidates to subtract from.
                    by_itself = self.sg.value(part, SH.path) is not None and (
                        c in _VALUE_COMPONENTS or c in (SH.maxCount, SH.lessThan, SH.lessThanOrEquals,
                                                         SH.uniqueLang))
                    branches.append(self.violators(part, c, "" if by_itself else inner, v)[0])
        finally:
            self.in_progress.pop()
        if not branches:
            return "FILTER (false)"
        return f"{{ SELECT DISTINCT {v} WHERE {{ {_union(branches)} }} }}"

    def distinct_values(self, focus: str, p: str, n: int, qualified=None) -> str:
        """Return a pattern matching when focus has at least n distinct values on p (conforming to qualified)."""
        if n <= 0:
            return ""
        if n > _MAX_COUNTED:
            raise UnsupportedShape(f"{SHAPES_FILE.name}: a count of {n} values is not translated (at most "
                                   f"{_MAX_COUNTED}); add a GROUP BY ... HAVING translation for it")
        vs = [self.var() for _ in range(n)]
        tests = [f"!sameTerm({a}, {b})" for a, b in combinations(vs, 2)]
        if qualified is not None:
            tests += [self.conforms(qualified, v) for v in vs]
        pattern = f"{focus} {p} {', '.join(vs)} ."
        return pattern + (f" FILTER ({' && '.join(tests)})" if tests else "")

    # The checks

    def checks(self) -> list[Check]:
        found = []
        shapes = set(self.sg.subjects(RDF.type, SH.NodeShape)) | set(self.sg.subjects(RDF.type, SH.PropertyShape))
        shapes |= {s for p in (SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf, SH.targetNode)
                   for s in self.sg.subjects(p, None)}
        # A property shape shared by node shapes (oics:evidenceProperty) runs once, on all their targets.
        targets: dict = {}
        for shape in sorted(shapes, key=str):
            own = self.targets(shape)
            if not own or self.sg.value(shape, SH.deactivated) == Literal(True):
                continue
            for applied in [shape] + sorted(self.sg.objects(shape, SH.property), key=str):
                if self.sg.value(applied, SH.deactivated) != Literal(True):
                    targets.setdefault(applied, {}).update(dict.fromkeys(own))
        for shape, branches in targets.items():
            target = "{ SELECT DISTINCT ?this WHERE { " + " UNION ".join(branches) + " } }"
            found += self.shape_checks(shape, target)
        return found

    def shape_checks(self, shape, target: str) -> list[Check]:
        severity = str(self.sg.value(shape, SH.severity) or SH.Violation).rsplit("#", 1)[-1]
        path = self.sg.value(shape, SH.path)
        result_path = str(path) if isinstance(path, URIRef) else None
        message = self.message(shape)
        checks = []
        for component in self.constraints(shape):
            pattern, value = self.violators(shape, component, target, "?this", "?value")
            project = "?this ?value" if value == "?value" else "?this"
            query = f"SELECT DISTINCT {project} WHERE {{ {pattern} }}"
            checks.append(Check(self.name(shape), component.rsplit("#", 1)[-1], severity, result_path,
                                message or f"does not conform to {_short(self.sg, component)}", query))
        for constraint in sorted(self.sg.objects(shape, SH.sparql), key=str):
            if self.sg.value(constraint, SH.deactivated) == Literal(True):
                continue
            checks.append(Check(self.name(shape), "sparql", severity, result_path,
                                self.message(constraint) or message or "does not conform to a SPARQL constraint",
                                self.sparql(shape, constraint, target)))
        return checks

    def message(self, node) -> str:
        messages = sorted(self.sg.objects(node, SH.message))
        return str(messages[0]) if messages else ""

    def sparql(self, shape, constraint, target: str) -> str:
        """Return a SHACL-SPARQL constraint's SELECT, joined with the shape's targets as its $this."""
        select = self.sg.value(constraint, SH.select)
        if select is None:
            self.fail(shape, "a sh:sparql constraint without sh:select")
        text = str(select)
        for reserved in ("$PATH", "$currentShape", "$shapesGraph", "$value"):
            if reserved in text:
                self.fail(shape, f"{reserved} in a SPARQL constraint")
        head = text.split("{", 1)[0]
        if not re.search(r"[?$]this\b", head):
            self.fail(shape, "a SPARQL constraint that does not select $this")
        prefixes = []
        for declared in self.sg.objects(constraint, SH.prefixes):
            for decl in self.sg.objects(declared, SH.declare):
                prefixes.append(f"PREFIX {self.sg.value(decl, SH.prefix)}: <{self.sg.value(decl, SH.namespace)}>")
        body = re.sub(r"\$(\w+)", r"?\1", text.strip())
        return "\n".join(sorted(set(prefixes))) + f"\nSELECT * WHERE {{ {target} {{ {body} }} }}"


def _union(branches: list[str]) -> str:
    return branches[0] if len(branches) == 1 else " UNION ".join(f"{{ {b} }}" for b in branches)


PREFIXES = {"rdf": str(RDF), "rdfs": str(RDFS), "xsd": str(XSD), "oic": str(OIC)}


def translate(shapes: Graph) -> list[Check]:
    """Return one Check per (shape, constraint) of the shapes graph; each query is parsed once here.

    Raises UnsupportedShape naming the shape and component when a shape uses
    something the translation does not cover.
    """
    checks = _Translator(shapes).checks()
    empty = ox.Store()
    for check in checks:
        try:
            empty.query(check.query, prefixes=PREFIXES)
        except SyntaxError as exc:
            raise UnsupportedShape(f"the SPARQL for {check.shape} ({check.component}) does not parse: {exc}\n"
                                   f"{check.query}") from exc
    return checks


@lru_cache(maxsize=4)
def _checks_of(path: Path, mtime: float) -> tuple[Check, ...]:
    return tuple(translate(load_shapes(path)))


def shape_checks(path: Path = SHAPES_FILE) -> tuple[Check, ...]:
    """Return the Checks of the shapes file, translated once per version of the file."""
    path = Path(path)
    return _checks_of(path, path.stat().st_mtime)


# From pyoxigraph terms to the rdflib terms ontology.validation writes Findings from.

def _rdflib(term):
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    datatype = term.datatype.value
    return Literal(term.value, datatype=None if datatype == str(XSD.string) else URIRef(datatype))


def _int(lexical) -> int | None:
    try:
        return int(Decimal(lexical))
    except (InvalidOperation, TypeError, ValueError):
        return None


SPANS = """
SELECT ?node ?ev ?source ?label ?start ?end WHERE {
  %s
  { ?node oic:fromSource ?source . BIND (?node AS ?ev) }
  UNION
  { ?node oic:evidence ?ev . ?ev oic:fromSource ?source . FILTER NOT EXISTS { ?node oic:fromSource [] } }
  OPTIONAL { ?source rdfs:label ?label }
  OPTIONAL { ?ev oic:charStart ?start }
  OPTIONAL { ?ev oic:charEnd ?end }
}"""
GRAPHS = "SELECT DISTINCT ?node ?g WHERE { %s GRAPH ?g { ?node ?p ?o } FILTER (!isBlank(?g)) }"


def _per_node(store: ox.Store, template: str, nodes: list, chunk: int = 500):
    """Yield the solutions of template for the nodes: IRIs through VALUES, blank nodes one at a time."""
    iris = [n for n in nodes if isinstance(n, ox.NamedNode)]
    for i in range(0, len(iris), chunk):
        values = "VALUES ?node { " + " ".join(str(n) for n in iris[i:i + chunk]) + " }"
        yield from store.query(template % values, prefixes=PREFIXES, use_default_graph_as_union=True)
    for n in nodes:
        if isinstance(n, ox.BlankNode):
            yield from store.query(template % "", prefixes=PREFIXES, use_default_graph_as_union=True,
                                   substitutions={ox.Variable("node"): n})


def spans_of_nodes(store: ox.Store, nodes) -> dict:
    """Return {node: (Span, ...)}: the source spans of each node, as ontology.validation.spans_of finds them.

    A node's spans come from its oic:evidence (or itself, when it is evidence);
    a node without evidence is placed by the named graphs it is described in.
    """
    nodes = list(dict.fromkeys(nodes))
    found: dict = {}
    seen = set()
    for row in _per_node(store, SPANS, nodes):
        node, ev, source = row["node"], row["ev"], row["source"]
        if (node, ev, source) in seen:      # rdflib's g.value: one label and one offset each
            continue
        seen.add((node, ev, source))
        label = row["label"]
        start, end = row["start"], row["end"]
        found.setdefault(node, set()).add(Span(label.value if label is not None else source.value,
                                               _int(start.value) if start is not None else None,
                                               _int(end.value) if end is not None else None))
    placeless = [n for n in nodes if n not in found]
    for row in _per_node(store, GRAPHS, placeless):
        found.setdefault(row["node"], set()).add(Span(row["g"].value))
    return {node: tuple(sorted(spans, key=lambda s: (s.source, s.start or 0, s.end or 0)))
            for node, spans in found.items()}


def _message(template: str, row: ox.QuerySolution, names: list[str]) -> str:
    """Fill the {?var} placeholders of a SPARQL constraint's message, as pySHACL does."""
    for name in names:
        term = row[name]
        if term is not None:
            template = re.sub(r"{[?$]%s}" % re.escape(name), lambda _: str(_rdflib(term)), template)
    return template


def run_checks(store: ox.Store, checks) -> list[tuple[Check, ox.QuerySolution, list[str]]]:
    """Return (check, solution, variable names) for every violation the checks find in the store."""
    rows = []
    for check in checks:
        solutions = store.query(check.query, prefixes=PREFIXES, use_default_graph_as_union=True)
        names = [v.value for v in solutions.variables]
        rows += [(check, row, names) for row in solutions]
    return rows


def validate_store(store: ox.Store, shapes: Path = SHAPES_FILE) -> ValidationReport:
    """Validate every graph of the store, as one union, against the shapes; return the report.

    The same report as ontology.validation.validate(<the store as a Dataset>), without
    pySHACL: each translated check runs once over the whole store in Oxigraph.
    """
    rows = run_checks(store, shape_checks(shapes))
    spans = spans_of_nodes(store, [row["this"] for _, row, _ in rows])
    names = Graph()
    names.bind("oic", OIC, override=False)
    findings = set()
    for check, row, variables in rows:
        focus = _rdflib(row["this"])
        value = _rdflib(row["value"]) if "value" in variables and row["value"] is not None else None
        findings.add(Finding(
            severity=check.severity,
            focus=str(focus) if isinstance(focus, URIRef) else _short(names, focus),
            focus_name=_short(names, focus),
            path=_short(names, URIRef(check.path)) if check.path else None,
            message=_message(check.message, row, variables) if check.component == "sparql" else check.message,
            value=_short(names, value) if value is not None and value != focus else None,
            spans=spans.get(row["this"], ()),
        ))
    ordered = sorted(findings, key=lambda f: (f.severity != "Violation", f.focus, f.path or "", f.message))
    return ValidationReport(ordered)
