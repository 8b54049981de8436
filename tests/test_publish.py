"""`oickg publish`: dumps, VoID/DCAT and the static linked-data site written from the corpus graph."""
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from graph.publish import publish
from graph.store import open_store
from oickg.cli import cli

BASE = "https://w3id.org/oic-kg/"
OIC = BASE + "ontology#"
VOID = "http://rdfs.org/ns/void#"
DCAT = "http://www.w3.org/ns/dcat#"


@pytest.fixture(scope="module")
def site(built_graph, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("site")
    result = CliRunner().invoke(cli, ["publish", str(out), "--out", str(built_graph),
                                      "--endpoint", "http://127.0.0.1:7878/sparql"])
    assert result.exit_code == 0, result.output
    assert "resources" in result.stdout and result.stderr == ""
    return out


def triples_of(path: Path, fmt) -> set:
    return {(t.subject, t.predicate, t.object) for t in ox.parse(path=str(path), format=fmt)}


def test_the_four_dumps_hold_the_same_triples_and_trig_keeps_the_named_graphs(site, built_graph):
    turtle = triples_of(site / "dumps/oic-kg.ttl", ox.RdfFormat.TURTLE)
    assert turtle == triples_of(site / "dumps/oic-kg.nt", ox.RdfFormat.N_TRIPLES)
    assert turtle == triples_of(site / "dumps/oic-kg.jsonld", ox.RdfFormat.JSON_LD)
    graphs = {q.graph_name.value for q in ox.parse(path=str(site / "dumps/oic-kg.trig"), format=ox.RdfFormat.TRIG)}
    assert BASE + "source/000_272770b36fcd7c81.txt" in graphs and BASE + "graph/registry" in graphs
    assert graphs == {g.value for g in open_store(built_graph).named_graphs()}


def test_void_and_dcat_describe_counts_licence_examples_dumps_and_endpoint(site):
    store = ox.Store()
    store.load(path=str(site / "void.ttl"), format=ox.RdfFormat.TURTLE)
    answer = store.query(f"""PREFIX void: <{VOID}> PREFIX dcat: <{DCAT}> PREFIX dcterms: <http://purl.org/dc/terms/>
        SELECT ?triples ?licence ?endpoint (COUNT(DISTINCT ?dump) AS ?dumps) (COUNT(DISTINCT ?dist) AS ?dists)
        WHERE {{ ?d a void:Dataset, dcat:Dataset ; void:triples ?triples ; dcterms:license ?licence ;
                 void:sparqlEndpoint ?endpoint ; void:dataDump ?dump ; dcat:distribution ?dist }}
        GROUP BY ?triples ?licence ?endpoint""")
    row = next(iter(answer))
    dump = triples_of(site / "dumps/oic-kg.nt", ox.RdfFormat.N_TRIPLES)
    assert int(row["triples"].value) == len(dump)
    assert row["licence"].value == "https://creativecommons.org/licenses/by/4.0/"
    assert row["endpoint"].value == "http://127.0.0.1:7878/sparql"
    assert int(row["dumps"].value) == int(row["dists"].value) == 4
    examples = {r["e"].value for r in store.query(f"SELECT ?e WHERE {{ ?d <{VOID}exampleResource> ?e }}")}
    assert BASE + "org/sesric" in examples


def test_each_organisation_has_an_english_and_an_arabic_page_and_its_rdf_beside_them(site):
    for stem in ("org/sesric", "org/kobia", "org/isdb", "network/oic-smenet", "programme/binaa", "country/AZE"):
        for suffix in (".html", ".ar.html", ".ttl", ".jsonld"):
            assert (site / (stem + suffix)).is_file(), stem + suffix
    english = (site / "org/kobia.html").read_text(encoding="utf-8")
    arabic = (site / "org/kobia.ar.html").read_text(encoding="utf-8")
    assert '<html lang="en" dir="ltr">' in english and '<html lang="ar" dir="rtl">' in arabic
    for page in (english, arabic):
        assert '<link rel="alternate" type="text/turtle" href="kobia.ttl">' in page
        assert '<link rel="alternate" type="application/ld+json" href="kobia.jsonld">' in page
    assert 'href="../org/sesric.html"' in english and 'href="../org/sesric.ar.html"' in arabic
    assert "وكالة تنمية المشاريع الصغيرة والمتوسطة في جمهورية أذربيجان" in arabic.split("<h1>")[1].split("</h1>")[0]


def test_the_baku_meeting_page_quotes_its_evidence_with_source_and_span(site):
    pages = [p for p in (site / "event").glob("2025-10-07-meeting-*.html") if not p.name.endswith(".ar.html")]
    text = "".join(p.read_text(encoding="utf-8") for p in pages)
    assert "تشارك سيسرك مع وكالة تنمية المشاريع الصغيرة والمتوسطة في جمهورية أذربيجان" in text
    assert re.search(r"<code>000_272770b36fcd7c81\.txt</code>, characters \d+–\d+", text)
    assert 'href="../city/baku.html"' in text and 'href="../network/oic-smenet.html"' in text


def test_the_resource_turtle_and_json_ld_agree_and_hold_the_evidence(site):
    turtle = triples_of(site / "org/kobia.ttl", ox.RdfFormat.TURTLE)
    assert turtle == triples_of(site / "org/kobia.jsonld", ox.RdfFormat.JSON_LD)
    assert (ox.NamedNode(BASE + "org/kobia"), ox.NamedNode(OIC + "partnerOf"), ox.NamedNode(BASE + "org/sesric")) in turtle
    event = next(p for p in (site / "event").glob("2017-02-06-*.ttl"))
    predicates = {p.value for _, p, _ in triples_of(event, ox.RdfFormat.TURTLE)}
    assert {OIC + "quote", OIC + "charStart", OIC + "fromSource"} <= predicates


def test_every_resource_json_ld_is_compact_and_says_what_its_turtle_says(site):
    files = sorted(p for p in site.glob("*/*.jsonld") if p.parent.name != "dumps")
    assert len(files) > 300
    for path in files:
        doc = json.loads(path.read_text(encoding="utf-8"))
        assert doc["@context"]["oic"] == OIC, path
        assert triples_of(path, ox.RdfFormat.JSON_LD) == triples_of(path.with_suffix(".ttl"), ox.RdfFormat.TURTLE), path
    kobia = json.loads((site / "org/kobia.jsonld").read_text(encoding="utf-8"))
    node = next(n for n in kobia["@graph"] if n["@id"] == BASE + "org/kobia")
    assert "oic:NationalAgency" in node["@type"] and node["oic:acronym"] == ["KOBIA"]
    assert {"@id": BASE + "org/sesric"} in node["oic:partnerOf"]
    assert {"@value": "وكالة تنمية المشاريع الصغيرة والمتوسطة في جمهورية أذربيجان", "@language": "ar"} in node["rdfs:label"]


def test_every_iri_the_build_mints_has_a_page(site, built_store):
    minted = {q.subject.value for q in built_store.quads_for_pattern(None, None, None, None)
              if isinstance(q.subject, ox.NamedNode) and q.subject.value.startswith(BASE)
              and not q.subject.value.startswith((OIC, BASE + "ontology", BASE + "graph/"))}
    assert {iri[len(BASE):].split("/")[0] for iri in minted} >= {"org", "event", "partnership", "evidence", "role", "source"}
    missing = sorted(iri for iri in minted if not (site / (iri[len(BASE):] + ".html")).is_file())
    assert missing == []
    evidence = next(iri for iri in minted if "/evidence/" in iri)
    page = (site / (evidence[len(BASE):] + ".html")).read_text(encoding="utf-8")
    assert 'href="../../index.html"' in page and 'href="../../source/' in page


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links, self.scripts, self.stylesheets = [], 0, 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script":
            self.scripts += 1
        if tag == "link" and attrs.get("rel") == "stylesheet":
            self.stylesheets += 1
        for key in ("href", "src"):
            if attrs.get(key):
                self.links.append(attrs[key])


def test_every_local_link_of_the_site_resolves_and_no_page_loads_scripts_or_css(site):
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 100
    broken = []
    for page in pages:
        parser = _Links()
        parser.feed(page.read_text(encoding="utf-8"))
        assert parser.scripts == 0 and parser.stylesheets == 0, page
        for link in parser.links:
            if re.match(r"[a-z]+:", link):
                continue
            target = (page.parent / link.split("#")[0]).resolve()
            if not (target.is_file() or target.is_dir()):
                broken.append((page.relative_to(site), link))
    assert broken == []


def test_publish_returns_what_it_wrote(built_graph, tmp_path):
    report = publish(open_store(built_graph), tmp_path, site_url="https://example.org/kg/")
    assert len(report.dumps) == 4 and report.pages == len(list(tmp_path.rglob("*.jsonld"))) - 1
    void = (tmp_path / "void.ttl").read_text(encoding="utf-8")
    assert "<https://example.org/kg/dumps/oic-kg.ttl>" in void and "<https://example.org/kg/sparql>" in void
    json.loads((tmp_path / "org/sesric.jsonld").read_text(encoding="utf-8"))


def test_an_organisations_page_lists_no_incoming_link_from_the_partner_tables(site, built_graph):
    # Each partner's table has an entry pointing at the organisation (oic:entryPartner); the entries
    # have no pages, so the page would list one dead incoming link per partner (6,486 for SESRIC at 1M).
    store = open_store(built_graph)
    assert any(store.quads_for_pattern(None, ox.NamedNode(OIC + "entryPartner"), ox.NamedNode(BASE + "org/kobia")))
    for suffix in (".html", ".ar.html", ".ttl", ".jsonld"):
        page = (site / ("org/kobia" + suffix)).read_text(encoding="utf-8")
        assert "entryPartner" not in page and "graph/partners/" not in page, suffix
    assert "entry partner" not in (site / "org/kobia.html").read_text(encoding="utf-8")
