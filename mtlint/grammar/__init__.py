"""Grammar checks through a real LanguageTool (opt-in; nothing heavy is imported here).

``GrammarChecker.start(settings, url)`` finds LanguageTool (a configured URL, a warm server,
the provisioned classpath, or language-tool-python's download), ``check(docs)`` returns hits
per path, ``meta_for(hit)`` names the rule, and ``close()`` stops what was started.
``GrammarChecker`` and ``METAS`` load on first use, so importing this package costs nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from mtlint.grammar.errors import GrammarUnavailable

if TYPE_CHECKING:
    from mtlint.grammar.checker import GrammarChecker
    from mtlint.grammar.mapping import METAS


def __getattr__(name: str) -> Any:
    if name == "GrammarChecker":
        from mtlint.grammar.checker import GrammarChecker

        return GrammarChecker
    if name == "METAS":
        from mtlint.grammar.mapping import METAS

        return METAS
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["METAS", "GrammarChecker", "GrammarUnavailable"]
