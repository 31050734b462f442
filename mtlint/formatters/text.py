"""Human output: ``path:line:col: CODE [severity] message (name)``, the source, a caret line."""

from __future__ import annotations

import unicodedata
from typing import TextIO

from mtlint.engine import FileResult
from mtlint.formatters.base import Options, Summary
from mtlint.model import Finding, Severity

_COLORS = {Severity.ERROR: "\033[31m", Severity.WARNING: "\033[33m", Severity.INFO: "\033[36m"}
_BOLD, _DIM, _RESET = "\033[1m", "\033[2m", "\033[0m"
WINDOW = 100  # characters of source shown around a finding on long lines
# Control characters of a source line, shown as visible ones of the same width: written
# raw, an escape sequence in a scraped text would drive the terminal (colours, the
# window title) and a vertical tab or a line separator would break the caret line.
_VISIBLE = {c: 0x2400 + c for c in range(0x20)} | {0x7F: 0x2421}
_VISIBLE |= dict.fromkeys([*range(0x80, 0xA0), 0x2028, 0x2029], 0xFFFD)


def excerpt(f: Finding) -> tuple[str, int, int]:
    """The source line (cut to a window on long lines) and the span's start and width in
    it, in terminal columns."""
    text = f.source_line.replace("\t", " ")
    start = f.column - 1
    width = (f.end_column - f.column) if f.end_line == f.line else len(text) - start
    width = max(1, min(width, len(text) - start)) if text else 1
    if len(text) > WINDOW:
        left = max(0, start - WINDOW // 3)
        right = min(len(text), left + WINDOW)
        prefix = "…" if left else ""
        suffix = "…" if right < len(text) else ""
        text = prefix + text[left:right] + suffix
        start = start - left + len(prefix)
        width = min(width, max(1, len(text) - start))
    text = text.translate(_VISIBLE)
    return text, columns(text[:start]), max(1, columns(text[start : start + width]))


def columns(text: str) -> int:
    """The terminal columns ``text`` takes: two for a wide or full-width character (CJK),
    none for a combining mark, one for any other; the caret line is counted in these."""
    if text.isascii():
        return len(text)
    width = unicodedata.east_asian_width
    return sum(2 if width(c) in ("W", "F") else 0 if unicodedata.combining(c) else 1 for c in text)


class TextFormatter:
    def __init__(self, out: TextIO, options: Options) -> None:
        self.out = out
        self.opt = options

    def _c(self, code: str, text: str) -> str:
        return f"{code}{text}{_RESET}" if self.opt.color else text

    def file(self, result: FileResult) -> None:
        for f in result.findings:
            head = f"{f.path}:{f.line}:{f.column}:"
            sev = self._c(_COLORS[f.severity], f"[{f.severity}]")
            self.out.write(
                f"{self._c(_BOLD, head)} {self._c(_BOLD, f.code)} {sev} {f.message} "
                f"{self._c(_DIM, f'({f.name})')}\n"
            )
            if self.opt.show_source and f.source_line.strip():
                text, start, width = excerpt(f)
                caret = self._c(_COLORS[f.severity], "^" * width)
                self.out.write(f"    {text}\n    {' ' * start}{caret}\n")

    def finish(self, summary: Summary) -> None:
        total = summary.total
        if summary.fixed:
            self.out.write(f"Fixed {summary.fixed} problem{'s' * (summary.fixed != 1)}.\n")
        # inputs not linted (binary, unreadable, bad records): "clean" must not hide them
        skipped = f", {summary.unlinted} skipped" if summary.unlinted else ""
        if summary.files == 0 and summary.unlinted:  # "All clean" of nothing linted misleads
            self.out.write(f"Nothing linted: {summary.unlinted} skipped.\n")
            return
        if total == 0:
            self.out.write(
                self._c(
                    "\033[32m",
                    f"All clean: {summary.files} {summary.unit}{'s' * (summary.files != 1)} checked"
                    f"{skipped}.",
                )
                + "\n"
            )
            return
        parts = [
            f"{summary.severities[str(s)]} {s}"
            for s in reversed(Severity)
            if summary.severities[str(s)]
        ]
        line = (
            f"Found {total} problem{'s' * (total != 1)} ({', '.join(parts)}) in "
            f"{summary.files} {summary.unit}{'s' * (summary.files != 1)}{skipped}."
        )
        if summary.fixable:
            line += f" {summary.fixable} fixable with --fix."
        if summary.unsafe_fixable:
            line += f" {summary.unsafe_fixable} more with --fix --unsafe-fixes."
        self.out.write(self._c(_BOLD, line) + "\n")
