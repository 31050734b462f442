"""``kind: existence``: flag every match of a phrase list or pattern list."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from mtlint.document import Document
from mtlint.kinds.base import PATTERN_TIMEOUT, Spec, YamlRule, may_match
from mtlint.model import Hit, Span

WORD_BEFORE = r"(?<![\p{L}\p{N}_])"
WORD_AFTER = r"(?![\p{L}\p{N}_])"


class ExistenceRule(YamlRule):
    """Phrases (``tokens``) and regexes (``patterns``), word-bounded unless ``nonword``."""

    kind = "existence"
    extra_keys = frozenset({"tokens", "patterns", "nonword", "group"})

    def __init__(self, spec: Spec) -> None:
        super().__init__(spec)
        tokens = spec.strings("tokens")
        patterns = spec.strings("patterns")
        if not tokens and not patterns:
            raise spec.error("tokens", "an existence rule needs tokens or patterns")
        self.group: int | str = spec.get("group", (int, str), 0)
        nonword = spec.get("nonword", bool, False)
        parts = [regex.escape(t) for t in tokens] + [f"(?:{p})" for p in patterns]
        body = "|".join(parts)
        if not nonword:
            body = f"{WORD_BEFORE}(?:{body}){WORD_AFTER}"
        self.pattern = self.compile(body, "patterns" if patterns else "tokens")
        self.prefilter = self.twin(self.pattern, "patterns")
        if isinstance(self.group, int) and self.group > self.pattern.groups:
            raise spec.error("group", f"pattern has no group {self.group}")
        self.format_message(match="x")

    def check(self, doc: Document) -> Iterator[Hit]:
        if not self.applies(doc) or not may_match(self.prefilter, doc.text):
            return
        for line in doc.lines:
            for m in self.pattern.finditer(line.text, timeout=PATTERN_TIMEOUT):
                start, end = m.span(self.group)
                if start < 0 or start == end:
                    continue
                context = line.text
                if self.exceptions and self.excepted(context[max(0, m.start() - 40) : m.end() + 40]):
                    continue
                yield Hit(
                    Span(line.start + start, line.start + end),
                    self.format_message(match=m.group(self.group)),
                )
