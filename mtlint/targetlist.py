"""The run's targets, held compactly: a corpus run walks the list twice (the collect pass
and the lint pass), so it is kept for the whole run."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import overload

from mtlint.config import Config
from mtlint.files import Target


class TargetList(Sequence[Target]):
    """The targets in order. A plain file is kept as its path string, where its display
    name starts in that string, and its config, in three lists, and made into a
    ``Target`` again each time the list is read: about 130 bytes a file (under 30 when
    the command line named it) instead of 600 for a ``Target`` and its ``Path`` (a
    million-file corpus would otherwise hold 600 MB of them). Stdin and in-memory
    records are kept as they are.

    The display name is most often the path itself or its tail (the path relative to the
    working directory): it is then kept as the offset where it starts, a small int that
    every entry shares, instead of a second string. ``names`` are strings to keep instead
    of equal path strings: the file names of the command line, which ``sys.argv`` holds
    for the whole run anyway.
    """

    def __init__(self, targets: Iterable[Target], names: Iterable[str] = ()) -> None:
        same = {name: name for name in names}
        self._paths: list[str | Target] = []  # a plain file's path, or the target itself
        self._shown: list[int | str] = []  # where the display name starts, or the name
        self._configs: list[Config | None] = []
        for target in targets:
            if _plain(target):
                path, display = str(target.path), target.display
                start = len(path) - len(display)
                self._paths.append(same.get(path, path))
                self._shown.append(start if start >= 0 and path.endswith(display) else display)
                self._configs.append(target.config)
            else:
                self._paths.append(target)
                self._shown.append(0)
                self._configs.append(None)

    def __len__(self) -> int:
        return len(self._paths)

    @overload
    def __getitem__(self, index: int) -> Target: ...

    @overload
    def __getitem__(self, index: slice) -> list[Target]: ...

    def __getitem__(self, index: int | slice) -> Target | list[Target]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        return _expand(self._paths[index], self._shown[index], self._configs[index])

    def __iter__(self) -> Iterator[Target]:
        return map(_expand, self._paths, self._shown, self._configs)


def _plain(target: Target) -> bool:
    """A file on disk with nothing attached: all it needs is its path and config."""
    return (
        target.path is not None
        and target.data is None
        and target.record is None
        and not target.extra
        and not target.grammar
    )


def _expand(path: str | Target, shown: int | str, config: Config | None) -> Target:
    if isinstance(path, Target):
        return path
    assert config is not None
    return Target(Path(path), path[shown:] if isinstance(shown, int) else shown, config)
