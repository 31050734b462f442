"""The pure API from several threads: each ``lint_paths`` run keeps its own corpus indexes.

A name spelled one way in one file and another way in the others (NM001 across files) is
found only if the run's index survives until its last file is linted: concurrent runs
used to clear and overwrite one shared index (no NM001, or a crash in the collect pass).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import mtlint
from mtlint import corpus

Row = tuple[str, int, int, str]
LONE = "Minister Kuleba spoke. Kuleba left early. Later Kuleeba returned to Kyiv.\n"


def _corpus(root: Path, name: str, variant: str, title: str) -> Path:
    """Eight files spelling ``name``, and g.txt spelling ``variant``: a cross-file NM001."""
    root.mkdir()
    for i in range(8):
        (root / f"f{i}.txt").write_text(
            f"{title} {name} arrived on Monday for talks with officials in the capital.\n"
            "The talks were described as productive by both delegations today.\n",
            encoding="utf-8",
        )
    (root / "g.txt").write_text(
        f"{title} {variant} said the talks were useful for everyone involved in them.\n",
        encoding="utf-8",
    )
    return root


@pytest.fixture
def corpora(tmp_path: Path) -> list[Path]:
    return [
        _corpus(tmp_path / "d1", "Blinken", "Blinkin", "Secretary"),
        _corpus(tmp_path / "d2", "Kuleba", "Kuleeba", "Minister"),
    ]


def _rows(results: Iterator[object]) -> list[Row]:
    return sorted(
        (Path(r.path).name, f.line, f.column, f.code)  # type: ignore[attr-defined]
        for r in results
        for f in r.findings  # type: ignore[attr-defined]
    )


def _text_rows() -> list[Row]:
    return sorted(("<text>", f.line, f.column, f.code) for f in mtlint.lint_text(LONE))


def test_sequential_runs_find_the_cross_file_variants(corpora: list[Path]) -> None:
    assert [r for r in _rows(mtlint.lint_paths(corpora[0])) if r[3] == "NM001"] == [
        ("g.txt", 1, 11, "NM001")
    ]
    assert [r for r in _rows(mtlint.lint_paths(corpora[1])) if r[3] == "NM001"] == [
        ("g.txt", 1, 10, "NM001")
    ]
    assert "NM001" in {r[3] for r in _text_rows()}


def test_threads_get_the_sequential_results(corpora: list[Path]) -> None:
    jobs = [*corpora, None] * 16  # None: a lone text

    def run(job: Path | None) -> list[Row]:
        return _text_rows() if job is None else _rows(mtlint.lint_paths(job))

    expected = {job: run(job) for job in [*corpora, None]}
    switch = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)  # threads take turns often: runs overlap at every step
    try:
        with ThreadPoolExecutor(4) as pool:
            got = list(pool.map(run, jobs))
    finally:
        sys.setswitchinterval(switch)
    assert got == [expected[job] for job in jobs]
    assert corpus.fingerprint() == ""  # nothing the runs published reached this thread


def test_runs_iterated_alongside_in_one_thread(corpora: list[Path]) -> None:
    expected = [_rows(mtlint.lint_paths(d)) for d in corpora]
    one, two = mtlint.lint_paths(corpora[0]), mtlint.lint_paths(corpora[1])
    firsts, seconds = [], []
    for a, b in zip(one, two, strict=True):  # each run's collect pass before the other's files
        firsts.append(a)
        seconds.append(b)
        assert _text_rows() == _text_rows()  # a lone text between their files
    assert [_rows(iter(firsts)), _rows(iter(seconds))] == expected


def test_a_run_left_unfinished_publishes_nothing(corpora: list[Path]) -> None:
    run = mtlint.lint_paths(corpora[0])
    next(run)  # the collect pass is done, the index published for this run only
    assert corpus.index("names") is None and corpus.fingerprint() == ""
    assert sorted(r[3] for r in _text_rows()) == sorted(f.code for f in mtlint.lint_text(LONE))
    run.close()


def test_forked_workers_still_see_the_run_index(cli, corpora: list[Path]) -> None:
    """``-j 2`` lints in forked workers: they inherit what the run published."""
    for jobs in ("1", "2"):
        out = cli("check", "--no-cache", "-j", jobs, "--format", "concise", ".", cwd=corpora[0])
        assert "g.txt:1:11: NM001" in out.stdout, (jobs, out.stdout, out.stderr)
