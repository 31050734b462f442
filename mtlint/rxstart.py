"""The standard library's ``re`` patterns that the command line's imports compile, built
from the user cache before those imports run.

Importing the command line (typer and its click, json, platform, gettext, locale...)
compiles about thirty patterns with ``re``'s pure-Python compiler, about 3% of a check
of one small file. ``re.compile`` looks in ``re._cache`` first, so ``preseed`` fills it
with those patterns, built by the C engine from the opcodes a previous run recorded (as
rx.compile_re does for mtlint's own patterns): the imports' compiles become hits.
``note`` records, once the imports are done, the patterns the table does not hold yet;
patterns compiled later (file globs, per-document ones) depend on the run, not on the
installation, and are left out. Where ``re``'s internals are not the expected ones,
nothing is filled or recorded and the imports compile as usual.
"""

from __future__ import annotations

import re
from typing import Any

from mtlint import rx
from mtlint.usercache import Table

CAP = 200  # the imports compile about thirty


def _table_name() -> str:
    return f"startup-{rx._re_table_name()}"


_TABLE = Table("regex", _table_name(), CAP)


def _cache() -> dict[Any, Any] | None:
    """``re``'s own cache of compiled patterns, keyed by (type, pattern, flags)."""
    cache = getattr(re, "_cache", None)
    return cache if isinstance(cache, dict) and rx._RE_RECORDING is not None else None


def preseed() -> None:
    """Put the recorded patterns in ``re``'s cache (those it does not hold already)."""
    cache = _cache()
    if cache is None or rx._RE_RECORDING is None:
        return
    engine = rx._RE_RECORDING[1].engine
    for key, stored in _TABLE.items():
        try:
            pattern: str | bytes
            flags: int
            pattern, flags = key  # type: ignore[misc]
            if (type(pattern), pattern, flags) not in cache:
                cache[type(pattern), pattern, flags] = engine.compile(*rx._unpack(stored))
        except Exception:  # a damaged entry: recorded afresh by ``note``
            _TABLE.discard(key)


def note() -> None:
    """Record the patterns in ``re``'s cache that the table lacks (written at exit)."""
    cache = _cache()
    if cache is None:
        return
    for kind, pattern, flags in list(cache):
        if kind not in (str, bytes) or not isinstance(flags, int):
            continue
        key = (pattern, flags)
        if _TABLE.get(key) is None:
            _, stored = rx._record(rx._RE_RECORDING, pattern, flags)
            if stored is not None:
                _TABLE.put(key, stored)


def reset() -> None:
    """Start from the file again (tests: after changing ``XDG_CACHE_HOME``)."""
    global _TABLE
    _TABLE = Table("regex", _table_name(), CAP)
