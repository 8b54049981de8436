"""Mint IRIs deterministically (DESIGN.md, Identity): the same input, the same IRI.

In:  registry ids, records, source names.
Out: IRIs under one configurable base (default https://w3id.org/oic-kg/).
"""
from __future__ import annotations

import hashlib
import os
import re
import unicodedata

from rdflib import URIRef

DEFAULT_BASE = "https://w3id.org/oic-kg/"
BASE = os.environ.get("OICKG_BASE", DEFAULT_BASE)


def slug(text: str) -> str:
    """Return a lowercase ASCII slug; letters outside ASCII are dropped.

    >>> slug("OIC-StatCom"), slug("Binaa Initiative"), slug("KOBİA")
    ('oic-statcom', 'binaa-initiative', 'kobia')
    """
    text = unicodedata.normalize("NFKD", text.replace("\u0130", "I").replace("\u0131", "i"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def digest(text: str, size: int = 10) -> str:
    """A short stable hash of text, for names that have no ASCII slug (IRIs never change).

    >>> digest("الاجتماع")
    'd8a15c31c1'
    """
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:size]


def iri(path: str, base: str = BASE) -> URIRef:
    return URIRef(base + path)


def organisation(ident: str, base: str = BASE) -> URIRef:
    return iri(f"org/{slug(ident) or digest(ident)}", base)


def country(iso3: str, base: str = BASE) -> URIRef:
    return iri(f"country/{iso3.upper()}", base)


def city(name_en: str, base: str = BASE) -> URIRef:
    return iri(f"city/{slug(name_en)}", base)


def programme(ident: str, base: str = BASE) -> URIRef:
    return iri(f"programme/{slug(ident) or digest(ident)}", base)


def network(ident: str, base: str = BASE) -> URIRef:
    return iri(f"network/{slug(ident) or digest(ident)}", base)


def source(name: str, base: str = BASE) -> URIRef:
    """The IRI of a source document, by its file name (or its URL's path).

    A name with characters outside [A-Za-z0-9._-] (an Arabic file name) keeps
    what it can and adds a hash of the whole name, so two such names never
    share an IRI.

    >>> str(source("corpus/000_272770b36fcd7c81.txt", "https://ex.org/"))
    'https://ex.org/source/000_272770b36fcd7c81.txt'
    >>> source("تقرير.txt") != source("نص.txt")
    True
    """
    name = re.split(r"[\\/]", name.rstrip("/"))[-1]
    safe = re.sub(r"[^A-Za-z0-9._-]+", "-", name)
    if safe != name:
        safe = f"{safe.strip('-')}-{digest(name, 8)}".lstrip("-")
    return iri(f"source/{safe}", base)


def named_graph(name: str, base: str = BASE) -> URIRef:
    return iri(f"graph/{name}", base)


def activity(kind: str, start: str | None, event_type: str | None, key: str, base: str = BASE) -> URIRef:
    """The IRI of an activity: `event/<date>-<type>-<hash of its folded title>`.

    >>> str(activity("event", "2025-10-07", "meeting", "الاجتماع الافتتاحي", "https://ex.org/"))[:44]
    'https://ex.org/event/2025-10-07-meeting-9652'
    """
    folder = {"event": "event", "agreement": "agreement", "publication": "publication"}.get(kind, "activity")
    parts = [start or "undated"]
    if event_type and kind == "event":
        parts.append(event_type.replace("_", "-"))
    parts.append(digest(key, 8))
    return iri(f"{folder}/{'-'.join(parts)}", base)


def evidence(source_name: str, start: int, end: int, base: str = BASE) -> URIRef:
    doc = str(source(source_name, base))[len(base) + len("source/"):]
    return iri(f"evidence/{doc}/{start}-{end}", base)
