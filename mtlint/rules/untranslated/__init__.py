"""Python rules of the untranslated category."""

from __future__ import annotations

from mtlint.rule import Rule
from mtlint.rules.untranslated.fragment import UntranslatedFragment
from mtlint.rules.untranslated.label import ForeignLabel
from mtlint.rules.untranslated.script import ForeignScriptText

RULES: tuple[type[Rule], ...] = (UntranslatedFragment, ForeignScriptText, ForeignLabel)
