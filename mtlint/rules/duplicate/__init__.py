"""Python rules of the duplicate category."""

from __future__ import annotations

from mtlint.rule import Rule
from mtlint.rules.duplicate.doubled_word import DoubledWord
from mtlint.rules.duplicate.near_duplicate import NearDuplicateLine
from mtlint.rules.duplicate.repeated_line import RepeatedLine
from mtlint.rules.duplicate.repeated_sentence import RepeatedSentence

RULES: tuple[type[Rule], ...] = (
    RepeatedLine,
    DoubledWord,
    NearDuplicateLine,
    RepeatedSentence,
)
