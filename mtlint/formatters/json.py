"""The public JSON contract: ``{"version", "findings": [...], "summary"}``."""

from __future__ import annotations

import json
from typing import TextIO

from mtlint.engine import FileResult
from mtlint.formatters.base import Options, Summary, with_record


class JsonFormatter:
    """Findings are streamed as they come, so memory stays flat on large corpora."""

    def __init__(self, out: TextIO, options: Options) -> None:
        self.out = out
        self.first = True
        self.out.write('{"version": ' + json.dumps(options.version) + ', "findings": [')

    def file(self, result: FileResult) -> None:
        for f in result.findings:
            self.out.write(
                ("\n  " if self.first else ",\n  ")
                + json.dumps(with_record(f.to_dict(), result.record), ensure_ascii=False)
            )
            self.first = False

    def finish(self, summary: Summary) -> None:
        body = json.dumps(summary.to_dict(), ensure_ascii=False)
        self.out.write(("" if self.first else "\n") + '], "summary": ' + body + "}\n")
