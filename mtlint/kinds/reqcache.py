"""Literal requirements (see kinds.literals) kept in the user cache across runs.

Analysing the patterns of the built-in rules costs about 0.2 s, paid by every process
on its first long document. A requirement depends only on the pattern, the named lists
it uses and the analysis code, so it is stored under the pattern and the lists, in a
table (see usercache) whose name carries mtlint's version and the size and mtime of
the analysis modules: changing the analysis starts a fresh table. Within a process one
pattern always gets the same Requirement object (the prefilter numbers requirements by id).
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from mtlint import __version__
from mtlint.kinds import literals, stringsets, syntax
from mtlint.kinds.literals import Need, Requirement
from mtlint.usercache import Table

FORMAT = 2  # 2: the CRC-32 header (usercache)
CAP = 3000  # requirements kept: this run's first, then older ones

Key = tuple[str, tuple[tuple[str, tuple[str, ...]], ...]]


def _table_name() -> str:
    try:  # the analysis is in these modules: a change to any starts a new table
        stats = [Path(str(m.__file__)).stat() for m in (literals, stringsets, syntax)]
        stamp = "-".join(f"{st.st_size}-{st.st_mtime_ns}" for st in stats)
    except OSError:
        stamp = "unknown"
    return f"requirements-{__version__}-{stamp}-{sys.implementation.cache_tag}-f{FORMAT}"


_TABLE = Table("rules", _table_name(), CAP)
_MEMO: dict[Key, Requirement] = {}
_LOCK = threading.Lock()


def _encode(req: Requirement) -> tuple[Any, ...]:
    return tuple(need.literals for need in req.clauses), req.prefixes


def _decode(value: Any) -> Requirement:
    clauses, prefixes = value
    needs = tuple(Need(tuple(lits), frozenset(text for text, _ in lits)) for lits in clauses)
    return Requirement(needs, prefixes)


def requirement(pattern: str, lists: Mapping[str, Sequence[str]]) -> Requirement:
    """``literals.requirement(pattern, lists)``, from the user cache when it is there."""
    named = tuple(
        sorted((name, tuple(words)) for name, words in lists.items() if f"\\L<{name}>" in pattern)
    )
    key: Key = (pattern, named)
    with _LOCK:
        found = _MEMO.get(key)
        if found is not None:
            return found
        stored = _TABLE.get(key)
        req: Requirement | None = None
        if stored is not None:
            try:
                req = _decode(stored)
            except (TypeError, ValueError):  # a damaged entry: analyse again
                req = None
        if req is None:
            req = literals.requirement(pattern, dict(named))
            _TABLE.put(key, _encode(req))
        _MEMO[key] = req
        return req


def save() -> None:
    """Write the requirements analysed so far to the user cache, if any were new."""
    _TABLE.save()


def reset() -> None:
    """Start from the file again (tests: after changing ``XDG_CACHE_HOME``)."""
    global _TABLE
    with _LOCK:
        _TABLE = Table("rules", _table_name(), CAP)
        _MEMO.clear()
