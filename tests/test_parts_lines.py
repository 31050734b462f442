"""Texts of many short lines (subtitles, word lists) are cut by lines as well as by size:
each line costs a few hundred bytes while linted, more than its characters."""

from __future__ import annotations

import itertools
import json
import random
from pathlib import Path

import pytest
from conftest import run_with_peak

from mtlint import parts
from mtlint.document import Document
from mtlint.engine import lint_text
from mtlint.model import Finding

CUES = [
    "Where were you last night?",
    "I stayed at the station,",
    "because the trains were late.",
    "Nobody told us anything.",
    "The minister will speak tomorrow.",
    "- Are you sure?\n- I am.",
]


def _subtitles(cues: int, seed: int = 7) -> str:
    rnd = random.Random(seed)
    return "".join(f"{rnd.choice(CUES)}\n{rnd.choice(CUES)}\n\n" for _ in range(cues))


def test_a_text_of_many_lines_is_cut_by_lines_after_blank_lines() -> None:
    text = _subtitles(300)
    bounds = parts.starts(text, size=10**9, lines=100)
    assert len(bounds) > 5
    for begin, end in itertools.pairwise(bounds):
        assert text[end - 2 : end] == "\n\n"  # after a blank line: no cue cut in two
        assert 100 <= text.count("\n", begin, end) <= 100 + 25 + 3
    assert parts.starts(text, size=10**9, lines=10**6) == [0]  # few lines: one part


def test_is_long_counts_line_feeds(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parts, "PART_LINES", 50)
    assert parts.is_long("a\n" * 51) and not parts.is_long("a\n" * 50)
    assert not parts.is_long("a\r" * 500)  # lone \r lines: cut by size only
    monkeypatch.setattr(parts, "PART_LINES", 1 << 16)
    assert not parts.is_long(_subtitles(300))


def test_each_part_of_lines_is_linted_as_its_own_document(monkeypatch: pytest.MonkeyPatch) -> None:
    text = _subtitles(400) + "Talks ended.The minister left , he said.\n\n" + _subtitles(400, 8)
    monkeypatch.setattr(parts, "PART_LINES", 120)
    bounds = parts.starts(text)
    assert len(bounds) > 10
    got = lint_text(text, "cues.txt")
    assert {f.code for f in got} >= {"BS002", "PU002"}
    expected: list[Finding] = []
    for i, start in enumerate(bounds):
        end = bounds[i + 1] if i + 1 < len(bounds) else len(text)
        lines = len(Document(text[:start]).lines) - 1
        expected += [parts.shifted(f, start, lines) for f in lint_text(text[start:end], "cues.txt")]

    def key(f: Finding) -> tuple[object, ...]:
        return (f.code, f.span, f.line, f.column, f.end_line, f.fix, f.source_line)

    assert sorted(map(key, got)) == sorted(map(key, expected))
    doc = Document(text)
    assert all(doc.position(f.span.start) == (f.line, f.column) for f in got)


@pytest.mark.skipif(not Path("/proc/self/status").is_file(), reason="needs Linux's /proc")
def test_a_file_of_many_short_lines_is_linted_in_bounded_memory(tmp_path: Path) -> None:
    """300,000 lines of one word (2 MB, no blank line): linted whole this took about
    180 MB here, in parts of 65,536 lines about 110 MB."""
    rnd = random.Random(3)
    words = ["the", "council", "said", "Monday", "budget", "vote", "talks", "Kyiv"]
    path = tmp_path / "words.txt"
    path.write_text("\n".join(rnd.choice(words) for _ in range(300_000)) + "\n")
    proc, peak_mib = run_with_peak("check", "--no-cache", "-j", "1", "--format", "json", str(path))
    assert proc.returncode in (0, 1), proc.stderr[-2000:]
    assert json.loads(proc.stdout)["summary"]["files"] == 1
    print(f"peak {peak_mib:.0f} MiB")
    assert peak_mib < 140, peak_mib
