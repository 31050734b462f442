"""The one rule interface shared by YAML kinds and Python rules."""

from __future__ import annotations

import textwrap
from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext

from mtlint.document import Document
from mtlint.model import Category, Hit, Severity
from mtlint.records import dataclass


@dataclass(frozen=True, slots=True)
class FailExample:
    """Text that must trigger the rule at exactly ``expect`` ("line:col" strings)."""

    text: str
    expect: tuple[str, ...]
    fixed: str | None = None  # the text after applying this rule's fixes (unsafe included)


@dataclass(frozen=True, slots=True)
class Examples:
    """A rule's own pass and fail texts, run by the test suite and shown by ``explain``."""

    fail: tuple[FailExample, ...] = ()
    passing: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class RuleMeta:
    """Everything about a rule but its logic: what config, docs and formatters read."""

    code: str
    name: str
    category: Category
    severity: Severity
    summary: str
    docs: str = ""
    fixable: bool = False
    source: str = "builtin"  # a YAML file's path, or "builtin" for a Python rule


class Rule(ABC):
    """A rule: metadata, docs and examples travel with ``check``."""

    meta: RuleMeta
    examples: Examples = Examples()
    # A catch-all whose hits stand only where no other rule's finding of its category
    # (or with its very span) does: a structural rule that finds the page furniture the
    # specific rules know too must not report those lines twice (see engine._lint_one).
    fallback: bool = False

    @abstractmethod
    def check(self, doc: Document) -> Iterator[Hit]:
        """Yield every hit in ``doc``; never print, never raise on odd text."""

    def example_context(self) -> AbstractContextManager[object]:
        """What the examples run inside: a rule that reads a corpus index (``mtlint.corpus``)
        publishes a sample one here, so its examples do not depend on a run or a config."""
        return nullcontext()

    @property
    def code(self) -> str:
        return self.meta.code

    @property
    def name(self) -> str:
        return self.meta.name

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.meta.code} {self.meta.name}>"


def fail(text: str, *expect: str, fixed: str | None = None) -> FailExample:
    """Shorthand for Python rules' examples."""
    return FailExample(text, tuple(expect), fixed)


def examples(fails: Sequence[FailExample], passing: Sequence[str]) -> Examples:
    return Examples(tuple(fails), tuple(passing))


def first_docline(doc: str | None) -> str:
    return (doc or "").strip().splitlines()[0].strip() if (doc or "").strip() else ""


def rest_doc(doc: str | None) -> str:
    lines = (doc or "").strip().splitlines()
    return textwrap.dedent("\n".join(lines[1:])).strip()
