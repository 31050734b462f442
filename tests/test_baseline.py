"""Baselines: read from any working folder, and written whole beside --baseline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mtlint.baseline import OLD_FORMAT, Baseline
from mtlint.engine import FileResult

ZW = "\u200b"
SELECT = ("--select", "SP003,BP003")


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """content/a.txt (3 findings) and content/sub/b.txt (1), under tmp_path."""
    sub = tmp_path / "content" / "sub"
    sub.mkdir(parents=True)
    (tmp_path / "content" / "a.txt").write_text(
        f"The talks ended{ZW}.\n\nLeave a Reply\n\nAnother{ZW} one.\n", encoding="utf-8"
    )
    (sub / "b.txt").write_text(f"Leave a Reply\n\nThe end{ZW}.\n", encoding="utf-8")
    return tmp_path


def test_both_options_together_write_every_finding(cli, tree: Path) -> None:
    r = cli("check", *SELECT, "--write-baseline", "old.json", "content", cwd=tree)
    assert "wrote 5 findings" in r.stderr, r.stderr
    (tree / "content" / "c.txt").write_text("Leave a Reply\n", encoding="utf-8")
    args = ("--baseline", "old.json", "--write-baseline", "new.json", "content")
    r = cli("check", *SELECT, "--format", "concise", *args, cwd=tree)
    # the report shows only the new finding; the new baseline records all six
    assert r.stdout.splitlines() == [
        "content/c.txt:1:1: BP003 [warning] scraped comment-form text: 'Leave a Reply'"
        " (comment-form)"
    ]
    assert "wrote 6 findings" in r.stderr, r.stderr
    files = json.loads((tree / "new.json").read_text())["files"]
    assert sorted(files) == ["content/a.txt", "content/c.txt", "content/sub/b.txt"]


@pytest.mark.parametrize(
    ("write_cwd", "baseline", "read_cwd", "read_baseline", "target"),
    [
        ("", "base.json", "content", "../base.json", "."),
        ("", "base.json", "content/sub", "../../base.json", "../"),
        ("content", "../ci/base.json", "", "ci/base.json", "content"),
        ("content", "../ci/base.json", "ci", "base.json", "../content"),
    ],
)
def test_a_baseline_works_from_any_working_folder(
    cli, tree: Path, write_cwd: str, baseline: str, read_cwd: str, read_baseline: str, target: str
) -> None:
    (tree / "ci").mkdir()
    r = cli("check", *SELECT, "--write-baseline", baseline, ".", cwd=tree / write_cwd)
    assert "wrote 5 findings" in r.stderr, r.stderr
    r = cli("check", *SELECT, "--baseline", read_baseline, target, cwd=tree / read_cwd)
    assert r.returncode == 0 and "All clean: 2 files checked." in r.stdout, r.stdout


def test_a_format_1_baseline_is_still_read(cli, tree: Path) -> None:
    """Format 1 named files as the writing run showed them: from its folder it holds."""
    cli("check", *SELECT, "--write-baseline", "base.json", "content", cwd=tree)
    data = json.loads((tree / "base.json").read_text())
    data["format"] = OLD_FORMAT  # written from the baseline's folder: the same entries
    (tree / "base.json").write_text(json.dumps(data))
    r = cli("check", *SELECT, "--baseline", "base.json", "content", cwd=tree)
    assert r.returncode == 0 and "All clean" in r.stdout, r.stdout


def test_filter_leaves_the_result_it_is_given(tmp_path: Path, cli) -> None:
    (tmp_path / "a.txt").write_text("Leave a Reply\n", encoding="utf-8")
    cli("check", "--select", "BP003", "--write-baseline", "b.json", "a.txt", cwd=tmp_path)
    from mtlint import lint_paths

    (result,) = lint_paths([tmp_path / "a.txt"])
    findings = [f for f in result.findings if f.code == "BP003"]
    mine = FileResult(result.path, list(findings))
    filtered = Baseline(tmp_path / "b.json").filter(mine)
    assert findings and filtered.findings == []  # known, though given by absolute path
    assert mine.findings == findings  # untouched
