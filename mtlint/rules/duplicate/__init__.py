"""Python rules of the duplicate category."""

from __future__ import annotations

from mtlint.rule import Rule

RULES: tuple[type[Rule], ...] = ()
