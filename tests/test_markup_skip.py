"""Markup that is not prose is skipped: Markdown front matter, reST code directives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mtlint.frontmatter import blank_front_matter

YAML = "---\ntitle: Hello  world\ndate: 2021-01-01\ntags: [news, world]\n---\n"
TOML = '+++\ntitle = "Hello  world"\ndate = 2021-01-01\ntags = ["news", "world"]\n+++\n'
PROSE = "\nThe  minister said the talks went well.\n"


def _found(cli, path: Path) -> list[tuple[str, int, int]]:
    r = cli("check", "--format", "json", path.name, cwd=path.parent)
    assert r.returncode in (0, 1), r.stderr
    return [(f["code"], f["line"], f["column"]) for f in json.loads(r.stdout)["findings"]]


@pytest.mark.parametrize("head", [YAML, TOML, YAML[:-4] + "...\n"])
@pytest.mark.parametrize("suffix", [".md", ".markdown", ".mdx"])
def test_front_matter_is_not_linted(cli, tmp_path: Path, head: str, suffix: str) -> None:
    page = tmp_path / f"post{suffix}"
    page.write_text(head + PROSE, encoding="utf-8")
    # only the prose's doubled space, on the line and column it has in the file
    assert _found(cli, page) == [("SP001", 7, 4)]


def test_front_matter_only_at_the_start_of_markdown(cli, tmp_path: Path) -> None:
    # in a plain text file, the same lines are text
    page = tmp_path / "post.txt"
    page.write_text(YAML + PROSE, encoding="utf-8")
    assert {code for code, _, _ in _found(cli, page)} >= {"SP001", "BP016", "BP005"}
    # a thematic break and a paragraph are not front matter
    text = "---\nThe  talks went well.\n---\n"
    assert blank_front_matter(text, "a.md") == text
    # nor a block that never closes, nor one that does not start the file
    assert blank_front_matter(YAML[:-4], "a.md") == YAML[:-4]
    assert blank_front_matter("\n" + YAML, "a.md") == "\n" + YAML


def test_front_matter_keeps_offsets_and_line_breaks() -> None:
    text = YAML.replace("\n", "\r\n") + "Prose.\r\n"
    blanked = blank_front_matter(text, "a.md")
    assert len(blanked) == len(text) and blanked.endswith("\r\nProse.\r\n")
    assert blanked.replace(" ", "") == "\r\n" * 5 + "Prose.\r\n"


RST = (
    "Some prose here.\n\n"
    ".. {directive}:: python\n"
    "   :linenos:\n\n"
    "   y  =  2\n"
    "   x  =  3\n\n"
    "Back  to prose.\n"
)


@pytest.mark.parametrize("directive", ["code-block", "code", "sourcecode", "literalinclude"])
def test_rst_code_directive_bodies_are_not_linted(cli, tmp_path: Path, directive: str) -> None:
    page = tmp_path / "doc.rst"
    page.write_text(RST.format(directive=directive), encoding="utf-8")
    assert _found(cli, page) == [("SP001", 9, 5)]


def test_rst_literal_block_ends_with_its_indentation(cli, tmp_path: Path) -> None:
    # a list item's literal block ends where the item's own text comes back
    page = tmp_path / "doc.rst"
    page.write_text("- An example::\n\n      a  =  1\n\n  The  item goes on.\n", encoding="utf-8")
    assert _found(cli, page) == [("SP001", 5, 6)]
