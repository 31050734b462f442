"""Tables kept across runs in the user cache, each as one ``marshal`` file.

Start-up work that depends only on its input (compiled patterns, parsed rule files,
literal requirements) is looked up in a table that a previous run saved. A table's file
name carries whatever else its values depend on (library and format versions), so a
change starts a fresh file instead of reading a stale one. A file that is missing,
corrupt or unwritable (a read-only home) costs time, never correctness: the table then
starts empty and the values are computed as usual. Files are replaced atomically, so
concurrent runs never see half a file; the last writer wins. Each file starts with a
CRC-32 of the rest: it guards against damage (a torn or flipped byte), not against
someone who can write to the user's own cache, so a cryptographic digest would only cost
time (BLAKE2b took 3% of a start-up over the megabyte of tables).
"""

from __future__ import annotations

import atexit
import contextlib
import marshal
import os
import threading
import time
import zlib
from collections.abc import Hashable
from pathlib import Path
from typing import Any

from mtlint.atomic import replacing

_DIGEST = 4  # each file starts with the CRC-32 of the rest (little-endian)
STALE_DAYS = 7  # another version's table unchanged this long is removed


def cache_root() -> Path:
    """``$XDG_CACHE_HOME/mtlint``, or ``~/.cache/mtlint`` (RuntimeError without a home)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "mtlint"


class Table:
    """A dict loaded from ``<cache root>/<folder>/<name>`` on first use and written back
    (at ``save`` or at exit) when entries were added. The file keeps this run's entries,
    then older ones, up to ``cap`` entries, so that it does not grow without bound."""

    def __init__(self, folder: str, name: str, cap: int) -> None:
        self.folder, self.name, self.cap = folder, name, cap
        self.lock = threading.RLock()
        self._path: Path | None = None
        self._located = False
        self._entries: dict[Hashable, Any] = {}
        self._used: set[Hashable] = set()
        self._dirty = False
        self._registered = False

    @property
    def path(self) -> Path | None:
        """Where the table lives (fixed at first use: tests change XDG_CACHE_HOME)."""
        if not self._located:
            self._located = True
            try:
                self._path = cache_root() / self.folder / self.name
            except (RuntimeError, KeyError):  # no HOME and no password entry: no cache
                return None
            self._load(self._path)
        return self._path

    def _load(self, path: Path) -> None:
        try:
            raw = path.read_bytes()
            # a view, not a copy of the megabyte of tables (a copy costs about 0.25% of a
            # start-up); zlib and marshal both read it in place
            digest, payload = raw[:_DIGEST], memoryview(raw)[_DIGEST:]
            if _checksum(payload) != digest:
                return  # damaged: compiled opcodes must never reach the C engine garbled
            entries = marshal.loads(payload)
        except (OSError, ValueError, EOFError, TypeError):
            return
        if isinstance(entries, dict):
            self._entries = entries

    def get(self, key: Hashable) -> Any:
        """The stored value, or None."""
        with self.lock:
            if not self._located:  # the first use loads the file
                _ = self.path
            value = self._entries.get(key)
            if value is not None:
                self._used.add(key)
            return value

    def items(self) -> list[tuple[Hashable, Any]]:
        """Every stored entry (all of them count as used: they stay in the file)."""
        with self.lock:
            if not self._located:
                _ = self.path
            self._used.update(self._entries)
            return list(self._entries.items())

    def put(self, key: Hashable, value: Any) -> None:
        """Store a value; one that marshal cannot write is silently not stored."""
        try:
            marshal.dumps(value)
        except ValueError:
            return
        with self.lock:
            _ = self.path
            self._entries[key] = value
            self._used.add(key)
            self._dirty = True
            if not self._registered:
                self._registered = True
                atexit.register(self.save)

    def discard(self, key: Hashable) -> None:
        with self.lock:
            self._entries.pop(key, None)
            self._used.discard(key)

    def save(self) -> None:
        """Write the table if entries were added since it was loaded or last saved."""
        with self.lock:
            if not self._dirty:
                return
            self._dirty = False
            keep = {k: self._entries[k] for k in self._used}
            for k, v in self._entries.items():
                if len(keep) >= self.cap:
                    break
                keep.setdefault(k, v)
            payload = marshal.dumps(keep)
            data = _checksum(payload) + payload
            target = self.path
        if target is not None:
            _write(target, data)
            _prune(target)


def _checksum(payload: bytes | memoryview) -> bytes:
    return zlib.crc32(payload).to_bytes(_DIGEST, "little")


def _prune(current: Path) -> None:
    """Remove the tables of other versions (``<kind>-...`` beside ``current``) not written
    for STALE_DAYS: a new table is saved after an upgrade or an edit, and the old one
    would otherwise stay for ever. Another installation still using one rebuilds it."""
    kind = current.name.split("-", 1)[0] + "-"
    cutoff = time.time() - STALE_DAYS * 86400
    try:
        for sibling in current.parent.iterdir():
            if sibling.name.startswith(kind) and sibling.name != current.name:
                with contextlib.suppress(OSError):
                    if sibling.stat().st_mtime < cutoff:
                        sibling.unlink()
    except OSError:
        pass


def _write(target: Path, data: bytes) -> None:
    """Replace ``target`` atomically; give up quietly when the cache is not writable."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with replacing(target) as fh:
            fh.write(data)
    except OSError:
        pass
