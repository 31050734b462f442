"""Every rule's own examples are its tests: one parametrized test runs them all."""

from __future__ import annotations

import pytest

from mtlint.config import Config
from mtlint.engine import lint_document
from mtlint.fix import apply_fixes
from mtlint.registry import build_registry
from mtlint.rule import Rule
from mtlint.runner import MAX_FIX_PASSES

REGISTRY = build_registry()


def _run(rule: Rule, text: str, path: str = "example.txt") -> list:
    with rule.example_context():
        return lint_document(text, path, [(rule, rule.meta.severity)], REGISTRY)


LOCAL_RULES = [r for r in REGISTRY if not getattr(r, "needs_languagetool", False)]


def _cases() -> list:
    out = []
    for rule in LOCAL_RULES:
        for i, ex in enumerate(rule.examples.fail):
            out.append(pytest.param(rule, ex, id=f"{rule.code}-fail-{i}"))
    return out


def _passes() -> list:
    out = []
    for rule in LOCAL_RULES:
        for i, text in enumerate(rule.examples.passing):
            out.append(pytest.param(rule, text, id=f"{rule.code}-pass-{i}"))
    return out


@pytest.mark.parametrize(("rule", "example"), _cases())
def test_fail_example(rule: Rule, example) -> None:
    findings = _run(rule, example.text)
    assert [f.code for f in findings if f.code != rule.code] == []
    got = [f"{f.line}:{f.column}" for f in findings]
    assert got == list(example.expect), [f.message for f in findings]
    for f in findings:
        assert (f.message and f.message[0] == f.message[0].lower()) or not f.message[0].isalpha()
    if example.fixed is not None:  # fixed as --fix does: passes until nothing changes
        fixed, _ = apply_fixes(example.text, findings, unsafe=True)
        for _ in range(MAX_FIX_PASSES - 1):
            again, _ = apply_fixes(fixed, _run(rule, fixed), unsafe=True)
            if again == fixed:
                break
            fixed = again
        assert fixed == example.fixed


@pytest.mark.parametrize(("rule", "text"), _passes())
def test_pass_example(rule: Rule, text: str) -> None:
    findings = _run(rule, text)
    assert findings == [], [(f.line, f.column, f.message) for f in findings]


def test_default_config_enables_every_rule() -> None:
    assert len(REGISTRY) > 0
    assert Config().select == ("ALL",)
