"""Python rules of the boilerplate category."""

from __future__ import annotations

from mtlint.rule import Rule

RULES: tuple[type[Rule], ...] = ()
