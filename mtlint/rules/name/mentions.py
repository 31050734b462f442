"""Name mentions: capitalised words that look like proper names, with their neighbours.

Every name rule starts here. A capital at a sentence start, after an opening quote or on
a Title Case line says nothing about a word, so such mentions are ``initial`` and the
caller decides whether to trust them. The capitalised words right before and after a
mention ("Emily" in "Emily Horne") let callers tell one person from two.

The collect pass and the lint pass both read every mention of every file, so the scan is
one regex pass over the whole text that starts at capitals only, and a mention is a plain
tuple (``Plain``, or ``Row`` with ``initial``); ``Mention`` objects are made only for the
few that a rule reports. Whether a capital is ``initial`` is most of a mention's cost and
seldom needed (see ``stats.summarize``): ``starts.Initial`` answers it for the mentions
asked.
"""

from __future__ import annotations

from itertools import compress
from operator import not_
from typing import cast

from mtlint import rx
from mtlint.document import Document
from mtlint.model import Span
from mtlint.records import dataclass
from mtlint.rules.name.starts import _SPACES, Initial, _initial_gap

# A word may not continue a word, a number, a handle, a path or a hyphenated compound,
# except after an Arabic article ("al-Assad"). The pattern starts at the capital, so the
# engine skips straight to capitals; what stands before it is a lookbehind after it.
_EDGE = r"[\p{L}\p{M}\p{N}_@#/\\-]"
_ARTICLE = r"(?:[Aa]l|[Ee]l|[Aa][dsntz]|[Aa]sh|[Ee][ds])-"
_TOKEN = rx.lazy(
    rf"\p{{Lu}}(?:(?<!{_EDGE}\p{{Lu}})|(?<=(?<!{_EDGE}){_ARTICLE}\p{{Lu}}))"
    r"[\p{L}\p{M}]*(?:['’]\p{L}[\p{L}\p{M}]*)*"
    r"(?![\p{L}\p{M}\p{N}_@/-]|\.(?:com|org|net|gov|edu|io|co)\b)"
)
_GROUP = rx.Match.group
_START = rx.Match.start
_HYPHEN = rx.compile_re("-")
_CONTRACTION = rx.lazy(r"['’](?:ll|ve|re|t|d|m)$", rx.IGNORECASE)
MIN_LENGTH = 4
_MEMO_KEY = "name-mentions"
_ROWS_KEY = "name-rows"

# spelling, start, end, initial, the capitalised word before, the one after (see Mention)
Row = tuple[str, int, int, bool, str | None, str | None]
Plain = tuple[str, int, int, str | None, str | None]  # a Row without initial


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
    their offsets.

    Every capitalised word of every file passes here: the words, offsets and tests are
    taken in C (``map``), and only the rare words after a hyphen or with an apostrophe
    take a Python step."""
    matches = list(_TOKEN.finditer(text))
    words: list[str] = list(map(_GROUP, matches))
    starts: list[int] = list(map(_START, matches))
    if "-" in text:
        after_hyphen = {m.end() for m in _HYPHEN.finditer(text)}.intersection(starts)
        for i in [i for i, start in enumerate(starts) if start in after_hyphen]:
            # the article the lookbehind allowed ("al-Assad")
            start, end = starts[i], starts[i] + len(words[i])
            start -= 4 if text[start - 4 : start - 1] in ("ash", "Ash") else 3
            starts[i], words[i] = start, text[start:end]
    keep = list(map(not_, map(str.isupper, words)))  # "NATO", "OSCE": never two spellings
    if "'" in text or "’" in text:
        for i in [i for i, word in enumerate(words) if "'" in word or "’" in word]:
            word = words[i]
            if word.endswith(("'s", "’s")):
                word = words[i] = word[:-2]
            if _CONTRACTION.search(word):
                keep[i] = False  # "They're", "Don't", "I'll": not names
            else:
                keep[i] = not word.isupper()
    return list(compress(zip(words, starts, strict=True), keep))


def plain(doc: Document) -> list[Plain]:
    """All capitalised words of ``doc`` with at least ``MIN_LENGTH`` letters, in order,
    without ``initial`` (computed once per document)."""
    found = doc.memo.get(_MEMO_KEY)
    if found is not None:
        return cast(list[Plain], found)
    text = doc.text
    tokens = _tokens(text)
    ends = [start + len(word) for word, start in tokens]
    last = len(tokens) - 1
    out: list[Plain] = []
    append = out.append
    for i, (word, start) in enumerate(tokens):
        if len(word) < MIN_LENGTH:
            continue
        end = ends[i]
        before = after = None
        if i and ends[i - 1] + 1 == start and text[start - 1] in _SPACES:
            before = tokens[i - 1][0]
        elif i and ends[i - 1] + 4 == start and _initial_gap(text, ends[i - 1]):
            before = tokens[i - 1][0]  # "Thomas R. Whitcomb": Thomas is the first name
        if i < last:
            gap = tokens[i + 1][1] - end
            if (gap == 1 and text[end] in _SPACES) or (gap == 4 and _initial_gap(text, end)):
                after = tokens[i + 1][0]
        append((word, start, end, before, after))
    doc.memo[_MEMO_KEY] = out
    return out


def scan(doc: Document) -> list[Row]:
    """``plain`` with ``initial`` (computed once per document)."""
    found = doc.memo.get(_ROWS_KEY)
    if found is None:
        initial = Initial(doc)
        found = doc.memo[_ROWS_KEY] = [(w, s, e, initial(s), b, a) for w, s, e, b, a in plain(doc)]
    return cast(list[Row], found)


def extract_mentions(doc: Document) -> list[Mention]:
    """All capitalised words of ``doc`` with at least ``MIN_LENGTH`` letters, in order."""
    return [Mention(w, Span(s, e), i, b, a) for w, s, e, i, b, a in scan(doc)]
