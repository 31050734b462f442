"""Word frequencies from ``wordsegment``, loaded lazily and only once.

Parsing the list takes about a second, so rules ask for it only when a candidate needs
it; documents without candidates never pay for it.
"""

from __future__ import annotations

from functools import cache


@cache
def unigrams() -> dict[str, float]:
    """Lowercase word -> count in a web corpus of about a trillion words."""
    import wordsegment

    loaded: dict[str, float] = getattr(wordsegment, "UNIGRAMS", {})
    if loaded:
        return loaded  # someone already called wordsegment.load()
    parsed: dict[str, float] = wordsegment.Segmenter.parse(wordsegment.Segmenter.UNIGRAMS_FILENAME)
    return parsed


def count(word: str) -> float:
    """How often ``word`` (any case) occurs; 0 when it is not listed."""
    return unigrams().get(word.lower(), 0.0)
