"""Punctuation (PU), spacing (SP) and encoding (EN) rules: seeds, edge cases, clean prose."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mtlint.document import Document
from mtlint.engine import lint_document
from mtlint.fix import apply_fixes
from mtlint.model import Applicability, Finding
from mtlint.registry import build_registry

PREFIXES = ("PU", "SP", "EN")
CATEGORIES = {"punctuation", "spacing", "encoding"}
SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
GOLD = SHARED / "corpus" / "seeds.gold.jsonl"
REGISTRY = build_registry()
RULES = [(r, r.meta.severity) for r in REGISTRY if r.code.startswith(PREFIXES)]


def ours(text: str, path: str = "doc.txt", bad: tuple[int, ...] = ()) -> list[Finding]:
    return lint_document(text, path, RULES, REGISTRY, bad)


def where(text: str, path: str = "doc.txt") -> list[tuple[str, int, int]]:
    return [(f.code, f.line, f.column) for f in ours(text, path)]


def fixed(text: str, *, unsafe: bool = False) -> str:
    return apply_fixes(text, ours(text), unsafe=unsafe)[0]


# --------------------------------------------------------------------------- seeds
needs_seeds = pytest.mark.skipif(not GOLD.is_file(), reason="shared corpus not available")


@needs_seeds
def test_seed_lines_flagged_exactly() -> None:
    gold = [json.loads(x) for x in GOLD.read_text(encoding="utf-8").splitlines() if x.strip()]
    annotated = {(g["file"], g["line"]) for g in gold}
    wanted = {(g["file"], g["line"]) for g in gold if g["category"] in CATEGORIES}
    flagged = set()
    for path in sorted(SEEDS.glob("*.txt")):
        doc = Document.from_bytes(path.read_bytes(), str(path))
        rel = f"seeds/{path.name}"
        flagged |= {(rel, f.line) for f in ours(doc.text, rel, doc.bad_offsets)}
    assert wanted <= flagged, sorted(wanted - flagged)
    assert flagged <= annotated, sorted(flagged - annotated)


# --------------------------------------------------------------------------- punctuation
@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("Without them..they participate.", [("PU001", 1, 13)]),
        ("A possible attack. .", [("PU002", 1, 19)]),
        ("Photo: Peter Klaunzer – Pool / . / .", [("PU002", 1, 29)]),
        ("“Ready for Ukraine.“.", [("PU001", 1, 19), ("PU005", 1, 20)]),
        ("A possible occupation., in case.", [("PU001", 1, 22)]),
        ("“Ready in the coming weeks ”, he said.", [("PU003", 1, 27)]),
        ("“Ready to discuss them. “, It indicated.", [("PU005", 1, 25)]),
        ("“Who owned it? ”He asked. “Nobody, ”he said.", [("PU003", 1, 15), ("PU003", 1, 35)]),
        ("“Everyone knows it,”he said.", [("PU004", 1, 20)]),
        ("The spokesman said ”We are ready.”", [("PU005", 1, 20)]),
        ("The president “will make it clear to Putin.", [("PU006", 1, 15)]),
        ("It is tearing France apart. ‘Has been there for years.", [("PU007", 1, 29)]),
        ('He said "we are ready and left.', [("PU008", 1, 9)]),
        ("Why did they leave ? Nobody knows .", [("PU002", 1, 19), ("PU002", 1, 34)]),
        ("He said so,, and left,.", [("PU001", 1, 11), ("PU001", 1, 22)]),
        ("He said ““no”” twice.", [("PU001", 1, 9), ("PU001", 1, 13)]),
        ("Kyiv ( AFP ) - The talks : none.", [("PU002", 1, 6), ("PU002", 1, 11), ("PU002", 1, 25)]),
        ("The official said “ we are ready” today.", [("PU009", 1, 19)]),
        ("The minister (who resigned on Friday said nothing.", [("PU010", 1, 14)]),
        ("“We are ready“ he said.", [("PU005", 1, 14)]),
        ("Ukraine’ s president said we don ’t know.", [("PU011", 1, 8), ("PU011", 1, 33)]),
        ("The official said on Friday) that talks resume.", [("PU010", 1, 28)]),
    ],
)
def test_punctuation_defects(text: str, expect: list[tuple[str, int, int]]) -> None:
    assert where(text) == expect


def test_punctuation_fixes() -> None:
    assert fixed("A possible occupation., in case.") == "A possible occupation, in case."
    assert fixed("“Ready for Ukraine.“.") == "“Ready for Ukraine.”"
    assert fixed("“Who owned it? ”He asked.") == "“Who owned it?” He asked."
    assert fixed("“Ready in the weeks ”, he said.") == "“Ready in the weeks”, he said."
    assert fixed("The talks , he said , ended .") == "The talks, he said, ended."
    assert fixed("Without them..they participate.") == "Without them..they participate."
    found = ours("It is tearing France apart. ‘Has been there.")
    assert found[0].fix is not None and found[0].fix.applicability is Applicability.UNSAFE


def test_multi_paragraph_quotation_is_correct() -> None:
    text = "“The first paragraph stays open.\n\n“The second one closes it,” he said."
    assert where(text) == []
    assert where("‘Open here.\n\n‘Closed here.’") == []
    assert where('"Open here.\n\n"Closed here."') == []


# --------------------------------------------------------------------------- spacing
@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("See also\u00a0 How the robot works", [("SP002", 1, 9)]),
        ("Biden  will call Putin.", [("SP001", 1, 6)]),
        ("The call ended.   Then it began.", [("SP001", 1, 16)]),
        ("Russia,Ukraine and Belarus.", [("SP004", 1, 7)]),
        ("Talks failed;the envoy left.", [("SP004", 1, 13)]),
        ("The president said\tthat talks would resume soon.", [("SP005", 1, 19)]),
    ],
)
def test_spacing_defects(text: str, expect: list[tuple[str, int, int]]) -> None:
    assert where(text) == expect


def test_spacing_fixes() -> None:
    assert fixed("See also\u00a0 How it works") == "See also How it works"
    assert fixed("Biden  and   Putin,Macron met.") == "Biden and Putin, Macron met."


# --------------------------------------------------------------------------- encoding
@pytest.mark.parametrize(
    ("text", "expect", "repaired"),
    [
        ("CafÃ© au lait", [("EN001", 1, 4)], "Café au lait"),
        ("He said itâ€™s over.", [("EN001", 1, 11)], "He said it’s over."),
        ("Ã¼ber alles", [("EN001", 1, 1)], "über alles"),
        (
            "â€œYesâ€\x9d, ÐŸÑƒÑ‚Ð¸Ð½ said.",
            [("EN001", 1, 1), ("EN001", 1, 7), ("EN001", 1, 12)],
            "“Yes”, Путин said.",
        ),
        (
            "It&#8217;s &quot;odd&quot; &amp; more",
            [("EN005", 1, 3), ("EN005", 1, 12), ("EN005", 1, 21), ("EN005", 1, 28)],
            'It’s "odd" & more',
        ),
    ],
)
def test_encoding_defects(text: str, expect: list[tuple[str, int, int]], repaired: str) -> None:
    assert where(text) == expect
    assert fixed(text) == repaired


def test_escapes_and_lost_apostrophes() -> None:
    assert where("Biden said it\\u2019s time.") == [("EN007", 1, 14)]
    assert fixed("Biden said it\\u2019s time.") == "Biden said it’s time."
    assert where("The talks ended.\\nThe envoy left.") == [("EN007", 1, 17)]
    assert where("Biden?s plan: we don?t know.") == [("EN008", 1, 6), ("EN008", 1, 21)]
    assert fixed("Biden?s plan.", unsafe=True) == "Biden’s plan."
    assert where("What? So? See index.php?s=2 and C:\\new\\temp.") == []


def test_invalid_utf8_reported_once() -> None:
    doc = Document.from_bytes("Caf\u00e9 ".encode("cp1252") + b"and na\xefve \xef\xbf\xbd", "x.txt")
    found = [(f.code, f.column) for f in ours(doc.text, "x.txt", doc.bad_offsets)]
    assert found == [("EN003", 4), ("EN003", 12), ("EN002", 16)]


@pytest.mark.parametrize(
    ("codec", "bom", "bad", "unit"),
    [
        ("utf-16-le", b"\xff\xfe", b"\x00\xd8", "UTF-16 unit"),  # a lone high surrogate
        ("utf-32-be", b"\x00\x00\xfe\xff", b"\x00\x11\x00\x00", "UTF-32 unit"),
    ],
)
def test_invalid_units_are_named_by_the_files_encoding(
    cli, tmp_path: Path, codec: str, bom: bytes, bad: bytes, unit: str
) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes(bom + "Caf".encode(codec) + bad + " au lait.\n".encode(codec))
    r = cli("check", "--no-cache", "--format", "json", "wide.txt", cwd=tmp_path)
    found = [(f["code"], f["column"], f["message"]) for f in json.loads(r.stdout)["findings"]]
    assert found == [("EN003", 4, f"an invalid {unit} in 'Caf\ufffd au lait.'")]
    utf8 = [f.message for f in ours("Caf\udce9 au lait.") if f.code == "EN003"]
    assert len(utf8) == 1 and utf8[0].startswith("an invalid UTF-8 byte in ")  # text: UTF-8


def test_controls_tags_and_markdown() -> None:
    assert where("Biden\x07 said \x1b[1mno\x1b[0m.") == [
        ("EN004", 1, 6),
        ("EN004", 1, 13),
        ("EN004", 1, 19),
    ]
    assert where("It\x92s over.") == [("EN004", 1, 3)]
    assert where("<p>Biden spoke.</p>") == [("EN006", 1, 1), ("EN006", 1, 16)]
    md = "Fish &amp; chips &mdash; <span>inline HTML</span> is fine in Markdown.\n"
    assert where(md, "doc.md") == []
    assert where(md, "doc.txt") == [
        ("EN005", 1, 6),
        ("EN005", 1, 18),
        ("EN006", 1, 26),
        ("EN006", 1, 43),
    ]


# --------------------------------------------------------------------------- clean prose
@pytest.mark.parametrize(
    "text",
    [
        "Café, naïve, Zürich, São Paulo, SÃO PAULO, Øresund, Ñuñoa, Ålesund — and emoji 😀🎉.",
        "“Wait . . . what?” she asked. “Wait ... what?” “Wait… what?” Then.... nothing.",
        "The U.S. economy grew 3.5 percent; Mr. Smith, Jr., of Acme Inc., agreed, e.g., today.",
        "See https://example.org/a..b,c?x=1&y=2 or mail info@example.org,thanks.",
        "“Yes,” he said. “No,” she said. ‘Maybe,’ said the Briton, ‘it’s the ’90s.’",
        "Sen. Paul Okafor, D-Md., and Rep. Anna Li, R-Calif., voted at 3 a.m., officials said.",
        'A 12" pipe, a 5\'10" officer and a 12” board; rock ’n’ roll; let ‘em go.',
        "Prices: 1,000 or 2,5 km; x,y points; the ratio 3:1; .NET and .5 mm.",
        "Choose a) tea or b) coffee; 1) first, 2) second; smileys :) and :-( too.",
        "The minister (who resigned) said (again) nothing; see Kyiv_(city) at https://x.org/K_(c).",
        "Keywords: file,lock,sync; Tags: Ukraine,Russia,NATO were listed.",
        'The “re2” backend and the "py38" environment; he said “ … and then” nothing.',
    ],
)
def test_clean_lines_stay_quiet(text: str) -> None:
    assert where(text) == []


def test_markdown_code_tables_and_entities_stay_quiet() -> None:
    md = (
        "# Fares &amp; routes\n\n"
        "| Route | Cost  |\n|-------|-------|\n| 10    | $2.75 |\n\n"
        '```\nx,y  =  a..b ,c "unbalanced\n```\n\n'
        "Inline `a,b  ..c` code and &ldquo;entities&rdquo; &mdash; fine.\n\n"
        "1.  First item\n2.  Second item\n"
    )
    assert where(md, "doc.md") == []


CLEAN_PROSE = (Path(__file__).parent / "data/clean_punctuation.txt").read_text(encoding="utf-8")


def test_clean_prose_is_silent() -> None:
    assert len(CLEAN_PROSE.splitlines()) >= 80
    assert where(CLEAN_PROSE, "article.txt") == []
    assert where(CLEAN_PROSE, "article.md") == []
