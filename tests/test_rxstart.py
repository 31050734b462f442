"""The ``re`` patterns of the command line's imports, put in ``re``'s cache from the user
cache (mtlint.rxstart): the same patterns as ``re`` compiles, and no compiling."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from mtlint import rxstart

PATTERNS = [
    (r"(?P<key>[a-z_]+)\s*=\s*(?P<value>.*)$", re.MULTILINE),
    (r"[\x00-\x1f\\\"\b\f\n\r\t]", 0),
    (rb"(__libc_init)|(GLIBC_([0-9.]+))", re.ASCII),
]
TEXT, BYTES = 'name = value\nother=1\t"q"', b"GLIBC_2.36 __libc_init"


def _results(p: re.Pattern[str] | re.Pattern[bytes]) -> list[object]:
    if isinstance(p.pattern, bytes):
        return [(m.span(), m.groups()) for m in p.finditer(BYTES)]
    return [(m.span(), m.groups()) for m in p.finditer(TEXT)]


def test_recorded_patterns_are_put_in_res_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(rxstart, "_TABLE", rxstart._TABLE)  # restored after the test
    rxstart.reset()
    monkeypatch.setattr(re, "_cache", {})  # what "the imports" compile, and nothing else
    plain = [re.compile(p, f) for p, f in PATTERNS]
    rxstart.note()
    rxstart._TABLE.save()
    assert rxstart._TABLE.path is not None and rxstart._TABLE.path.is_file()

    # The next process: an empty cache of re's, filled from the file without compiling.
    monkeypatch.setattr(re, "_cache", {})
    rxstart.reset()

    def no_compiling(*args: object) -> None:
        raise AssertionError("compiled although the pattern was recorded")

    rxstart.preseed()
    monkeypatch.setattr(re._compiler, "compile", no_compiling)  # type: ignore[attr-defined]
    again = [re.compile(p, f) for p, f in PATTERNS]
    assert [(p.pattern, p.flags, p.groupindex, p.groups) for p in again] == [
        (p.pattern, p.flags, p.groupindex, p.groups) for p in plain
    ]
    assert [_results(p) for p in again] == [_results(p) for p in plain]
    rxstart.note()  # nothing new: the table is not rewritten
    assert not rxstart._TABLE._dirty


def test_a_damaged_entry_is_compiled_as_usual(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(rxstart, "_TABLE", rxstart._TABLE)
    rxstart.reset()
    rxstart._TABLE.put(("x+", 0), ((), ("x+", "not", "opcodes")))
    monkeypatch.setattr(re, "_cache", {})
    rxstart.preseed()
    assert (str, "x+", 0) not in re._cache  # type: ignore[attr-defined]
    assert re.compile("x+").fullmatch("xxx")
