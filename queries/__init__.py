"""Named SPARQL queries: one `<name>.rq` file each, found by name.

The first comment lines of a file say what it answers, which variables a
caller may bind (`# Bind: ?acronym ...`) and what it returns. `*-violation.rq`
checks must return no rows; `construct-*.rq` rules build inferred triples;
every other query is a report.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from queries.errors import QueryNotFound

QUERY_DIR = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Query:
    name: str
    text: str
    description: str
    params: tuple[str, ...]


def names() -> list[str]:
    """Every query name, sorted."""
    return sorted(p.stem for p in QUERY_DIR.glob("*.rq"))


def load(name: str) -> Query:
    """Return the query called name (the file queries/<name>.rq).

    >>> load("partners").params
    ('acronym',)
    """
    path = QUERY_DIR / f"{name}.rq"
    if not path.is_file():
        raise QueryNotFound(f"no query named {name!r} in queries/; available: {', '.join(names())}")
    text = path.read_text(encoding="utf-8")
    header = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        header.append(line.lstrip("# ").rstrip())
    params: tuple[str, ...] = ()
    for line in header:
        if line.lower().startswith("bind:"):
            params = tuple(re.findall(r"\?(\w+)", line.split(".")[0] if "(" not in line else line.split("(")[0]))
    description = " ".join(line for line in header if not line.lower().startswith(("bind:", "returns:")))
    return Query(name, text, description, params)
