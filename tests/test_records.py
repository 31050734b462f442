"""mtlint.records.dataclass: the library's dataclass, with generated code from a cache."""

from __future__ import annotations

import dataclasses
import pickle
from pathlib import Path
from typing import Any

import pytest

from mtlint import records, usercache


@pytest.fixture
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(records, "_TABLE", usercache.Table("code", "dataclass-test", 100))
    return tmp_path


def _define(make: Any) -> Any:
    """The same class, made by ``make`` (the library's dataclass or this one)."""

    @make(frozen=True, slots=True)
    class Point:
        """A point."""

        x: int
        y: int = 0
        tags: tuple[str, ...] = dataclasses.field(default=(), compare=False)

    return Point


def _behaviour(cls: Any) -> list[object]:
    p = cls(1, 2, ("a",))
    q = dataclasses.replace(p, y=5)
    with pytest.raises(dataclasses.FrozenInstanceError):
        p.x = 3
    return [
        repr(p).split(".")[-1],
        p == cls(1, 2),
        hash(p) == hash(cls(1, 2)),
        (q.x, q.y),
        dataclasses.asdict(p),
        [f.name for f in dataclasses.fields(cls)],
        cls.__match_args__,
        cls.__slots__,
        cls.__init__.__annotations__,
    ]


def test_classes_behave_as_the_librarys(fresh: Path) -> None:
    assert _behaviour(_define(records.dataclass)) == _behaviour(_define(dataclasses.dataclass))


def test_a_later_run_compiles_nothing(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = _behaviour(_define(records.dataclass))
    records.save()
    monkeypatch.setattr(records, "_TABLE", usercache.Table("code", "dataclass-test", 100))

    def no_compiling(*args: object, **kwargs: object) -> None:
        raise AssertionError("compiled although the code was cached")

    monkeypatch.setattr(records, "compile", no_compiling, raising=False)
    assert _behaviour(_define(records.dataclass)) == expected


def test_the_library_is_not_patched() -> None:
    assert dataclasses.dataclass is not records.dataclass
    assert "exec" not in vars(dataclasses)
    assert dataclasses._create_fn.__globals__ is vars(dataclasses)


@records.dataclass(frozen=True, slots=True)
class Pickled:
    """Defined at module level, so that pickle finds it."""

    name: str
    count: int = 0


def test_instances_pickle() -> None:
    value = Pickled("a", 2)
    assert pickle.loads(pickle.dumps(value)) == value


def test_mutable_classes_and_factories(fresh: Path) -> None:
    @records.dataclass
    class Box:
        """A box."""

        items: list[int] = dataclasses.field(default_factory=list)

    a, b = Box(), Box()
    a.items.append(1)
    assert (a.items, b.items) == ([1], [])
    a.items = [2]
    assert a == Box([2])
