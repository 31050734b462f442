"""``kind: substitution``: a wrong phrase and the phrase that should stand instead."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cached_property

from mtlint import rx
from mtlint.document import Document
from mtlint.kinds.base import NO_REQUIREMENT, PATTERN_TIMEOUT, Spec, YamlRule, may_match
from mtlint.kinds.existence import WORD_AFTER, WORD_BEFORE
from mtlint.kinds.literals import Requirement
from mtlint.kinds.prefilter import candidate_lines, gate, none_possible, possible, worth_it
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

    def __init__(self, spec: Spec, trusted: bool = False) -> None:
        super().__init__(spec, trusted)
        swap = spec.require("swap", dict)
        if not swap:
            raise spec.error("swap", "needs at least one entry")
        nonword = spec.get("nonword", bool, False)
        self.applicability: Applicability | None = self.fix_applicability()
        default_source = spec.get("source", str, "")
        self.swaps: list[tuple[rx.Pattern[str], str]] = []
        self.sources: list[str] = []  # the source-language idiom behind each entry
        self.prefilters: list[rx.Pattern[str]] = []
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

    @cached_property
    def required(self) -> list[Requirement]:
        return [self.requirement(pattern) for pattern, _ in self.swaps]

    @cached_property
    def _gate(self) -> frozenset[int] | None:
        """The clauses one of which a document must hold for any entry to be possible
        (see prefilter.gate): most documents hold none, and are done with in one set
        operation instead of a pass over every entry."""
        return gate(self.required)

    def _active(self, doc: Document) -> list[tuple[rx.Pattern[str], str, str, set[int] | None]]:
        """The entries that may match, each with its candidate lines (None: all)."""
        active: list[tuple[rx.Pattern[str], str, str, set[int] | None]] = []
        use = worth_it(doc)
        reqs = self.required if use else [NO_REQUIREMENT] * len(self.swaps)
        # Most entries have a literal missing from the document: ruled out in one pass.
        flags = possible(doc, reqs) if use else [True] * len(reqs)
        entries = zip(self.swaps, self.sources, self.prefilters, reqs, flags, strict=True)
        for (pattern, replacement), source, prefilter, req, flag in entries:
            if not flag:
                continue
            indexes = candidate_lines(doc, req) if use else None
            if indexes is None:
                if self.trusted or may_match(prefilter, doc.text):
                    active.append((pattern, replacement, source, None))
            elif indexes:
                active.append((pattern, replacement, source, set(indexes)))
        return active

    def check(self, doc: Document) -> Iterator[Hit]:
        if not self.applies(doc):
            return
        # a short text skips the literal analysis, which the gate would start
        if worth_it(doc) and (numbers := self._gate) is not None and none_possible(doc, numbers):
            return  # what _active would find: no entry is possible
        active = self._active(doc)
        if not active:
            return
        wheres = [where for *_, where in active]
        if all(where is not None for where in wheres):
            wanted = sorted(set().union(*(w for w in wheres if w is not None)))
            lines = [doc.lines[i] for i in wanted]
        else:
            lines = list(doc.lines)
        timeout = None if self.trusted else PATTERN_TIMEOUT
        for line in lines:
            index = line.number - 1
            for pattern, replacement, source, where in active:
                if where is not None and index not in where:
                    continue
                found = (
                    pattern.finditer(line.text)
                    if timeout is None
                    else pattern.finditer(line.text, timeout=timeout)
                )
                for m in found:
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
