"""TargetList: the same targets, in the same order, for less memory."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest

from mtlint.config import Config, ConfigResolver
from mtlint.files import Target, discover
from mtlint.targetlist import TargetList


def _targets(tmp_path: Path, n: int) -> list[Target]:
    for i in range(n):
        (tmp_path / f"doc-{i:05d}.txt").write_text("Text.\n", encoding="utf-8")
    return list(discover([str(tmp_path)], ConfigResolver()))


def test_reads_back_the_same_targets(tmp_path: Path) -> None:
    plain = _targets(tmp_path, 5)
    config = plain[0].config
    odd = [
        Target(None, "<stdin>", config),
        Target(None, "corpus.jsonl:3", config, data=b"x", record="3"),
        Target(tmp_path / "doc-00000.txt", "shown elsewhere", config),
        Target(tmp_path / "doc-00001.txt", "doc-00001.txt", Config(), grammar=True),
    ]
    everything = plain + odd
    kept = TargetList(everything)
    assert list(kept) == everything
    assert list(kept) == everything  # read twice (collect pass, lint pass)
    assert len(kept) == len(everything)
    assert kept[2] == everything[2]
    assert kept[-1] == everything[-1]
    assert kept[:2] == everything[:2]
    assert bool(TargetList([])) is False


def test_holds_a_file_in_a_fraction_of_the_memory(tmp_path: Path) -> None:
    _targets(tmp_path, 2000)
    resolver = ConfigResolver()
    list(discover([str(tmp_path)], resolver))  # the resolver's caches, filled beforehand

    def held(kind: type) -> int:
        tracemalloc.start()
        value = kind(discover([str(tmp_path)], resolver))
        size = tracemalloc.get_traced_memory()[0]
        tracemalloc.stop()
        assert len(value) == 2000
        return size

    # The smaller of two runs each: a run may also grow the interpreter's table of
    # interned strings (pathlib interns path parts) by megabytes, once, whichever kind
    # happens to be measured when the table fills up.
    as_list = min(held(list), held(list))
    compact = min(held(TargetList), held(TargetList))
    assert compact < as_list / 2, (compact, as_list)


def test_keeps_the_named_strings_and_no_second_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file named on the command line keeps that very string (``sys.argv`` holds it for
    the run anyway), and its display name, the tail of its path, costs no string."""
    _targets(tmp_path, 3)
    monkeypatch.chdir(tmp_path.parent)
    names = [str(tmp_path / f"doc-{i:05d}.txt") for i in range(3)]
    targets = list(discover(names, ConfigResolver()))
    kept = TargetList(targets, names)
    assert list(kept) == targets
    assert targets[0].display == f"{tmp_path.name}/doc-00000.txt"
    assert all(path is name for path, name in zip(kept._paths, names, strict=True))
    assert all(isinstance(shown, int) for shown in kept._shown)
