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
    out = text
    for e in sorted(chosen, key=lambda e: (e.span.start, e.span.end), reverse=True):
        out = out[: e.span.start] + e.replacement + out[e.span.end :]
    return out, count
