"""The blind evaluation sets (tests/fixtures/eval, eval2, eval3, eval4): no finding off an
annotated line of the scraped pages (the held-out eval3: at most 2 in 100), none at all on
the correct articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
SETS = ["eval", "eval2", "eval4"]


def _gold_lines(root: Path, half: str) -> set[tuple[str, int]]:
    text = (root / f"gold-{half}.jsonl").read_text(encoding="utf-8")
    rows = (json.loads(x) for x in text.splitlines())
    return {(Path(r["file"]).name, int(r["line"])) for r in rows}


# (set, half, findings off annotated lines allowed per 100): the third set is held out
# whole and was never tuned on, so its one false alarm is measured, not mended.
HALVES = [
    *((name, half, 0) for name in SETS for half in ("dev", "test")),
    ("eval3", "test", 2),
]


@pytest.mark.parametrize(("name", "half", "per_100"), HALVES)
def test_every_finding_stands_on_an_annotated_line(cli, name: str, half: str, per_100: int) -> None:
    root = FIXTURES / name
    r = cli("check", "--no-cache", "--format", "json", str(root / half))
    found = json.loads(r.stdout)["findings"]
    gold = _gold_lines(root, half)
    off = [f"{f['path']}:{f['line']} {f['code']}" for f in found
           if (Path(f["path"]).name, f["line"]) not in gold]  # fmt: skip
    assert len(off) * 100 <= per_100 * len(found), "\n".join(off)
    # a floor against a rule set that finds nothing: recall is measured, not asserted
    assert len({(Path(f["path"]).name, f["line"]) for f in found}) >= len(gold) // 3


@pytest.mark.parametrize("name", [*SETS, "eval3"])
def test_the_correct_articles_have_no_findings(cli, name: str) -> None:
    r = cli("check", "--no-cache", "--format", "concise", str(FIXTURES / name / "clean"))
    assert r.returncode == 0 and r.stdout == "", r.stdout
