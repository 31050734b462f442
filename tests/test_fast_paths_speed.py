"""Faster paths must give what the plain code gave: ``Span`` and ``Line`` built by their
slots' setters, sentences split into a list, the capitalised words of ``mentions`` taken
with ``map`` and its Title Case test counted in bytes, DU003's shortcut for exact copies,
the shared scan for rare characters, and the elision and surrogate tests."""

from __future__ import annotations

import dataclasses
import random
import re
from itertools import chain

import pytest

from mtlint.document import Document, Line
from mtlint.model import Span
from mtlint.rules import _rare
from mtlint.rules.duplicate import near_duplicate
from mtlint.rules.encoding import characters
from mtlint.rules.linekinds import is_title_like
from mtlint.rules.name import mentions, starts
from mtlint.rules.spacing import invisible, spaces
from mtlint.rules.untranslated import _tokens
from mtlint.sentences import split_paragraphs, split_sentences


def _split(text: str) -> list[str]:
    return text.split()


_WORDS = _split(
    "The minister said al-Assad and Ash-Sharif met NATO's chief. They're here; Biden's "
    "plan, don't. el-Sisi x-Ray ash-Shams DON'T O'Brien's Al-Qaeda’s U.S. Mr. Smith "
    "“Quote.” — e.g. 3.5 percent Wait... what? Yes! I'll go. ÉCOLE École Zürich -Al A-B"
)


def _texts(seed: int, count: int) -> list[str]:
    rnd = random.Random(seed)
    seps = [" ", " ", " ", "\n", "\n\n", "  "]
    return [
        "".join(rnd.choice(_WORDS) + rnd.choice(seps) for _ in range(rnd.randint(1, 60)))
        for _ in range(count)
    ]


def test_span_and_line_behave_as_frozen_dataclasses() -> None:
    span = Span(3, 5)
    assert (span.start, span.end) == (3, 5)
    assert span == Span(start=3, end=5) and hash(span) == hash(Span(3, 5))
    assert Span(1, 2) < Span(1, 3) and repr(span) == "Span(start=3, end=5)"
    assert dataclasses.replace(span, end=9) == Span(3, 9)
    for bad in ((-1, 2), (4, 3)):
        with pytest.raises(ValueError, match="invalid span"):
            Span(*bad)
    with pytest.raises(dataclasses.FrozenInstanceError):
        span.start = 4  # type: ignore[misc]
    line = Line(number=2, start=4, end=7, text="abc")
    assert line == Line(2, 4, 7, "abc") and line.span == Span(4, 7)
    with pytest.raises(dataclasses.FrozenInstanceError):
        line.text = "x"  # type: ignore[misc]


def test_split_paragraphs_is_split_sentences_of_each() -> None:
    for text in _texts(11, 300):
        doc = Document(text)
        expected = list(chain.from_iterable(split_sentences(text, p) for p in doc.paragraphs))
        assert split_paragraphs(text, doc.paragraphs) == expected, repr(text)
        assert list(doc.sentences) == expected


def _reference_tokens(text: str) -> list[tuple[str, int]]:
    """``mentions._tokens`` as a plain loop over the matches."""
    out = []
    for m in mentions._TOKEN.finditer(text):
        start, word = m.start(), m.group()
        if start and text[start - 1] == "-":
            start -= 4 if text[start - 4 : start - 1] in ("ash", "Ash") else 3
            word = text[start : m.end()]
        if "'" in word or "’" in word:
            if word.endswith(("'s", "’s")):
                word = word[:-2]
            if mentions._CONTRACTION.search(word):
                continue
        if not word.isupper():
            out.append((word, start))
    return out


def test_mention_tokens_equal_the_plain_loop() -> None:
    assert mentions._tokens("Bashar al-Assad met NATO's Biden's aide; They're") == [
        ("Bashar", 0),
        ("al-Assad", 7),
        ("Biden", 27),
    ]
    for text in _texts(5, 300):
        assert mentions._tokens(text) == _reference_tokens(text), repr(text)


def test_exact_copies_differ_in_nothing() -> None:
    words = _split("the talks will resume in geneva next month, the ministry said")
    assert near_duplicate._diff(words, list(words), 1) == (0, [], [])


def test_title_case_counts_equal_the_line_test() -> None:
    lines = [
        "Who? What? é É ÉCOLE Title Case Line Here ?? hello world tests",
        "Breaking News From The Capital Today",
        "the minister said on Monday that the talks would resume",
        *_texts(13, 100),
    ]
    for text in lines:
        doc = Document(text)
        classes = starts._classes(text)
        for line in doc.lines:
            quick = not starts._not_title(text, classes, line.start, line.end)
            got = quick and is_title_like(line.text)
            assert got == starts._title_like(line.text), line.text


def test_rare_characters_hold_every_rule_class() -> None:
    classes = [characters._CONTROL_CHAR, invisible._ANY_INVISIBLE, spaces._ODD_SPACE]
    for code in range(0x10000):
        ch = chr(code)
        if any(c.match(ch) for c in classes):
            assert _rare._RARE.match(ch), hex(code)
    doc = Document("a\u00a0b and \u200b, then \x07")
    assert _rare.rare_characters(doc) == frozenset("\u00a0\u200b\x07")
    assert _rare.holds(doc, spaces._ODD_SPACE) and _rare.holds(doc, characters._CONTROL_CHAR)
    assert not _rare.holds(Document("plain “text” — café"), invisible._ANY_INVISIBLE)


def test_elision_and_surrogate_tests_equal_the_searches() -> None:
    texts = [
        "l'état, qu’il, jusqu'à, don't, it’s, Biden's, d'Artagnan, un’altra",
        "no apostrophe at all",
        "Caf\udce9 au lait",
        "\ud800 lone high surrogate",
        *_texts(17, 100),
    ]
    for text in texts:
        assert _tokens._has_elision(text) == bool(_tokens._ELISION_ANYWHERE.search(text)), text
        found = characters._SURROGATE.search(text) is not None
        assert not found or characters._surrogates(text), text
        assert characters._surrogates(text, chunk=4) == characters._surrogates(text)


def test_distinct_words_are_the_split_words(monkeypatch: pytest.MonkeyPatch) -> None:
    from mtlint import document

    for chunk in (7, 1 << 20):
        monkeypatch.setattr(document, "_CHUNK", chunk)
        for text in [*_texts(19, 50), "", "  ", "a  b\u00a0c\td\n"]:
            assert Document(text).distinct_words == frozenset(text.split()), repr(text)


# The two prefilters that glued._capital_lines replaced with one scan.
_ASCII_LOWER_UPPER = re.compile("[A-Z](?<=[a-z][A-Z])")
_DIGIT_HINT = re.compile(r"[A-Z](?<=\d[A-Z])")


def test_capital_lines_are_the_two_prefilters() -> None:
    from mtlint.rules._prose import lines_matching
    from mtlint.rules.broken import glued

    extra = ["delaysThe 3D film, 12A seat; iPhone\nWordPress 4K ２A", "x1Y\nA\naB"]
    for text in [*_texts(23, 100), *extra]:
        expected = (
            lines_matching(Document(text), _ASCII_LOWER_UPPER),
            lines_matching(Document(text), _DIGIT_HINT),
        )
        assert glued._capital_lines(Document(text)) == expected, repr(text)
