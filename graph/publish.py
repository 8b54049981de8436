"""Publish the graph: dumps, a VoID/DCAT description and a static linked-data site.

In:  the built store, an output folder, the IRI base, a licence and the public SPARQL endpoint.
Out: `dumps/` (Turtle, N-Triples, JSON-LD with all graphs merged; TriG with the named graphs),
     `void.ttl` (VoID + DCAT), and one page per organisation, event, programme, network,
     agreement, country and city at the path of its IRI: `org/sesric.html` (English),
     `org/sesric.ar.html` (Arabic, right to left), `org/sesric.ttl`, `org/sesric.jsonld`,
     linked to each other with `<link rel="alternate">`. Pages carry no scripts and no
     external CSS. `Site` renders the same documents for `oickg serve`.
"""
from __future__ import annotations

import datetime
import html
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from graph import iri as iri_mod

OIC = "https://w3id.org/oic-kg/ontology#"
# Incoming links a page does not list: they come from nodes that have no page of their own (an
# oic:Partnership; an entry of a partner table, graph/build.py), one per partner (6,486 for SESRIC at 1M).
_UNLISTED_INCOMING = frozenset({OIC + "partnershipBetween", OIC + "entryPartner"})
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DEFAULT_LICENSE = "https://creativecommons.org/licenses/by/4.0/"
PREFIXES = {
    "oic": OIC, "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#", "skos": SKOS, "owl": "http://www.w3.org/2002/07/owl#",
}
# The IRI folders that get a page, and the classes whose members live there.
INDEX_FOLDERS = ("org", "event", "agreement", "publication", "programme", "network", "country", "city")
# Every IRI the build mints dereferences: the folders above are listed on the index; partnerships, roles,
# evidence and sources have pages too, reached by the links on the others.
PAGE_FOLDERS = INDEX_FOLDERS + ("partnership", "role", "evidence", "source")
FOLDER_TITLES = {
    "org": ("Organisations", "المنظمات"), "event": ("Events", "الفعاليات"), "agreement": ("Agreements", "الاتفاقيات"),
    "publication": ("Publications", "المنشورات"), "programme": ("Programmes", "البرامج"),
    "network": ("Networks", "الشبكات"), "country": ("Countries", "الدول"), "city": ("Cities", "المدن"),
}
UI = {
    "en": {"relations": "Relations", "referenced": "Referenced by", "evidence": "Evidence", "source": "source",
           "chars": "characters", "other": "العربية", "formats": "This resource as", "home": "Index",
           "type": "type", "title": "oic-kg: the OIC knowledge graph", "sparql": "SPARQL endpoint",
           "dumps": "Dumps"},
    "ar": {"relations": "العلاقات", "referenced": "مذكور في", "evidence": "الأدلة النصية", "source": "المصدر",
           "chars": "الأحرف", "other": "English", "formats": "هذا المورد بصيغة", "home": "الفهرس",
           "type": "النوع", "title": "الرسم المعرفي لمنظمة التعاون الإسلامي", "sparql": "نقطة استعلام SPARQL",
           "dumps": "الملفات الكاملة"},
}
# Labels of the external terms pages show (the ontology labels its own terms in both languages).
TERM_LABELS = {
    "http://www.w3.org/2000/01/rdf-schema#label": ("label", "التسمية"),
    SKOS + "prefLabel": ("preferred label", "التسمية المفضلة"),
    SKOS + "altLabel": ("also called", "يسمى أيضا"),
    SKOS + "notation": ("code", "الرمز"),
    "http://www.w3.org/2002/07/owl#sameAs": ("same as", "هو نفسه"),
}
STYLE = """body{font-family:system-ui,'Noto Naskh Arabic','Segoe UI',sans-serif;max-width:60rem;margin:2rem auto;
padding:0 1rem;line-height:1.5;color:#222}a{color:#0b5394}table{border-collapse:collapse;width:100%}
th,td{text-align:start;vertical-align:top;padding:.3rem .5rem;border-bottom:1px solid #ddd}
th{width:14rem;font-weight:600}blockquote{margin:.5rem 0;padding:.5rem 1rem;background:#f6f6f6;
border-inline-start:4px solid #0b5394}code{font-size:.85em;word-break:break-all}.meta{color:#666;font-size:.9em}
nav{display:flex;gap:1rem;font-size:.9em}"""


def _esc(text) -> str:
    return html.escape(str(text), quote=True)


def _is_arabic(text: str) -> bool:
    """True when text is mostly Arabic script.

    >>> _is_arabic("سيسرك"), _is_arabic("SESRIC")
    (True, False)
    """
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and sum("\u0600" <= ch <= "\u06ff" for ch in letters) * 2 >= len(letters)


@dataclass
class Description:
    """What the graph says about one resource: its own triples, the triples that point to it, its evidence."""
    iri: str
    outgoing: list[ox.Triple] = field(default_factory=list)
    incoming: list[ox.Triple] = field(default_factory=list)
    evidence: list[dict] = field(default_factory=list)
    extra: list[ox.Triple] = field(default_factory=list)

    def triples(self) -> list[ox.Triple]:
        return self.outgoing + self.extra + self.incoming


class Site:
    """Render the documents of the linked-data site from a store: HTML (en, ar), Turtle, JSON-LD."""

    def __init__(self, store: ox.Store, base: str = iri_mod.BASE):
        self.store = store
        self.base = base
        self.labels: dict[str, dict[str, str]] = {}
        self.acronyms: dict[str, str] = {}
        self._resources: list[str] | None = None
        self._members: set[str] = set()
        for term, (en, ar) in TERM_LABELS.items():
            self.labels[term] = {"en": en, "ar": ar}
        for row in store.query(
                "SELECT ?s ?p ?l WHERE { VALUES ?p { rdfs:label skos:prefLabel oic:acronym } ?s ?p ?l }",
                prefixes=PREFIXES, use_default_graph_as_union=True):
            s, p, label = row["s"].value, row["p"].value, row["l"]
            if p == OIC + "acronym":
                self.acronyms.setdefault(s, label.value)
            else:
                lang = label.language or ("ar" if _is_arabic(label.value) else "en")
                self.labels.setdefault(s, {}).setdefault(lang if lang in ("ar", "en") else "en", label.value)

    # --- which resources have pages -------------------------------------------------------------

    def path_of(self, resource: str) -> str | None:
        """The site path of a resource that has a page (`org/sesric`), else None."""
        if not resource.startswith(self.base):
            return None
        path = resource[len(self.base):]
        folder, _, name = path.partition("/")
        segments = name.split("/")
        if (folder in PAGE_FOLDERS and len(segments) == (2 if folder == "evidence" else 1)
                and all(re.fullmatch(r"[A-Za-z0-9._~-]+", s) for s in segments)):
            return path  # evidence/<source>/<start>-<end>: the only two-segment folder
        return None

    def resources(self) -> list[str]:
        """Every resource with a page: subjects typed in the graph whose IRI sits in a page folder."""
        if self._resources is None:
            found = {q.subject.value for q in self.store.quads_for_pattern(None, ox.NamedNode(RDF_TYPE), None, None)
                     if isinstance(q.subject, ox.NamedNode)}
            self._resources = sorted(r for r in found if self.path_of(r))
            self._members = set(self._resources)
        return self._resources

    def exists(self, resource: str) -> bool:
        """True when the resource has a page (and so documents) on the site."""
        self.resources()
        return resource in self._members

    # --- what is said about one resource --------------------------------------------------------

    def describe(self, resource: str) -> Description:
        node = ox.NamedNode(resource)
        d = Description(resource)
        d.outgoing = _unique(ox.Triple(q.subject, q.predicate, q.object)
                             for q in self.store.quads_for_pattern(node, None, None, None))
        d.incoming = _unique(ox.Triple(q.subject, q.predicate, q.object)
                             for q in self.store.quads_for_pattern(None, None, node, None)
                             if q.predicate.value not in _UNLISTED_INCOMING)
        for t in d.outgoing:
            if t.predicate.value == OIC + "evidence" and isinstance(t.object, ox.NamedNode):
                props = _unique(ox.Triple(q.subject, q.predicate, q.object)
                                for q in self.store.quads_for_pattern(t.object, None, None, None))
                d.extra.extend(props)
                values = {p.predicate.value[len(OIC):]: p.object.value for p in props if p.predicate.value.startswith(OIC)}
                values["source_label"] = self.label(values.get("fromSource", ""), "en")
                d.evidence.append(values)
        d.evidence.sort(key=lambda e: (e.get("source_label", ""), int(e.get("charStart", 0) or 0)))
        return d

    def label(self, resource: str, lang: str) -> str:
        """The label in lang, else in the other language, else the acronym, else the IRI's last segment."""
        labels = self.labels.get(resource, {})
        other = "en" if lang == "ar" else "ar"
        return (labels.get(lang) or self.acronyms.get(resource) or labels.get(other)
                or resource.rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1])

    # --- documents --------------------------------------------------------------------------------

    def turtle(self, resource: str) -> bytes:
        return ox.serialize(self.describe(resource).triples(), format=ox.RdfFormat.TURTLE,
                            prefixes=PREFIXES)

    def jsonld(self, resource: str) -> bytes:
        """The description as compact JSON-LD: one @context of our prefixes, one node per subject."""
        return compact_jsonld(self.describe(resource).triples())

    def page(self, resource: str, lang: str = "en") -> str:
        """The HTML page of one resource in English or Arabic (dir="rtl")."""
        ui = UI[lang]
        d = self.describe(resource)
        path = self.path_of(resource) or ""
        name = path.rsplit("/", 1)[-1]
        suffix = ".ar.html" if lang == "ar" else ".html"
        other = f"{name}.html" if lang == "ar" else f"{name}.ar.html"
        title = self.label(resource, lang)
        types = [t.object.value for t in d.outgoing if t.predicate.value == RDF_TYPE]
        up = "../" * path.count("/")
        rows = []
        for predicate, values in _grouped(t for t in d.outgoing
                                          if t.predicate.value not in (RDF_TYPE, OIC + "evidence")):
            rows.append(f"<tr><th>{self._property(predicate, lang)}</th><td>"
                        f"{'<br>'.join(self._value(v, lang, up, suffix) for v in values)}</td></tr>")
        refs = []
        for predicate, subjects in _grouped(((t.predicate, t.subject) for t in d.incoming), pairs=True):
            refs.append(f"<tr><th>{self._property(predicate, lang)}</th><td>"
                        f"{'<br>'.join(self._value(s, lang, up, suffix) for s in subjects)}</td></tr>")
        evidence = []
        for ev in d.evidence:
            quote = ev.get("quote")
            quote_html = (f'<blockquote lang="{"ar" if _is_arabic(quote) else "en"}" '
                          f'dir="{"rtl" if _is_arabic(quote) else "ltr"}">{_esc(quote)}</blockquote>' if quote else "")
            evidence.append(f'<li>{quote_html}<p class="meta">{ui["source"]}: <code>{_esc(ev["source_label"])}</code>, '
                            f'{ui["chars"]} {_esc(ev.get("charStart", "?"))}–{_esc(ev.get("charEnd", "?"))}</p></li>')
        body = [
            f'<nav><a href="{up}index{suffix}">{ui["home"]}</a>'
            f'<a href="{other}" hreflang="{"en" if lang == "ar" else "ar"}">{ui["other"]}</a>'
            f'<a href="{name}.ttl" type="text/turtle">Turtle</a>'
            f'<a href="{name}.jsonld" type="application/ld+json">JSON-LD</a></nav>',
            f"<h1>{_esc(title)}</h1>",
            f'<p class="meta"><code dir="ltr">{_esc(resource)}</code> · {ui["type"]}: '
            f'{", ".join(self._value(ox.NamedNode(t), lang, up, suffix) for t in types)}</p>',
        ]
        if rows:
            body.append(f'<h2>{ui["relations"]}</h2><table>{"".join(rows)}</table>')
        if evidence:
            body.append(f'<h2>{ui["evidence"]}</h2><ul>{"".join(evidence)}</ul>')
        if refs:
            body.append(f'<h2>{ui["referenced"]}</h2><table>{"".join(refs)}</table>')
        head = (f'<link rel="alternate" type="text/turtle" href="{name}.ttl">'
                f'<link rel="alternate" type="application/ld+json" href="{name}.jsonld">'
                f'<link rel="alternate" hreflang="{"en" if lang == "ar" else "ar"}" type="text/html" href="{other}">')
        return _document(lang, title, head, "\n".join(body))

    def index(self, resources: list[str], lang: str = "en", endpoint: str | None = None) -> str:
        """The site's front page: every resource with a page, by folder."""
        ui = UI[lang]
        suffix = ".ar.html" if lang == "ar" else ".html"
        sections = []
        for folder in INDEX_FOLDERS:
            members = [r for r in resources if (self.path_of(r) or "").startswith(folder + "/")]
            if not members:
                continue
            items = "".join(f'<li><a href="{_esc(self.path_of(r))}{suffix}">{_esc(self.label(r, lang))}</a></li>'
                            for r in sorted(members, key=lambda r: self.label(r, lang)))
            sections.append(f"<h2>{FOLDER_TITLES[folder][lang == 'ar']} ({len(members)})</h2><ul>{items}</ul>")
        links = (f'<p><a href="dumps/">{ui["dumps"]}</a> · <a href="void.ttl">VoID / DCAT</a>'
                 + (f' · {ui["sparql"]}: <code dir="ltr">{_esc(endpoint)}</code>' if endpoint else "") + "</p>")
        other = "index.html" if lang == "ar" else "index.ar.html"
        nav = f'<nav><a href="{other}" hreflang="{"en" if lang == "ar" else "ar"}">{ui["other"]}</a></nav>'
        return _document(lang, ui["title"], "", nav + f"<h1>{_esc(ui['title'])}</h1>" + links + "".join(sections))

    def _property(self, predicate, lang: str) -> str:
        p = predicate.value
        return f'<span title="{_esc(p)}">{_esc(self.label(p, lang))}</span>'

    def _value(self, term, lang: str, up: str, suffix: str) -> str:
        if isinstance(term, ox.Literal):
            arabic = _is_arabic(term.value)
            return (f'<span lang="{"ar" if arabic else "en"}" dir="{"rtl" if arabic else "ltr"}">'
                    f"{_esc(term.value)}</span>")
        if isinstance(term, ox.NamedNode):
            path = self.path_of(term.value)
            if path and self.exists(term.value):
                return f'<a href="{up}{_esc(path)}{suffix}">{_esc(self.label(term.value, lang))}</a>'
            if term.value.startswith(self.base):
                return f'<span title="{_esc(term.value)}">{_esc(self.label(term.value, lang))}</span>'
            return f'<a href="{_esc(term.value)}">{_esc(self.label(term.value, lang))}</a>'
        return _esc(str(term))


def _document(lang: str, title: str, head: str, body: str) -> str:
    direction = "rtl" if lang == "ar" else "ltr"
    return (f'<!DOCTYPE html>\n<html lang="{lang}" dir="{direction}">\n<head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{_esc(title)}</title>{head}<style>{STYLE}</style></head>\n<body>\n{body}\n</body>\n</html>\n")


XSD_STRING = PREFIXES["xsd"] + "string"


def _compact(value: str) -> str:
    """An IRI as prefix:local when one of PREFIXES covers it, else the IRI itself."""
    for prefix, namespace in PREFIXES.items():
        if value.startswith(namespace) and re.fullmatch(r"[A-Za-z_][\w.-]*", value[len(namespace):]):
            return f"{prefix}:{value[len(namespace):]}"
    return value


def _jsonld_value(term) -> object:
    if isinstance(term, ox.Literal):
        if term.language:
            return {"@value": term.value, "@language": term.language}
        if term.datatype.value == XSD_STRING:
            return term.value
        return {"@value": term.value, "@type": _compact(term.datatype.value)}
    if isinstance(term, ox.BlankNode):
        return {"@id": f"_:{term.value}"}
    return {"@id": term.value}


def compact_jsonld(triples) -> bytes:
    """Triples as JSON-LD a web developer can read: the @context names our prefixes, properties and
    types are prefixed names, node IRIs stay whole. Deterministic (subjects, keys and values sorted).

    >>> t = ox.Triple(ox.NamedNode(OIC + "x"), ox.NamedNode(RDF_TYPE), ox.NamedNode(OIC + "Event"))
    >>> json.loads(compact_jsonld([t]))["@graph"]
    [{'@id': 'https://w3id.org/oic-kg/ontology#x', '@type': ['oic:Event']}]
    """
    nodes: dict[str, dict[str, list]] = {}
    for t in triples:
        subject = t.subject.value if isinstance(t.subject, ox.NamedNode) else f"_:{t.subject.value}"
        node = nodes.setdefault(subject, {})
        if t.predicate.value == RDF_TYPE and isinstance(t.object, ox.NamedNode):
            node.setdefault("@type", []).append(_compact(t.object.value))
        else:
            node.setdefault(_compact(t.predicate.value), []).append(_jsonld_value(t.object))
    key = lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True)  # noqa: E731
    graph = [{"@id": subject, **{p: sorted(values, key=key) for p, values in sorted(props.items())}}
             for subject, props in sorted(nodes.items())]
    return json.dumps({"@context": dict(sorted(PREFIXES.items())), "@graph": graph},
                      ensure_ascii=False, indent=1).encode("utf-8")


def _unique(triples) -> list[ox.Triple]:
    seen, out = set(), []
    for t in triples:
        if t not in seen:
            seen.add(t)
            out.append(t)
    return out


def _grouped(items, pairs: bool = False):
    groups: dict = {}
    for item in items:
        predicate, value = (item if pairs else (item.predicate, item.object))
        groups.setdefault(predicate, [])
        if value not in groups[predicate]:
            groups[predicate].append(value)
    return sorted(groups.items(), key=lambda kv: kv[0].value)


# --- dumps and the dataset description -----------------------------------------------------------

DUMPS = {
    "oic-kg.ttl": (ox.RdfFormat.TURTLE, "text/turtle"),
    "oic-kg.nt": (ox.RdfFormat.N_TRIPLES, "application/n-triples"),
    "oic-kg.jsonld": (ox.RdfFormat.JSON_LD, "application/ld+json"),
    "oic-kg.trig": (ox.RdfFormat.TRIG, "application/trig"),
}


@dataclass
class PublishReport:
    out: Path
    dumps: list[Path] = field(default_factory=list)
    pages: int = 0
    triples: int = 0


def write_dumps(store: ox.Store, folder: Path) -> list[Path]:
    """Turtle, N-Triples and JSON-LD with every graph merged; TriG keeping the named graphs."""
    folder.mkdir(parents=True, exist_ok=True)
    triples = _unique(ox.Triple(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, None))
    paths = []
    for name, (fmt, _) in DUMPS.items():
        path = folder / name
        if fmt == ox.RdfFormat.TRIG:
            store.dump(str(path), fmt, prefixes=PREFIXES)
        elif fmt == ox.RdfFormat.TURTLE:
            ox.serialize(triples, str(path), fmt, prefixes=PREFIXES)
        else:
            ox.serialize(triples, str(path), fmt)
        paths.append(path)
    return paths


def describe_dataset(store: ox.Store, base: str, site_url: str, endpoint: str, license_iri: str,
                     examples: list[str]) -> bytes:
    """The VoID and DCAT description of the dataset, as Turtle."""
    count = lambda q: int(next(iter(store.query(q, prefixes=PREFIXES, use_default_graph_as_union=True)))["n"].value)  # noqa: E731
    triples = count("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }")
    subjects = count("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o }")
    entities = count(f'SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s a ?c . FILTER(STRSTARTS(STR(?s), "{base}")) }}')
    properties = count("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?s ?p ?o }")
    classes = count("SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?s a ?c }")
    partitions = [(row["c"].value, int(row["n"].value)) for row in store.query(
        "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c . FILTER(STRSTARTS(STR(?c), STR(oic:))) } "
        "GROUP BY ?c ORDER BY ?c", prefixes=PREFIXES, use_default_graph_as_union=True)]
    today = datetime.date.today().isoformat()
    dataset = f"<{site_url}void.ttl#dataset>"
    lines = [
        "@prefix void: <http://rdfs.org/ns/void#> .", "@prefix dcat: <http://www.w3.org/ns/dcat#> .",
        "@prefix dcterms: <http://purl.org/dc/terms/> .", "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .",
        "@prefix foaf: <http://xmlns.com/foaf/0.1/> .", "",
        f"{dataset} a void:Dataset, dcat:Dataset ;",
        '  dcterms:title "OIC knowledge graph"@en, "الرسم المعرفي لمنظمة التعاون الإسلامي"@ar ;',
        '  dcterms:description "Institutions and initiatives of the Organisation of Islamic Cooperation, '
        'who organised what with whom, read from the texts they publish, every fact traced to its text span."@en ;',
        f"  dcterms:license <{license_iri}> ;",
        f'  dcterms:modified "{today}"^^xsd:date ;',
        f"  foaf:homepage <{site_url}index.html> ;",
        f'  void:uriSpace "{base}" ;',
        f"  void:sparqlEndpoint <{endpoint}> ;",
        f"  void:triples {triples} ; void:entities {entities} ; void:distinctSubjects {subjects} ;",
        f"  void:properties {properties} ; void:classes {classes} ;",
        "  void:vocabulary <https://w3id.org/oic-kg/ontology#> ;",
    ]
    lines += [f"  void:exampleResource <{e}> ;" for e in examples]
    lines += [f"  void:dataDump <{site_url}dumps/{name}> ;" for name in DUMPS]
    lines += [f"  void:classPartition [ void:class <{c}> ; void:entities {n} ] ;" for c, n in partitions]
    lines += [f"  dcat:distribution <{site_url}dumps/{name}#distribution> ;" for name in DUMPS]
    lines.append(f"  dcat:landingPage <{site_url}index.html> .")
    for name, (_, media) in DUMPS.items():
        lines += ["", f"<{site_url}dumps/{name}#distribution> a dcat:Distribution ;",
                  f"  dcat:downloadURL <{site_url}dumps/{name}> ; dcat:mediaType \"{media}\" ;",
                  f"  dcterms:license <{license_iri}> ."]
    lines += ["", f"<{endpoint}> a dcat:DataService ;", f"  dcat:endpointURL <{endpoint}> ;",
              "  dcterms:conformsTo <https://www.w3.org/TR/sparql11-protocol/> ;",
              f"  dcat:servesDataset {dataset} ."]
    text = "\n".join(lines) + "\n"
    ox.parse(text.encode("utf-8"), ox.RdfFormat.TURTLE)  # fail here, not at the harvester, if it is not Turtle
    return text.encode("utf-8")


def publish(store: ox.Store, out: Path | str, base: str = iri_mod.BASE, site_url: str | None = None,
            endpoint: str | None = None, license_iri: str = DEFAULT_LICENSE) -> PublishReport:
    """Write dumps, void.ttl and the static site into out; return what was written."""
    out = Path(out)
    site_url = site_url or base
    endpoint = endpoint or site_url + "sparql"
    report = PublishReport(out)
    report.dumps = write_dumps(store, out / "dumps")
    site = Site(store, base)
    resources = site.resources()
    preferred = [base + "org/sesric", base + "network/oic-smenet"]
    examples = [r for r in preferred if r in resources] + [next((r for r in resources if "/event/" in r), "")]
    (out / "void.ttl").write_bytes(describe_dataset(store, base, site_url, endpoint, license_iri,
                                                    [e for e in examples if e]))
    for resource in resources:
        path = out / site.path_of(resource)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.with_name(path.name + ".html").write_text(site.page(resource, "en"), encoding="utf-8")
        path.with_name(path.name + ".ar.html").write_text(site.page(resource, "ar"), encoding="utf-8")
        path.with_name(path.name + ".ttl").write_bytes(site.turtle(resource))
        path.with_name(path.name + ".jsonld").write_bytes(site.jsonld(resource))
        report.pages += 1
    (out / "index.html").write_text(site.index(resources, "en", endpoint), encoding="utf-8")
    (out / "index.ar.html").write_text(site.index(resources, "ar", endpoint), encoding="utf-8")
    (out / ".htaccess").write_text(HTACCESS, encoding="utf-8")
    report.triples = sum(1 for _ in store.quads_for_pattern(None, None, None, None))
    return report


# Content negotiation for an Apache host of the static site: the IRI without an extension
# answers 303 See Other to the document in the format the client asks for (as `oickg serve` does).
HTACCESS = """# Generated by oickg publish: 303 from a resource IRI to its HTML, Turtle or JSON-LD document.
AddType text/turtle .ttl
AddType application/ld+json .jsonld
RewriteEngine On
RewriteCond %{HTTP_ACCEPT} text/turtle
RewriteCond %{REQUEST_FILENAME}.ttl -f
RewriteRule ^(.+)$ $1.ttl [R=303,L]
RewriteCond %{HTTP_ACCEPT} application/ld\\+json
RewriteCond %{REQUEST_FILENAME}.jsonld -f
RewriteRule ^(.+)$ $1.jsonld [R=303,L]
RewriteCond %{REQUEST_FILENAME}.html -f
RewriteRule ^(.+)$ $1.html [R=303,L]
"""
