"""One file's name summary from the summaries of its parts (see mtlint.parts)."""

from __future__ import annotations

from collections.abc import Sequence

from mtlint.rules.name.stats import Names, Summary, WordRow


def _added(into: dict[str, int], names: Names) -> None:
    for name, n in names:
        into[name] = into.get(name, 0) + n


def join_summaries(parts: Sequence[tuple[int, Summary]]) -> Summary:
    """What ``summarize`` gives for the whole text, from its consecutive parts' summaries
    (each with the offset where the part starts): mentions and neighbours add up, the
    first mention is the earliest, and ``named`` (a capital where only a name would be,
    and no name-like neighbour in the document) holds when some part says so and no
    part has a neighbour for the spelling."""
    mentions: dict[str, int] = {}
    named: dict[str, bool] = {}
    first: dict[str, int] = {}
    before: dict[str, dict[str, int]] = {}
    after: dict[str, dict[str, int]] = {}
    fulls: dict[tuple[str, str], int] = {}
    for offset, (rows, full) in parts:
        for spelling, n, is_named, at, left, right in rows:
            mentions[spelling] = mentions.get(spelling, 0) + n
            named[spelling] = named.get(spelling, False) or bool(is_named)
            first.setdefault(spelling, offset + at)  # parts come in order
            _added(before.setdefault(spelling, {}), left)
            _added(after.setdefault(spelling, {}), right)
        for a, b, n in full:
            fulls[(a, b)] = fulls.get((a, b), 0) + n
    out: list[WordRow] = [
        (
            w,
            mentions[w],
            int(named[w] and not before[w] and not after[w]),
            first[w],
            tuple(sorted(before[w].items())),
            tuple(sorted(after[w].items())),
        )
        for w in sorted(mentions)
    ]
    return tuple(out), tuple(sorted((a, b, n) for (a, b), n in fulls.items()))
