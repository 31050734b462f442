"""The formatter interface: streamed per file, closed with a run summary."""

from __future__ import annotations

from collections import Counter
from dataclasses import field
from typing import Protocol, TextIO

from mtlint.engine import FileResult
from mtlint.model import Applicability, Finding, Severity
from mtlint.records import dataclass
from mtlint.rule import RuleMeta


@dataclass
class Summary:
    """Counts over the whole run, for the summary line and the machine formats."""

    files: int = 0
    unit: str = "file"  # what ``files`` counts: "record" in a JSON Lines run
    skipped: list[tuple[str, str]] = field(default_factory=list)
    unlinted: int = 0  # skipped inputs that were not linted at all
    severities: Counter[str] = field(default_factory=Counter)
    categories: Counter[str] = field(default_factory=Counter)
    codes: Counter[str] = field(default_factory=Counter)
    names: dict[str, str] = field(default_factory=dict)
    fixable: int = 0  # safe fixes, applied by --fix
    unsafe_fixable: int = 0  # applied only with --unsafe-fixes
    fixed: int = 0

    def add(self, result: FileResult) -> None:
        if result.skipped:
            self.skipped.append((result.path, result.skipped))
            if not result.findings:
                self.unlinted += 1
                return  # not linted; one with findings was (its fixes could not be written)
        self.files += 1
        self.fixed += result.fixed
        # what --fix can fix: not a file it cannot write or will not rewrite (undecodable
        # bytes), nor a record (--fix refuses them)
        fixable = not result.skipped and result.record is None and not result.unfixable
        for f in result.findings:
            self.severities[str(f.severity)] += 1
            self.categories[str(f.category)] += 1
            self.codes[f.code] += 1
            self.names[f.code] = f.name
            if not fixable or f.fix is None:
                continue
            if f.fix.applicability is Applicability.SAFE:
                self.fixable += 1
            elif f.fix.applicability is Applicability.UNSAFE:
                self.unsafe_fixable += 1

    @property
    def total(self) -> int:
        return sum(self.severities.values())

    def worst(self) -> Severity | None:
        present = [Severity.parse(s) for s, n in self.severities.items() if n]
        return max(present) if present else None

    def to_dict(self) -> dict[str, object]:
        return {
            "files": self.files,
            "findings": self.total,
            "by_severity": {str(s): self.severities.get(str(s), 0) for s in Severity},
            "by_category": dict(sorted(self.categories.items())),
            "fixable": self.fixable,
            "unsafe_fixable": self.unsafe_fixable,
            "fixed": self.fixed,
            "skipped": [{"path": p, "reason": r} for p, r in self.skipped],
        }


@dataclass(frozen=True)
class Options:
    """What a formatter may vary: colour, source lines, and rule descriptions for SARIF."""

    color: bool = False
    show_source: bool = True
    version: str = ""
    rules: tuple[RuleMeta, ...] = ()  # for formats that describe rules (SARIF)


class Formatter(Protocol):
    def __init__(self, out: TextIO, options: Options) -> None: ...

    def file(self, result: FileResult) -> None: ...

    def finish(self, summary: Summary) -> None: ...


def severity_word(f: Finding) -> str:
    return str(f.severity)


def with_record(d: dict[str, object], record: str | None) -> dict[str, object]:
    """Add the JSONL record id to a finding's dict, when there is one."""
    if record is not None:
        d["record"] = record
    return d


def in_file(result: FileResult, f: Finding) -> tuple[str, int, str] | None:
    """Where a finding of a JSON Lines record sits in the file a CI annotation can point
    at: the JSON Lines file, the record's line in it, and the message with the place in
    the record's text (its line and column count within that text, which the file shows
    JSON-escaped). None for a file's own findings, and when the record's line is unknown."""
    if result.record is None or result.record_line is None:
        return None
    path = f.path.removesuffix(f"#{result.record}")
    where = f"record {result.record}, line {f.line}, column {f.column}"
    return path, result.record_line, f"{f.message} ({where})"
