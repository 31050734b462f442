"""GitLab Code Quality JSON, with fingerprints that survive line shifts; paths are relative
to the repository, as GitLab requires, whatever the working folder."""

from __future__ import annotations

import json
from typing import TextIO

from mtlint.engine import FileResult
from mtlint.fingerprint import repo_fingerprints, repo_path
from mtlint.formatters.base import Options, Summary, in_file
from mtlint.model import Severity

LEVELS = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.INFO: "info"}


class GitlabFormatter:
    def __init__(self, out: TextIO, options: Options) -> None:
        self.out = out
        self.issues: list[dict[str, object]] = []

    def file(self, result: FileResult) -> None:
        suffix = "" if result.record is None else f"#{result.record}"
        where = repo_path(result.path.removesuffix(suffix))  # once per file, not per finding
        for f, fp in repo_fingerprints(result.findings, result.path, result.record):
            record = in_file(result, f)
            if record is not None:  # the record's line of the .jsonl file
                _, line, message = record
                location: dict[str, object] = {"path": where, "lines": {"begin": line}}
            else:
                message = f.message
                location = {
                    "path": where,
                    "positions": {
                        "begin": {"line": f.line, "column": f.column},
                        "end": {"line": f.end_line, "column": f.end_column},
                    },
                }
            self.issues.append(
                {
                    "type": "issue",
                    "check_name": f"{f.code} {f.name}",
                    "description": f"{f.code} {message}",
                    "categories": ["Style"],
                    "severity": LEVELS[f.severity],
                    "fingerprint": fp,
                    "location": location,
                }
            )

    def finish(self, summary: Summary) -> None:
        json.dump(self.issues, self.out, ensure_ascii=False, indent=2)
        self.out.write("\n")
