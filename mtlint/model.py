"""Pure data: what rules produce and what the engine emits.

Everything here is frozen so that nothing is stamped after creation; offsets are
code-point offsets into ``Document.text`` and line/column are resolved once, at the edge.
"""

from __future__ import annotations

from dataclasses import field
from enum import Enum, IntEnum, StrEnum

from mtlint.records import dataclass


class Severity(IntEnum):
    """Ordered, so that ``--fail-on`` is a comparison."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, value: str) -> Severity:
        try:
            return cls[value.strip().upper()]
        except KeyError:
            names = ", ".join(s.name.lower() for s in cls)
            raise ValueError(f"unknown severity {value!r} (expected one of {names})") from None

    def __str__(self) -> str:
        return self.name.lower()


class Category(StrEnum):
    """The categories of the sample corpus; each owns a two-letter code prefix."""

    BOILERPLATE = "boilerplate"
    BROKEN_SENTENCE = "broken-sentence"
    PUNCTUATION = "punctuation"
    SPACING = "spacing"
    NAME = "name"
    MISTRANSLATION = "mistranslation"
    DUPLICATE = "duplicate"
    TRUNCATED = "truncated"
    ENCODING = "encoding"
    UNTRANSLATED = "untranslated"
    GRAMMAR = "grammar"
    INTERNAL = "internal"

    @property
    def prefix(self) -> str:
        return PREFIXES[self]


PREFIXES: dict[Category, str] = {
    Category.BOILERPLATE: "BP",
    Category.BROKEN_SENTENCE: "BS",
    Category.PUNCTUATION: "PU",
    Category.SPACING: "SP",
    Category.NAME: "NM",
    Category.MISTRANSLATION: "MT",
    Category.DUPLICATE: "DU",
    Category.TRUNCATED: "TR",
    Category.ENCODING: "EN",
    Category.UNTRANSLATED: "UT",
    Category.GRAMMAR: "GR",
    Category.INTERNAL: "MTL",
}


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """Half-open code-point range ``[start, end)`` into a document's text."""

    start: int
    end: int

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


_SET_START = vars(Span)["start"].__set__  # the slots' own setters
_SET_END = vars(Span)["end"].__set__


def _span_init(self: Span, start: int, end: int) -> None:
    """``Span``'s constructor: the dataclass's, validated, in one frame. Spans are made by
    the hundred thousand; the generated frozen ``__init__`` (``object.__setattr__`` per
    field, then ``__post_init__``) costs twice as much."""
    if start < 0 or end < start:
        raise ValueError(f"invalid span {start}..{end}")
    _SET_START(self, start)
    _SET_END(self, end)


setattr(Span, "__init__", _span_init)  # noqa: B010 (mypy refuses a method assignment)


class Applicability(Enum):
    """How far a fix may be trusted: only SAFE fixes are applied by plain ``--fix``."""

    SAFE = "safe"
    UNSAFE = "unsafe"
    DISPLAY_ONLY = "display"


@dataclass(frozen=True, slots=True)
class Edit:
    """One replacement of a span; a Fix applies several at once."""

    span: Span
    replacement: str


@dataclass(frozen=True, slots=True)
class Fix:
    """What a finding's fix does, and whether --fix may apply it unasked."""

    title: str
    edits: tuple[Edit, ...]
    applicability: Applicability = Applicability.UNSAFE

    @classmethod
    def replace(cls, span: Span, text: str, title: str, applicability: Applicability) -> Fix:
        return cls(title, (Edit(span, text),), applicability)


@dataclass(frozen=True, slots=True)
class Hit:
    """What a rule yields: only what the rule itself knows."""

    span: Span
    message: str
    fix: Fix | None = None
    severity: Severity | None = None  # a rule may lower or raise its default per hit


@dataclass(frozen=True, slots=True)
class Finding:
    """A hit with rule metadata, final severity and a resolved position."""

    path: str
    code: str
    name: str
    category: Category
    severity: Severity
    span: Span
    line: int
    column: int
    end_line: int
    end_column: int
    message: str
    fix: Fix | None = None
    source_line: str = field(default="", compare=False)

    @property
    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.line, self.column, self.code)

    def to_dict(self) -> dict[str, object]:
        """The public JSON shape (a contract: add keys, never rename them)."""
        out: dict[str, object] = {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "code": self.code,
            "name": self.name,
            "category": str(self.category),
            "severity": str(self.severity),
            "message": self.message,
        }
        if self.fix is not None:
            out["fix"] = {
                "title": self.fix.title,
                "applicability": self.fix.applicability.value,
                "edits": [
                    {"start": e.span.start, "end": e.span.end, "replacement": e.replacement}
                    for e in self.fix.edits
                ],
            }
        return out
