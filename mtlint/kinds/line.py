"""``kind: line``: a pattern that matches a whole line, such as scraped page furniture."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import cached_property

import regex

from mtlint.document import Document, Line
from mtlint.kinds.base import PATTERN_TIMEOUT, Spec, YamlRule, may_match
from mtlint.kinds.literals import Requirement
from mtlint.kinds.prefilter import candidate_lines, worth_it
from mtlint.model import Applicability, Edit, Fix, Hit, Span

# Markdown decoration around a line's content: "## ", "> ", "- ", "**", "_".
_LEAD = regex.compile(r"^[\s#>*_+\-•|]*")


# What content_span strips at the end: whitespace (str.isspace, which has nothing above
# U+3000) and emphasis or table marks. rstrip does it in C, in linear time.
_TRAIL = "".join(chr(c) for c in range(0x3001) if chr(c).isspace()) + "*_|"


def content_span(line: Line) -> tuple[int, int]:
    """Offsets (within the line) of its content without Markdown decoration."""
    text = line.text
    if text[:1].isalnum():
        start = 0  # no leading decoration: the common case, without a regex
    else:
        lead = _LEAD.match(text)
        start = lead.end() if lead else 0
    return start, max(start, len(text.rstrip(_TRAIL)))


def content_spans(doc: Document) -> list[tuple[int, int]]:
    """``content_span`` of every line, computed once per document for all rules."""
    found = doc.memo.get("content-spans")
    if found is None:
        found = doc.memo["content-spans"] = [content_span(line) for line in doc.lines]
    return found  # type: ignore[return-value]


def _content_starts(doc: Document) -> dict[str, list[tuple[int, int]]]:
    """Lines by the first folded character of their content: (index, content start)."""
    key = "line-content-starts"
    found = doc.memo.get(key)
    if found is None:
        folded = doc.folded
        table: dict[str, list[tuple[int, int]]] = {}
        for line, (start, end) in zip(doc.lines, content_spans(doc), strict=True):
            index = line.number - 1
            if start < end:
                table.setdefault(folded[line.start + start], []).append((index, line.start + start))
        doc.memo[key] = found = table
    return found  # type: ignore[return-value]


def delete_line_fix(doc: Document, line: Line, applicability: Applicability) -> Fix:
    nxt = doc.lines[line.number].start if line.number < len(doc.lines) else line.end
    return Fix("Delete the line", (Edit(Span(line.start, nxt), ""),), applicability)


class LineRule(YamlRule):
    """Each pattern must match the line's content from its start (``match: start``) or
    entirely (``match: full``, the default)."""

    kind = "line"
    extra_keys = frozenset({"patterns", "match", "fix", "max-length"})

    def __init__(self, spec: Spec, trusted: bool = False) -> None:
        super().__init__(spec, trusted)
        patterns = spec.strings("patterns")
        if not patterns:
            raise spec.error("patterns", "a line rule needs patterns")
        mode = spec.get("match", str, "full")
        if mode not in ("full", "start"):
            raise spec.error("match", f"expected full or start, got {mode!r}")
        self.full = mode == "full"
        self.max_length: int = spec.get("max-length", int, 400)
        self.applicability = self.fix_applicability()
        body = "|".join(f"(?:{p})" for p in patterns)
        self.pattern = self.compile(body, "patterns")
        self._patterns = patterns
        self.format_message(match="x")

    @cached_property
    def prefilters(self) -> list[regex.Pattern[str]]:
        """Whole-text twins: the line's decoration, then one pattern (see may_match). One
        twin per pattern: a long alternation defeats the regex engine's optimisations.
        Compiled on first use, so start-up pays only for validating the rule."""
        tail = r"[\s*_|]*$" if self.full else ""
        return [
            self.compile(rf"^{_LEAD.pattern[1:]}(?:{p}){tail}", "patterns", regex.MULTILINE)
            for p in self._patterns
        ]

    @cached_property
    def required(self) -> tuple[tuple[str, ...], frozenset[str], list[Requirement]]:
        """The prefixes that start a match of some pattern (matches are anchored at the
        content's start) and their first characters, and the requirements of the
        patterns with no known prefix."""
        end = "$" if self.full else ""
        reqs = [self.requirement(self.pattern, f"^(?:{p}){end}") for p in self._patterns]
        prefixes = tuple(sorted({s for r in reqs if r.prefixes is not None for s in r.prefixes}))
        return prefixes, frozenset(p[0] for p in prefixes), [r for r in reqs if r.prefixes is None]

    def _candidates(self, doc: Document) -> list[int] | None:
        """Indexes of the lines that may match; None: every line."""
        if not worth_it(doc):
            return None
        prefixes, firsts, others = self.required
        found: set[int] = set()
        for req in others:
            indexes = candidate_lines(doc, req)
            if indexes is None:
                return None
            found.update(indexes)
        if prefixes:
            folded = doc.folded
            table = _content_starts(doc)
            for first in firsts:
                for index, start in table.get(first, ()):
                    if folded.startswith(prefixes, start):
                        found.add(index)
        return sorted(found)

    def is_fixable(self) -> bool:
        return self.fix_applicability() is not None

    def check(self, doc: Document) -> Iterator[Hit]:
        if not self.applies(doc):
            return
        indexes = self._candidates(doc)
        if indexes is None:
            # Untimed anchored matches on every line cost less than the whole-text
            # prefilters; a user's rule keeps the prefilters, which spare its timed ones.
            if not self.trusted and not any(may_match(p, doc.text) for p in self.prefilters):
                return
            lines: Sequence[Line] = doc.lines
        else:
            lines = [doc.lines[i] for i in indexes]
        timeout = None if self.trusted else PATTERN_TIMEOUT
        spans = content_spans(doc)
        for line in lines:
            start, end = spans[line.number - 1]
            if start == end or end - start > self.max_length:
                continue
            content = line.text[start:end]
            find = self.pattern.fullmatch if self.full else self.pattern.match
            m = find(content) if timeout is None else find(content, timeout=timeout)
            if m is None or (self.exceptions and self.excepted(content)):
                continue
            fix = delete_line_fix(doc, line, self.applicability) if self.applicability else None
            yield Hit(
                Span(line.start + start, line.start + end),
                self.format_message(match=content),
                fix,
            )
