"""Python rules of the name category."""

from __future__ import annotations

from mtlint.rule import Rule

RULES: tuple[type[Rule], ...] = ()
