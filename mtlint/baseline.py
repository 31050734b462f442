"""Baselines for legacy content: record today's findings, report only new ones.

Entries are fingerprints (``fingerprint.py``) that survive inserted or deleted lines; each
recorded fingerprint absorbs one finding, so a second copy of a known defect still surfaces.
Files are named relative to the baseline's own folder, so a baseline works from any
working directory (format 1 named them as the run that wrote it showed them).
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from mtlint.atomic import replacing
from mtlint.engine import FileResult
from mtlint.errors import MtlintError
from mtlint.fingerprint import fingerprints_as, name_in, real_folder

FORMAT = "mtlint-baseline/2"
OLD_FORMAT = "mtlint-baseline/1"  # paths as shown by the writing run: still read
STDIN = "<stdin>"


def _folder(baseline: Path) -> str:
    return real_folder(os.path.dirname(os.path.abspath(baseline)))  # noqa: PTH100, PTH120


def entry_name(result: FileResult, folder: str) -> str:
    """The name of a result's file (and record) relative to the baseline's folder.

    ``result.path`` is the path as the run shows it (relative to the working folder, or
    as given), with ``#id`` appended for a JSON Lines record."""
    name, record = result.path, ""
    if result.record is not None and name.endswith("#" + result.record):
        name, record = name[: -len(result.record) - 1], name[-len(result.record) - 1 :]
    if name == STDIN:
        return result.path
    return name_in(name, folder) + record


def write_baseline(path: Path, results: Iterable[FileResult]) -> int:
    folder = _folder(path)
    entries: dict[str, list[str]] = {}
    for result in results:
        name = entry_name(result, folder)
        fps = [fp for _, fp in fingerprints_as(result.findings, name)]
        if fps:
            entries[name] = sorted(fps)
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
        if not isinstance(data, dict) or data.get("format") not in (FORMAT, OLD_FORMAT):
            raise MtlintError(f"{path}: not an mtlint baseline (format {FORMAT})")
        files = data.get("files", {})
        if not isinstance(files, dict) or not all(
            isinstance(fps, list) and all(isinstance(fp, str) for fp in fps)
            for fps in files.values()
        ):
            raise MtlintError(f"{path}: invalid baseline: files: expected lists of fingerprints")
        self.entries: dict[str, Counter[str]] = {p: Counter(v) for p, v in files.items()}
        # format 1: names as the writing run showed them (its working folder)
        self.folder = _folder(path) if data["format"] == FORMAT else None

    def filter(self, result: FileResult) -> FileResult:
        """The result without the findings the baseline knows; a new result, so that the
        caller's (written to another baseline, say) keeps them all."""
        name = result.path if self.folder is None else entry_name(result, self.folder)
        known = self.entries.get(name)
        if not known:
            return result
        left = Counter(known)
        kept = []
        for f, fp in fingerprints_as(result.findings, name):
            if left[fp] > 0:
                left[fp] -= 1
            else:
                kept.append(f)
        return replace(result, findings=kept)
