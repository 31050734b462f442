"""JSON Lines for data pipelines: findings, then one summary line per document.

Each line has a ``type``: ``finding`` (the JSON contract's finding object), ``document``
(counts per category and a quality score in [0, 1]) or ``summary`` (the run's totals).
"""

from __future__ import annotations

import json
from collections import Counter
from typing import TextIO

from mtlint.engine import FileResult
from mtlint.formatters.base import Options, Summary, with_record
from mtlint.model import Severity

WEIGHTS = {Severity.INFO: 0.25, Severity.WARNING: 1.0, Severity.ERROR: 2.0}


def quality(result: FileResult) -> float:
    """1.0 for a clean document, falling with weighted findings per line."""
    weight = sum(WEIGHTS[f.severity] for f in result.findings)
    lines = max(result.lines, 1)
    return round(1.0 / (1.0 + 10.0 * weight / lines), 4)


class JsonlFormatter:
    def __init__(self, out: TextIO, options: Options) -> None:
        self.out = out

    def _write(self, obj: dict[str, object]) -> None:
        self.out.write(json.dumps(obj, ensure_ascii=False) + "\n")

    def file(self, result: FileResult) -> None:
        for f in result.findings:
            self._write({"type": "finding", **with_record(f.to_dict(), result.record)})
        categories = Counter(str(f.category) for f in result.findings)
        doc: dict[str, object] = {
            "type": "document",
            "path": result.path,
            "findings": len(result.findings),
            **({"record": result.record} if result.record is not None else {}),
            "by_category": dict(sorted(categories.items())),
            "lines": result.lines,
            "quality": quality(result),
        }
        if result.skipped:
            doc["skipped"] = result.skipped
            if not result.findings:  # not linted: no score (1.0 would pass it as clean)
                doc["quality"] = None
        self._write(doc)

    def finish(self, summary: Summary) -> None:
        self._write({"type": "summary", **summary.to_dict()})
