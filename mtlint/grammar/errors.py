"""The one exception the grammar package lets out."""

from __future__ import annotations


class GrammarUnavailable(Exception):
    """LanguageTool cannot be used for this run; ``str(exc)`` is a one-line reason."""
