"""Errors of the ontology package."""


class UnsupportedShape(ValueError):
    """A SHACL shape uses a component that ontology/store_validation.py does not translate to SPARQL."""
