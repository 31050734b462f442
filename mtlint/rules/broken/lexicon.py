"""Word frequencies for the broken-sentence rules: see ``mtlint.lexicon``."""

from __future__ import annotations

from mtlint.lexicon import count, unigrams

__all__ = ["count", "unigrams"]
