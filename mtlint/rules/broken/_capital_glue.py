"""BS003's words glued across a capital: where a link's text was stripped of its spaces.

A page's link keeps its words, but the spaces around it may go: "the<a>Self-Defense
Forces</a>" becomes "theSelf-Defense Forces", "<a>Ministry of Culture</a>for a" becomes
"Culturefor a". Camel-case code ("toString", "forEach") and names ("Greenwich", "Roland")
look alike, so only a few function words count, and the capitalised word must be
frequent (and, after "the", go on as a name: "theSelf-Defense Forces", not "theMatrix
fans") or stand alone elsewhere in the document.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mtlint import rx
from mtlint.document import Document
from mtlint.rules._prose import NOT_IN_A_WORD, occurs
from mtlint.rules.broken import lexicon
from mtlint.rules.broken._camel import CAMEL_NAMES

# A token's opening marks, then a lowercase article or preposition glued to a capitalised
# word: "theSelf-Defense", "ofCulture". Never "to", "for", "is", "on", "in": code's
# camel case starts with them ("toString", "forEach", "isEmpty", "onClick").
_HEAD = r"(?<![^\s\"'“‘(\[])[\"'“‘(\[]*"
_BEFORE = rx.lazy(_HEAD + r"(the|of)(\p{Lu}\p{Ll}{2,})(?![\p{L}\p{M}\d_'’(])")
# A capitalised word with a function word glued to its end: "Culturefor", "Spoorand".
# "and" ends names ("Roland", "Holland"), so it needs the name alone elsewhere.
_AFTER = rx.lazy(
    _HEAD + r"(\p{Lu}\p{Ll}{2,})(for|from|with|that|and)(?![\p{L}\p{M}\d_'’(-]|\.\p{L})"
)
_BEFORE_HINT = re.compile(r"(?:the|of)[A-Z]")  # what _BEFORE needs (stdlib: fast)
_NAME_GOES_ON = rx.lazy(r"[ \t-]\p{Lu}")  # "theSelf-Defense Forces", "theWorld Bank"
GLUED_ENDS = ("for", "from", "with", "that", "and")  # _AFTER's endings
_NEEDS_ECHO = frozenset({"and"})
_FREQUENT = 1e6  # a word this frequent is no name's first half ("culture", "self")


def may_glue_before(text: str) -> bool:
    """Whether ``text`` may hold "the" or "of" glued to a capital (a cheap search)."""
    return _BEFORE_HINT.search(text) is not None


def capital_glued(doc: Document, text: str, ends: bool) -> Iterator[tuple[int, int, int]]:
    """(start, end, where the space goes) of each glued pair in a line's ``text``;
    ``ends``: look for a function word glued to the end of a capitalised word too."""
    found = _BEFORE.finditer(text) if _BEFORE_HINT.search(text) else ()
    for m in found:
        left, right = m.group(1), m.group(2)
        word = (left + right).lower()
        if word in CAMEL_NAMES or word in lexicon.unigrams():
            continue
        named = _NAME_GOES_ON.match(text, m.end()) is not None
        if not (named and lexicon.count(right) >= _FREQUENT) and not _alone(doc, right):
            continue  # "theMatrix fans": a variable's name, not a link glued to "the"
        yield m.start(1), m.end(2), m.end(1)
    for m in _AFTER.finditer(text) if ends else ():
        left, right = m.group(1), m.group(2)
        word = (left + right).lower()
        if word in CAMEL_NAMES or word in lexicon.unigrams():
            continue  # "Holland", "Cleveland"
        echoed = _alone(doc, left)
        if not echoed and (right in _NEEDS_ECHO or lexicon.count(left) < _FREQUENT):
            continue
        yield m.start(1), m.end(2), m.end(1)


def _alone(doc: Document, word: str) -> bool:
    """Whether ``word`` stands as a word of its own somewhere in the document."""
    return occurs(word, doc.text, NOT_IN_A_WORD)
