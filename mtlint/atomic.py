"""Whole-file replacement: write a new sibling file, then rename it over the target.

A reader (or a concurrent run) sees the old file or the new one, never half of one; a
run that stops early leaves the target as it was. ``tempfile`` is not used: it imports
``random`` and ``hashlib`` (about 3 ms of every start-up) for a name that the process
id, a counter and ``O_EXCL`` make unique as well.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from stat import S_ISREG
from typing import BinaryIO

_COUNTER = itertools.count()
_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)


def new_sibling(path: Path, suffix: str = ".tmp", mode: int = 0o600) -> tuple[int, Path]:
    """Create a file next to ``path`` that did not exist (``O_EXCL``); its descriptor
    and name. ``mode`` is filtered by the umask, as for any new file."""
    while True:
        tmp = path.with_name(f".{path.name}.{os.getpid()}.{next(_COUNTER)}{suffix}")
        try:
            return os.open(tmp, _FLAGS, mode), tmp
        except FileExistsError:  # left by a killed process that had the same pid
            continue


@contextmanager
def replacing(path: Path, suffix: str = ".tmp", mode: int = 0o600) -> Iterator[BinaryIO]:
    """A binary file to write ``path``'s new contents to; it replaces ``path`` when the
    block ends normally and is removed otherwise. A symbolic link stays one: the file it
    points to is replaced. A path that is no regular file (``/dev/null``, ``/dev/stdout``,
    a named pipe, a shell's ``>(cmd)``) is written in place: renaming over it would put a
    file where the device or pipe was (``--output-file /dev/null`` run as root replaced
    the system's null device)."""
    try:
        st = Path(path).stat()  # follows links
    except OSError:  # not there yet; an unreachable one fails below with its own error
        st = None
    if st is not None and not S_ISREG(st.st_mode):
        with Path(path).open("wb") as fh:  # a directory fails here: IsADirectoryError
            yield fh
        return
    if st is not None:
        path = Path(os.path.realpath(path))
    fd, tmp = new_sibling(path, suffix, mode)
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)
