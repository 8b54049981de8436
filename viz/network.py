"""Read the partnership network out of the store into networkx, filtered and measured.

In:  a read-only pyoxigraph Store (graph.store.open_store) and Filters.
Out: a networkx Graph whose nodes are organisations (IRI strings) and whose
     edges join organisations that share activities, weighted by how many,
     each edge carrying the list of those activities (title, date, sources);
     or, as an option, the bipartite graph of organisations and activities.

The SPARQL lives in viz/static/sparql/*.rq, one query per file. Node measures
are chosen to stay interactive at 2,000-7,000 organisations (issue 6): degree
and weighted degree are O(E), PageRank (scipy) takes 0.15 s on 7,000 nodes and
21,000 edges, Louvain 3 s; betweenness is exact up to 1,000 nodes and sampled
from BETWEENNESS_SAMPLE pivots above that (exact would take half an hour at
7,000 nodes and 190,000 edges).
"""
from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path

import networkx as nx

from viz.errors import BadFilter, UnknownOrganisation

SPARQL_DIR = Path(__file__).resolve().parent / "static" / "sparql"
OIC = "https://w3id.org/oic-kg/ontology#"
SIZE_MEASURES = ("degree", "strength", "activities", "pagerank", "betweenness")
BETWEENNESS_EXACT_UP_TO = 1000
BETWEENNESS_SAMPLE = 64


@dataclass
class Organisation:
    iri: str
    acronym: str | None = None
    name_en: str | None = None
    name_ar: str | None = None
    kind: str = "Organisation"            # most specific class, e.g. "Ministry"
    kind_label: str = "organisation"
    group: str = "Organisation"           # its class directly under oic:Organisation, e.g. "NationalAgency"
    group_label: str = "organisation (kind not known)"
    kinds: frozenset = frozenset()        # every class name and label up the hierarchy, for --kind

    @property
    def label(self) -> str:
        """The name to print on the node: the acronym, else a short English or Arabic name."""
        name = self.acronym or self.name_en or self.name_ar or self.iri.rstrip("/").rsplit("/", 1)[-1]
        return name if len(name) <= 28 else name[:26].rstrip() + "…"


@dataclass
class Activity:
    iri: str
    title: str
    date: dt.date | None = None
    type: str = "activity"                # event type code, "agreement" or "publication"
    programmes: tuple[str, ...] = ()
    networks: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    roles: dict[str, str] = field(default_factory=dict)   # organisation IRI -> organiser/partner/party


@dataclass
class NetworkData:
    organisations: dict[str, Organisation]
    activities: dict[str, Activity]


@dataclass(frozen=True)
class Filters:
    focus: str | None = None
    hops: int = 1
    since: dt.date | None = None
    until: dt.date | None = None
    programme: str | None = None
    network: str | None = None
    kind: str | None = None

    def describe(self) -> str:
        """One line naming the filters in force, for the page header and the chart title.

        >>> Filters(focus="SESRIC", hops=2, since=dt.date(2024, 1, 1)).describe()
        'focus SESRIC (2 hops) · since 2024-01-01'
        """
        parts = []
        if self.focus:
            parts.append(f"focus {self.focus} ({self.hops} hop{'s' if self.hops != 1 else ''})")
        if self.since:
            parts.append(f"since {self.since}")
        if self.until:
            parts.append(f"until {self.until}")
        for name in ("programme", "network", "kind"):
            if getattr(self, name):
                parts.append(f"{name} {getattr(self, name)}")
        return " · ".join(parts)


def parse_period(text: str, end: bool = False) -> dt.date:
    """Read YYYY, YYYY-MM or YYYY-MM-DD as the first day of that period (the last one when end).

    >>> parse_period("2024"), parse_period("2024-02", end=True), parse_period("2024-02-10", end=True)
    (datetime.date(2024, 1, 1), datetime.date(2024, 2, 29), datetime.date(2024, 2, 10))
    """
    parts = text.strip().split("-")
    try:
        numbers = [int(p) for p in parts]
        if len(numbers) == 3:
            return dt.date(*numbers)
        if len(numbers) == 2:
            year, month = numbers
            first = dt.date(year, month, 1)
            return (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)) if end else first
        if len(numbers) == 1:
            return dt.date(numbers[0], 12, 31) if end else dt.date(numbers[0], 1, 1)
    except ValueError:
        pass
    raise BadFilter(f"{text!r} is not a date; give YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2024-06)")


def load_sparql(name: str) -> str:
    """Return the text of viz/static/sparql/<name>.rq."""
    return (SPARQL_DIR / f"{name}.rq").read_text(encoding="utf-8")


def _rows(store, name: str):
    for row in store.query(load_sparql(name), use_default_graph_as_union=True):
        yield [None if value is None else value.value for value in row]


def read_network_data(store) -> NetworkData:
    """Read every organisation and activity the network views need from the store."""
    kinds = _read_kinds(store)
    organisations: dict[str, Organisation] = {}
    classes: dict[str, set[str]] = defaultdict(set)
    for org, acronym, en, ar, cls in _rows(store, "network-organisations"):
        organisations.setdefault(org, Organisation(org, acronym, en, ar))
        classes[org].add(cls)
    for org, found in classes.items():
        _assign_kind(organisations[org], found, kinds)
    activities: dict[str, Activity] = {}
    for iri, title, date, code, agreement, publication in _rows(store, "network-activities"):
        kind = code or ("agreement" if agreement == "true" else "publication" if publication == "true" else "activity")
        activities[iri] = Activity(iri, title or iri.rsplit("/", 1)[-1], _date(date), kind)
    links: dict[tuple[str, str], list[str]] = defaultdict(list)
    for iri, link, target, label in _rows(store, "network-activity-links"):
        links[(iri, link)].append(label or target.rstrip("/").rsplit("/", 1)[-1])
    for (iri, link), labels in links.items():
        if iri in activities:
            setattr(activities[iri], link + "s", tuple(sorted(set(labels))))
    for iri, org, role in _rows(store, "network-involvement"):
        if iri in activities:
            activities[iri].roles.setdefault(org, role)
            organisations.setdefault(org, Organisation(org))
    return NetworkData(organisations, activities)


def _read_kinds(store) -> dict[str, tuple[str, str]]:
    """{class IRI: (parent IRI, English label)} for the classes under oic:Organisation."""
    return {cls: (parent, label or _local(cls)) for cls, parent, label in _rows(store, "network-kinds")}


def _assign_kind(org: Organisation, classes: set[str], kinds: dict[str, tuple[str, str]]) -> None:
    """Give org its most specific kind, the kind's top-level group, and every name on the way up."""
    def chain(cls: str) -> list[str]:
        seen = [cls]
        while seen[-1] in kinds and kinds[seen[-1]][0] != OIC + "Organisation" and len(seen) < 10:
            seen.append(kinds[seen[-1]][0])
        return seen

    known = [c for c in classes if c in kinds]
    if not known:
        return
    deepest = max(known, key=lambda c: (len(chain(c)), c))
    up = chain(deepest)
    org.kind, org.kind_label = _local(deepest), kinds[deepest][1]
    org.group, org.group_label = _local(up[-1]), kinds[up[-1]][1] if up[-1] in kinds else _local(up[-1])
    org.kinds = frozenset(_key(name) for c in up for name in (_local(c), kinds.get(c, ("", ""))[1]) if name)


def _local(iri: str) -> str:
    return re.split(r"[#/]", iri)[-1]


def _key(text: str) -> str:
    """Fold a kind, programme or organisation name for matching.

    >>> _key("National agency") == _key("NationalAgency") == _key("national_agency")
    True
    """
    return re.sub(r"[\s_\-]+", "", text).casefold()


def _date(text: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


def find_organisation(data: NetworkData, name: str) -> str:
    """Return the IRI of the organisation called name (acronym, IRI tail, English or Arabic name).

    Raises UnknownOrganisation, with the closest names, when none matches.
    """
    wanted = _key(name)
    for org in data.organisations.values():
        names = (org.acronym, org.iri.rstrip("/").rsplit("/", 1)[-1], org.name_en, org.name_ar, org.iri)
        if any(n and _key(n) == wanted for n in names):
            return org.iri
    close = sorted(o.acronym for o in data.organisations.values()
                   if o.acronym and (wanted[:3] in _key(o.acronym) or _key(o.acronym)[:3] in wanted))
    hint = f"; did you mean {', '.join(close[:8])}?" if close else "; give an acronym such as SESRIC"
    raise UnknownOrganisation(f"no organisation called {name!r} in the graph{hint}")


def select_activities(data: NetworkData, filters: Filters) -> list[Activity]:
    """Return the activities inside the time window, programme and network of the filters."""
    chosen = []
    for act in data.activities.values():
        if (filters.since or filters.until) and act.date is None:
            continue
        if filters.since and act.date < filters.since:
            continue
        if filters.until and act.date > filters.until:
            continue
        if filters.programme and _key(filters.programme) not in {_key(p) for p in act.programmes}:
            continue
        if filters.network and _key(filters.network) not in {_key(n) for n in act.networks}:
            continue
        chosen.append(act)
    return sorted(chosen, key=lambda a: (a.date or dt.date.min, a.iri))


def _check_kind(data: NetworkData, kind: str) -> None:
    known = {k for o in data.organisations.values() for k in o.kinds}
    if _key(kind) not in known:
        names = sorted({o.kind_label for o in data.organisations.values()} |
                       {o.group_label for o in data.organisations.values()})
        raise BadFilter(f"no organisation of kind {kind!r} in the graph; kinds: {', '.join(names)}")


def partnership_graph(data: NetworkData, filters: Filters = Filters(), size: str = "degree",
                      communities: bool = False) -> nx.Graph:
    """Return the organisation network: nodes organisations, edges shared activities.

    Node attributes: label, acronym, name_en, name_ar, iri, kind, kind_label, group,
    group_label, activities (count), degree, strength, size_value (the chosen measure),
    and community when asked. Edge attributes: weight (shared activities) and
    activities, a list of (title, date, type, sources) tuples, oldest first.
    """
    if filters.hops < 0:
        raise BadFilter(f"--hops must be 0 or more, not {filters.hops}")
    if filters.kind:
        _check_kind(data, filters.kind)
    focus = find_organisation(data, filters.focus) if filters.focus else None
    g = nx.Graph()
    for act in select_activities(data, filters):
        orgs = sorted(act.roles)
        for org in orgs:
            if org not in g:
                g.add_node(org, activities=0)
            g.nodes[org]["activities"] += 1
        entry = (act.title, act.date.isoformat() if act.date else "", act.type, act.sources)
        for i, a in enumerate(orgs):
            for b in orgs[i + 1:]:
                if g.has_edge(a, b):
                    g[a][b]["weight"] += 1
                    g[a][b]["activities"].append(entry)
                else:
                    g.add_edge(a, b, weight=1, activities=[entry])
    if focus is not None:
        if focus not in g:
            g.add_node(focus, activities=0)
        g = nx.ego_graph(g, focus, radius=filters.hops).copy()
    if filters.kind:
        wanted = _key(filters.kind)
        g.remove_nodes_from([n for n in list(g) if n != focus and wanted not in data.organisations[n].kinds])
    for node, attrs in g.nodes(data=True):
        org = data.organisations[node]
        attrs.update(label=org.label, acronym=org.acronym or "", name_en=org.name_en or "",
                     name_ar=org.name_ar or "", iri=org.iri, kind=org.kind, kind_label=org.kind_label,
                     group=org.group, group_label=org.group_label, focus=node == focus)
    add_measures(g, size)
    if communities:
        add_communities(g)
    g.graph.update(filters=filters.describe(), size=size, focus=focus or "")
    return g


def bipartite_graph(data: NetworkData, filters: Filters = Filters()) -> nx.Graph:
    """Return the two-mode graph: organisations and activities, an edge for each role.

    Organisation nodes carry the attributes of partnership_graph with bipartite=0;
    activity nodes carry label (date and type), title, date, type, programmes, networks, sources,
    bipartite=1. Edges carry role (organiser, partner or party). The focus filter
    counts hops as in the partnership network: one hop is organisation → activity →
    organisation, so --hops 1 keeps the focus organisation's activities and everyone in them.
    """
    focus = find_organisation(data, filters.focus) if filters.focus else None
    full = partnership_graph(data, replace(filters, focus=None))
    g = nx.Graph()
    for node, attrs in full.nodes(data=True):
        g.add_node(node, **attrs, bipartite=0)
    for act in select_activities(data, filters):
        orgs = [o for o in act.roles if o in full]
        if not orgs:
            continue
        short = " ".join(x for x in (act.date.isoformat() if act.date else "undated", act.type.replace("_", " ")))
        g.add_node(act.iri, label=short, title=act.title, date=act.date.isoformat() if act.date else "", type=act.type,
                   programmes=act.programmes, networks=act.networks, sources=act.sources, bipartite=1,
                   kind="Activity", kind_label=act.type.replace("_", " "), group="Activity",
                   group_label="activity", iri=act.iri)
        for org in orgs:
            g.add_edge(org, act.iri, role=act.roles[org], weight=1)
    if focus is not None:
        if focus not in g:
            g.add_node(focus, **{**partnership_graph(data, replace(filters, focus=filters.focus, hops=0)).nodes[focus],
                                 "bipartite": 0})
        g = nx.ego_graph(g, focus, radius=2 * filters.hops).copy()
        g.nodes[focus]["focus"] = True
    add_measures(g, "degree")
    g.graph.update(full.graph, bipartite=True, filters=filters.describe(), focus=focus or "")
    return g


def add_measures(g: nx.Graph, size: str = "degree") -> None:
    """Set degree, strength and size_value (the measure named by size) on every node."""
    if size not in SIZE_MEASURES:
        raise BadFilter(f"unknown size measure {size!r}; choose one of {', '.join(SIZE_MEASURES)}")
    for node in g:
        g.nodes[node]["degree"] = g.degree(node)
        g.nodes[node]["strength"] = g.degree(node, weight="weight")
    if size == "pagerank":
        values = nx.pagerank(g, weight="weight") if g.number_of_edges() else {n: 1.0 for n in g}
    elif size == "betweenness":
        k = None if len(g) <= BETWEENNESS_EXACT_UP_TO else BETWEENNESS_SAMPLE
        values = nx.betweenness_centrality(g, k=k, seed=0) if len(g) > 2 else {n: 0.0 for n in g}
    else:
        values = {n: g.nodes[n].get(size, 0) for n in g}
    for node, value in values.items():
        g.nodes[node]["size_value"] = float(value)


def add_communities(g: nx.Graph) -> None:
    """Number Louvain communities by size (0 the largest) and set community on every node."""
    found = nx.community.louvain_communities(g, weight="weight", seed=0) if len(g) else []
    for number, members in enumerate(sorted(found, key=lambda c: (-len(c), min(c)))):
        for node in members:
            g.nodes[node]["community"] = number

