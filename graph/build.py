"""Build the graph: source files and the registry in, a new Oxigraph store and dumps out.

In:  paths of source texts (files or folders), an output folder.
Out: `out/store` (swapped in atomically), `out/records.jsonl`, dumps in
     `out/dumps/` (Turtle, TriG with one named graph per source), and a
     `BuildReport` with counts and every problem met.
"""
from __future__ import annotations

import os
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TextIO

import pyoxigraph as ox
from rdflib import Dataset

import queries
from graph import iri
from graph.cache import ExtractionCache
from graph.merge import merge_keys
from graph.nquads import NQuadsWriter
from graph.store import new_store
from graph.triples import Resolver, add_record, add_registry, add_source
from loaders import read_source
from loaders.decode import readable_name
from loaders.records import Problem, Record
from loaders.registry import Registry, default_registry

ONTOLOGY_TTL = Path(__file__).resolve().parent.parent / "ontology" / "oic.ttl"
# In order: each rule reads what the ones before it materialised.
RULES = ("construct-involves", "construct-partnerships", "construct-partnership-source-names",
         "construct-organisation-names")
SOURCE_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm")
CACHE_DIR = "cache"
SCRATCH = "build.nq"  # the build's N-Quads, in the new store's folder while it is being filled


@dataclass
class BuildReport:
    out: Path
    sources: int = 0
    records: int = 0
    problems: list[Problem] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    dumps: list[Path] = field(default_factory=list)
    extracted: int = 0  # sources read by the loaders in this build
    reused: int = 0     # sources whose records came from out/cache/ unchanged
    validation: object | None = None  # ontology.validation.ValidationReport, when validated

    @property
    def failed(self) -> bool:
        """True when a source was skipped or the graph does not conform to the shapes."""
        not_conforming = self.validation is not None and not self.validation.conforms
        return not_conforming or any(p.severity == "error" for p in self.problems)


def source_files(paths: list[str | Path]) -> tuple[list[Path], list[Problem]]:
    """Expand folders to the text files in them (sorted); report paths that do not exist."""
    files, problems = [], []
    for path in map(Path, paths):
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SOURCE_SUFFIXES))
        elif path.is_file():
            files.append(path)
        else:
            problems.append(Problem(str(path), None, "no such file or folder",
                                    "check the path; the other sources are still built", "error"))
    return files, problems


def extract_files(files: list[Path], registry: Registry,
                  cache: ExtractionCache | None = None) -> tuple[list[Record], list[Problem]]:
    """Read every file into records; a file that cannot be read is a problem, not a crash.

    With a cache, a file whose content, name, loader code and registry are
    unchanged since it was last read is not read again (graph/cache.py).
    """
    import gc

    records: list[Record] = []
    problems: list[Problem] = []
    # The loaders make no reference cycles (what they build is freed by its count: none of the sample corpus's
    # five shapes leaves any), so the cycle collector, run every 700 new objects, only walks the records kept so
    # far: 180 collections, 3 % of the CPU of a 10 MB pass. Every 10,000 while reading: 4 collections.
    threshold = gc.get_threshold()
    gc.set_threshold(max(threshold[0], 10_000), *threshold[1:])
    try:
        for path in files:
            try:
                data = path.read_bytes()
            except OSError as exc:
                problems.append(Problem(str(path), None, f"cannot read the file ({exc.strerror})",
                                        "check its permissions; file skipped", "error"))
                continue
            name, where = readable_name(path.name), readable_name(str(path))
            if name != path.name:
                problems.append(Problem(where, 1, f"the file name is not UTF-8; read as '{name}'",
                                        "rename the file; its records are kept under that name"))
            result = cache.get(data, name) if cache is not None else None
            if result is None:
                result = read_source(data, name, registry)
                if cache is not None:
                    cache.put(data, name, result)
            records.extend(result.records)
            problems.extend(replace(p, path=where) for p in result.problems)
    finally:
        gc.set_threshold(*threshold)
    return records, problems


def to_dataset(records: list[Record], registry: Registry, base: str = iri.BASE) -> Dataset:
    """Records and registry as one rdflib dataset: one named graph per source, one for the registry.

    The build itself writes the same triples straight to N-Quads (`write_quads`); this
    rdflib form is kept for callers that want a Dataset, and as the reference the tests
    compare the build's path with.
    """
    ds = Dataset()
    resolver = Resolver(registry, base)
    records = merge_keys(records)
    add_registry(ds.graph(iri.named_graph("registry", base)), registry, base)
    ds.graph(iri.named_graph("ontology", base)).parse(ONTOLOGY_TTL)
    for record in records:
        g = ds.graph(iri.source(record.source, base))
        add_source(g, record.source, base)
        add_record(g, record, resolver)
    return ds


def load_dataset(store: ox.Store, ds: Dataset) -> None:
    """Bulk-load an rdflib dataset into the store (N-Quads, one pass)."""
    data = ds.serialize(format="nquads", encoding="utf-8")
    store.bulk_load(data, ox.RdfFormat.N_QUADS)


def write_quads(handle: TextIO, records: list[Record], registry: Registry, base: str = iri.BASE) -> int:
    """Write the registry and the records as N-Quads (one named graph per source); return the lines.

    The same triples as `to_dataset` without the ontology (`load_quads` loads it), written
    as graph/triples.py makes them, with no rdflib Dataset in between. A triple made twice
    in one graph is written twice; the store keeps it once.
    """
    resolver = Resolver(registry, base)
    writer = NQuadsWriter(handle, iri.named_graph("registry", base))
    add_registry(writer, registry, base)
    for record in merge_keys(records):
        writer.graph = iri.source(record.source, base)
        add_source(writer, record.source, base)
        add_record(writer, record, resolver)
    return writer.count


def load_quads(store: ox.Store, quads: Path, base: str = iri.BASE) -> None:
    """Bulk-load an N-Quads file into the store, and ontology/oic.ttl into its named graph."""
    store.bulk_load(path=str(quads), format=ox.RdfFormat.N_QUADS)
    store.load(path=str(ONTOLOGY_TTL), format=ox.RdfFormat.TURTLE,
               to_graph=ox.NamedNode(str(iri.named_graph("ontology", base))))


def load_store(store: ox.Store, quads: Path, scratch: Path, validate: bool = True,
               base: str = iri.BASE) -> tuple[ox.Store, object | None, int]:
    """Fill store with the N-Quads at quads, the ontology, the inferences and the partner tables; validate.

    The graph is loaded, inferred and validated in memory first: the inference rules ran
    7x faster there than on the on-disk store (1M triples: 5.8 s against 41 s CPU), and
    the finished graph then goes into store in one bulk load, through the scratch file
    (it may be quads itself; it is deleted). The partner tables (`partner_table_quads`) are
    built from the in-memory graph and go into store only, appended to the scratch file:
    an index for queries/partners.rq, derived from the graph, not part of it. Returns the
    in-memory copy without the tables, for counts and dumps, the validation report (None
    without validate) and the number of partner-table triples loaded into store.
    """
    staged = ox.Store()
    load_quads(staged, quads, base)
    materialise(staged, base, tables=False)
    # Validation reads the staged graph while the partner tables are built from it and the whole is
    # written to disk: Oxigraph runs the shapes without the GIL, so on two cores they overlap. No shape
    # reads a partner table (oic:PartnerEntry's properties), and the tables never enter the staged graph.
    # Loaded into it as well (and so dumped from it), they cost 4.6 s CPU more at 1M triples (a 3.0 s
    # in-memory load, 1.6 s of dump; issue 7, sixth round in docs/benchmarks.md).
    checked: dict = {}

    def check() -> None:
        try:
            checked["report"] = validate_store(staged)
        except BaseException as exc:  # re-raised in the build's thread below
            checked["error"] = exc

    checker = threading.Thread(target=check, name="oickg-validate") if validate else None
    if checker:
        checker.start()
    try:
        tables = partner_table_quads(staged)
        staged.dump(str(scratch), ox.RdfFormat.N_QUADS)
        with scratch.open("ab") as handle:
            handle.write(tables)
        store.bulk_load(path=str(scratch), format=ox.RdfFormat.N_QUADS)
    finally:
        if checker:
            checker.join()
        scratch.unlink(missing_ok=True)
    if "error" in checked:
        raise checked["error"]
    validation = checked.get("report")
    return staged, validation, tables.count(b"\n")


def materialise(store: ox.Store, base: str = iri.BASE, tables: bool = True) -> int:
    """Run the inference rules (queries/construct-*.rq) in order into the `inferred` graph; then,
    with tables, write the organisations' partner tables (`write_partner_tables`)."""
    target = ox.NamedNode(str(iri.named_graph("inferred", base)))
    added = 0
    for name in RULES:
        # Serialised and loaded inside Oxigraph: a Python object per inferred triple was most
        # of the inference time at scale (docs/benchmarks.md).
        data = store.query(queries.load(name).text, use_default_graph_as_union=True).serialize(
            format=ox.RdfFormat.N_TRIPLES)
        store.load(data, ox.RdfFormat.N_TRIPLES, to_graph=target)
        added += data.count(b"\n")
    return added + (write_partner_tables(store) if tables else 0)


OIC_NS = "https://w3id.org/oic-kg/ontology#"
SKOS_PREF_LABEL = "http://www.w3.org/2004/02/skos/core#prefLabel"
# An organisation's partner table is the named graph graph/partners/<its slug> (queries/partners.rq
# builds the same name from the organisation's IRI); each entry in it is <table>/<the partner's slug>.
# Under graph/, as the build's other graphs: the entries are rows of a table, not resources with pages.
PARTNER_TABLES = "graph/partners/"
# The partnership's values an entry copies, and the partner's: (where it is read, entry property).
_PARTNERSHIP_COLUMNS = (("sharedActivityCount", "entrySharedActivityCount"), ("firstYear", "entryFirstYear"),
                        ("lastYear", "entryLastYear"), ("partnershipSourceNames", "entrySourceNames"))
_NAME_COLUMNS = {"en": "entryEnglishName", "ar": "entryArabicName"}


def partner_table(organisation: str) -> str:
    """The IRI of an organisation's partner table (a named graph), beside the organisation's `org/` folder.

    >>> partner_table("https://w3id.org/oic-kg/org/kobia")
    'https://w3id.org/oic-kg/graph/partners/kobia'
    """
    base, _, slug = organisation.partition("/org/")  # the first "/org/", as partners.rq STRBEFORE reads it
    return f"{base}/{PARTNER_TABLES}{slug}"


def write_partner_tables(store: ox.Store) -> int:
    """Write every organisation's partner table into store (`partner_table_quads`); return its size in triples."""
    data = partner_table_quads(store)
    store.bulk_load(data, ox.RdfFormat.N_QUADS)
    return data.count(b"\n")


def partner_table_quads(store: ox.Store) -> bytes:
    """Return every organisation's partner table, read from the partnerships in store, as N-Quads.

    For each oic:Partnership between two organisations, one oic:PartnerEntry in each one's table
    (its own named graph, `partner_table`): the partner (oic:entryPartner), the partnership's count,
    years and source names, and the partner's oic:preferredAcronym and English and Arabic
    skos:prefLabel, each value the graph holds once (issue 7: queries/partners.rq reads a table
    column by column, one range of one graph each, instead of 8 lookups per partner). A partnership
    without oic:sharedActivityCount gives no entry, as partners.rq gave no row for it. Built in
    Python from the rules' results and loaded in one piece: a CONSTRUCT of the same entries took a
    minute at 1M triples (a lookup per column per entry).
    """
    def values(predicate: str) -> dict[str, list[str]]:
        """Subject IRI -> the N-Triples text of each distinct object of predicate, in any graph."""
        found: dict[str, list[str]] = {}
        for q in store.quads_for_pattern(None, ox.NamedNode(predicate), None, None):
            objects = found.setdefault(q.subject.value, [])
            text = str(q.object)
            if text not in objects:
                objects.append(text)
        return found

    between = values(OIC_NS + "partnershipBetween")
    # (entry property, value) pairs, formatted once per partnership and once per partner
    of_partnership: dict[str, list[tuple[str, str]]] = {}
    for source, target in _PARTNERSHIP_COLUMNS:
        for partnership, found in values(OIC_NS + source).items():
            of_partnership.setdefault(partnership, []).extend((f"<{OIC_NS}{target}>", v) for v in found)
    of_partner: dict[str, list[tuple[str, str]]] = {}
    for organisation, found in values(OIC_NS + "preferredAcronym").items():
        of_partner.setdefault(organisation, []).extend((f"<{OIC_NS}entryAcronym>", v) for v in found)
    for q in store.quads_for_pattern(None, ox.NamedNode(SKOS_PREF_LABEL), None, None):
        target = _NAME_COLUMNS.get(getattr(q.object, "language", None))
        pair = (f"<{OIC_NS}{target}>", str(q.object))
        if target and pair not in (known := of_partner.setdefault(q.subject.value, [])):
            known.append(pair)
    counted = {p for p, pairs in of_partnership.items()
               if any(prop == f"<{OIC_NS}entrySharedActivityCount>" for prop, _ in pairs)}
    lines: list[str] = []
    for partnership, organisations in between.items():
        if partnership not in counted:
            continue
        pairs = of_partnership[partnership]
        for org in organisations:
            table = partner_table(org[1:-1])
            graph = f"<{table}>"
            for partner in organisations:
                if partner == org:
                    continue
                entry = f"<{table}/{_slug(partner[1:-1])}>"
                lines.append(f"{entry} <{OIC_NS}entryPartner> {partner} {graph} .\n")
                lines.extend(f"{entry} {prop} {v} {graph} .\n" for prop, v in pairs)
                lines.extend(f"{entry} {prop} {v} {graph} .\n" for prop, v in of_partner.get(partner[1:-1], ()))
    return "".join(lines).encode()


def _slug(organisation: str) -> str:
    """The last segment of an organisation's IRI (`org/kobia` -> `kobia`), which minting keeps IRI-safe."""
    return organisation.rstrip("/").rpartition("/")[2]


COUNT_QUERIES = {
    "triples": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
    "organisations": "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a oic:Organisation }",
    "events": "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a/rdfs:subClassOf* oic:Event }",
    "agreements": "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a oic:Agreement }",
    "partnerships": "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a oic:Partnership }",
}
PREFIXES = {"oic": "https://w3id.org/oic-kg/ontology#", "rdfs": "http://www.w3.org/2000/01/rdf-schema#"}


def counts(store: ox.Store) -> dict[str, int]:
    """Triples, organisations, events, agreements and partnerships in the store."""
    return {name: int(next(iter(store.query(text, prefixes=PREFIXES, use_default_graph_as_union=True)))["n"].value)
            for name, text in COUNT_QUERIES.items()}


@contextmanager
def _replace_whole(path: Path):
    """Yield a temporary path beside path; when the block succeeds, rename it over path.

    A build killed while writing leaves the previous file whole (issue 8), never a truncated one.
    """
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        yield tmp
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


# DISTINCT: the union of named graphs is a bag (a triple in two sources' graphs comes twice).
# Serialised straight from the query: copying it into a second store first took twice as long.
UNION_OF_GRAPHS = "CONSTRUCT { ?s ?p ?o } WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }"


def write_dumps(store: ox.Store, folder: Path) -> list[Path]:
    """Write Turtle (all graphs merged) and TriG (named graphs kept) dumps."""
    folder.mkdir(parents=True, exist_ok=True)
    for stale in folder.glob(".*.tmp"):  # left by a build that was killed while writing
        stale.unlink()
    trig = folder / "oic-kg.trig"
    with _replace_whole(trig) as tmp:
        store.dump(str(tmp), ox.RdfFormat.TRIG)
    ttl = folder / "oic-kg.ttl"
    with _replace_whole(ttl) as tmp:  # the union of all graphs, each triple once, serialised by Oxigraph
        store.query(UNION_OF_GRAPHS, use_default_graph_as_union=True).serialize(str(tmp), ox.RdfFormat.TURTLE)
    return [ttl, trig]


def store_dataset(store: ox.Store) -> Dataset:
    """The whole store as an rdflib Dataset (named graphs kept), for pySHACL."""
    ds = Dataset()
    ds.parse(data=store.dump(format=ox.RdfFormat.N_QUADS), format="nquads")
    return ds


# validate_store runs the shapes as SPARQL in the store (ontology/store_validation.py), fast
# enough for 1M triples; the bench validates large graphs only when this is True.
VALIDATES_IN_STORE = True


def validate_store(store: ox.Store):
    """Check every graph of the store against the SHACL shapes (ontology/shapes.ttl); return the report.

    The shapes run as SPARQL queries in Oxigraph (ontology/store_validation.py): the same
    findings as pySHACL, which needed an rdflib copy of the store and hours at 1M triples.
    pySHACL stays available for dumps (`ontology.validation.validate_path`).
    """
    from ontology.store_validation import validate_store as run_shapes

    return run_shapes(store)


def build(paths: list[str | Path], out: Path | str, registry: Registry | None = None,
          base: str = iri.BASE, cache: bool = True, validate: bool = True) -> BuildReport:
    """Build the graph from paths into out; the previous graph stays until the new one is complete.

    Sources unchanged since an earlier build into out are not read again
    (their records are kept in out/cache/); cache=False reads every source.
    With validate, the new graph is checked against the SHACL shapes; a graph
    that does not conform is still swapped in, and the report says why
    (`report.failed`, exit status 1).
    """
    out = Path(out)
    registry = registry or default_registry()
    report = BuildReport(out=out)
    files, report.problems = source_files(paths)
    report.sources = len(files)
    extraction_cache = ExtractionCache(out / CACHE_DIR, registry) if cache else None
    records, problems = extract_files(files, registry, extraction_cache)
    if extraction_cache is not None:
        report.extracted, report.reused = extraction_cache.misses, extraction_cache.hits
    else:
        report.extracted = len(files)
    report.problems.extend(problems)
    report.records = len(records)
    with new_store(out) as (store, folder):
        quads = folder / SCRATCH  # goes with the new store if the build fails or is killed
        with quads.open("w", encoding="utf-8") as handle:
            write_quads(handle, records, registry, base)
        graph, report.validation, tabled = load_store(store, quads, quads, validate, base)
    out.mkdir(parents=True, exist_ok=True)
    with _replace_whole(out / "records.jsonl") as tmp:
        tmp.write_text("".join(r.to_json() + "\n" for r in records), encoding="utf-8")
    report.counts = counts(graph)
    report.counts["triples"] += tabled  # the partner tables are in the store only (load_store)
    report.dumps = write_dumps(graph, out / "dumps")
    return report
