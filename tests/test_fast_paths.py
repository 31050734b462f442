"""The run-time shortcuts (whole-document prefilters, fast paths) must find what the
plain per-line or per-sentence code finds."""

from __future__ import annotations

import random

import pytest

from mtlint.config import Config
from mtlint.document import Document
from mtlint.engine import ruleset
from mtlint.kinds import prefilter
from mtlint.kinds.line import LineRule
from mtlint.kinds.literals import Need, Requirement
from mtlint.kinds.substitution import SubstitutionRule
from mtlint.model import Span
from mtlint.rules import linekinds
from mtlint.rules.duplicate import _keys, doubled_word
from mtlint.rules.linekinds import content_bounds, normalize
from mtlint.sentences import _TERMINAL, _next_visible, ends_sentence, split_sentences


def _split(text: str) -> list[str]:
    return text.split()


_WORDS = [
    *_split(
        "Share this article said the The Mr. Smith U.S. 3.5 (AP) Reuters “Quote.” he Follow"
        " us on Twitter 12 34 next » - ## * | é ß STRASSE Straße etc. Inc. Wait..."
    ),
    "\u00a0",
]


def _texts(seed: int, count: int = 200) -> list[str]:
    rnd = random.Random(seed)
    out = []
    for _ in range(count):
        lines = []
        for _ in range(rnd.randint(1, 12)):
            words = [rnd.choice(_WORDS) for _ in range(rnd.randint(0, 14))]
            lines.append(" ".join(words) + rnd.choice(["", ".", " ", "!", "?"]))
        out.append("\n".join(lines) * rnd.choice([1, 40]))  # short and long documents
    return out


def _line_rules() -> list[LineRule]:
    return [r for r in ruleset(Config()).registry if isinstance(r, LineRule)]


def test_possible_agrees_with_candidate_lines() -> None:
    rules = [r for r in ruleset(Config()).registry if isinstance(r, SubstitutionRule)]
    for text in _texts(1, 40):
        doc = Document(text)
        for rule in rules:
            reqs = rule.required
            for req, flag in zip(reqs, prefilter.possible(doc, reqs), strict=True):
                lines = prefilter.candidate_lines(doc, req)
                assert flag or lines == [], req
                if lines:
                    assert flag


def test_a_requirement_registered_after_the_scan_is_seen() -> None:
    doc = Document("nothing here\n" * 300 + "a zebracorn appears\n")
    prefilter._scan(doc)  # scanned before the requirement exists
    need = Need((("zebracorn", b"zebracorn"),), frozenset({"zebracorn"}))
    req = Requirement((need,))  # not registered: candidate_lines must register it
    assert prefilter.candidate_lines(doc, req) == [300]
    assert prefilter.possible(doc, [req]) == [True]


@pytest.mark.parametrize("rule", _line_rules(), ids=lambda r: r.code)
def test_line_rules_find_the_same_with_and_without_candidates(
    rule: LineRule, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = [t for f in rule.examples.fail for t in (f.text,)] + list(rule.examples.passing)
    long = "\n".join(texts * 60) + "\n" + "\n".join(_texts(2, 5))
    found = [h.span for h in rule.check(Document(long))]
    monkeypatch.setattr(type(rule), "_candidates", lambda self, doc: None)
    assert [h.span for h in rule.check(Document(long))] == found


def test_paragraph_lines_match_paragraphs() -> None:
    for text in ["", "\n", "a\n\nb", "\n\n a \n  \nb\n", "x\r\ny\r\rz", *_texts(3, 30)]:
        doc = Document(text)
        spans = [Span(doc.lines[a].start, doc.lines[b].end) for a, b in doc.paragraph_lines]
        assert tuple(spans) == doc.paragraphs
        for a, b in doc.paragraph_lines:
            assert all(doc.lines[i].text.strip() for i in range(a, b + 1))


def _reference_split(text: str, span: Span) -> list[Span]:
    """The one-line loop of split_sentences before its fast paths."""
    out = []
    start = _next_visible(text, span.start, span.end)
    for found in _TERMINAL.finditer(text, start, span.end):
        if ends_sentence(text, found.start(), found.end(), span.end):
            out.append(Span(start, found.end()))
            start = _next_visible(text, found.end(), span.end)
    end = span.end
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Span(start, end))
    return out


def test_sentence_fast_paths_keep_the_boundaries() -> None:
    rnd = random.Random(4)
    pieces = _split(
        "Mr. Smith said. The end. It U.S. J. K. no. 1 … “Why?” he asked Wait... what etc. Ill."
        " 6 ft. approx. (The statement. A Inc. Meanwhile ! ? é. Ph.D."
    )
    for _ in range(3000):
        text = " ".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 12)))
        span = Span(0, len(text))
        assert list(split_sentences(text, span)) == _reference_split(text, span), text


def test_loose_keys_are_equal_for_equal_contents() -> None:
    for text in _texts(5, 60):
        doc = Document(text)
        keys = _keys.loose_keys(doc)
        by_content: dict[str, str] = {}
        for line, key in zip(doc.lines, keys, strict=True):
            start, end = content_bounds(line)
            content = normalize(line.text[start:end])
            assert by_content.setdefault(content, key) == key, (line.text, content)


def test_doubled_word_tokens_equal_the_regex_tokens() -> None:
    rnd = random.Random(6)
    alphabet = "ab ’'“—\u00a0\u2028\x1c_1é\u0301ß.\t\n…²|"
    for _ in range(5000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 16)))
        expected = [t.encode() for t in doubled_word._NOT_WORD.sub(" ", text).split()]
        assert doubled_word._tokens(text) == expected, repr(text)


def test_line_kind_shortcuts_agree_with_their_patterns() -> None:
    rnd = random.Random(7)
    pieces = [
        *_split("a A 1 . ) | # - * ( { } ::= >>> ... $ _ = == é ß – • ~"),
        " ",
        "   ",
        "\t",
        " = ",
        " == ",
        "\u00a0",
    ]
    for _ in range(20000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 8)))
        hinted = any(h in text for h in linekinds._CODE_HINTS) or text.lstrip()[:3].startswith(
            linekinds._CODE_PROMPTS
        )
        code = hinted and linekinds._CODE.search(text) is not None
        assert linekinds.looks_like_code.__wrapped__(text) == code, repr(text)
        structure = (
            linekinds.is_heading(text)
            or linekinds.is_list_item(text)
            or linekinds.is_table_row(text)
            or linekinds.is_rule_or_underline(text)
        )
        assert linekinds.is_structure.__wrapped__(text) == structure, repr(text)
