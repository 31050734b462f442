"""NM006: the collect pass lists the documents where a translated surname is possible,
the lint pass reports it in a run of many files, and its gate never hides a report that
the full comparison would make."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mtlint import corpus
from mtlint.config import ConfigResolver
from mtlint.corpus_pass import collect
from mtlint.document import Document
from mtlint.files import discover
from mtlint.rules.name import translated_pair
from mtlint.rules.name.translated_pair import TranslatedSurnamePair

TRANSLATED = (
    "The interim coach is the assistant Tobias Fuchs, who joined in 2019.\n\n"
    "Tobias Fox will lead the first training session on Tuesday.\n"
)
PLAIN = "Anna Schmidt met Anna Weber on Monday. Anna Schmidt said the talks went well.\n"


def _corpus(root: Path) -> None:
    (root / "a.txt").write_text(TRANSLATED)
    for i in range(9):
        (root / f"b{i}.txt").write_text(PLAIN)


def test_the_collect_pass_lists_only_the_translating_document(tmp_path: Path) -> None:
    _corpus(tmp_path)
    try:
        collect(list(discover([str(tmp_path)], ConfigResolver())))
        listed = corpus.index("translated-surname-pair")
    finally:
        corpus.clear()
    assert isinstance(listed, frozenset)
    assert {Path(p).name for p in listed} == {"a.txt"}


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_run_reports_the_translated_mention(cli, tmp_path: Path, jobs: str) -> None:
    _corpus(tmp_path)
    r = cli("check", "--no-cache", "--select", "NM006", "-j", jobs, "--format", "json", ".",
            cwd=tmp_path)  # fmt: skip
    found = [(f["path"], f["line"], f["column"]) for f in json.loads(r.stdout)["findings"]]
    assert found == [("a.txt", 3, 1)], r.stderr


FIRSTS = ["Dario", "Tobias", "Lin", "Storm", "Mark"]
SECONDS = ["Fontana", "Fountain", "Fuchs", "Fox", "Qingshan", "Green Mountain", "Green",
           "Brown", "Rutte", "Novak", "Bank", "Bahn", "Hilde"]  # fmt: skip
FRAMES = ["On Monday {} said so.", "For {}, it was a debut.", "{}, who left, agreed.",
          "They met {} Company staff.", "the {}"]  # fmt: skip


def test_the_gate_hides_no_report() -> None:
    """Random documents of full names: wherever the comparison without the gate reports,
    the gate lets the document through, and the rule reports the same."""
    import random

    rng = random.Random(7)
    rule = TranslatedSurnamePair()
    ungated = translated_pair._suspect
    reports = 0
    for _ in range(300):
        names = [f"{rng.choice(FIRSTS)} {rng.choice(SECONDS)}" for _ in range(rng.randint(2, 5))]
        text = " ".join(rng.choice(FRAMES).format(n) for n in names) + "\n"
        with corpus.scoped({}):
            reported = list(rule.check(Document(text, "x.txt")))
        try:
            translated_pair._suspect = lambda d: True  # type: ignore[assignment]
            with corpus.scoped({}):
                full = list(rule.check(Document(text, "x.txt")))
        finally:
            translated_pair._suspect = ungated
        assert reported == full, text
        reports += bool(full)
    assert reports > 5  # the documents exercise the comparison
