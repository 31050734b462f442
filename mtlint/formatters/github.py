"""GitHub Actions workflow commands: annotations on the pull request's diff."""

from __future__ import annotations

from typing import TextIO

from mtlint.engine import FileResult
from mtlint.formatters.base import Options, Summary, in_file
from mtlint.model import Severity

LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


class GithubFormatter:
    def __init__(self, out: TextIO, options: Options) -> None:
        self.out = out

    def file(self, result: FileResult) -> None:
        for f in result.findings:
            title = _prop(f"{f.code} {f.name}")
            record = in_file(result, f)
            if record is not None:  # the record's line of the .jsonl file
                path, line, message = record
                props = f"file={_prop(path)},line={line},title={title}"
            else:
                message = f.message
                props = (
                    f"file={_prop(f.path)},line={f.line},col={f.column},endLine={f.end_line},"
                    f"endColumn={f.end_column},title={title}"
                )
            self.out.write(f"::{LEVELS[f.severity]} {props}::{_data(message)}\n")

    def finish(self, summary: Summary) -> None:
        return None
