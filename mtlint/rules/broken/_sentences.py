"""Sentences with their neighbours, for the fragment rules.

A fragment is judged by what it is and by what precedes it ("...with Russia.” A White
House spokeswoman announced on Wednesday."), so the rules walk sentences paragraph by
paragraph, with the previous sentence at hand, and only on lines of running prose.
"""

from __future__ import annotations

import bisect
from typing import NamedTuple

from mtlint import rx
from mtlint.document import Document
from mtlint.model import Span
from mtlint.rules.broken._common import prose_lines

_LIST_ITEM = rx.lazy(r"^\s*(?:[-*+•▪◦‣–]|\(?\d{1,3}[.)]|\(?[a-zA-Z][.)])\s+")
_OPENING = "\"'“‘«([*_ "
CLOSING_QUOTE_END = rx.lazy(r"(?:[.?!][”\"’]|[”\"’][.?!])$")
_QUOTES = '”"’'


def closing_quote_end(text: str) -> bool:
    """``CLOSING_QUOTE_END.search(text.rstrip())`` from the last two characters: a search
    anchored at the end tries every start."""
    tail = text.rstrip()[-2:]
    if len(tail) < 2:
        return False
    a, b = tail[0], tail[1]
    return (a in ".?!" and b in _QUOTES) or (a in _QUOTES and b in ".?!")


class Sentence(NamedTuple):  # a tuple: made for every sentence, and cheaper than a class
    span: Span  # the sentence without its opening quotes and brackets
    text: str
    previous: str  # the previous sentence of the same paragraph, or ""


def sentences(doc: Document) -> tuple[Sentence, ...]:
    """Sentences that start on a line of running prose (not a list item); computed once
    per document for all the fragment rules."""
    key = "broken-sentences"
    cached = doc.memo.get(key)
    if cached is None:
        cached = doc.memo[key] = tuple(_sentences(doc))
    return cached  # type: ignore[return-value]


_new = tuple.__new__  # Sentence(...) without the Python frame of NamedTuple's __new__


def _sentences(doc: Document) -> list[Sentence]:
    prose = {line.number for line in prose_lines(doc) if not _list_item(line.text)}
    ends = [para.end for para in doc.paragraphs]
    count = len(ends)
    full, starts = doc.text, doc.line_starts
    out: list[Sentence] = []
    append = out.append
    index = 0
    previous = ""
    for span in doc.sentences:
        start = span.start
        while index < count and ends[index] < start:
            index += 1
            previous = ""
        text = full[start : span.end]
        # The line number of the sentence's start (what doc.line_at gives), then the rest.
        if bisect.bisect_right(starts, start) in prose and "\n" not in text:
            if text[:1] not in _OPENING:  # the common case: the sentence as it is
                append(_new(Sentence, (span, text, previous)))
            else:
                while start < span.end and full[start] in _OPENING:
                    start += 1
                append(_new(Sentence, (Span(start, span.end), full[start : span.end], previous)))
        previous = text
    return out


def _list_item(text: str) -> bool:
    """``_LIST_ITEM.match(text)``; a line that starts with a letter not followed by "." or
    ")" (most) cannot match, and needs no regex."""
    if text[:1].isalpha() and text[1:2] not in (".", ")"):
        return False
    return _LIST_ITEM.match(text) is not None
