"""Compare two ways of materialising inferences (issue 4): owlrl's OWL-RL closure in rdflib
against the project's SPARQL CONSTRUCT rules (queries/construct-*.rq) on Oxigraph.

Usage: python -m bench.inference_compare TRIPLES [sparql-only]
Prints CPU seconds and the number of triples each adds. Measured on 2026-11-23 (2 cores, loaded):
20k triples: SPARQL rules 0.11 s, owlrl 43.9 s; 1M triples: SPARQL rules 4.7 s (owlrl not run).
"""
import sys
import time

import pyoxigraph as ox
from rdflib import Dataset, Graph
from bench.generate import write_nquads
from graph.build import materialise, ONTOLOGY_TTL

n = int(sys.argv[1])
path = f"/tmp/oickg-inference-{n}.nq"
write_nquads(path, n)
data = open(path, "rb").read()

t = time.process_time()
store = ox.Store()
store.bulk_load(data, ox.RdfFormat.N_QUADS)
store.load(open(ONTOLOGY_TTL, "rb").read(), ox.RdfFormat.TURTLE, to_graph=ox.NamedNode("https://w3id.org/oic-kg/graph/ontology"))
load = time.process_time() - t
t = time.process_time(); added = materialise(store); sparql = time.process_time() - t
print(f"{n} triples: oxigraph load {load:.1f}s, SPARQL rules {sparql:.2f}s CPU ({added} triples added)")

if len(sys.argv) > 2: sys.exit(0)
import owlrl
g = Graph()
ds = Dataset(default_union=True); ds.parse(data=data, format="nquads")
for t3 in ds.triples((None, None, None)): g.add(t3)
g.parse(ONTOLOGY_TTL)
before = len(g)
t = time.process_time()
owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(g)
print(f"{n} triples: owlrl OWL-RL closure {time.process_time()-t:.1f}s CPU ({len(g)-before} triples added)")
