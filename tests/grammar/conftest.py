"""A real LanguageTool for the grammar tests, started once per session.

Without a provisioned LanguageTool (scripts/provision-languagetool) or Java the
``languagetool`` tests skip, except under ``MTLINT_REQUIRE_LT=1`` (CI), where they fail.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from mtlint.grammar.checker import GrammarChecker
from mtlint.grammar.provision import find_install, java_executable


def _missing() -> str | None:
    if find_install() is None:
        return "LanguageTool is not provisioned (run scripts/provision-languagetool)"
    if java_executable() is None:
        return "Java is not installed"
    return None


@pytest.fixture(scope="session")
def lt_install(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The provisioned install; the session's caches and state file go to a temp dir."""
    reason = _missing()
    if reason is not None:
        if os.environ.get("MTLINT_REQUIRE_LT") == "1":
            pytest.fail(f"MTLINT_REQUIRE_LT=1 but {reason}")
        pytest.skip(reason)
    install = find_install()
    assert install is not None
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("MTLINT_LT_HOME", str(install.parent))
        mp.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("xdg-cache")))
        mp.delenv("MTLINT_GRAMMAR_CACHE", raising=False)
        yield install


@pytest.fixture(scope="session")
def checker(lt_install: Path) -> Iterator[GrammarChecker]:
    """One server for the session, no result cache (each test sees real requests)."""
    c = GrammarChecker.start({"cache": False})
    yield c
    c.close()
