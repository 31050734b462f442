"""One line per finding, for editors, pre-commit and grep."""

from __future__ import annotations

from typing import TextIO

from mtlint.engine import FileResult
from mtlint.formatters.base import Options, Summary


class ConciseFormatter:
    def __init__(self, out: TextIO, options: Options) -> None:
        self.out = out

    def file(self, result: FileResult) -> None:
        for f in result.findings:
            self.out.write(
                f"{f.path}:{f.line}:{f.column}: {f.code} [{f.severity}] {f.message} ({f.name})\n"
            )

    def finish(self, summary: Summary) -> None:
        return None
