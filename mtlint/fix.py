"""Apply fixes: non-overlapping edits, safe ones by default, unsafe ones on request."""

from __future__ import annotations

from collections.abc import Iterable

from mtlint.model import Applicability, Edit, Finding


def apply_fixes(text: str, findings: Iterable[Finding], *, unsafe: bool = False) -> tuple[str, int]:
    """Return the fixed text and the number of fixes applied; overlapping fixes wait."""
    allowed = {Applicability.SAFE} | ({Applicability.UNSAFE} if unsafe else set())
    chosen: list[Edit] = []
    taken: list[tuple[int, int]] = []
    count = 0
    for f in sorted(findings, key=lambda f: (f.span.start, f.span.end)):
        if f.fix is None or f.fix.applicability not in allowed:
            continue
        edits = f.fix.edits
        if any(
            (e.span.start < end and start < e.span.end) or e.span.start == start == end
            for e in edits
            for start, end in taken
        ):
            continue  # overlaps an earlier fix: left for the next pass
        chosen.extend(edits)
        taken.extend((e.span.start, e.span.end) for e in edits)
        count += 1
    return _edited(text, chosen), count


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
