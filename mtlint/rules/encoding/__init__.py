"""Python rules of the encoding category."""

from __future__ import annotations

from mtlint.rule import Rule

RULES: tuple[type[Rule], ...] = ()
