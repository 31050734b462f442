"""NM006: a surname given once as a name and once translated as words ("Dario Fontana",
"Dario Fountain")."""

from __future__ import annotations

from collections.abc import Iterator

from mtlint import rx
from mtlint.corpus import ListsDocuments
from mtlint.document import Document
from mtlint.lexicon import article_words
from mtlint.model import Applicability, Category, Fix, Hit, Severity, Span
from mtlint.rule import Rule, RuleMeta, examples, fail
from mtlint.rules.name.lexicon import COMMON, KNOWN, word_count
from mtlint.rules.name.mentions import plain
from mtlint.rules.name.name_order import name_like
from mtlint.rules.name.stats import is_name_word

# Two to four capitalised words one space apart, not inside a longer word or a
# hyphenated compound, and not after an initial or an abbreviation's full stop.
_RUN = rx.lazy(
    r"(?<![\p{L}\p{M}\p{N}_'’.-])\p{Lu}\p{Ll}+(?:[ ]\p{Lu}\p{Ll}+){1,3}(?![\p{L}\p{M}\p{N}'’-])"
)
OUTNUMBERS = 4  # a translated word is this many times as frequent as the surname, at least
MIN_EDITS = 3  # closer spellings are slips or transliterations (NM001's)


def _edits(a: str, b: str) -> int:
    """Levenshtein distance (names are short)."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def _suspect(doc: Document) -> bool:
    """Whether some first name stands before two words of which one is an everyday word
    far more frequent than the other: a necessary condition of a report, read off the
    capitalised words that the name rules list anyway (a surname and the word before
    it are listed when either has four letters or more)."""
    seconds: dict[str, set[str]] = {}
    for word, _, _, before, after in [r for r in plain(doc) if r[3] or r[4]]:
        if before is not None:
            seconds.setdefault(before, set()).add(word)
        if after is not None:
            seconds.setdefault(word, set()).add(after)
    for first, nexts in seconds.items():
        if len(nexts) < 2 or not is_name_word(first):
            continue
        counts = sorted(word_count(w) for w in nexts)
        if counts[-1] >= COMMON and counts[0] * OUTNUMBERS < counts[-1]:
            everyday = article_words()
            if any(w.casefold() in everyday for w in nexts):
                return True
    return False


Forms = dict[str, dict[tuple[str, ...], list[Span]]]


def _forms(doc: Document) -> Forms:
    """First name -> what follows it to the end of a run of capitalised words -> where.

    Every suffix of a run that starts with a possible first name counts ("For Dario
    Fountain" holds "Dario Fountain"); a run of five or more words is a title or an
    organisation, never a person's name."""
    out: Forms = {}
    for m in _RUN.finditer(doc.text):
        words = m.group().split(" ")
        at = m.start()
        for i in range(len(words) - 1):
            first = words[i]
            if len(words) - i <= 3 and is_name_word(first):
                rest = tuple(words[i + 1 :])
                out.setdefault(first, {}).setdefault(rest, []).append(Span(at, m.end()))
            at += len(first) + 1
    return out


def _translated(surname: str, words: tuple[str, ...]) -> bool:
    """Whether ``words`` read as everyday English words put in place of ``surname``: one
    word with the surname's initial ("Fuchs", "Fox") that is far more frequent and no
    mere slip, or two words in place of a surname that is no English word at all
    ("Qingshan", "Green Mountain")."""
    counts = [word_count(w) for w in words]
    if min(counts) < COMMON:
        return False
    everyday = article_words()
    if any(w.casefold() not in everyday for w in words):
        return False  # a surname of its own ("Novak", "Johnson"), not a word
    if len(words) == 2:
        return word_count(surname) < KNOWN
    word = words[0]
    x, y = surname.casefold(), word.casefold()
    return (
        x[0] == y[0]
        and not (x.startswith(y) or y.startswith(x))
        and word_count(surname) * OUTNUMBERS < counts[0]
        and _edits(x, y) >= MIN_EDITS
    )


class TranslatedSurnamePair(ListsDocuments, Rule):
    """A person's surname left as a name in one mention and translated as everyday
    words in another ("Dario Fontana" ... "Dario Fountain", "Lin Qingshan" ... "Lin
    Green Mountain").

    Translation engines render a surname that means something in the source language
    ("Fuchs" is German for fox, "Fontana" Italian for fountain, "Qingshan" Chinese for
    green mountain) now as a name, now as the word. The rule compares the full names of
    a document that share a first name: one whose surname is one everyday English word
    with the same initial as the other surname, far more frequent and more than a slip
    of two letters away, or two everyday words where the other surname is no English
    word at all. First names that the document also writes in lowercase, titles and
    place words are left alone, and so are names followed by another capitalised word
    (an organisation). The fix restores the surname (unsafe: two people may share a
    first name).
    """

    meta = RuleMeta(
        code="NM006",
        name="translated-surname-pair",
        category=Category.NAME,
        severity=Severity.WARNING,
        summary='A surname given as a name once and translated as words elsewhere ("Fontana", '
        '"Fountain").',
        fixable=True,
    )
    examples = examples(
        [
            fail(
                "The concert was conducted by Dario Fontana.\n\nFor Dario Fountain, it was"
                " his debut.",
                "3:5",
                fixed="The concert was conducted by Dario Fontana.\n\nFor Dario Fontana, it"
                " was his debut.",
            ),
            fail(
                "The chief designer, Lin Qingshan, said all engines worked. Lin Green"
                " Mountain joined the company in 2019.",
                "1:60",
            ),
            fail("The assistant Tobias Fuchs takes over. Tobias Fox will lead training.", "1:40"),
        ],
        [
            "Mark Rutte met Mark Brown in The Hague.",  # not the initial, no slip
            "John Smith and John Smyth spoke.",  # a slip: NM001's
            "David Cameron and David Frost spoke.",
            "Dario Fontana conducted; Dario Fontana Fountain Company paid.",
            "Lin Qingshan spoke. The Green Mountain resort is in Lin County.",
            "Storm David hit on Monday; Storm Hilde followed.",
            "Hannah Novak and Hannah Nakamura spoke.",  # "Novak" is no everyday word
            "David Miliband met David Miller.",
            "Deutsche Bahn and Deutsche Bank agreed.",
        ],
    )

    # The collect pass lists the documents where a report is possible (``_suspect``),
    # so that the lint pass scans the runs of capitalised words of those only.
    corpus_key = "translated-surname-pair"

    def suspect(self, doc: Document) -> bool:
        return _suspect(doc)

    def check(self, doc: Document) -> Iterator[Hit]:
        if not self.listed(doc):
            return  # nothing to compare in this document
        forms = _forms(doc)
        for first, rests in forms.items():
            if len(rests) < 2:
                continue
            surnames = [r[0] for r in rests if len(r) == 1]
            for words, spans in rests.items():
                found = next((s for s in surnames if _translated(s, words)), None)
                if found is None or not name_like(doc, first) or not name_like(doc, found):
                    continue
                shown = " ".join(words)
                for span in spans:
                    start = span.end - len(shown)
                    target = Span(start, span.end)
                    fix = Fix.replace(target, found, f"Write '{found}'", Applicability.UNSAFE)
                    plural = "s" if len(words) > 1 else ""
                    yield Hit(
                        Span(start - len(first) - 1, span.end),
                        f"'{first} {shown}' may be '{first} {found}' with the surname"
                        f" translated as the word{plural} '{shown.lower()}'",
                        fix,
                    )
