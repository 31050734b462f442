"""Baselines for legacy content: record today's findings, report only new ones.

Entries are fingerprints (``fingerprint.py``) that survive inserted or deleted lines; each
recorded fingerprint absorbs one finding, so a second copy of a known defect still surfaces.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from mtlint.atomic import replacing
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
    try:
        with replacing(path, ".part", mode=0o666) as fh:  # whole or not at all (Ctrl-C)
            fh.write((json.dumps(body, indent=1, sort_keys=True) + "\n").encode("utf-8"))
    except OSError as exc:
        raise MtlintError(f"{path}: cannot write baseline: {exc.strerror or exc}") from None
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
        if not isinstance(files, dict) or not all(
            isinstance(fps, list) and all(isinstance(fp, str) for fp in fps)
            for fps in files.values()
        ):
            raise MtlintError(f"{path}: invalid baseline: files: expected lists of fingerprints")
        self.entries: dict[str, Counter[str]] = {p: Counter(v) for p, v in files.items()}

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
