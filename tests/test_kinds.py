from __future__ import annotations

from pathlib import Path

import pytest

from mtlint.errors import RuleFileError
from mtlint.kinds import load_rule_file

GOOD = """code: BP901
name: test-rule
kind: line
category: boilerplate
summary: x
message: "m '{match}'"
patterns: ["Advertisement"]
examples:
  fail: [{text: "Advertisement", expect: ["1:1"]}]
  pass: ["No ad here."]
"""


def load(tmp_path: Path, text: str):
    p = tmp_path / "r.yaml"
    p.write_text(text, encoding="utf-8")
    return load_rule_file(p, "r.yaml")


def test_good_rule_loads(tmp_path: Path) -> None:
    rule = load(tmp_path, GOOD)
    assert rule.code == "BP901" and rule.meta.source == "r.yaml"


@pytest.mark.parametrize(
    ("change", "needle"),
    [
        (("kind: line", "kind: magic"), "r.yaml: kind: unknown kind 'magic'"),
        (("summary: x", "summary: x\nbogus: 1"), "r.yaml: bogus: unknown key"),
        (("code: BP901", "code: SP901"), "r.yaml: code: SP901 must start with BP"),
        (("name: test-rule", "name: Test_Rule"), "r.yaml: name: 'Test_Rule' is not kebab-case"),
        (
            ('patterns: ["Advertisement"]', 'patterns: ["(unclosed"]'),
            "r.yaml: patterns: bad pattern",
        ),
        (("category: boilerplate", "category: nonsense"), "r.yaml: category: unknown category"),
        (("message: \"m '{match}'\"", 'message: "m {nope}"'), "r.yaml: message: bad placeholder"),
        (('  pass: ["No ad here."]', ""), "r.yaml: examples: needs at least one fail and one pass"),
    ],
)
def test_validation_errors_name_file_and_key(
    tmp_path: Path, change: tuple[str, str], needle: str
) -> None:
    with pytest.raises(RuleFileError) as err:
        load(tmp_path, GOOD.replace(*change))
    assert needle in str(err.value)


def test_invalid_yaml(tmp_path: Path) -> None:
    with pytest.raises(RuleFileError, match=r"r\.yaml: invalid YAML"):
        load(tmp_path, "code: [\n")


def test_catastrophic_user_pattern_times_out(tmp_path: Path) -> None:
    from mtlint.engine import lint_document
    from mtlint.registry import Registry

    rule = load(
        tmp_path,
        GOOD.replace('patterns: ["Advertisement"]', 'patterns: ["(a|aa|aaa)+b"]').replace(
            "kind: line", "kind: line\nmax-length: 100000"
        ),
    )
    found = lint_document("a" * 40 + "c", "x.txt", [(rule, rule.meta.severity)], Registry([rule]))
    assert [f.code for f in found] == ["MTL000"]
    assert "TimeoutError" in found[0].message or "timed out" in found[0].message


def test_continued_lines_are_the_rest_of_hard_wrapped_sentences() -> None:
    """Line rules skip a line that goes on with the sentence of a long line above it (a
    hard-wrapped paragraph); the first line, a short line and a new sentence do not."""
    from mtlint.document import Document
    from mtlint.kinds.line import is_continued

    text = (
        "The Rust community thinks about tests in terms of two main\n"  # 1: runs on
        "categories: unit tests and integration tests. Unit tests are small and\n"  # 2
        "more focused.\n"  # 3: continues 2
        "Read more: talks stall\n"  # 4: after a full stop
        "Share\n"  # 5
        "facebook twitter\n"  # 6: after a short line
    )
    doc = Document(text, "x.txt")
    assert [line.number for line in doc.lines if is_continued(doc, line)] == [2, 3]
