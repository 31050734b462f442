"""Python rules of the name category."""

from __future__ import annotations

from mtlint.rule import Rule
from mtlint.rules.name.bare_subject import BareNounSubject
from mtlint.rules.name.full_variant import FullNameVariant
from mtlint.rules.name.glossary_variant import GlossaryVariant
from mtlint.rules.name.name_order import NameOrder
from mtlint.rules.name.spelling_variant import NameSpellingVariant
from mtlint.rules.name.translated_pair import TranslatedSurnamePair
from mtlint.rules.name.translated_surname import TranslatedSurname

RULES: tuple[type[Rule], ...] = (
    NameSpellingVariant,
    GlossaryVariant,
    TranslatedSurname,
    BareNounSubject,
    NameOrder,
    TranslatedSurnamePair,
    FullNameVariant,
)
