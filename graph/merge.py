"""Recognise mentions of one activity across sections and sources, so the graph holds ONE node.

In:  records (each with a folded title `key` from its loader).
Out: for each record, the key its activity IRI is minted from: records of the
     same kind, start date and event type whose keys are alike share the
     smallest key of their group. Each record keeps its own evidence.
"""
from __future__ import annotations

from dataclasses import replace
from difflib import SequenceMatcher
from itertools import combinations

from loaders.records import Record

SIMILAR = 0.8


def alike(a: str, b: str) -> bool:
    """True when two folded titles name one activity (near-equal, or one contains the other).

    >>> alike("الاجتماع الافتتاحي لشبكه", "الاجتماع الافتتاجي لشبكه")
    True
    >>> alike("اجتماع ثنايي", "الاجتماع الافتتاحي لشبكه منظمه التعاون")
    False
    """
    if not a or not b:
        return False
    if (a in b or b in a) and min(len(a), len(b)) >= 12:
        return True
    return SequenceMatcher(None, a, b, autojunk=False).ratio() >= SIMILAR


def merge_keys(records: list[Record]) -> list[Record]:
    """Return the records with `key` set to the shared key of the activity each one mentions."""
    keyed = [r if r.key else replace(r, key=r.title) for r in records]
    groups: dict[tuple, list[int]] = {}
    for i, r in enumerate(keyed):
        if r.start:
            groups.setdefault((r.kind, r.start, r.event_type), []).append(i)
    parent = list(range(len(keyed)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for members in groups.values():
        for i, j in combinations(members, 2):
            if alike(keyed[i].key, keyed[j].key):
                parent[root(i)] = root(j)
    clusters: dict[int, list[int]] = {}
    for i in range(len(keyed)):
        clusters.setdefault(root(i), []).append(i)
    out = list(keyed)
    for members in clusters.values():
        if len(members) > 1:
            shared = min(keyed[i].key for i in members)
            for i in members:
                out[i] = replace(keyed[i], key=shared)
    return out
