"""Write a browsable, self-contained HTML page documenting the ontology.

In:  the ontology graph (ontology/oic.ttl with its import modules).
Out: one HTML page, no scripts and no external resources: classes, object and
     datatype properties and named individuals, each with its English and
     Arabic labels (Arabic set right-to-left), definition, hierarchy, domain and
     range, and a table of how the terms map to ORG, schema.org, PROV-O,
     OWL-Time and SKOS.
"""
from __future__ import annotations

from html import escape
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

from ontology.reasoning import NAMESPACE, ONTOLOGY_IRI, load_ontology

# Prefixes shown on the page, and the vocabulary each external namespace belongs to.
VOCABULARIES = {
    "org": ("http://www.w3.org/ns/org#", "W3C Organization Ontology"),
    "schema": ("https://schema.org/", "schema.org"),
    "prov": ("http://www.w3.org/ns/prov#", "PROV-O"),
    "time": ("http://www.w3.org/2006/time#", "OWL-Time"),
    "skos": ("http://www.w3.org/2004/02/skos/core#", "SKOS"),
    "dcterms": ("http://purl.org/dc/terms/", "Dublin Core terms"),
    "xsd": ("http://www.w3.org/2001/XMLSchema#", "XML Schema datatypes"),
    "rdfs": ("http://www.w3.org/2000/01/rdf-schema#", "RDF Schema"),
    "owl": ("http://www.w3.org/2002/07/owl#", "OWL"),
}

CSS = """
body { font-family: system-ui, sans-serif; max-width: 72rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.45; color: #222; }
h1 { margin-bottom: .2rem; } h2 { border-bottom: 2px solid #0a6e4f; padding-bottom: .2rem; margin-top: 2.5rem; }
section.term { border: 1px solid #ddd; border-radius: 6px; padding: .6rem 1rem; margin: 1rem 0; }
section.term h3 { margin: .2rem 0; font-family: ui-monospace, monospace; }
.ar { font-family: "Noto Naskh Arabic", "Amiri", serif; font-size: 1.15em; }
dl { display: grid; grid-template-columns: 10rem 1fr; gap: .2rem 1rem; margin: .4rem 0; }
dt { color: #555; } dd { margin: 0; }
code, .iri { font-family: ui-monospace, monospace; font-size: .9em; }
table { border-collapse: collapse; width: 100%; } td, th { border: 1px solid #ddd; padding: .3rem .5rem; text-align: left; vertical-align: top; }
nav ul { columns: 3; } .meta { color: #555; }
"""


def _label(g: Graph, term, lang: str) -> str | None:
    for label in g.objects(term, RDFS.label):
        if isinstance(label, Literal) and label.language == lang:
            return str(label)
    return None


def _definition(g: Graph, term) -> str:
    for prop in (SKOS.definition, RDFS.comment):
        for value in g.objects(term, prop):
            if isinstance(value, Literal) and value.language in (None, "en"):
                return str(value)
    return ""


def curie(term: URIRef) -> str:
    """Return the prefixed name of a term the page knows the namespace of, else the IRI.

    >>> curie(URIRef("https://w3id.org/oic-kg/ontology#Event"))
    'oic:Event'
    >>> curie(URIRef("http://www.w3.org/ns/org#Organization"))
    'org:Organization'
    """
    text = str(term)
    if text.startswith(NAMESPACE):
        return "oic:" + text[len(NAMESPACE):]
    for prefix, (namespace, _) in VOCABULARIES.items():
        if text.startswith(namespace):
            return f"{prefix}:{text[len(namespace):]}"
    return text


def _link(g: Graph, term) -> str:
    """Return HTML for a term: an anchor link for own terms, a link out for others."""
    if isinstance(term, BNode):
        return _class_expression(g, term)
    name = escape(curie(term))
    if str(term).startswith(NAMESPACE):
        return f'<a href="#{escape(str(term)[len(NAMESPACE):])}"><code>{name}</code></a>'
    return f'<a href="{escape(str(term))}"><code>{name}</code></a>'


def _class_expression(g: Graph, node: BNode) -> str:
    """Render the class expressions oic.ttl uses: unions and qualified cardinalities."""
    union = g.value(node, OWL.unionOf)
    if union is not None:
        return " ⊔ ".join(_link(g, member) for member in Collection(g, union))
    on_property = g.value(node, OWL.onProperty)
    if on_property is not None:
        for kind, word in ((OWL.qualifiedCardinality, "exactly"), (OWL.cardinality, "exactly"),
                           (OWL.minQualifiedCardinality, "at least"), (OWL.maxQualifiedCardinality, "at most")):
            number = g.value(node, kind)
            if number is not None:
                target = g.value(node, OWL.onClass)
                suffix = f" {_link(g, target)}" if target is not None else ""
                return f"{_link(g, on_property)} {word} {number}{suffix}"
    return "<em>(class expression)</em>"


def _own(g: Graph, kind: URIRef) -> list[URIRef]:
    return sorted((t for t in g.subjects(RDF.type, kind)
                   if isinstance(t, URIRef) and str(t).startswith(NAMESPACE)), key=str)


def _term_section(g: Graph, term: URIRef, rows: list[tuple[str, str]]) -> str:
    local = str(term)[len(NAMESPACE):]
    en = _label(g, term, "en") or ""
    ar = _label(g, term, "ar") or ""
    notation = g.value(term, SKOS.notation)
    extra = [("notation", f"<code>{escape(str(notation))}</code>")] if notation is not None else []
    body = "".join(f"<dt>{escape(k)}</dt><dd>{v}</dd>" for k, v in rows + extra if v)
    return (f'<section class="term" id="{escape(local)}">'
            f"<h3>{escape('oic:' + local)}</h3>"
            f'<dl><dt>IRI</dt><dd class="iri">{escape(str(term))}</dd>'
            f'<dt>label (en)</dt><dd lang="en">{escape(en)}</dd>'
            f'<dt>label (ar)</dt><dd class="ar" lang="ar" dir="rtl">{escape(ar)}</dd>'
            f"<dt>definition</dt><dd>{escape(_definition(g, term))}</dd>{body}</dl></section>")


def _links(g: Graph, terms) -> str:
    return ", ".join(_link(g, t) for t in sorted(terms, key=lambda t: (isinstance(t, BNode), str(t))))


def _mapping_rows(g: Graph) -> list[tuple[str, str, str, str]]:
    """Return (own term, relation, external term, vocabulary) for every external mapping."""
    rows = []
    for relation, name in ((RDFS.subClassOf, "rdfs:subClassOf"), (RDFS.subPropertyOf, "rdfs:subPropertyOf"),
                           (SKOS.closeMatch, "skos:closeMatch"), (SKOS.exactMatch, "skos:exactMatch")):
        for own, external in g.subject_objects(relation):
            if not (isinstance(own, URIRef) and str(own).startswith(NAMESPACE)):
                continue
            if not isinstance(external, URIRef) or str(external).startswith(NAMESPACE):
                continue
            vocabulary = next((label for ns, label in VOCABULARIES.values() if str(external).startswith(ns)),
                              "other")
            rows.append((own, name, external, vocabulary))
    return sorted(rows, key=lambda r: (r[3], str(r[0]), r[1], str(r[2])))


def render_html(g: Graph | None = None) -> str:
    """Return the HTML page documenting the ontology graph g (default: oic.ttl with imports)."""
    g = g if g is not None else load_ontology()
    onto = URIRef(ONTOLOGY_IRI)
    title = next((str(t) for t in g.objects(onto, DCTERMS.title) if t.language == "en"), "oic-kg ontology")
    title_ar = next((str(t) for t in g.objects(onto, DCTERMS.title) if t.language == "ar"), "")
    version = g.value(onto, OWL.versionInfo) or ""
    description = next((str(t) for t in g.objects(onto, DCTERMS.description)), "")

    classes = _own(g, OWL.Class)
    object_properties = _own(g, OWL.ObjectProperty)
    datatype_properties = _own(g, OWL.DatatypeProperty)
    individuals = _own(g, OWL.NamedIndividual)

    class_sections = [_term_section(g, c, [
        ("subclass of", _links(g, g.objects(c, RDFS.subClassOf))),
        ("subclasses", _links(g, g.subjects(RDFS.subClassOf, c))),
        ("close match", _links(g, g.objects(c, SKOS.closeMatch))),
    ]) for c in classes]

    def property_rows(p: URIRef) -> list[tuple[str, str]]:
        characteristics = [curie(t).removeprefix("owl:") for t in g.objects(p, RDF.type)
                           if t in (OWL.SymmetricProperty, OWL.IrreflexiveProperty, OWL.FunctionalProperty,
                                    OWL.TransitiveProperty, OWL.InverseFunctionalProperty)]
        inverse = list(g.objects(p, OWL.inverseOf)) + list(g.subjects(OWL.inverseOf, p))
        return [
            ("domain", _links(g, g.objects(p, RDFS.domain))),
            ("range", _links(g, g.objects(p, RDFS.range))),
            ("subproperty of", _links(g, g.objects(p, RDFS.subPropertyOf))),
            ("subproperties", _links(g, g.subjects(RDFS.subPropertyOf, p))),
            ("inverse", _links(g, inverse)),
            ("characteristics", escape(", ".join(sorted(characteristics)))),
            ("close match", _links(g, g.objects(p, SKOS.closeMatch))),
        ]

    object_sections = [_term_section(g, p, property_rows(p)) for p in object_properties]
    datatype_sections = [_term_section(g, p, property_rows(p)) for p in datatype_properties]
    individual_sections = [_term_section(g, i, [
        ("type", _links(g, (t for t in g.objects(i, RDF.type) if t != OWL.NamedIndividual))),
    ]) for i in individuals]

    mapping_table = "".join(
        f"<tr><td>{_link(g, own)}</td><td><code>{relation}</code></td><td>{_link(g, ext)}</td>"
        f"<td>{escape(vocabulary)}</td></tr>" for own, relation, ext, vocabulary in _mapping_rows(g))

    def toc(terms) -> str:
        return "<ul>" + "".join(f"<li>{_link(g, t)}</li>" for t in terms) + "</ul>"

    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>
<style>{CSS}</style>
</head>
<body>
<header>
<h1>{escape(title)}</h1>
<p class="ar" lang="ar" dir="rtl">{escape(title_ar)}</p>
<p class="meta">IRI <code>{escape(ONTOLOGY_IRI)}</code> · version {escape(str(version))} ·
preferred prefix <code>oic:</code> = <code>{escape(NAMESPACE)}</code></p>
<p>{escape(description)}</p>
</header>
<nav>
<h2 id="contents">Contents</h2>
<p>{len(classes)} classes, {len(object_properties)} object properties, {len(datatype_properties)} datatype properties,
{len(individuals)} named individuals. <a href="#mappings">Mappings to ORG, schema.org, PROV-O, OWL-Time, SKOS</a>.</p>
<h3>Classes</h3>{toc(classes)}
<h3>Object properties</h3>{toc(object_properties)}
<h3>Datatype properties</h3>{toc(datatype_properties)}
<h3>Named individuals</h3>{toc(individuals)}
</nav>
<main>
<h2 id="classes">Classes</h2>
{''.join(class_sections)}
<h2 id="object-properties">Object properties</h2>
{''.join(object_sections)}
<h2 id="datatype-properties">Datatype properties</h2>
{''.join(datatype_sections)}
<h2 id="individuals">Named individuals</h2>
{''.join(individual_sections)}
<h2 id="mappings">Mappings to other vocabularies</h2>
<p><code>rdfs:subClassOf</code> and <code>rdfs:subPropertyOf</code> hold as logic: every <code>oic:</code> instance
is also an instance of the external term. <code>skos:closeMatch</code> records a near equivalent
whose domain or meaning differs, with no logical consequence.</p>
<table><thead><tr><th>oic term</th><th>relation</th><th>external term</th><th>vocabulary</th></tr></thead>
<tbody>{mapping_table}</tbody></table>
</main>
</body>
</html>
"""


def write_docs(path: Path, g: Graph | None = None) -> Path:
    """Write the HTML documentation page to path (creating its folder); return path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_html(g), encoding="utf-8")
    return path
