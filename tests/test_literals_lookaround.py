"""What a lookaround sees, and a product too large to spell out whole, still give
literals every matching line holds (kinds.literals): a necessary condition, never more."""

from __future__ import annotations

import random

import pytest
import regex

from mtlint.document import Document, fold
from mtlint.kinds import prefilter
from mtlint.kinds.base import Spec
from mtlint.kinds.line import LineRule
from mtlint.kinds.literals import Requirement, requirement

_WORDS = ["made", "a", "question", "questions", "years", "old", "has", "he", "the", "of", "x"]
_ATOMS = [
    *_WORDS,
    "[.,;]",
    r"\d{1,3}",
    "(?:two|three|forty)",
    "(?: big)?",
    "(?:-| )",
    r"\b",
    "[Hh]e",
]
_NUMBERS = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
_NUMBERS += "|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty"


def _holds(req: Requirement, line: str) -> bool:
    folded = fold(line)
    return all(any(text in folded for text in need.texts) for need in req.clauses)


def _sequence(rnd: random.Random, depth: int) -> str:
    parts = []
    for _ in range(rnd.randint(1, 4)):
        roll = rnd.random()
        if depth < 2 and roll < 0.25:
            kind = rnd.choice(["?=", "?<=", "?!", "?<!"])
            parts.append(f"({kind}{_sequence(rnd, depth + 1)})")
        elif depth < 2 and roll < 0.35:
            parts.append(f"(?:{_sequence(rnd, depth + 1)}|{_sequence(rnd, depth + 1)})")
        else:
            parts.append(rnd.choice(_ATOMS))
        parts.append(rnd.choice(["", " ", " "]))
    return "".join(parts)


def _consistent(rnd: random.Random) -> str:
    """A pattern whose lookarounds agree with what the match holds ("made (?<=e )a",
    "made(?= a) a"), so that it matches often and each lookaround sees the match."""
    words = [rnd.choice(_WORDS) for _ in range(rnd.randint(2, 4))]
    cut = rnd.randint(1, len(words) - 1)
    before, after = " ".join(words[:cut]) + " ", " ".join(words[cut:])
    if rnd.random() < 0.5:
        return f"{before}(?<={before[-rnd.randint(1, len(before)) :]}){after}"
    return f"{before}(?={after[: rnd.randint(1, len(after))]}){after}"


def _line(rnd: random.Random) -> str:
    pieces = [*_WORDS, "12", "7", "two", "forty", "big", ".", ",", ";", "-", "He", "Years"]
    out = ""
    for _ in range(rnd.randint(1, 12)):
        out += rnd.choice(pieces) + rnd.choice([" ", " ", "", "-"])
    return out


def test_random_lookaround_patterns_keep_a_necessary_condition() -> None:
    rnd = random.Random(11)
    lines = [_line(rnd) for _ in range(400)]
    checked = 0
    for i in range(900):
        source = _sequence(rnd, 0) if i % 3 else _consistent(rnd)
        req = requirement(source)
        for flags in (regex.V0, regex.V0 | regex.IGNORECASE):
            try:
                pattern = regex.compile(source, flags)
            except regex.error:
                continue
            for line in lines:
                if pattern.search(line):
                    checked += 1
                    assert _holds(req, line), (source, line, req)
    assert checked > 1000  # the patterns do match: the property is exercised


def test_a_lookahead_adds_what_it_sees() -> None:
    req = requirement(r"([Mm])ade(?= (?:a|several|\d+) (?:[\p{L}\-]+ )?questions?\b)")
    assert any(all("question" in text for text in need.texts) for need in req.clauses)
    assert _holds(req, "He made a tough question today")
    assert not _holds(req, "He made a cake")  # the old requirement ("made") held here


def test_a_lookbehind_adds_what_it_sees() -> None:
    req = requirement(r"(?<=\b(?:to|will) )impulse(?= (?:the|new) (?:economy|trade))")
    assert _holds(req, "We want to impulse the economy")
    assert not _holds(req, "An impulse to buy")


def test_a_large_product_keeps_the_tails_of_its_strings() -> None:
    source = rf"(?:has|have|having) (\d{{1,3}}|{_NUMBERS})(?:-| )years(?:-| )old"
    req = requirement(source)
    assert _holds(req, "she has forty years old")
    assert not _holds(req, "in forty years, he said")  # " years" alone no longer holds


def test_a_clause_implied_once_boundaries_are_dropped_goes() -> None:
    req = requirement(r"(?<![\p{L}\p{N}_])(?:has (\d{1,3}) years(?=[.,;)]))(?![\p{L}\p{N}_])")
    texts = [need.texts for need in req.clauses]
    assert frozenset({" years"}) not in texts
    assert any(" years." in t for t in texts)


def test_prefixed_line_patterns_stay_out_of_the_scan() -> None:
    """A line pattern found by its prefixes is never asked about by its literals: they
    would only lengthen every document's scan."""
    spec = Spec(
        "test.yaml",
        {
            "code": "BP999",
            "name": "test-rule",
            "kind": "line",
            "category": "boilerplate",
            "summary": "s",
            "message": "m {match}",
            "patterns": [r"zqxprefix \d+ zqxliteral", r"\d+ zqxother"],
            "examples": {"fail": [{"text": "zqxprefix 1 zqxliteral\n"}], "pass": ["x"]},
        },
    )
    rule = LineRule(spec, trusted=True)
    rule.prepare()
    literals = prefilter._INDEX.literals
    assert not any("zqxliteral" in lit for lit in literals)
    assert any("zqxother" in lit for lit in literals)  # no prefix: scanned


def test_a_scan_with_no_literal_registered_finds_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Line rules whose patterns all have prefixes register no literal: a run of only
    such rules scans with an empty automaton, which pyahocorasick cannot iterate."""
    monkeypatch.setattr(prefilter, "_INDEX", prefilter._Automaton())
    doc = Document("Related: nothing to see here.\n" * 200)
    assert prefilter._scan(doc) == ({}, set())
