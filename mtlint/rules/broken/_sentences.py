"""Sentences with their neighbours, for the fragment rules.

A fragment is judged by what it is and by what precedes it ("...with Russia.” A White
House spokeswoman announced on Wednesday."), so the rules walk sentences paragraph by
paragraph, with the previous sentence at hand, and only on lines of running prose.
Each rule first picks, on offsets alone, the few sentences its patterns can match, and
makes their texts only (``table`` and ``sentence``).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from itertools import compress
from typing import NamedTuple

from mtlint import rx
from mtlint.document import Document
from mtlint.model import Span
from mtlint.rules._prose import short_lined
from mtlint.rules.broken._common import is_prose_number, prose_lines

_LIST_ITEM = rx.lazy(r"^\s*(?:[-*+•▪◦‣–]|\(?\d{1,3}[.)]|\(?[a-zA-Z][.)])\s+")
_OPENING = "\"'“‘«([*_ "
CLOSING_QUOTE_END = rx.lazy(r"(?:[.?!][”\"’]|[”\"’][.?!])$")
_QUOTES = '”"’'


# Every pair of characters CLOSING_QUOTE_END finds at the end: one set lookup.
QUOTE_ENDS = frozenset(
    [a + b for a in ".?!" for b in _QUOTES] + [b + a for a in ".?!" for b in _QUOTES]
)


def closing_quote_end(text: str) -> bool:
    """``CLOSING_QUOTE_END.search(text.rstrip())`` from the last two characters: a search
    anchored at the end tries every start."""
    return text.rstrip()[-2:] in QUOTE_ENDS


class Sentence(NamedTuple):  # a tuple: made for every sentence, and cheaper than a class
    span: Span  # the sentence without its opening quotes and brackets
    text: str
    previous: str  # the previous sentence of the same paragraph, or ""


class Table(NamedTuple):
    """The sentences the fragment rules look at, as offsets: a rule picks the few that
    can concern it (a prefix, the last characters) and makes a ``Sentence`` (two string
    slices) of those alone; slicing every sentence cost more than all the tests."""

    full: str
    spans: tuple[Span, ...]  # the document's sentences (doc.sentences)
    at: list[int]  # per sentence looked at: its index in ``spans``
    starts: list[int]  # where it starts without its opening quotes and brackets
    previous: list[int]  # the index in ``spans`` of the previous one of its paragraph, or -1


def table(doc: Document) -> Table:
    """The sentences that start on a line of running prose (not a list item) and hold no
    line break; computed once per document for all the fragment rules."""
    key = "broken-sentence-table"
    cached = doc.memo.get(key)
    if cached is None:
        cached = doc.memo[key] = _table(doc)
    return cached  # type: ignore[return-value]


_new = tuple.__new__  # Sentence(...) without the Python frame of NamedTuple's __new__


def sentence(t: Table, k: int) -> Sentence:
    """The ``k``-th sentence of the table, with its text and the previous one's."""
    span = t.spans[t.at[k]]
    start, full = t.starts[k], t.full
    if start != span.start:
        span = Span(start, span.end)
    p = t.previous[k]
    before = "" if p < 0 else full[t.spans[p].start : t.spans[p].end]
    return _new(Sentence, (span, full[start : span.end], before))


def sentences(doc: Document) -> list[Sentence]:
    """Every sentence of ``table``, made (the rules make only the ones they pick; this is
    the whole list their shortcuts are tested against)."""
    t = table(doc)
    return [sentence(t, k) for k in range(len(t.at))]


def _prose_test(doc: Document) -> Callable[[int], bool]:
    """Whether a line (by number) is of prose and no list item: for a text of long lines
    a set of them all, else a test of one line at a time (asked where a sentence with no
    line break starts: in hard-wrapped text, few), its answers kept."""
    if not short_lined(doc):
        return {line.number for line in prose_lines(doc) if not _list_item(line.text)}.__contains__
    asked: dict[int, bool] = {}

    def prose(number: int) -> bool:
        found = asked.get(number)
        if found is None:
            found = asked[number] = is_prose_number(doc, number) and not _list_item(
                doc.lines[number - 1].text
            )
        return found

    return prose


def _table(doc: Document) -> Table:
    """The table, paragraph by paragraph: the sentences of a paragraph on one line (most)
    start on the same line, looked up once, hold no line break, and follow each other."""
    full, starts = doc.text, doc.line_starts
    prose = _prose_test(doc)
    spans = doc.sentences
    firsts = [span.start for span in spans]
    index: list[int] = []
    previous: list[int] = []
    i = 0
    for para in doc.paragraphs:
        j = bisect.bisect_right(firsts, para.end, i)  # the paragraph's sentences: i..j-1
        if i == j:
            continue
        if full.find("\n", firsts[i], spans[j - 1].end) != -1:
            for k in range(i, j):  # the line number of its start (doc.line_at), then the rest
                if full.find("\n", firsts[k], spans[k].end) == -1 and prose(
                    bisect.bisect_right(starts, firsts[k])
                ):
                    index.append(k)
                    previous.append(k - 1 if k > i else -1)
        elif prose(bisect.bisect_right(starts, firsts[i])):  # the line's number
            index += range(i, j)
            previous.append(-1)
            previous += range(i, j - 1)
        i = j
    begins = list(map(firsts.__getitem__, index))
    heads = map(full.__getitem__, begins)  # text[:1]: a sentence is never empty
    for k in compress(range(len(begins)), map(_OPENING.__contains__, heads)):
        start, end = begins[k], spans[index[k]].end
        while start < end and full[start] in _OPENING:
            start += 1
        begins[k] = start
    return Table(full, spans, index, begins, previous)


def _list_item(text: str) -> bool:
    """``_LIST_ITEM.match(text)``; a line that starts with a letter not followed by "." or
    ")" (most) cannot match, and needs no regex."""
    if text[:1].isalpha() and text[1:2] not in (".", ")"):
        return False
    return _LIST_ITEM.match(text) is not None
