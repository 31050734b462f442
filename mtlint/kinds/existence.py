"""``kind: existence``: flag every match of a phrase list or pattern list."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import cached_property

from mtlint import rx
from mtlint.document import Document, Line
from mtlint.kinds.base import PATTERN_TIMEOUT, Spec, YamlRule, may_match
from mtlint.kinds.literals import Requirement
from mtlint.kinds.prefilter import candidate_lines, worth_it
from mtlint.model import Hit, Span

WORD_BEFORE = r"(?<![\p{L}\p{N}_])"
WORD_AFTER = r"(?![\p{L}\p{N}_])"


class ExistenceRule(YamlRule):
    """Phrases (``tokens``) and regexes (``patterns``), word-bounded unless ``nonword``."""

    kind = "existence"
    extra_keys = frozenset({"tokens", "patterns", "nonword", "group"})

    def __init__(self, spec: Spec, trusted: bool = False) -> None:
        super().__init__(spec, trusted)
        tokens = spec.strings("tokens")
        patterns = spec.strings("patterns")
        if not tokens and not patterns:
            raise spec.error("tokens", "an existence rule needs tokens or patterns")
        self.group: int | str = spec.get("group", (int, str), 0)
        nonword = spec.get("nonword", bool, False)
        parts = [rx.escape(t) for t in tokens] + [f"(?:{p})" for p in patterns]
        body = "|".join(parts)
        if not nonword:
            body = f"{WORD_BEFORE}(?:{body}){WORD_AFTER}"
        self.pattern = self.compile(body, "patterns" if patterns else "tokens")
        self.prefilter = self.twin(self.pattern, "patterns")
        if isinstance(self.group, int) and self.group > self.pattern.groups:
            raise spec.error("group", f"pattern has no group {self.group}")
        self.format_message(match="x")

    @cached_property
    def required(self) -> Requirement:
        return self.requirement(self.pattern)

    def check(self, doc: Document) -> Iterator[Hit]:
        if not self.applies(doc):
            return
        indexes = candidate_lines(doc, self.required) if worth_it(doc) else None
        if indexes is None:
            if not self.trusted and not may_match(self.prefilter, doc.text):
                return  # one timed whole-text search spares a timed search per line
            lines: Sequence[Line] = doc.lines
        else:
            lines = [doc.lines[i] for i in indexes]
        timeout = None if self.trusted else PATTERN_TIMEOUT
        for line in lines:
            found = (
                self.pattern.finditer(line.text)
                if timeout is None
                else self.pattern.finditer(line.text, timeout=timeout)
            )
            for m in found:
                start, end = m.span(self.group)
                if start < 0 or start == end:
                    continue
                context = line.text
                if self.exceptions and self.excepted(
                    context[max(0, m.start() - 40) : m.end() + 40]
                ):
                    continue
                yield Hit(
                    Span(line.start + start, line.start + end),
                    self.format_message(match=m.group(self.group)),
                )
