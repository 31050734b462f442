"""The name pass's shortcuts give what the plain computations give: ``named`` asked only
until a spelling is settled, a lone text's counts made only for the spellings it pairs,
and renderings looked for as whole words only."""

from __future__ import annotations

import random
from collections import Counter
from itertools import pairwise
from pathlib import Path

import pytest

from mtlint.document import Document
from mtlint.glossary import Entry, Glossary
from mtlint.rules.name import buckets, mentions, starts, stats, surnames
from mtlint.rules.name.buckets import candidate_pairs
from mtlint.rules.name.spelling_variant import canon_of
from mtlint.rules.name.stats import Counts, NameStats, WordStats, combine, summarize
from mtlint.rules.name.variants import (
    Canon,
    NameIndex,
    Variant,
    _judge,
    _rank,
    _Side,
    find_variants,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
_WORDS = (
    "Emily Horne Horn Blinken Blinkin Antony Anthony Zelensky Zelenski Volodymyr Kyiv "
    "Later Previously The Officials Reuters Peskov Dmitry Dmitriy Iran Iraq said met in "
    "and the of al-Assad Assad's Mr. R. Kallas Dallas Marine Paris"
)
_PIECES = _WORDS.split(" ")
_GLUE = [" ", " ", ", ", ". ", ".\n", "\n\n", " “", "” ", ", “", ".” ", " (", ") ", "; "]


def _texts(seed: int, count: int) -> list[str]:
    rnd = random.Random(seed)
    out = []
    for _ in range(count):
        parts = []
        for _ in range(rnd.randint(1, 40)):
            parts += [rnd.choice(_PIECES), rnd.choice(_GLUE)]
        out.append("".join(parts))
    real = sorted(p for p in FIXTURES.rglob("*") if p.suffix in (".txt", ".md"))
    return out + [p.read_text(encoding="utf-8", errors="replace") for p in real]


def _exact_summary(doc: Document) -> stats.Summary:
    """``summarize`` with ``named`` the plain count of mentions that are not initial."""
    named = Counter(w for w, _, _, initial, _, _ in mentions.scan(doc) if not initial)
    rows, fulls = summarize(doc)
    return tuple((w, m, named[w], o, b, a) for w, m, _, o, b, a in rows), fulls


def _eager(parts: list[stats.Summary]) -> dict[str, WordStats]:
    """Every spelling's counts, added up one row at a time."""
    words: dict[str, WordStats] = {}
    for order, (rows, _) in enumerate(parts):
        for w, m, named, offset, before, after in rows:
            s = words.setdefault(w, WordStats(first=(order, offset)))
            s.mentions, s.named, s.files = s.mentions + m, s.named + named, s.files + 1
            for name, n in before:
                s.before[name] += n
            for name, n in after:
                s.after[name] += n
    return words


def _name_like(words: dict[str, WordStats]) -> set[str]:
    return {w for w, s in words.items() if stats.is_name_like(w, s)}


def _plain_variants(stats_: NameStats, canon: Canon) -> NameIndex:
    """``find_variants`` with a side made for every spelling of the pool first."""
    pool = {
        w: _Side(w, s, w in canon.words)
        for w, s in stats_.words.items()
        if stats.is_name_like(w, s)
    }
    for w in canon.words:
        if w not in pool:
            pool[w] = _Side(w, WordStats(first=(1 << 30, 0)), True)
    for first, last in canon.fulls:
        pool[last].stats.before[first] += 0
        pool[first].stats.after[last] += 0
    best: dict[str, tuple[tuple[int, ...], Variant]] = {}
    for x, y in candidate_pairs(pool):
        v = _judge(pool[x], pool[y], stats_, canon)
        if v is not None:
            rank = (int(v.kind != "first name"), *_rank(pool[v.dominant], *v.counts[2:]))
            if v.minority not in best or rank > best[v.minority][0]:
                best[v.minority] = (rank, v)
    return NameIndex(tuple(v for _, (_, v) in sorted(best.items())), stats_.files)


def test_settled_named_keeps_every_name_like_spelling_and_variant() -> None:
    texts = _texts(3, 400)
    rnd = random.Random(5)
    runs = [[t] for t in texts] + [rnd.sample(texts, rnd.randint(2, 5)) for _ in range(150)]
    glossary = Glossary((Entry("Emily Horne", ("Horn",)), Entry("Antony Blinken", ())))
    seen = 0
    canons = [canon_of(None), canon_of(glossary)]
    for run in runs:
        quick = [summarize(Document(t)) for t in run]
        exact = [_exact_summary(Document(t)) for t in run]
        assert set(combine(quick).name_like()) == _name_like(_eager(exact)), run
        for canon in canons:
            found = find_variants(combine(quick), canon)
            assert found == find_variants(combine(exact), canon), run
            assert _plain_variants(combine(quick), canon) == found, run
            seen += bool(found.variants)
    assert seen > 100  # variants found, with and without the glossary


def test_a_lone_texts_counts_are_made_when_asked() -> None:
    for text in _texts(7, 200):
        parts = [summarize(Document(text))]
        expected = _eager(parts)
        lone = combine(parts)
        assert set(lone.name_like()) == _name_like(expected), text
        for w in sorted(expected)[::3]:
            assert lone.word(w) == expected[w] and lone.word(w) is lone.word(w)
        assert lone.words == expected  # the rest made now
        assert not lone.rows


def test_a_second_file_adds_to_the_first_files_rows() -> None:
    texts = _texts(9, 60)
    for a, b in pairwise(texts):
        parts = [summarize(Document(a)), summarize(Document(b))]
        one = combine(parts[:1])
        if parts[0][0]:
            one.word(parts[0][0][0][0])  # one spelling's counts made, the rest still rows
        stats.add(one, parts[1])
        assert one.words == _eager(parts) == combine(parts).words
        assert one.files == 2


def test_a_lone_text_without_spellings_has_no_counts() -> None:
    empty = combine([summarize(Document("no capitals here."))])
    assert empty.name_like() == [] and empty.words == {} and isinstance(empty, NameStats)
    assert Counts()["x"] == 0


def _plain_starts(folded: str) -> list[int]:
    """``rendering_starts`` as every occurrence of a rendering, bounds tested in Python."""
    lower = set("abcdefghijklmnopqrstuvwxyz")
    out = set()
    for word in surnames.by_rendering():
        i = folded.find(word)
        while i >= 0:
            end = i + len(word)
            if (i == 0 or folded[i - 1] not in lower) and (
                end == len(folded) or folded[end] not in lower
            ):
                out.add(i)
            i = folded.find(word, i + 1)
    return sorted(out)


def test_rendering_starts_are_whole_word_occurrences() -> None:
    if surnames.rendering_starts("") is None:
        pytest.skip("pyahocorasick is not installed")
    pieces = [*sorted(surnames.by_rendering())[:12], "flash", "cook", "long", "along", "é"]
    pieces += ["ſhort", "x", "-", "'", "’", " ", "\n", "1", "_", "İ", "ß", "\x00", "?"]
    rnd = random.Random(21)
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 14)))
        folded = Document(text).folded
        assert surnames.rendering_starts(folded) == _plain_starts(folded), text


# Pieces for texts where every way ``Initial`` decides comes up: line starts (also after
# "\r\n" and "\r"), terminal punctuation, openers, closers, dashes, Title Case lines.
_CAPITALS = [*_PIECES[:20], "Previously", "Monday", "Minister", "The", "Talks", "Today"]
_LOWER = ["said", "and", "the", "with", "reported", "about", "in", "x1"]
_INITIAL_GLUE = [
    " ",
    " ",
    " ",
    ". ",
    "! ",
    ": ",
    ", ",
    " “",
    "” ",
    ".” ",
    ") ",
    " — ",
    " (",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\u00a0",
    "  ",
    "\t",
    "; ",
    "…",
    "* ",
    "-",
]


def _initial_texts(seed: int, count: int) -> list[str]:
    rnd = random.Random(seed)
    out = []
    for _ in range(count):
        parts = []
        title = rnd.random() < 0.3  # mostly capitals: some lines come out Title Case
        for _ in range(rnd.randint(1, 30)):
            pool = _CAPITALS if title or rnd.random() < 0.5 else _LOWER
            parts += [rnd.choice(pool), rnd.choice(_INITIAL_GLUE)]
        out.append("".join(parts))
    return out


def test_named_reads_initial_off_the_text_as_initial_says() -> None:
    """``stats._named`` decides most mentions from the characters before them and the
    line's Title Case: the same spellings as asking ``Initial`` about every mention."""
    texts = _initial_texts(31, 1500) + _texts(33, 200)
    named_by_title = on_title_lines = 0
    for text in texts:
        doc = Document(text)
        rows = mentions.plain(doc)
        settled = {w for w, _, _, before, after in rows if before or after}
        initial = starts.Initial(doc)
        expected = {w for w, s, _, _, _ in rows if w not in settled and not initial(s)}
        assert stats._named(doc, rows, set(settled)) == expected, text
        for line in doc.lines:
            title = starts._title_like(line.text)
            assert initial.line_title(line.number - 1) == title, line.text
            on_title_lines += title
        named_by_title += len(expected)
    assert named_by_title > 1000 and on_title_lines > 100  # both answers seen


def _shared_pairs(words: list[str]) -> set[tuple[str, str]]:
    """Every pair of distinct words whose bucket keys meet, compared one pair at a time."""
    ordered = sorted(set(words))
    return {
        (a, b)
        for i, a in enumerate(ordered)
        for b in ordered[i + 1 :]
        if buckets._keys(a) & buckets._keys(b)
    }


def test_candidate_pairs_are_the_pairs_whose_keys_meet() -> None:
    rnd = random.Random(41)
    pool = [*_PIECES, "Zelenskyy", "Zelenskiy", "Antonio", "Khodorkovsky", "Hodorkovsky"]
    pool += ["Catherine", "Katherine", "Jon", "John", "Sergei", "Sergey", "Olena", "Kyiv"]
    pool = sorted(set(pool))  # (callers pass distinct spellings)
    seen = 0
    for _ in range(600):
        words = rnd.sample(pool, rnd.randint(0, 12))
        found = candidate_pairs(words)
        assert found == _shared_pairs(words), words
        seen += bool(found)
    assert seen > 100
    assert candidate_pairs(["Kyiv", "Olena", "Reuters"]) == set()
