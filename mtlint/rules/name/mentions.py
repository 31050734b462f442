"""Name mentions: capitalised words that look like proper names, with their neighbours.

Every name rule starts here. A capital at a sentence start, after an opening quote or on
a Title Case line says nothing about a word, so such mentions are marked ``initial`` and
the caller decides whether to trust them. The capitalised words right before and after a
mention ("Emily" in "Emily Horne") let callers tell one person from two.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from mtlint.document import Document
from mtlint.model import Span
from mtlint.rules.linekinds import is_title_like

_TOKEN = regex.compile(
    r"(?<![\p{L}\p{M}\p{N}_@#/\\-])(?:(?:[Aa]l|[Ee]l|[Aa][dsntz]|[Aa]sh|[Ee][ds])-)?"
    r"\p{Lu}[\p{L}\p{M}]*(?:['’]\p{L}[\p{L}\p{M}]*)*"
    r"(?![\p{L}\p{M}\p{N}_@/-]|\.(?:com|org|net|gov|edu|io|co)\b)"
)
_POSSESSIVE = regex.compile(r"['’]s$")
_CONTRACTION = regex.compile(r"['’](?:ll|ve|re|t|d|m)$", regex.IGNORECASE)
_OPENERS = "\"'“‘«([*_>#-–—•"
_ENDERS = ".!?:;…"
MIN_LENGTH = 4


@dataclass(frozen=True, slots=True)
class Mention:
    """One capitalised word; ``spelling`` drops a possessive ("Biden's" -> "Biden")."""

    spelling: str
    span: Span
    initial: bool  # its capital may come from its position, not from being a name
    before: str | None  # the capitalised word right before it, one space away
    after: str | None  # the capitalised word right after it, one space away


@dataclass(frozen=True, slots=True)
class _Token:
    text: str
    start: int
    end: int


def _tokens(text: str) -> list[_Token]:
    out: list[_Token] = []
    for m in _TOKEN.finditer(text):
        word = _POSSESSIVE.sub("", m.group())
        if _CONTRACTION.search(word):
            continue  # "They're", "Don't", "I'll": not names
        if not word.isupper():  # "NATO", "OSCE": acronyms are not spelled two ways
            out.append(_Token(word, m.start(), m.start() + len(word)))
    return out


def _initial_position(text: str, start: int, line_start: int) -> bool:
    """True when nothing but openers stands before ``start`` since a sentence end."""
    i = start - 1
    while i >= line_start and (text[i].isspace() or text[i] in _OPENERS):
        if text[i] in "\"“‘«(":
            return True  # a quotation often opens a sentence of its own
        i -= 1
    return i < line_start or text[i] in _ENDERS


def _adjacent(text: str, left: _Token, right: _Token) -> bool:
    return text[left.end : right.start] in (" ", "\u00a0")


def extract_mentions(doc: Document) -> list[Mention]:
    """All capitalised words of ``doc`` with at least ``MIN_LENGTH`` letters, in order."""
    text = doc.text
    starts = doc.sentence_starts
    out: list[Mention] = []
    for line in doc.lines:
        tokens = _tokens(line.text)
        if not tokens:
            continue
        title_line: bool | None = None  # computed only when a position does not decide
        for i, tok in enumerate(tokens):
            if len(tok.text) < MIN_LENGTH:
                continue
            start = line.start + tok.start
            initial = start in starts or _initial_position(text, start, line.start)
            if not initial:
                if title_line is None:
                    title_line = is_title_like(line.text)
                initial = title_line
            prev = tokens[i - 1] if i > 0 and _adjacent(line.text, tokens[i - 1], tok) else None
            nxt = (
                tokens[i + 1]
                if i + 1 < len(tokens) and _adjacent(line.text, tok, tokens[i + 1])
                else None
            )
            out.append(
                Mention(
                    tok.text,
                    Span(start, line.start + tok.end),
                    initial,
                    prev.text if prev else None,
                    nxt.text if nxt else None,
                )
            )
    return out
