"""The declarative kinds' shortcuts must find what the plain computation finds: the
substitution rules' one-set-operation gate, the line rules' prefixes looked up by head,
and the literal scan whatever the order in which the automaton was built."""

from __future__ import annotations

import random

import pytest

from mtlint.config import Config
from mtlint.document import Document
from mtlint.engine import ruleset
from mtlint.kinds import prefilter
from mtlint.kinds.line import _HEAD, LineRule, content_span
from mtlint.kinds.substitution import SubstitutionRule

_WORDS = (
    "Share this article said the The Mr. Smith U.S. 3.5 (AP) Reuters “Quote.” he Follow us on"
    " Twitter 12 34 next » - ## * | é ß İstanbul ſo \u212aelvin page 2 of 5 1 2 3 — AFP"
    " – Reuters Updated 3 hours ago 5 min read who has 30 years made a question since"
)
_PIECES = [*_WORDS.split(), "\u00a0", "\u2003", "\x1c", "٣"]


def _texts(seed: int, count: int) -> list[str]:
    """Random lines of the pieces above, short and long documents."""
    rnd = random.Random(seed)
    out = []
    for _ in range(count):
        lines = []
        for _ in range(rnd.randint(1, 14)):
            words = [rnd.choice(_PIECES) for _ in range(rnd.randint(0, 12))]
            lead = rnd.choice(["", "", "## ", "- ", "> ", "**", " "])
            lines.append(lead + " ".join(words) + rnd.choice(["", ".", " ", "!", "**"]))
        out.append("\n".join(lines) * rnd.choice([1, 40]))
    return out


def _rules() -> list[object]:
    return list(ruleset(Config()).registry)


def _examples(rule: object) -> str:
    """The rule's own examples, often enough for a long document."""
    ex = rule.examples  # type: ignore[attr-defined]
    return "\n".join(([f.text for f in ex.fail] + list(ex.passing)) * 30)


def _documents(rule: object, seed: int) -> list[Document]:
    texts = [_examples(rule), *_texts(seed, 12)]
    return [Document(t) for t in texts] + [Document(_examples(rule) + "\n" + _texts(seed, 1)[0])]


_SUBSTITUTIONS = [r for r in _rules() if isinstance(r, SubstitutionRule)]
_LINES = [r for r in _rules() if isinstance(r, LineRule)]


@pytest.mark.parametrize("rule", _SUBSTITUTIONS, ids=lambda r: r.code)
def test_substitution_gate_rules_out_only_rules_with_nothing_active(
    rule: SubstitutionRule, monkeypatch: pytest.MonkeyPatch
) -> None:
    numbers = prefilter.gate(rule.required)
    assert numbers is not None  # every shipped entry has a literal: the gate is on
    docs = _documents(rule, 1)
    found = [[(h.span, h.message) for h in rule.check(doc)] for doc in docs]
    for doc in docs:
        if prefilter.worth_it(doc) and prefilter.none_possible(doc, numbers):
            assert rule._active(doc) == []
    monkeypatch.setitem(rule.__dict__, "_gate", None)  # the plain pass over every entry
    fresh = [Document(doc.text) for doc in docs]
    assert [[(h.span, h.message) for h in rule.check(doc)] for doc in fresh] == found
    assert any(found), "the examples must give the rule something to find"


def _reference_candidates(rule: LineRule, doc: Document) -> list[int] | None:
    """``LineRule._candidates`` as it was: every prefix tried on every line's content
    (by head when the content is that long), blind patterns on every line."""
    if not prefilter.worth_it(doc):
        return None
    prefixes, _, others = rule.required
    found: set[int] = set()
    blind = False
    for req in others:
        indexes = prefilter.candidate_lines(doc, req)
        if indexes is None:
            blind = True
        else:
            found.update(indexes)
    spans = [content_span(line) for line in doc.lines]
    if blind:
        pattern = rule._blind
        if pattern is None:
            return None
        find = pattern.fullmatch if rule.full else pattern.match
        for i, (line, (start, end)) in enumerate(zip(doc.lines, spans, strict=True)):
            if start < end and end - start <= rule.max_length and find(line.text[start:end]):
                found.add(i)
    shorts = tuple(p for p in prefixes if len(p) < _HEAD)
    for i, (line, (start, end)) in enumerate(zip(doc.lines, spans, strict=True)):
        at = line.start + start
        if start == end:
            continue
        long_match = end - start >= _HEAD and doc.folded.startswith(prefixes, at)
        if long_match or (shorts and doc.folded.startswith(shorts, at)):
            found.add(i)
    return sorted(found)


@pytest.mark.parametrize("rule", _LINES, ids=lambda r: r.code)
def test_line_candidates_by_head_are_the_plain_ones(rule: LineRule) -> None:
    for doc in _documents(rule, 2):
        assert rule._candidates(doc) == _reference_candidates(rule, doc)


def test_scan_finds_every_literal_at_every_offset() -> None:
    prefilter._INDEX.register(_SUBSTITUTIONS[0].required[0])  # at least one literal
    for text in _texts(3, 6):
        doc = Document(text)
        table, _ = prefilter._scan(doc)
        for lit in prefilter._INDEX.literals:
            starts = [i for i in range(len(doc.folded)) if doc.folded.startswith(lit, i)]
            assert table.get(lit, []) == starts, lit


def test_frequency_order_puts_frequent_characters_first() -> None:
    literals = ["zebra", " the", "the", "ex", "eta"]
    ordered = sorted(literals, key=prefilter._by_frequency)
    assert ordered == [" the", "eta", "ex", "the", "zebra"]


def test_a_short_text_leaves_the_gate_unbuilt(monkeypatch: pytest.MonkeyPatch) -> None:
    """The gate registers every entry's literals (an analysis a pre-commit run on a few
    short files should not pay); a text under SMALL_TEXT never asks for it."""
    rule = _SUBSTITUTIONS[0]
    monkeypatch.delitem(rule.__dict__, "_gate", raising=False)  # as a fresh run has it
    doc = Document("A short text, at par with others.\n")
    assert len(doc.text) < prefilter.SMALL_TEXT
    list(rule.check(doc))
    assert "_gate" not in rule.__dict__
    list(rule.check(Document("The text goes on and on. " * 100)))
    assert "_gate" in rule.__dict__
