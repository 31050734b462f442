"""Python rules of the encoding category."""

from __future__ import annotations

from mtlint.rule import Rule
from mtlint.rules.encoding.characters import ControlCharacter, InvalidUtf8, ReplacementCharacter
from mtlint.rules.encoding.codepages import LegacyCodePage
from mtlint.rules.encoding.escapes import LiteralEscape, QuestionMarkApostrophe
from mtlint.rules.encoding.html_leftovers import HtmlEntity, HtmlTag
from mtlint.rules.encoding.mojibake import Mojibake

RULES: tuple[type[Rule], ...] = (
    Mojibake,
    ReplacementCharacter,
    InvalidUtf8,
    ControlCharacter,
    HtmlEntity,
    HtmlTag,
    LiteralEscape,
    QuestionMarkApostrophe,
    LegacyCodePage,
)
