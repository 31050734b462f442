"""The start-up caches (compiled patterns, parsed YAML, literal requirements): same
results as without them, rebuilt when stale or damaged, harmless when unwritable."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
import regex

from mtlint import registry, rx, usercache, yamlcache
from mtlint.kinds import literals, reqcache
from mtlint.registry import build_registry

PATTERNS = [
    (r"(?<![\p{L}\p{N}_])(?:take|took) place(?![\p{L}\p{N}_])", 0),
    (r"^\s*(?:Share|Tweet)\b.*$", regex.IGNORECASE | regex.MULTILINE),
    (r"[\p{L}\p{M}'’\-]+", regex.V1),
    (r"(?P<word>\p{Ll}{3,})\b(?![-'’])", 0),
    (r"\L<days> (?:morning|night)", regex.IGNORECASE),
]
LISTS = {"days": ["Monday", "Tuesday", "Sunday"]}
TEXT = "The meeting took place on Monday night.\n  Share this\nIt'll — état-major took PLACE"


def _lists(pattern: str) -> dict[str, list[str]]:
    return {k: v for k, v in LISTS.items() if f"\\L<{k}>" in pattern}


def _results(p: regex.Pattern[str]) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in p.finditer(TEXT)]


@pytest.fixture
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Empty caches in a temporary XDG_CACHE_HOME, as a new process would see them."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(reqcache, "_MEMO", {})
    for module in (rx, yamlcache, reqcache):
        monkeypatch.setattr(module, "_TABLE", module._TABLE)  # restored after the test
        module.reset()
    return tmp_path / "mtlint"


def _restart() -> None:
    """What the next process starts from: the files only."""
    for module in (rx, yamlcache, reqcache):
        module.reset()


def test_cached_patterns_match_like_regex(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = [_results(regex.compile(p, f, **_lists(p))) for p, f in PATTERNS]
    assert [_results(rx.compile(p, f, **_lists(p))) for p, f in PATTERNS] == expected
    rx.save()
    assert rx._TABLE.path.is_file()
    _restart()

    def no_compiling(*args: object) -> None:
        raise AssertionError("compiled although the pattern was cached")

    monkeypatch.setattr(rx, "_record", no_compiling)
    again = [rx.compile(p, f, **_lists(p)) for p, f in PATTERNS]
    assert [_results(p) for p in again] == expected
    for (pattern, flags), compiled in zip(PATTERNS, again, strict=True):
        plain = regex.compile(pattern, flags, **_lists(pattern))
        assert (compiled.pattern, compiled.flags, compiled.groupindex) == (
            plain.pattern,
            plain.flags,
            plain.groupindex,
        )


RE_PATTERNS = [
    (r"(?<![\w'])(?:take|took) place\b", 0),
    (r"^\s*(?:Share|Tweet)\b.*$", re.IGNORECASE | re.MULTILINE),
    (r"(?P<word>[^\W\d_]{3,})\b(?![-'’])", 0),
    (r"(?a)\w+(?=\.)", 0),
]


def test_cached_re_patterns_match_like_re(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def results(p: re.Pattern[str]) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
        return [(m.span(), m.groupdict()) for m in p.finditer(TEXT)]

    plain = [re.compile(p, f) for p, f in RE_PATTERNS]
    assert [results(rx.compile_re(p, f)) for p, f in RE_PATTERNS] == [results(p) for p in plain]
    with pytest.raises(re.error):
        rx.compile_re(r"(unclosed")
    rx.save()
    _restart()

    def no_compiling(*args: object) -> None:
        raise AssertionError("compiled although the pattern was cached")

    monkeypatch.setattr(rx, "_record", no_compiling)
    again = [rx.compile_re(p, f) for p, f in RE_PATTERNS]
    assert [results(p) for p in again] == [results(p) for p in plain]
    assert [(p.pattern, p.flags, p.groupindex, p.groups) for p in again] == [
        (p.pattern, p.flags, p.groupindex, p.groups) for p in plain
    ]


def test_bad_patterns_fail_as_before(fresh: Path) -> None:
    with pytest.raises(regex.error):
        rx.compile(r"(unclosed")
    with pytest.raises(ValueError):
        rx.compile(r"plain", 0, unused=["x"])  # regex rejects unused named lists


def test_damaged_cache_is_rebuilt(fresh: Path) -> None:
    pattern, flags = PATTERNS[0]
    rx.compile(pattern, flags)
    rx.save()
    path = rx._TABLE.path
    path.write_bytes(b"\x00not marshal data")
    _restart()
    assert _results(rx.compile(pattern, flags)) == _results(regex.compile(pattern, flags))
    rx.save()
    _restart()
    assert rx._TABLE.get((pattern, flags, (), int(regex.DEFAULT_VERSION))) is not None


def test_a_flipped_byte_is_never_loaded(fresh: Path) -> None:
    table = usercache.Table("t", "flip", 10)
    table.put("key", [1, 2, 3])
    table.save()
    assert table.path is not None
    data = bytearray(table.path.read_bytes())
    data[-2] ^= 0x01  # still a loadable marshal list, with another number in it
    table.path.write_bytes(bytes(data))
    assert usercache.Table("t", "flip", 10).get("key") is None


def test_unwritable_cache_costs_nothing_but_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("a file where the cache directory should be")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    table = usercache.Table("regex", "t", 10)
    table.put("key", (1, 2))
    table.save()  # no error
    assert table.get("key") == (1, 2)
    assert blocker.read_text().startswith("a file")


def test_concurrent_writers_leave_a_whole_file(fresh: Path) -> None:
    first, second = usercache.Table("t", "n", 10), usercache.Table("t", "n", 10)
    first.put("a", 1)
    second.put("b", 2)
    first.save()
    second.save()
    assert not [p for p in first.path.parent.iterdir() if p.name.endswith(".tmp")]
    assert usercache.Table("t", "n", 10).get("b") == 2  # the last writer's table


def test_table_is_capped_keeping_this_runs_entries(fresh: Path) -> None:
    old = usercache.Table("t", "cap", 3)
    for i in range(3):
        old.put(f"old{i}", i)
    old.save()
    new = usercache.Table("t", "cap", 3)
    new.put("new", 9)
    new.save()
    kept = usercache.Table("t", "cap", 3)
    assert kept.get("new") == 9
    assert sum(kept.get(f"old{i}") is not None for i in range(3)) == 2


def test_yaml_cache_follows_the_content(fresh: Path, tmp_path: Path) -> None:
    path = tmp_path / "rule.yaml"
    path.write_text("code: AB001\nswap: {a: b}\n")
    assert yamlcache.load(path) == {"code": "AB001", "swap": {"a": "b"}}
    yamlcache.save()
    _restart()
    path.write_text("code: AB002\nswap: {a: b}\n")  # same size: only the content tells
    assert yamlcache.load(path) == {"code": "AB002", "swap": {"a": "b"}}
    path.write_text("code: [unclosed\n")
    with pytest.raises(yamlcache.YamlSyntaxError):
        yamlcache.load(path)


def test_yaml_values_marshal_cannot_store_are_parsed_each_time(fresh: Path, tmp_path: Path) -> None:
    path = tmp_path / "dated.yaml"
    path.write_text("when: 2024-05-01\n")
    first = yamlcache.load(path)
    assert str(first["when"]) == "2024-05-01"
    assert yamlcache.load(path) == first


def _plain(req: literals.Requirement) -> object:
    """A requirement as values (its clauses compare by identity)."""
    return [(need.literals, need.texts) for need in req.clauses], req.prefixes


def test_cached_requirements_equal_the_analysis(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sources = [p for p, _ in PATTERNS] + [r"\b(?:hold|held) a meeting\b", r"(?:x|y)"]
    expected = [_plain(literals.requirement(s, LISTS)) for s in sources]
    assert [_plain(reqcache.requirement(s, LISTS)) for s in sources] == expected
    reqcache.save()
    _restart()
    monkeypatch.setattr(reqcache, "_MEMO", {})

    def no_analysis(*args: object) -> None:
        raise AssertionError("analysed although the requirement was cached")

    monkeypatch.setattr(literals, "requirement", no_analysis)
    assert [_plain(reqcache.requirement(s, LISTS)) for s in sources] == expected
    assert reqcache.requirement(sources[0], LISTS) is reqcache.requirement(sources[0], LISTS)


def test_registry_is_the_same_from_a_warm_cache(fresh: Path) -> None:
    def snapshot() -> list[object]:
        registry._builtin.cache_clear()  # build the YAML rules again
        out: list[object] = []
        for rule in build_registry():
            patterns = sorted(
                (k, v.pattern, v.flags)
                for k, v in vars(rule).items()
                if isinstance(v, regex.Pattern)
            )
            spec = getattr(rule, "spec", None)
            out.append((rule.meta, patterns, spec.data if spec else None))
        return out

    try:
        cold = snapshot()
        assert (fresh / "regex").is_dir() and (fresh / "yaml").is_dir()
        _restart()
        assert snapshot() == cold
    finally:
        registry._builtin.cache_clear()


def test_cli_from_a_warm_cache(tmp_path: Path) -> None:
    """Two real runs, the second from the caches the first wrote: the same report."""
    doc = tmp_path / "doc.txt"
    doc.write_text("The meeting took place on Monday.  It was held in function of the plan.\n")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache"), "NO_COLOR": "1"}
    cmd = [sys.executable, "-m", "mtlint", "check", "--no-cache", "--format", "concise", str(doc)]
    first = subprocess.run(
        cmd, capture_output=True, text=True, env={**env, "PYTHONHASHSEED": "1"}, timeout=300
    )
    tables = {
        p: p.stat().st_mtime_ns
        for p in (tmp_path / "cache" / "mtlint").glob("*/*")
        if p.parent.name != "results"
    }
    assert any("regex" in str(p) for p in tables)
    second = subprocess.run(
        cmd, capture_output=True, text=True, env={**env, "PYTHONHASHSEED": "2"}, timeout=300
    )
    assert (second.returncode, second.stdout) == (first.returncode, first.stdout)
    assert first.stdout.strip()
    # A warm run compiles nothing new, whatever the hash seed (a pattern built from a set
    # in hash order would be a new key each run and rewrite a 1 MB table every time).
    assert {p: p.stat().st_mtime_ns for p in tables} == tables


def test_no_home_means_no_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    def homeless() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setattr(Path, "home", staticmethod(homeless))
    table = usercache.Table("t", "n", 10)
    table.put("key", 1)
    table.save()
    assert table.path is None
    assert table.get("key") == 1


def test_other_versions_tables_are_removed_once_stale(fresh: Path) -> None:
    folder = fresh / "t"
    folder.mkdir(parents=True)
    old, recent, other = folder / "kind-0.9-x", folder / "kind-0.9-y", folder / "other-0.9"
    for path in (old, recent, other):
        path.write_bytes(b"x")
    week = usercache.STALE_DAYS * 86400
    os.utime(old, (time.time() - week - 60,) * 2)
    os.utime(other, (time.time() - week - 60,) * 2)
    table = usercache.Table("t", "kind-1.0-x", 10)
    table.put("key", 1)
    table.save()
    assert sorted(p.name for p in folder.iterdir()) == ["kind-0.9-y", "kind-1.0-x", "other-0.9"]
