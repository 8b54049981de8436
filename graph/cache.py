"""Remember what reading each source gave, so a rebuild re-reads only the files that changed.

In:  a source's bytes and name, the loader code and the registry it was read with.
Out: the `Extraction` (records and problems) stored the last time those exact
     inputs were read, or None; entries live as JSON files under `out/cache/`.

An entry's key hashes everything the result depends on: the file's content,
its name (records carry it as `source`), the source code of `loaders/` and
the registry. Editing a loader or a registry row therefore misses every
entry, and a stale record can never come back. Entries are written to a
temporary file and renamed, so a killed build leaves no half-written entry.
"""
from __future__ import annotations

import hashlib
import json
import os
from functools import lru_cache
from pathlib import Path

from loaders.records import Extraction, Problem, Record
from loaders.registry import Registry

LOADERS_DIR = Path(__file__).resolve().parent.parent / "loaders"
FORMAT = "1"  # bump when the layout of an entry changes


@lru_cache(maxsize=1)
def _loader_code() -> str:
    # Hashed once per process: the loader code that runs is the code imported at start,
    # whatever happens to the files afterwards.
    h = hashlib.sha256(FORMAT.encode())
    for path in sorted(p for p in LOADERS_DIR.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        h.update(path.relative_to(LOADERS_DIR).as_posix().encode() + b"\0")
        h.update(path.read_bytes())
    return h.hexdigest()


def loader_version(registry: Registry) -> str:
    """A hash of the files of loaders/ and of the registry: the extraction's own version.

    >>> from loaders.registry import default_registry
    >>> len(loader_version(default_registry()))
    16
    """
    h = hashlib.sha256(_loader_code().encode())
    h.update(repr(registry).encode("utf-8"))
    return h.hexdigest()[:16]


def entry_key(data: bytes, source: str, version: str) -> str:
    """The key of one source's extraction: its content, its name and the loader version.

    >>> entry_key(b"text", "a.txt", "v1") == entry_key(b"text", "a.txt", "v1")
    True
    >>> entry_key(b"text", "a.txt", "v1") == entry_key(b"text", "b.txt", "v1")
    False
    """
    h = hashlib.sha256()
    for part in (version.encode(), source.encode("utf-8"), data):
        h.update(len(part).to_bytes(8, "big"))
        h.update(part)
    return h.hexdigest()


class ExtractionCache:
    """Extraction results on disk, one JSON file per (content, name, loader version)."""

    def __init__(self, folder: Path | str, registry: Registry):
        self.folder = Path(folder)
        self.version = loader_version(registry)
        self.hits = 0
        self.misses = 0

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, data: bytes, source: str) -> Extraction | None:
        """Return the stored extraction of these bytes under this name, or None."""
        path = self._path(entry_key(data, source, self.version))
        try:
            obj = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self.misses += 1
            return None
        self.hits += 1
        return Extraction(records=[Record.from_dict(r) for r in obj["records"]],
                          problems=[Problem(**p) for p in obj["problems"]], shape=obj.get("shape"))

    def put(self, data: bytes, source: str, result: Extraction) -> None:
        """Store an extraction; the entry appears whole or not at all."""
        path = self._path(entry_key(data, source, self.version))
        path.parent.mkdir(parents=True, exist_ok=True)
        obj = {"records": [r.to_dict() for r in result.records],
               "problems": [{"path": p.path, "line": p.line, "message": p.message, "hint": p.hint,
                             "severity": p.severity} for p in result.problems],
               "shape": result.shape}
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(obj, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, path)
