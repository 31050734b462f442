"""BS003: two words run together ("pressfrom", "ofthe")."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator

from mtlint import rx
from mtlint.document import Document, Line
from mtlint.model import Applicability, Category, Fix, Hit, Severity, Span
from mtlint.rule import Rule, RuleMeta, examples, fail
from mtlint.rules.broken import lexicon
from mtlint.rules.broken._capital_glue import GLUED_ENDS, capital_glued, may_glue_before
from mtlint.rules.broken._common import in_code_or_url, prose_among, words
from mtlint.rules.broken.glued import lower_upper_lines

# Function words that are not also word-forming prefixes or suffixes ("over-", "in-", "-or").
_PREFIXES = words("the of and from with that which their")
_SUFFIXES = words(
    "from the and of with that this which their about after into would was were have has"
    " in on to at for by"
)
# "sheathe", "pashas", "begin", "baton": need a longer head
_SHORT_TAIL = words("the has was in on to at for by")
# Pairs of function words glued together ("inthe", "ofthe", "tothe").
_PAIR = words("in of to on at for from with by and the is that this")
# Adverbs that form real compounds with function words ("hereinto", "whereabout").
_NOT_CONTENT = words("here there where therein thereon herein with what when")
# Listed in the word list (web text glues them too) but far rarer than the two words apart.
_KNOWN_PAIRS = words(
    """andis andon andthat andthe andto atthe atthis bythe forthe forthis fromthe fromthis
    inon inthe inthis isat isthat isthe isto ofthe ofthis onthe onthis thatis thaton thatthe
    thisis tothe tothis withthe"""
)


def lines_holding(doc: Document, found: Iterable[str]) -> set[int]:
    """The numbers of the lines that hold one of ``found`` (runs of letters, which hold no
    line break), from a search of the text for each: not a test of every line (a text of
    short lines has many)."""
    text, starts = doc.text, doc.line_starts
    out: set[int] = set()
    for word in found:
        i = text.find(word)
        while i != -1:
            out.add(bisect.bisect_right(starts, i))
            i = text.find(word, i + 1)
    return out


_TOKEN = rx.lazy(r"(?<![\p{L}\p{M}\d'’@#_./-])\p{Ll}{5,}(?![\p{L}\p{M}\d'’_-]|\.\p{L})")
# The word list and the function words are ASCII, so only an ASCII token can split: a
# run of ASCII lowercase letters (found by the faster stdlib engine) that is a _TOKEN.
_ASCII_RUN = rx.compile_re(r"[a-z]{5,}")
_FREQUENT = 1e6
_SHELL = rx.lazy(r"(?:^|\s)(?:--?[a-z][\w-]*|[<>|]{1,2})(?=\s)")
_QUOTES = frozenset("\"'“”‘’`")
_PAIRED = rx.lazy("(?:" + "|".join(sorted(_PAIR)) + "){2}")


def split_glued(word: str) -> tuple[str, str] | None:
    """Split ``word`` into two words when it is two words run together, else None."""
    if word in lexicon.unigrams():
        if word not in _KNOWN_PAIRS:
            return None
        return next(
            (word[:i], word[i:])
            for i in range(2, len(word) - 1)
            if word[:i] in _PAIR and word[i:] in _PAIR
        )
    for i in range(2, len(word) - 1):
        head, tail = word[:i], word[i:]
        if head in _PAIR and tail in _PAIR:
            return head, tail
        if head in _PREFIXES and _content(tail, 4):
            return head, tail
        if tail in _SUFFIXES and _content(head, 5 if tail in _SHORT_TAIL else 4):
            return head, tail
    return None


def _content(part: str, min_len: int) -> bool:
    return (
        len(part) >= min_len
        and part not in _NOT_CONTENT
        and lexicon.unigrams().get(part, 0.0) >= _FREQUENT
    )


def _could_be_glued(word: str) -> bool:
    """A cheap test before the word list is loaded: a function word at either end."""
    if word in _KNOWN_PAIRS:
        return True
    return (
        any(word.startswith(p) and len(word) - len(p) >= 4 for p in _PREFIXES)
        or any(word.endswith(s) and len(word) - len(s) >= 4 for s in _SUFFIXES)
        or _PAIRED.fullmatch(word) is not None
    )


_SPLITS: dict[str, tuple[str, str]] = {}  # memoised splits: news prose repeats its words
_WHOLE: set[str] = set()  # words known not to split
_PLAIN: set[str] = set()  # whitespace-separated words with no run that splits


def _glue_end(run: str) -> bool:
    """A run that ends on a function word and is no word ("ulturefor" of "Culturefor"),
    nor the end of a place in -land ("uckland" of "Auckland": most such runs)."""
    return run.endswith(GLUED_ENDS) and not run.endswith("land") and run not in lexicon.unigrams()


def _glued(word: str) -> tuple[str, str] | None:
    """``split_glued`` behind the cheap test, memoised."""
    if word in _WHOLE:
        return None
    parts = _SPLITS.get(word)
    if parts is not None:
        return parts
    parts = split_glued(word) if _could_be_glued(word) else None
    if len(_WHOLE) + len(_SPLITS) > 200_000:
        _WHOLE.clear()
        _SPLITS.clear()
    if parts is None:
        if not _glue_end(word):
            _WHOLE.add(word)  # (a run that may end a capitalised word glued to a
            # function word stays out: ``check`` looks for those among the runs left)
    else:
        _SPLITS[word] = parts
    return parts


class GluedWords(Rule):
    """Two words run together into one ("Meet the pressfrom the series", "ofthe").

    Extraction from HTML drops the space between words that sat in different elements or
    on different lines. A lowercase token is reported when it is not a known word but
    splits into a very common function word (the, of, and, from, with...) and a frequent
    word, or when it is a common glued pair like "inthe". Real compounds (without,
    another, therefore, into, meanwhile), hyphenated words, names, URLs, e-mail addresses,
    hashtags and code are left alone. Where a link lost its spaces, "the" or "of" glued
    to a capitalised word ("theSelf-Defense Forces") and a capitalised word glued to
    "for", "from", "with" or "that" ("the Ministry of Culturefor a subsidy") are
    reported when the word is frequent or stands alone elsewhere in the document; a
    glued "and" ("FNV Spoorand VVMC") only in the latter case, as names end in it
    ("Roland"). The fix inserts the space and is unsafe.
    """

    meta = RuleMeta(
        code="BS003",
        name="glued-words",
        category=Category.BROKEN_SENTENCE,
        severity=Severity.WARNING,
        summary='Two words run together into one ("Meet the pressfrom the series", "ofthe").',
        fixable=True,
    )
    examples = examples(
        [
            fail(
                "He spoke on Meet the pressfrom the series NBC.",
                "1:22",
                fixed="He spoke on Meet the press from the series NBC.",
            ),
            fail("Most ofthe troops left.", "1:6", fixed="Most of the troops left."),
            fail("They discussed thereport at length.", "1:16"),
            fail("The talks ended withthe Russians.", "1:17"),
            fail("They changed coaches in the middle of a seasonin 2021.", "1:41"),
            fail(
                "Staff worked with theSelf-Defense Forces.",
                "1:19",
                fixed="Staff worked with the Self-Defense Forces.",
            ),
            fail("The town will ask the Ministry of Culturefor a subsidy.", "1:35"),
            fail("The unions Spoorand Metaal called the strike, said a Spoor official.", "1:12"),
        ],
        [
            "The builtin plugin adds a checkin form, a walkin clinic and a standby baton.",
            "Without another word, therefore, he went into the room meanwhile.",
            "Somewhere, somehow, the hitherto unknown cause was found thereafter.",
            "See thehill.com, #inthemoment, @ofthenews and the-from-scratch plan.",
            'Use `pressfrom` in code and file_withthe names, or edit "thatfile".',
            "Prices rose, notwithstanding the whereabouts of the theater's offerings.",
            "She would sheathe the sword and withstand the thousand demands thereof.",
            "Call toString, forEach and isEmpty; theMatrix fans met in Greenwhich.",
            "Roland, Holland and Orland spoke; Optional.ofNullable and andThen were used.",
            "The Ministry of Cultureand Sport said so.",
        ],
    )

    def check(self, doc: Document) -> Iterator[Hit]:
        # The words that split, from one pass over the document's distinct words (runs of
        # [a-z] hold no whitespace, so they are the runs of the text, from a third of its
        # length): most documents have none, and the lines are then never looked at.
        # Words of earlier documents none of whose runs split are left out first (in C):
        # news repeats its vocabulary, so only a document's new words are searched.
        fresh = doc.distinct_words - _PLAIN
        runs = set(_ASCII_RUN.findall(" ".join(fresh)))
        runs.difference_update(_WHOLE)  # known not to split (in C)
        splitting = [word for word in runs if _glued(word) is not None]
        # Runs that may end a capitalised word glued to a function word ("Culturefor"):
        # never in _WHOLE, so among the runs left.
        ends = [run for run in runs if _glue_end(run)]
        if not splitting and not ends:
            if len(_PLAIN) > 200_000:
                _PLAIN.clear()
            _PLAIN.update(fresh)  # no run of these words splits, none is glued at a capital
        split = lines_holding(doc, splitting)
        glued_end = lines_holding(doc, ends)
        lines = doc.lines
        glued_start = {n for n in lower_upper_lines(doc) if may_glue_before(lines[n - 1].text)}
        for line in prose_among(doc, split | glued_end | glued_start):
            number = line.number
            if number in glued_end or number in glued_start:
                yield from self._capital(doc, line, number in glued_end)
            if line.number not in split:
                continue
            text = line.text
            found = [m for m in _ASCII_RUN.finditer(text) if _glued(m.group()) is not None]
            if not found or _SHELL.search(text):
                continue  # "vim -u thefilter thefile"
            for m in found:
                token = _TOKEN.match(text, m.start())
                if token is None or token.end() != m.end():
                    continue  # part of a longer word, a path, a name...
                word = m.group()
                parts = _glued(word)
                if parts is None or in_code_or_url(text, m.start(), m.end()):
                    continue
                before, after = text[m.start() - 1 : m.start()], text[m.end() : m.end() + 1]
                if before in _QUOTES and after in _QUOTES:
                    continue  # a mention: the file "thatfile"
                at = line.start + m.start() + len(parts[0])
                yield Hit(
                    Span(line.start + m.start(), line.start + m.end()),
                    f"words run together: “{word}” (“{parts[0]} {parts[1]}”)",
                    Fix.replace(Span(at, at), " ", "Insert a space", Applicability.UNSAFE),
                )

    @staticmethod
    def _capital(doc: Document, line: Line, ends: bool) -> Iterator[Hit]:
        """Words glued across a capital where a link lost its spaces ("theSelf-Defense");
        ``ends``: the line may hold a capitalised word glued to a function word."""
        text = line.text
        for start, end, at in capital_glued(doc, text, ends):
            if in_code_or_url(text, start, end):
                continue
            word = text[start:end]
            cut = at - start
            yield Hit(
                Span(line.start + start, line.start + end),
                f"words run together: “{word}” (“{word[:cut]} {word[cut:]}”)",
                Fix.replace(
                    Span(line.start + at, line.start + at),
                    " ",
                    "Insert a space",
                    Applicability.UNSAFE,
                ),
            )
