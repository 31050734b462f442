"""The literal prefilters of the declarative rules must never hide a match."""

from __future__ import annotations

import random

import pytest
import regex

from mtlint.config import Config
from mtlint.document import Document, fold
from mtlint.engine import ruleset
from mtlint.kinds import prefilter
from mtlint.kinds.base import YamlRule
from mtlint.kinds.line import content_span
from mtlint.kinds.literals import Requirement, requirement


def _holds(req: Requirement, text: str) -> bool:
    folded = fold(text)
    return all(any(lit in folded for lit, _ in need.literals) for need in req.clauses)


def _yaml_rules() -> list[YamlRule]:
    return [r for r in ruleset(Config()).registry if isinstance(r, YamlRule)]


def _texts(rule: YamlRule) -> list[str]:
    ex = rule.examples
    base = [f.text for f in ex.fail] + list(ex.passing)
    return base + [t.upper() for t in base] + [t.title() for t in base]


@pytest.mark.parametrize("rule", _yaml_rules(), ids=lambda r: r.code)
def test_requirement_holds_wherever_a_pattern_matches(rule: YamlRule) -> None:
    for text in _texts(rule):
        for line in Document(text).lines:
            if rule.kind == "line":
                prefixes, _, others = rule.required
                start, end = content_span(line)
                content = line.text[start:end]
                find = rule.pattern.fullmatch if rule.full else rule.pattern.match
                if find(content) is None:
                    continue
                by_prefix = bool(prefixes) and fold(content).startswith(prefixes)
                assert by_prefix or any(_holds(q, line.text) for q in others), line.text
            else:
                pairs = (
                    [(rule.pattern, rule.required)]
                    if rule.kind == "existence"
                    else [(p, q) for (p, _), q in zip(rule.swaps, rule.required, strict=True)]
                )
                for pattern, req in pairs:
                    if pattern.search(line.text):
                        assert _holds(req, line.text), (pattern.pattern, line.text)


def test_fold_keeps_offsets_and_case_insensitive_literals() -> None:
    text = "İstanbul ſo \u212aelvin ΟΔΟΣ ΑΣ"
    folded = fold(text)
    assert len(folded) == len(text)
    for word in ("istanbul", "so", "kelvin"):
        assert regex.search(word, text, regex.IGNORECASE | regex.V0)
        assert word in folded


@pytest.mark.parametrize(
    ("pattern", "present"),
    [
        (r"(?<![\p{L}])(?:went on (?:my|his) nerves)(?![\p{L}])", "went on his nerves"),
        (r"\L<net>(?:\s*,\s*\L<net>)+", "Facebook, Twitter"),
        (r"[Tt]he chain (NBC|CNN)(?![\w’'])", "the chain CNN"),
    ],
)
def test_requirement_of_simple_patterns(pattern: str, present: str) -> None:
    req = requirement(pattern, {"net": ["facebook", "twitter"]})
    assert req.clauses
    assert _holds(req, f"It said {present} today.")
    assert not _holds(req, "Nothing of the sort here.")


def test_syntax_read_differently_gives_no_requirement() -> None:
    # Fuzzy counts and POSIX classes mean something else to the stdlib parser; \G it lacks.
    for pattern in (r"(?:abcdef){e<=1}", r"[[:alpha:]]+ingly", r"\Gfoobar"):
        assert not requirement(pattern).clauses, pattern


def test_automaton_and_find_give_the_same_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    rnd = random.Random(3)
    words = ["share", "the", "article", "follow", "us", "on", "twitter", "reuters", "said"]
    text = "\n".join(" ".join(rnd.choice(words) for _ in range(8)) for _ in range(300))
    rules = _yaml_rules()
    found = [[h.span for h in r.check(Document(text))] for r in rules]
    monkeypatch.setattr(prefilter, "_AC", None)
    assert [[h.span for h in r.check(Document(text))] for r in rules] == found
