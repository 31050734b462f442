from __future__ import annotations

from pathlib import Path

from mtlint.config import Config
from mtlint.engine import lint_text
from mtlint.model import Applicability
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


def test_a_reason_after_two_hyphens_is_not_a_selector() -> None:
    text = f"a{ZW}b [mtlint: disable-line SP003 -- quoted as published]\nc{ZW}d\n"
    assert codes(text, "a.txt") == [(2, "SP003")]
    text = f"<!-- mtlint: disable-next-line -- the site's own footer -->\na{ZW}b\nc{ZW}d\n"
    assert codes(text) == [(3, "SP003")]
    assert parse("<!-- mtlint: disable BS001, SP -- why: a quote -->\n")[1][0].selectors == (
        "BS001",
        "SP",
    )


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


# --- directives shown as code are text, not directives ---------------------------

GLUED = "A call scheduled for ThursdayThe official said  so.\n"  # BS001 and SP001
GLUED2 = "Talks were set for FridayThe minister said  so.\n"
GLUED3 = "A vote was planned for MondayThe speaker said  so.\n"


def test_directive_in_a_markdown_fence_or_inline_code_is_not_obeyed(cli, tmp_path: Path) -> None:
    for fence in ("```markdown", "~~~", "````"):
        close = fence.rstrip("markdown")
        doc = f"# Usage\n\n{fence}\n<!-- mtlint: disable-file -->\n{close}\n\n{GLUED}"
        (tmp_path / "doc.md").write_text(doc)
        r = cli("check", "doc.md", cwd=tmp_path)
        assert r.returncode == 1 and "BS001" in r.stdout and "SP001" in r.stdout, fence
    (tmp_path / "doc.md").write_text(f"Write `<!-- mtlint: disable-line BS001 -->`: {GLUED}")
    r = cli("check", "doc.md", cwd=tmp_path)
    assert "BS001" in r.stdout and "MTL002" not in r.stdout


def test_code_is_left_as_it_is_and_real_directives_still_work() -> None:
    shown = "~~~\n[mtlint: disable-file]\n~~~\n"
    assert parse(shown, "markdown") == (shown, [])
    assert len(parse(shown, "text")[1]) == 1  # a .txt file has no code blocks
    line = f"`<!-- mtlint: disable-line SP003 -->` a{ZW}b <!-- mtlint: disable-line SP003 -->\n"
    blanked, directives = parse(line, "markdown")
    assert [d.start for d in directives] == [line.rindex(" <!--")]
    assert blanked.startswith("`<!-- mtlint: disable-line SP003 -->`")
    assert codes(line) == []
    assert codes(f"```a```\n<!-- mtlint: disable-next-line SP003 -->\na{ZW}b\n") == []
    literal = f"Example::\n\n    .. mtlint: disable-file\n\na{ZW}b\n"
    assert codes(literal, "a.rst") == [(5, "SP003")]


# --- enable closes a block whatever the spelling, and only for what it names --------


def test_enable_spelled_differently_closes_the_block() -> None:
    cfg = Config(select=("BS001", "SP001"))
    for disable, enable in (("BS001", "bs001"), ("glued-sentences", "BS001"), ("BS", "BS001")):
        text = f"<!-- mtlint: disable {disable} -->\n\n{GLUED}\n"
        text += f"<!-- mtlint: enable {enable} -->\n\n{GLUED2}"
        found = [(f.line, f.code) for f in lint_text(text, "a.md", cfg)]
        assert found == [(3, "SP001"), (7, "BS001"), (7, "SP001")], (disable, enable)


def test_enable_of_one_rule_turns_only_that_one_back_on() -> None:
    cfg = Config(select=("BS001", "SP001"))
    for disable in ("", "BS001 SP001"):
        text = f"[mtlint: disable {disable}]\n\n{GLUED}\n[mtlint: enable SP001]\n\n{GLUED2}\n"
        text += f"[mtlint: enable]\n\n{GLUED3}"
        found = [(f.line, f.code) for f in lint_text(text, "a.txt", cfg)]
        assert found == [(7, "SP001"), (11, "BS001"), (11, "SP001")], disable


def test_unknown_rule_in_enable_is_reported() -> None:
    found = lint_text("[mtlint: enable ZZ999]\n", "a.txt", Config(select=("SP003", "MTL001")))
    assert [(f.line, f.code) for f in found] == [(1, "MTL001")]


# --- unused: judged over the rules that ran ----------------------------------------


def test_unused_selector_that_names_a_languagetool_rule_is_reported() -> None:
    for sel in ("spacing", "SP", "grammar"):
        text = f"[mtlint: disable-next-line {sel}]\nThe talks ended on Monday.\n"
        found = lint_text(text, "a.txt")  # LanguageTool's SP901, GR001 do not run
        assert [f.code for f in found] == ["MTL002"], sel
        fix = found[0].fix
        assert fix is not None and fix.applicability is Applicability.UNSAFE
    found = lint_text("[mtlint: disable-next-line SP001]\nThe talks ended.\n", "a.txt")
    assert found[0].fix is not None and found[0].fix.applicability is Applicability.SAFE


# --- a directive inside a line leaves no finding behind ----------------------------


def test_directive_inside_a_line_leaves_no_doubled_space(cli, tmp_path: Path) -> None:
    (tmp_path / "inl.md").write_text(
        "The talks <!-- mtlint: disable-line BS001 --> ended on Monday.\n"
        "The talks <!-- mtlint: disable-line BS001 --> ended  on Monday.\n"
    )
    r = cli("check", "--select", "SP001", "inl.md", cwd=tmp_path)
    assert r.returncode == 1 and r.stdout.count("SP001") == 1 and "inl.md:2:52:" in r.stdout
