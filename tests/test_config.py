from __future__ import annotations

from pathlib import Path

import pytest

from mtlint.config import ConfigResolver, load_config
from mtlint.engine import ruleset
from mtlint.errors import ConfigError
from mtlint.model import Severity


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_yaml_config_select_ignore_severity(tmp_path: Path) -> None:
    cfg = load_config(
        write(
            tmp_path / ".mtlint.yaml",
            "select: [spacing, BP]\nignore: [comment-form]\n"
            "severity: {SP003: error}\nfail-on: error\n",
        )
    )
    rs = ruleset(cfg)
    codes = {r.code: s for r, s in rs.rules}
    assert "BP003" not in codes
    assert codes["SP003"] is Severity.ERROR
    assert all(c.startswith(("SP", "BP")) for c in codes)
    assert cfg.fail_on is Severity.ERROR


def test_pyproject_table(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", "[project]\nname='x'\n[tool.mtlint]\nignore = ['SP003']\n")
    cfg = ConfigResolver().for_path(tmp_path / "doc.txt")
    assert cfg.ignore == ("SP003",)


def test_nearest_config_wins_without_cascade(tmp_path: Path) -> None:
    write(tmp_path / ".mtlint.yaml", "ignore: [SP003]\n")
    write(tmp_path / "sub" / ".mtlint.yaml", "fail-on: info\n")
    resolver = ConfigResolver()
    top = resolver.for_path(tmp_path / "a.txt")
    sub = resolver.for_path(tmp_path / "sub" / "b.txt")
    assert top.ignore == ("SP003",)
    assert sub.ignore == () and sub.fail_on is Severity.INFO


def test_extends_is_explicit(tmp_path: Path) -> None:
    write(tmp_path / "base.yaml", "ignore: [SP003]\n")
    cfg = load_config(write(tmp_path / ".mtlint.yaml", "extends: base.yaml\nfail-on: info\n"))
    assert cfg.ignore == ("SP003",) and cfg.fail_on is Severity.INFO


def test_pyproject_without_table_is_skipped(tmp_path: Path) -> None:
    write(tmp_path / ".mtlint.yaml", "ignore: [SP003]\n")
    write(tmp_path / "sub" / "pyproject.toml", "[project]\nname='x'\n")
    assert ConfigResolver().for_path(tmp_path / "sub" / "a.txt").ignore == ("SP003",)


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("colour: red\n", "colour: unknown key"),
        ("select: [NOPE999]\n", "unknown rule or category 'NOPE999'"),
        ("fail-on: loud\n", "fail-on: unknown severity"),
        ("severity: {SP003: severe}\n", "severity.SP003"),
        ("select: [\n", "invalid YAML"),
        ("- a list\n", "expected a mapping"),
    ],
)
def test_bad_config_names_file_and_key(tmp_path: Path, text: str, needle: str) -> None:
    path = write(tmp_path / ".mtlint.yaml", text)
    with pytest.raises(ConfigError) as err:
        ruleset(load_config(path))
    assert needle in str(err.value)
    assert str(path) in str(err.value)


def test_per_file_ignores(tmp_path: Path) -> None:
    cfg = load_config(
        write(tmp_path / ".mtlint.yaml", "per-file-ignores:\n  'legacy/**': [SP003]\n")
    )
    rs = ruleset(cfg)
    assert "SP003" not in {r.code for r, _ in rs.for_path("legacy/old.txt")}
    assert "SP003" in {r.code for r, _ in rs.for_path("new.txt")}


def test_rule_paths_add_user_rules(tmp_path: Path) -> None:
    write(
        tmp_path / "myrules" / "house.yaml",
        """
code: MT901
name: house-calque
kind: existence
category: mistranslation
summary: A house-style calque.
message: "calque '{match}'"
tokens: [in the frame of]
examples:
  fail: [{text: "It was in the frame of the talks.", expect: ["1:8"]}]
  pass: ["It was part of the talks."]
""",
    )
    cfg = load_config(write(tmp_path / ".mtlint.yaml", "rule-paths: [myrules]\n"))
    assert "MT901" in {r.code for r, _ in ruleset(cfg).rules}
