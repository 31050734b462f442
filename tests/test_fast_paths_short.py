"""Shortcuts for texts of many short lines (subtitles, lists, hard-wrapped text) must
give what the plain computation gives, on random and on real text: the whole-text
search for the lines that may be photo credits, and TR001's test of the first word of
the lines below an open line, the code fences of a text without any, BS003's lines
with a splitting word (more in test_fast_paths_short_lines.py)."""

from __future__ import annotations

import random
from pathlib import Path

from mtlint.document import STR_SPACES, Document
from mtlint.kinds.line import content_spans
from mtlint.model import Hit
from mtlint.rules import linekinds
from mtlint.rules._prose import SHORT_LINE, code_lines
from mtlint.rules.boilerplate._credits import (
    AGENCIES,
    credit_candidates,
    credit_line,
)
from mtlint.rules.broken.glued_words import lines_holding
from mtlint.rules.linekinds import all_bounds, fenced_lines
from mtlint.rules.truncated import truncated_line
from mtlint.rules.truncated.truncated_line import TruncatedLine

FIXTURES = Path(__file__).parent / "fixtures"

# Pieces of credit lines and of prose, in odd cases and with characters that fold apart.
_PIECES = [
    *sorted(AGENCIES),
    *(a.upper() for a in sorted(AGENCIES)),
    *(a.title() for a in sorted(AGENCIES)),
    "Photo",
    "PHOTO",
    "photos",
    "Image",
    "Credit",
    "ﬁle photo",
    "Illuﬆration",
    "File photo",
    "by",
    "BY",
    "By",
    "courtesy of",
    "Courtesy",
    ":",
    "|",
    "/",
    " / ",
    " via ",
    "via",
    " – ",
    " - ",
    ",",
    ".",
    "(",
    ")",
    "_",
    "*",
    "•",
    "#",
    "> ",
    "Jane Doe",
    "Kevin Lamarque",
    "@handle",
    "van der",
    "the talks",
    "resumed",
    "apart",
    "paper",
    "afpx",
    "xafp",
    "\u0130stock",
    "\u212aremlin",
    "\u017fipa",
    "\u03a3",
    "ΣIPA",
    "kremlin.ru",
    "épa",
    "télam",
    "TÉLAM",
    "1",
    "2024",
    "\t",
    "\u00a0",
    " ",
    "  ",
]


def _random_line(rnd: random.Random) -> str:
    return "".join(
        rnd.choice(_PIECES) + rnd.choice(["", "", " "]) for _ in range(rnd.randint(0, 7))
    )


def _check_candidates(text: str) -> int:
    doc = Document(text)
    candidates = set(credit_candidates(doc))
    found = 0
    for i, (line, (start, end)) in enumerate(zip(doc.lines, content_spans(doc), strict=True)):
        if start < end and credit_line(line.text[start:end]):
            found += 1
            assert i in candidates, line.text
    return found


def test_credit_candidates_hold_every_credit_line_random() -> None:
    rnd = random.Random(20261122)
    found = 0
    for _ in range(300):
        text = "\n".join(_random_line(rnd) for _ in range(40))
        assert len(text) < SHORT_LINE * 40  # the text is searched
        found += _check_candidates(text)
    assert found > 200  # the random lines hold many credits


def test_credit_candidates_hold_every_credit_line_edges() -> None:
    lines = [
        "_Getty Images_",
        "*AFP via Getty Images*",
        "- REUTERS/Kevin Lamarque",
        "(EFE / EPA / MIKHAIL METZEL / SPUTNIK / KREMLIN POOL).",
        "Photo: Peter Klaunzer \u2013 Pool / . / .",
        "Photos by Jane Doe/AFP",
        "\u212aremlin pool/Jane Doe",
        "Jane Doe/\u212aREMLIN.RU",
        "AFP photo",
        "Jane Doe.|.Getty",
        "Getty Images,AFP",
        "Photo by Jane Doe",
        "Picture courtesy of Jane Doe",
    ]
    assert _check_candidates("\n".join(lines)) == len(lines)


def test_credit_candidates_hold_every_credit_line_fixtures() -> None:
    for path in sorted(FIXTURES.rglob("*.txt"))[:200]:
        _check_candidates(path.read_text(encoding="utf-8", errors="replace"))


def test_credit_candidates_skip_plain_lines() -> None:
    doc = Document("The talks resumed\non Monday in Geneva\n\napart from paper\nGetty Images\n")
    assert credit_candidates(doc) == [4]
    long = "The talks resumed on Monday in Geneva, officials said. " * 8
    doc = Document(f"{long}\n\nGetty Images\n")
    assert credit_candidates(doc) == [0, 1, 2, 3]  # long lines: every line is asked


def _reference_truncated(doc: Document) -> list[Hit]:
    """TR001's check as it was before its first-word test: every open line judged."""
    rule = TruncatedLine()
    fenced = fenced_lines(doc)
    bounds = all_bounds(doc)
    lines = [x for x in doc.lines if x.text.strip() and x.number not in fenced]
    out: list[Hit] = []
    for i, line in enumerate(lines):
        if line.text[-1] in ".!?…:;":
            continue
        start, end = bounds[line.number - 1]
        if len(line.text[start:end].split()) < truncated_line.MIN_WORDS:
            continue
        hit = rule._judge(doc, lines, i, bounds)
        if hit is not None:
            out.append(hit)
    return out


_WORDS = str.split(
    "the The THE and of talks Talks will resume in Geneva next month , officials said"
    " STRASSE straße Straße ﬁle file \u0130stanbul istanbul \u03a3ΙΓΜΑ σιγμα they - _ #"
)


def _truncation_text(rnd: random.Random) -> str:
    lines: list[str] = []
    for _ in range(rnd.randint(1, 40)):
        roll = rnd.random()
        if lines and roll < 0.4:
            base = rnd.choice(lines[-4:]).split()
            cut = rnd.randint(0, len(base))
            words_ = base[:cut] if rnd.random() < 0.5 else base + rnd.sample(_WORDS, 3)
            if rnd.random() < 0.3:
                words_ = [w.upper() if rnd.random() < 0.5 else w.casefold() for w in words_]
            line = rnd.choice([" ", "  ", "\t", "\u00a0"]).join(words_)
        elif roll < 0.5:
            line = rnd.choice(["", "   ", "```", "- item", "## Heading here"])
        else:
            line = " ".join(rnd.choice(_WORDS) for _ in range(rnd.randint(1, 12)))
        if rnd.random() < 0.2:
            line = rnd.choice(["- ", "> ", "* ", "**", "  "]) + line
        if rnd.random() < 0.2:
            line += rnd.choice([".", ",", " and", " the", ";", "*"])
        lines.append(line)
    return "\n".join(lines)


def test_truncated_line_first_word_test_random() -> None:
    rnd = random.Random(7)
    flagged = 0
    for _ in range(3000):
        doc = Document(_truncation_text(rnd))
        expected = _reference_truncated(doc)
        assert list(TruncatedLine().check(doc)) == expected, doc.text
        flagged += len(expected)
    assert flagged > 100


def test_truncated_line_first_word_test_fixtures() -> None:
    for path in sorted(FIXTURES.rglob("*.txt"))[:200]:
        doc = Document(path.read_text(encoding="utf-8", errors="replace"))
        assert list(TruncatedLine().check(doc)) == _reference_truncated(doc), path


def test_casefold_makes_no_space() -> None:
    """first_word, DU001's word count and its joined paragraph keys rely on it: a
    case-folded word holds no space, and a space folds to itself."""
    assert all(ch.casefold() == ch for ch in STR_SPACES)
    for c in range(0x110000):
        if not chr(c).isspace():
            assert not any(ch.isspace() for ch in chr(c).casefold()), hex(c)


def _reference_fenced(doc: Document) -> frozenset[int]:
    """``linekinds._fenced_lines`` as it was: every line matched against _FENCE."""
    out: set[int] = set(code_lines(doc))
    fence: str | None = None
    for line in doc.lines:
        m = linekinds._FENCE.match(line.text)
        if fence is None:
            if m:
                fence = m.group().strip()[:3]
                out.add(line.number)
        else:
            out.add(line.number)
            if m and m.group().strip().startswith(fence):
                fence = None
    return frozenset(out)


def test_fenced_lines_without_fences_random() -> None:
    rnd = random.Random(17)
    pieces = ["```", "~~~", "``", "~~", "`", "~", "    x = 1", "text", " ", "\n", "\n\n", "::"]
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 30)))
        doc = Document(text, rnd.choice(["a.txt", "a.md", "a.rst"]))
        assert linekinds._fenced_lines(doc) == _reference_fenced(doc), text


def test_lines_holding_words_random() -> None:
    rnd = random.Random(9)
    pieces = ["ofthe", "inthe", "the", "of", "pressfrom", " ", "\n", "\r\n", "\r", "x"]
    for _ in range(2000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 40)))
        doc = Document(text)
        found = rnd.sample(["ofthe", "inthe", "pressfrom", "the"], rnd.randint(0, 3))
        expected = {x.number for x in doc.lines if any(w in x.text for w in found)}
        assert lines_holding(doc, found) == expected, text
