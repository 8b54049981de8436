"""The oic-kg ontology: OWL in Turtle (oic.ttl), SHACL shapes (shapes.ttl), and the code that checks them.

reasoning   load the ontology, run HermiT for consistency
vocabularies  build ontology/imports/<vocab>_import.ttl from the term lists
"""
