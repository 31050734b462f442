"""Whole-file replacement: write a new sibling file, then rename it over the target.

A reader (or a concurrent run) sees the old file or the new one, never half of one; a
run that stops early leaves the target as it was. ``tempfile`` is not used: it imports
``random`` and ``hashlib`` (about 3 ms of every start-up) for a name that the process
id, a counter and ``O_EXCL`` make unique as well.
"""

from __future__ import annotations

import errno
import itertools
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
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
    if st is not None and not stat.S_ISREG(st.st_mode):
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


def rewrite(path: Path, data: bytes, expected: bytes) -> None:
    """Replace a file's contents (``--fix``) with ``data`` in one step, keeping its mode,
    owner and extended attributes; ``expected`` is what it held when it was read. A
    symbolic link stays one: the file it points to is replaced. Only a regular file is
    rewritten."""
    if not stat.S_ISREG(path.stat().st_mode):  # follows links (``/dev/stdin``)
        # a named pipe or a device: the rename below would put a file in its place
        raise OSError(errno.EINVAL, "not a regular file (a pipe or a device)", str(path))
    path = Path(os.path.realpath(path))
    st = path.stat()
    if not st.st_mode & 0o222 or not os.access(path, os.W_OK):
        # a read-only file says "do not change me" (root may write it, but is told too);
        # the rename below would replace it all the same
        raise PermissionError(errno.EACCES, "read-only file", str(path))
    if st.st_nlink > 1:
        # the rename would give this name a new file and leave the other names the old
        # text: a silent split that rewriting in place (not atomic) is the only way round
        raise OSError(
            errno.EMLINK, f"it has {st.st_nlink} hard links (an atomic rewrite would split them)"
        )
    if path.read_bytes() != expected:
        # saved by an editor (or another run) since it was read: the fixes are for a text
        # that is gone, and writing them would lose the new one
        raise OSError(errno.EAGAIN, "it changed while being linted; run again", str(path))
    fd, tmp = new_sibling(path, ".mtlint")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            if hasattr(os, "fchown"):  # POSIX only
                _chown(fh.fileno(), st)
            _copy_xattrs(path, fh.fileno())
            os.fsync(fh.fileno())
        Path(tmp).chmod(stat.S_IMODE(st.st_mode))
        Path(tmp).replace(path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _chown(fd: int, st: os.stat_result) -> None:
    """Give the new file the old one's owner and group (a fix run by root), or as much
    of that as this user may."""
    if (st.st_uid, st.st_gid) == (os.getuid(), os.getgid()):
        return  # the usual case: the new file has them already
    for uid, gid in ((st.st_uid, st.st_gid), (-1, st.st_gid)):
        try:
            os.fchown(fd, uid, gid)
            return
        except OSError:
            continue


def _copy_xattrs(source: Path, fd: int) -> None:
    """The old file's extended attributes on the new one (Linux): user tags, POSIX ACLs
    (``system.posix_acl_access``), SELinux labels; the rename would drop them. One this
    user may not set is left behind, as ``_chown`` leaves an owner."""
    if not hasattr(os, "listxattr"):
        return
    try:
        names = os.listxattr(source)
    except OSError:  # a file system without them
        return
    for name in names:
        try:
            os.setxattr(fd, name, os.getxattr(source, name))
        except OSError:
            continue
