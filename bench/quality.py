"""Score mtlint's findings on the bench corpus against the generator's manifest.

The manifest (``DIR.manifest.json``) lists every injected defect as (file, line, kind). A
defect counts as flagged when any finding covers its line, and as flagged "in the right
category" when that finding's category is one expected for the kind. Findings on lines with
no injected defect are a precision proxy: the generator's base prose is meant to be clean,
so each is either a false positive or a defect the generator did not record.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

# the mtlint categories that describe each injected defect kind
KIND_CATEGORIES: dict[str, frozenset[str]] = {
    "glued": frozenset({"broken-sentence", "spacing"}),
    "comma_capital": frozenset({"broken-sentence", "punctuation"}),
    "boilerplate": frozenset({"boilerplate"}),
    "duplicate_line": frozenset({"duplicate"}),
    "mojibake": frozenset({"encoding"}),
    "misspelled_name": frozenset({"name"}),
    "doubled_word": frozenset({"duplicate"}),
    "space_before_punct": frozenset({"punctuation", "spacing"}),
}
TOP_CODES = 15


def read_findings(jsonl: Path) -> list[dict[str, Any]]:
    """The finding records of an mtlint ``--format jsonl`` report."""
    out = []
    with jsonl.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                record = json.loads(line)
                if record.get("type") == "finding":
                    out.append(record)
    return out


def _nonblank_lines(paths: Iterable[Path]) -> int:
    return sum(
        sum(1 for line in p.read_text("utf-8", "replace").splitlines() if line.strip())
        for p in paths
    )


def score(
    findings: list[dict[str, Any]],
    corpus: Path,
    manifest: dict[str, Any],
    fixtures: list[Path],
    cwd: Path,
) -> dict[str, Any]:
    """Recall per defect kind, unmatched findings and their codes, fixture findings.

    Finding paths are as mtlint printed them, relative to ``cwd`` (the run's directory).
    """
    corpus = corpus.resolve()
    fixture_set = {p.resolve() for p in fixtures}
    by_file: dict[str, list[dict[str, Any]]] = {}
    on_fixtures: list[dict[str, Any]] = []
    for f in findings:
        path = (cwd / f["path"]).resolve()
        if path.parent == corpus:
            by_file.setdefault(path.name, []).append(f)
        elif path in fixture_set:
            on_fixtures.append(f)

    recall: dict[str, dict[str, Any]] = {}
    unmatched: Counter[tuple[str, str]] = Counter()
    for name, defects in manifest["defects"].items():
        found = by_file.get(name, [])
        defect_lines = {d["line"] for d in defects}
        for d in defects:
            covering = [f for f in found if f["line"] <= d["line"] <= f["end_line"]]
            row = recall.setdefault(d["kind"], {"defects": 0, "flagged": 0, "right_category": 0})
            row["defects"] += 1
            row["flagged"] += bool(covering)
            row["right_category"] += any(
                f["category"] in KIND_CATEGORIES.get(d["kind"], ()) for f in covering
            )
        for f in found:
            if not any(f["line"] <= n <= f["end_line"] for n in defect_lines):
                unmatched[(f["code"], f["name"])] += 1
    total = {"defects": 0, "flagged": 0, "right_category": 0}
    for row in recall.values():
        for key in total:
            total[key] += row[key]
    for row in [*recall.values(), total]:
        n = row["defects"] or 1
        row["recall"] = round(row["flagged"] / n, 4)
        row["recall_right_category"] = round(row["right_category"] / n, 4)

    corpus_lines = _nonblank_lines(corpus / name for name in manifest["defects"])
    n_unmatched = sum(unmatched.values())
    return {
        "recall_by_kind": dict(sorted(recall.items())),
        "recall_all": total,
        "corpus_nonblank_lines": corpus_lines,
        "unmatched_findings": n_unmatched,
        "unmatched_per_1000_lines": round(1000 * n_unmatched / max(corpus_lines, 1), 2),
        "top_unmatched_codes": [
            {"code": code, "name": name, "count": count}
            for (code, name), count in unmatched.most_common(TOP_CODES)
        ],
        "fixture_files": len(fixtures),
        "fixture_nonblank_lines": _nonblank_lines(fixtures),
        "fixture_findings": len(on_fixtures),
        "fixture_codes": dict(Counter(f["code"] for f in on_fixtures).most_common()),
    }


def findings_count(out: Path, runs: dict[str, dict[str, Any]]) -> None:
    """Count each tool's findings; check that every -j 2 run (and every repeated -j 1 run)
    reports what the first -j 1 run does, in order."""

    def found(row: dict[str, Any]) -> list[Any]:
        return read_findings(out / row["outputs"][0])

    first = found(runs["mtlint"]["j1"])
    for key in ("j1", "j2"):
        runs["mtlint"][key]["findings"] = len(found(runs["mtlint"][key]))
    runs["mtlint"]["j2"]["same_findings_as_j1"] = all(
        found(row) == first for key in ("j1", "j2") for row in runs["mtlint"][key]["runs"]
    )
    for row in runs["proselint"].values():
        if isinstance(row, dict):
            row["findings"] = sum(
                sum(
                    1
                    for line in (out / o).read_text("utf-8", "replace").splitlines()
                    if line.strip()
                )
                for o in row["outputs"]
            )
