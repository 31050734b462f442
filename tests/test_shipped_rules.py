"""Which rule files count as shipped (their patterns run without the search timeout):
those under the built-in rules folder, by real path, however they are named."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from mtlint.kinds import _shipped, load_rule_file
from mtlint.registry import builtin_rules_dir, yaml_rule_files


def _a_shipped_file() -> Path:
    return yaml_rule_files(builtin_rules_dir(), ("data",))[0]


def test_shipped_files_are_trusted_by_any_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shipped = _a_shipped_file()
    assert _shipped(shipped)
    assert load_rule_file(shipped).trusted
    monkeypatch.chdir(shipped.parent)
    assert _shipped(Path(shipped.name))  # relative to the working folder
    assert _shipped(Path("..") / shipped.parent.name / shipped.name)
    link = tmp_path / "link.yaml"
    link.symlink_to(shipped)
    assert _shipped(link)  # a link is followed to the shipped file


def test_other_files_are_not(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shipped = _a_shipped_file()
    copy = tmp_path / shipped.name
    shutil.copy(shipped, copy)
    assert not _shipped(copy)
    assert not load_rule_file(copy).trusted
    # a folder whose name only starts like the shipped folder's
    sibling = Path(str(builtin_rules_dir().resolve()) + "-extra") / "x.yaml"
    assert not _shipped(sibling)
    # a relative link, in the working folder, to the copy
    monkeypatch.chdir(tmp_path)
    (tmp_path / "out.yaml").symlink_to(copy)
    assert not _shipped(Path("out.yaml"))
