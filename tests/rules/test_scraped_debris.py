"""Debris of translation from CJK, Spanish and Russian sources (PU001, PU002, PU012, SP006,
EN001, UT002, DU001): what is reported, and the legitimate text beside it that is not."""

from __future__ import annotations

import pytest

from mtlint.engine import lint_document
from mtlint.fix import apply_fixes
from mtlint.model import Finding
from mtlint.registry import build_registry

REGISTRY = build_registry()
CODES = ("PU001", "PU002", "PU012", "SP002", "SP006", "EN001", "UT001", "UT002", "UT003", "DU001")
RULES = [(r, r.meta.severity) for r in REGISTRY if r.code in CODES]
ENGLISH = (
    "The council met on Tuesday evening and voted to delay the budget, and the mayor said "
    "that it would try again in the spring after a review of the figures from the auditors.\n\n"
)


def ours(text: str) -> list[Finding]:
    return lint_document(text, "doc.txt", RULES, REGISTRY)


def where(text: str) -> list[tuple[str, int, int]]:
    return [(f.code, f.line, f.column) for f in ours(text)]


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ('"We have had enough!!!" read a banner.', [("PU001", 1, 20)]),
        ('"It was long," , said Rossi.', [("PU002", 1, 15)]),
        ('He said "we are ready" . Then he left.', [("PU002", 1, 23)]),
        ("“It was long,” , said Rossi.", [("PU002", 1, 15)]),
        ('"For the young" " Rossi said.', [("PU002", 1, 16)]),
        ("“¿How long must we wait?” she asked.", [("PU012", 1, 2)]),
        (
            "The valves，he said， were fine。",
            [("PU012", 1, 11), ("PU012", 1, 19), ("PU012", 1, 30)],
        ),
        ("The vote passed.\u3000Critics said it was rushed.", [("SP006", 1, 17)]),
        ("Home / РЎРѕР±С‹С‚РёСЏ / Courts", [("EN001", 1, 8)]),
        ("Quotes as вЂњthisвЂќ here.", [("EN001", 1, 11), ("EN001", 1, 18)]),
        (ENGLISH + "责任编辑：李明\n", [("UT002", 3, 1)]),
        (ENGLISH + "Zhang said: “我们成功了，谢谢大家。”\n", [("UT002", 3, 14)]),
        (
            "The council&#39;s next vote is scheduled for March.\n"
            "The council's next vote is scheduled for March.\n",
            [("DU001", 2, 1)],
        ),
        (
            "The council&#39;s next vote is scheduled for March.\r\n"
            "The council's next vote is scheduled for March.\r\n",
            [("DU001", 2, 1)],
        ),
    ],
)
def test_debris_reported(text: str, expect: list[tuple[str, int, int]]) -> None:
    assert where(text) == expect


@pytest.mark.parametrize(
    "text",
    [
        ENGLISH + "Li Ming (李明) thanked the team. The slogan “共同富裕。” stayed.\n",
        ENGLISH + "The poem reads 春眠\u3000不觉晓, and Tokyo（東京）hosted the talks.\n",
        "“¿Qué pasa?” he shouted, and the crowd answered “¡No pasarán!” twice.",
        "The Ukrainian city of Рівне and the word «Рёв» are spelt right; so is Ξένια.",
        'He said "yes" and "no"; the " character and the "one " case are named.',
        "Use !!x to coerce, a ?? b for defaults, or ?! in chess notation.",
        "Ben &amp; Jerry's opens a new shop today.\nBen & Jerry's opens a second shop.\n",
    ],
)
def test_legitimate_text_quiet(text: str) -> None:
    assert where(text) == []


def test_fixes() -> None:
    text = "“¿What now?” he said，twice!! Then.\u3000Next, РЎРѕР±С‹С‚РёСЏ. “Fine,” , he said."
    assert (
        apply_fixes(text, ours(text))[0]
        == "“What now?” he said, twice!! Then. Next, События. “Fine,” he said."
    )  # "!!" may be quoted word for word: its fix is unsafe
    assert "twice! Then" in apply_fixes(text, ours(text), unsafe=True)[0]


ARTICLE = ENGLISH * 3


@pytest.mark.parametrize(
    ("label", "reported"),
    [
        ("Lire aussi", True),
        ("Siehe auch: Budget talks resume", True),
        ("Más información", True),
        ("Читайте также", True),
        ("Владимир Путин", False),
        ("Pokémon fans", False),
        ("Crème brûlée", False),
        ("José María", False),
        ("- Échame la culpa", False),
        ("Read also: Budget talks resume", False),
    ],
)
def test_foreign_labels(label: str, reported: bool) -> None:
    found = ours(ARTICLE + label + "\n\n" + ENGLISH)
    codes = [f.code for f in found if f.code.startswith("UT")]
    assert codes == (["UT003"] if reported else [])
