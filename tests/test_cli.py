"""The real CLI, run as a subprocess: exit codes, formats, inputs, config, fixes."""

from __future__ import annotations

import codecs
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

ZW = "\u200b"
DIRTY = f"The talks ended{ZW}.\n\nLeave a Reply\n"
CLEAN = "The talks ended on Friday.\n"


def make(tmp: Path, name: str, content: str | bytes) -> Path:
    p = tmp / name
    p.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        p.write_bytes(content)
    else:
        p.write_text(content, encoding="utf-8")
    return p


def test_text_output_format_and_exit_1(cli, tmp_path: Path) -> None:
    make(tmp_path, "a.txt", DIRTY)
    r = cli("check", "a.txt", cwd=tmp_path)
    assert r.returncode == 1, r.stderr
    lines = r.stdout.splitlines()
    assert (
        lines[0]
        == "a.txt:1:16: SP003 [warning] invisible character: zero-width space (invisible-character)"
    )
    assert lines[1] == "    The talks ended\u200b."
    assert lines[2] == "                   ^"
    assert lines[-1].startswith("Found 2 problems (2 warning) in 1 file.")


def test_clean_file_exit_0(cli, tmp_path: Path) -> None:
    make(tmp_path, "a.txt", CLEAN)
    r = cli("check", "a.txt", cwd=tmp_path)
    assert r.returncode == 0
    assert "All clean: 1 file checked." in r.stdout


def test_fail_on_threshold(cli, tmp_path: Path) -> None:
    make(tmp_path, "a.txt", DIRTY)
    assert cli("check", "--fail-on", "error", "a.txt", cwd=tmp_path).returncode == 0
    assert cli("check", "--fail-on", "info", "a.txt", cwd=tmp_path).returncode == 1


def test_json_contract(cli, tmp_path: Path) -> None:
    make(tmp_path, "a.txt", DIRTY)
    r = cli("check", "--format", "json", "a.txt", cwd=tmp_path)
    data = json.loads(r.stdout)
    assert set(data) == {"version", "findings", "summary"}
    f = data["findings"][0]
    assert {
        "path",
        "line",
        "column",
        "end_line",
        "end_column",
        "code",
        "name",
        "category",
        "severity",
        "message",
    } <= set(f)
    assert (f["path"], f["line"], f["column"], f["end_column"]) == ("a.txt", 1, 16, 17)
    assert f["fix"]["applicability"] == "safe"
    assert data["summary"]["findings"] == 2


def test_stdin(cli) -> None:
    r = cli("check", "--format", "concise", "-", stdin=DIRTY.encode())
    assert r.returncode == 1
    assert r.stdout.splitlines()[0].startswith("<stdin>:1:16: SP003 [warning]")


def test_python_dash_m_and_rules_and_explain(cli) -> None:
    r = cli("rules")
    assert r.returncode == 0 and "SP003" in r.stdout and "invisible-character" in r.stdout
    r = cli("explain", "SP003")
    assert r.returncode == 0 and "Flagged:" in r.stdout and "Not flagged:" in r.stdout
    r = cli("explain", "XX000")
    assert r.returncode == 2 and r.stderr.startswith("mtlint: error: unknown rule")


def test_missing_path_and_empty_dir_exit_2(cli, tmp_path: Path) -> None:
    r = cli("check", "nope.txt", cwd=tmp_path)
    assert r.returncode == 2
    assert r.stderr.strip() == "mtlint: error: nope.txt: no such file or directory"
    (tmp_path / "empty").mkdir()
    make(tmp_path, "empty/image.png", b"\x89PNG")
    r = cli("check", "empty", cwd=tmp_path)
    assert r.returncode == 2 and "empty: no files to lint" in r.stderr
    assert "Traceback" not in r.stderr


def test_directory_walk_include_gitignore_exclude(cli, tmp_path: Path) -> None:
    make(tmp_path, "docs/a.md", DIRTY)
    make(tmp_path, "docs/b.rst", DIRTY)
    make(tmp_path, "docs/c.py", DIRTY)
    make(tmp_path, "docs/ignored/d.txt", DIRTY)
    make(tmp_path, "docs/vendor/e.txt", DIRTY)
    make(tmp_path, ".gitignore", "ignored/\n")
    make(tmp_path, ".mtlint.yaml", "exclude: ['docs/vendor/']\n")
    r = cli("check", "--format", "concise", ".", cwd=tmp_path)
    paths = sorted({line.split(":")[0] for line in r.stdout.splitlines()})
    assert paths == ["docs/a.md", "docs/b.rst"]


def test_binary_is_skipped_with_notice(cli, tmp_path: Path) -> None:
    make(tmp_path, "bin.txt", b"\x00\x01\x02binary")
    make(tmp_path, "a.txt", CLEAN)
    r = cli("check", "bin.txt", "a.txt", cwd=tmp_path)
    assert r.returncode == 0
    assert "mtlint: skipped bin.txt: binary file" in r.stderr


def test_invalid_utf8_reported_and_run_continues(cli, tmp_path: Path) -> None:
    make(tmp_path, "a.txt", b"Good line.\nBad \xff byte.\n")
    r = cli("check", "--format", "json", "a.txt", cwd=tmp_path)
    data = json.loads(r.stdout)
    assert any(f["category"] == "encoding" and f["line"] == 2 for f in data["findings"])
    assert "Traceback" not in r.stderr


def test_utf16_and_crlf(cli, tmp_path: Path) -> None:
    make(tmp_path, "a.txt", codecs.BOM_UTF16_LE + f"x\r\nThe{ZW} end.\r\n".encode("utf-16-le"))
    r = cli("check", "--format", "concise", "a.txt", cwd=tmp_path)
    assert r.stdout.splitlines()[0].startswith("a.txt:2:4: SP003")


def test_bad_config_exit_2_one_line(cli, tmp_path: Path) -> None:
    make(tmp_path, ".mtlint.yaml", "selcet: [SP]\n")
    make(tmp_path, "a.txt", CLEAN)
    r = cli("check", "a.txt", cwd=tmp_path)
    assert r.returncode == 2
    assert len(r.stderr.strip().splitlines()) == 1
    assert ".mtlint.yaml: selcet: unknown key" in r.stderr


def test_cli_select_ignore_and_explicit_config(cli, tmp_path: Path) -> None:
    make(tmp_path, "a.txt", DIRTY)
    r = cli("check", "--format", "concise", "--select", "BP003", "a.txt", cwd=tmp_path)
    assert [line.split()[1] for line in r.stdout.splitlines()] == ["BP003"]
    r = cli("check", "--format", "concise", "--ignore", "boilerplate,SP", "a.txt", cwd=tmp_path)
    assert r.stdout == "" and r.returncode == 0
    make(tmp_path, "conf/strict.yaml", "select: [SP003]\nfail-on: error\n")
    r = cli("check", "--config", "conf/strict.yaml", "a.txt", cwd=tmp_path)
    assert r.returncode == 0 and "SP003" in r.stdout and "BP003" not in r.stdout
    r = cli("check", "--select", "NOPE", "a.txt", cwd=tmp_path)
    assert r.returncode == 2 and "unknown rule or category 'NOPE'" in r.stderr


def test_fix_is_atomic_and_preserves_bom_crlf_mode(cli, tmp_path: Path) -> None:
    p = make(tmp_path, "a.txt", codecs.BOM_UTF8 + f"One{ZW} two.\r\nThree.\r\n".encode())
    p.chmod(0o640)
    r = cli("check", "--fix", "a.txt", cwd=tmp_path)
    assert r.returncode == 0, r.stdout
    assert p.read_bytes() == codecs.BOM_UTF8 + b"One two.\r\nThree.\r\n"
    assert stat.S_IMODE(p.stat().st_mode) == 0o640
    assert [x.name for x in tmp_path.iterdir()] == ["a.txt"]


def test_no_write_without_fix_and_unsafe_needs_flag(cli, tmp_path: Path) -> None:
    p = make(tmp_path, "a.txt", "Text.\n\nLeave a Reply\n")
    before = p.read_bytes()
    cli("check", "a.txt", cwd=tmp_path)
    cli("check", "--fix", "a.txt", cwd=tmp_path)
    assert p.read_bytes() == before
    cli("check", "--fix", "--unsafe-fixes", "a.txt", cwd=tmp_path)
    assert p.read_text() == "Text.\n"  # the blank line before it goes too


def test_fix_never_rewrites_undecodable_file(cli, tmp_path: Path) -> None:
    raw = f"Bad \xff{ZW}.\n".encode("utf-8", "surrogateescape").replace(b"\xc3\xbf", b"\xff")
    p = make(tmp_path, "a.txt", raw)
    r = cli("check", "--fix", "a.txt", cwd=tmp_path)
    assert p.read_bytes() == raw
    # said, not silent; and the summary does not offer --fix again
    assert "mtlint: skipped a.txt: cannot fix: it holds bytes that are not utf-8" in r.stderr
    assert "SP003" in r.stdout and "fixable" not in r.stdout


def test_empty_file_and_huge_single_line(cli, tmp_path: Path) -> None:
    make(tmp_path, "empty.txt", b"")
    make(tmp_path, "long.txt", ("word " * 200_000).encode())
    r = cli("check", "empty.txt", "long.txt", cwd=tmp_path)
    assert r.returncode in (0, 1) and "Traceback" not in r.stderr


def test_usage_error_exit_2(cli) -> None:
    r = cli("check", "--format", "yaml", ".")
    assert r.returncode == 2 and "unknown format" in r.stderr
    assert cli("check", "--no-such-flag").returncode == 2


def test_explicit_directory_inside_an_ignored_one_is_linted(cli, tmp_path: Path) -> None:
    make(tmp_path, ".gitignore", "build/\n*.log.txt\n")
    make(tmp_path, "build/out/a.txt", DIRTY)
    make(tmp_path, "build/out/b.log.txt", DIRTY)
    r = cli("check", "--format", "concise", "build/out", cwd=tmp_path)
    assert sorted({line.split(":")[0] for line in r.stdout.splitlines()}) == ["build/out/a.txt"]
    r = cli("check", "--format", "concise", ".", cwd=tmp_path)
    assert r.returncode == 2 and "no files to lint" in r.stderr


def test_unreadable_file_is_skipped_with_notice(cli, tmp_path: Path) -> None:
    make(tmp_path, "docs/good.txt", CLEAN)
    (tmp_path / "docs" / "gone.txt").symlink_to(tmp_path / "nowhere.txt")  # unreadable
    r = cli("check", "docs", cwd=tmp_path)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "mtlint: skipped docs/gone.txt: cannot read" in r.stderr
    assert "Traceback" not in r.stderr


def test_bad_user_rule_file_exit_2_one_line(cli, tmp_path: Path) -> None:
    make(tmp_path, "myrules/bad.yaml", "code: BP901\nname: x\nkind: line\n")
    make(tmp_path, ".mtlint.yaml", "rule-paths: [myrules]\n")
    make(tmp_path, "a.txt", CLEAN)
    r = cli("check", "a.txt", cwd=tmp_path)
    assert r.returncode == 2
    lines = r.stderr.strip().splitlines()
    assert (
        len(lines) == 1 and "bad.yaml" in lines[0] and "category: missing required key" in lines[0]
    )


def test_a_reader_that_stops_early_gets_no_error_message(tmp_path: Path) -> None:
    # ``mtlint check . | head``: the report outgrows the pipe, the reader closes it.
    make(tmp_path, "a.txt", "Hello  world.\n" * 4000)
    env = {**os.environ, "NO_COLOR": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "mtlint", "check", "--no-cache", "a.txt"],
        cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
    )  # fmt: skip
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.read(100).startswith(b"a.txt:1:6: SP001")
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(60) == 1
    assert err == ""  # was "mtlint: error: : Broken pipe"


def test_jobs_zero_means_all_cores_and_a_negative_count_is_a_usage_error(
    cli, tmp_path: Path
) -> None:
    make(tmp_path, "a.txt", DIRTY)
    assert cli("check", "--no-cache", "-j", "0", "a.txt", cwd=tmp_path).returncode == 1
    r = cli("check", "--no-cache", "-j", "-3", "a.txt", cwd=tmp_path)
    assert (r.returncode, r.stdout) == (2, "")
    assert r.stderr == "mtlint: error: --jobs: expected 0 (all cores) or more, got -3\n"
