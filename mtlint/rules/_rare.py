"""Rare characters: controls, invisible format characters and unusual spaces.

Three rules look for them (EN004, SP003, SP002), and nearly every document holds none.
One scan of the text for all of them, shared through the document's memo, lets each rule
stop at once instead of scanning the text for its own characters.
"""

from __future__ import annotations

import re

from mtlint import rx
from mtlint.document import Document

# The character classes of the rules, as regex set bodies (they build their patterns
# from these, so that _RARE holds every character any of them looks for).
CONTROLS = "\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"  # C0 but tab and line breaks, DEL, C1
INVISIBLES = "\u200b-\u200f\u061c\u2060-\u2064\ufeff\u00ad\u202a-\u202e\u2066-\u2069\u180e"
UNICODE_SPACES = "\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"  # look like a space
_RARE = rx.compile_re(f"[{CONTROLS}{INVISIBLES}{UNICODE_SPACES}]")
_KEY = "rare-characters"


def rare_characters(doc: Document) -> frozenset[str]:
    """The distinct rare characters of ``doc`` (computed once per document)."""
    found = doc.memo.get(_KEY)
    if found is None:
        found = doc.memo[_KEY] = frozenset(_RARE.findall(doc.text))
    return found  # type: ignore[return-value]


def holds(doc: Document, chars: re.Pattern[str]) -> bool:
    """Whether ``doc`` holds a character that ``chars`` (a class made of the bodies
    above) matches: only the few rare characters present are tried."""
    return any(chars.match(ch) for ch in rare_characters(doc))
