"""What a run reads: each file once however often it is named, no ``.gitignore`` from
above the repository, and a missing name shown escaped."""

from __future__ import annotations

from pathlib import Path

from mtlint.config import ConfigResolver
from mtlint.files import discover


def _shown(paths: list[str]) -> list[str]:
    return [t.display for t in discover(paths, ConfigResolver())]


def test_a_file_named_again_or_reached_twice_is_read_once(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("x\n")
    (tmp_path / "b.txt").write_text("x\n")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "to_b.txt").symlink_to(tmp_path / "b.txt")
    assert _shown(["a.txt", "b.txt", "b.txt", "./b.txt"]) == ["a.txt", "b.txt"]
    assert _shown([".", "b.txt"]) == ["a.txt", "b.txt"]  # the walk met b.txt first
    assert _shown(["sub", "."]) == ["sub/to_b.txt", "a.txt"]  # ... or its link
    assert _shown([".", "."]) == ["a.txt", "b.txt"]  # not "no files to lint"


def test_repeating_a_file_does_not_change_the_corpus_counts(cli, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Secretary Blinkin met the press on Monday.\n")
    (tmp_path / "b.txt").write_text("Secretary Blinken spoke.\n")
    once = cli("check", "--no-cache", "--format", "concise", "a.txt", "b.txt", cwd=tmp_path)
    again = cli("check", "--no-cache", "--format", "concise", "a.txt", "b.txt", "b.txt", ".",
                cwd=tmp_path)  # fmt: skip
    assert "NM001" in once.stdout
    assert (again.returncode, again.stdout) == (once.returncode, once.stdout)


def test_no_gitignore_applies_from_above_the_repository(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / ".gitignore").write_text("*.txt\n")  # outside the repository: not git's
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / "t.txt").write_text("x\n")
    (repo / "sub").mkdir()
    (repo / "sub" / ".gitignore").write_text("skip.txt\n")
    (repo / "sub" / "skip.txt").write_text("x\n")
    (repo / "sub" / "u.txt").write_text("x\n")
    monkeypatch.chdir(repo)
    assert _shown(["."]) == ["t.txt", "sub/u.txt"]
    # a worktree or submodule has a .git file, not a directory: its top all the same
    (repo / "sub" / ".git").write_text("gitdir: ../.git/modules/sub\n")
    (repo / ".gitignore").write_text("sub/\n")
    monkeypatch.chdir(repo / "sub")
    assert _shown(["."]) == ["u.txt"]
    # outside any repository, every .gitignore above applies (as before)
    plain = tmp_path / "plain"
    plain.mkdir()
    (plain / "v.txt").write_text("x\n")
    (plain / "v.md").write_text("x\n")
    monkeypatch.chdir(plain)
    assert _shown(["."]) == ["v.md"]


def test_a_missing_name_is_shown_escaped(cli, tmp_path: Path) -> None:
    r = cli("check", "missing\udcff\x1b[31m.txt", cwd=tmp_path)
    assert r.returncode == 2
    assert r.stderr == "mtlint: error: missing\\xff\\x1b[31m.txt: no such file or directory\n"
