"""Find the files to lint: explicit paths, directories (recursive), ``-`` for stdin.

Directories honour ``include`` globs, ``.gitignore`` files and the ``exclude`` setting;
a file named explicitly is linted whatever its suffix (as ruff and yamllint do), unless
``exclude`` matches it, so that pre-commit's file lists respect the config.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from mtlint.config import Config, ConfigResolver
from mtlint.errors import MtlintError
from mtlint.gitignore import BAD_PATTERN, GitIgnores, invalid_pattern, pattern_spec
from mtlint.model import Hit
from mtlint.records import dataclass
from mtlint.shown import printable

if TYPE_CHECKING:  # imported by the first spec: a run on named files often needs none
    import pathspec

ALWAYS_SKIPPED = frozenset(
    {
        ".git",
        ".hg",
        ".svn",
        ".venv",
        "venv",
        "node_modules",
        "__pycache__",
        ".tox",
        ".nox",
        ".mypy_cache",
        ".pytest_cache",
        ".ruff_cache",
        "site-packages",
        ".mtlint_cache",
    }
)


@dataclass(frozen=True, slots=True)  # one per file: a corpus run holds thousands
class Target:
    """One thing to lint (a file, stdin or a JSONL record) with the config that governs it."""

    path: Path | None  # None for stdin and in-memory records
    display: str
    config: Config
    data: bytes | None = None  # in-memory content (a JSONL record)
    record: str | None = None  # the record id, for JSONL corpora
    extra: tuple[tuple[str, Hit], ...] = ()  # hits from LanguageTool, by rule code
    grammar: bool = False  # LanguageTool checked this target (its rules count as run)
    problem: str | None = None  # why it cannot be linted: a bad JSONL record, an input error
    # the file whose name per-file settings match when ``path`` is None: stdin's
    # --stdin-filename, a record's JSON Lines file
    source: Path | None = None
    line: int | None = None  # a JSON Lines record's line in its file (a bad one's too)


def _config_spec(config: Config, key: str, patterns: tuple[str, ...]) -> pathspec.GitIgnoreSpec:
    """The spec of a config's ``exclude`` or ``include``; a bad pattern is a config
    error that names the file and the pattern."""
    try:
        return pattern_spec(patterns)
    except BAD_PATTERN:
        bad = invalid_pattern(patterns)
        where = config.source or "command line"
        raise MtlintError(f"{where}: {key}: invalid pattern {bad!r}") from None


def _relative(path: Path, config: Config) -> str:
    """The path as ``exclude`` patterns see it: relative to the config's root."""
    try:
        return path.resolve().relative_to(config.root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def _excluded(path: Path, config: Config, is_dir: bool = False, rel: str | None = None) -> bool:
    """``rel`` is ``_relative(path, config)`` when the caller knows it already."""
    if not config.exclude:
        return False
    rel = _relative(path, config) if rel is None else rel
    return _config_spec(config, "exclude", config.exclude).match_file(rel + ("/" if is_dir else ""))


def _included(path: Path, config: Config) -> bool:
    return _config_spec(config, "include", config.include).match_file(path.name)


def _walk(root: Path, resolver: ConfigResolver, gitignores: GitIgnores) -> Iterator[Target]:
    for dirpath, dirnames, filenames in os.walk(root):
        current = Path(dirpath)
        config = resolver.for_path(current)
        keep = []
        for d in sorted(dirnames):
            sub = current / d
            if d in ALWAYS_SKIPPED or _excluded(sub, config, True):
                continue
            if config.respect_gitignore and gitignores.ignored(sub, True):
                continue
            keep.append(d)
        dirnames[:] = keep
        real: Path | None = None  # the directory resolved, once for all its files
        shown = _display(current).rstrip("/")
        # the directory as exclude patterns see it, once for all its files
        base = _relative(current, config).rstrip("/") if config.exclude else ""
        for name in sorted(filenames):
            path = current / name
            if not _included(path, config):
                continue
            # A link resolves elsewhere: only other files are known to sit in the
            # directory that ``base`` and ``real`` stand for.
            link = (config.exclude or config.respect_gitignore) and path.is_symlink()
            if config.exclude:
                rel = None if link else name if base == "." else f"{base}/{name}"
                if _excluded(path, config, False, rel):
                    continue
            if config.respect_gitignore:
                real = real or current.resolve()
                if gitignores.ignored(path, False, None if link else real / name):
                    continue
            if _special(path):
                continue
            label = printable(name)
            yield Target(path, label if shown == "." else f"{shown}/{label}", config)


def _special(path: Path) -> bool:
    """Whether a walk's file is a FIFO, socket or device: reading one would block or
    never end (a named one is read: ``<(cmd)`` is a pipe). What cannot be stat'ed is
    kept, to be reported when it is read."""
    try:
        return not stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return False


def _pipe(path: Path) -> bytes | None:
    """A named pipe's bytes (``<(cmd)``), read once: a run reads its inputs twice (the
    collect pass, then the lint pass), and a pipe is empty the second time."""
    if not _special(path):
        return None
    try:
        return path.read_bytes()
    except OSError as exc:
        raise MtlintError(f"{printable(str(path))}: cannot read: {exc.strerror or exc}") from None


class _IncludeOverride(ConfigResolver):
    def __init__(self, inner: ConfigResolver, include: tuple[str, ...]) -> None:
        self.inner = inner
        self.include = include

    def for_path(self, path: Path) -> Config:
        return replace(self.inner.for_path(path), include=self.include)


def _display(path: Path) -> str:
    """The path as the user knows it: relative to the working directory when inside it;
    symbolic links are not followed (the link is what the user named)."""
    absolute = Path(os.path.abspath(path))  # noqa: PTH100 - resolve() would follow links
    try:
        return printable(absolute.relative_to(Path.cwd()).as_posix())
    except ValueError:
        return printable(path.as_posix())


def _stdin() -> bytes:
    """Stdin's bytes, read once: a run reads each target twice (the corpus pass first),
    and ``--fix`` writes the text back out."""
    if sys.stdin is None:
        raise MtlintError("-: stdin is closed")
    try:
        return sys.stdin.buffer.read()
    except OSError as exc:
        raise MtlintError(f"-: cannot read stdin: {exc.strerror or exc}") from None


def discover(
    paths: list[str],
    resolver: ConfigResolver,
    stdin_filename: str | None = None,
    include: tuple[str, ...] | None = None,
) -> Iterator[Target]:
    """Yield targets in a stable order; a missing path or an empty directory is an error.

    ``include`` overrides the configs' include globs (``*.jsonl`` for JSON Lines corpora).
    """
    if include is not None:
        resolver = _IncludeOverride(resolver, include)
    gitignores = GitIgnores()
    seen: set[tuple[int, int]] = set()
    stdin_read = False
    for raw in paths:
        if raw == "-":
            # named twice, stdin is linted once (as a file named twice is): a second read
            # gets nothing, and an empty document was reported and counted
            if stdin_read:
                continue
            stdin_read = True
            name = stdin_filename or "<stdin>"
            config = resolver.for_path(Path(name).parent if stdin_filename else Path.cwd())
            source = Path(stdin_filename) if stdin_filename else None
            data = _stdin()  # read all the same: the writer must not get a broken pipe
            if source is None or not _excluded(source, config):  # as a named file is
                yield Target(None, printable(name), config, data=data, source=source)
            continue
        if not raw:  # Path("") is the current directory: a script's empty variable
            raise MtlintError("'': no such file or directory")
        path = Path(raw)
        if not path.exists():
            raise MtlintError(f"{printable(raw)}: no such file or directory")
        if path.is_dir():
            count = 0
            for target in _walk(path, resolver, gitignores):
                count += 1
                if target.path is None or _first_time(target.path, seen):
                    yield target
            if count == 0:
                config = resolver.for_path(path)
                shown, globs = printable(raw), ", ".join(config.include)
                raise MtlintError(f"{shown}: no files to lint (include: {globs})")
        else:
            config = resolver.for_path(path)
            if not _excluded(path, config) and _first_time(path, seen):
                yield Target(path, _display(path), config, data=_pipe(path))


def _first_time(path: Path, seen: set[tuple[int, int]]) -> bool:
    """Whether a run meets this file for the first time: a file named twice, or reached
    again through a link or another argument (``. a.txt``), is linted once. Twice, it was
    reported twice and counted twice by the corpus rules, which turned a one-off name
    spelling into a house style (and an info into a warning)."""
    try:
        st = path.stat()
    except OSError:
        return True  # reading it will say what is wrong
    key = (st.st_dev, st.st_ino)
    if key in seen:
        return False
    seen.add(key)
    return True
