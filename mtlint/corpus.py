"""Corpus-level knowledge: what a rule learns from every file of a run, before linting.

A content repository shares its names, so "Zelenski" in one file is a variant of the
"Zelensky" used in twenty others. A rule that wants this implements ``CorpusRule``:
``collect(doc)`` returns a small, picklable summary of one document; ``add`` folds each
summary into an accumulator from ``start()`` as it arrives, and ``finish`` turns that
into the index (``merge(parts)`` does all three for a list). ``mtlint check`` runs the collect
pass over all targets first (a cheap pass: no other rule runs), publishes each index with
``publish`` and only then lints; ``check(doc)`` reads its index with ``index(key)``, which
is None when the rule runs on a lone text (``lint_text``), where it falls back to the
document itself. Worker processes are forked after publishing, so they inherit the index.

What is published is context-local (a ``ContextVar``): each thread, and each ``lint_paths``
call (which runs in a context of its own), sees only its own run's indexes, so that API
calls from several threads do not clear or overwrite each other's. A forked worker is a
copy of the thread that forked it, context included.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from contextvars import ContextVar
from typing import Protocol, runtime_checkable

from mtlint.digest import sha256
from mtlint.document import Document


class _Published:
    """The indexes published in one context. Never changed once set (``publish`` sets a
    new one): a copied context shares it, and a change must not reach the copy."""

    __slots__ = ("digest", "values")

    def __init__(self, values: dict[str, object]) -> None:
        self.values = values
        self.digest: str | None = None  # ``fingerprint``, computed once


_NOTHING = _Published({})  # never changed: with no values, ``fingerprint`` sets no digest
_STATE: ContextVar[_Published] = ContextVar("mtlint.corpus", default=_NOTHING)
UNIT_KEY = "mtlint.unit"  # what a run's documents are: files, or JSON Lines records


@runtime_checkable
class CorpusRule(Protocol):
    corpus_key: str

    def collect(self, doc: Document) -> object: ...

    def start(self) -> object:
        """An empty accumulator: ``add`` folds each summary in as it arrives, so a run
        over a million files holds one accumulator, not a million summaries."""
        ...

    def add(self, acc: object, part: object) -> None: ...

    def finish(self, acc: object) -> object:
        """The index, from the accumulator of every file's summary."""
        ...

    def join(self, parts: Sequence[tuple[int, object]]) -> object:
        """One document's summary from the summaries of its consecutive parts, each with
        the offset where it starts: a very long file is read part by part (mtlint.parts)
        but is still one file to the index."""
        ...

    def merge(self, parts: Sequence[object]) -> object:
        """``finish`` of every part ``add``-ed to ``start()``: a lone text's index."""
        ...


def publish(key: str, value: object) -> None:
    _STATE.set(_Published({**_STATE.get().values, key: value}))


def clear() -> None:
    _STATE.set(_NOTHING)


def index(key: str) -> object | None:
    return _STATE.get().values.get(key)


def unit() -> str:
    """What a message that counts a run's documents calls one: "file", or "record" when
    the run reads JSON Lines records."""
    return "record" if index(UNIT_KEY) == "record" else "file"


@contextmanager
def scoped(values: dict[str, object]) -> Iterator[None]:
    """Run with exactly ``values`` published: a lone text must not see the last run's
    indexes (``lint_text`` after ``lint_paths``), only what its own config gives it."""
    saved = _STATE.get()
    _STATE.set(_Published(dict(values)))
    try:
        yield
    finally:
        _STATE.set(saved)  # not a token reset: a generator may resume in another context


def adding(values: dict[str, object]) -> AbstractContextManager[None]:
    """Run with ``values`` published beside what already is (a long lone file's own
    indexes, see mtlint.parts); what was published before comes back after."""
    return scoped({**_STATE.get().values, **values}) if values else nullcontext()


def fingerprint() -> str:
    """Changes when any published index changes: part of the result-cache key.

    Computed once per change: the cache key of every file of a run includes it.
    """
    state = _STATE.get()
    if not state.values:
        return ""
    if state.digest is None:
        h = sha256()
        for key in sorted(state.values):
            h.update(key.encode() + b"\0" + repr(state.values[key]).encode() + b"\0")
        state.digest = h.hexdigest()
    return state.digest


class ListsDocuments:
    """A ``CorpusRule`` whose index is the set of documents where it may report: the
    collect pass, which reads every document anyway, asks ``suspect`` of each, so that
    the lint pass does a rule's costly work only on the documents listed; a lone text
    (no index) asks ``suspect`` itself. Mixed in before ``Rule``."""

    corpus_key: str

    def suspect(self, doc: Document) -> bool:
        """Whether the rule may report on ``doc`` (a necessary condition, cheap)."""
        raise NotImplementedError

    def listed(self, doc: Document) -> bool:
        """Whether the lint pass should look at ``doc`` (see the class)."""
        found = index(self.corpus_key)
        if isinstance(found, frozenset):
            return doc.path in found
        return self.suspect(doc)

    def example_context(self) -> AbstractContextManager[object]:
        return scoped({})  # examples are lone texts, whatever ran before

    def collect(self, doc: Document) -> str | None:
        return doc.path if self.suspect(doc) else None

    def start(self) -> set[str]:
        return set()

    def add(self, acc: object, part: object) -> None:
        if isinstance(acc, set) and isinstance(part, str):
            acc.add(part)

    def finish(self, acc: object) -> frozenset[str]:
        return frozenset(acc) if isinstance(acc, set) else frozenset()

    def join(self, parts: Sequence[tuple[int, object]]) -> str | None:
        return next((p for _, p in parts if isinstance(p, str)), None)

    def merge(self, parts: Sequence[object]) -> frozenset[str]:
        return frozenset(p for p in parts if isinstance(p, str))
