"""Seed recall and precision: the five sample articles against their gold annotations.

The seeds are examples, not the test set; this test keeps what already works working.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

BAR = 0.90
CORE = [
    "boilerplate",
    "broken-sentence",
    "punctuation",
    "spacing",
    "duplicate",
    "truncated",
    "encoding",
]


@pytest.fixture(scope="module")
def scored(shared: Path, cli):
    r = cli("check", "--format", "json", str(shared / "corpus" / "seeds"))
    assert r.returncode in (0, 1), r.stderr
    findings = json.loads(r.stdout)["findings"]
    gold = [
        json.loads(x)
        for x in (shared / "corpus" / "seeds.gold.jsonl").read_text().splitlines()
        if x
    ]
    flagged = {(Path(f["path"]).name, f["line"]) for f in findings}
    return gold, findings, flagged


def test_core_categories_recall(scored) -> None:
    gold, _, flagged = scored
    lines: dict[str, set] = defaultdict(set)
    for g in gold:
        if g["category"] in CORE:
            lines[g["category"]].add((Path(g["file"]).name, g["line"]))
    all_lines = set().union(*lines.values())
    found = all_lines & flagged
    missed = sorted(all_lines - flagged)
    assert len(found) / len(all_lines) >= BAR, f"missed: {missed}"


def test_seed_precision(scored) -> None:
    gold, findings, _ = scored
    gold_lines = {(Path(g["file"]).name, g["line"]) for g in gold}
    false = [
        f"{Path(f['path']).name}:{f['line']} {f['code']} {f['message']}"
        for f in findings
        if (Path(f["path"]).name, f["line"]) not in gold_lines
    ]
    assert len(false) <= 0.05 * len(findings), "\n".join(false)
