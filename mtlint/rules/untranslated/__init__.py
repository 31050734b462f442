"""Python rules of the untranslated category."""

from __future__ import annotations

from mtlint.rule import Rule
from mtlint.rules.untranslated.fragment import UntranslatedFragment

RULES: tuple[type[Rule], ...] = (UntranslatedFragment,)
