"""Resolve organisation mentions to one identity: a registry id, or a minted one.

In:  gazetteer mentions and discovered names.
Out: `Organisation` records whose `id` is the same for every spelling of one
     organisation, in every source.
"""
from __future__ import annotations

import hashlib
import re

from loaders.arabic import bare, fold_acronym
from loaders.common import clean_name
from loaders.gazetteer import Mention
from loaders.records import Organisation


def mint_id(name: str, acronym: str | None) -> str:
    """Return the id of an organisation the registry does not know.

    The acronym decides when there is one; otherwise a hash of the folded name,
    so «المعهد الوطني» and «والمعهد الوطني» mint one id.

    >>> mint_id("هيئة المنافسة في باكستان", "CCP")
    'ccp'
    >>> mint_id("المعهد الوطني للإحصاء", None) == mint_id("والمعهد الوطني للإحصاء", None)
    True
    """
    if acronym:
        slug = re.sub(r"[^a-z0-9]+", "-", fold_acronym(acronym)).strip("-")
        if slug:
            return slug
    key = bare(clean_name(name))
    return "x-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]


def from_mention(mention: Mention) -> Organisation:
    """An organisation from a registry match, named as the text writes it."""
    entry = mention.entry
    return Organisation(name=clean_name(mention.text), acronym=entry.acronym, id=entry.id,
                        span=(mention.start, mention.end))


def from_discovery(name: str, acronym: str | None, start: int, end: int) -> Organisation:
    """An organisation the registry does not know, with a minted id."""
    name = clean_name(name)
    acronym = acronym.replace("\u0130", "I").replace("\u0131", "i") if acronym else None
    return Organisation(name=name, acronym=acronym, id=mint_id(name, acronym), span=(start, end))


def unique(orgs: list[Organisation], exclude: tuple[Organisation, ...] = ()) -> tuple[Organisation, ...]:
    """Keep the first mention of each organisation id, dropping those in `exclude`."""
    seen = {o.id for o in exclude}
    out = []
    for org in orgs:
        if org.id not in seen:
            seen.add(org.id)
            out.append(org)
    return tuple(out)
