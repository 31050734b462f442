"""Faster searches for the untranslated-fragment rule's candidate words.

The ``regex`` module tests every character of a text against a character class; for a
class of non-ASCII letters the standard library skips in C to the few characters that
can be one (English text holds mostly ASCII, curly quotes and dashes), and the class
itself decides for each of those.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import compress, repeat
from operator import not_

from mtlint import rx
from mtlint.document import Document, Line
from mtlint.rules._prose import lines_matching, prose_lines
from mtlint.rules.untranslated._words import FOREIGN_CUES

# A superset of what _tokens._NON_ASCII_LETTER matches (a test checks every code point):
# no ASCII character and nothing of General Punctuation.
_MAYBE_LETTER = rx.compile_re("[^\x00-\x7f\u2000-\u206f]")
_ASCII = bytes(range(128))


@lru_cache(maxsize=4)
def fixed(pattern: str) -> rx.Pattern[str]:
    """Without cues the search is one of three fixed patterns (elisions, letters, both):
    kept in the user cache (see rx), and compiled from it once per run, not per text."""
    return rx.compile(pattern, rx.IGNORECASE)


def letters(text: str, letter: rx.Pattern[str]) -> Iterator[tuple[int, int]]:
    """``(m.start(), m.end())`` of ``letter.finditer(text)`` for ``letter`` the one-character
    class of non-ASCII letters: the standard library skips in C to the characters
    _MAYBE_LETTER holds, and ``letter`` decides for each of them."""
    for m in _MAYBE_LETTER.finditer(text):
        i = m.start()
        if letter.match(text, i):
            yield i, i + 1


def non_ascii(text: str) -> str:
    """The characters of ``text`` that are not ASCII, in order: UTF-8 with the ASCII bytes
    deleted (no byte of a longer sequence is ASCII), so that a search of a complex class
    reads the few curly quotes and dashes of a text, not all of it (bytes in C)."""
    data = text.encode("utf-8", "surrogatepass").translate(None, _ASCII)
    return data.decode("utf-8", "surrogatepass")


# Words known to be no cue once lower-cased and stripped of punctuation: news repeats its
# vocabulary, so a document's words are mostly known and only its new ones are looked at
# (as glued_words does). Bounded like that memo: cleared when it grows past the limit.
CUE_PUNCT = "\"'“”‘’«»„¿¡()[]{}<>.,;:!?…—–-*_/"  # stripped off a word before the lookup
_NOT_CUES: set[str] = set()
_NOT_CUES_LIMIT = 200_000


def cues_in(words: frozenset[str]) -> frozenset[str]:
    """``FOREIGN_CUES`` met among ``words`` lower-cased and stripped of punctuation:
    ``FOREIGN_CUES.intersection(w.lower().strip(CUE_PUNCT) for w in words)``, skipping the
    words an earlier document showed to be none (their form never changes)."""
    fresh = list(words - _NOT_CUES)  # in C: the words not known to be no cue
    forms = list(map(str.strip, map(str.lower, fresh), repeat(CUE_PUNCT)))  # in C as well
    found = FOREIGN_CUES.intersection(forms)
    if len(_NOT_CUES) > _NOT_CUES_LIMIT:
        _NOT_CUES.clear()
    _NOT_CUES.update(compress(fresh, map(not_, map(FOREIGN_CUES.__contains__, forms))))
    return found


_NON_ASCII_KEY = "non-ascii-characters"


def doc_non_ascii(doc: Document) -> str:
    """``non_ascii(doc.text)``, computed once per document for the several rules that
    look for non-ASCII characters first."""
    found = doc.memo.get(_NON_ASCII_KEY)
    if not isinstance(found, str):
        found = doc.memo[_NON_ASCII_KEY] = non_ascii(doc.text)
    return found


def prose_lines_with(doc: Document, chars: re.Pattern[str]) -> list[Line]:
    """The prose lines that hold one of ``chars`` (non-ASCII characters): most texts
    hold none, told by a search of their non-ASCII characters only."""
    if doc.text.isascii() or not chars.search(doc_non_ascii(doc)):
        return []
    hinted = lines_matching(doc, chars)
    return [line for line in prose_lines(doc) if line.number in hinted] if hinted else []
