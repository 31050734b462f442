"""Python rules of the mistranslation category: structural signals no phrase list catches."""

from __future__ import annotations

from mtlint.rule import Rule
from mtlint.rules.mistranslation.inversion import InvertedLongAttribution
from mtlint.rules.mistranslation.second_person import TellYouInReport, YourForHis

RULES: tuple[type[Rule], ...] = (InvertedLongAttribution, TellYouInReport, YourForHis)
