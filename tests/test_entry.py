"""The ``mtlint`` entry point: the collector is off while starting and back on for the
run; Ctrl-C while starting exits quietly."""

from __future__ import annotations

import gc
import importlib.abc
import subprocess
import sys
from pathlib import Path

import pytest

import mtlint.__main__ as entry
from mtlint import checkrun


def test_the_run_turns_the_collector_back_on(tmp_path: Path) -> None:
    doc = tmp_path / "doc.txt"
    doc.write_text("See also: the other story.\n", encoding="utf-8")
    probe = (
        "import gc, sys\n"
        "from mtlint import checkrun\n"
        "real = checkrun.run_check\n"
        "def run_check(*a, **k):\n"
        "    sys.stderr.write(f'before={gc.isenabled()}\\n')\n"
        "    try:\n"
        "        return real(*a, **k)\n"
        "    finally:\n"
        "        frozen = gc.get_freeze_count() > 0\n"
        "        sys.stderr.write(f'after={gc.isenabled()} frozen={frozen}\\n')\n"
        "import mtlint.cli\n"
        "mtlint.cli.run_check = run_check\n"
        "from mtlint.__main__ import main\n"
        "main()\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", probe, "check", "--no-cache", str(doc)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert "before=False" in proc.stderr, proc.stderr
    assert "after=True frozen=True" in proc.stderr, proc.stderr
    assert proc.returncode == 1  # the finding was reported: the run itself went on


def test_a_library_caller_keeps_its_collector(tmp_path: Path) -> None:
    """run_check called with the collector on (not from the CLI) freezes nothing."""
    from mtlint.config import Config
    from mtlint.files import Target

    doc = tmp_path / "doc.txt"
    doc.write_text("A clean sentence.\n", encoding="utf-8")
    frozen = gc.get_freeze_count()
    out, err = _Sink(), _Sink()
    checkrun.run_check([Target(doc, "doc.txt", Config())], checkrun.RunOptions(), out, err)
    assert gc.isenabled()
    assert gc.get_freeze_count() <= frozen  # frozen objects may die, none are added


class _Sink:
    def write(self, text: str) -> int:
        return len(text)

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return False


class _Interrupt(importlib.abc.MetaPathFinder):
    def find_spec(self, name: str, path: object = None, target: object = None) -> None:
        if name == "mtlint.cli":
            raise KeyboardInterrupt


def test_ctrl_c_while_starting_exits_quietly(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delitem(sys.modules, "mtlint.cli", raising=False)
    monkeypatch.setattr(sys, "meta_path", [_Interrupt(), *sys.meta_path])
    try:
        with pytest.raises(SystemExit) as exc:
            entry.main()
    finally:
        gc.enable()
    assert exc.value.code == 130
    assert capsys.readouterr().err == "mtlint: interrupted\n"
