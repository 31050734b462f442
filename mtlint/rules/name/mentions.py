"""Name mentions: capitalised words that look like proper names, with their neighbours.

Every name rule starts here. A capital at a sentence start, after an opening quote or on
a Title Case line says nothing about a word, so such mentions are marked ``initial`` and
the caller decides whether to trust them. The capitalised words right before and after a
mention ("Emily" in "Emily Horne") let callers tell one person from two.

The collect pass and the lint pass both read every mention of every file, so the scan is
one regex pass over the whole text that starts at capitals only, and a mention is a plain
tuple (``Row``); ``Mention`` objects are made only for the few that a rule reports.
"""

from __future__ import annotations

import bisect
import itertools
from typing import cast

import regex

from mtlint import rx
from mtlint.document import Document
from mtlint.model import Span
from mtlint.records import dataclass
from mtlint.rules.linekinds import is_title_like
from mtlint.sentences import split_sentences

# A word may not continue a word, a number, a handle, a path or a hyphenated compound,
# except after an Arabic article ("al-Assad"). The pattern starts at the capital, so the
# engine skips straight to capitals; what stands before it is a lookbehind after it.
_EDGE = r"[\p{L}\p{M}\p{N}_@#/\\-]"
_ARTICLE = r"(?:[Aa]l|[Ee]l|[Aa][dsntz]|[Aa]sh|[Ee][ds])-"
_TOKEN = rx.compile(
    rf"\p{{Lu}}(?:(?<!{_EDGE}\p{{Lu}})|(?<=(?<!{_EDGE}){_ARTICLE}\p{{Lu}}))"
    r"[\p{L}\p{M}]*(?:['’]\p{L}[\p{L}\p{M}]*)*"
    r"(?![\p{L}\p{M}\p{N}_@/-]|\.(?:com|org|net|gov|edu|io|co)\b)"
)
_CONTRACTION = rx.compile(r"['’](?:ll|ve|re|t|d|m)$", regex.IGNORECASE)
_OPENERS = "\"'“‘«([*_>#-–—•"
_ENDERS = ".!?:;…"
_QUOTES = '"“‘«('
# Quotes and brackets that may close a sentence after its terminal punctuation ('"' and
# "'" open quotations too: _stop looks past them).
_CLOSERS = "”’»)]"
_SKIPPED = "\"'“‘«([*-_#>"  # Document.sentence_starts skips these at a sentence's start
_SPACES = (" ", "\u00a0")
MIN_LENGTH = 4
_MEMO_KEY = "name-mentions"
# For a quick "not Title Case" (see _title_like): a lowercase word of four letters or more
# after a space (linekinds.WORD starts a word there), and what may start a capitalised word.
_LOWER_WORD = rx.compile_re(r" [a-z]{4}")
_MAYBE_CAPITAL = rx.compile_re(r"[^\x00-\x40\x5b-\x7f]")  # A-Z, or not ASCII

# spelling, start, end, initial, the capitalised word before, the one after (see Mention)
Row = tuple[str, int, int, bool, str | None, str | None]


@dataclass(frozen=True, slots=True)
class Mention:
    """One capitalised word; ``spelling`` drops a possessive ("Biden's" -> "Biden")."""

    spelling: str
    span: Span
    initial: bool  # its capital may come from its position, not from being a name
    before: str | None  # the capitalised word right before it, one space away
    after: str | None  # the capitalised word right after it, one space away


def _tokens(text: str) -> list[tuple[str, int]]:
    """Capitalised words (possessives dropped; contractions and acronyms left out), with
    their offsets."""
    out: list[tuple[str, int]] = []
    append = out.append
    for m in _TOKEN.finditer(text):
        start = m.start()
        word = m.group()
        if start and text[start - 1] == "-":  # the article the lookbehind allowed
            start -= 4 if text[start - 4 : start - 1] in ("ash", "Ash") else 3
            word = text[start : m.end()]
        if "'" in word or "’" in word:
            if word.endswith(("'s", "’s")):
                word = word[:-2]
            if _CONTRACTION.search(word):
                continue  # "They're", "Don't", "I'll": not names
        if not word.isupper():  # "NATO", "OSCE": acronyms are not spelled two ways
            append((word, start))
    return out


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
    splitting.
    """

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        cached = getattr(doc, "__dict__", {})  # where cached_property keeps its value
        self.known: frozenset[int] | None = cached.get("sentence_starts")  # already split
        self.paragraphs: list[int] = []
        self.split: dict[int, set[int]] = {}

    def __contains__(self, offset: int) -> bool:
        if self.known is not None:
            return offset in self.known
        doc, text = self.doc, self.doc.text
        if not self.paragraphs:
            self.paragraphs = [p.start for p in doc.paragraphs]
        n = bisect.bisect_right(self.paragraphs, offset) - 1
        found = self.split.get(n)
        if found is None:
            found = self.split[n] = set()
            for span in split_sentences(text, doc.paragraphs[n]):
                i = span.start
                while i < span.end and text[i] in _SKIPPED:
                    i += 1
                found.add(i)
        return offset in found


def _title_like(line: str) -> bool:
    """``is_title_like``, answered at once for running prose: a Title Case line has at
    least three capitalised words of four letters or more per lowercase one. (More
    lowercase words than a third of the capitals: the search stops at the first
    ``capitals // 3 + 1`` of them instead of finding them all.)"""
    enough = len(_MAYBE_CAPITAL.findall(line)) // 3  # 3 * lower > capitals: lower > enough
    if next(itertools.islice(_LOWER_WORD.finditer(line), enough, None), None) is not None:
        return False
    return is_title_like(line)


def _initial_gap(text: str, end: int) -> bool:
    """The four characters from ``end`` are a middle initial between two names, as in
    "Thomas R. Whitcomb" (" R. "); "U.S. Senate" has no word right before its initial."""
    gap = text[end : end + 4]
    return gap[0] in _SPACES and gap[1].isupper() and gap[1].isalpha() and gap[2:] == ". "


def scan(doc: Document) -> list[Row]:
    """All capitalised words of ``doc`` with at least ``MIN_LENGTH`` letters, in order
    (computed once per document)."""
    found = doc.memo.get(_MEMO_KEY)
    if found is not None:
        return cast(list[Row], found)
    text = doc.text
    sentence_starts = _SentenceStarts(doc)
    line_starts = doc.line_starts
    tokens = _tokens(text)
    ends = [start + len(word) for word, start in tokens]
    last = len(tokens) - 1
    line_lo = line_hi = -1  # the line of the last token
    line_text = ""
    title: bool | None = None  # whether that line is Title Case, once asked
    out: list[Row] = []
    append = out.append
    for i, (word, start) in enumerate(tokens):
        if len(word) < MIN_LENGTH:
            continue
        end = ends[i]
        if not line_lo <= start < line_hi:
            line = doc.lines[bisect.bisect_right(line_starts, start) - 1]
            line_lo, line_hi, line_text, title = line.start, line.end + 1, line.text, None
        # _stop at once for the common case: one space after a character that is
        # neither a space nor an opener.
        if start - 2 >= line_lo and text[start - 1] == " ":
            stop = text[start - 2]
            if stop.isspace() or stop in _OPENERS:
                stop = _stop(text, start, line_lo)
            elif stop in _ENDERS:
                stop = ""
        else:
            stop = _stop(text, start, line_lo)
        initial = not stop
        if not initial:
            if title is None:
                title = _title_like(line_text)
            initial = title or (stop in _CLOSERS and start in sentence_starts)
        before = after = None
        if i and ends[i - 1] + 1 == start and text[start - 1] in _SPACES:
            before = tokens[i - 1][0]
        elif i and ends[i - 1] + 4 == start and _initial_gap(text, ends[i - 1]):
            before = tokens[i - 1][0]  # "Thomas R. Whitcomb": Thomas is the first name
        if i < last:
            gap = tokens[i + 1][1] - end
            if (gap == 1 and text[end] in _SPACES) or (gap == 4 and _initial_gap(text, end)):
                after = tokens[i + 1][0]
        append((word, start, end, initial, before, after))
    doc.memo[_MEMO_KEY] = out
    return out


def extract_mentions(doc: Document) -> list[Mention]:
    """All capitalised words of ``doc`` with at least ``MIN_LENGTH`` letters, in order."""
    return [Mention(w, Span(s, e), i, b, a) for w, s, e, i, b, a in scan(doc)]
