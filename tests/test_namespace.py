"""graph/namespace.py is what graph.codegen writes from ontology/oic.ttl, and it is strict."""
import pytest

from graph import codegen
from graph.namespace import OIC


def test_the_committed_namespace_module_matches_the_ontology():
    assert codegen.TARGET.read_text(encoding="utf-8") == codegen.render(), \
        "ontology/oic.ttl changed: run `python -m graph.codegen` and commit graph/namespace.py"


def test_a_misspelt_term_fails_at_once():
    with pytest.raises(AttributeError):
        OIC.organizedBy  # noqa: B018 — the ontology spells it organisedBy
