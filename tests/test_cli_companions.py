"""Options that mean nothing alone, stdin named twice, and a selection that cannot run:
each used to pass silently (a clean report of what was not done)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

DIRTY = "The talks  ended.\n"


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (["--jsonl-id", "id", "a.txt"], "--jsonl-id: needs --jsonl-field"),
        (["--unsafe-fixes", "a.txt"], "--unsafe-fixes: needs --fix"),
        (["--stdin-filename", "x.txt", "a.txt"], "--stdin-filename: needs - (stdin) among"),
        (["--stdin-filename", "x.txt"], "--stdin-filename: needs - (stdin) among"),
    ],
)
def test_an_option_without_its_companion_is_a_usage_error(
    cli, tmp_path: Path, args: list[str], error: str
) -> None:
    (tmp_path / "a.txt").write_text(DIRTY)
    r = cli("check", "--no-cache", *args, cwd=tmp_path)
    assert r.returncode == 2 and r.stdout == ""
    assert r.stderr.startswith(f"mtlint: error: {error}") and r.stderr.count("\n") == 1


def test_options_with_their_companions_still_run(cli, tmp_path: Path) -> None:
    r = cli("check", "--no-cache", "--format", "concise", "--stdin-filename", "x.txt", "-",
            stdin=DIRTY.encode(), cwd=tmp_path)  # fmt: skip
    assert (r.returncode, r.stdout.split(":")[0]) == (1, "x.txt")
    (tmp_path / "a.txt").write_text(DIRTY)
    r = cli("check", "--no-cache", "--fix", "--unsafe-fixes", "a.txt", cwd=tmp_path)
    assert r.returncode == 0 and (tmp_path / "a.txt").read_text() == "The talks ended.\n"


def test_stdin_named_twice_is_read_and_linted_once(cli, tmp_path: Path) -> None:
    r = cli("check", "--no-cache", "--format", "json", "-", "-", stdin=DIRTY.encode())
    assert r.returncode == 1, r.stderr
    assert json.loads(r.stdout)["summary"]["files"] == 1  # not a second, empty document
    r = cli("check", "--no-cache", "--no-show-source", "-", "-", stdin=DIRTY.encode())
    assert r.stdout.count("<stdin>:") == 1 and "in 1 file." in r.stdout


def test_a_selection_of_languagetool_rules_without_grammar_says_so(cli, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(DIRTY)
    r = cli("check", "--no-cache", "--select", "GR001", "a.txt", cwd=tmp_path)
    assert r.returncode == 0
    assert r.stderr == "mtlint: GR001 needs --grammar (LanguageTool); it did not run\n"
    r = cli("check", "--no-cache", "--select", "GR001,SP901", "a.txt", cwd=tmp_path)
    assert "GR001, SP901 need --grammar (LanguageTool); they did not run" in r.stderr
    quiet = cli("check", "--no-cache", "-q", "--select", "GR001", "a.txt", cwd=tmp_path)
    mixed = cli("check", "--no-cache", "--select", "GR001,SP", "a.txt", cwd=tmp_path)
    assert quiet.stderr == mixed.stderr == ""  # SP's rules ran: nothing to say
