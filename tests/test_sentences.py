"""The sentence splitter: abbreviations, initials, decimals, ellipses and quotes."""

from __future__ import annotations

import pytest

from mtlint.document import Document
from mtlint.model import Span
from mtlint.sentences import is_abbreviation_dot, split_sentences, word_before


def split(text: str) -> list[str]:
    doc = Document(text)
    return [text[s.start : s.end] for s in doc.sentences]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("U.S. troops left. Then they came back.", "U.S. troops left. | Then they came back."),
        (
            "He lives in the U.S. The president spoke.",
            "He lives in the U.S. | The president spoke.",
        ),
        ("Mr. Smith met Dr. Jones and Mrs. Lee.", "Mr. Smith met Dr. Jones and Mrs. Lee."),
        ("They met at 5 p.m. on Monday. It rained.", "They met at 5 p.m. on Monday. | It rained."),
        (
            "Bring fruit, e.g. apples, i.e. something sweet.",
            "Bring fruit, e.g. apples, i.e. something sweet.",
        ),
        (
            "J. K. Rowling wrote it. H.G. Wells did not.",
            "J. K. Rowling wrote it. | H.G. Wells did not.",
        ),
        ("Growth was 3.5 percent. Then it fell.", "Growth was 3.5 percent. | Then it fell."),
        ("Version 2.0 is out. Node.js too.", "Version 2.0 is out. | Node.js too."),
        ("Wait... what? No. Really.", "Wait... what? | No. | Really."),
        ("“Why?” he asked. “Because,” she said.", "“Why?” he asked. | “Because,” she said."),
        ("She said: “Go home.” He left.", "She said: “Go home.” | He left."),
        ("Visit example.com. It works.", "Visit example.com. | It works."),
        ("It is 6 ft. tall and 5 in. wide. Done.", "It is 6 ft. tall and 5 in. wide. | Done."),
        (
            "He met Gen. Smith in Sacramento, Calif. The governor came.",
            "He met Gen. Smith in Sacramento, Calif. | The governor came.",
        ),
        (
            "Costs rose approx. five percent, vs. three. Fine.",
            "Costs rose approx. five percent, vs. three. | Fine.",
        ),
        (
            "Acme Inc. and Beta Ltd. merged. The deal closed.",
            "Acme Inc. and Beta Ltd. merged. | The deal closed.",
        ),
        ("Let me in. The rain is cold.", "Let me in. | The rain is cold."),
    ],
)
def test_split(text: str, expected: str) -> None:
    assert split(text) == expected.split(" | ")


def test_paragraphs_and_lines() -> None:
    text = "First line of a paragraph.\nSecond line.\n\nA heading\nText under it."
    assert split(text) == [
        "First line of a paragraph.",
        "Second line.",
        "A heading",
        "Text under it.",
    ]


def test_sentence_ending_a_line_then_indented_line() -> None:
    text = "It ended.\n  Then a new one began.\nShort\nNext"
    doc = Document(text)
    spans = list(split_sentences(text, Span(0, len(text))))
    assert all(s.start < s.end for s in spans)
    assert [text[s.start : s.end] for s in spans] == [text[s.start : s.end] for s in doc.sentences]


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Mr. Smith", "Mr", True),
        ("J. K. Rowling", "J", True),
        ("in the U.S. today", "U.S", True),
        ("at 5 p.m. on", "p.m", True),
        ("e.g. apples", "e.g", True),
        ("6 ft. tall", "ft", True),
        ("Springfield, Ill. The", "Ill", True),
        ("he fell ill. The", "ill", False),
        ("let me in. The", "in", False),
        ("Russian gas. pipeline", "gas", False),
        ("were indicated. in", "indicated", False),
        ("No. 1", "No", True),
        ("The answer was no. The vote failed.", "no", False),
        ("the no. of cases", "no", True),
        ("etc. and so on", "etc", True),
    ],
)
def test_is_abbreviation_dot(text: str, word: str, expected: bool) -> None:
    dot = text.index(word) + len(word)
    assert text[dot] == "."
    assert word_before(text, dot) == word
    assert is_abbreviation_dot(text, dot) is expected
