"""Shortcuts of the duplicate, encoding and punctuation rules must give what the plain
computation gives: DU003's test of a line pair's first words before it splits the lines
whole (read from the line's first characters), EN001's word runs split in C, and PU010's
search for the paragraphs that hold a parenthesis."""

from __future__ import annotations

import difflib
import random
import re
from collections.abc import Iterator

from mtlint import rx
from mtlint.document import Document, Line
from mtlint.model import Hit
from mtlint.rules.duplicate import near_duplicate
from mtlint.rules.duplicate.near_duplicate import MIN_WORDS, NearDuplicateLine
from mtlint.rules.encoding import mojibake
from mtlint.rules.linekinds import all_bounds, fenced_lines, is_structure, looks_like_code
from mtlint.rules.punctuation import brackets


def _split(text: str) -> list[str]:
    return text.split()


_WORDS = _split(
    "the minister said on Monday that talks would resume in Geneva next month and "
    "The THE Talks talks, talks. “Quote” 2020 2021 Kirkpatrik Kirkpatrick forward "
    "backward a an of to - > ## * | ( ) {x} f(x) straße STRASSE İs ﬁne café â€™s"
)


def _reference_near_duplicates(doc: Document) -> Iterator[Hit]:
    """DU003's check as it was before ``_may_pair``: every line split whole."""
    fenced = fenced_lines(doc)
    bounds = all_bounds(doc)
    previous: tuple[Line, list[str]] | None = None
    for line in doc.lines:
        if not line.text.strip():
            continue
        if line.number in fenced or is_structure(line.text) or looks_like_code(line.text):
            previous = None
            continue
        start, end = bounds[line.number - 1]
        tokens = line.text[start:end].casefold().split()
        if (
            previous is not None
            and len(tokens) >= MIN_WORDS
            and len(previous[1]) >= MIN_WORDS
            and abs(len(tokens) - len(previous[1])) <= 3
        ):
            hit = NearDuplicateLine._compare(
                line, start, end, previous[0], previous[1], tokens, doc.line_base
            )
            if hit is not None:
                yield hit
        previous = (line, tokens)


def _edited(rnd: random.Random, words: list[str]) -> list[str]:
    """``words`` with a few random edits: a word dropped, doubled, replaced or recased."""
    out = list(words)
    for _ in range(rnd.randint(0, 5)):
        i = rnd.randrange(len(out) + 1)
        op = rnd.choice("drip")
        if op == "d" and i < len(out):
            del out[i]
        elif op == "r" and i < len(out):
            out[i] = rnd.choice(_WORDS)
        elif op == "i":
            out.insert(i, rnd.choice(_WORDS))
        elif op == "p" and i < len(out):
            out[i] = out[i].upper()
    return out


def _near_copies(seed: int) -> str:
    rnd = random.Random(seed)
    lines: list[str] = []
    for _ in range(rnd.randint(1, 12)):
        words = [rnd.choice(_WORDS) for _ in range(rnd.randint(8, 30))]
        lines.append(" ".join(words))
        for _ in range(rnd.randint(0, 3)):
            lead = rnd.choice(["", "", "", "- ", "> ", "## ", "    ", "1. ", "**"])
            gap = rnd.choice(["\n", "\n", "\n\n", "\n \n", "\n```\n"])
            lines.append(
                gap.join(["", lead + rnd.choice(["  ", " ", "\t"]).join(_edited(rnd, words))])
            )
    return "\n".join(lines)


def test_near_duplicate_check_equals_the_plain_loop() -> None:
    texts = [_near_copies(seed) for seed in range(400)]
    texts += [
        "The senator, who has has followed the issue for years, called the move long "
        "overdue on Monday.\n\nThe senator, who has followed the issue for years, called "
        "the move long overdue on Monday.\n",
    ]
    found = 0
    for text in texts:
        doc = Document(text)
        got = [(h.span, h.message) for h in NearDuplicateLine().check(doc)]
        want = [(h.span, h.message) for h in _reference_near_duplicates(Document(text))]
        assert got == want, text
        found += len(want)
    assert found > 20  # the texts do hold near copies


def test_may_pair_holds_for_every_near_copy() -> None:
    rnd = random.Random(7)
    checked = 0
    for _ in range(3000):
        a = [rnd.choice(_WORDS).casefold() for _ in range(rnd.randint(12, 40))]
        b = _edited(rnd, a)
        if len(b) < MIN_WORDS:
            continue
        result = near_duplicate._diff(a, b, 3)
        if result is None or not 0 < result[0] <= 3:
            continue
        checked += 1
        head_a = " ".join(a).split(None, near_duplicate._HEAD)
        head_b = " ".join(b).split(None, near_duplicate._HEAD)
        assert near_duplicate._may_pair(head_a, head_b), (a, b)
    assert checked > 500


_RUN_PIECES = ["a", "bc", "é", " ", "  ", "\t", "\n", "\x1c", "\x1f", "\xa0", "\u2003", "\u3000"]


def _reference_changes(a: str, b: str) -> list[tuple[int, int, int, int]]:
    """EN001's ``_changes`` as it was: the runs as regex match objects."""
    token = rx.compile(r"\S+|\s+")
    ta = [(m.start(), m.end()) for m in token.finditer(a)]
    tb = [(m.start(), m.end()) for m in token.finditer(b)]
    wa, wb = [a[s:e] for s, e in ta], [b[s:e] for s, e in tb]
    head = 0
    while head < min(len(wa), len(wb)) and wa[head] == wb[head]:
        head += 1
    tail = 0
    while tail < min(len(wa), len(wb)) - head and wa[-1 - tail] == wb[-1 - tail]:
        tail += 1
    words = difflib.SequenceMatcher(
        None, wa[head : len(wa) - tail], wb[head : len(wb) - tail], autojunk=False
    )
    out: list[tuple[int, int, int, int]] = []
    for tag, i1, i2, j1, j2 in words.get_opcodes():
        i1, i2, j1, j2 = i1 + head, i2 + head, j1 + head, j2 + head
        if tag == "equal":
            continue
        sa = ta[i1][0] if i1 < len(ta) else len(a)
        ea = ta[i2 - 1][1] if i2 > i1 else sa
        sb = tb[j1][0] if j1 < len(tb) else len(b)
        eb = tb[j2 - 1][1] if j2 > j1 else sb
        chars = difflib.SequenceMatcher(None, a[sa:ea], b[sb:eb], autojunk=False)
        out.extend(
            (sa + k1, sa + k2, sb + l1, sb + l2)
            for op, k1, k2, l1, l2 in chars.get_opcodes()
            if op != "equal"
        )
    return out


def test_mojibake_runs_are_regex_runs() -> None:
    token = rx.compile(r"\S+|\s+")
    rnd = random.Random(3)
    for _ in range(2000):
        text = "".join(rnd.choice(_RUN_PIECES) for _ in range(rnd.randint(0, 20)))
        words, offsets = mojibake._tokens(text)
        assert words == token.findall(text), repr(text)
        assert offsets == [0, *(m.end() for m in token.finditer(text))]
    for code in range(0x3001):  # every space regex knows is below U+3001
        ch = chr(code)
        assert mojibake._tokens("a" + ch + "b")[0] == token.findall("a" + ch + "b"), hex(code)


def test_mojibake_changes_equal_the_plain_diff() -> None:
    rnd = random.Random(5)
    pieces = [*_RUN_PIECES, "Ã©", "â€™", "CafÃ©", "it", "’", "é"]
    for _ in range(2000):
        a = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 25)))
        b = "".join(rnd.choice(pieces) if rnd.random() < 0.2 else ch for ch in a)
        assert mojibake._changes(a, b) == _reference_changes(a, b), (a, b)
    line = "Biden said itâ€™s time, CafÃ© au lait.\x1c and  more"
    fixed = mojibake._repair_line(line)
    assert mojibake._changes(line, fixed) == _reference_changes(line, fixed)


def test_parenthesis_paragraphs_are_the_ones_holding_one() -> None:
    rnd = random.Random(11)
    pieces = ["word", " ", "(", ")", "\n", "\n\n", "\n \n", ":)", "x(y)"]
    for _ in range(1500):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 30)))
        doc = Document(text)
        want = [
            lines
            for para, lines in zip(doc.paragraphs, doc.paragraph_lines, strict=True)
            if re.search("[()]", text[para.start : para.end])
        ]
        assert list(brackets._with_parentheses(doc)) == want, repr(text)


def test_line_head_is_the_first_words_of_the_whole_line() -> None:
    rnd = random.Random(29)
    pieces = ["a", "word", "Straße", "ﬁne", "İs", "ΣΑΣ", " ", "  ", "\t", "\u3000", "x" * 40]
    limit = near_duplicate._HEAD
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 80)))
        start = rnd.randint(0, len(text))
        end = rnd.randint(start, len(text))
        got = near_duplicate._head(text, start, end)
        want = text[start:end].casefold().split(None, limit)
        assert got[:limit] == want[:limit], repr(text)
        assert (len(got) > limit) == (len(want) > limit), repr(text)
