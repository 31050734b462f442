"""The one exception the grammar package lets out."""

from __future__ import annotations


class GrammarUnavailable(Exception):  # noqa: N818 - the public name the CLI wires
    """LanguageTool cannot be used for this run; ``str(exc)`` is a one-line reason."""
