"""``kind: line``: a pattern that matches a whole line, such as scraped page furniture."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from functools import cached_property

from mtlint import rx
from mtlint.document import STR_SPACES, Document, Line
from mtlint.errors import RuleFileError
from mtlint.kinds.base import PATTERN_TIMEOUT, Spec, YamlRule, may_match
from mtlint.kinds.linefix import delete_line_fix, under_table
from mtlint.kinds.literals import Requirement
from mtlint.kinds.prefilter import candidate_lines, possible, register, worth_it
from mtlint.model import Hit, Span

# Markdown decoration around a line's content: "## ", "> ", "- ", "**", "_".
_LEAD = rx.lazy(r"^[\s#>*_+\-•|]*")


# What content_span strips at the end: whitespace (str.isspace) and emphasis or table
# marks. rstrip does it in C, in linear time.
_TRAIL = STR_SPACES + "*_|"


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
        # The two common cases inline (a blank line, a line that starts with a word):
        # no function call for them.
        found = doc.memo["content-spans"] = [
            _BLANK
            if not line.text
            else (0, len(line.text.rstrip(_TRAIL)))
            if line.text[0].isalnum()
            else content_span(line)
            for line in doc.lines
        ]
    return found  # type: ignore[return-value]


_BLANK = (0, 0)

WRAP_WIDTH = 50  # a hard-wrapped line is at least this long, unless it ends its paragraph
_OPEN_END = rx.lazy(r"[\p{L}\p{N},]$")  # a line that stops mid-sentence
_LOWER_START = rx.lazy(r"\p{Ll}")


def _runs_on(line: str, nxt: str) -> bool:
    """True when ``line`` is a hard-wrapped line that ``nxt`` continues: ``line`` is long
    and stops mid-sentence, and ``nxt`` goes on in lowercase."""
    line = line.rstrip()
    return (
        len(line) >= WRAP_WIDTH
        and _OPEN_END.search(line) is not None
        and _LOWER_START.match(nxt.lstrip()) is not None
    )


def is_continued(doc: Document, line: Line) -> bool:
    """True when ``line`` continues a hard-wrapped sentence from the line before. Such a
    line is the middle or the end of a paragraph, not a line of page furniture
    ("categories: unit tests and integration tests. Unit ..." wrapped out of a sentence,
    a lone "copied." ending one). The first line of a paragraph is not one of them:
    furniture may run on ("© 2024 Reuters. All rights reserved. Republication of / this
    content ..."). Asked only of the few lines a rule matches, so nothing is precomputed."""
    if line.number < 2:
        return False
    before = doc.lines[line.number - 2].text
    return bool(before) and _runs_on(before, line.text)


Starts = dict[str, list[tuple[int, int]]]  # lines by the head of their content


def _content_starts(doc: Document) -> tuple[Starts, Starts]:
    """Lines by the first folded character of their content, and by its first _HEAD
    characters (when it has as many): (index, content start)."""
    key = "line-content-starts"
    found = doc.memo.get(key)
    if found is None:
        folded = doc.folded
        firsts: Starts = defaultdict(list)
        heads: Starts = defaultdict(list)
        spans = content_spans(doc)
        for index, (line, (start, end)) in enumerate(zip(doc.lines, spans, strict=True)):
            if start < end:
                at = line.start + start
                entry = (index, at)
                firsts[folded[at]].append(entry)
                if end - start >= _HEAD:
                    heads[folded[at : at + _HEAD]].append(entry)
        doc.memo[key] = found = (firsts, heads)
    return found  # type: ignore[return-value]


# An inline flag that applies to the whole pattern, such as "(?i)" (not "(?i:...)").
_GLOBAL_FLAG = rx.lazy(r"\(\?[a-zA-Z-]+\)")
_HEAD = 3  # most prefixes are longer: lines are looked up by their first three characters


class LineRule(YamlRule):
    """Each pattern must match the line's content from its start (``match: start``) or
    entirely (``match: full``, the default)."""

    kind = "line"
    extra_keys = frozenset({"patterns", "match", "fix", "max-length", "skip-under-table"})

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
        self.skip_under_table: bool = spec.get("skip-under-table", bool, False)
        self.applicability = self.fix_applicability()
        body = "|".join(f"(?:{p})" for p in patterns)
        self.pattern = self.compile(body, "patterns")
        self._patterns = patterns
        self.format_message(match="x")

    @cached_property
    def prefilters(self) -> list[rx.Pattern[str]]:
        """Whole-text twins: the line's decoration, then one pattern (see may_match). One
        twin per pattern: a long alternation defeats the regex engine's optimisations.
        Compiled on first use, so start-up pays only for validating the rule."""
        tail = r"[\s*_|]*$" if self.full else ""
        return [
            self.compile(rf"^{_LEAD.pattern[1:]}(?:{p}){tail}", "patterns", rx.MULTILINE)
            for p in self._patterns
        ]

    @cached_property
    def required(self) -> tuple[tuple[str, ...], frozenset[str], list[Requirement]]:
        """The prefixes that start a match of some pattern (matches are anchored at the
        content's start) and their first characters, and the requirements of the
        patterns with no known prefix."""
        reqs = self._requirements
        prefixes = tuple(sorted({s for r in reqs if r.prefixes is not None for s in r.prefixes}))
        # Only these go to the shared scan: a pattern with prefixes is looked up by them.
        others = [register(r) for r in reqs if r.prefixes is None]
        return prefixes, frozenset(p[0] for p in prefixes), others

    @cached_property
    def _requirements(self) -> list[Requirement]:
        """The requirement of each pattern, anchored as the rule matches it."""
        end = "$" if self.full else ""
        source = [f"^(?:{p}){end}" for p in self._patterns]
        return [self.requirement(self.pattern, s, scanned=False) for s in source]

    @cached_property
    def _blind(self) -> rx.Pattern[str] | None:
        """The patterns that neither a prefix nor a literal rules out, compiled apart: a
        shipped rule tries them on every line to find its candidates, since they fail
        much sooner than the list of all patterns. None: not for this rule (a user's
        rule, whose patterns must run with a timeout, or a global inline flag that would
        reach across patterns)."""
        if not self.trusted or any(_GLOBAL_FLAG.search(p) for p in self._patterns):
            return None
        pairs = zip(self._patterns, self._requirements, strict=True)
        blind = [p for p, r in pairs if r.prefixes is None and not r.clauses]
        if len(blind) == len(self._patterns):
            return self.pattern  # all of them: the rule's own pattern
        try:  # (group numbers shift: a reference to another pattern's group may fail)
            return self.compile("|".join(f"(?:{p})" for p in blind), "patterns")
        except RuleFileError:
            return None

    def _blind_lines(self, doc: Document, blind: rx.Pattern[str]) -> list[int]:
        """The lines whose content ``blind`` matches (as the rule matches its pattern)."""
        find = blind.fullmatch if self.full else blind.match
        spans = content_spans(doc)
        out = []
        for i, line in enumerate(doc.lines):
            start, end = spans[i]
            if start == end or end - start > self.max_length:
                continue  # what check skips
            if find(line.text[start:end]):
                out.append(i)
        return out

    def _candidates(self, doc: Document) -> list[int] | None:
        """Indexes of the lines that may match; None: every line."""
        if not worth_it(doc):
            return None
        prefixes, _, others = self.required
        found: set[int] = set()
        blind = False
        for req, flag in zip(others, possible(doc, others), strict=True):
            if not flag:
                continue  # a literal of the pattern is nowhere in the document
            indexes = candidate_lines(doc, req)
            if indexes is None:
                blind = True  # a pattern that says nothing of its literals
                continue
            found.update(indexes)
        if blind:
            pattern = self._blind
            if pattern is None:
                return None
            found.update(self._blind_lines(doc, pattern))
        if prefixes:
            folded = doc.folded
            by_first, by_head = _content_starts(doc)
            heads, shorts, short_firsts = self._heads
            for head in heads.keys() & by_head.keys():
                group = heads[head]  # only the prefixes that start with this head
                for index, start in by_head[head]:
                    if folded.startswith(group, start):
                        found.add(index)
            for first in short_firsts:  # prefixes shorter than a head
                for index, start in by_first.get(first, ()):
                    if folded.startswith(shorts, start):
                        found.add(index)
        return sorted(found)

    @cached_property
    def _heads(self) -> tuple[dict[str, tuple[str, ...]], tuple[str, ...], frozenset[str]]:
        """The prefixes at least _HEAD characters long by their head (a line is tried
        against those of its own head only: a rule may have two hundred prefixes); the
        shorter prefixes, and their first characters."""
        prefixes = self.required[0]
        shorts = tuple(p for p in prefixes if len(p) < _HEAD)
        heads: dict[str, tuple[str, ...]] = {}
        for p in prefixes:
            if len(p) >= _HEAD:
                heads[p[:_HEAD]] = (*heads.get(p[:_HEAD], ()), p)
        return heads, shorts, frozenset(p[0] for p in shorts)

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
            if is_continued(doc, line):
                continue  # the rest of a hard-wrapped sentence: prose, not furniture
            if self.skip_under_table and under_table(doc, line):
                continue  # a table's or a chart's own note ("Source: ONS")
            fix = delete_line_fix(doc, line, self.applicability) if self.applicability else None
            yield Hit(
                Span(line.start + start, line.start + end),
                self.format_message(match=content),
                fix,
            )
