"""Short documents use the literal prefilters once a run has analysed the rules (see
kinds.prefilter.use_always): they must find exactly what the plain pass finds."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from mtlint.checkrun import RunOptions, run_check
from mtlint.config import ConfigResolver
from mtlint.engine import lint_text, ruleset
from mtlint.files import discover
from mtlint.kinds import prefilter, prepare
from mtlint.registry import build_registry

TESTS = Path(__file__).parent
FIXTURES = TESTS / "fixtures"


def _texts() -> Iterator[str]:
    """Every rule's examples, then the paragraphs of the fixtures and rule data texts:
    short documents with and without defects, in plain text and Markdown."""
    for rule in build_registry():
        if getattr(rule, "needs_languagetool", False):
            continue
        yield from (ex.text for ex in rule.examples.fail)
        yield from rule.examples.passing
    for path in sorted([*FIXTURES.rglob("*.*"), *(TESTS / "rules" / "data").glob("*.*")]):
        paragraphs = re.split(r"\n\s*\n", path.read_text(encoding="utf-8"))
        for i in range(0, len(paragraphs), 2):
            yield "\n\n".join(paragraphs[i : i + 2])


def _lint_all(texts: list[str]) -> list[list[tuple[object, ...]]]:
    out = []
    for i, text in enumerate(texts):
        path = "doc.md" if i % 3 == 0 else "doc.txt"
        out.append([(f.code, f.line, f.column, f.message) for f in lint_text(text, path)])
    return out


@pytest.fixture
def restore_mode() -> Iterator[None]:
    yield
    prefilter.use_always(False)


def test_short_documents_find_the_same_with_the_prefilters(restore_mode: None) -> None:
    texts = [t for t in _texts() if len(t) < prefilter.SMALL_TEXT]
    assert len(texts) > 800
    prepare(ruleset(ConfigResolver().for_path(Path.cwd())).registry)
    plain = _lint_all(texts)
    prefilter.use_always()
    filtered = _lint_all(texts)
    assert filtered == plain
    assert sum(map(len, plain)) > 300  # the examples' defects are found in both modes


def test_a_run_of_many_files_scans_short_ones_then_stops(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for i in range(10):
        (tmp_path / f"{i}.txt").write_text(f"Short text {i} with a  double space.\n")
    scanned: list[int] = []
    real_scan = prefilter._scan

    def counting(doc):  # type: ignore[no-untyped-def]
        scanned.append(len(doc.text))
        return real_scan(doc)

    monkeypatch.setattr(prefilter, "_scan", counting)
    targets = list(discover([str(tmp_path)], ConfigResolver()))
    with open("/dev/null", "w") as sink:  # noqa: PTH123
        code = run_check(targets, RunOptions(output_format="concise"), sink, sink)
    assert code == 1 and scanned and max(scanned) < prefilter.SMALL_TEXT
    assert not prefilter.worth_it(_short_doc())  # the run's mode does not outlive it


def _short_doc():  # type: ignore[no-untyped-def]
    from mtlint.document import Document

    return Document("A short text.\n", "x.txt")
