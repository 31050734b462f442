"""NM007: the collect pass lists the documents with two full names of one sound key,
and the lint pass reports the rarer spelling in a run of many files."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from mtlint import corpus
from mtlint.config import ConfigResolver
from mtlint.corpus_pass import collect
from mtlint.files import discover
from mtlint.rules.name.loose import loose_key

VARIANT = (
    "Opener Tanvir Hossain scored 74 off 51 balls.\n\n"
    "Tanvir Hossain was out in the 17th over.\n\n"
    '"I will keep working hard," said Tanbir Hosen.\n'
)
PLAIN = "Anna Schmidt met Anna Weber on Monday. Anna Schmidt said the talks went well.\n"


def _corpus(root: Path) -> None:
    (root / "a.txt").write_text(VARIANT)
    for i in range(9):
        (root / f"b{i}.txt").write_text(PLAIN)


def test_the_collect_pass_lists_only_the_varying_document(tmp_path: Path) -> None:
    _corpus(tmp_path)
    try:
        collect(list(discover([str(tmp_path)], ConfigResolver())))
        listed = corpus.index("full-name-variant")
    finally:
        corpus.clear()
    assert isinstance(listed, frozenset)
    assert {Path(p).name for p in listed} == {"a.txt"}


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_run_reports_the_rarer_spelling(
    cli: Callable[..., Any], tmp_path: Path, jobs: str
) -> None:
    _corpus(tmp_path)
    r = cli("check", "--no-cache", "--select", "NM007", "-j", jobs, "--format", "json", ".",
            cwd=tmp_path)  # fmt: skip
    found = [(f["path"], f["line"], f["column"]) for f in json.loads(r.stdout)["findings"]]
    assert found == [("a.txt", 5, 34)], r.stderr


@pytest.mark.parametrize(
    ("a", "b"),
    [("Zhelyazkov", "Jeliazkov"), ("Tanvir", "Tanbir"), ("Tanveer", "Tanvir"),
     ("Hossain", "Hosen"), ("Hussein", "Hossain"), ("Søren", "Soeren")],
)  # fmt: skip
def test_transliterations_share_a_key(a: str, b: str) -> None:
    assert loose_key(a) == loose_key(b)


@pytest.mark.parametrize(("a", "b"), [("Hasan", "Hossain"), ("Dan", "Don"), ("Mario", "Maria")])
def test_other_names_do_not(a: str, b: str) -> None:
    assert loose_key(a) != loose_key(b)
