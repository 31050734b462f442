"""Python rules of the broken category."""

from __future__ import annotations

from mtlint.rule import Rule
from mtlint.rules.broken.capitals import CapitalAfterComma, CapitalMidSentence
from mtlint.rules.broken.fragments import SplitAttribution, SubjectlessFragment
from mtlint.rules.broken.glued import GluedSentences
from mtlint.rules.broken.glued_words import GluedWords
from mtlint.rules.broken.lower_start import LowercaseParagraphStart
from mtlint.rules.broken.no_space import NoSpaceAfterStop
from mtlint.rules.broken.stops import LowercaseAfterStop, StrayFullStop
from mtlint.rules.broken.verbless import PrepositionalFragment

RULES: tuple[type[Rule], ...] = (
    GluedSentences,
    NoSpaceAfterStop,
    GluedWords,
    CapitalAfterComma,
    CapitalMidSentence,
    LowercaseAfterStop,
    StrayFullStop,
    SplitAttribution,
    SubjectlessFragment,
    PrepositionalFragment,
    LowercaseParagraphStart,
)
