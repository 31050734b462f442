"""Shared helpers: run the real CLI in a subprocess, locate ../shared."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
_CACHE = Path(tempfile.mkdtemp(prefix="mtlint-test-cache-"))


def pytest_sessionfinish(session, exitstatus) -> None:
    shutil.rmtree(_CACHE, ignore_errors=True)


def run_cli(
    *args: str,
    cwd: Path | None = None,
    stdin: bytes | None = None,
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m mtlint`` for real, as a user would."""
    full_env = {k: v for k, v in os.environ.items() if k != "GITHUB_ACTIONS"}
    full_env.update({"NO_COLOR": "1", "MTLINT_CACHE_DIR": str(_CACHE), **(env or {})})
    proc = subprocess.run(
        [sys.executable, "-m", "mtlint", *args],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        env=full_env,
        timeout=300,
    )
    return subprocess.CompletedProcess(
        proc.args,
        proc.returncode,
        proc.stdout.decode("utf-8", "replace"),
        proc.stderr.decode("utf-8", "replace"),
    )


@pytest.fixture(scope="session")
def cli():
    return run_cli


# VmHWM: the peak of the probe process's own memory. (getrusage's ru_maxrss would also
# count the pytest process it was forked from: Linux keeps that peak across exec.)
_PEAK_PROBE = (
    "import runpy, sys\n"
    "sys.argv = ['mtlint', *sys.argv[1:]]\n"
    "try:\n"
    "    runpy.run_module('mtlint', run_name='__main__')\n"
    "finally:\n"
    "    status = open('/proc/self/status').read()\n"
    "    peak = status.split('VmHWM:')[1].split()[0]\n"
    "    sys.stderr.write(f'PEAK_KIB={peak}')\n"
)


def run_with_peak(*args: str, timeout: int = 600) -> tuple[subprocess.CompletedProcess[str], float]:
    """Run ``mtlint ARGS`` in a process of its own; its result and peak memory in MiB."""
    proc = subprocess.run(
        [sys.executable, "-c", _PEAK_PROBE, *args],
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert "PEAK_KIB=" in proc.stderr, proc.stderr[-2000:]
    return proc, int(proc.stderr.rsplit("PEAK_KIB=", 1)[1]) / 1024


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "corpus" / "seeds").is_dir():
        pytest.skip("../shared is not beside the checkout")
    return SHARED


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A fresh user cache; the memoised tables (unigrams, language model) are dropped
    before and after."""
    from mtlint import lexicon
    from mtlint.rules.untranslated import _langid

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    lexicon.unigrams.cache_clear()
    _langid._identifier.cache_clear()
    yield tmp_path / "cache"
    lexicon.unigrams.cache_clear()
    _langid._identifier.cache_clear()
