"""DU002's candidate offsets, found with ``str.find`` or with one regex of the doubled
words, must be the regex's (as it was for every document), and the rule must report what
the plain search of its whole pattern over the text reports."""

from __future__ import annotations

import random
import re
from itertools import pairwise

import pytest

from mtlint import rx
from mtlint.document import Document
from mtlint.rules.duplicate import doubled_word
from mtlint.rules.linekinds import fenced_lines, looks_like_code

_PIECES = [
    *["the", "The", "THE", "to", "a", "A", "an", "had", "that", "é", "É", "ß", "SS"],
    "’s",
    "'s",
    "the’s",
    "d’être",
    "bathe",
    "then",
    "10",
    "x_y",
    "Ⅰ",
    "ⅰ",
    "\u212a",
    "k",
    *" " * 6,
    "  ",
    "\n",
    "\n\n",
    "\t",
    "\u00a0",
    "\u2028",
    "\x1c",
    "-",
    ",",
    ".",
    "“",
    "—",
    "'",
    "’",
]


def _texts(seed: int, count: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(_PIECES) for _ in range(rnd.randint(0, 30))) for _ in range(count)]


def _regex_candidates(folded: str, doubled: set[str]) -> list[int]:
    """The candidates as they were: one pattern of the doubled words for every document."""
    words = "|".join(re.escape(w) for w in sorted(doubled, key=len, reverse=True))
    finder = rx.compile_once("(" + words + r")(?=\s+\1(?![\w'’]))")
    return [
        m.start()
        for m in finder.finditer(folded)
        if not m.start() or not doubled_word._word_char(folded[m.start() - 1])
    ]


@pytest.mark.parametrize("limit", [-1, 10**9])  # the regex branch, and the scan
def test_doubled_word_candidates_equal_the_regex_ones(
    monkeypatch: pytest.MonkeyPatch, limit: int
) -> None:
    monkeypatch.setattr(doubled_word, "_SCAN_LIMIT", limit)
    for text in _texts(21, 4000):
        doc = Document(text)
        tokens = [t.decode("utf-8", "surrogatepass") for t in doubled_word._tokens(doc.folded)]
        doubled = {a for a, b in pairwise(tokens) if a == b}
        expected = _regex_candidates(doc.folded, doubled) if doubled else []
        assert doubled_word._candidates(doc) == expected, repr(text)


def test_doubled_word_finds_what_the_plain_search_finds() -> None:
    rule = doubled_word.DoubledWord()
    for text in _texts(22, 3000):
        doc = Document(text)
        plain = [
            (m.start(1), m.end(3))
            for m in doubled_word._PAIR.finditer(text)
            if rule._doubled(text, m)
        ]
        code = fenced_lines(doc)
        plain = [
            span
            for span in plain
            if not any(
                x.number in code or looks_like_code(x.text)
                for x in {doc.line_at(span[0]), doc.line_at(span[1] - 1)}
            )
        ]
        found = [(h.span.start, h.span.end) for h in rule.check(doc)]
        assert found == plain, repr(text)


def test_du001_reads_the_documents_fold_only_where_it_is_the_casefold() -> None:
    """DU001 takes ``Document.folded`` for ``text.casefold()`` when the text holds no
    character of ``_CASEFOLD_APART``: every other code point of this Python folds alike,
    whatever its neighbours, and the keys stay the plain ones."""
    from mtlint.document import fold
    from mtlint.rules.duplicate import _keys

    apart = _keys.CASEFOLD_APART
    others = []
    for code in range(0x110000):
        ch = chr(code)
        if ch.casefold() != ch.lower() or len(ch.lower()) != 1 or ch in "ſςΣ":
            assert apart.match(ch), hex(code)
        elif not apart.match(ch):
            others.append(ch)
    text = "".join(others)
    assert fold(text) == text.casefold()
    assert fold(text[::-1]) == text[::-1].casefold()
    rnd = random.Random(23)
    pieces = ["Word", " ", "\n", "ΟΔΟΣ", "Σ", "ς", "ß", "İ", "ſ", "ﬁ", "µ", "Ꭰ", "é", "É", "-", "#"]
    pieces += ["STRASSE", "straße", "\u00a0", "*", "\x1c", "\u2028", "K", "\u212a"]
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 25)))
        doc = Document(text)
        if _keys.lower_is_casefold(text):
            assert doc.folded == text.casefold(), repr(text)
        folded = text.casefold()
        for ch in _keys.LOOSE:
            folded = folded.replace(ch, "")
        assert _keys.loose_keys(doc) == folded.split("\n"), repr(text)
