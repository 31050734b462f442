"""The one list of built-in Python rules (YAML rules register by being in ``rules/``)."""

from __future__ import annotations

from mtlint.rule import Rule
from mtlint.rules import (
    boilerplate,
    broken,
    duplicate,
    encoding,
    internal,
    mistranslation,
    name,
    punctuation,
    spacing,
    truncated,
    untranslated,
)

BUILTIN_RULES: tuple[type[Rule], ...] = (
    *boilerplate.RULES,
    *broken.RULES,
    *punctuation.RULES,
    *spacing.RULES,
    *duplicate.RULES,
    *truncated.RULES,
    *encoding.RULES,
    *mistranslation.RULES,
    *name.RULES,
    *untranslated.RULES,
    *internal.RULES,
)
