"""Duplicate (DU), truncated (TR) and name (NM) rules: seeds, edge cases and clean prose."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mtlint.engine import lint_text
from mtlint.fix import apply_fixes
from mtlint.model import Applicability, Finding, Severity

PREFIXES = ("DU", "TR", "NM")
CATEGORIES = {"duplicate", "truncated", "name"}
SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
GOLD = SHARED / "corpus" / "seeds.gold.jsonl"


def ours(text: str, path: str = "doc.txt") -> list[Finding]:
    return [f for f in lint_text(text, path) if f.code.startswith(PREFIXES)]


def where(text: str, path: str = "doc.txt") -> list[tuple[str, int]]:
    return [(f.code, f.line) for f in ours(text, path)]


# --------------------------------------------------------------------------- seeds
needs_seeds = pytest.mark.skipif(not GOLD.is_file(), reason="shared corpus not available")


def _seed_findings() -> tuple[list[dict[str, object]], dict[str, list[Finding]]]:
    gold = [json.loads(x) for x in GOLD.read_text(encoding="utf-8").splitlines() if x.strip()]
    found = {}
    for path in sorted(SEEDS.glob("*.txt")):
        rel = f"seeds/{path.name}"
        found[rel] = ours(path.read_text(encoding="utf-8"), rel)
    return gold, found


@needs_seeds
def test_seed_duplicate_and_truncated_lines_are_all_flagged() -> None:
    gold, found = _seed_findings()
    wanted = {(g["file"], g["line"]) for g in gold if g["category"] in {"duplicate", "truncated"}}
    flagged = {(rel, f.line) for rel, fs in found.items() for f in fs}
    assert wanted and wanted <= flagged, sorted(wanted - flagged)


@needs_seeds
def test_seed_name_variants_within_one_file_are_flagged() -> None:
    gold, found = _seed_findings()
    for g in gold:
        if g["category"] != "name":
            continue
        text = (SHARED / "corpus" / str(g["file"])).read_text(encoding="utf-8")
        if str(g["text"]) in {"Zelenski", "Blinkin"}:  # the file also holds the right spelling
            assert "Zelensky" in text or "Blinken" in text
            lines = {f.line for f in found[str(g["file"])] if f.code.startswith("NM")}
            assert g["line"] in lines, g


@needs_seeds
def test_no_unannotated_seed_line_is_flagged() -> None:
    gold, found = _seed_findings()
    annotated = {(g["file"], g["line"]) for g in gold}
    stray = [
        (rel, f.line, f.code, f.message)
        for rel, fs in found.items()
        for f in fs
        if (rel, f.line) not in annotated
    ]
    assert stray == []


# --------------------------------------------------------------------------- DU001
def test_repeated_line_crlf_and_fix() -> None:
    text = (
        "The minister visited troops near the front line on Monday.\r\n"
        "The minister visited troops near the front line on Monday.\r\nEnd.\r\n"
    )
    fs = ours(text)
    assert [(f.code, f.line) for f in fs] == [("DU001", 2)]
    assert "line 1" in fs[0].message
    fixed, _ = apply_fixes(text, fs, unsafe=True)
    assert fixed == "The minister visited troops near the front line on Monday.\r\nEnd.\r\n"


def test_repeated_paragraph_is_one_finding() -> None:
    para = "The talks resumed in Geneva on Monday,\nofficials from both sides said late at night.\n"
    text = para + "\nSomething else happened in between.\n\n" + para
    assert where(text) == [("DU001", 6)]


def test_repeated_headline_far_apart_is_quiet_but_adjacent_is_not() -> None:
    head = "Talks on rail strike stall as deadline nears"
    far = f"{head}\n\nUnions said on Monday that talks had stalled.\n\n{head}\n\nMore text here.\n"
    assert where(far) == []
    assert where(f"{head}\n{head}\n") == [("DU001", 2)]


def test_repeated_code_and_table_rows_are_quiet() -> None:
    code = "print('the same line of code here')\n"
    md = f"```python\n{code}{code}```\n"
    assert where(md, "doc.md") == []
    table = "| City | Team | Points scored this year |\n| City | Team | Points scored this year |\n"
    assert where(table) == []


# --------------------------------------------------------------------------- DU002
@pytest.mark.parametrize(
    "text",
    [
        "He had had enough of the delays.",
        "She said that that was the plan.",
        "What it is is a question of trust.",
        "They flew from Walla Walla to Bora Bora, then played Duran Duran records.",
        "Sirhan Sirhan was convicted in 1969.",
        "Bye bye, said the child; no no, ha ha.",
        "We do do our best, and I gave her her coat.",
        "The score was 10 10 at half-time.",
        "The debate ended.\n\nThe vote followed.",
    ],
)
def test_doubled_word_quiet(text: str) -> None:
    assert where(text) == []


def test_doubled_word_across_line_break_keeps_the_break() -> None:
    text = "The ministry agreed to\nto resume the talks on Monday.\n"
    fs = ours(text)
    assert [(f.code, f.line) for f in fs] == [("DU002", 1)]
    assert fs[0].fix is not None and fs[0].fix.applicability is Applicability.SAFE
    assert apply_fixes(text, fs)[0] == "The ministry agreed to\nresume the talks on Monday.\n"


def test_doubled_word_preserves_capital() -> None:
    text = "The the talks failed."
    assert apply_fixes(text, ours(text))[0] == "The talks failed."


# --------------------------------------------------------------------------- DU003
def test_near_duplicate_with_doubled_word() -> None:
    a = "The Health Minister acknowledged that mistakes had been made but rejected calls to resign."
    b = a.replace("made but", "made but but")
    assert ("DU003", 2) in where(f"{a}\n{b}\n")


# --------------------------------------------------------------------------- TR001/TR002
def test_truncated_line_before_its_full_version() -> None:
    text = (
        "In a phone call on Thursday, the president will tell them that they\n"
        "In a phone call on Thursday, the President will tell them that they are ready.\n"
    )
    fs = ours(text)
    assert [(f.code, f.line) for f in fs] == [("TR001", 1)]
    assert "line 2" in fs[0].message
    fixed, _ = apply_fixes(text, fs, unsafe=True)
    assert fixed == text.splitlines(keepends=True)[1]


def test_headline_repeated_by_the_lede_is_not_truncated() -> None:
    text = (
        "Biden will call Putin on Thursday\n\n"
        "Biden will call Putin on Thursday about the troops near the border.\n"
    )
    assert where(text) == []


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("The ministry said the talks with Moscow would resume after the", 1),
        ("A first paragraph.\n\nOfficials said that the troops and their\n", 3),
        (
            "Officials said the talks, which began in Geneva last week, would continue with\n\n"
            "Next.\n",
            1,
        ),
    ],
)
def test_unfinished_paragraph(text: str, line: int) -> None:
    assert where(text) == [("TR002", line)]


@pytest.mark.parametrize(
    "text",
    [
        "They will resume the dialogue\n\nCommunication between the two leaders\n",
        "What the new sanctions package is really about\n",
        "The minister said the decision would be made by the\n\ngovernment next week.\n",
        "Here is what they said:\n\n- the first thing\n",
        "WASHINGTON (AP) —\n\nThe talks resumed.\n",
        "Dear members of the committee and friends,\n\nWelcome.\n",
    ],
)
def test_unfinished_paragraph_quiet(text: str) -> None:
    assert where(text) == []


# --------------------------------------------------------------------------- NM001
def test_name_tie_is_info_and_display_only() -> None:
    text = (
        "As indicated in a statement, Blinken expressed to Zelenski the US support.\n\n"
        "Antony Blinken spoke with President Volodymyr Zelensky.\n"
    )
    fs = ours(text)
    assert [(f.code, f.line) for f in fs] == [("NM001", 1)]
    f = fs[0]
    assert f.severity is Severity.INFO
    assert f.fix is not None and f.fix.applicability is Applicability.DISPLAY_ONLY
    assert f.message.startswith("'Zelenski' (1 mention) is a variant of 'Zelensky' (1 mention)")


def test_name_known_spelling_beats_a_misspelling_that_is_as_frequent() -> None:
    text = (
        "Anthony Blinken spoke on Wednesday. Blinkin expressed support.\n\n"
        "Later, Blinkin reiterated it. He added.Blinken said so on NBC.\n"
    )
    fs = ours(text)
    assert {f.line for f in fs} == {1, 3}
    assert all(f.message.startswith("'Blinkin'") for f in fs)
    assert all("known to the lexicon" in f.message for f in fs)


def test_name_shared_first_name_admits_common_words() -> None:
    text = (
        "The spokeswoman, Emily Horne, announced the call. Emily Horne said talks "
        "would continue, and Emily Horn added that allies agreed.\n"
    )
    fs = ours(text)
    assert [f.code for f in fs] == ["NM001"]
    assert apply_fixes(text, fs, unsafe=True)[0].count("Emily Horne") == 3


def test_name_majority_fix_is_unsafe_warning() -> None:
    text = "Luhansk was shelled. Officials in Luhansk said Lugansk had no power; Luhansk waits.\n"
    fs = ours(text)
    assert [f.line for f in fs] == [1]
    assert fs[0].severity is Severity.WARNING
    assert fs[0].fix is not None and fs[0].fix.applicability is Applicability.UNSAFE


@pytest.mark.parametrize(
    "text",
    [
        "Iran and Iraq met. Iran said Iraq would pay; Iraq agreed with Iran.",
        "Austria beat Australia, and Jordan beat Gordon's team.",
        "Russia and Russian troops; Ukraine and Ukrainian towns; Biden and Biden's plan.",
        "Dmitry Peskov spoke, and Elizaveta Peskova replied.",
        "Volodymyr Zelensky and Olena Zelenska visited; Zelensky spoke first.",
        "The CPython interpreter runs Python code; Python is popular.",
        "Paul Smith and Pauls Valley; Paul left.",
    ],
)
def test_name_distinct_words_are_quiet(text: str) -> None:
    assert where(text) == []


# --------------------------------------------------------------------------- clean prose
CLEAN = (Path(__file__).parent / "data/clean_names.md").read_text(encoding="utf-8")


def test_clean_prose_with_many_names_is_silent() -> None:
    assert len(CLEAN.splitlines()) >= 80
    assert [(f.line, f.code, f.message) for f in ours(CLEAN, "clean.md")] == []
    assert [(f.line, f.code, f.message) for f in ours(CLEAN, "clean.txt")] == []
