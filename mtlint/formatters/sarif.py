"""SARIF 2.1.0 for code-scanning dashboards: rule metadata, categories as tags, fixes."""

from __future__ import annotations

import json
from typing import TextIO
from urllib.parse import quote

from mtlint.engine import FileResult
from mtlint.fingerprint import repo_fingerprints
from mtlint.formatters.base import Options, Summary, in_file
from mtlint.model import Finding, Severity

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def uri(path: str) -> str:
    """``path`` as a URI reference: each segment percent-encoded (UTF-8), the slashes
    kept. Written raw, a space, ``#``, ``?`` or ``%`` in a file name makes the reference
    invalid or names another file (``a#1.txt`` is ``a`` with a fragment)."""
    return quote(path, safe="/")


def _notification(result: FileResult) -> dict[str, object]:
    """A skipped input as a notification: an error when it made the run exit 2 (then the
    run was not successful), else a warning (a binary file, say), located at its file. A
    bad JSON Lines record (shown as ``c.jsonl:7``) is located at its line of the file."""
    path, line = result.path, None
    if result.record_line is not None:
        path, line = path.removesuffix(f":{result.record_line}"), result.record_line
    where: dict[str, object] = {"artifactLocation": {"uri": uri(path)}}
    if line is not None:
        where["region"] = {"startLine": line}
    return {
        "level": "error" if result.input_error else "warning",
        "message": {"text": f"skipped {result.path}: {result.skipped}"},
        "locations": [{"physicalLocation": where}],
    }


def _region(f: Finding) -> dict[str, object]:
    return {
        "startLine": f.line,
        "startColumn": f.column,
        "endLine": f.end_line,
        "endColumn": max(
            f.end_column, f.column + (f.end_line == f.line and f.end_column == f.column)
        ),
    }


class SarifFormatter:
    def __init__(self, out: TextIO, options: Options) -> None:
        self.out = out
        self.opt = options
        self.results: list[dict[str, object]] = []
        self.notifications: list[dict[str, object]] = []
        self.successful = True  # no input error (exit code 2)
        self.index = {m.code: i for i, m in enumerate(options.rules)}

    def _result(self, f: Finding, fp: str, result: FileResult) -> dict[str, object]:
        record = in_file(result, f)
        if record is not None:  # the record's line of the .jsonl file; no fix offsets there
            path, line, message = record
            place: dict[str, object] = {
                "artifactLocation": {"uri": uri(path)},
                "region": {"startLine": line},
            }
        else:
            message = f.message
            place = {
                "artifactLocation": {"uri": uri(f.path)},
                "region": {**_region(f), "snippet": {"text": f.source_line}},
            }
        res: dict[str, object] = {
            "ruleId": f.code,
            "level": LEVELS[f.severity],
            "message": {"text": message},
            "locations": [{"physicalLocation": place}],
            "partialFingerprints": {"mtlint/v1": fp},
            "properties": {"category": str(f.category), "name": f.name},
        }
        if f.code in self.index:
            res["ruleIndex"] = self.index[f.code]
        if f.fix is not None and record is None:
            res["fixes"] = [
                {
                    "description": {"text": f"{f.fix.title} ({f.fix.applicability.value})"},
                    "artifactChanges": [
                        {
                            "artifactLocation": {"uri": uri(f.path)},
                            "replacements": [
                                {
                                    "deletedRegion": {
                                        "charOffset": e.span.start,
                                        "charLength": e.span.end - e.span.start,
                                    },
                                    "insertedContent": {"text": e.replacement},
                                }
                                for e in f.fix.edits
                            ],
                        }
                    ],
                }
            ]
        return res

    def file(self, result: FileResult) -> None:
        found = repo_fingerprints(result.findings, result.path, result.record)
        self.results.extend(self._result(f, fp, result) for f, fp in found)
        if result.skipped:
            self.notifications.append(_notification(result))
            self.successful = self.successful and not result.input_error

    def finish(self, summary: Summary) -> None:
        rules = []
        for m in self.opt.rules:
            rule: dict[str, object] = {
                "id": m.code,
                "name": m.name,
                "shortDescription": {"text": m.summary},
                "fullDescription": {"text": m.docs or m.summary},
                "help": {"text": m.docs or m.summary, "markdown": m.docs or m.summary},
                "defaultConfiguration": {"level": LEVELS[m.severity]},
                "properties": {
                    "tags": [str(m.category)],
                    "category": str(m.category),
                    "fixable": m.fixable,
                },
            }
            rules.append(rule)
        invocation = {
            "executionSuccessful": self.successful,
            "toolExecutionNotifications": self.notifications,
        }
        log = {
            "$schema": SCHEMA,
            "version": "2.1.0",
            "runs": [
                {
                    "tool": {
                        "driver": {
                            "name": "mtlint",
                            "version": self.opt.version,
                            "informationUri": "https://pypi.org/project/mtlint/",
                            "rules": rules,
                        }
                    },
                    "columnKind": "unicodeCodePoints",
                    "invocations": [invocation],
                    "results": self.results,
                }
            ],
        }
        json.dump(log, self.out, ensure_ascii=False, indent=2)
        self.out.write("\n")
