"""A word alignment for very long lines, where difflib's matcher is quadratic.

``SequenceMatcher`` looks up every token of one side among the equal tokens of the
other: on a line of a hundred thousand characters (a scraped page with no line breaks)
its space runs alone made EN001 take half a minute, and a megabyte took hours. A repair
by ftfy changes a few words in place, so the two sides agree but for short stretches:
walking both in step and, at a difference, looking a few tokens ahead on each side for
the point where they agree again is linear, and finds the same stretches as the matcher
where the changes are that local.
"""

from __future__ import annotations

REACH = 16  # tokens looked ahead on each side for the point where the sides agree again
AGREE = 3  # tokens that must agree there (word, space, word): one common token is chance


def _word_agrees(wa: list[str], wb: list[str], p: int, q: int) -> bool:
    """Whether, walking both sides in step from ``p`` and ``q``, a word agrees within
    AGREE + 1 tokens (or both sides end)."""
    for t in range(AGREE + 1):
        x, y = wa[p + t : p + t + 1], wb[q + t : q + t + 1]
        if not x or not y:
            return x == y
        if x == y and not x[0].isspace():
            return True
    return False


def _resync(wa: list[str], wb: list[str], i: int, j: int) -> tuple[int, int] | None:
    """The smallest (di, dj) after which both sides agree again (or both end), the most
    even first: for one token when as many tokens changed on each side (words changed in
    place, the usual repair), else for AGREE tokens; None when they do not within REACH.

    A space that agrees after words changed in place counts only when a word agrees soon
    after it: every other token is a space, so one agrees by chance ("â€ was" repaired to
    "†was" takes a space, and pairing the spaces after it shifted the rest of the line).
    """
    for total in range(1, 2 * REACH + 1):
        splits = range(max(0, total - REACH), min(total, REACH) + 1)
        for di in sorted(splits, key=lambda di: abs(2 * di - total)):  # in place first
            dj = total - di
            need = 1 if di == dj else AGREE
            a, b = wa[i + di : i + di + need], wb[j + dj : j + dj + need]
            if a == b and (
                len(a) == need or (i + di + len(a) == len(wa) and j + dj + len(b) == len(wb))
            ):
                if need == 1 and a and a[0].isspace() and not _word_agrees(wa, wb, i + di, j + dj):
                    continue
                return di, dj
    return None


def differing(wa: list[str], wb: list[str]) -> list[tuple[int, int, int, int]]:
    """The stretches (i1, i2, j1, j2) where ``wa[i1:i2]`` became ``wb[j1:j2]``, in order
    (what SequenceMatcher's non-equal opcodes give for local changes); when the sides do
    not agree again within REACH tokens, the rest is one stretch."""
    out: list[tuple[int, int, int, int]] = []
    i = j = 0
    n, m = len(wa), len(wb)
    while i < n and j < m:
        if wa[i] == wb[j]:
            i += 1
            j += 1
            continue
        found = _resync(wa, wb, i, j)
        if found is None:
            break
        di, dj = found
        out.append((i, i + di, j, j + dj))
        i, j = i + di, j + dj
    if i < n or j < m:
        out.append((i, n, j, m))
    return out
