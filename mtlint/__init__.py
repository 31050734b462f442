"""mtlint: a linter for machine-translated and scraped text.

The pure API: ``lint_text`` for a string, ``lint_paths`` for files and directories.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

__version__ = "0.1.0"

from mtlint.model import Category, Finding, Severity

PathArg = str | os.PathLike[str]


def lint_text(text: str, path: str = "<text>", config_path: PathArg | None = None) -> list[Finding]:
    """Lint a string; ``path`` decides the markup (``.md`` is Markdown)."""
    from mtlint.config import Config, load_config
    from mtlint.engine import lint_text as _lint

    config = load_config(Path(config_path)) if config_path else Config()
    return _lint(text, path, config)


def lint_paths(
    paths: PathArg | Iterable[PathArg], config_path: PathArg | None = None
) -> Iterator[object]:
    """Yield a ``FileResult`` per file found under ``paths`` (one path, or several), with
    configs discovered. A lone string is one path, not a sequence of one-letter ones.

    The run's corpus indexes live in a context of its own: calls in other threads, or
    another ``lint_paths`` iterated alongside, neither see nor disturb them."""
    from contextvars import copy_context

    from mtlint.config import ConfigResolver
    from mtlint.corpus_pass import collect
    from mtlint.files import discover
    from mtlint.runner import lint_target

    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    resolver = ConfigResolver(Path(config_path) if config_path else None)
    targets = list(discover([os.fspath(p) for p in paths], resolver))
    run = copy_context()  # what the run publishes stays in it: nothing leaks out
    run.run(collect, targets)  # clears, then learns the names and such of all the files
    for target in targets:
        yield run.run(lint_target, target)[0]


__all__ = ["Category", "Finding", "Severity", "__version__", "lint_paths", "lint_text"]
