"""Which grammar pass a run gets, and the notice when none runs that should.

Kept apart from ``grammar_pass`` so that a run without LanguageTool never imports it
(start-up time: see tests/test_rx_lite.py)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from mtlint.files import Target

if TYPE_CHECKING:
    from mtlint.grammar_pass import GrammarPass


def grammar_pass(
    targets: Sequence[Target],
    flag: bool | None,
    url: str | None,
    require: bool,
    notify: Callable[[str], None],
    no_cache: bool = False,
) -> GrammarPass | None:
    """A grammar pass when --grammar, or when a config turns grammar on (and not
    --no-grammar); --no-cache keeps LanguageTool's answers out of their cache too."""
    if flag is False or not targets:
        return None
    if not flag and not any(t.config.grammar for t in targets):
        return None
    config = next((t.config for t in targets if flag or t.config.grammar), targets[0].config)
    settings = dict(config.languagetool)
    url = url or (str(settings["url"]) if settings.get("url") else None)
    settings.pop("url", None)
    if no_cache:
        settings["cache"] = False
    from mtlint.grammar_pass import GrammarPass

    return GrammarPass(settings, url, require, notify, forced=bool(flag))


def grammar_only(targets: Sequence[Target]) -> str | None:
    """A notice when every rule in force is LanguageTool's but no grammar pass runs
    (``--select GR001`` without ``--grammar``): the run checks nothing, and its "All
    clean" would pass for a grammar check."""
    from mtlint.engine import ruleset

    seen: set[int] = set()  # by identity: a directory's files share its config
    for config in (target.config for target in targets):
        if id(config) in seen:
            continue
        seen.add(id(config))
        rules = [rule for rule, _ in ruleset(config).rules]
        if rules and all(getattr(r, "needs_languagetool", False) for r in rules):
            codes = ", ".join(r.code for r in rules)
            need, it = ("needs", "it") if len(rules) == 1 else ("need", "they")
            return f"mtlint: {codes} {need} --grammar (LanguageTool); {it} did not run"
    return None
