"""Line-loop shortcuts must give what the plain computation gives: TR001's test of the
first folded character before it normalises a later line, and BP014's count of ". " on
the line before it slices the content and asks is_bio."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

from mtlint.document import Document, Line
from mtlint.kinds.line import content_spans
from mtlint.model import Hit
from mtlint.rules.boilerplate import author_bio
from mtlint.rules.boilerplate.author_bio import AuthorBio, is_bio, is_name
from mtlint.rules.linekinds import all_bounds, normalize, words
from mtlint.rules.truncated.truncated_line import TruncatedLine

FIXTURES = Path(__file__).parent / "fixtures"

_PIECES = [
    "the",
    "The",
    "THE",
    "talks",
    "Straße",
    "STRASSE",
    "strasse",
    "ﬁnal",
    "final",
    "İstanbul",
    "istanbul",
    "Σίσυφος",
    "σίσυφος",
    "and",
    "in",
    "Geneva",
    ",",
    ".",
    "-",
    "'",
    "’",
    "Beer",
    "specialist.",
    "Gamer.",
    "ninja.",
    "Freddie",
    "Dawson",
    "“Yes”",
]
_LEADS = ["", "", "", "## ", "- ", "> ", "**", " ", "\u00a0", "\u3000", "* ", "|"]


def _line(rnd: random.Random) -> str:
    words_ = [rnd.choice(_PIECES) for _ in range(rnd.randint(0, 9))]
    return rnd.choice(_LEADS) + " ".join(words_) + rnd.choice(["", ".", " ", "**", " and"])


def _texts(seed: int, count: int) -> list[str]:
    """Random documents whose lines often repeat a prefix of one another, with case and
    folding variants (ß, ﬁ, İ, Σ) and Markdown decoration."""
    rnd = random.Random(seed)
    out = []
    for _ in range(count):
        lines: list[str] = []
        for _ in range(rnd.randint(1, 30)):
            if lines and rnd.random() < 0.5:
                base = rnd.choice(lines)
                cut = base[: rnd.randint(0, len(base))]
                lines.append(rnd.choice([cut, base + " " + _line(rnd), cut.upper()]))
            else:
                lines.append(_line(rnd))
            if rnd.random() < 0.2:
                lines.append("")
        out.append("\n".join(lines) + "\n")
    return out


def _plain_extends(key: str, later: Line, bounds: list[tuple[int, int]]) -> bool:
    """TruncatedLine._extends as it was, without the first-character test."""
    s, e = bounds[later.number - 1]
    longer = normalize(later.text[s:e])
    if len(longer) <= len(key) or not longer.startswith(key):
        return False
    rest = longer[len(key) :]
    return not (rest[0].isalnum() or rest[0] in "'’-") and bool(words(rest))


def test_truncated_line_extends_is_the_plain_test() -> None:
    asked = agreed = 0
    for text in _texts(5, 150):
        doc = Document(text)
        bounds = all_bounds(doc)
        for line in doc.lines:
            s, e = bounds[line.number - 1]
            key = normalize(line.text[s:e])
            if not key:
                continue
            for later in doc.lines:
                expected = _plain_extends(key, later, bounds)
                assert TruncatedLine._extends(key, later, bounds) == expected, (key, later)
                asked += 1
                agreed += expected
    assert agreed > 50 and asked > agreed  # both answers were met


def _plain_bio_check(doc: Document) -> Iterator[Hit]:
    """AuthorBio.check as it was: every line's content sliced and given to is_bio."""
    self = AuthorBio()
    nonblank = [ln for ln in doc.lines if ln.text.strip()]
    tail = {ln.number for ln in nonblank[-author_bio._TAIL_LINES :]}
    bios: set[int] = set()
    anchors: list[Line] = []
    for line in nonblank:
        content = author_bio._content(doc, line)
        if len(content) < 40 and author_bio._AUTHOR_LABEL.fullmatch(content):
            anchors.append(line)
        if not is_bio(content):
            continue
        near_name = any(
            is_name(author_bio._content(doc, n)) for n in author_bio._neighbours(doc, line)
        )
        if line.number in tail or near_name:
            bios.add(line.number)
            anchors.append(line)
            yield self._hit(doc, line, f"scraped author bio: '{content}'")
    names: set[int] = set()
    for anchor in anchors:
        for n in author_bio._neighbours(doc, anchor):
            content = author_bio._content(doc, n)
            if n.number in bios or n.number in names or not is_name(content):
                continue
            names.add(n.number)
            yield self._hit(doc, n, f"author name from a scraped author box: '{content}'")


def _bio_texts() -> list[str]:
    rnd = random.Random(7)
    rule = AuthorBio()
    examples = [f.text for f in rule.examples.fail] + list(rule.examples.passing)
    out = list(examples)
    for _ in range(200):
        lines = [rnd.choice([*examples, "", "By:", "Jane Doe", "About the author"])]
        lines += [rnd.choice(examples).splitlines()[0] for _ in range(rnd.randint(0, 6))]
        rnd.shuffle(lines)
        out.append("\n".join(rnd.choice(_LEADS) + x for x in lines) + "\n")
    out += [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.rglob("*.md"))[:20]]
    return out


def test_author_bio_finds_what_the_plain_loop_finds() -> None:
    found = 0
    for text in _bio_texts():
        doc = Document(text)
        got = [(h.span, h.message) for h in AuthorBio().check(doc)]
        assert got == [(h.span, h.message) for h in _plain_bio_check(doc)], text
        found += len(got)
    assert found > 20


def test_a_bio_line_has_two_full_stops_on_its_line() -> None:
    """The gate's premise: the content is a slice of the line, so its ". " are the
    line's within the content span."""
    for text in _bio_texts():
        doc = Document(text)
        for line, (start, end) in zip(doc.lines, content_spans(doc), strict=True):
            if is_bio(line.text[start:end]):
                assert line.text.count(". ", start, end) >= 2


def _plain_long_fragment(content: str) -> bool:
    """author_bio._long_fragment as it was, without the regular expression."""
    head = content.split(None, 6)
    wordy = author_bio._wordy
    if len(head) >= 6 and all(map(wordy, head[:6])) and all(t[-1] not in ".!?" for t in head[:5]):
        return True
    run = 0
    for tok in content.split():
        if wordy(tok):
            run += 1
            if run > 5:
                return True
        if tok[-1] in ".!?":
            run = 0
    return False


_TOKENS = [
    *["the", "talks", "resumed", "in", "Geneva"] * 4,
    "word",
    "Word.",
    "a",
    "7",
    "٣",
    "½",
    "x²",
    "_x",
    "x_",
    "__",
    "-",
    "—",
    "(a)",
    "“a”",
    "a?",
    "!a",
    "..",
    "e.g.",
    "U.S.",
    "ﬁ",
    "Σ",
    "\u0301a",
    "_a_",
    "$5",
    "5%",
    "a!b",
    ".a.",
    "–x–",
]
_SPACES = [" ", " ", " ", "  ", "\t", "\u00a0", "\u2003", "\u3000", "\u200b", "\x1c", "\n"]


def test_long_fragment_is_the_plain_test() -> None:
    rnd = random.Random(11)
    fast = 0
    for _ in range(20000):
        parts = [rnd.choice(_TOKENS) for _ in range(rnd.randint(0, 12))]
        content = rnd.choice(["", "", " "]) + "".join(p + rnd.choice(_SPACES) for p in parts)
        expected = _plain_long_fragment(content)
        assert author_bio._long_fragment(content) == expected, content
        if author_bio._SIX_WORDS.match(content):
            assert expected, content  # the regular expression is a sufficient condition
            fast += 1
    assert fast > 100
