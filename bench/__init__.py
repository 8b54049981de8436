"""The benchmark: synthetic corpora and graphs at growing sizes, timed end to end (`make bench`).

`bench.generate` writes synthetic texts in the three shapes of the real
corpus and graphs of a given number of triples with the real ontology's
shape; `python -m bench` times extraction, build, inference, validation,
queries, dumps and the viz page on them and prints one table.
"""
