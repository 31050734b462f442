"""With the default --jobs, a run on little input starts no worker processes; an explicit
--jobs, or enough input, does. Both give the same report."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from mtlint.checkrun import POOL_MIN_BYTES, SMALL_RUN, RunOptions, in_process
from mtlint.config import Config
from mtlint.files import Target

ZW = "\u200b"
# a CLI run that says, on stderr, whether a pool started (multiprocessing is imported
# only when one does: see mtlint.parallel)
PROBE = (
    "import sys\n"
    "from mtlint.__main__ import main\n"
    "try:\n"
    "    main()\n"
    "finally:\n"
    "    sys.stderr.write(f'POOL={\"multiprocessing\" in sys.modules}')\n"
)


def _files(root: Path, n: int, size: int) -> list[Path]:
    root.mkdir(exist_ok=True)
    paths = []
    for i in range(n):
        line = f"Story {i} began{ZW} here and went on. Leave a Reply\n"
        path = root / f"doc{i:02d}.txt"
        path.write_text(line * max(1, size // len(line)), encoding="utf-8")
        paths.append(path)
    return paths


def _targets(paths: list[Path]) -> list[Target]:
    return [Target(p, p.name, Config()) for p in paths]


def test_the_decision(tmp_path: Path) -> None:
    small = _targets(_files(tmp_path / "small", 10, 2_000))
    big = _targets(_files(tmp_path / "big", 10, POOL_MIN_BYTES // 8))
    auto, chosen = RunOptions(jobs=2, auto_jobs=True), RunOptions(jobs=2)
    assert in_process(small, auto)  # the default --jobs: little input stays in-process
    assert not in_process(small, chosen)  # -j 2 is obeyed
    assert not in_process(big, auto)  # enough input for the workers to pay
    assert in_process(small[: SMALL_RUN - 1], chosen)  # a few files: always in-process
    records = RunOptions(jobs=2, auto_jobs=True, jsonl_field="text")
    assert in_process(small[:1], records)  # one small JSONL file
    assert not in_process(small[:1], RunOptions(jobs=2, jsonl_field="text"))


def _run(args: list[str], cwd: Path) -> tuple[str, bool]:
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, "check", "--no-cache", "--format", "json", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 1, proc.stderr
    assert "POOL=" in proc.stderr, proc.stderr
    return proc.stdout, proc.stderr.rsplit("POOL=", 1)[1].startswith("True")


def test_a_small_run_starts_no_pool_and_reports_the_same(tmp_path: Path) -> None:
    names = [p.name for p in _files(tmp_path, 12, 1_000)]
    auto, auto_pool = _run(names, tmp_path)
    chosen, chosen_pool = _run(["-j", "2", *names], tmp_path)
    assert not auto_pool and chosen_pool
    assert json.loads(auto)["findings"] == json.loads(chosen)["findings"]
    assert len(json.loads(auto)["findings"]) >= 24


def test_enough_input_starts_the_pool(tmp_path: Path) -> None:
    names = [p.name for p in _files(tmp_path, SMALL_RUN, POOL_MIN_BYTES // SMALL_RUN + 100)]
    _, pool = _run(names, tmp_path)
    assert pool
