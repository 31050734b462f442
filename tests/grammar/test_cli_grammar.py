"""Grammar through the real CLI: examples of the LanguageTool rules, config, suppression,
de-duplication against core rules, and what happens when LanguageTool is unavailable."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mtlint.grammar.checker import GrammarChecker
from mtlint.registry import build_registry

pytestmark = pytest.mark.languagetool

LT_RULES = [r for r in build_registry() if getattr(r, "needs_languagetool", False)]


@pytest.fixture(scope="module")
def lt_url(checker: GrammarChecker) -> str:
    return checker.url.rstrip("/").removesuffix("/v2")


@pytest.mark.parametrize("rule", LT_RULES, ids=lambda r: r.code)
def test_languagetool_rule_examples(cli, rule, lt_url: str, tmp_path: Path) -> None:
    for i, ex in enumerate(rule.examples.fail):
        (tmp_path / f"f{i}.txt").write_text(ex.text, encoding="utf-8")
        r = cli(
            "check",
            "--grammar",
            "--languagetool-url",
            lt_url,
            "--no-cache",
            "--select",
            rule.code,
            "--format",
            "concise",
            f"f{i}.txt",
            cwd=tmp_path,
        )
        got = [line.split(":")[1] + ":" + line.split(":")[2] for line in r.stdout.splitlines()]
        assert got == list(ex.expect), r.stdout + r.stderr
    for i, text in enumerate(rule.examples.passing):
        (tmp_path / f"p{i}.txt").write_text(text, encoding="utf-8")
        r = cli(
            "check",
            "--grammar",
            "--languagetool-url",
            lt_url,
            "--no-cache",
            "--select",
            rule.code,
            "--format",
            "concise",
            f"p{i}.txt",
            cwd=tmp_path,
        )
        assert r.stdout == "", r.stdout


def test_config_turns_grammar_on_and_suppression_and_dedupe_apply(
    cli, lt_url: str, tmp_path: Path
) -> None:
    (tmp_path / ".mtlint.yaml").write_text(f"grammar: true\nlanguagetool: {{url: '{lt_url}'}}\n")
    (tmp_path / "a.md").write_text(
        "He go to school every day.\n\nThe talks ended ,and the delegates left.\n\n"
        "<!-- mtlint: disable-next-line GR001 -->\nShe go home every day.\n",
        encoding="utf-8",
    )
    r = cli("check", "--no-cache", "--format", "concise", "a.md", cwd=tmp_path)
    codes = [(line.split(":")[1], line.split()[1]) for line in r.stdout.splitlines()]
    # GR001 on line 1; line 3's space before the comma is reported once, by the core rule
    assert codes == [("1", "GR001"), ("3", "PU002")], r.stdout + r.stderr
    r = cli("check", "--no-grammar", "--no-cache", "--format", "concise", "a.md", cwd=tmp_path)
    assert "GR001" not in r.stdout


def test_unavailable_is_a_notice_or_exit_2(cli, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("He go to school.\n\nLeave a Reply\n", encoding="utf-8")
    r = cli(
        "check",
        "--grammar",
        "--languagetool-url",
        "http://127.0.0.1:9",
        "--format",
        "concise",
        "a.txt",
        cwd=tmp_path,
    )
    assert r.returncode == 1  # the core findings still decide
    assert "BP003" in r.stdout and "GR001" not in r.stdout
    assert r.stderr.count("grammar checks skipped") == 1
    r = cli(
        "check",
        "--grammar",
        "--require-grammar",
        "--languagetool-url",
        "http://127.0.0.1:9",
        "a.txt",
        cwd=tmp_path,
    )
    assert r.returncode == 2 and "grammar checks unavailable" in r.stderr
    assert "Traceback" not in r.stderr


def test_fix_applies_a_languagetool_suggestion_once(cli, lt_url: str, tmp_path: Path) -> None:
    """LanguageTool checks the text once, as read; --fix used to apply its suggestion
    again on every pass: 'He goeseseseseseseseseses to school.'"""
    p = tmp_path / "a.txt"
    p.write_text("The  cat sat. He go to school.\n", encoding="utf-8")
    r = cli("check", "--grammar", "--languagetool-url", lt_url, "--no-cache", "--fix",
            "--unsafe-fixes", "a.txt", cwd=tmp_path)  # fmt: skip
    assert "Traceback" not in r.stderr, r.stderr
    assert p.read_text(encoding="utf-8") == "The cat sat. He goes to school.\n", r.stdout


def test_records_and_inputs_that_share_a_name_keep_their_own_hits(
    cli, lt_url: str, tmp_path: Path
) -> None:
    (tmp_path / "d.jsonl").write_text(
        '{"id": "x", "text": "He go to school."}\n'
        '{"id": "x", "text": "Everything here is fine and correct."}\n',
        encoding="utf-8",
    )
    grammar = ("check", "--grammar", "--languagetool-url", lt_url, "--no-cache")
    r = cli(
        *grammar,
        "--jsonl-field",
        "text",
        "--jsonl-id",
        "id",
        "--format",
        "jsonl",
        "d.jsonl",
        cwd=tmp_path,
    )
    docs = [json.loads(line) for line in r.stdout.splitlines()]
    assert [d["findings"] for d in docs if d["type"] == "document"] == [1, 0], r.stdout
    (tmp_path / "t").mkdir()
    (tmp_path / "t" / "a.txt").write_text("Everything here is fine and correct.\n")
    r = cli(
        *grammar,
        "--format",
        "concise",
        "-",
        "t/a.txt",
        "--stdin-filename",
        "t/a.txt",
        cwd=tmp_path,
        stdin=b"He go to school.\n",
    )
    assert r.stdout.count("GR001") == 1, r.stdout  # stdin's, not also the file's


def test_no_cache_keeps_languagetool_answers_out_of_their_cache(
    cli, lt_url: str, tmp_path: Path
) -> None:
    (tmp_path / "a.txt").write_text("He go to school every day.\n", encoding="utf-8")
    store = tmp_path / "g"
    args = ("check", "--grammar", "--languagetool-url", lt_url, "a.txt")
    env = {"MTLINT_GRAMMAR_CACHE": str(store)}
    r = cli(*args, "--no-cache", cwd=tmp_path, env=env)
    assert "GR" in r.stdout, r.stdout + r.stderr
    assert not store.exists()  # neither read nor written
    cli(*args, cwd=tmp_path, env=env)
    assert (store / "languagetool.sqlite3").is_file()  # the default run does cache
