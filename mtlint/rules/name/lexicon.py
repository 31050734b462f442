"""English word frequencies (the ``wordsegment`` unigram list), loaded once on first use.

The list holds the 333,000 most frequent lowercase words of a trillion-word web corpus;
a word missing from it occurred fewer than about 12,700 times. Name rules use it to tell a
rare spelling ("Blinkin") from an everyday word ("Horn").
"""

from __future__ import annotations

from functools import cache

# Counts are per trillion-word corpus; these bands are what the name rules need.
KNOWN = 100_000  # a real word or a well-known name
COMMON = 1_000_000  # an everyday word: never a mere variant without more evidence


@cache
def _unigrams() -> dict[str, float]:
    import wordsegment

    loaded: dict[str, float] = getattr(wordsegment, "UNIGRAMS", {})
    if loaded:
        return loaded  # someone already called wordsegment.load()
    parsed: dict[str, float] = wordsegment.Segmenter.parse(wordsegment.Segmenter.UNIGRAMS_FILENAME)
    return parsed


def word_count(word: str) -> float:
    """How often ``word`` (any case) occurs in the corpus; 0 when it is not listed."""
    return _unigrams().get(word.casefold(), 0.0)
