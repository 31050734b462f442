"""Literal requirements of a pattern: strings that every match must contain.

A declarative rule runs its pattern only on the lines that contain one of its required
literals, found with ``str.find`` on the document's case-folded copy (``Document.folded``)
instead of a regex search per line. The analysis parses the pattern with the standard
library's regex parser after rewriting the ``regex``-only syntax it needs
(``\\L<list>``, ``\\p{..}``); a pattern it cannot parse, or one that uses syntax whose
meaning might differ between the two engines, gets no requirement, so the rule simply
checks every line. The result is a necessary condition, never a sufficient one: dropping
information is always safe, adding it never is.

Literals are case-folded (``fold``) so that they hold whatever the pattern's case flags.
Only characters whose case-insensitive matches are known are kept: ASCII (the ``regex``
module also lets "İ", "ſ" and the Kelvin sign match "i", "s" and "k", which ``fold``
maps), and caseless symbols and punctuation; any other character ends a literal.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import import_module
from typing import Any

_parser: Any = import_module("re._parser")  # the stdlib parser; no public API exposes it

CAP = 32  # the most strings an exact, prefix or suffix set may hold
CLAUSE_CAP = 64  # the most literals one OR-clause may hold
KEEP = 3  # clauses kept per requirement (the most selective ones)
# Characters that the regex module matches case-insensitively to an ASCII letter but
# that str.lower() does not map to it ("İ".lower() is even two characters long).
_FOLD = str.maketrans({"\u0130": "i", "\u017f": "s", "\u212a": "k"})


def fold(text: str) -> str:
    """Lower-case ``text`` with the same length, so that offsets carry over."""
    low = text.lower()
    if len(low) != len(text) or "\u017f" in low:
        low = text.translate(_FOLD).lower()
    return low


def _caseless(ch: str) -> bool:
    """True when ``ch`` has no case variants, so that it matches only itself."""
    return (
        unicodedata.category(ch)[0] in "PSZN"
        and ch.lower() == ch == ch.upper() == ch.casefold()
    )


def _char(code: int) -> str | None:
    """The folded form of a pattern character, or None when it cannot be a literal."""
    ch = chr(code)
    if code < 128:
        return ch.lower()
    return ch if _caseless(ch) else None


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


def _cross(a: Strings, b: Strings) -> Strings | None:
    if len(a) * len(b) > CAP:
        return None
    return frozenset(x + y for x in a for y in b)


def _simplify(clause: Iterable[str]) -> Clause | None:
    """Drop strings that contain another string of the clause (the shorter one occurs
    whenever the longer one does); None when the clause says nothing."""
    items = set(clause)
    if "" in items or not items or len(items) > CLAUSE_CAP:
        return None
    ordered = sorted(items, key=len)
    kept: list[str] = []
    for s in ordered:
        if not any(k in s for k in kept):
            kept.append(s)
    return frozenset(kept)


def _score(clause: Clause) -> tuple[int, int]:
    """Higher is more selective: long literals, few of them."""
    return (min(len(s.strip()) for s in clause), -len(clause))


def _prune(clauses: Iterable[Clause]) -> tuple[Clause, ...]:
    out: list[Clause] = []
    for c in clauses:
        s = _simplify(c)
        if s is not None and s not in out:
            out.append(s)
    out.sort(key=_score, reverse=True)
    return tuple(out[:KEEP])


def _concat(x: _Info, y: _Info) -> _Info:
    if x.exact is not None and y.exact is not None:
        both = _cross(x.exact, y.exact)
        if both is not None:
            return _Info(both, clauses=_prune(x.clauses + y.clauses))
    junction = _cross(x.suf, y.pre)
    joins = (junction,) if junction is not None else (x.suf, y.pre)
    prefix = x.prefix if x.exact is None else (_cross(x.exact, y.prefix) or x.exact)
    suffix = y.suffix if y.exact is None else (_cross(x.suffix, y.exact) or y.exact)
    return _Info(None, prefix, suffix, _prune(x.clauses + y.clauses + joins))


def _union(a: Strings, b: Strings) -> Strings:
    both = a | b
    return both if len(both) <= CAP else EMPTY


def _alternate(x: _Info, y: _Info) -> _Info:
    if x.exact is not None and y.exact is not None and len(x.exact | y.exact) <= CAP:
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


def _char_set(items: Sequence[tuple[Any, Any]]) -> _Info:
    chars: set[str] = set()
    for op, av in items:
        if str(op) != "LITERAL":
            return UNKNOWN
        ch = _char(av)
        if ch is None:
            return UNKNOWN
        chars.add(ch)
    return _Info(frozenset(chars)) if 0 < len(chars) <= 8 else UNKNOWN


def _analyze(items: Iterable[tuple[Any, Any]]) -> _Info:
    info = NOTHING
    for op, av in items:
        info = _concat(info, _node(str(op), av))
    return info


def _node(op: str, av: Any) -> _Info:
    if op == "LITERAL":
        ch = _char(av)
        return UNKNOWN if ch is None else _Info(frozenset({ch}))
    if op == "IN":
        return _char_set(av)
    if op in ("AT", "ASSERT", "ASSERT_NOT"):
        return NOTHING  # zero-width: the characters around it are adjacent in the text
    if op == "SUBPATTERN":
        return _analyze(av[3])
    if op == "ATOMIC_GROUP":
        return _analyze(av)
    if op == "BRANCH":
        branches = [_analyze(b) for b in av[1]]
        info = branches[0]
        for other in branches[1:]:
            info = _alternate(info, other)
        return info
    if op in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        lo, hi, sub = av
        return _repeat(_analyze(sub), lo, hi)
    return UNKNOWN  # any character, a category, a back-reference, a conditional...


# regex-only syntax, rewritten for the stdlib parser. Anything else the stdlib parser
# would read differently ({e<=1} fuzzy counts, [[:alpha:]] classes, scoped version
# flags) makes the analysis give up.
_TOKEN = re.compile(
    r"\\L<(\w+)>|\\[pP](?:\{[^}]*\}|\w)|\\[mM]|\\.|\(\?<(?=[A-Za-z_])|\(\?[imsu]+\)|\[:|\{|.",
    re.S,
)
_QUANT = re.compile(r"\{\d*(?:,\d*)?\}")


def _rewrite(pattern: str, lists: Mapping[str, Sequence[str]]) -> str | None:
    out: list[str] = []
    for m in _TOKEN.finditer(pattern):
        tok = m.group()
        if m.group(1) is not None:
            words = lists.get(m.group(1))
            if not words:
                return None
            out.append("(?:" + "|".join(re.escape(w) for w in words) + ")")
        elif tok[:2] in ("\\p", "\\P"):
            out.append("\\w")  # a character we know nothing about (also inside a class)
        elif tok in ("\\m", "\\M"):
            out.append("\\b")
        elif tok == "(?<":
            out.append("(?P<")
        elif tok.startswith("(?") and tok.endswith(")"):
            continue  # global case/dot/multiline flags: irrelevant to folded literals
        elif tok == "[:":
            return None
        elif tok == "{":
            if not _QUANT.match(pattern, m.start()):
                return None
            out.append(tok)
        else:
            out.append(tok)
    return "".join(out)


@dataclass(frozen=True, slots=True)
class Requirement:
    """``clauses``: each clause holds strings one of which occurs in every match (all
    clauses hold); ``prefixes``: strings one of which starts every match, or None."""

    clauses: tuple[Clause, ...] = ()
    prefixes: tuple[str, ...] | None = None

    @property
    def best(self) -> Clause | None:
        return self.clauses[0] if self.clauses else None


NONE = Requirement()


def requirement(pattern: str, lists: Mapping[str, Sequence[str]] | None = None) -> Requirement:
    """The literal requirement of a ``regex`` pattern (V0 syntax); NONE if unknown."""
    source = _rewrite(pattern, lists or {})
    if source is None:
        return NONE
    try:
        parsed = _parser.parse(source, 0)
    except (re.error, RecursionError, OverflowError, ValueError, TypeError):
        return NONE
    info = _analyze(parsed)
    prefixes = info.pre
    return Requirement(
        info.closed(), tuple(sorted(prefixes)) if "" not in prefixes else None
    )
