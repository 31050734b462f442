"""Nothing lost: a report never replaces an input, a device, a pipe or a link, a
read-only or hard-linked file is not fixed, and an empty path argument is no directory."""

from __future__ import annotations

import codecs
import json
import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

DIRTY = "Hello  world.\n"


@pytest.mark.parametrize("option", ["--output-file", "--write-baseline"])
def test_a_report_path_that_is_an_input_is_refused(cli, tmp_path: Path, option: str) -> None:
    (tmp_path / "a.txt").write_text(DIRTY)
    (tmp_path / "b.txt").write_text(DIRTY)
    (tmp_path / "link.txt").symlink_to("b.txt")
    for target, args in (("a.txt", ["a.txt"]), ("link.txt", ["."]), ("b.txt", ["link.txt"])):
        r = cli("check", "--no-cache", option, target, *args, cwd=tmp_path)
        assert r.returncode == 2, (target, args, r.stdout, r.stderr)
        assert r.stderr.strip().splitlines() == [
            f"mtlint: error: {target}: is an input of this run; writing to it would replace it"
        ]
    assert (tmp_path / "a.txt").read_text() == DIRTY
    assert (tmp_path / "b.txt").read_text() == DIRTY


def test_a_report_path_beside_the_inputs_is_written(cli, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(DIRTY)
    (tmp_path / "report.json").write_text("old")  # an earlier report: replaced
    r = cli(
        "check",
        "--no-cache",
        "--format",
        "json",
        "--output-file",
        "report.json",
        "a.txt",
        cwd=tmp_path,
    )
    assert r.returncode == 1, r.stderr
    report = json.loads((tmp_path / "report.json").read_text())
    assert [f["code"] for f in report["findings"]] == ["SP001"]


def test_a_hard_linked_file_is_reported_not_split(cli, tmp_path: Path) -> None:
    """The atomic rename would give one name the fixed text and leave the other name
    (a deduplicated tree, a backup) the old one."""
    (tmp_path / "a.txt").write_text(DIRTY)
    (tmp_path / "other.txt").hardlink_to(tmp_path / "a.txt")
    r = cli("check", "--no-cache", "--fix", "a.txt", cwd=tmp_path)
    assert (tmp_path / "a.txt").stat().st_ino == (tmp_path / "other.txt").stat().st_ino
    assert (tmp_path / "a.txt").read_text() == DIRTY
    assert "mtlint: skipped a.txt: cannot write the fixes: it has 2 hard links" in r.stderr
    assert r.returncode == 1 and "a.txt:1:6: SP001" in r.stdout


def test_a_read_only_file_is_reported_not_fixed(cli, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(DIRTY)
    path.chmod(0o444)  # no write bit: even root is told, and the file stays
    (tmp_path / "b.txt").write_text(DIRTY)
    r = cli("check", "--no-cache", "--fix", "a.txt", "b.txt", cwd=tmp_path)
    assert path.read_text() == DIRTY and (path.stat().st_mode & 0o777) == 0o444
    assert (tmp_path / "b.txt").read_text() == "Hello world.\n"  # the run went on
    assert "mtlint: skipped a.txt: cannot write the fixes: read-only file" in r.stderr
    assert "a.txt:1:6: SP001" in r.stdout  # still reported, as found
    assert "All clean" not in r.stdout and "in 2 files" in r.stdout
    assert r.returncode == 1


def test_an_empty_path_is_no_directory(cli, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(DIRTY)
    r = cli("check", "--no-cache", "", cwd=tmp_path)
    assert r.returncode == 2
    assert r.stderr.strip().splitlines() == ["mtlint: error: '': no such file or directory"]


@pytest.mark.parametrize("option", ["--output-file", "--write-baseline"])
def test_a_named_pipe_as_report_path_is_written_not_replaced(
    cli, tmp_path: Path, option: str
) -> None:
    # ``--output-file >(jq ...)`` or a FIFO: renaming over it put a file in its place
    # (and, run as root, ``--output-file /dev/null`` replaced the null device).
    (tmp_path / "a.txt").write_text(DIRTY)
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    r = cli("check", "--no-cache", "--format", "json", option, "out.fifo", "a.txt", cwd=tmp_path)
    reader.join(30)
    assert r.returncode in (0, 1), r.stderr
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert got and b"a.txt" in got[0]


def test_a_symlinked_report_path_stays_a_link(cli, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(DIRTY)
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "r.json").write_text("old")
    (tmp_path / "latest.json").symlink_to("reports/r.json")
    r = cli("check", "--no-cache", "--format", "json", "--output-file", "latest.json", "a.txt",
            cwd=tmp_path)  # fmt: skip
    assert r.returncode == 1, r.stderr
    assert (tmp_path / "latest.json").is_symlink()
    report = json.loads((tmp_path / "reports" / "r.json").read_text())
    assert [f["code"] for f in report["findings"]] == ["SP001"]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (Linux)")
def test_a_full_disk_is_a_one_line_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(DIRTY)
    with Path("/dev/full").open("w") as full:
        r = subprocess.run(
            [sys.executable, "-m", "mtlint", "check", "--no-cache", "a.txt"],
            cwd=tmp_path, stdout=full, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
    assert (r.returncode, r.stderr) == (2, "mtlint: error: No space left on device\n")


def test_fix_never_puts_a_file_in_place_of_a_named_pipe(cli, tmp_path: Path) -> None:
    fifo = tmp_path / "in.fifo"
    os.mkfifo(fifo)
    writer = threading.Thread(target=lambda: fifo.write_text(DIRTY), daemon=True)
    writer.start()
    r = cli("check", "--no-cache", "--fix", "in.fifo", cwd=tmp_path)
    writer.join(30)
    assert r.returncode == 1 and "SP001" in r.stdout
    assert r.stderr == (
        "mtlint: skipped in.fifo: cannot write the fixes: not a regular file (a pipe or a device)\n"
    )
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


@pytest.mark.parametrize(
    ("bom", "encoding"),
    [(b"", "utf-8"), (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
     (codecs.BOM_UTF16_BE, "utf-16-be"), (codecs.BOM_UTF32_LE, "utf-32-le")],
)  # fmt: skip
def test_fix_rewrites_every_encoding_it_reads(
    cli, tmp_path: Path, bom: bytes, encoding: str
) -> None:
    # the fix first checks that the file still holds the text it read, re-encoded
    p = tmp_path / "a.txt"
    p.write_bytes(bom + "Hello  world.\r\nÉté.\r\n".encode(encoding))
    r = cli("check", "--no-cache", "--fix", "a.txt", cwd=tmp_path)
    assert r.returncode == 0 and r.stderr == "", r.stdout + r.stderr
    assert p.read_bytes() == bom + "Hello world.\r\nÉté.\r\n".encode(encoding)


def test_a_file_changed_while_being_linted_is_not_fixed(tmp_path: Path) -> None:
    from mtlint.config import ConfigResolver
    from mtlint.files import discover
    from mtlint.runner import FixOptions, lint_target

    p = tmp_path / "a.txt"
    p.write_text("Hello  there, saved by the editor just now.\n")
    [target] = discover([str(p)], ConfigResolver())
    result, _ = lint_target(target, FixOptions(enabled=True), data=DIRTY.encode())
    assert result.skipped == "cannot write the fixes: it changed while being linted; run again"
    assert [f.code for f in result.findings] == ["SP001"]
    assert p.read_text() == "Hello  there, saved by the editor just now.\n"
    assert [x.name for x in tmp_path.iterdir()] == ["a.txt"]


def test_fix_keeps_extended_attributes(cli, tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text(DIRTY)
    try:
        os.setxattr(p, "user.mtlint.test", b"tagged")
    except (AttributeError, OSError):
        pytest.skip("no user extended attributes here")
    r = cli("check", "--no-cache", "--fix", "a.txt", cwd=tmp_path)
    assert r.returncode == 0 and p.read_text() == "Hello world.\n", r.stdout + r.stderr
    assert os.getxattr(p, "user.mtlint.test") == b"tagged"  # the rename used to drop it
