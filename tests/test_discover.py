"""The directory walk decides per directory what it used to decide per file (resolved
paths, .gitignore chains, display names): the same targets, in the same order."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from mtlint.config import ConfigResolver
from mtlint.files import _display, _excluded, discover
from mtlint.gitignore import GitIgnores


def _tree(root: Path) -> None:
    files = {
        ".gitignore": "build/\n*.tmp.txt\n",
        "a.txt": "x",
        "b.tmp.txt": "x",
        "docs/.gitignore": "private.txt\n!keep.tmp.txt\n",
        "docs/private.txt": "x",
        "docs/keep.tmp.txt": "x",
        "docs/deep/c.txt": "x",
        "docs/deep/private.txt": "x",
        "build/d.txt": "x",
        "other/e.txt": "x",
    }
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    (root / ".git").mkdir()
    # links: one into an ignored directory, one to a kept file, one dangling
    (root / "other" / "to_build.txt").symlink_to(root / "build" / "d.txt")
    (root / "other" / "to_a.txt").symlink_to(root / "a.txt")
    (root / "other" / "dangling.txt").symlink_to(root / "nowhere.txt")


def _per_file(root: Path) -> list[str]:
    """The old decision: every file resolved and checked on its own."""
    ignores = GitIgnores()
    resolver = ConfigResolver(None)
    found = []
    seen: set[tuple[int, int]] = set()
    for dirpath, dirnames, filenames in os.walk(root):
        current = Path(dirpath)
        config = resolver.for_path(current)
        dirnames[:] = sorted(
            d for d in dirnames if d != ".git" and not ignores.ignored(current / d, True)
        )
        for name in sorted(filenames):
            path = current / name
            excluded = _excluded(path, config)
            if name.endswith(".txt") and not excluded and not ignores.ignored(path, False):
                try:  # a file met again (through a link) is read once
                    key = (path.stat().st_dev, path.stat().st_ino)
                except OSError:
                    key = (-1, len(found))
                if key not in seen:
                    seen.add(key)
                    found.append(_display(path))
    return found


@pytest.mark.parametrize("exclude", [False, True])
@pytest.mark.parametrize("where", ["inside", "outside"])
def test_walk_matches_per_file_decisions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str, exclude: bool
) -> None:
    root = tmp_path / "repo"
    root.mkdir()
    _tree(root)
    if exclude:  # patterns relative to the config's root, decided per directory
        (root / ".mtlint.yaml").write_text(
            "exclude: ['docs/deep/c.txt', 'other/to_*.txt', 'a.txt']\n", encoding="utf-8"
        )
    cwd = root if where == "inside" else tmp_path / "elsewhere"
    cwd.mkdir(exist_ok=True)
    monkeypatch.chdir(cwd)
    arg = "." if where == "inside" else os.path.relpath(root)
    walked = [t.display for t in discover([arg], ConfigResolver(None))]
    assert walked == _per_file(Path(arg))
    names = {Path(d).name for d in walked}
    if exclude:
        # exclude judges a link by the file it resolves to (to_a.txt: a.txt)
        assert not names & {"c.txt", "to_a.txt", "a.txt"}
        assert {"keep.tmp.txt", "e.txt", "dangling.txt", "to_build.txt"} <= names
        return
    # a deeper negation re-includes; git judges a link by its own place, not its target's
    assert {"a.txt", "keep.tmp.txt", "c.txt", "e.txt", "to_build.txt"} <= names
    assert "to_a.txt" not in names  # a.txt again: read once, under its first name
    assert "dangling.txt" in names  # reported unreadable when linted, not hidden
    assert not names & {"b.tmp.txt", "private.txt", "d.txt"}
    if where == "inside":
        assert "docs/deep/c.txt" in walked
    else:
        assert all(d.startswith("../repo/") for d in walked)
