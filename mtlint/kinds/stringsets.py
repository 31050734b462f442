"""What is known about the strings a sub-pattern matches, and how it combines (after
Russ Cox's trigram index analysis): the set algebra behind kinds.literals. Every
result is a necessary condition: a set cut short or dropped says less, never more
(a change here changes what literals.py computes: reqcache stamps this module too)."""

from __future__ import annotations

from collections.abc import Iterable

from mtlint.records import dataclass

CAP = 64  # the most strings a product of two sets may hold
UNION_CAP = 256  # the most strings an alternation's exact, prefix or suffix set may hold
CLAUSE_CAP = 256  # the most literals one OR-clause may hold
MIN_LITERAL = 3  # shorter literals make a clause too weak to be worth looking for
KEEP = 3  # clauses kept per requirement (the most selective ones)


Strings = frozenset[str]
Clause = frozenset[str]  # at least one of these strings occurs in every match
EMPTY: Strings = frozenset({""})


@dataclass(frozen=True, slots=True)
class _Info:
    """What is known about the strings a sub-pattern matches (after Russ Cox's trigram
    index analysis): its exact strings, or its prefixes, suffixes and required clauses."""

    exact: Strings | None
    prefix: Strings = EMPTY
    suffix: Strings = EMPTY
    clauses: tuple[Clause, ...] = ()

    @property
    def pre(self) -> Strings:
        return self.exact if self.exact is not None else self.prefix

    @property
    def suf(self) -> Strings:
        return self.exact if self.exact is not None else self.suffix

    def closed(self) -> tuple[Clause, ...]:
        """Every requirement, the prefix, suffix and exact sets included."""
        extra = (self.exact,) if self.exact is not None else (self.prefix, self.suffix)
        return _prune(self.clauses + tuple(extra))


UNKNOWN = _Info(None)
NOTHING = _Info(EMPTY)  # matches only the empty string (anchors, lookarounds)
EDGE = "\x00"  # in a literal: a word boundary (the text has no ASCII letter there)
BOUNDARY = _Info(frozenset({EDGE}))


def _cross(a: Strings, b: Strings) -> Strings | None:
    if len(a) * len(b) > CAP:
        return None
    return frozenset(x + y for x in a for y in b)


def _simplify(clause: Iterable[str]) -> Clause | None:
    """Drop strings that contain another string of the clause (the shorter one occurs
    whenever the longer one does); None when the clause says nothing."""
    items = set(clause)
    if not items or len(items) > CLAUSE_CAP:
        return None
    if any(len(s.replace(EDGE, "").strip()) < MIN_LITERAL for s in items):
        return None  # "t", " ": in every text, so looking for them costs and filters nothing
    ordered = sorted(items, key=len)
    kept: list[str] = []
    for s in ordered:
        if not any(k in s for k in kept):
            kept.append(s)
    return frozenset(kept)


def _score(clause: Clause) -> tuple[int, int]:
    """Higher is more selective: long literals, few of them."""
    return (min(len(s.replace(EDGE, "").strip()) for s in clause), -len(clause))


def _prune(clauses: Iterable[Clause]) -> tuple[Clause, ...]:
    out: list[Clause] = []
    for c in clauses:
        s = _simplify(c)
        if s is not None and s not in out:
            out.append(s)
    out.sort(key=_score, reverse=True)
    return tuple(out[:KEEP])


def _fit(a: Strings, b: Strings, cut_a: bool) -> Strings | None:
    """``a`` x ``b``; when that holds more than CAP strings, the same with the strings
    of one side cut short (the tails of ``a``'s when ``cut_a``, else the heads of
    ``b``'s), as long as fits: where a string occurs, its tails and heads occur too, so
    that each result still occurs wherever one of the full products does ("has"/"have"
    and twenty numbers before " years old": " years old", not just " years"). None
    when not even one character fits."""
    both = _cross(a, b)
    if both is not None:
        return both
    cut, other = (a, b) if cut_a else (b, a)
    for size in range(max(map(len, cut), default=0) - 1, 0, -1):
        short = frozenset(s[-size:] if cut_a else s[:size] for s in cut)
        if len(short) * len(other) <= CAP:
            return _cross(short, b) if cut_a else _cross(a, short)
    return None


def _concat(x: _Info, y: _Info) -> _Info:
    if x.exact is not None and y.exact is not None:
        both = _cross(x.exact, y.exact)
        if both is not None:
            return _Info(both, clauses=_prune(x.clauses + y.clauses))
    junction = _fit(x.suf, y.pre, cut_a=True)
    joins = (junction,) if junction is not None else (x.suf, y.pre)
    prefix = x.prefix if x.exact is None else (_fit(x.exact, y.prefix, cut_a=False) or x.exact)
    suffix = y.suffix if y.exact is None else (_fit(x.suffix, y.exact, cut_a=True) or y.exact)
    return _Info(None, prefix, suffix, _prune(x.clauses + y.clauses + joins))


def _union(a: Strings, b: Strings) -> Strings:
    both = a | b
    return both if len(both) <= UNION_CAP else EMPTY


def _alternate(x: _Info, y: _Info) -> _Info:
    if x.exact is not None and y.exact is not None and len(x.exact | y.exact) <= UNION_CAP:
        return _Info(x.exact | y.exact, clauses=_or(x.clauses, y.clauses))
    return _Info(None, _union(x.pre, y.pre), _union(x.suf, y.suf), _or(x.closed(), y.closed()))


def _or(a: tuple[Clause, ...], b: tuple[Clause, ...]) -> tuple[Clause, ...]:
    """(a1 and a2) or (b1 and b2) == (a1 or b1) and (a1 or b2) and ..."""
    if not a or not b:
        return ()
    return _prune(x | y for x in a for y in b)


def _repeat(x: _Info, lo: int, hi: int) -> _Info:
    if hi == 0:
        return NOTHING
    if lo == 0:
        if hi == 1 and x.exact is not None:
            return _Info(x.exact | EMPTY)
        return UNKNOWN
    if lo == hi == 1:
        return x
    return _Info(None, x.pre, x.suf, x.closed())
