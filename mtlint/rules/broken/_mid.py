"""Where BS004 and BS005 may report: the places their patterns are tried on, and
whole-text prefilters (standard library) that tell the lines with none of them."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from re import Pattern

from mtlint import rx
from mtlint.rules.broken._common import trie

CONTRACTION = r"(?:[’'](?:s|re|ve|ll|d))?"
_MID_RE = rx.lazy(r"(?<=(\p{L}[\p{L}\p{M}'’-]*) )(\p{Lu}\p{Ll}*)" + CONTRACTION + r"(?= )")
_ASCII_CAPITAL = rx.compile_re(r" ([A-Z][a-z]*)")
_NO_WORD_END = frozenset('.,;:!?)]}"”»…0123456789 \t')  # no [\p{L}\p{M}'’-] here
# What BS004's pattern needs: a comma, maybe a quote, spaces and a letter that is no
# ASCII lowercase letter (a superset of \p{Lu}).
COMMA_HINT = rx.compile_re(r",[”’\"']?[ \t]+[^\W\d_a-z]")


def mid_matches(text: str, listed: frozenset[str]) -> Iterator[rx.Match[str]]:
    """The matches of ``_MID_RE.finditer(text, overlapped=True)`` whose word is in
    ``listed`` (ASCII words), in order. A match starts at its word (the lookbehind is
    zero-width), and a listed word is an ASCII capital and lowercase letters right after
    a space, so trying ``_MID_RE`` only where such a word starts finds them all."""
    for c in _ASCII_CAPITAL.finditer(text):
        if c.group(1) in listed:
            # What _MID_RE needs around the word, tested first: a word before the space
            # ("said. The" has none: most cases), and a space or a contraction after.
            if c.start() == 0 or text[c.start() - 1] in _NO_WORD_END:
                continue
            if text[c.end(1) : c.end(1) + 1] not in (" ", "'", "’"):
                continue
            m = _MID_RE.match(text, c.start(1))
            if m is not None:
                yield m


@cache  # built on first use: a run on short files may never need it
def mid_hint(listed: frozenset[str]) -> Pattern[str]:
    """What a report of BS005 needs, for a whole-text prefilter (it skips to the first
    letters of the ``listed`` words in C, and tries a few letters there, not every word):
    a listed word after a space that follows a character of a word (a superset of
    _MID_RE's lookbehind), maybe a contraction, then a space and a letter that is no
    ASCII capital (BS005 needs a lowercase word to follow)."""
    firsts: dict[str, list[str]] = {}
    for word in listed:
        firsts.setdefault(word[0], []).append(word[1:])
    words = "|".join(
        f'{c}(?<=[^\\s\\d.,;:!?)\\]}}"”»…] {c})(?:{trie(rest)})'
        for c, rest in sorted(firsts.items())
    )
    return rx.compile_re(f"(?:{words}){CONTRACTION} [ \\t]*[^\\W\\d_A-Z]")
