"""The run's targets, held compactly: a corpus run walks the list twice (the collect pass
and the lint pass), so it is kept for the whole run."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import overload

from mtlint.config import Config
from mtlint.files import Target

# A plain file: its path, its display name when that differs, and its config.
_Plain = tuple[str, str | None, Config]


class TargetList(Sequence[Target]):
    """The targets in order. A plain file is kept as its path string and a reference to
    its config, and made into a ``Target`` again each time the list is read: about 150
    bytes a file instead of 600 for a ``Target`` and its ``Path`` (a million-file corpus
    would otherwise hold 600 MB of them). Stdin and in-memory records are kept as they
    are."""

    def __init__(self, targets: Iterable[Target]) -> None:
        self._items: list[Target | _Plain] = [_compact(t) for t in targets]

    def __len__(self) -> int:
        return len(self._items)

    @overload
    def __getitem__(self, index: int) -> Target: ...

    @overload
    def __getitem__(self, index: slice) -> list[Target]: ...

    def __getitem__(self, index: int | slice) -> Target | list[Target]:
        if isinstance(index, slice):
            return [_expand(item) for item in self._items[index]]
        return _expand(self._items[index])

    def __iter__(self) -> Iterator[Target]:
        return map(_expand, self._items)


def _compact(target: Target) -> Target | _Plain:
    if target.path is None or target.data is not None or target.record is not None:
        return target
    if target.extra or target.grammar:
        return target
    path = str(target.path)
    return path, None if target.display == path else target.display, target.config


def _expand(item: Target | _Plain) -> Target:
    if isinstance(item, Target):
        return item
    path, display, config = item
    return Target(Path(path), path if display is None else display, config)
