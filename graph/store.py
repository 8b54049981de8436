"""The graph's home: an embedded Oxigraph store on disk, swapped in atomically.

A build writes a new store beside the current one and, only when it is
complete, points the `store` link at it (an atomic rename of a symlink), so a
failed or killed build leaves the previous graph as it was.
"""
from __future__ import annotations

import os
import shutil
import time
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox

from graph.errors import StoreUnavailable

STORE_LINK = "store"
STORES_DIR = "stores"


def store_path(out: Path | str) -> Path:
    return Path(out) / STORE_LINK


def open_store(out: Path | str, read_only: bool = True) -> ox.Store:
    """Open the current store of an output folder (read-only by default)."""
    path = store_path(out)
    if not path.exists():
        raise StoreUnavailable(f"no graph at {path}: run `oickg build` first (or give --out)")
    try:
        return ox.Store.read_only(str(path.resolve())) if read_only else ox.Store(str(path.resolve()))
    except OSError as exc:
        raise StoreUnavailable(f"cannot open the store at {path}: {exc}") from exc


@contextmanager
def new_store(out: Path | str):
    """Yield a fresh store and its folder; on success make it the current one, on failure delete it.

    The folder may hold the build's scratch files (they go with the store when a build fails or is
    killed); delete them before the block ends.
    """
    out = Path(out)
    stores = out / STORES_DIR
    stores.mkdir(parents=True, exist_ok=True)
    _remove_orphans(out)
    target = stores / f"store-{time.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}-{time.monotonic_ns() % 10**6}"
    store = ox.Store(str(target))
    try:
        yield store, target
        store.flush()
        store.optimize()
    except BaseException:
        del store
        shutil.rmtree(target, ignore_errors=True)
        raise
    del store
    _swap_link(out, target)


def _swap_link(out: Path, target: Path) -> None:
    link = store_path(out)
    previous = link.resolve() if link.is_symlink() else None
    tmp = out / f".{STORE_LINK}.{os.getpid()}"
    if tmp.is_symlink() or tmp.exists():
        tmp.unlink()
    tmp.symlink_to(target.relative_to(out))
    os.replace(tmp, link)
    if previous is not None and previous != target.resolve():
        shutil.rmtree(previous, ignore_errors=True)


def _remove_orphans(out: Path) -> None:
    """Delete stores left by builds that were killed (never the current one)."""
    link = store_path(out)
    current = link.resolve() if link.is_symlink() else None
    for path in (out / STORES_DIR).glob("store-*"):
        pid = path.name.split("-")[2] if path.name.count("-") >= 3 else ""
        if path.resolve() != current and not _alive(pid):
            shutil.rmtree(path, ignore_errors=True)


def _alive(pid: str) -> bool:
    if not pid.isdigit():
        return False
    if int(pid) == os.getpid():
        return False
    try:
        os.kill(int(pid), 0)
    except OSError:
        return False
    return True
