"""``kind: substitution``: a wrong phrase and the phrase that should stand instead."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from mtlint.document import Document
from mtlint.kinds.base import PATTERN_TIMEOUT, Spec, YamlRule, may_match
from mtlint.kinds.existence import WORD_AFTER, WORD_BEFORE
from mtlint.model import Applicability, Fix, Hit, Span


def _match_case(found: str, replacement: str) -> str:
    """Carry a capital at the start of the match over to the replacement."""
    if found[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def _entry(spec: Spec, pattern: str, value: object, default_source: str) -> tuple[str, str]:
    """A ``swap`` value: a replacement string, or ``{to: ..., source: ...}`` naming the
    source-language idiom behind the entry (``{source}`` in the message)."""
    if isinstance(value, str):
        return value, default_source
    if isinstance(value, dict) and set(value) <= {"to", "source"}:
        to, source = value.get("to"), value.get("source", default_source)
        if isinstance(to, str) and isinstance(source, str):
            return to, source
    raise spec.error(f"swap.{pattern}", "replacement must be a string or {to: ..., source: ...}")


class SubstitutionRule(YamlRule):
    """``swap`` maps a pattern to its replacement; ``fix`` says how far to trust it."""

    kind = "substitution"
    extra_keys = frozenset({"swap", "fix", "nonword", "source"})

    def __init__(self, spec: Spec) -> None:
        super().__init__(spec)
        swap = spec.require("swap", dict)
        if not swap:
            raise spec.error("swap", "needs at least one entry")
        nonword = spec.get("nonword", bool, False)
        self.applicability: Applicability | None = self.fix_applicability()
        default_source = spec.get("source", str, "")
        self.swaps: list[tuple[regex.Pattern[str], str]] = []
        self.sources: list[str] = []  # the source-language idiom behind each entry
        self.prefilters: list[regex.Pattern[str]] = []
        for pattern, value in swap.items():
            replacement, source = _entry(spec, pattern, value, default_source)
            body = pattern if nonword else f"{WORD_BEFORE}(?:{pattern}){WORD_AFTER}"
            compiled = self.compile(body, f"swap.{pattern}")
            self.swaps.append((compiled, replacement))
            self.sources.append(source)
            self.prefilters.append(self.twin(compiled, f"swap.{pattern}"))
        self.format_message(match="x", replacement="y", source="z")

    def is_fixable(self) -> bool:
        return self.fix_applicability() is not None

    def check(self, doc: Document) -> Iterator[Hit]:
        if not self.applies(doc):
            return
        entries = zip(self.swaps, self.sources, self.prefilters, strict=True)
        active = [(*swap, src) for swap, src, pre in entries if may_match(pre, doc.text)]
        if not active:
            return
        for line in doc.lines:
            for pattern, replacement, source in active:
                for m in pattern.finditer(line.text, timeout=PATTERN_TIMEOUT):
                    if m.start() == m.end():
                        continue
                    if self.exceptions and self.excepted(
                        line.text[max(0, m.start() - 40) : m.end() + 40]
                    ):
                        continue
                    span = Span(line.start + m.start(), line.start + m.end())
                    new = _match_case(m.group(), m.expand(replacement))
                    fix = (
                        Fix.replace(span, new, f"Replace with '{new}'", self.applicability)
                        if self.applicability
                        else None
                    )
                    yield Hit(
                        span,
                        self.format_message(match=m.group(), replacement=new, source=source),
                        fix,
                    )
