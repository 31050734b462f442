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


RULE = """\
code: BP901
name: leave-reply
kind: existence
category: boilerplate
summary: A reply box.
message: "reply box '{match}'"
patterns: ['PATTERN']
examples:
  fail: [{text: "PATTERN here", expect: ["1:1"]}]
  pass: ["Nothing."]
"""


def _custom_rule(tmp_path: Path, pattern: str) -> None:
    write(tmp_path / "rules" / "r.yaml", RULE.replace("PATTERN", pattern))
    write(tmp_path / ".mtlint.yaml", "rule-paths: [rules]\n")


def test_an_edited_custom_rule_is_not_answered_from_the_cache(cli, tmp_path: Path) -> None:
    _custom_rule(tmp_path, "Leave")
    write(tmp_path / "a.txt", "The minister spoke.\nLeave a Reply\n")
    args = ("check", "--format", "concise", "--select", "BP901", "a.txt")
    assert cli(*args, cwd=tmp_path).stdout.startswith("a.txt:2:1: BP901")
    _custom_rule(tmp_path, "minister")  # same folder, same code: only the content differs
    assert cli(*args, cwd=tmp_path).stdout.startswith("a.txt:1:5: BP901")


def test_explain_knows_the_custom_rules_that_rules_lists(cli, tmp_path: Path) -> None:
    _custom_rule(tmp_path, "Leave")
    assert "BP901" in cli("rules", cwd=tmp_path).stdout
    r = cli("explain", "BP901", cwd=tmp_path)
    assert r.returncode == 0 and r.stdout.startswith("BP901 leave-reply"), r.stderr
    other = tmp_path / "elsewhere"
    other.mkdir()
    r = cli("explain", "leave-reply", "--config", "../.mtlint.yaml", cwd=other)
    assert r.returncode == 0 and r.stdout.startswith("BP901 leave-reply"), r.stderr


@pytest.mark.parametrize("option", ["--select", "--ignore"])
def test_a_bad_command_line_selector_is_blamed_on_the_command_line(
    cli, tmp_path: Path, option: str
) -> None:
    write(tmp_path / ".mtlint.yaml", "ignore: [SP003]\n")
    write(tmp_path / "a.txt", "Hello.\n")
    r = cli("check", option, "XX", "a.txt", cwd=tmp_path)
    assert r.returncode == 2
    assert r.stderr == "mtlint: error: command line: unknown rule or category 'XX'\n"
    write(tmp_path / ".mtlint.yaml", "ignore: [ZZ]\n")  # the file's own: still the file
    r = cli("check", option, "SP", "a.txt", cwd=tmp_path)
    assert r.stderr.endswith(".mtlint.yaml: unknown rule or category 'ZZ'\n"), r.stderr


@pytest.mark.parametrize(
    ("name", "text", "problem"),
    [
        (".mtlint.yaml", 'exclude: ["[z-a]"]\n', "exclude: invalid pattern '[z-a]'"),
        (".mtlint.yaml", 'include: ["[z-a]"]\n', "include: invalid pattern '[z-a]'"),
        (".mtlint.yaml", 'glossary: "a\\0b"\n', "glossary: invalid path 'a\\x00b'"),
        (".mtlint.yaml", 'extends: "a\\0b"\n', "extends: invalid path 'a\\x00b'"),
        ("pyproject.toml", 'tool = "mtlint"\n', "tool: expected a table"),
        (".mtlint.yaml", "languagetool: {urll: x}\n", "languagetool.urll: unknown key"),
        (".mtlint.yaml", "languagetool: {threads: 0}\n", "languagetool.threads: expected a"),
        # PyYAML keeps the last of two keys without a word: the first select was lost
        (".mtlint.yaml", "select: [SP]\nignore: [BS]\nselect: [BP]\n",
         "invalid YAML: duplicate key 'select' (line 3)"),
        (".mtlint.yaml", "languagetool:\n  url: a\n  url: b\n",
         "invalid YAML: duplicate key 'url' (line 3)"),
    ],
)  # fmt: skip
def test_bad_config_values_are_one_line_errors(
    cli, tmp_path: Path, name: str, text: str, problem: str
) -> None:
    config = write(tmp_path / name, text)
    write(tmp_path / "docs" / "a.txt", "Hello.\n")
    r = cli("check", "docs", cwd=tmp_path)  # grammar off: the table is checked all the same
    assert r.returncode == 2 and "Traceback" not in r.stderr, r.stderr
    assert r.stderr.startswith(f"mtlint: error: {config}: {problem}"), r.stderr
    assert len(r.stderr.splitlines()) == 1


def test_documented_languagetool_table_is_accepted(tmp_path: Path) -> None:
    doc = (Path(__file__).parent.parent / "docs" / "grammar.md").read_text(encoding="utf-8")
    table = doc.split("\nlanguagetool:\n", 1)[1].split("```", 1)[0]  # the documented one
    cfg = load_config(write(tmp_path / ".mtlint.yaml", "languagetool:\n" + table))
    from mtlint.grammar.settings import parse_settings

    settings = parse_settings(dict(cfg.languagetool))
    assert "EN_UNPAIRED_QUOTES" in settings.disabled_rules
    assert settings.enabled_rules == ("COMMA_COMPOUND_SENTENCE",)
    hash(cfg)  # a Config is a dict key


def test_an_invalid_gitignore_line_is_skipped_as_git_does(cli, tmp_path: Path) -> None:
    write(tmp_path / "docs" / ".gitignore", "[z-a]\nskip.txt\n")
    write(tmp_path / "docs" / "a.txt", "Hello.\n")
    write(tmp_path / "docs" / "skip.txt", "Hello.\n")
    r = cli("check", "docs", cwd=tmp_path)
    assert r.returncode == 0 and "1 file checked" in r.stdout, r.stderr
