"""Python rules of the broken category."""

from __future__ import annotations

from mtlint.rule import Rule

RULES: tuple[type[Rule], ...] = ()
