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
