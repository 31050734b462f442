"""Candidate pairs of spellings: those that share a bucket key (see ``variants``).

Buckets are one-letter deletions (edit distance one) and the two transliteration keys
(``translit``), so a run of any size is paired in near-linear time instead of comparing
every spelling with every other.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache

from mtlint.rules.name.translit import fold, given_key, surname_key


@lru_cache(maxsize=1024)  # about 1.5 kB each
def _keys(word: str) -> frozenset[str]:
    """Bucket keys: one-letter deletions (edit distance one) and the two spelling keys.

    Cached: a lone text clusters its own names, and a run of them repeats the same names.
    """
    f = fold(word)
    out = {f, "\x00" + surname_key(word), "\x01" + given_key(word)}
    out.update(f[:i] + f[i + 1 :] for i in range(len(f)))
    return frozenset(out)


def candidate_pairs(words: Iterable[str]) -> set[tuple[str, str]]:
    """Pairs (in sorted order) that share a bucket key. Most keys belong to one word only,
    so the shared keys are found first, a word's keys at a time (set operations in C),
    and only they are bucketed: a text whose words share no key has no pair."""
    ordered = sorted(words)
    keys = list(map(_keys, ordered))
    seen: set[str] = set()
    shared: set[str] = set()
    for own in keys:
        shared |= seen & own
        seen |= own
    if not shared:
        return set()
    buckets: dict[str, list[str]] = defaultdict(list)
    for w, own in zip(ordered, keys, strict=True):
        for key in own & shared:
            buckets[key].append(w)
    return {
        (a, b)
        for members in buckets.values()
        if len(members) > 1
        for i, a in enumerate(members)
        for b in members[i + 1 :]
    }


def forget_keys() -> None:
    """Empty the key caches: a run's index is built once and its lint pass reads only the
    index, so the keys of its spellings (more, the larger the run) are never asked again."""
    _keys.cache_clear()
    surname_key.cache_clear()
    given_key.cache_clear()
