"""Which lines of a document may match a pattern, from the literals every match holds.

A declarative rule asks ``candidate_lines`` for the lines that contain a literal of each
clause of its pattern's requirement (see kinds.literals) and runs its exact pattern on
those lines only. The literals of all rules are found in one pass over the document by
an Aho-Corasick automaton when ``pyahocorasick`` is installed; otherwise each literal is
looked for with ``str.find``, after a test against the document's words that rules most
literals out at once. Both give the same lines. With the automaton, each clause has a
number and each literal the numbers of its clauses, so that one set union per document
tells every rule which of its patterns may match at all (``possible``).
"""

from __future__ import annotations

import bisect
import threading
from collections.abc import Sequence
from itertools import chain
from typing import Any

from mtlint.document import Document
from mtlint.kinds.literals import Need, Requirement

try:  # optional: a compiled multi-literal search, much faster than one find per literal
    import ahocorasick

    _AC: Any = ahocorasick
except ImportError:  # pragma: no cover - exercised where the wheel is missing
    _AC = None

# Below this size, running every pattern on every line costs less than the analysis and
# the prefilters: a pre-commit run on a few short files never pays for them.
SMALL_TEXT = 2048
_LETTERS_ONLY = bytes(c if 97 <= c <= 122 else 32 for c in range(256))
_ALWAYS = [False]  # see use_always


def worth_it(doc: Document) -> bool:
    """Whether the literal prefilters pay off for a document: a long one, or any once
    the analysis is done for the run."""
    return _ALWAYS[0] or len(doc.text) >= SMALL_TEXT


def use_always(on: bool = True) -> None:
    """Use the prefilters for short documents too. Once every rule's literals are
    analysed and the automaton built (a run of many documents does that first: see
    kinds.prepare), the scan of a short document costs a few microseconds, and tells
    most rules at once that they have nothing to look for: a corpus of sentence-long
    records lints in about 60% of the time. Only the analysis made them too dear."""
    _ALWAYS[0] = on


class _Automaton:
    """Every literal the rules have asked about, in one automaton, rebuilt when a rule
    registers new ones (in practice while the first document is being linted); and, for
    each literal, the clauses (numbered) that it satisfies."""

    def __init__(self) -> None:
        self.literals: set[str] = set()
        self.version = 0  # bumped by every new literal or clause
        self.clauses: dict[frozenset[str], int] = {}  # a clause's texts -> its number
        self.by_literal: dict[str, list[int]] = {}  # literal -> numbers of its clauses
        self.required: dict[int, tuple[Requirement, frozenset[int]]] = {}  # by id(req)
        self._built: Any = None
        self._built_literals = -1
        self._lock = threading.Lock()  # rules may run in threads (a Dask map)

    def register(self, req: Requirement) -> None:
        """Number the requirement's scanned clauses (see ``_deferred``); the requirement
        is kept alive with them, so that its id names it for as long as the process runs."""
        if id(req) in self.required:
            return
        with self._lock:
            numbers = []
            for i, need in enumerate(req.clauses):
                if _deferred(i, need):
                    continue
                number = self.clauses.get(need.texts)
                if number is None:
                    number = self.clauses[need.texts] = len(self.clauses)
                    for text in need.texts:
                        self.by_literal.setdefault(text, []).append(number)
                    self.literals |= need.texts
                    self.version += 1
                numbers.append(number)
            self.required[id(req)] = (req, frozenset(numbers))

    def automaton(self) -> tuple[int, Any]:
        """The automaton (None while no literal is registered) and the version whose
        literals it holds (a later registration makes the documents scanned with it
        scan again)."""
        with self._lock:
            if self._built_literals != len(self.literals):
                built = _AC.Automaton()
                for lit in sorted(self.literals, key=_by_frequency):
                    built.add_word(lit, lit)
                built.make_automaton()
                # (no literal at all: pyahocorasick will not iterate an empty automaton)
                self._built = built if self.literals else None
                self._built_literals = len(self.literals)
            return self.version, self._built


# Characters of (folded) English prose, the most frequent first. A node of the
# automaton looks its children up one by one, in the order they were added, at every
# character of the text: literals added in this order put the children most often
# looked up first (the scan is the largest part of the declarative rules' time, and
# its speed varied with the order of a set of strings, which changes from run to run;
# the sort costs about 1 ms once per run).
_FREQUENT = " etaoinsrhdlcumwfgypb.,vk'-\"xjqz0123456789\n"
_RANKS = str.maketrans({ch: chr(rank) for rank, ch in enumerate(_FREQUENT)})


def _by_frequency(literal: str) -> str:
    """A literal's sort key: each character replaced by its rank (translate, in C:
    sorting is paid by the first long document of every run)."""
    return literal.translate(_RANKS)


_INDEX = _Automaton()
DEFER = 64  # a clause after the first with at most this many literals is not scanned


def _deferred(index: int, need: Need) -> bool:
    """Whether clause ``index`` of a requirement is left out of the shared scan and looked
    for on the other clauses' lines only (``_holds``): the later clauses ("had " next to
    " years", a list of officials after "added that ") often hold very common literals,
    every occurrence of which the scan would pay for, and each literal makes the
    automaton larger (its scan slower); ``str.find`` on the few candidate lines costs
    less. (On 300 news articles the declarative kinds ran fewest instructions with
    DEFER at 64 or more, 12% fewer than at 8.)"""
    return index > 0 and len(need.texts) <= DEFER


def register(req: Requirement) -> Requirement:
    """Make a requirement's literals known to the shared automaton; returns it. (One
    given to ``candidate_lines`` or ``possible`` unregistered is registered there.)"""
    _INDEX.register(req)
    return req


def _scan(doc: Document) -> tuple[dict[str, list[int]], set[int]]:
    """Literal -> offsets where it starts, for every registered literal that occurs (the
    lines are worked out only for the clauses that need them: see ``_lines_with``); and
    the numbers of the clauses that some literal satisfies. One automaton pass and one
    set union per document answer, for every rule at once, which patterns may match."""
    cached: Any = doc.memo.get("literal-offsets")
    if cached is not None and cached[0] == _INDEX.version:
        return cached[1], cached[2]
    table: dict[str, list[int]] = {}
    version, automaton = _INDEX.automaton()
    for end, lit in automaton.iter(doc.folded) if automaton is not None else ():
        found = table.get(lit)
        if found is None:
            table[lit] = [end - len(lit) + 1]
        else:
            found.append(end - len(lit) + 1)
    by_literal = _INDEX.by_literal
    satisfied = set(chain.from_iterable([by_literal[lit] for lit in table]))
    doc.memo["literal-offsets"] = (version, table, satisfied)
    return table, satisfied


def _numbers(req: Requirement) -> frozenset[int]:
    """The numbers of a requirement's clauses (registering it on first sight)."""
    entry = _INDEX.required.get(id(req))
    if entry is None:
        _INDEX.register(req)
        entry = _INDEX.required[id(req)]
    return entry[1]


def gate(reqs: Sequence[Requirement]) -> frozenset[int] | None:
    """The number of each requirement's first clause (the most selective, always
    scanned): a document whose scan satisfies none of them holds no requirement whole,
    so that ``possible`` is false for all of them and a rule with these requirements
    has nothing to look for. None when some requirement has no clause (it is possible
    everywhere) or without the automaton."""
    if _AC is None or not reqs or any(not req.clauses for req in reqs):
        return None
    for req in reqs:
        _numbers(req)  # registered: each of its scanned clauses has a number
    return frozenset(_INDEX.clauses[req.clauses[0].texts] for req in reqs)


def none_possible(doc: Document, numbers: frozenset[int]) -> bool:
    """Whether no clause of ``numbers`` (a ``gate``) is satisfied in the document: one
    set operation in C answers for all of a rule's requirements at once. (False
    without the automaton: the caller then looks at each requirement.)"""
    return _AC is not None and numbers.isdisjoint(_scan(doc)[1])


def possible(doc: Document, reqs: Sequence[Requirement]) -> list[bool]:
    """For each requirement, whether the document holds a literal of every clause (with
    the automaton: of every scanned clause), so that a match may be possible somewhere
    (always true for a requirement with no clauses)."""
    if _AC is None:
        return [all(_lines_with(doc, need, None) for need in req.clauses) for req in reqs]
    satisfied = _scan(doc)[1]
    required = _INDEX.required
    try:
        return [required[id(req)][1] <= satisfied for req in reqs]
    except KeyError:  # a requirement nobody registered: number it, then ask again
        return [_numbers(req) <= _scan(doc)[1] for req in reqs]


def tokens(doc: Document) -> frozenset[bytes]:
    """The document's words: runs of ASCII letters in the folded text (shared)."""
    found: Any = doc.memo.get("tokens")
    if found is None:
        data = doc.folded.encode("ascii", "replace").translate(_LETTERS_ONLY)
        doc.memo["tokens"] = found = frozenset(data.split())
    return found  # type: ignore[no-any-return]


def _find_lines(doc: Document, need: Need) -> set[int]:
    folded, starts = doc.folded, doc.line_starts
    words = tokens(doc)
    hits: set[int] = set()
    for lit, word in need.literals:
        if word is not None and word not in words:
            continue  # a word the literal holds is nowhere in the text: no need to look
        i = folded.find(lit)
        while i != -1:
            index = bisect.bisect_right(starts, i) - 1
            hits.add(index)
            if index + 1 >= len(starts):
                break
            i = folded.find(lit, starts[index + 1])  # one hit per line is enough
    return hits


_NOWHERE: frozenset[int] = frozenset()


def _lines_with(doc: Document, need: Need, table: dict[str, list[int]] | None) -> frozenset[int]:
    """Indexes of the lines whose folded text contains one of the need's literals."""
    key = ("lines-with", id(need))  # needs live as long as their rules: ids are stable
    found: Any = doc.memo.get(key)
    if found is not None:
        return found  # type: ignore[no-any-return]
    if table is None:
        result = frozenset(_find_lines(doc, need))
    elif table.keys().isdisjoint(need.texts):
        result = _NOWHERE  # the common case, decided in C
    else:
        starts = doc.line_starts
        hits: set[int] = set()
        for text in need.texts:
            for offset in table.get(text, ()):
                hits.add(bisect.bisect_right(starts, offset) - 1)
        result = frozenset(hits)
    doc.memo[key] = result
    return result


def candidate_lines(doc: Document, req: Requirement) -> list[int] | None:
    """Indexes of the lines that may hold a match (every clause has a literal on the
    line), in order; None when the requirement says nothing: every line is a candidate.

    With the automaton, small later clauses are not scanned but looked for on the
    lines of the others (see ``_deferred``): the same lines."""
    if not req.clauses:
        return None
    if _AC is None:
        found: frozenset[int] | None = None
        for need in req.clauses:
            lines = _lines_with(doc, need, None)
            found = lines if found is None else found & lines
            if not found:
                return []
        return sorted(found) if found else []
    numbers = _numbers(req)  # first: registering it may call for a new scan
    table, satisfied = _scan(doc)
    if not numbers <= satisfied:
        return []  # the common case, decided in C
    result: frozenset[int] = frozenset()
    deferred: list[Need] = []
    for i, need in enumerate(req.clauses):
        if _deferred(i, need):
            deferred.append(need)
            continue
        lines = _lines_with(doc, need, table)
        result = lines if i == 0 else result & lines
        if not result:
            return []
    return [i for i in sorted(result) if all(_holds(doc, i, need) for need in deferred)]


def _holds(doc: Document, index: int, need: Need) -> bool:
    """Whether one of the need's literals starts on line ``index`` of the folded text:
    what the automaton would report (an occurrence may run past the line's end)."""
    folded, starts = doc.folded, doc.line_starts
    lo = starts[index]
    hi = starts[index + 1] if index + 1 < len(starts) else len(folded)
    return any(folded.find(text, lo, hi + len(text) - 1) != -1 for text in need.texts)
