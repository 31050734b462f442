"""``.gitignore`` patterns and files, as git reads them: specs compiled once per pattern
list, and the ``.gitignore`` files of a repository applied from its top down."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported by the first spec: a run on named files often needs none
    import pathspec

# pathspec's GitIgnorePatternError (a lone "!"), and re.error for a bad range "[z-a]"
BAD_PATTERN = (ValueError, re.error)


@lru_cache(maxsize=64)
def pattern_spec(patterns: tuple[str, ...]) -> pathspec.GitIgnoreSpec:
    """Compiled once per pattern list: a walk asks about every file with the same one."""
    import pathspec

    return pathspec.GitIgnoreSpec.from_lines(patterns)


def lenient_spec(lines: tuple[str, ...]) -> pathspec.GitIgnoreSpec:
    """A ``.gitignore``'s spec; as git does, a line that is no valid pattern (a lone
    ``!``) is ignored rather than ending the run."""
    try:
        return pattern_spec(lines)
    except BAD_PATTERN:
        return pattern_spec(tuple(line for line in lines if valid((line,))))


def valid(patterns: tuple[str, ...]) -> bool:
    try:
        pattern_spec(patterns)
    except BAD_PATTERN:
        return False
    return True


def invalid_pattern(patterns: tuple[str, ...]) -> str | None:
    """The first pattern of a list that is no valid gitignore pattern; None: all are."""
    if valid(patterns):
        return None
    return next((p for p in patterns if not valid((p,))), patterns[0])


class GitIgnores:
    """``.gitignore`` specs by directory, applied from the repository root down."""

    def __init__(self) -> None:
        self._specs: dict[Path, pathspec.GitIgnoreSpec | None] = {}
        self._chains: dict[Path, list[tuple[Path, pathspec.GitIgnoreSpec]]] = {}
        self._tops: dict[Path, bool] = {}  # directory -> whether a repository starts there

    def _load(self, directory: Path) -> pathspec.GitIgnoreSpec | None:
        if directory not in self._specs:
            gi = directory / ".gitignore"
            spec = None
            if gi.is_file():
                try:
                    lines = gi.read_text(encoding="utf-8", errors="replace").splitlines()
                    spec = lenient_spec(tuple(lines))
                except OSError:
                    spec = None
            self._specs[directory] = spec
        return self._specs[directory]

    def _chain(self, directory: Path) -> list[tuple[Path, pathspec.GitIgnoreSpec]]:
        """The specs that apply inside a (resolved) directory, from the root down; the
        files of one directory share it. As in git, a repository's files see no
        ``.gitignore`` above its top (the deepest directory with a ``.git``, a file in a
        worktree or submodule); outside any repository every one above applies."""
        chain = self._chains.get(directory)
        if chain is None:
            above = (*reversed(directory.parents), directory)
            tops = [i for i, parent in enumerate(above) if self._is_top(parent)]
            chain = self._chains[directory] = [
                (parent, spec)
                for parent in above[tops[-1] if tops else 0 :]
                if (spec := self._load(parent)) is not None
            ]
        return chain

    def _is_top(self, directory: Path) -> bool:
        top = self._tops.get(directory)
        if top is None:
            top = self._tops[directory] = (directory / ".git").exists()
        return top

    def ignored(self, path: Path, is_dir: bool, resolved: Path | None = None) -> bool:
        """As git decides: the deepest ``.gitignore`` with a pattern for the path wins, so
        that a negation (``!keep.txt``) below overrides an ignore above. ``resolved`` is
        ``path.resolve()`` when the caller knows it already."""
        path = resolved if resolved is not None else path.resolve()
        chain = self._chain(path.parent) if path.parent != path else []
        for parent, spec in reversed(chain):
            rel = path.relative_to(parent).as_posix() + ("/" if is_dir else "")
            own = spec.check_file(rel)
            if own.include is None:
                continue  # no pattern here: a shallower file decides
            if not own.include:
                return False  # negated here
            up = path.parent
            # A match inherited from a directory we already chose to enter (a path
            # named on the command line) does not count: only the entry's own does.
            if up == parent:
                return True
            inherited = spec.check_file(up.relative_to(parent).as_posix() + "/")
            if not (inherited.include and inherited.index == own.index):
                return True
        return False
