"""Python rules of the spacing category."""

from __future__ import annotations

from mtlint.rule import Rule
from mtlint.rules.spacing.glued import MissingSpaceAfterComma, TabInText
from mtlint.rules.spacing.invisible import InvisibleCharacter
from mtlint.rules.spacing.percent import SpaceBeforePercent
from mtlint.rules.spacing.spaces import DoubledSpace, IdeographicSpace, MixedSpace

RULES: tuple[type[Rule], ...] = (
    DoubledSpace,
    MixedSpace,
    InvisibleCharacter,
    MissingSpaceAfterComma,
    TabInText,
    IdeographicSpace,
    SpaceBeforePercent,
)
