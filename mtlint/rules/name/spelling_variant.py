"""NM001: one name spelled two ways, in one file or across the files of a run."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager
from itertools import pairwise
from typing import NamedTuple

from mtlint import corpus
from mtlint.document import Document
from mtlint.glossary import Glossary, published
from mtlint.model import Applicability, Category, Fix, Hit, Severity, Span
from mtlint.rule import Rule, RuleMeta, examples, fail
from mtlint.rules.name.joined import join_summaries
from mtlint.rules.name.mentions import plain
from mtlint.rules.name.stats import NameStats, Summary, add, combine, summarize
from mtlint.rules.name.variants import Canon, NameIndex, Variant, find_variants

CORPUS_KEY = "names"


def canon_of(glossary: Glossary | None) -> Canon:
    """The glossary's spellings as the clustering sees them."""
    if glossary is None:
        return Canon()
    words: set[str] = set()
    fulls: set[tuple[str, str]] = set()
    listed: set[str] = set()
    for entry in glossary.entries:
        parts = entry.name.split()
        words.update(parts)
        fulls.update(pairwise(parts))
        for variant in entry.variants:
            listed.update(variant.split())
    return Canon(frozenset(words), frozenset(fulls), frozenset(listed - words))


def _amount(mentions: int, files: int, many_files: bool, unit: str) -> str:
    text = f"{mentions} mention{'s' if mentions != 1 else ''}"
    return f"{text} in {files} {unit}{'s' if files != 1 else ''}" if many_files else text


def message(v: Variant, many_files: bool) -> str:
    unit = corpus.unit()  # a JSON Lines run counts records, not files
    mm, mf, dm, df = v.counts
    minority = f"'{v.shown[0]}' ({_amount(mm, mf, many_files, unit)})"
    if v.glossary:
        return f"{minority} is a variant of the glossary name '{v.shown[1]}'"
    reasons = (f"more {unit}s" if r == "more files" else r for r in v.reasons)
    return (
        f"{minority} is a variant of '{v.shown[1]}' ({_amount(dm, df, many_files, unit)}), "
        f"chosen for: {', '.join(reasons)}"
    )


def _applies(v: Variant, before: str | None, after: str | None) -> bool:
    return (not v.before or before in v.before) and (not v.after or after in v.after)


class _Lookup(NamedTuple):
    """An index's variants by minority spelling, and a search for any of those spellings
    (a document without one has nothing to report: its mentions are never listed)."""

    owner: NameIndex
    table: dict[str, list[Variant]]
    search: Callable[[str], object] | None


_LOOKUP: dict[int, _Lookup] = {}


def _by_minority(index: NameIndex) -> _Lookup:
    cached = _LOOKUP.get(id(index))
    if cached is not None and cached.owner is index:
        return cached
    table: dict[str, list[Variant]] = {}
    for v in index.variants:
        table.setdefault(v.minority, []).append(v)
    words = sorted(table, key=lambda w: (-len(w), w))
    search = re.compile("|".join(map(re.escape, words))).search if words else None
    _LOOKUP.clear()
    found = _LOOKUP[id(index)] = _Lookup(index, table, search)
    return found


class NameSpellingVariant(Rule):
    """One name spelled two ways ("Blinken" and "Blinkin"), in one file or across a run.

    Machine translation and hurried editing transliterate or misspell a name differently
    from one mention to the next, and a content repository shares its names: "Zelenski"
    in one file is a variant of the "Zelensky" of twenty others. ``mtlint check`` counts
    the spellings of every file of a run before linting; a lone text counts its own.

    Variants are spellings with one transliteration key (-sky/-ski/-skyy/-skiy,
    Dmitry/Dmitriy/Dmitri, Sergei/Sergey, ph/f, kh/h, ks/x, doubled letters, al-/el-,
    diacritics) or one letter apart with the same initial (both at least five letters, or
    a shared first name: "Emily Horn"/"Emily Horne"), and first names that spell one
    given name before the same surname ("Anthony Blinken"/"Antony Blinken", "Sören"/"Søren";
    a dropped accent, "Jose"/"José", is none); a word used
    mostly as a first name ("Giorgia") is compared only there. Inflections
    ("Russia"/"Russian"), feminine forms ("Zelenska"), two well-known words
    ("Iran"/"Iraq"), different first names ("John Smith"/"Jane Smyth", "Ron Paul"/"Rand
    Paul") and a spelling used in three files or more that is not outnumbered three to
    one ("Kallas"/"Dallas"), and two attested names one letter apart with no name beside
    one of them ("Marija" alone and "Maria", "Typer"/"Types") mark different names. An
    everyday word ("Horn") is flagged only in the full name that proves the variant.

    Which spelling is dominant, in order: the glossary spelling (config ``glossary``);
    a spelling the English lexicon knows over one it does not, unless outnumbered more
    than two to one; more mentions; more files; more full-name mentions (with a first
    name); the -sky ending; the spelling used first. The message gives the counts and the
    criteria the dominant spelling won on.

    Severity: a warning with an unsafe fix (two people may really have names one letter
    apart). Info with a fix that is only shown when the evidence is thin: a tie (the
    dominant spelling has no more mentions), or a transliteration that a file uses several
    times and alone while other files prefer another one (a house-style choice). A
    glossary name is never a variant; listed variants are NM002's.
    """

    meta = RuleMeta(
        code="NM001",
        name="name-spelling-variant",
        category=Category.NAME,
        severity=Severity.WARNING,
        summary='One name spelled two ways ("Blinken" and "Blinkin"), in a file or across files.',
        fixable=True,
    )
    examples = examples(
        [
            fail(
                "Antony Blinken spoke on Monday. Later, Blinken flew to Kyiv, where Blinkin met "
                "the president.",
                "1:68",
                fixed="Antony Blinken spoke on Monday. Later, Blinken flew to Kyiv, where Blinken "
                "met the president.",
            ),
            fail(
                "Blinken expressed to Zelenski the US support.\n\n"
                "Antony Blinken spoke with President Volodymyr Zelensky.\n",
                "1:22",
            ),
            fail(
                "The spokeswoman, Emily Horne, announced the call. Later, Emily Horn said it "
                "went well, and Emily Horne agreed.",
                "1:64",
                fixed="The spokeswoman, Emily Horne, announced the call. Later, Emily Horne said "
                "it went well, and Emily Horne agreed.",
            ),
            fail(
                "Officials in Luhansk and Donetsk said Lugansk was shelled; Luhansk is calm now.",
                "1:39",
            ),
            fail(
                "Antony Blinken arrived. Antony Blinken met Dmitry Kuleba, and Anthony Blinken "
                "left.",
                "1:63",
                fixed="Antony Blinken arrived. Antony Blinken met Dmitry Kuleba, and Antony "
                "Blinken left.",
            ),
            fail("Dmitry Peskov said so. Later, Dmitriy Peskov and Dmitry Peskov agreed.", "1:31"),
            fail(
                "Yuko Sato leads the association. Mrs. Satou said more volunteers are needed.",
                "1:39",
            ),
            fail("Professor Hiroshi Otsuka observed the drill. Ootsuka said it went well.", "1:46"),
            fail(
                'The director, Dr. Mahmoud el-Sherif, denied it. "We have documents,"'
                " al-Sharif said.",
                "1:70",
            ),
            fail("Søren Bach spoke first. Later, Sören Bach and Søren Bach agreed.", "1:32"),
        ],
        [
            "Iran and Iraq signed a deal. Iran will supply gas to Iraq, said Iraq's minister.",
            "Russia said Russian troops would stay. Ukraine and Ukrainian officials agreed.",
            "Ron Paul endorsed his son, Rand Paul. Paul's supporters cheered.",
            "Dmitry Peskov spoke. Elizaveta Peskova, his daughter, did not.",
            "Volodymyr Zelensky and his wife, Olena Zelenska, visited Washington.",
            "John Smith met Jane Smyth in London; Smith and Smyth then left.",
            "Austria and Australia played. Jordan and Gordon watched the game.",
            "Biden said Biden's plan would pass. Zelensky thanked Biden.",
            "John Smith and Joan Smith, his sister, spoke. John Smith left first.",
            "Emily Horne spoke. The Horn of Africa faces drought, Horne said.",
            "Bashar al-Assad spoke; Assad said al-Assad's army would stay.",
            "Kenji Ono met Hiroshi Ohno in Tokyo; Ono and Ohno then left.",
            "Ali al-Hakim met Omar al-Hakam; al-Hakim spoke first.",
            "José Mourinho spoke; Jose Mourinho and José Mourinho agreed.",
        ],
    )

    corpus_key = CORPUS_KEY

    def example_context(self) -> AbstractContextManager[object]:
        return corpus.scoped({})  # examples are lone texts, whatever ran before

    def collect(self, doc: Document) -> Summary:
        return summarize(doc)

    def start(self) -> NameStats:
        return NameStats()

    def add(self, acc: object, part: object) -> None:
        if isinstance(acc, NameStats) and isinstance(part, tuple):
            add(acc, part)

    def finish(self, acc: object) -> NameIndex:
        stats = acc if isinstance(acc, NameStats) else NameStats()
        return find_variants(stats, canon_of(published()))

    def join(self, parts: Sequence[tuple[int, object]]) -> Summary:
        return join_summaries([(at, p) for at, p in parts if isinstance(p, tuple)])

    def merge(self, parts: Sequence[object]) -> NameIndex:
        summaries = [p for p in parts if isinstance(p, tuple)]
        return self.finish(combine(summaries))

    def check(self, doc: Document) -> Iterator[Hit]:
        index = corpus.index(CORPUS_KEY)
        if not isinstance(index, NameIndex):  # a lone text: its own spellings
            _ = doc.sentence_starts  # the other rules split it all anyway: split it once
            index = self.merge([summarize(doc)])
        table, search = _by_minority(index)[1:]
        if search is None or search(doc.text) is None:
            return  # no minority spelling: the usual case in a run, no mention scan
        rows = plain(doc)  # (``initial`` is no matter here)
        present = Counter(row[0] for row in rows)
        many = index.files > 1
        for spelling, start, end, before, after in rows:
            for v in table.get(spelling, ()):
                if not _applies(v, before, after):
                    continue
                house_style = (  # a file's deliberate choice: several mentions, no other
                    v.kind == "transliteration"
                    and not v.glossary
                    and v.dominant not in present
                    and present[v.minority] > 1
                )
                weak = v.tie or house_style
                span = Span(start, end)
                fix = Fix.replace(
                    span,
                    v.dominant,
                    f"Spell it '{v.dominant}'",
                    Applicability.DISPLAY_ONLY if weak else Applicability.UNSAFE,
                )
                yield Hit(span, message(v, many), fix, Severity.INFO if weak else None)
                break
