"""The other ways to get LanguageTool: a warm server, and language-tool-python's LTP_PATH."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from mtlint.document import Document
from mtlint.grammar import GrammarChecker

pytestmark = pytest.mark.languagetool


def lt_cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    code = "from mtlint.grammar.cli import app; app()"
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        timeout=300,
        check=False,
    )


def test_warm_server_is_started_reused_and_stopped(
    lt_install: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = {"XDG_CACHE_HOME": str(tmp_path), "MTLINT_LT_HOME": str(lt_install.parent)}
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    assert lt_cli("status", "-q", env=env).returncode == 1
    started = lt_cli("start", env=env)
    try:
        assert started.returncode == 0, started.stderr
        assert started.stdout.startswith("LanguageTool 6.8 running at http://127.0.0.1:")
        assert lt_cli("status", env=env).returncode == 0
        assert "already running" in lt_cli("start", env=env).stdout
        with GrammarChecker.start({"cache": False}) as checker:
            assert checker.backend.source == "warm"
            hits = checker.check([Document("He go home.", "w.txt")])["w.txt"]
            assert len(hits) == 1
        assert lt_cli("status", "-q", env=env).returncode == 0  # closing did not stop it
    finally:
        stopped = lt_cli("stop", env=env)
    assert stopped.stdout.strip() == "LanguageTool stopped"
    assert lt_cli("status", "-q", env=env).returncode == 1
    assert lt_cli("stop", env=env).stdout.strip() == "LanguageTool was not running"


def test_language_tool_python_runs_the_provisioned_ltp_path_layout(
    lt_install: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("language_tool_python")
    monkeypatch.setenv("MTLINT_LT_HOME", str(tmp_path / "not-provisioned"))
    monkeypatch.setenv("LTP_PATH", str(lt_install.parent))  # holds LanguageTool-6.8/
    with GrammarChecker.start({"cache": False, "download": False}) as checker:
        assert checker.backend.source == "language-tool-python"
        assert checker.version.startswith("6.8+")
        doc = Document("😀 He go home.", "ltp.txt")
        [hit] = checker.check([doc])["ltp.txt"]
        assert doc.text[hit.span.start : hit.span.end] == "go"
