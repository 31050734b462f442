"""The progress bar on a terminal, where the report shares its line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pty = pytest.importorskip("pty")  # POSIX


def test_findings_never_share_a_line_with_the_progress_bar(tmp_path: Path) -> None:
    for i in range(40):
        body = "The the cat sat.\n" if i % 2 else "A clean line here.\n"
        (tmp_path / f"f{i:02d}.txt").write_text(body, encoding="utf-8")
    master, slave = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "GITHUB_ACTIONS")}
    env["NO_COLOR"] = "1"
    proc = subprocess.Popen(
        [sys.executable, "-m", "mtlint", "check", "--no-cache", "-j", "1", "--format",
         "concise", "."],
        cwd=tmp_path, stdout=slave, stderr=slave, env=env,
    )  # fmt: skip
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # the other end closed (Linux: EIO)
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    assert proc.wait(60) == 1
    screen = b"".join(chunks).decode()
    assert "] " in screen  # the bar was drawn (40 files on a terminal) ...
    # what the terminal shows of each line: what follows its last carriage return
    shown = [line.split("\r")[-1] for line in screen.replace("\r\n", "\n").split("\n")]
    findings = [line for line in shown if "DU002" in line]
    assert len(findings) == 20
    assert all(line.startswith("f") for line in findings), findings  # not "[###...] 3/40f01"
