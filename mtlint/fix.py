"""Apply fixes: non-overlapping edits, safe ones by default, unsafe ones on request."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import replace
from itertools import accumulate

from mtlint.model import Applicability, Edit, Finding, Hit, Span


def apply_fixes(text: str, findings: Iterable[Finding], *, unsafe: bool = False) -> tuple[str, int]:
    """Return the fixed text and the number of fixes applied; overlapping fixes wait."""
    edits, count = chosen_edits(findings, unsafe=unsafe)
    return edited(text, edits), count


def chosen_edits(findings: Iterable[Finding], *, unsafe: bool = False) -> tuple[list[Edit], int]:
    """The edits of the fixes one pass applies (each fix whole, none overlapping an
    earlier one), and how many fixes they are."""
    allowed = {Applicability.SAFE} | ({Applicability.UNSAFE} if unsafe else set())
    chosen: list[Edit] = []
    taken = Taken()
    count = 0
    for f in sorted(findings, key=lambda f: (f.span.start, f.span.end)):
        if f.fix is None or f.fix.applicability not in allowed:
            continue
        edits = f.fix.edits
        if any(taken.clashes(e.span.start, e.span.end) for e in edits):
            continue  # overlaps an earlier fix: left for the next pass
        chosen.extend(edits)
        for e in edits:
            taken.add(e.span.start, e.span.end)
        count += 1
    return chosen, count


class Moves:
    """A pass's edits, asked where a hit found on the text before them (LanguageTool's,
    computed once per run) stands on the text after them: shifted by what the edits
    before it added or removed; gone (None) when an edit replaces part of it or of its
    fix, or inserts inside one, since it then no longer says what it said (its own fix,
    applied). Re-applying such stale hits on each pass of --fix wrote "He goeseseseses"
    over "He go". Edits are sorted once, so that each question is a few binary searches
    (a long file with many hits and many fixes would otherwise be quadratic again)."""

    def __init__(self, edits: Sequence[Edit]) -> None:
        self.replaced = Taken()  # the spans replaced, merged: only their overlap test
        for e in edits:
            if e.span.start < e.span.end:
                self.replaced.add(e.span.start, e.span.end)
        self.inserts = sorted(e.span.start for e in edits if e.span.start == e.span.end)
        by_end = sorted(edits, key=lambda e: e.span.end)
        self.ends = [e.span.end for e in by_end]
        growth = (len(e.replacement) - (e.span.end - e.span.start) for e in by_end)
        self.shift = list(accumulate(growth, initial=0))  # what the first k edits add

    def __call__(self, hit: Hit) -> Hit | None:
        spans = [hit.span, *(e.span for e in hit.fix.edits)] if hit.fix else [hit.span]
        if any(self._touched(s) for s in spans):
            return None
        fix = hit.fix
        if fix is not None:
            edits = tuple(replace(e, span=self._shifted(e.span)) for e in fix.edits)
            fix = replace(fix, edits=edits)
        return replace(hit, span=self._shifted(hit.span), fix=fix)

    def _touched(self, span: Span) -> bool:
        if self.replaced.clashes(span.start, span.end):  # no points in it: overlap only
            return True
        i = bisect_right(self.inserts, span.start)  # the first insertion after its start
        return i < len(self.inserts) and self.inserts[i] < span.end

    def _shifted(self, span: Span) -> Span:
        delta = self.shift[bisect_right(self.ends, span.start)]  # edits ending before it
        return Span(span.start + delta, span.end + delta) if delta else span


class Taken:
    """The spans of the fixes chosen so far. An edit clashes with a span it overlaps, or
    with an insertion where it starts. The spans are kept sorted and pairwise apart (a
    fix's own overlapping edits are merged), so that their ends are sorted too and a test
    is one binary search: scanning every span taken made a long file with many fixes
    quadratic (40,000 fixes took minutes)."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.points: set[int] = set()  # insertions (empty spans)

    def clashes(self, start: int, end: int) -> bool:
        if start in self.points:
            return True
        i = bisect_left(self.starts, end) - 1  # the last span starting before ``end``
        return i >= 0 and self.ends[i] > start

    def add(self, start: int, end: int) -> None:
        if start == end:
            self.points.add(start)
        hi = bisect_left(self.starts, end)
        lo = hi
        while lo > 0 and self.ends[lo - 1] > start:  # the spans it overlaps: one run
            lo -= 1
        if lo < hi:
            start, end = min(start, self.starts[lo]), max(end, self.ends[hi - 1])
            del self.starts[lo:hi], self.ends[lo:hi]
        self.starts.insert(lo, start)
        self.ends.insert(lo, end)


def edited(text: str, edits: list[Edit]) -> str:
    """``text`` with the edits made, from the last to the first (of two at one place,
    the later one first), built in one pass: replacing one edit at a time copied the
    whole text per edit, quadratic on a long file with many fixes. Edits that overlap
    (one fix's own) are made one at a time, as before."""
    order = sorted(range(len(edits)), key=lambda i: (edits[i].span.start, edits[i].span.end, -i))
    pieces: list[str] = []
    pos = 0
    for i in order:
        span = edits[i].span
        if span.start < pos:  # overlaps the previous edit: the old way
            return _one_by_one(text, edits)
        pieces += (text[pos : span.start], edits[i].replacement)
        pos = span.end
    pieces.append(text[pos:])
    return "".join(pieces)


def _one_by_one(text: str, edits: list[Edit]) -> str:
    out = text
    for e in sorted(edits, key=lambda e: (e.span.start, e.span.end), reverse=True):
        out = out[: e.span.start] + e.replacement + out[e.span.end :]
    return out
