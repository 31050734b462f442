"""Python rules of the name category."""

from __future__ import annotations

from mtlint.rule import Rule
from mtlint.rules.name.glossary_variant import GlossaryVariant
from mtlint.rules.name.spelling_variant import NameSpellingVariant

RULES: tuple[type[Rule], ...] = (NameSpellingVariant, GlossaryVariant)
