"""Python rules of the spacing category."""

from __future__ import annotations

from mtlint.rule import Rule
from mtlint.rules.spacing.invisible import InvisibleCharacter

RULES: tuple[type[Rule], ...] = (InvisibleCharacter,)
