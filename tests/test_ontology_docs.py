"""The HTML documentation page of the ontology (ontology/docs.py)."""
from html.parser import HTMLParser

import pytest
from rdflib import Graph
from rdflib.namespace import OWL, RDF, RDFS

from ontology.docs import render_html, write_docs
from ontology.reasoning import NAMESPACE, ONTOLOGY_FILE, load_ontology


class _Page(HTMLParser):
    """Collect the ids, the links and the text of elements marked lang="ar"."""

    def __init__(self):
        super().__init__()
        self.ids, self.hrefs, self.arabic, self.external = set(), [], [], []
        self._stack = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "a":
            self.hrefs.append(attrs.get("href", ""))
        for name in ("src",):
            if name in attrs:
                self.external.append(attrs[name])
        if tag == "link":
            self.external.append(attrs.get("href", ""))
        self._stack.append(attrs)

    def handle_endtag(self, tag):
        if self._stack:
            self._stack.pop()

    def handle_data(self, data):
        if self._stack and self._stack[-1].get("lang") == "ar" and data.strip():
            self.arabic.append((data.strip(), self._stack[-1].get("dir")))


@pytest.fixture(scope="module")
def page() -> tuple[str, _Page]:
    html = render_html(load_ontology())
    parser = _Page()
    parser.feed(html)
    return html, parser


def own_terms() -> list[str]:
    g = Graph().parse(ONTOLOGY_FILE, format="turtle")
    return sorted({str(t)[len(NAMESPACE):] for k in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty,
                                                   OWL.NamedIndividual)
                   for t in g.subjects(RDF.type, k) if str(t).startswith(NAMESPACE)})


def test_the_page_has_a_section_for_every_class_property_and_individual(page):
    _, parsed = page
    missing = [t for t in own_terms() if t not in parsed.ids]
    assert not missing, missing


def test_every_internal_link_points_at_a_section_of_the_page(page):
    _, parsed = page
    broken = [h for h in parsed.hrefs if h.startswith("#") and h[1:] not in parsed.ids]
    assert not broken, broken


def test_arabic_labels_are_shown_right_to_left(page):
    _, parsed = page
    g = Graph().parse(ONTOLOGY_FILE, format="turtle")
    shown = {text for text, _ in parsed.arabic}
    assert "منظمة" in shown and "دورة تدريبية" in shown
    assert all(direction == "rtl" for _, direction in parsed.arabic)
    arabic_labels = {str(label) for label in g.objects(None, RDFS.label) if label.language == "ar"}
    assert arabic_labels <= shown


def test_the_page_shows_definitions_and_the_mappings_to_org_and_schema_org(page):
    html, _ = page
    assert "A body of people with a shared purpose" in html
    assert 'id="mappings"' in html
    for mapping in ("org:Organization", "schema:Organization", "prov:Activity", "schema:Event",
                    "org:Membership", "org:subOrganizationOf"):
        assert f"<code>{mapping}</code>" in html, mapping


def test_the_page_loads_nothing_from_elsewhere(page):
    html, parsed = page
    assert parsed.external == []
    assert "<script" not in html


def test_write_docs_creates_the_folder_and_writes_utf8(tmp_path):
    path = write_docs(tmp_path / "site" / "ontology.html")
    text = path.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>")
    assert '<meta charset="utf-8">' in text
