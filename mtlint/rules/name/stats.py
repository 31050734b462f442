"""What the name rules remember about a document, and about every document of a run.

``summarize`` turns one document into counts per spelling (mentions, mentions that are
surely names, the name-like words right before and after) and per full name ("Emily
Horne"); ``combine`` adds up the summaries of a run. Only counts travel between the
collect pass and the lint pass: they are small, picklable and deterministic.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import field

from mtlint.document import Document
from mtlint.records import dataclass
from mtlint.rules.linekinds import wordset
from mtlint.rules.name.lexicon import COMMON, word_count
from mtlint.rules.name.mentions import Row, scan

# Capitalised words before a surname that are not a first name: titles, places, articles.
NOT_FIRST_NAMES = wordset(
    """the a an in on at of for from to by with and but or as if so this that these those
    his her its their our my your mr mrs ms dr sir lord lady dame king queen prince princess
    pope president vice prime minister secretary senator sen rep representative governor
    gov mayor judge justice chief deputy general gen colonel col captain capt sergeant
    officer agent director chairman chairwoman spokesman spokeswoman ambassador chancellor
    premier sheikh emir sultan saint st san santa los las new old north south east west
    northern southern eastern western central upper lower great little big grand high
    white black red blue green golden silver royal holy united national federal state city
    county fort port lake mount cape river air wall main first last when after before
    while during since until monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    ukrainian russian american british french german chinese foreign former acting us"""
)


def is_name_word(word: str | None) -> bool:
    return word is not None and word.casefold() not in NOT_FIRST_NAMES


class Counts(dict[str, int]):
    """A ``Counter`` that costs a plain dict to make: a run makes two per spelling."""

    def __missing__(self, key: str) -> int:
        return 0


@dataclass
class WordStats:
    """One exact spelling over a document or a run."""

    mentions: int = 0
    named: int = 0  # mentions capitalised where only a name would be
    files: int = 0
    first: tuple[int, int] = (0, 0)  # (file order, offset) of the first mention
    before: Counts = field(default_factory=Counts)  # first names
    after: Counts = field(default_factory=Counts)  # surnames

    @property
    def full(self) -> int:
        """Mentions with a first name: the full-name form."""
        return sum(self.before.values())


@dataclass
class NameStats:
    """Counts per spelling and per full name (first word, last word)."""

    words: dict[str, WordStats] = field(default_factory=dict)
    fulls: dict[tuple[str, str], list[int]] = field(default_factory=dict)  # [mentions, files]
    files: int = 0


# What ``summarize`` returns: compact tuples, cheap to pickle.
WordRow = tuple[str, int, int, int, tuple[tuple[str, int], ...], tuple[tuple[str, int], ...]]
Summary = tuple[tuple[WordRow, ...], tuple[tuple[str, str, int], ...]]


def summarize(doc: Document, rows: Sequence[Row] | None = None) -> Summary:
    """Counts of one document: spelling, mentions, named, first offset, before, after.

    Counted in C where it can be (this runs over every mention of every file): only the
    mentions with a capitalised neighbour take a Python loop.
    """
    rows = scan(doc) if rows is None else rows
    spellings = [r[0] for r in rows]
    mentions = Counter(spellings)
    named = Counter([r[0] for r in rows if not r[3]])
    first = dict(zip(reversed(spellings), [r[1] for r in reversed(rows)], strict=True))
    # Plain dicts, not Counters: a Counter costs a Python call to make, and one per
    # missing key read (``get`` does it in C).
    before: dict[str, dict[str, int]] = {}
    after: dict[str, dict[str, int]] = {}
    fulls: dict[tuple[str, str], int] = {}
    names: dict[str, bool] = {}  # is_name_word, once per distinct neighbour
    for spelling, _, _, _, left, right in [r for r in rows if r[4] or r[5]]:
        if left is not None:
            ok = names.get(left)
            if ok is None:
                ok = names[left] = is_name_word(left)
            if ok:
                counts = before.get(spelling)  # (setdefault would make a dict each time)
                if counts is None:
                    counts = before[spelling] = {}
                counts[left] = counts.get(left, 0) + 1
                full = (left, spelling)
                fulls[full] = fulls.get(full, 0) + 1
        if right is not None:
            ok = names.get(right)
            if ok is None:
                ok = names[right] = is_name_word(right)
            if ok:
                counts = after.get(spelling)
                if counts is None:
                    counts = after[spelling] = {}
                counts[right] = counts.get(right, 0) + 1
    get_named = named.get
    out = tuple(
        (
            w,
            mentions[w],
            get_named(w, 0),
            first[w],
            tuple(sorted(before[w].items())) if w in before else (),
            tuple(sorted(after[w].items())) if w in after else (),
        )
        for w in sorted(mentions)
    )
    return out, tuple(sorted((a, b, n) for (a, b), n in fulls.items()))


def add(out: NameStats, part: Summary) -> None:
    """Add one file's summary to the run's counts (files are added in file order, so a
    collect pass can fold each summary in as it arrives instead of holding them all)."""
    order = out.files
    out.files += 1
    rows, fulls = part
    for spelling, mentions, named, offset, before, after in rows:
        s = out.words.get(spelling)
        if s is None:
            s = out.words[spelling] = WordStats(first=(order, offset))
        s.mentions += mentions
        s.named += named
        s.files += 1
        for name, n in before:  # most spellings have no name-like neighbour
            s.before[name] += n
        for name, n in after:
            s.after[name] += n
    for first, last, n in fulls:
        entry = out.fulls.setdefault((first, last), [0, 0])
        entry[0] += n
        entry[1] += 1


def combine(parts: Sequence[Summary]) -> NameStats:
    """Add up the summaries of a run (in file order)."""
    out = NameStats()
    for part in parts:
        add(out, part)
    return out


def is_name_like(spelling: str, stats: WordStats) -> bool:
    """Capitalised mid-sentence, part of a full name, or not an everyday word: a
    sentence-initial "Previously" is not a name, a sentence-initial "Antony Blinken" is."""
    return bool(stats.named or stats.before or stats.after) or word_count(spelling) < COMMON
