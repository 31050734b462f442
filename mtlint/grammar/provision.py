"""Where a LanguageTool provisioned by ``scripts/provision-languagetool`` lives, and Java."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from mtlint.grammar.settings import cache_home

PINNED_VERSION = "6.8"  # keep in sync with scripts/provision-languagetool
MARKER = ".mtlint-complete"


def lt_home(version: str = PINNED_VERSION) -> Path:
    """``$MTLINT_LT_HOME``, else the per-user cache directory of the pinned version."""
    env = os.environ.get("MTLINT_LT_HOME")
    return Path(env).expanduser() if env else cache_home() / "languagetool" / version


def find_install(version: str = PINNED_VERSION) -> Path | None:
    """The provisioned ``LanguageTool-<version>`` directory, if complete."""
    home = lt_home(version)
    for candidate in (home / f"LanguageTool-{version}", home):
        if (candidate / MARKER).is_file() and (candidate / "libs").is_dir():
            return candidate
    return None


def classpath(install: Path) -> str:
    """Every jar of the install (Java expands the ``*``)."""
    return str(install / "libs" / "*")


def java_executable() -> str | None:
    """``$JAVA_HOME/bin/java`` if it exists, else ``java`` on PATH."""
    java_home = os.environ.get("JAVA_HOME")
    if java_home:
        candidate = Path(java_home) / "bin" / "java"
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    return shutil.which("java")
