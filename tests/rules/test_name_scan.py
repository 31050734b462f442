"""The fast paths of the name rules give the answers of the plain computations they replace."""

from __future__ import annotations

import random
import string
from pathlib import Path

import pytest

from mtlint import corpus
from mtlint.document import Document
from mtlint.rules.linekinds import is_title_like
from mtlint.rules.name import starts
from mtlint.rules.name.mentions import extract_mentions, scan
from mtlint.rules.name.spelling_variant import CORPUS_KEY, NameSpellingVariant
from mtlint.rules.name.stats import combine, summarize
from mtlint.rules.name.surnames import renderings_pattern
from mtlint.rules.name.translated_surname import _renderings
from mtlint.rules.name.translit import fold

Seen = list[tuple[str, int, bool, str | None, str | None]]

# (text, mentions as the per-line implementation found them: spelling, start, initial,
# the capitalised word before, the one after)
CASES: list[tuple[str, Seen]] = [
    (
        "Bashar al-Assad met Ash-Sharq's editor. NATO's Jens Stoltenberg, ex-President Obama "
        "and Jean-Pierre Raffarin said they're fine.",
        [
            ("Bashar", 0, True, None, "al-Assad"),
            ("al-Assad", 7, False, "Bashar", None),
            ("Ash-Sharq", 20, False, None, None),
            ("Jens", 47, False, None, "Stoltenberg"),
            ("Stoltenberg", 52, False, "Jens", None),
            ("Obama", 78, False, None, None),
            ("Raffarin", 100, False, None, None),
        ],
    ),
    (
        "The talks in Kyiv went on for hours, and later the spokesman said that “Mr. Blinken’s "
        "visit,” as Zelensky put it, helped. Officials from the\u00a0Pentagon and al-Qaeda's "
        "rivals didn't agree; I'm told Ukraine's Olena Zelenska will travel to Washington "
        "next week.",
        [
            ("Kyiv", 13, False, None, None),
            ("Blinken", 76, True, None, None),
            ("Zelensky", 97, False, None, None),
            ("Officials", 122, True, None, None),
            ("Pentagon", 141, False, None, None),
            ("al-Qaeda", 154, False, None, None),
            ("Ukraine", 195, False, None, None),
            ("Olena", 205, False, None, "Zelenska"),
            ("Zelenska", 211, False, "Olena", None),
            ("Washington", 235, False, None, None),
        ],
    ),
    (
        "“Never,” Zelensky said (Reuters). Emily\u00a0Horne and O'Brien’s team met at "
        "Example.com in Kyiv.\nBREAKING NEWS From The Capital Today\n  Biden's plan: Kamala "
        "Harris agreed.",
        [
            ("Never", 1, True, None, None),
            ("Zelensky", 9, True, None, None),
            ("Reuters", 24, True, None, None),
            ("Emily", 34, True, None, "Horne"),
            ("Horne", 40, True, "Emily", None),
            ("O'Brien", 50, True, None, None),
            ("Kyiv", 87, True, None, None),
            ("From", 107, True, None, "The"),
            ("Capital", 116, True, "The", "Today"),
            ("Today", 124, True, "Capital", None),
            ("Biden", 132, True, None, None),
            ("Kamala", 146, True, None, "Harris"),
            ("Harris", 153, False, "Kamala", None),
        ],
    ),
    (  # a middle initial sits between the first name and the surname; "U.S." is no initial
        "Sen. Thomas R. Whitcomb Jr. and the U.S. Senate met John F. Kennedy.",
        [
            ("Thomas", 5, True, None, "Whitcomb"),  # initial: a Title Case-like line
            ("Whitcomb", 15, True, "Thomas", "Jr"),
            ("Senate", 41, True, None, None),
            ("John", 52, True, None, "Kennedy"),
            ("Kennedy", 60, True, "John", None),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_whole_text_scan_finds_what_the_per_line_scan_found(text: str, expected: Seen) -> None:
    found = [
        (m.spelling, m.span.start, m.initial, m.before, m.after)
        for m in extract_mentions(Document(text))
    ]
    assert found == expected


def test_scan_is_computed_once_per_document() -> None:
    doc = Document(CASES[0][0])
    assert scan(doc) is scan(doc)


def test_summaries_count_mentions_neighbours_and_first_offsets() -> None:
    doc = Document(
        "Emily Horne spoke. Later, Emily Horne and Horne's aide left. Horne won in Kyiv."
    )
    rows, fulls = summarize(doc)
    by_word = {row[0]: row for row in rows}
    # named: 1 for a mention surely a name ("in Kyiv", not "Later,"), unless a name-like
    # neighbour already makes the spelling name-like
    assert by_word["Horne"] == ("Horne", 4, 0, 6, (("Emily", 2),), ())
    assert by_word["Emily"] == ("Emily", 2, 0, 0, (), (("Horne", 2),))
    assert by_word["Kyiv"][1:3] == (1, 1)
    assert by_word["Later"][1:3] == (1, 0)
    assert fulls == (("Emily", "Horne", 2),)
    stats = combine([(rows, fulls), (rows, fulls)])
    assert stats.words["Horne"].mentions == 8
    assert stats.words["Horne"].before == {"Emily": 4}
    assert stats.words["Horne"].after["nobody"] == 0  # counts default to zero
    assert stats.fulls[("Emily", "Horne")] == [4, 2]


def test_quick_title_case_test_agrees_with_is_title_like() -> None:
    words = [
        "The",
        "the",
        "Big",
        "big",
        "ABCD",
        "abcd",
        "Éric",
        "über",
        "Über",
        "I'm",
        "x.y",
        "e.g.",
        "U.S.",
        "3Dprint",
        "Ⅻ",
        "ǅemal",
        "a-b",
        "word",
        "Word",
        "WORD",
        "İstanbul",
    ]
    rnd = random.Random(7)
    for _ in range(3000):
        line = " ".join(rnd.choice(words) for _ in range(rnd.randint(0, 12)))
        if rnd.random() < 0.3:
            line = line.replace(" ", rnd.choice(["", "-", ".", "'", ",", "  "]))
        assert starts._title_like(line) == is_title_like(line), line


def test_ascii_fold_is_the_unicode_fold() -> None:
    rnd = random.Random(11)
    for _ in range(2000):
        word = "".join(rnd.choice(string.printable) for _ in range(rnd.randint(0, 10)))
        slow = "".join(word.casefold().translate({ord("'"): None}))
        assert fold(word) == slow


def test_renderings_found_at_candidate_offsets_are_those_of_a_full_scan() -> None:
    pieces = [
        "flash",
        "Flash",
        "FLASH",
        "flashing",
        "cook",
        "melons",
        "ſhort",
        "bac\u212a",
        "short",
        "long",
        "along",
        "-",
        "'",
        "’",
        "_",
        "1",
        " ",
        "\n",
        "x",
        "é",
        "İ",
    ]
    rnd = random.Random(13)
    for _ in range(2000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 12)))
        expected = [m.span() for m in renderings_pattern().finditer(text)]
        assert [m.span() for m in _renderings(Document(text))] == expected, text


def test_a_run_document_without_a_minority_spelling_is_not_scanned() -> None:
    rule = NameSpellingVariant()
    docs = [
        Document("Antony Blinken met Zelensky. Blinken left."),
        Document("Blinken spoke to Zelensky again."),
        Document("Blinkin met the press."),
    ]
    index = rule.merge([rule.collect(d) for d in docs])
    plain, other = Document("Blinken and Zelensky met."), Document("Later, Blinkin left.")
    with corpus.scoped({CORPUS_KEY: index}):
        assert list(rule.check(plain)) == []
        hits = list(rule.check(other))
    assert "name-mentions" not in plain.memo
    assert [other.text[h.span.start : h.span.end] for h in hits] == ["Blinkin"]


FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SPLITS = [
    "He said: “Stop.” Then Biden left. (AP) Washington — Mr. Smith met J. K. Rowling at 3.5 p.m.",
    "“Why?” he asked.\nWait... What now?! [Reuters] Kyiv’s mayor spoke.» Later\n\n# Title\n- Item",
    "U.S. troops left Ill. on Monday. No. 5 is next. They went to Mt. Fuji. ‘Yes.’ Then he ran.",
    "Prices rose 6 ft. (or more). “It works,” she said. ¿Qué? ¡Sí! Done… Next line\r\nAnd more",
]


def _texts() -> list[str]:
    files = sorted(p for p in FIXTURES.rglob("*") if p.is_file() and p.suffix in (".txt", ".md"))
    rnd = random.Random(17)
    pieces = [
        ".",
        "!",
        "?",
        "…",
        "”",
        "’",
        "»",
        ")",
        "]",
        '"',
        "'",
        "“",
        "(",
        " ",
        "\n",
        "\n\n",
        "Word",
        "word",
        "Mr",
        "U.S",
        "3",
        ",",
        ";",
        ":",
        "-",
        "—",
        "*",
        "#",
    ]
    fuzz = ["".join(rnd.choice(pieces) for _ in range(40)) for _ in range(300)]
    return [p.read_text(encoding="utf-8", errors="replace") for p in files] + SPLITS + fuzz


def test_sentences_start_only_where_the_scan_asks_the_splitter() -> None:
    """The shortcut of ``_SentenceStarts``: a sentence never starts right after a word or a
    comma, only after a line break, terminal punctuation or the quotes closing it."""
    for text in _texts():
        doc = Document(text)
        lazy = starts._SentenceStarts(Document(text))
        for start in doc.sentence_starts:
            line = doc.line_at(start) if start < len(text) else doc.lines[-1]
            stop = starts._stop(text, start, line.start)
            assert stop == "" or stop in starts._CLOSERS, (text, start)
            assert start in lazy
        for para in doc.paragraphs:
            _ = para.start in lazy  # splits every paragraph
        assert set().union(*lazy.split.values()) == doc.sentence_starts
