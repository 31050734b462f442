"""Python rules of the truncated category."""

from __future__ import annotations

from mtlint.rule import Rule
from mtlint.rules.truncated.truncated_line import TruncatedLine
from mtlint.rules.truncated.unfinished_paragraph import UnfinishedParagraph

RULES: tuple[type[Rule], ...] = (TruncatedLine, UnfinishedParagraph)
