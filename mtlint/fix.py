"""Apply fixes: non-overlapping edits, safe ones by default, unsafe ones on request."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable

from mtlint.model import Applicability, Edit, Finding


def apply_fixes(text: str, findings: Iterable[Finding], *, unsafe: bool = False) -> tuple[str, int]:
    """Return the fixed text and the number of fixes applied; overlapping fixes wait."""
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
    return _edited(text, chosen), count


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


def _edited(text: str, edits: list[Edit]) -> str:
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
