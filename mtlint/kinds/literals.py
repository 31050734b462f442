"""Literal requirements of a pattern: strings that every match must contain.

A declarative rule runs its pattern only on the lines that contain one of its required
literals, found with ``str.find`` on the document's case-folded copy (``Document.folded``)
instead of a regex search per line. The analysis parses the pattern with the standard
library's regex parser after rewriting the ``regex``-only syntax it needs
(``\\L<list>``, ``\\p{..}``); a pattern it cannot parse, or one that uses syntax whose
meaning might differ between the two engines, gets no requirement, so the rule simply
checks every line. The result is a necessary condition, never a sufficient one: dropping
information is always safe, adding it never is.

Literals are case-folded (``mtlint.document.fold``) so that they hold whatever the
pattern's case flags.
Only characters whose case-insensitive matches are known are kept: ASCII (the ``regex``
module also lets "İ", "ſ" and the Kelvin sign match "i", "s" and "k", which ``fold``
maps), and caseless symbols and punctuation; any other character ends a literal.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from importlib import import_module
from typing import Any

from mtlint import rx
from mtlint.kinds.stringsets import (
    BOUNDARY,
    EDGE,
    NOTHING,
    UNKNOWN,
    Clause,
    _alternate,
    _concat,
    _fit,
    _Info,
    _prune,
    _repeat,
)
from mtlint.kinds.syntax import rewrite
from mtlint.records import dataclass

_parser: Any = import_module("re._parser")  # the stdlib parser; no public API exposes it


def _caseless(ch: str) -> bool:
    """True when ``ch`` has no case variants, so that it matches only itself."""
    return unicodedata.category(ch)[0] in "PSZN" and ch.lower() == ch == ch.upper() == ch.casefold()


def _char(code: int) -> str | None:
    """The folded form of a pattern character, or None when it cannot be a literal."""
    ch = chr(code)
    if code < 128:
        return ch.lower()
    return ch if _caseless(ch) else None


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


def _letters(items: Any) -> bool:
    """True for a sub-pattern that is one class holding every ASCII letter (\\w,
    [\\p{L}\\p{N}_], [a-zA-Z]): a negative lookaround on it is a word boundary."""
    if len(items) != 1 or str(items[0][0]) != "IN":
        return False
    members = items[0][1]
    kinds = {str(op) for op, _ in members}
    if "NEGATE" in kinds:
        return False
    if any(str(op) == "CATEGORY" and str(av) == "CATEGORY_WORD" for op, av in members):
        return True
    ranges = {tuple(av) for op, av in members if str(op) == "RANGE"}
    return (97, 122) in ranges and (65, 90) in ranges


_BOUNDARY_AT = frozenset(
    {"AT_BOUNDARY", "AT_BEGINNING", "AT_BEGINNING_STRING", "AT_END", "AT_END_STRING"}
)


def _analyze(items: Iterable[tuple[Any, Any]]) -> _Info:
    info = NOTHING
    for op, av in items:
        info = _look(info, av) if str(op) == "ASSERT" else _concat(info, _node(str(op), av))
    return info


def _look(info: _Info, av: Any) -> _Info:
    """A lookahead or lookbehind matches nothing, but what it sees is in the text: on
    the same line, since the declarative kinds match a line (or its content) at a time
    and the literals are looked for by line. Its clauses hold for the match, and a
    lookahead's text follows what the match has so far ("([Mm])ade(?= a questions?)":
    "made a question", not just "made"). The match's own strings are unchanged."""
    direction, sub = av
    body = _analyze(sub)
    extra = body.closed()
    if direction == 1:
        junction = _fit(info.suf, body.pre, cut_a=True)
        if junction is not None:
            extra += (junction,)
    if not extra:
        return info
    return _Info(info.exact, info.prefix, info.suffix, _prune(info.clauses + extra))


def _node(op: str, av: Any) -> _Info:
    if op == "LITERAL":
        ch = _char(av)
        return UNKNOWN if ch is None else _Info(frozenset({ch}))
    if op == "IN":
        return _char_set(av)
    # Zero-width: the characters around it are adjacent in the text. A word boundary
    # is kept as EDGE: no ASCII letter stands there in the text.
    if op == "AT":
        return BOUNDARY if str(av) in _BOUNDARY_AT else NOTHING
    if op == "ASSERT_NOT":
        return BOUNDARY if _letters(av[1]) else NOTHING
    if op == "ASSERT":  # (in a sequence, _analyze keeps what it sees: see _look)
        return NOTHING
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


Literal = tuple[str, bytes | None]  # (the text to find, a word it must hold as a token)


@dataclass(frozen=True, slots=True, eq=False)
class Need:
    """One clause of a requirement: every match contains one of ``literals``."""

    literals: tuple[Literal, ...]
    texts: frozenset[str]  # the literals' texts, for set operations


@dataclass(frozen=True, slots=True)
class Requirement:
    """``clauses``: every match contains one literal of each clause; ``prefixes``: every
    match starts with one of these strings (None: unknown). All folded."""

    clauses: tuple[Need, ...] = ()
    prefixes: tuple[str, ...] | None = None


NONE = Requirement()
_RUN = rx.compile_re(r"[a-z]+")


def _literal(text: str) -> Literal:
    """The findable text, and its longest word that is bounded on both sides inside
    the literal (by a non-letter or an EDGE), so that it must be a whole token."""
    best = ""
    for m in _RUN.finditer(text):
        i, j = m.span()
        if i > 0 and j < len(text) and j - i > len(best):
            best = m.group()
    return text.replace(EDGE, ""), best.encode() if best else None


def _implies(a: Clause, b: Clause) -> bool:
    """Every string of ``a`` contains one of ``b``: whatever holds ``a`` holds ``b``."""
    return all(any(x in s for x in b) for s in a)


def _unimplied(clauses: tuple[Clause, ...]) -> tuple[Clause, ...]:
    """The clauses that no other clause implies (" years" implies " year"): looking
    for an implied clause narrows nothing, and its short literals are often the most
    frequent ones, which the prefilter's shared scan pays for in every document. (Two
    distinct simplified clauses never imply each other, so no clause drops both.)"""
    return tuple(c for c in clauses if not any(d != c and _implies(d, c) for d in clauses))


def requirement(pattern: str, lists: Mapping[str, Sequence[str]] | None = None) -> Requirement:
    """The literal requirement of a ``regex`` pattern (V0 syntax); NONE if unknown."""
    source = rewrite(pattern, lists or {})
    if source is None:
        return NONE
    try:
        parsed = _parser.parse(source, 0)
    except (re.error, RecursionError, OverflowError, ValueError, TypeError):
        return NONE
    info = _analyze(parsed)
    prefixes = {p.replace(EDGE, "") for p in info.pre}
    needs: list[Need] = []
    for clause in _unimplied(info.closed()):
        literals = tuple(sorted(_literal(s) for s in clause))
        texts = frozenset(text for text, _ in literals)
        # Implied once the word boundaries are gone (" years" by " years." before a
        # boundary " years|"): the texts are what is looked for.
        if not any(_implies(need.texts, texts) for need in needs):
            needs.append(Need(literals, texts))
    return Requirement(tuple(needs), tuple(sorted(prefixes)) if "" not in prefixes else None)
