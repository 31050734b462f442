"""Which rules run: the most specific selector wins, as in ruff."""

from __future__ import annotations

from pathlib import Path

import pytest

from mtlint.config import Config, load_config
from mtlint.engine import ruleset


def codes(cfg: Config) -> set[str]:
    return {r.code for r, _ in ruleset(cfg).rules}


def file_config(tmp_path: Path, text: str) -> Config:
    path = tmp_path / ".mtlint.yaml"
    path.write_text(text, encoding="utf-8")
    return load_config(path)


@pytest.mark.parametrize(
    ("text", "on", "off"),
    [
        # a code beats its prefix or category, either way round
        ("ignore: [BS]\nselect: [BS001]\n", {"BS001"}, {"BS002", "SP001"}),
        ("select: [BS]\nignore: [BS001]\n", {"BS002"}, {"BS001", "SP001"}),
        ("select: [ALL]\nignore: [broken-sentence]\n", {"SP001"}, {"BS001"}),
        (
            "ignore: [broken-sentence]\nselect: [glued-sentences, SP]\n",
            {"BS001", "SP001"},
            {"BS002"},
        ),
        # the same selector in both: ignore wins
        ("select: [BS001]\nignore: [BS001]\n", set(), {"BS001"}),
        # a longer prefix is more specific than a shorter one
        ("select: [BS00]\nignore: [BS]\n", {"BS001"}, {"BS010"}),
    ],
)
def test_the_most_specific_selector_wins(
    tmp_path: Path, text: str, on: set[str], off: set[str]
) -> None:
    got = codes(file_config(tmp_path, text))
    assert on <= got
    assert not off & got


def test_a_command_line_select_starts_afresh(tmp_path: Path) -> None:
    cfg = file_config(tmp_path, "ignore: [BS]\n")
    assert "BS001" not in codes(cfg)
    assert codes(cfg.with_cli(select=["BS001"])) == {"BS001"}
    # the file's ignore no longer applies, the command line's does
    assert codes(cfg.with_cli(select=["BS"], ignore=["BS002"])) == {
        r.code for r in ruleset(cfg).registry.matching("BS")
    } - {"BS002"}


def test_a_lone_command_line_ignore_applies_last(tmp_path: Path) -> None:
    cfg = file_config(tmp_path, "select: [BS001, SP]\n")
    got = codes(cfg.with_cli(ignore=["BS"]))
    assert "BS001" not in got and "SP001" in got


def test_through_the_cli(cli, tmp_path: Path) -> None:
    (tmp_path / ".mtlint.yaml").write_text("ignore: [broken-sentence]\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("He left on FridayThe team stayed home.\n", encoding="utf-8")
    assert "BS001" not in cli("check", "a.txt", cwd=tmp_path).stdout
    r = cli("check", "--select", "BS001", "a.txt", cwd=tmp_path)
    assert r.stdout.startswith("a.txt:1:") and "BS001" in r.stdout, r.stdout
