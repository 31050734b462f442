"""What the name rules remember about a document, and about every document of a run.

``summarize`` turns one document into counts per spelling (mentions, whether one is
surely a name, the name-like words right before and after) and per full name ("Emily
Horne"); ``combine`` adds up the summaries of a run. Only counts travel between the
collect pass and the lint pass: they are small, picklable and deterministic.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import field
from operator import itemgetter

from mtlint.document import Document
from mtlint.records import dataclass
from mtlint.rules.linekinds import wordset
from mtlint.rules.name.lexicon import COMMON, word_count
from mtlint.rules.name.mentions import Plain, plain
from mtlint.rules.name.starts import _CLOSERS, _ENDERS, _OPENERS, Initial

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
    named: int = 0  # files that surely name it, no name-like neighbour (see summarize)
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
    """Counts per spelling and per full name (first word, last word) of a run.

    The first file's rows stay rows until another file is added or a spelling's counts
    are asked for (``word``): a lone text's clustering asks only about the few spellings
    it pairs, and making counts for every spelling was most of its cost.
    """

    made: dict[str, WordStats] = field(default_factory=dict)  # counts made so far
    fulls: dict[tuple[str, str], list[int]] = field(default_factory=dict)  # [mentions, files]
    files: int = 0
    rows: dict[str, WordRow] = field(default_factory=dict)  # the first file's, not made yet

    def word(self, spelling: str) -> WordStats:
        """One spelling's counts (the same object each time: callers may note in it)."""
        found = self.made.get(spelling)
        if found is None:
            _, mentions, named, offset, before, after = self.rows.pop(spelling)
            found = self.made[spelling] = WordStats(
                mentions, named, 1, (0, offset), Counts(before), Counts(after)
            )
        return found

    @property
    def words(self) -> dict[str, WordStats]:
        """Every spelling's counts."""
        for spelling in list(self.rows):
            self.word(spelling)
        return self.made

    def name_like(self) -> list[str]:
        """The spellings that ``is_name_like`` keeps (the first file's read from its rows:
        named, before, after)."""
        out = [w for w, s in self.made.items() if is_name_like(w, s)]
        out += [w for w, r in self.rows.items() if r[2] or r[4] or r[5] or is_rare(w)]
        return out


# What ``summarize`` returns: compact tuples, cheap to pickle.
Names = tuple[tuple[str, int], ...]  # neighbouring names and their counts, sorted
WordRow = tuple[str, int, int, int, Names, Names]
Summary = tuple[tuple[WordRow, ...], tuple[tuple[str, str, int], ...]]


def summarize(doc: Document) -> Summary:
    """Counts of one document: spelling, mentions, named, first offset, before, after.

    Counted in C where it can be (this runs over every mention of every file): only the
    mentions with a capitalised neighbour take a Python loop. ``named`` is 1 for a
    spelling that a mention capitalises where only a name would be and that has no
    name-like neighbour here, else 0: it serves ``is_name_like`` only, which a name-like
    neighbour anywhere satisfies already; so whether a mention's capital is ``initial``
    (the costly part of the scan) is asked only until a spelling is settled.
    """
    rows = plain(doc)
    spellings = [r[0] for r in rows]
    mentions = Counter(spellings)
    first = dict(zip(reversed(spellings), [r[1] for r in reversed(rows)], strict=True))
    # Plain dicts, not Counters: a Counter costs a Python call to make, and one per
    # missing key read (``get`` does it in C).
    before: dict[str, dict[str, int]] = {}
    after: dict[str, dict[str, int]] = {}
    fulls: dict[tuple[str, str], int] = {}
    names: dict[str, bool] = {}  # is_name_word, once per distinct neighbour
    for spelling, _, _, left, right in [r for r in rows if r[3] or r[4]]:
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
    named = _named(doc, rows, before.keys() | after.keys())
    out = tuple(
        (
            w,
            mentions[w],
            int(w in named),
            first[w],
            tuple(sorted(before[w].items())) if w in before else (),
            tuple(sorted(after[w].items())) if w in after else (),
        )
        for w in sorted(mentions)
    )
    return out, tuple(sorted((a, b, n) for (a, b), n in fulls.items()))


# What may stand before a mention's space where ``Initial`` looks further than the
# line's Title Case: openers (and spaces), enders (initial at once) and closers.
_NOT_PLAIN = frozenset(_OPENERS + _ENDERS + _CLOSERS)


def _named(doc: Document, rows: Sequence[Plain], settled: set[str]) -> set[str]:
    """The spellings not in ``settled`` that a mention capitalises where only a name
    would be (not ``initial``), each asked about until one mention says so.

    ``Initial``'s answer is read off the text for most mentions: at a line start or one
    space after terminal punctuation, initial; one space after any other character that
    is no space, opener or closer, initial exactly on a Title Case line."""
    text, line_starts = doc.text, doc.line_starts
    initial = Initial(doc)
    out: set[str] = set()
    for spelling, start, _, _, _ in rows:
        if spelling in settled:
            continue
        before = text[start - 1]  # (at 0, the text's last character: initial either way)
        if before == " " and start > 1:
            stop = text[start - 2]
            if stop in _ENDERS:
                continue
            if stop not in _NOT_PLAIN and not stop.isspace():
                if not initial.line_title(bisect_right(line_starts, start) - 1):
                    settled.add(spelling)
                    out.add(spelling)
                continue
        elif before in "\n\r":
            continue  # a line start
        if not initial(start):
            settled.add(spelling)
            out.add(spelling)
    return out


def add(out: NameStats, part: Summary) -> None:
    """Add one file's summary to the run's counts (files are added in file order, so a
    collect pass can fold each summary in as it arrives instead of holding them all)."""
    order = out.files
    out.files += 1
    rows, fulls = part
    if not order:
        out.rows = dict(zip(map(itemgetter(0), rows), rows, strict=True))  # made when asked
    else:
        words = out.words
        for spelling, mentions, named, offset, before, after in rows:
            s = words.get(spelling)
            if s is None:
                s = words[spelling] = WordStats(first=(order, offset))
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


def is_rare(spelling: str) -> bool:
    """Not an everyday word: name-like wherever it is capitalised."""
    return word_count(spelling) < COMMON


def is_name_like(spelling: str, stats: WordStats) -> bool:
    """Capitalised mid-sentence, part of a full name, or not an everyday word: a
    sentence-initial "Previously" is not a name, a sentence-initial "Antony Blinken" is.
    (``NameStats.name_like`` asks it of every spelling of a run at once.)"""
    return bool(stats.named or stats.before or stats.after) or is_rare(spelling)
