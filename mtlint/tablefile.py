"""Read-only tables kept as flat arrays in one file of the user cache and read on demand.

The word list and the language model are tens of MB as Python objects or numpy arrays,
yet a run reads only a few of their entries. So they are laid out once as flat arrays in
a file and single items are read with ``os.pread`` when asked for: the file's pages stay
in the page cache, shared and never counted in the process's resident memory (mapping
the file would count them, and the kernel maps up to 64 KB around each page touched).
A file holds named sections (any buffer: ``array``, numpy, bytes), each aligned, after a
JSON header giving their offsets, item formats and shapes. Files are written atomically
(temp file + rename), so readers never see half a file; one that is missing, truncated
or of another layout opens as None, and the caller rebuilds it.
"""

from __future__ import annotations

import json
import math
import os
import struct
import sys
import threading
import weakref
from array import array
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import IO, Any

from mtlint.atomic import replacing
from mtlint.usercache import cache_root

_MAGIC = b"MTLTAB\x00\x01"  # the last byte is the container's version
_ALIGN = 64
Layout = dict[str, tuple[int, str, tuple[int, ...]]]


def cache_path(folder: str, name: str) -> Path:
    """``<user cache>/mtlint/<folder>/<name>``."""
    return cache_root() / folder / name


class Tables:
    """The sections of one table file (or of a buffer holding one)."""

    def __init__(self, read: Callable[[int, int], bytes], meta: dict[str, Any], layout: Layout):
        self._read = read  # (size, offset) -> bytes
        self.meta = meta
        self._layout = layout

    def format(self, name: str) -> str:
        """The item format of section ``name`` (``struct`` syntax, e.g. "I", "e")."""
        return self._layout[name][1]

    def shape(self, name: str) -> tuple[int, ...]:
        return self._layout[name][2]

    def read(self, name: str, start: int = 0, count: int | None = None) -> bytes:
        """The bytes of items ``start`` to ``start + count`` of the flattened section."""
        offset, fmt, shape = self._layout[name]
        size = struct.calcsize(fmt)
        if count is None:
            count = math.prod(shape) - start
        return self._read(count * size, offset + start * size)

    def array(self, name: str) -> array[Any]:
        """A whole section (of a format ``array`` knows) in memory."""
        out = array(self.format(name))
        out.frombytes(self.read(name))
        return out


def dump(fh: IO[bytes], sections: Mapping[str, Any], meta: Mapping[str, Any]) -> None:
    """Write ``sections`` (name -> C-contiguous buffer) and JSON-able ``meta`` to ``fh``."""
    views = {name: memoryview(buf) for name, buf in sections.items()}
    layout: dict[str, list[Any]] = {}
    offset = 0  # from the start of the data, which follows the header, aligned
    for name, view in views.items():
        if not view.c_contiguous:
            raise ValueError(f"section {name} is not contiguous")
        layout[name] = [offset, view.format, list(view.shape or (len(view),))]
        offset = _aligned(offset + view.nbytes)
    doc = {"byteorder": sys.byteorder, "meta": dict(meta), "sections": layout}
    header = json.dumps(doc, sort_keys=True).encode()
    fh.write(_MAGIC + struct.pack("<Q", len(header)) + header)
    position = len(_MAGIC) + 8 + len(header)
    base = _aligned(position)
    for name, view in views.items():
        start = base + layout[name][0]
        fh.write(b"\0" * (start - position))
        fh.write(view)
        position = start + view.nbytes


def save(path: Path, sections: Mapping[str, Any], meta: Mapping[str, Any]) -> None:
    """Write a table file atomically; raises OSError when the cache is not writable."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with replacing(path) as fh:
        dump(fh, sections, meta)


def open_file(path: Path) -> Tables | None:
    """The tables in the file at ``path``, read on demand; None when missing or invalid.

    The file stays open while the tables are in use (``pread`` needs no shared position,
    so forked workers may read it too); a later rebuild replaces the name, not this file.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    except OSError:
        return None
    try:
        tables = _parse(_reader(fd), os.fstat(fd).st_size)
    except OSError:
        tables = None
    if tables is None:
        os.close(fd)
    else:
        weakref.finalize(tables, os.close, fd)
    return tables


def _reader(fd: int) -> Callable[[int, int], bytes]:
    """``(size, offset) -> bytes`` for an open file (``os.pread`` where there is one)."""
    if hasattr(os, "pread"):
        return lambda n, at: os.pread(fd, n, at)
    lock = threading.Lock()

    def read(n: int, at: int) -> bytes:
        with lock:
            os.lseek(fd, at, os.SEEK_SET)
            return os.read(fd, n)

    return read


def from_buffer(buffer: bytes | memoryview) -> Tables | None:
    """The tables in a buffer that :func:`dump` filled (when no file can be written)."""
    view = memoryview(buffer).cast("B")
    return _parse(lambda n, at: bytes(view[at : at + n]), len(view))


def _parse(read: Callable[[int, int], bytes], size: int) -> Tables | None:
    head = len(_MAGIC) + 8
    first = read(head, 0)
    if len(first) < head or first[: len(_MAGIC)] != _MAGIC:
        return None
    (length,) = struct.unpack("<Q", first[len(_MAGIC) :])
    base = _aligned(head + length)
    try:
        doc = json.loads(read(length, head))
        layout: Layout = {
            name: (base + int(offset), str(fmt), tuple(int(n) for n in shape))
            for name, (offset, fmt, shape) in doc["sections"].items()
        }
        ends = [at + math.prod(shape) * struct.calcsize(fmt) for at, fmt, shape in layout.values()]
        meta = doc["meta"]
    except (ValueError, TypeError, KeyError, struct.error):
        return None
    if doc.get("byteorder") != sys.byteorder or not isinstance(meta, dict):
        return None
    if any(end > size for end in ends):
        return None  # truncated
    return Tables(read, meta, layout)


def remove_stale(path: Path, prefix: str) -> None:
    """Delete the other ``prefix*`` files beside ``path`` (older keys of the same table)."""
    try:
        for old in path.parent.glob(prefix + "*"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        pass  # no permission, or a file in use elsewhere: it only costs disk space


def _aligned(n: int) -> int:
    return -(-n // _ALIGN) * _ALIGN
