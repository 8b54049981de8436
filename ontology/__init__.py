"""The oic-kg ontology: OWL in Turtle (oic.ttl), SHACL shapes (shapes.ttl), and the code that checks them.

reasoning     load_ontology(), check_consistency() with HermiT (owlready2, Java)
validation    validate() / validate_path(): pySHACL with a report naming source files and spans
docs          render_html() / write_docs(): one browsable HTML page of the ontology
vocabularies  build ontology/imports/<vocab>_import.ttl from the term lists
"""
