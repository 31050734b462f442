"""Never crash, nothing lost: inputs that fuzzing found to break a run (issue 6).

Odd file names, JSON escapes, special files, bad patterns in configs and ``.gitignore``
files, lone carriage returns around directives, damaged cache entries, fixes through
symbolic links and of other users' files.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from urllib.parse import unquote

import pytest

from mtlint.config import ConfigResolver
from mtlint.document import Document
from mtlint.engine import lint_text
from mtlint.files import discover
from mtlint.grammar.client import api_base
from mtlint.grammar.errors import GrammarUnavailable

DIRTY = "Hello  world.\n"  # SP001 (doubled space), fixable


def _one_line_error(r, *needles: str) -> None:
    assert r.returncode == 2, (r.stdout, r.stderr)
    assert len(r.stderr.strip().splitlines()) == 1, r.stderr
    assert "Traceback" not in r.stderr
    for needle in needles:
        assert needle in r.stderr, r.stderr


# --- line breaks: directives split lines as documents do ---------------------------


def test_directive_after_a_lone_cr_keeps_positions() -> None:
    text = '\r<!-- mtlint: disable BS001 -->\r\n"'  # three lines: "", directive, '"'
    doc = Document(text, "a.txt")
    findings = lint_text(text, "a.txt")
    assert findings
    for f in findings:
        assert (f.line, f.column) == doc.position(f.span.start)


def test_directives_work_in_a_file_with_cr_line_endings() -> None:
    text = "a  b\r[mtlint: disable-next-line SP001]\rc  d\r"
    assert [(f.code, f.line) for f in lint_text(text, "a.txt")] == [("SP001", 1)]


# --- names and ids that cannot be written as they are --------------------------------


def test_printable_escapes_undecodable_bytes_surrogates_and_controls() -> None:
    from mtlint.shown import printable

    assert printable("plain name.txt") == "plain name.txt"
    assert printable(os.fsdecode(b"bad\xff.txt")) == "bad\\xff.txt"
    assert printable("id\ud800") == "id\\ud800"
    assert printable("two\nlines\t.txt") == "two\\nlines\\t.txt"


@pytest.mark.skipif(os.name != "posix", reason="POSIX file names are bytes")
def test_non_utf8_file_name_in_every_format(cli, tmp_path: Path) -> None:
    (tmp_path / os.fsdecode(b"bad\xff.txt")).write_text(DIRTY)
    strict = {"PYTHONIOENCODING": "utf-8:strict"}  # as under en_US.UTF-8, not C.UTF-8
    for fmt in ("text", "concise", "json", "jsonl", "sarif", "github", "gitlab", "junit"):
        for env in (None, strict):
            cache = str(tmp_path / "cache")  # the cache key hashes the name too
            r = cli("check", "--format", fmt, "--cache-dir", cache, ".", cwd=tmp_path, env=env)
            assert r.returncode == 1 and "Traceback" not in r.stderr, (fmt, r.stderr)
            shown = unquote(r.stdout) if fmt == "sarif" else r.stdout  # a percent-encoded uri
            assert "bad\\xff.txt" in shown.replace("\\\\", "\\"), (fmt, r.stdout)
    r = cli("check", "--format", "json", "--output-file", "r.json", ".", cwd=tmp_path)
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert json.loads((tmp_path / "r.json").read_text("utf-8"))["findings"]


@pytest.mark.skipif(os.name != "posix", reason="a newline in a file name")
def test_newline_in_a_file_name_stays_on_one_line(cli, tmp_path: Path) -> None:
    (tmp_path / "two\nlines.txt").write_text(DIRTY)
    r = cli("check", "--format", "concise", ".", cwd=tmp_path)
    assert r.stdout.splitlines() == [
        "two\\nlines.txt:1:6: SP001 [warning] 2 spaces in 'Hello  world.' (doubled-space)"
    ]


def test_jsonl_lone_surrogates_in_text_and_id(cli, tmp_path: Path) -> None:
    (tmp_path / "c.jsonl").write_text(
        '{"id": "a\\ud800", "text": "bad \\udcff x  y"}\n', encoding="utf-8"
    )
    r = cli(
        "check", "--jsonl-field", "text", "--jsonl-id", "id", "--format", "json", "c.jsonl",
        cwd=tmp_path, env={"PYTHONIOENCODING": "utf-8:strict"},
    )  # fmt: skip
    assert r.returncode == 1 and "Traceback" not in r.stderr, r.stderr
    found = json.loads(r.stdout)["findings"]
    assert {f["code"] for f in found} >= {"EN003", "SP001"}  # the surrogate: bad bytes
    assert {f["path"] for f in found} == {"c.jsonl#a\\ud800"}


# --- special files and bad patterns ---------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs")
def test_walk_skips_fifos_named_like_text(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(DIRTY)
    os.mkfifo(tmp_path / "pipe.txt")  # reading it would block the run for ever
    names = [t.display for t in discover([str(tmp_path)], ConfigResolver())]
    assert [n.rsplit("/", 1)[-1] for n in names] == ["a.txt"]


def test_invalid_gitignore_line_is_ignored_as_git_does(tmp_path: Path) -> None:
    (tmp_path / ".gitignore").write_text("!\n*.md\n")
    (tmp_path / "a.txt").write_text(DIRTY)
    (tmp_path / "b.md").write_text(DIRTY)
    names = [t.display for t in discover([str(tmp_path)], ConfigResolver())]
    assert [n.rsplit("/", 1)[-1] for n in names] == ["a.txt"]


@pytest.mark.parametrize(
    ("config", "needle"),
    [
        ("exclude: ['!']\n", "exclude: invalid pattern '!'"),
        ("include: ['!']\n", "include: invalid pattern '!'"),
        ("1: x\nfoo: y\n", "1: unknown key"),  # keys of two types
        ("languagetool: {level: [1, 2]}\n", "languagetool.level: unknown key"),
        ("languagetool: {url: [1, 2]}\n", "languagetool.url: expected a string"),
        ("languagetool: {1: a, b: c}\n", "languagetool.1: unknown key"),
    ],
)
def test_bad_config_values_are_one_line_errors(
    cli, tmp_path: Path, config: str, needle: str
) -> None:
    (tmp_path / ".mtlint.yaml").write_text(config)
    (tmp_path / "a.txt").write_text(DIRTY)
    _one_line_error(cli("check", "--no-cache", ".", cwd=tmp_path), ".mtlint.yaml", needle)


@pytest.mark.parametrize("url", ["http://[::1", "http://host:abc", "http://host:99999"])
def test_malformed_languagetool_url_is_unavailable_not_a_crash(url: str) -> None:
    with pytest.raises(GrammarUnavailable, match="invalid LanguageTool URL"):
        api_base(url)


def test_unwritable_output_file_names_it(cli, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(DIRTY)
    (tmp_path / "out").mkdir()
    for target in ("missing/r.json", "out"):
        r = cli("check", "--no-cache", "--output-file", target, "a.txt", cwd=tmp_path)
        _one_line_error(r, f"{target}: cannot write the report")
        assert ".part" not in r.stderr


# --- the cache and fixes --------------------------------------------------------------


def test_damaged_cache_entries_are_misses(cli, tmp_path: Path) -> None:
    for i in range(3):
        (tmp_path / f"f{i}.txt").write_text(DIRTY * (i + 1))
    cache = tmp_path / "cache"
    first = cli("check", "--format", "json", "--cache-dir", str(cache), ".", cwd=tmp_path)
    entries = sorted(p for p in cache.rglob("*.json"))
    assert len(entries) == 3
    entry = json.loads(entries[0].read_text())
    entry["findings"][0]["line"] = 99  # beyond the text
    entries[0].write_text(json.dumps(entry))
    entries[1].write_text('{"findings": [{"span": [0]}], "lines": 1}')
    entries[2].write_bytes(b"\xff\xfe not json")
    again = cli("check", "--format", "json", "--cache-dir", str(cache), ".", cwd=tmp_path)
    assert "Traceback" not in again.stderr, again.stderr
    assert again.stdout == first.stdout


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_fix_through_a_symlink_keeps_the_link(cli, tmp_path: Path) -> None:
    (tmp_path / "real.txt").write_text(DIRTY)
    (tmp_path / "link.txt").symlink_to("real.txt")
    r = cli("check", "--no-cache", "--fix", "link.txt", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "link.txt").is_symlink()
    assert (tmp_path / "real.txt").read_text() == "Hello world.\n"


@pytest.mark.skipif(not hasattr(os, "getuid") or os.getuid() != 0, reason="needs root")
def test_fix_by_root_keeps_the_owner(cli, tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text(DIRTY)
    os.chown(p, 65534, 65534)
    p.chmod(0o640)
    r = cli("check", "--no-cache", "--fix", "a.txt", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    st = p.stat()
    assert (st.st_uid, st.st_gid, st.st_mode & 0o777) == (65534, 65534, 0o640)
    assert p.read_text() == "Hello world.\n"


# --- stdin ----------------------------------------------------------------------------


def test_fix_on_stdin_writes_the_text_and_reports_on_stderr(cli) -> None:
    r = cli("check", "--no-cache", "--fix", "-", stdin=DIRTY.encode())
    assert (r.returncode, r.stdout) == (0, "Hello world.\n")  # no report mixed in
    assert "Fixed 1 problem" in r.stderr
    clean = "Nothing to fix here.\n"
    r = cli("check", "--no-cache", "--fix", "-", stdin=clean.encode())
    assert (r.returncode, r.stdout) == (0, clean)  # the text, not a report instead of it
    raw = b"Hello  world. \xff\n"  # undecodable: never fixed, passed through as it came
    r = cli("check", "--no-cache", "--fix", "-", stdin=raw)
    assert r.returncode == 1 and r.stdout == raw.decode("utf-8", "replace")
    assert "EN003" in r.stderr


def test_stdin_with_files_is_linted_not_read_empty(cli, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(DIRTY)
    r = cli("check", "--no-cache", "--format", "concise", "a.txt", "-", cwd=tmp_path,
            stdin=b"A  b.\n")  # fmt: skip
    assert [line.split(":")[0] for line in r.stdout.splitlines()] == ["a.txt", "<stdin>"]


def test_closed_stdin_is_a_one_line_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from mtlint.errors import MtlintError

    monkeypatch.setattr("sys.stdin", None)
    with pytest.raises(MtlintError, match="stdin is closed"):
        list(discover(["-"], ConfigResolver()))


def test_fix_with_jsonl_records_is_a_usage_error(cli, tmp_path: Path) -> None:
    (tmp_path / "c.jsonl").write_text('{"text": "a  b"}\n')
    r = cli("check", "--no-cache", "--fix", "--jsonl-field", "text", "c.jsonl", cwd=tmp_path)
    _one_line_error(r, "--fix")
    assert r.stdout == ""


def test_text_format_never_writes_control_characters_of_the_source(cli, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"Red \x1b[31mtext  here\x1b]0;title\x07 now.\x0b\n")
    r = cli("check", "--no-cache", "a.txt", cwd=tmp_path)
    assert r.returncode == 1 and "SP001" in r.stdout
    assert not any(ch in r.stdout for ch in "\x1b\x07\x0b")
    assert "    Red ␛[31mtext  here␛]0;title␇ now.␋\n" in r.stdout


def test_unwritable_fix_skips_that_file_not_the_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    from mtlint import atomic, runner
    from mtlint.config import Config
    from mtlint.files import Target

    def denied(path: Path, suffix: str = ".tmp", mode: int = 0o600) -> tuple[int, Path]:
        raise PermissionError(errno.EACCES, "Permission denied", str(path) + suffix)

    monkeypatch.setattr(atomic, "new_sibling", denied)  # a read-only directory, even for root
    p = tmp_path / "a.txt"
    p.write_text(DIRTY)
    result, fixed = runner.lint_target(
        Target(p, "a.txt", Config(root=tmp_path)), runner.FixOptions(True)
    )
    assert fixed is None and p.read_text() == DIRTY
    assert result.skipped == "cannot write the fixes: Permission denied"
    assert [f.code for f in result.findings] == ["SP001"]  # still reported, as found


_WAIT_IN_RUN = """
import sys, time
import mtlint.checkrun as checkrun
from mtlint.cli import main

def waiting(*args, **kwargs):  # the report file is open: stop here until killed
    print("ready", flush=True)
    time.sleep(120)
    return iter(())

checkrun._results = waiting
sys.argv = ["mtlint", "check", "--no-cache", "--format", "json", "--output-file", "r.json", "a.txt"]
main()
"""


@pytest.mark.skipif(os.name != "posix", reason="POSIX signals")
def test_sigterm_leaves_no_partial_report(tmp_path: Path) -> None:
    import signal
    import subprocess
    import sys

    (tmp_path / "a.txt").write_text(DIRTY)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    proc = subprocess.Popen(
        [sys.executable, "-c", _WAIT_IN_RUN], cwd=tmp_path, env=env, text=True,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    assert proc.stdout is not None and proc.stdout.readline() == "ready\n"
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 128 + signal.SIGTERM and "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]  # no .r.json.*.part
