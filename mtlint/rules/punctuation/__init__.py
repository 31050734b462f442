"""Python rules of the punctuation category."""

from __future__ import annotations

from mtlint.rule import Rule
from mtlint.rules.punctuation.apostrophes import SpacedApostrophe
from mtlint.rules.punctuation.brackets import UnbalancedParentheses
from mtlint.rules.punctuation.clusters import DoubledPunctuation
from mtlint.rules.punctuation.decimal import DecimalComma
from mtlint.rules.punctuation.foreign import ForeignPunctuation
from mtlint.rules.punctuation.foreign_quotes import ForeignQuotes
from mtlint.rules.punctuation.lone_quotes import OddStraightQuotes, StraySingleQuote
from mtlint.rules.punctuation.quotes import (
    MissingSpaceAfterClosingQuote,
    SpaceAfterOpeningQuote,
    SpaceBeforeClosingQuote,
    UnbalancedQuotes,
    WrongDirectionQuote,
)
from mtlint.rules.punctuation.spaced import SpaceBeforePunctuation

RULES: tuple[type[Rule], ...] = (
    DoubledPunctuation,
    SpaceBeforePunctuation,
    SpaceBeforeClosingQuote,
    MissingSpaceAfterClosingQuote,
    WrongDirectionQuote,
    UnbalancedQuotes,
    StraySingleQuote,
    OddStraightQuotes,
    SpaceAfterOpeningQuote,
    UnbalancedParentheses,
    SpacedApostrophe,
    ForeignPunctuation,
    ForeignQuotes,
    DecimalComma,
)
