"""Whole-file replacement: the target changes in one step or not at all."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from mtlint import atomic


def test_replacing_swaps_in_the_new_contents(tmp_path: Path) -> None:
    target = tmp_path / "t.bin"
    target.write_bytes(b"old")
    with atomic.replacing(target) as fh:
        fh.write(b"new")
        assert target.read_bytes() == b"old"  # nothing visible before the rename
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["t.bin"]


def test_an_error_leaves_the_target_and_no_stray_file(tmp_path: Path) -> None:
    target = tmp_path / "t.bin"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic.replacing(target) as fh:
        fh.write(b"half")
        raise RuntimeError
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["t.bin"]


def test_a_leftover_temporary_name_is_skipped_not_reused(tmp_path: Path) -> None:
    target = tmp_path / "t.bin"
    fd, first = atomic.new_sibling(target)
    os.close(fd)
    first.write_bytes(b"someone else's")
    fd, second = atomic.new_sibling(target)
    os.close(fd)
    assert second != first
    assert first.read_bytes() == b"someone else's"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_mode_is_filtered_by_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        with atomic.replacing(tmp_path / "shared", mode=0o666) as fh:
            fh.write(b"x")
        with atomic.replacing(tmp_path / "private") as fh:
            fh.write(b"x")
    finally:
        os.umask(old)
    assert (tmp_path / "shared").stat().st_mode & 0o777 == 0o644
    assert (tmp_path / "private").stat().st_mode & 0o777 == 0o600


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_a_report_file_gets_the_usual_permissions(tmp_path: Path) -> None:
    doc = tmp_path / "doc.txt"
    doc.write_text("See also: the other story.\n", encoding="utf-8")
    report = tmp_path / "report.json"
    code = "import os, sys; os.umask(0o022); from mtlint.cli import main; sys.exit(main())"
    args = ["check", "--no-cache", "--format", "json", "--output-file", str(report), str(doc)]
    subprocess.run([sys.executable, "-c", code, *args], timeout=300, check=False)
    assert report.stat().st_mode & 0o777 == 0o644
    assert sorted(p.name for p in tmp_path.iterdir()) == ["doc.txt", "report.json"]
