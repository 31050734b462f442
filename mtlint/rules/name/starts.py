"""Whether a capitalised word's capital may come from its position, not from the word.

A capital at a sentence start, after an opening quote or on a Title Case line says
nothing about whether a word is a name: such a mention is ``initial`` (see
``mentions``). The name rules ask this for few of the mentions they read, so ``Initial``
answers it lazily, and most answers are read off the text around the word.
"""

from __future__ import annotations

import bisect
import itertools

from mtlint import rx
from mtlint.document import Document
from mtlint.model import Span
from mtlint.rules.linekinds import is_title_like
from mtlint.sentences import split_paragraphs

_OPENERS = "\"'“‘«([*_>#-–—•"
_ENDERS = ".!?:;…"
_QUOTES = '"“‘«('
# Quotes and brackets that may close a sentence after its terminal punctuation ('"' and
# "'" open quotations too: _stop looks past them).
_CLOSERS = "”’»)]"
_SKIPPED = "\"'“‘«([*-_#>"  # Document.sentence_starts skips these at a sentence's start
_SPACES = (" ", "\u00a0")
# For a quick "not Title Case" (see _title_like): a lowercase word of four letters or more
# after a space (linekinds.WORD starts a word there), and what may start a capitalised word.
_LOWER_WORD = rx.compile_re(r" [a-z]{4}")
_MAYBE_CAPITAL = rx.compile_re(r"[^\x00-\x40\x5b-\x7f]")  # A-Z, or not ASCII


def _stop(text: str, start: int, line_start: int) -> str:
    """What stands before ``start`` past spaces and openers: "" when only openers do since
    a sentence end, a line start or an opening quote (the word is ``initial``)."""
    i = start - 1
    while i >= line_start and (text[i].isspace() or text[i] in _OPENERS):
        if text[i] in _QUOTES:
            return ""  # a quotation often opens a sentence of its own
        i -= 1
    return "" if i < line_start or text[i] in _ENDERS else text[i]


class _SentenceStarts:
    """``doc.sentence_starts``, split paragraph by paragraph when asked.

    A sentence starts after a line break or after terminal punctuation and the quotes or
    brackets closing it (see ``mtlint.sentences``); so a word after anything but a closing
    quote or bracket (``_CLOSERS``) starts one only where ``_stop`` already says it is
    initial. The collect pass reads each document once, and most paragraphs never need
    splitting; a paragraph to split is found from its lines (``doc.paragraphs`` would
    look at every line of the document).
    """

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        cached = getattr(doc, "__dict__", {})  # where cached_property keeps its value
        self.known: frozenset[int] | None = cached.get("sentence_starts")  # already split
        self.split: dict[int, set[int]] = {}  # sentence starts by paragraph start
        self.spans: list[Span] = []  # the paragraphs split so far

    def __contains__(self, offset: int) -> bool:
        if self.known is not None:
            return offset in self.known
        for span in self.spans:  # (a few at most)
            if span.start <= offset <= span.end:
                return offset in self.split[span.start]
        doc, text = self.doc, self.doc.text
        lines = doc.lines
        first = last = bisect.bisect_right(doc.line_starts, offset) - 1
        if first < 0 or not lines[first].text.strip():
            return False  # on a blank line: in no paragraph
        while first > 0 and lines[first - 1].text.strip():
            first -= 1
        while last + 1 < len(lines) and lines[last + 1].text.strip():
            last += 1
        paragraph = Span(lines[first].start, lines[last].end)  # as in doc.paragraphs
        self.spans.append(paragraph)
        found = self.split[paragraph.start] = set()
        for span in split_paragraphs(text, (paragraph,)):
            i = span.start
            while i < span.end and text[i] in _SKIPPED:
                i += 1
            found.add(i)
        return offset in found


# Terminal punctuation (mtlint.sentences._TERMINAL's first characters), and what may
# stand between it and the sentence it ends: the closing quotes and brackets of
# _TERMINAL, spaces, and what _SentenceStarts skips. None of these is terminal.
_TERMINALS = ".!?…"
_BETWEEN = _SKIPPED + "\"'”’»)]"


def _after_terminal(text: str, start: int) -> bool:
    """Whether terminal punctuation stands before ``start`` past closing quotes and
    brackets, spaces and skipped openers: a word after ``,” `` or ``) — `` (most of
    the words after a closer) starts no sentence, and its paragraph need not be split.
    Valid where scan asks: the stop before ``start`` is on its line and not in
    ``_SKIPPED``, so ``start`` is not where its line's first sentence starts."""
    i = start - 1
    while i >= 0 and (text[i] in _BETWEEN or text[i].isspace()):
        i -= 1
    return i >= 0 and text[i] in _TERMINALS


def _title_like(line: str) -> bool:
    """``is_title_like``, answered at once for running prose: a Title Case line has at
    least three capitalised words of four letters or more per lowercase one. (More
    lowercase words than a third of the capitals: the search stops at the first
    ``capitals // 3 + 1`` of them instead of finding them all.)"""
    enough = len(_MAYBE_CAPITAL.findall(line)) // 3  # 3 * lower > capitals: lower > enough
    if next(itertools.islice(_LOWER_WORD.finditer(line), enough, None), None) is not None:
        return False
    return is_title_like(line)


# _title_like's quick test over a whole document at once: the text as one byte per
# character (``_classes``), "C" for A-Z, "a" for a-z, "?" for "?" and for every character
# that is not ASCII (encode's "replace"), " " for a space and "." for anything else.
_CLASSES = bytes(
    ord("C") if 65 <= c <= 90 else ord("a") if 97 <= c <= 122 else c if c in (32, 63) else 46
    for c in range(256)
)


def _classes(text: str) -> bytes:
    return text.encode("ascii", "replace").translate(_CLASSES)


def _not_title(text: str, classes: bytes, lo: int, hi: int) -> bool:
    """``_title_like``'s quick "not Title Case" for ``text[lo:hi]``, counted in C from
    ``classes`` (``_classes(text)``): more lowercase words (" [a-z]{4}", which cannot
    overlap) than a third of the characters that may be capitals (A-Z and non-ASCII:
    the "?" of ``classes`` that are no "?" of ``text``)."""
    capitals = classes.count(b"C", lo, hi) + classes.count(b"?", lo, hi) - text.count("?", lo, hi)
    return classes.count(b" aaaa", lo, hi) > capitals // 3


def _initial_gap(text: str, end: int) -> bool:
    """The four characters from ``end`` are a middle initial between two names, as in
    "Thomas R. Whitcomb" (" R. "); "U.S. Senate" has no word right before its initial."""
    gap = text[end : end + 4]
    return gap[0] in _SPACES and gap[1].isupper() and gap[1].isalpha() and gap[2:] == ". "


class Initial:
    """Whether the capital of the word at an offset may come from its position: a
    sentence start, an opening quote, a Title Case line (``initial`` of ``Mention``).

    Asked about offsets in increasing order (it remembers the line of the last one), and
    only where needed: the counts of a run need it for few mentions (see ``summarize``).
    """

    def __init__(self, doc: Document) -> None:
        self.doc, self.text = doc, doc.text
        self.sentence_starts = _SentenceStarts(doc)
        self.line_lo = self.line_hi = self.index = -1  # the line of the last offset asked
        self.titles: dict[int, bool] = {}  # line_title by line index
        self.title: bool | None = None  # whether that line is Title Case, once asked
        self.classes: bytes | None = None  # _classes(text), once a line is asked about

    def line_title(self, index: int) -> bool:
        """Whether line ``index`` is Title Case: ``_title_like``, its quick test made for
        all lines at once. (A word one space after a character that is no space, opener,
        ender or closer is ``initial`` exactly on such a line.)"""
        found = self.titles.get(index)
        if found is None:
            line = self.doc.lines[index]
            if self.classes is None:
                self.classes = _classes(self.text)
            found = self.titles[index] = not _not_title(
                self.text, self.classes, line.start, line.end
            ) and is_title_like(line.text)
        return found

    def __call__(self, start: int) -> bool:
        text, line_lo = self.text, self.line_lo
        if not line_lo <= start < self.line_hi:
            self.index = bisect.bisect_right(self.doc.line_starts, start) - 1
            line = self.doc.lines[self.index]
            self.line_lo = line_lo = line.start
            self.line_hi, self.title = line.end + 1, None
        # _stop at once for the common case: one space after a character that is
        # neither a space nor an opener.
        if start - 2 >= line_lo and text[start - 1] == " ":
            stop = text[start - 2]
            if stop.isspace() or stop in _OPENERS:
                stop = _stop(text, start, line_lo)
            elif stop in _ENDERS:
                return True
        else:
            stop = _stop(text, start, line_lo)
        if not stop:
            return True
        title = self.title
        if title is None:
            title = self.title = self.line_title(self.index)
        return title or (
            stop in _CLOSERS and _after_terminal(text, start) and start in self.sentence_starts
        )
