"""Very long texts are linted part by part (mtlint.parts): the same findings at the same
places as linting each part alone, directives and fixes across parts, one name index
for the whole file, and memory bounded by the part size rather than the file's."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_with_peak

from mtlint import parts
from mtlint.config import Config
from mtlint.document import Document
from mtlint.engine import lint_text, ruleset
from mtlint.files import Target
from mtlint.model import Finding
from mtlint.rules.name.joined import join_summaries
from mtlint.rules.name.stats import summarize
from mtlint.runner import FixOptions, lint_target
from mtlint.suppress import parse

FIXTURES = Path(__file__).parent / "fixtures"
SMALL = 3000  # the part size these tests use: a few paragraphs


def _units() -> list[str]:
    """Clean articles and every rule's failing examples: defects of every kind."""
    out = [p.read_text("utf-8") for p in sorted((FIXTURES / "clean").glob("*.txt"))]
    for rule in ruleset(Config()).registry:
        if not getattr(rule, "needs_languagetool", False):
            out += [ex.text for ex in rule.examples.fail]
    return out


def _long_text() -> str:
    return "\n\n".join(u.strip("\n") for u in _units()) + "\n"


@pytest.fixture
def small_parts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parts, "PART_CHARS", SMALL)


def test_cuts_fall_after_blank_lines_or_line_breaks() -> None:
    text = ("word " * 30 + "\n") * 40 + "\n" + ("more " * 30 + "\r\n") * 40 + "\r\n\r\nend\n"
    bounds = parts.starts(text, 1000)
    assert bounds[0] == 0 and len(bounds) > 3
    for cut in bounds[1:]:
        assert text[cut - 1] in "\n\r" and text[cut] != "\n"  # at a line start, never in \r\n
    assert parts.starts("x" * 5000, 1000) == [0]  # no line break: one part
    assert parts.starts("short\n\ntext", 1000) == [0]
    # a blank line near the target is preferred to the first line break
    text = "a" * 999 + "\n" + "b" * 50 + "\n\n" + "c" * 2000
    assert parts.starts(text, 1000)[1] == 999 + 1 + 50 + 2


def test_each_part_is_linted_as_its_own_document(small_parts: None) -> None:
    text = _long_text()
    bounds = parts.starts(text)
    assert len(bounds) > 20
    got = lint_text(text, "long.txt")
    assert len(got) > 100
    expected: list[Finding] = []
    for i, start in enumerate(bounds):
        end = bounds[i + 1] if i + 1 < len(bounds) else len(text)
        lines = len(Document(text[:start]).lines) - 1
        expected += [parts.shifted(f, start, lines) for f in lint_text(text[start:end], "long.txt")]

    def key(f: Finding) -> tuple[object, ...]:  # messages may name other lines: see below
        return (f.code, f.span, f.line, f.column, f.end_line, f.end_column, f.fix, f.source_line)

    corpus_codes = {"NM001"}  # reads one index of the whole file: tested below
    assert sorted(map(key, (f for f in got if f.code not in corpus_codes))) == sorted(
        map(key, (f for f in expected if f.code not in corpus_codes))
    )
    blanked = parse(text)[0].split("\n")  # source lines show directives blanked
    for f in got:  # every position is right in the whole text
        assert blanked[f.line - 1] == f.source_line
        assert Document(text).position(f.span.start) == (f.line, f.column)


def test_messages_name_lines_of_the_whole_file(small_parts: None) -> None:
    para = "The minister said the talks in Geneva would resume next month, officials said."
    filler = "\n\n".join(
        f"Paragraph {i} has its own words about harbour number {i}." for i in range(60)
    )
    text = f"{filler}\n\n{para}\n{para}\n"
    assert len(parts.starts(text)) > 1
    repeat = [f for f in lint_text(text) if f.code == "DU001"]
    assert len(repeat) == 1 and f"repeats line {repeat[0].line - 1}:" in repeat[0].message


def test_directives_and_fixes_work_across_parts(small_parts: None, tmp_path: Path) -> None:
    filler = "\n\n".join(
        f"Paragraph {i} tells of the harbour and its {i} boats." for i in range(80)
    )
    bad = "The mayor spoke\u200b at length."
    text = (
        f"<!-- mtlint: disable SP003 -->\n{bad}\n\n{filler}\n\n{bad}\n<!-- mtlint: enable -->\n\n"
        f"{filler}\n\n{bad}\n\n{filler}\n\n<!-- mtlint: disable-next-line BP001 -->\nNothing.\n"
    )
    assert len(parts.starts(text)) > 3
    found = lint_text(text, "doc.md")
    invisible = [f for f in found if f.code == "SP003"]
    assert [f.line for f in invisible] == [text[: text.rindex(bad)].count("\n") + 1]
    unused = [f for f in found if f.code == "MTL002"]
    assert len(unused) == 1 and unused[0].line == text.count("\n") - 1
    # --fix writes the same file as with the text linted whole
    path = tmp_path / "doc.md"
    path.write_text(text, encoding="utf-8")
    result, fixed = lint_target(Target(path, "doc.md", Config()), FixOptions(True))
    assert fixed is not None and result.fixed > 0 and path.read_text("utf-8") == fixed
    assert fixed.count("\u200b") == 2  # only the two suppressed ones are left
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(parts, "PART_CHARS", 10**9)
        whole = lint_target(Target(None, "doc.md", Config(), data=text.encode()), FixOptions(True))
    assert whole[1] == fixed


def _names_text() -> str:
    return "\n\n".join(p.read_text("utf-8") for p in sorted((FIXTURES / "names_clean").glob("*")))


def test_joined_name_summary_is_the_whole_texts() -> None:
    text = _names_text() * 3
    bounds = parts.starts(text, 2000)
    assert len(bounds) > 10
    pieces = [
        (s, summarize(Document(text[s : (bounds[i + 1] if i + 1 < len(bounds) else len(text))])))
        for i, s in enumerate(bounds)
    ]
    assert join_summaries(pieces) == summarize(Document(text))


def test_a_name_variant_in_a_later_part_is_found(small_parts: None) -> None:
    filler = "\n\n".join(
        f"Paragraph {i} tells of the harbour and its {i} boats." for i in range(80)
    )
    first = "President Volodymyr Zelensky spoke. Zelensky said Zelensky's plan would hold."
    text = f"{first}\n\n{filler}\n\nLater, Zelenski thanked the allies.\n"
    assert len(parts.starts(text)) > 1
    found = [f for f in lint_text(text) if f.code == "NM001"]
    assert len(found) == 1 and "Zelenski" in found[0].message and " file" not in found[0].message


@pytest.mark.skipif(not Path("/proc/self/status").is_file(), reason="needs Linux's /proc")
def test_a_long_file_is_linted_in_bounded_memory(tmp_path: Path) -> None:
    """24 MB of prose: the whole text as one document took about 780 MB here; in parts
    it takes the text, its bytes and one part's tables."""
    sentences = [
        "The delegation met on day {i} to discuss the agreement, officials said.",
        "Talks about item {i} will resume in Geneva next month, a spokesman added.",
    ]
    path = tmp_path / "big.txt"
    with path.open("w", encoding="utf-8") as fh:
        i = 0
        while fh.tell() < 24_000_000:
            fh.write(" ".join(s.format(i=i) for s in sentences) + "\n\n")
            i += 1
    proc, peak_mib = run_with_peak("check", "--no-cache", "-j", "1", "--format", "json", str(path))
    assert proc.returncode in (0, 1), proc.stderr[-2000:]
    assert json.loads(proc.stdout)["summary"]["files"] == 1
    print(f"peak {peak_mib:.0f} MiB")
    assert peak_mib < 250, peak_mib


def test_languagetool_hits_land_in_their_part(small_parts: None) -> None:
    """External hits (LanguageTool's, on the whole text) are placed in the part where
    they start, at the same line and column as on a text linted whole."""
    from mtlint.engine import lint_document
    from mtlint.model import Edit, Fix, Hit, Span

    rs = ruleset(Config())
    lt = next(r for r, _ in rs.rules if getattr(r, "needs_languagetool", False))
    filler = "\n\n".join(
        f"Paragraph {i} tells of the harbour and its {i} boats." for i in range(80)
    )
    text = f"{filler}\n\nThey was late.\n\n{filler}\n"
    at = text.index("was late")
    hit = Hit(Span(at, at + 3), "agreement", Fix("were", (Edit(Span(at, at + 3), "were"),)))
    assert len(parts.starts(text)) > 2
    got = lint_document(text, "doc.txt", list(rs.rules), rs.registry, (), [(lt.code, hit)])
    mine = [f for f in got if f.code == lt.code]
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(parts, "PART_CHARS", 10**9)
        whole = lint_document(text, "doc.txt", list(rs.rules), rs.registry, (), [(lt.code, hit)])
    assert mine == [f for f in whole if f.code == lt.code] and len(mine) == 1
    assert mine[0].span == hit.span and mine[0].fix == hit.fix
