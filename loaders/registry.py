"""Read the curated registry (data/registry/*.csv): institutions, countries, cities, programmes, networks.

In:  the registry folder (default: data/registry beside the packages).
Out: a `Registry` of plain `Entry` rows. No RDF here; graph/ turns rows into triples.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

REGISTRY_DIR = Path(__file__).resolve().parent.parent / "data" / "registry"
TABLES = ("organisations", "countries", "cities", "programmes", "networks")


@dataclass(frozen=True)
class Entry:
    """One registry row. `id` is the IRI slug; `extra` keeps the table's other columns."""

    table: str
    id: str
    acronym: str | None
    name_en: str | None
    name_ar: str | None
    aliases: tuple[str, ...] = ()
    kind: str | None = None
    extra: tuple[tuple[str, str], ...] = ()

    def get(self, column: str) -> str | None:
        for key, value in self.extra:  # a row's columns are unique: no dict built per call
            if key == column:
                return value or None
        return None

    @property
    def names(self) -> tuple[str, ...]:
        """Every spelling of this entry: names, acronym and aliases."""
        return tuple(n for n in (self.name_ar, self.name_en, self.acronym, *self.aliases) if n)

    @property
    def label(self) -> str:
        return self.acronym or self.name_en or self.name_ar or self.id


@dataclass
class Registry:
    organisations: dict[str, Entry] = field(default_factory=dict)
    countries: dict[str, Entry] = field(default_factory=dict)
    cities: dict[str, Entry] = field(default_factory=dict)
    programmes: dict[str, Entry] = field(default_factory=dict)
    networks: dict[str, Entry] = field(default_factory=dict)

    def table(self, name: str) -> dict[str, Entry]:
        return getattr(self, name)


_ID_COLUMN = {"countries": "iso3", "cities": "name_en"}
_CORE = {"id", "iso3", "acronym", "name_en", "name_ar", "aliases", "kind"}


def _slug(text: str) -> str:
    return "".join(ch if ch.isalnum() else "-" for ch in text.lower()).strip("-")


def read_table(path: Path, table: str) -> list[Entry]:
    """Read one registry CSV into entries (empty cells become None)."""
    rows = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            row = {k.strip(): (v or "").strip() for k, v in row.items() if k}
            key = row.get(_ID_COLUMN.get(table, "id")) or ""
            if not key:
                continue
            ident = _slug(key) if table == "cities" else key
            aliases = tuple(a.strip() for a in row.get("aliases", "").split("|") if a.strip())
            extra = tuple((k, v) for k, v in row.items() if k not in _CORE and v)
            rows.append(Entry(table=table, id=ident, acronym=row.get("acronym") or None,
                              name_en=row.get("name_en") or None, name_ar=row.get("name_ar") or None,
                              aliases=aliases, kind=row.get("kind") or None, extra=extra))
    return rows


def load_registry(folder: Path | str = REGISTRY_DIR) -> Registry:
    """Load every registry table found in folder; a missing table is empty."""
    folder = Path(folder)
    registry = Registry()
    for table in TABLES:
        path = folder / f"{table}.csv"
        if path.exists():
            registry.table(table).update((e.id, e) for e in read_table(path, table))
    return registry


@lru_cache(maxsize=1)
def default_registry() -> Registry:
    """The project's own registry, read once per process."""
    return load_registry(REGISTRY_DIR)
