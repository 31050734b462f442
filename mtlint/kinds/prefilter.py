"""Which lines of a document may match a pattern, from the literals every match holds.

A declarative rule asks ``candidate_lines`` for the lines that contain a literal of each
clause of its pattern's requirement (see kinds.literals) and runs its exact pattern on
those lines only. The literals of all rules are found in one pass over the document by
an Aho-Corasick automaton when ``pyahocorasick`` is installed; otherwise each literal is
looked for with ``str.find``, after a test against the document's words that rules most
literals out at once. Both give the same lines.
"""

from __future__ import annotations

import bisect
import threading
from collections.abc import Iterable
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


def worth_it(doc: Document) -> bool:
    """Whether a document is long enough for literal prefilters to pay off."""
    return len(doc.text) >= SMALL_TEXT


class _Automaton:
    """Every literal the rules have asked about, in one automaton, rebuilt when a rule
    registers new ones (in practice while the first document is being linted)."""

    def __init__(self) -> None:
        self.literals: set[str] = set()
        self.version = 0
        self._built: Any = None
        self._built_version = -1
        self._lock = threading.Lock()  # rules may run in threads (a Dask map)

    def register(self, literals: Iterable[str]) -> None:
        new = set(literals) - self.literals
        if new:
            with self._lock:
                self.literals |= new
                self.version += 1

    def automaton(self) -> tuple[int, Any]:
        """The automaton and the version whose literals it holds (a later registration
        makes the documents scanned with it scan again)."""
        with self._lock:
            if self._built_version != self.version:
                built = _AC.Automaton()
                for lit in self.literals:
                    built.add_word(lit, lit)
                built.make_automaton()
                self._built, self._built_version = built, self.version
            return self._built_version, self._built


_INDEX = _Automaton()


def register(req: Requirement) -> Requirement:
    """Make a requirement's literals known to the shared automaton; returns it. Every
    requirement given to ``candidate_lines`` must have been registered, and kept alive."""
    if _AC is not None:
        _INDEX.register(text for need in req.clauses for text in need.texts)
    return req


def _occurrences(doc: Document) -> dict[str, list[int]]:
    """Literal -> offsets where it starts, for every registered literal that occurs (the
    lines are worked out only for the clauses that need them: see ``_lines_with``)."""
    cached: Any = doc.memo.get("literal-offsets")
    if cached is not None and cached[0] == _INDEX.version:
        return cached[1]  # type: ignore[no-any-return]
    table: dict[str, list[int]] = {}
    version, automaton = _INDEX.automaton()
    for end, lit in automaton.iter(doc.folded):
        found = table.get(lit)
        if found is None:
            table[lit] = [end - len(lit) + 1]
        else:
            found.append(end - len(lit) + 1)
    doc.memo["literal-offsets"] = (version, table)
    return table


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
    line), in order; None when the requirement says nothing: every line is a candidate."""
    if not req.clauses:
        return None
    table = _occurrences(doc) if _AC is not None else None
    result: frozenset[int] | None = None
    for need in req.clauses:
        lines = _lines_with(doc, need, table)
        result = lines if result is None else result & lines
        if not result:
            return []
    return sorted(result) if result else []
