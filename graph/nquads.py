"""Write triples straight to N-Quads: the build's path from records to the store, with no rdflib Dataset.

In:  triples of rdflib terms, added one at a time with `add((s, p, o))` exactly as
     graph/triples.py adds them to an rdflib Graph, and the named graph they go in.
Out: N-Quads lines on a text handle (one line per `add`; the store drops repeats).

An rdflib Dataset cost most of a build's graph time (docs/benchmarks.md: `Graph.add`
28% of a 10x build, its N-Quads serialisation 11%), and rdflib's `_nq_row` calls
`n3()` on every term. Here an IRI is checked and written once, then reused: the
same organisations, properties and classes recur in every record.
"""
from __future__ import annotations

from typing import TextIO

from rdflib import BNode, Literal, URIRef
from rdflib.term import _is_valid_uri



def literal_term(literal: Literal) -> str:
    """The N-Triples form of a literal.

    >>> from rdflib import XSD
    >>> literal_term(Literal('a "b"', lang="en")), literal_term(Literal(3, datatype=XSD.integer))
    ('"a \\\\"b\\\\""@en', '"3"^^<http://www.w3.org/2001/XMLSchema#integer>')
    """
    # N-Triples STRING_LITERAL_QUOTE (RDF 1.1 N-Triples, section 2.4): a quote, a backslash and
    # line breaks must be escaped; the same four rdflib's own N-Quads serialiser escapes.
    lexical = str(literal)
    if '"' in lexical or "\\" in lexical or "\n" in lexical or "\r" in lexical:
        lexical = lexical.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    if literal.language:
        return f'"{lexical}"@{literal.language}'
    if literal.datatype is not None:
        return f'"{lexical}"^^<{literal.datatype}>'
    return f'"{lexical}"'


def iri_term(iri: str) -> str:
    """The N-Triples form of an IRI; an IRI N-Triples cannot carry is an error, as in rdflib.

    >>> iri_term(URIRef("https://w3id.org/oic-kg/org/sesric"))
    '<https://w3id.org/oic-kg/org/sesric>'
    """
    if not _is_valid_uri(iri):
        raise ValueError(f"{iri!r} is not an IRI N-Quads can carry (it has a space, quote, brace or similar)")
    return f"<{iri}>"


class NQuadsWriter:
    """A stand-in for an rdflib Graph that writes each added triple as one N-Quads line.

    Set `graph` to the named graph the next triples belong to (None: the default graph).

    >>> import io
    >>> out = io.StringIO()
    >>> w = NQuadsWriter(out, URIRef("https://ex.org/g"))
    >>> w.add((URIRef("https://ex.org/a"), URIRef("https://ex.org/p"), Literal("x", lang="ar")))
    >>> out.getvalue()
    '<https://ex.org/a> <https://ex.org/p> "x"@ar <https://ex.org/g> .\\n'
    """

    def __init__(self, handle: TextIO, graph: URIRef | None = None):
        self.handle = handle
        self.count = 0
        self._iris: dict[str, str] = {}
        self.graph = graph

    @property
    def graph(self) -> URIRef | None:
        return self._graph

    @graph.setter
    def graph(self, graph: URIRef | None) -> None:
        self._graph = graph
        self._end = f" {self._term(graph)} .\n" if graph is not None else " .\n"

    def _term(self, term) -> str:
        if type(term) is URIRef:
            form = self._iris.get(term)
            if form is None:
                form = self._iris[term] = iri_term(term)
            return form
        if isinstance(term, Literal):
            return literal_term(term)
        if isinstance(term, BNode):
            return f"_:{term}"
        if isinstance(term, URIRef):  # a subclass of URIRef (rdflib's URIRef subclasses)
            return iri_term(term)
        raise TypeError(f"cannot write {term!r} ({type(term).__name__}) as an RDF term")

    def add(self, triple) -> None:
        """Write one triple into the current named graph."""
        s, p, o = triple
        iris = self._iris
        s_form = iris.get(s) if type(s) is URIRef else None
        p_form = iris.get(p) if type(p) is URIRef else None
        if type(o) is URIRef:
            o_form = iris.get(o) or self._term(o)
        elif type(o) is Literal:
            o_form = literal_term(o)
        else:
            o_form = self._term(o)
        self.handle.write(f"{s_form or self._term(s)} {p_form or self._term(p)} {o_form}{self._end}")
        self.count += 1
