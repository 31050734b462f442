"""English word frequencies (the ``wordsegment`` unigram list), loaded once on first use.

The list holds the 333,000 most frequent lowercase words of a trillion-word web corpus;
a word missing from it occurred fewer than about 12,700 times. Name rules use it to tell a
rare spelling ("Blinkin") from an everyday word ("Horn").
"""

from __future__ import annotations

from collections.abc import Mapping

# Counts are per trillion-word corpus; these bands are what the name rules need.
KNOWN = 100_000  # a real word or a well-known name
COMMON = 1_000_000  # an everyday word: never a mere variant without more evidence


def _unigrams() -> Mapping[str, float]:
    from mtlint.lexicon import unigrams

    return unigrams()


_MEMO = 4096  # answers kept; cleared when full (a run asks about a few thousand words)
_ANSWERS: dict[str, float] = {}


def word_count(word: str) -> float:
    """How often ``word`` (any case, diacritics optional) occurs; 0 when it is not listed.

    Memoised by the exact word: the name rules ask about each spelling of each document
    (a lone text clusters its own), mostly the same few hundred, and a fresh answer
    costs an import, a casefold and a lookup through ``Lexicon``'s Python methods."""
    found = _ANSWERS.get(word)
    if found is None:
        found = _count(word)
        if len(_ANSWERS) >= _MEMO:
            _ANSWERS.clear()  # bounded: flat memory however long the run
        _ANSWERS[word] = found
    return found


def _count(word: str) -> float:
    table = _unigrams()
    key = word.casefold()
    found = table.get(key)
    if found is None:
        from mtlint.rules.name.translit import fold

        found = table.get(fold(word), 0.0) if not key.isascii() else 0.0
    return found
