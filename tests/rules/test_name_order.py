"""NM005 in a run of many files: the collect pass lists the documents that reverse a
pair of capitalised neighbours, and the lint pass looks again only at those."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mtlint import corpus
from mtlint.config import ConfigResolver
from mtlint.corpus_pass import collect
from mtlint.files import discover

REVERSED = (
    "“It works,” said Zhang Haoran, the founder of the company.\n\n"
    "Haoran Zhang added that orders came in from abroad.\n"
)
PLAIN = "Li Wei met Anna Schmidt on Monday. Anna Schmidt said the talks went well.\n"


def _corpus(root: Path) -> None:
    (root / "a.txt").write_text(REVERSED)
    for i in range(9):
        (root / f"b{i}.txt").write_text(PLAIN)


def test_the_collect_pass_lists_only_the_reversing_document(tmp_path: Path) -> None:
    _corpus(tmp_path)
    try:
        collect(list(discover([str(tmp_path)], ConfigResolver())))
        listed = corpus.index("name-order")
    finally:
        corpus.clear()
    assert isinstance(listed, frozenset)
    assert {Path(p).name for p in listed} == {"a.txt"}


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_run_reports_the_reversed_mention(cli, tmp_path: Path, jobs: str) -> None:
    _corpus(tmp_path)
    r = cli("check", "--no-cache", "--select", "NM005", "-j", jobs, "--format", "json", ".",
            cwd=tmp_path)  # fmt: skip
    found = [(f["path"], f["line"]) for f in json.loads(r.stdout)["findings"]]
    assert found == [("a.txt", 3)], r.stderr
