"""The bench's --quick mode runs end to end and reports every figure, so it cannot rot.

Speed is measured by the bench itself, never asserted here.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
MAKE_CORPUS = REPO.parent / "shared" / "bench" / "make_corpus.py"

pytestmark = pytest.mark.skipif(
    not MAKE_CORPUS.is_file(), reason="../shared is not beside the checkout"
)

TOOL_FIGURES = {
    "mb_s_j1",
    "mb_s_j2",
    "speedup_j2",
    "cpu_mb_s_j1",
    "startup_ms",
    "startup_min_ms",
    "startup_cpu_ms",
    "peak_mib_j1",
    "peak_mib_j2_process",
    "tree_peak_mib_j2",
    "findings",
}
KINDS = {
    "glued",
    "comma_capital",
    "boilerplate",
    "duplicate_line",
    "mojibake",
    "misspelled_name",
    "doubled_word",
    "space_before_punct",
}


@pytest.fixture(scope="module")
def bench(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, str]:
    out = tmp_path_factory.mktemp("bench") / "bench.json"
    # the default work dir keeps corpora and proselint's venv between runs
    proc = subprocess.run(
        [
            sys.executable,
            str(REPO / "bench" / "run.py"),
            "--quick",
            "--repeat",
            "2",
            "--json",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(out.read_text(encoding="utf-8")), proc.stdout


def _positive(value: object) -> bool:
    return isinstance(value, int | float) and value > 0


def test_every_figure_is_reported(bench: tuple[dict, str]) -> None:
    result, _ = bench
    mt = result["figures"]["mtlint"]
    assert set(mt) == TOOL_FIGURES
    assert all(_positive(mt[k]) for k in TOOL_FIGURES - {"findings", "tree_peak_mib_j2"})
    # -j 2 must report what -j 1 does, unless other work edited mtlint between the runs
    changed = result["tools"]["mtlint"]["source_changed_during_run"]
    assert result["figures"]["j2_same_findings"] is True or changed
    if result["tools"]["proselint"]:  # None only when pip could not install it
        ps, ratio = result["figures"]["proselint"], result["figures"]["mtlint_over_proselint"]
        assert set(ps) == set(ratio) == TOOL_FIGURES
        assert all(_positive(ps[k]) for k in ("mb_s_j1", "mb_s_j2", "startup_ms", "peak_mib_j1"))
    scale = result["figures"]["scale"]
    assert scale["factor"] == 4 and scale["bytes_nx"] > scale["bytes_1x"]
    assert _positive(scale["peak_mib_nx"]) and _positive(scale["growth"])
    assert len(result["runs"]["mtlint"]["startup_ms"]) == 3


def test_jobs_runs_come_in_interleaved_pairs(bench: tuple[dict, str]) -> None:
    result, stdout = bench
    j1, j2 = result["runs"]["mtlint"]["j1"], result["runs"]["mtlint"]["j2"]
    assert len(j1["runs"]) == len(j2["runs"]) == len(j2["speedups"]) == 2
    # each pair's speed-up is its own -j 1 wall time over its -j 2 wall time
    for a, b, speedup in zip(j1["runs"], j2["runs"], j2["speedups"], strict=True):
        assert speedup == pytest.approx(a["wall_s"] / b["wall_s"])
    walls = sorted(r["wall_s"] for r in j1["runs"])
    assert j1["wall_s"] == pytest.approx(sum(walls) / 2)  # the median of two
    assert result["figures"]["mtlint"]["speedup_j2"] == pytest.approx(sum(j2["speedups"]) / 2)
    assert j1["maxrss_mib"] == max(r["maxrss_mib"] for r in j1["runs"])
    assert "2 interleaved pair(s)" in stdout


def test_targets_are_checked(bench: tuple[dict, str]) -> None:
    result, stdout = bench
    names = [t["name"] for t in result["targets"]]
    assert names == [
        "throughput, one core",
        "speed-up with two workers",
        "start-up on a tiny file",
        "peak memory (-j 1)",
        "peak memory 4x corpus / 1x",
    ]
    assert all(isinstance(t["pass"], bool) for t in result["targets"])
    assert "targets (issue 6):" in stdout and "throughput, one core (-j 1)" in stdout


def test_recall_and_precision_proxy(bench: tuple[dict, str]) -> None:
    result, stdout = bench
    q = result["quality"]
    assert set(q["recall_by_kind"]) <= KINDS
    assert q["recall_all"]["defects"] == result["corpus"]["defects"] > 0
    for row in [*q["recall_by_kind"].values(), q["recall_all"]]:
        assert 0 <= row["recall_right_category"] <= row["recall"] <= 1
    assert q["corpus_nonblank_lines"] > 0 and q["unmatched_findings"] >= 0
    assert len(q["top_unmatched_codes"]) <= 15
    assert q["fixture_files"] > 0 and q["fixture_findings"] >= 0
    assert "findings on lines with no injected defect" in stdout
