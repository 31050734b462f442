"""Shortcuts must give what the plain computation gives: the prefilter's lead-clause
scan against every clause found with ``str.find``, dropped (implied) clauses, the inline
tests of ``mentions.scan`` and the per-run rule list of ``runner._rules``."""

from __future__ import annotations

import random
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from mtlint import runner
from mtlint.config import Config
from mtlint.document import Document
from mtlint.engine import ruleset
from mtlint.files import Target
from mtlint.kinds import literals, prefilter, stringsets
from mtlint.kinds.literals import Need, Requirement, requirement
from mtlint.rules import _prose
from mtlint.rules.linekinds import is_title_like
from mtlint.rules.name import mentions, starts


def _split(text: str) -> list[str]:
    return text.split()


_WORDS = _split(
    "the years had years-old year yeah about more min minister comment comme said "
    "Share this article Read more: See also Mr. Smith U.S. “Quote.” (AP) Reuters "
    "Follow us on Twitter since months days — - » | ’s Biden's Emily Horne NATO "
    "al-Assad They're Don't THE END Title Case Line Here é ß"
)


def _texts(seed: int, count: int) -> list[str]:
    rnd = random.Random(seed)
    out = []
    for _ in range(count):
        lines = []
        for _ in range(rnd.randint(1, 30)):
            words = [rnd.choice(_WORDS) for _ in range(rnd.randint(0, 16))]
            sep = rnd.choice([" ", " ", "  ", "\u00a0", " “", ". "])
            lines.append(sep.join(words) + rnd.choice(["", ".", "!", "?", ":"]))
        out.append("\n".join(lines) * rnd.choice([1, 30]))
    return out


def _requirements() -> list[Requirement]:
    reqs: list[Requirement] = []
    for rule in ruleset(Config()).registry:
        required = getattr(rule, "required", None)  # one, a list, or (.., .., list)
        if isinstance(required, Requirement):
            reqs.append(required)
        elif isinstance(required, list):
            reqs.extend(required)
        elif isinstance(required, tuple):
            reqs.extend(required[2])
    crossing = Need((("had\nyea", None), ("\nyea", None)), frozenset({"had\nyea", "\nyea"}))
    years = Need(((" years", b"years"),), frozenset({" years"}))
    had = Need((("had ", b"had"),), frozenset({"had "}))
    reqs += [Requirement((years, had)), Requirement((had, crossing)), Requirement((years,))]
    return [r for r in reqs if r.clauses]


def test_lead_clause_lines_equal_every_clause_found(monkeypatch: pytest.MonkeyPatch) -> None:
    reqs = _requirements()
    assert any(len(r.clauses) > 1 for r in reqs)
    texts = _texts(5, 30)
    fast = [[prefilter.candidate_lines(Document(t), r) for r in reqs] for t in texts]
    monkeypatch.setattr(prefilter, "_AC", None)
    exact = [[prefilter.candidate_lines(Document(t), r) for r in reqs] for t in texts]
    assert fast == exact


@pytest.mark.parametrize(
    ("pattern", "kept"),
    [
        (r"comment", [{"comment"}]),  # not also "commen", "comme" (its prefixes)
        (r"\d+ years", [{" years"}]),  # not also " year", " yea"
        (r"\byears?\b.{0,30}\bhad\b", [{"year", "years"}, {"had"}]),
    ],
)
def test_implied_clauses_are_dropped(pattern: str, kept: list[set[str]]) -> None:
    texts = [set(n.texts) for n in requirement(pattern).clauses]
    assert sorted(texts, key=sorted) == sorted(kept, key=sorted)


def test_unimplied_keeps_exactly_the_clauses_no_other_implies() -> None:
    rnd = random.Random(2)
    pool = ["yea", "year", "years", " years", "had ", "had", "comm", "comment", "xyz"]
    for _ in range(300):
        clauses = tuple(
            frozenset(rnd.sample(pool, rnd.randint(1, 3))) for _ in range(rnd.randint(1, 4))
        )
        simple = tuple(c for c in (stringsets._simplify(c) for c in clauses) if c is not None)
        simple = tuple(dict.fromkeys(simple))
        kept = literals._unimplied(simple)
        for c in simple:
            implied = any(d != c and all(any(x in s for x in c) for s in d) for d in simple)
            assert (c not in kept) == implied


def _reference_title_like(line: str) -> bool:
    lower = len(starts._LOWER_WORD.findall(line))
    if 3 * lower > len(starts._MAYBE_CAPITAL.findall(line)):
        return False
    return is_title_like(line)


def test_title_like_shortcut() -> None:
    for text in _texts(7, 40):
        for line in text.split("\n"):
            assert starts._title_like(line) == _reference_title_like(line), line


def test_scan_initial_flags_match_stop() -> None:
    for text in _texts(9, 60):
        doc = Document(text)
        for word, start, _end, initial, _b, _a in mentions.scan(doc):
            line = doc.line_at(start)
            stop = starts._stop(text, start, line.start)
            expected = not stop or (
                _reference_title_like(line.text)
                or (stop in starts._CLOSERS and start in doc.sentence_starts)
            )
            assert initial == expected, (word, start)


@pytest.mark.parametrize("grammar", [False, True])
@pytest.mark.parametrize("ignores", [(), (("*.txt", ("PU",)),)])
def test_rules_shortcut_equals_for_path(tmp_path: Path, grammar: bool, ignores: Any) -> None:
    config = replace(Config(), per_file_ignores=ignores)
    target = Target(tmp_path / "a.txt", "a.txt", config, grammar=grammar)
    rs = ruleset(config)
    expected = rs.for_path("a.txt")
    if not grammar:
        expected = [(r, s) for r, s in expected if not getattr(r, "needs_languagetool", False)]
    for _ in range(2):  # the second answer comes from the memo
        assert runner._rules(target) == (expected, rs.registry)


_LEAD_PATTERNS = [
    r"['’](?:(?<=[^\W\d_]['’])[ \u00a0]|(?<=[ \u00a0]['’]))",
    r"[,;](?=[^\W\d_]{2})",
    r"[.?!](?<=[^\W\d_][.?!])[”’\"']?[^\W\d_]",
    r"[”\"»’](?:(?<=[,.!?…][”\"»’])|(?<=[”\"»])(?=\s?,))",
    r"[.,]x|y",
    r"[ab]+c",  # a repeated class: not split
]


def test_lines_matching_split_by_lead_character() -> None:
    assert _prose._by_lead(re.compile(r"[,;]x")) is not None
    assert _prose._by_lead(re.compile(r"[ab]+c")) is None
    assert _prose._by_lead(re.compile(r"[A-Z]x")) is None
    for text in _texts(11, 40):
        text = text.replace("Share", "ab,cd;ef'g ’h y").replace("said", "x.x,x abbc")
        for source in _LEAD_PATTERNS:
            pattern = re.compile(source)
            doc = Document(text)
            lines = set()
            for line in doc.lines:
                if any(pattern.match(text, i) for i in range(line.start, line.end)):
                    lines.add(line.number)
            assert _prose.lines_matching(doc, pattern) == lines, source
