from __future__ import annotations

from mtlint.config import Config
from mtlint.engine import lint_text
from mtlint.suppress import parse

ZW = "\u200b"


def codes(text: str, path: str = "a.md") -> list[tuple[int, str]]:
    return [(f.line, f.code) for f in lint_text(text, path, Config(select=("SP003", "BP003")))]


def test_block_disable_and_enable() -> None:
    text = (
        f"a{ZW}b\n<!-- mtlint: disable SP003 -->\nc{ZW}d\n<!-- mtlint: enable SP003 -->\ne{ZW}f\n"
    )
    assert codes(text) == [(1, "SP003"), (5, "SP003")]


def test_disable_next_line_by_name_and_category() -> None:
    text = f"<!-- mtlint: disable-next-line invisible-character -->\na{ZW}b\nc{ZW}d\n"
    assert codes(text) == [(3, "SP003")]
    text = f"<!-- mtlint: disable-next-line spacing -->\na{ZW}b\n"
    assert codes(text) == []


def test_trailing_disable_line() -> None:
    text = f"a{ZW}b <!-- mtlint: disable-line SP003 -->\nc{ZW}d\n"
    assert codes(text) == [(2, "SP003")]


def test_plain_text_form_and_disable_file() -> None:
    text = f"[mtlint: disable-next-line SP003]\na{ZW}b\nLeave a Reply\n"
    assert codes(text, "a.txt") == [(3, "BP003")]
    text = f"[mtlint: disable-file]\na{ZW}b\nLeave a Reply\n"
    assert codes(text, "a.txt") == []


def test_directive_line_is_blanked_with_offsets_kept() -> None:
    text = "<!-- mtlint: disable -->\nLeave a Reply\n"
    blanked, directives = parse(text)
    assert len(blanked) == len(text)
    assert blanked.splitlines()[0].strip() == ""
    assert directives[0].selectors == ()


def test_unknown_code_in_directive_is_reported() -> None:
    found = lint_text(
        "<!-- mtlint: disable-next-line ZZ999 -->\ntext\n",
        "a.md",
        Config(select=("SP003", "MTL001")),
    )
    assert [(f.line, f.code) for f in found] == [(1, "MTL001")]
    assert "ZZ999" in found[0].message


def test_unused_suppression_reported_and_removable() -> None:
    from mtlint.fix import apply_fixes

    cfg = Config(select=("SP003", "MTL002"))
    directive = "<!-- mtlint: disable-next-line SP003 -->\n"
    text = f"{directive}clean\n{directive}a{ZW}b\n"
    found = lint_text(text, "a.md", cfg)
    assert [(f.line, f.code) for f in found] == [(1, "MTL002")]
    fixed, n = apply_fixes(text, found)
    assert n == 1 and fixed == f"clean\n<!-- mtlint: disable-next-line SP003 -->\na{ZW}b\n"


def test_directive_for_rules_not_run_is_not_judged() -> None:
    found = lint_text(
        "<!-- mtlint: disable-next-line BP003 -->\nclean\n",
        "a.md",
        Config(select=("SP003", "MTL002")),
    )
    assert found == []
