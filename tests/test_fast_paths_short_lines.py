"""Shortcuts for texts of many short lines (subtitles, lists, hard-wrapped text) must
give what the plain computation gives, on random and on real text: DU001's tests for
paragraphs alike and short lines, the quotation units' wrap width, the prose test of
one line at a time of the broken-sentence rules."""

from __future__ import annotations

import random
from collections import Counter
from itertools import pairwise
from pathlib import Path

from mtlint.document import Document, Line
from mtlint.kinds.line import is_continued
from mtlint.kinds.linefix import delete_lines
from mtlint.model import Hit, Span
from mtlint.rules import _prose
from mtlint.rules._prose import code_lines
from mtlint.rules.broken import _common, _sentences
from mtlint.rules.broken._common import prose_among, prose_lines
from mtlint.rules.duplicate import _keys, repeated_line
from mtlint.rules.duplicate.repeated_line import RepeatedLine
from mtlint.rules.linekinds import (
    all_bounds,
    fenced_lines,
    is_rule_or_underline,
    is_table_row,
    looks_like_code,
    normalize,
    words,
)
from mtlint.rules.punctuation import _quotes

FIXTURES = Path(__file__).parent / "fixtures"

_WORDS = str.split(
    "the The THE and of talks Talks will resume in Geneva next month , officials said"
    " STRASSE straße Straße ﬁle file \u0130stanbul istanbul \u03a3ΙΓΜΑ σιγμα they - _ #"
)


def _paragraph_text(rnd: random.Random) -> str:
    paragraphs: list[list[str]] = []
    for _ in range(rnd.randint(1, 12)):
        if paragraphs and rnd.random() < 0.5:
            tokens = " ".join(rnd.choice(paragraphs)).split()  # a copy, wrapped anew
            if rnd.random() < 0.3:
                tokens = [t.upper() if rnd.random() < 0.5 else t.casefold() for t in tokens]
            if rnd.random() < 0.2 and tokens:
                tokens[rnd.randrange(len(tokens))] += rnd.choice(["-", "*", "x", "ß"])
        else:
            tokens = [
                rnd.choice([*_WORDS, "|", "-", "*", "1.", "{", "==", "```"])
                for _ in range(rnd.randint(2, 16))
            ]
        lines: list[str] = []
        while tokens:
            cut = rnd.randint(1, len(tokens))
            lines.append(rnd.choice([" ", "  ", "\u00a0", "\t"]).join(tokens[:cut]))
            tokens = tokens[cut:]
        paragraphs.append(lines)
    return "\n\n".join("\n".join(lines) for lines in paragraphs)


def test_repeated_paragraphs_alike_test_random() -> None:
    rule = RepeatedLine()
    flagged = 0
    rnd = random.Random(11)
    for _ in range(3000):
        doc = Document(_paragraph_text(rnd))
        fenced = fenced_lines(doc)
        plain: set[int] = set()
        fast: set[int] = set()
        expected = list(rule._paragraphs(doc, fenced, plain, None))
        alike = _keys.alike_paragraphs(doc, _keys.loose_keys(doc))
        assert list(rule._paragraphs(doc, fenced, fast, alike)) == expected, doc.text
        assert fast == plain
        flagged += len(expected)
    assert flagged > 100  # (short verse-like stanzas are skipped: fewer since 59bd2d0)


def _reference_units(doc: Document) -> list[_quotes.Unit]:
    """``_quotes._make_units`` as it was: every line's words split for the wrap width."""
    skip = code_lines(doc)
    units: list[_quotes.Unit] = []
    for a, b in doc.paragraph_lines:
        if a == b:
            only = doc.lines[a]
            if only.number not in skip:
                units.append(_quotes.Unit(Span(only.start, only.end), False))
            continue
        first, last = a + 1, b + 1
        lines = [doc.lines[n - 1] for n in range(first, last + 1) if n not in skip]
        if not lines:
            continue
        widest = max(len(x.text) for x in lines)
        if len(lines) == 1 or widest > _quotes._LONG_LINE or len(lines) < last - first + 1:
            units.extend(_quotes.Unit(x.span, False) for x in lines if x.text.strip())
            continue
        width = max((len(x.text) for x in lines if len(x.text.split()) > 1), default=widest)
        start = lines[0]
        for prev, line in pairwise(lines):
            found = line.text.split()
            if not found or len(prev.text.rstrip()) + 1 + len(found[0]) <= width:
                units.append(_quotes.Unit(Span(start.start, prev.end), True))
                start = line
        units.append(_quotes.Unit(Span(start.start, lines[-1].end), False))
    return units


def _wrapped_text(rnd: random.Random) -> str:
    lines: list[str] = []
    for _ in range(rnd.randint(1, 60)):
        roll = rnd.random()
        if roll < 0.15:
            lines.append(rnd.choice(["", " ", "```", "    code(x)", "\t"]))
        elif roll < 0.2:
            lines.append("https://example.com/" + "x" * rnd.randint(10, 150))
        else:
            n = rnd.randint(1, 25)
            lines.append(
                rnd.choice([" ", "  "]).join(rnd.choice([*_WORDS, "“", "”"]) for _ in range(n))
                + rnd.choice(["", " ", "  "])
            )
    return "\n".join(lines)


def test_quote_units_wrap_width_random() -> None:
    rnd = random.Random(3)
    soft = 0
    for _ in range(3000):
        doc = Document(_wrapped_text(rnd), rnd.choice(["a.txt", "a.md"]))
        expected = _reference_units(doc)
        assert _quotes._make_units(doc) == expected, doc.text
        soft += sum(u.soft_end for u in expected)
    assert soft > 1000


_PROSE_PIECES = [
    "The talks resumed on Monday.",
    "the talks resumed",
    "Talks Resume In Geneva",
    "| a | b |",
    "a | b",
    "\tindented",
    "x   y",
    "# Heading",
    "> quoted.",
    "- item one",
    "1. item",
    "$ ls -la",
    ":tabedit file",
    "```",
    "    code()",
    "He said: “Yes.”",
    "and then",
    "WASHINGTON (AP) —",
    "",
    " ",
    "Photo: AFP",
]


def _prose_text(rnd: random.Random) -> str:
    lines = []
    for _ in range(rnd.randint(1, 30)):
        parts = rnd.sample(_PROSE_PIECES, rnd.randint(1, 3))
        lines.append(rnd.choice([" ", "", "\n"]).join(parts))
    return "\n".join(lines)


def test_prose_test_of_one_line_random() -> None:
    rnd = random.Random(5)
    for _ in range(1500):
        text = _prose_text(rnd)
        doc = Document(text, rnd.choice(["a.txt", "a.md"]))
        numbers = set(range(0, len(doc.lines) + 2))
        saved, _prose.SHORT_LINE = _prose.SHORT_LINE, 10**9
        try:
            lazy = prose_among(doc, numbers)  # before prose_lines: each line judged alone
        finally:
            _prose.SHORT_LINE = saved
        whole = {line.number for line in prose_lines(doc)}
        assert [x.number for x in lazy] == sorted(whole), text
        code = code_lines(doc)
        assert {x.number for x in doc.lines if _common._prose(doc, x, code)} == whole
        again = Document(text, doc.path)
        assert _table_with(again, 10**9) == _table_with(Document(text, doc.path), 0), text


def _table_with(doc: Document, lazy_below: int) -> _sentences.Table:
    saved = _prose.SHORT_LINE
    _prose.SHORT_LINE = lazy_below
    try:
        return _sentences._table(doc)
    finally:
        _prose.SHORT_LINE = saved


def test_prose_test_of_one_line_fixtures() -> None:
    for path in sorted(FIXTURES.rglob("*.txt"))[:200]:
        text = path.read_text(encoding="utf-8", errors="replace")
        assert _table_with(Document(text), 10**9) == _table_with(Document(text), 0), path


def _reference_repeated(doc: Document) -> list[Hit]:
    """DU001's check as it was: every line with a repeated key normalised, and every
    paragraph of several lines keyed."""
    rule = RepeatedLine()
    fenced = fenced_lines(doc)
    covered: set[int] = set()
    out = list(rule._paragraphs(doc, fenced, covered, None))
    keys = _keys.loose_keys(doc)
    repeated = {key for key, n in Counter(keys).items() if n > 1 and key}
    if not repeated:
        return out
    bounds = all_bounds(doc)
    seen: dict[int, Line] = {}
    previous: str | None = None
    for line in doc.lines:
        text = line.text
        if not text.strip():
            continue
        if keys[line.number - 1] not in repeated:
            previous = None
            continue
        if (
            line.number in fenced
            or is_table_row(text)
            or is_rule_or_underline(text)
            or (looks_like_code(text) and not repeated_line._caption(text))
        ):
            previous = None
            continue
        start, end = bounds[line.number - 1]
        key = normalize(text[start:end])
        adjacent, previous = key == previous, key
        if len(key.split()) < repeated_line.MIN_WORDS_ADJACENT:
            continue
        original = seen.setdefault(hash(key), line)
        if original is line or line.number in covered:
            continue
        o_start, o_end = bounds[original.number - 1]
        if normalize(original.text[o_start:o_end]) != key:
            continue
        n_words = len(words(key))
        if (
            n_words >= repeated_line.MIN_WORDS_ADJACENT
            and (adjacent or (rule._distant_ok(text, n_words) and not is_continued(doc, line)))
            and line.number not in repeated_line._verse_lines(doc)
        ):
            out.append(
                Hit(
                    Span(line.start + start, line.start + end),
                    f"line repeats line {doc.line_base + original.number}: "
                    f'"{repeated_line._quote(text[start:end])}"',
                    delete_lines(doc, line, line),
                )
            )
    return out


_LINES = [
    "Yes.",
    "No!",
    "- a b c",
    "- a b",
    "* * *",
    "| a | b | c | d |",
    "Thank you very much.",
    "The talks will resume in Geneva next month.",
    "the talks will resume in geneva NEXT month.",
    "The talks will resume",
    "## The talks will resume in Geneva",
    "ΣΙΓΜΑ is a word, said the man.",
    "straße and strasse are the same word here.",
    "",
    "```",
]


def test_repeated_line_short_line_test_random() -> None:
    rnd = random.Random(13)
    flagged = 0
    for _ in range(3000):
        lines = [
            rnd.choice(["", "  ", "> ", "- "]) + rnd.choice(_LINES) + rnd.choice(["", " ", "*"])
            for _ in range(rnd.randint(1, 25))
        ]
        doc = Document(rnd.choice(["\n", "\n", "\r\n"]).join(lines), rnd.choice(["a.txt", "a.md"]))
        expected = _reference_repeated(doc)
        assert list(RepeatedLine().check(doc)) == expected, doc.text
        flagged += len(expected)
    assert flagged > 1000
