"""What a safe fix may do: users run --fix on whole content repositories, so a fix that
can damage correct text (a quoted speaker's emphasis, another language's typography) is
offered as unsafe or not at all. Cases from a probe of the fixes (helper 62)."""

from __future__ import annotations

import json
from pathlib import Path

from mtlint.config import Config
from mtlint.engine import lint_text
from mtlint.fix import apply_fixes


def fixed(text: str, select: str, unsafe: bool = False, path: str = "a.txt") -> str:
    findings = lint_text(text, path, Config(select=(select,)))
    return apply_fixes(text, findings, unsafe=unsafe)[0]


def test_doubled_function_words_are_fixed_safely_other_words_unsafely() -> None:
    text = 'He went to the the market. "It was very very good," she said. A win win deal.\n'
    assert fixed(text, "DU002") == (
        'He went to the market. "It was very very good," she said. A win win deal.\n'
    )
    assert fixed(text, "DU002", unsafe=True) == (
        'He went to the market. "It was very good," she said. A win deal.\n'
    )


def test_a_file_fix_will_not_rewrite_is_not_counted_as_fixable(cli, tmp_path: Path) -> None:
    """--fix refuses a file with undecodable bytes: no summary may offer to fix it, from
    a fresh lint or from the cache."""
    (tmp_path / "a.txt").write_bytes(b"Caf\xe9 owners met on FridayThe talks.  It ended .\n")
    for extra in (("--no-cache",), ("--cache-dir", "c"), ("--cache-dir", "c")):
        r = cli("check", *extra, "--format", "json", "a.txt", cwd=tmp_path)
        summary = json.loads(r.stdout)["summary"]
        assert summary["findings"] >= 2
        assert (summary["fixable"], summary["unsafe_fixable"]) == (0, 0), summary
        text = cli("check", *extra, "a.txt", cwd=tmp_path).stdout
        assert "with --fix" not in text, text


def test_deleting_furniture_leaves_no_run_of_blank_lines(cli, tmp_path: Path) -> None:
    """A deleted line takes the blank lines that separated it; the file keeps its line
    endings and whether it ends in a line break."""
    cases = {
        "a.txt": (
            "Talks resumed.\n\nBy Jane Doe\n\nThe vote is today.\n\nAdvertisement\n\n"
            "The end came.\n\nTags: Ukraine, Russia\n",
            "Talks resumed.\n\nThe vote is today.\n\nThe end came.\n",
        ),
        "b.txt": (
            "Advertisement\r\n\r\nThe vote is today.\r\n\r\nTags: Ukraine, Russia",
            "The vote is today.",
        ),
    }
    for name, (text, _) in cases.items():
        (tmp_path / name).write_bytes(text.encode())
    cli("check", "--no-cache", "--fix", "--unsafe-fixes", *cases, cwd=tmp_path)
    for name, (_, want) in cases.items():
        assert (tmp_path / name).read_bytes().decode() == want


def test_emphasis_and_french_typography_are_offered_not_fixed() -> None:
    text = (
        'The bakery posted: "SHE\'S HOME!! Thank you!" Il a dit\u00a0: «\u00a0Non\u00a0!\u00a0»\n'
    )
    assert fixed(text, "PU001") == text
    assert fixed(text, "PU002") == text
    assert "HOME! Thank" in fixed(text, "PU001", unsafe=True)
    assert "dit: «" in fixed(text, "PU002", unsafe=True)
