"""mtlint: a linter for machine-translated and scraped text.

The pure API: ``lint_text`` for a string, ``lint_paths`` for files and directories.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

__version__ = "0.1.0"

from mtlint.model import Category, Finding, Severity


def lint_text(text: str, path: str = "<text>", config_path: Path | None = None) -> list[Finding]:
    """Lint a string; ``path`` decides the markup (``.md`` is Markdown)."""
    from mtlint.config import Config, load_config
    from mtlint.engine import lint_text as _lint

    config = load_config(config_path) if config_path else Config()
    return _lint(text, path, config)


def lint_paths(paths: Sequence[str | Path], config_path: Path | None = None) -> Iterator[object]:
    """Yield a ``FileResult`` per file found under ``paths``, with configs discovered."""
    from mtlint.config import ConfigResolver
    from mtlint.corpus import clear
    from mtlint.corpus_pass import collect
    from mtlint.files import discover
    from mtlint.runner import lint_target

    resolver = ConfigResolver(config_path)
    targets = list(discover([str(p) for p in paths], resolver))
    collect(targets)  # names and other corpus knowledge span all the files
    try:
        for target in targets:
            yield lint_target(target)[0]
    finally:
        clear()  # the run's indexes must not leak into later calls


__all__ = ["Category", "Finding", "Severity", "__version__", "lint_paths", "lint_text"]
