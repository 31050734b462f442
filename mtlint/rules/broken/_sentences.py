"""Sentences with their neighbours, for the fragment rules.

A fragment is judged by what it is and by what precedes it ("...with Russia.” A White
House spokeswoman announced on Wednesday."), so the rules walk sentences paragraph by
paragraph, with the previous sentence at hand, and only on lines of running prose.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
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
    """The sentences, paragraph by paragraph: the sentences of a paragraph on one line
    (most) start on the same line, looked up once, and hold no line break."""
    prose = {line.number for line in prose_lines(doc) if not _list_item(line.text)}
    full, starts = doc.text, doc.line_starts
    spans = doc.sentences
    firsts = [span.start for span in spans]
    out: list[Sentence] = []
    append = out.append
    i = 0
    for para in doc.paragraphs:
        j = bisect.bisect_right(firsts, para.end, i)  # the paragraph's sentences: i..j-1
        if i == j:
            continue
        if full.find("\n", firsts[i], spans[j - 1].end) != -1:
            _several_lines(full, starts, prose, spans[i:j], append)
        elif bisect.bisect_right(starts, firsts[i]) in prose:  # the line's number
            previous = ""
            for span in spans[i:j]:
                text = full[span.start : span.end]
                if text[:1] not in _OPENING:  # the common case: the sentence as it is
                    append(_new(Sentence, (span, text, previous)))
                else:
                    append(_stripped(full, span, previous))
                previous = text
        i = j
    return out


def _stripped(full: str, span: Span, previous: str) -> Sentence:
    """The sentence at ``span`` without its opening quotes and brackets."""
    start = span.start
    while start < span.end and full[start] in _OPENING:
        start += 1
    return _new(Sentence, (Span(start, span.end), full[start : span.end], previous))


def _several_lines(
    full: str,
    starts: list[int],
    prose: set[int],
    spans: tuple[Span, ...],
    append: Callable[[Sentence], None],
) -> None:
    """The sentences of a paragraph of several lines: those that start on a prose line
    and hold no line break."""
    previous = ""
    for span in spans:
        text = full[span.start : span.end]
        # The line number of the sentence's start (what doc.line_at gives), then the rest.
        if bisect.bisect_right(starts, span.start) in prose and "\n" not in text:
            if text[:1] not in _OPENING:
                append(_new(Sentence, (span, text, previous)))
            else:
                append(_stripped(full, span, previous))
        previous = text


def _list_item(text: str) -> bool:
    """``_LIST_ITEM.match(text)``; a line that starts with a letter not followed by "." or
    ")" (most) cannot match, and needs no regex."""
    if text[:1].isalpha() and text[1:2] not in (".", ")"):
        return False
    return _LIST_ITEM.match(text) is not None
