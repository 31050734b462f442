"""A sentence split in two by a stray line break, on a page whose paragraphs are lines.

Scrapers and translation pipelines break a sentence where a segment or a tag ended:
"The ruling is not final and can be appealed" / "to the regional court within three
days." A hard-wrapped text breaks every paragraph this way, so the page must show that
its paragraphs are single lines: some lines are long (no wrap width), and at most a
couple of lines run on into a lowercase line. The line that runs on starts a paragraph,
is a sentence in sentence case with no closing mark, and the next line ends the
sentence; the next line's first word cannot open a sentence or a heading of its own: a
closed-class word ("to the", "all-rounder"), or after a number a word of quantity or
time ("at 7" / "o'clock").
"""

from __future__ import annotations

from mtlint.document import Document
from mtlint.rules.broken import lexicon
from mtlint.rules.broken._common import TERMINAL_END, in_code_or_url, is_prose_number, words
from mtlint.rules.broken.stops import CLOSED
from mtlint.rules.linekinds import is_title_like

_MAX_JOINTS = 2  # lines that run on into a lowercase line: more is a wrapped text
_LONG_LINE = 120  # a line this long is no wrapped line...
_LONG_LINES = 3  # ... and a page with this many of them sets paragraphs on lines
_MIN_HEAD_WORDS = 3
_MIN_WORDS = 6
_COMMON = 1e6  # an everyday word in the lexicon
# Words that go on after a number: "at 7" / "o'clock", "fell by 14" / "percent".
_AFTER_NUMBER = words(
    """o'clock o’clock percent per million billion trillion thousand hundred years
    months weeks days hours minutes seconds people"""
)


def _ends(text: str) -> bool:
    return TERMINAL_END.search(text) is not None


def runs_on(doc: Document, index: int) -> bool:
    """Whether line ``index - 1`` runs on into line ``index`` (not blank)."""
    head = doc.lines[index - 1].text.strip() if index >= 1 else ""
    return bool(head) and not _ends(head)


def lined_paragraphs(doc: Document, joints: int) -> bool:
    """Whether ``doc`` sets each paragraph on one line: few of its lines (``joints``)
    run on into a lowercase line, and some lines are longer than any wrap width."""
    if joints > _MAX_JOINTS:
        return False
    long_lines = 0
    for line in doc.lines:
        if len(line.text) >= _LONG_LINE:
            long_lines += 1
            if long_lines >= _LONG_LINES:
                return True
    return False


def _goes_on(word: str, head: str) -> bool:
    """Whether ``word`` (lowercase, first on its line) continues the sentence of
    ``head`` rather than opening a line of its own."""
    first = word.replace("’", "'").split("-")[0]
    if word in CLOSED or first in CLOSED:
        return True
    if not head[-1].isdigit():
        return False
    return word in _AFTER_NUMBER or (word.isalpha() and lexicon.count(word) >= _COMMON)


def broken_pair(doc: Document, index: int, short: int | None = None) -> tuple[str, str] | None:
    """The stripped line before line ``index`` and the line before that, when the two
    lines have the shape of a sentence broken in two: the head starts a paragraph (the
    line before it ends a sentence), is in sentence case with a few words and no closing
    mark (at most ``short`` long), and line ``index`` ends the sentence."""
    lines = doc.lines
    if index < 1:
        return None
    head, text = lines[index - 1].text.strip(), lines[index].text.strip()
    if not head or not (head[0].isupper() and head[-1].isalnum()):
        return None
    if (short is not None and len(head) > short) or len(head.split()) < _MIN_HEAD_WORDS:
        return None
    if is_title_like(head) or not _ends(text) or len(text.split()) < _MIN_WORDS:
        return None
    before = lines[index - 2].text.strip() if index >= 2 else ""
    if before and not _ends(before):
        return None  # the head line does not start a paragraph
    return head, before


def split_sentence(doc: Document, index: int, word: str) -> bool:
    """Whether line ``index`` (which starts with lowercase ``word``) goes on with the
    sentence that the line before it began (on a page of one-line paragraphs)."""
    pair = broken_pair(doc, index)
    if pair is None or not _goes_on(word, pair[0]):
        return False
    if in_code_or_url(doc.lines[index].text.strip(), 0, len(word)):
        return False
    number = doc.lines[index].number
    return is_prose_number(doc, number) and is_prose_number(doc, number - 1)
