"""Baselines for legacy content: record today's findings, report only new ones.

Entries are fingerprints (``fingerprint.py``) that survive inserted or deleted lines; each
recorded fingerprint absorbs one finding, so a second copy of a known defect still surfaces.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from mtlint.engine import FileResult
from mtlint.errors import MtlintError
from mtlint.fingerprint import fingerprints

FORMAT = "mtlint-baseline/1"


def write_baseline(path: Path, results: Iterable[FileResult]) -> int:
    entries: dict[str, list[str]] = {}
    for result in results:
        fps = [fp for _, fp in fingerprints(result.findings)]
        if fps:
            entries[result.path] = sorted(fps)
    body = {"format": FORMAT, "files": dict(sorted(entries.items()))}
    path.write_text(json.dumps(body, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return sum(len(v) for v in entries.values())


class Baseline:
    def __init__(self, path: Path) -> None:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise MtlintError(f"{path}: cannot read baseline: {exc.strerror}") from None
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise MtlintError(f"{path}: invalid baseline: {exc}") from None
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise MtlintError(f"{path}: not an mtlint baseline (format {FORMAT})")
        files = data.get("files", {})
        self.entries = {p: Counter(fps) for p, fps in files.items()}

    def filter(self, result: FileResult) -> FileResult:
        known = self.entries.get(result.path)
        if not known:
            return result
        left = Counter(known)
        kept = []
        for f, fp in fingerprints(result.findings):
            if left[fp] > 0:
                left[fp] -= 1
            else:
                kept.append(f)
        result.findings = kept
        return result
