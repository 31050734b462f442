"""Page furniture of scraped foreign sites: menus, related-article blocks, captions with
their credit, source and date lines, typo widgets, and labels left untranslated.

Each furniture line is reported by the rule named beside it; each near miss (news prose
or technical text shaped like it) stays silent.
"""

from __future__ import annotations

import pytest

from mtlint.engine import lint_document
from mtlint.registry import build_registry
from mtlint.rules.boilerplate.related_headlines import HEADINGS

REGISTRY = build_registry()
RULES = [(r, r.meta.severity) for r in REGISTRY if r.code.startswith("BP")]
BODY = "The council approved the budget on Monday after a long debate."


def codes(text: str) -> dict[int, set[str]]:
    """Codes of the findings by line."""
    out: dict[int, set[str]] = {}
    for f in lint_document(text, "doc.txt", RULES, REGISTRY):
        out.setdefault(f.line, set()).add(f.code)
    return out


FURNITURE = [
    ("Culture | Shows | Music | Cinema | Books | Art", "BP018"),
    ("Main / Noticias / Sucesos / Tribunales", "BP018"),
    ("Politik › Ausland › Europa", "BP018"),
    ("22 November 2026 - 08:14", "BP016"),
    ("Nov. 3, 2025, 6:40 p.m. ET", "BP016"),
    ("2026-11-21 10:32 Source: China News Network", "BP006"),
    ("Source: ura-site-12", "BP006"),
    ("Fuente: EFE", "BP006"),
    ("Author: Anna Petrova | Views: 518", "BP015"),
    ("责任编辑：李明", "BP015"),
    ("Found a typo? Select it and press Ctrl+Enter", "BP002"),
    ("Scan the QR code to follow us on WeChat", "BP002"),
    ("Leggi anche", "BP001"),
    ("Читайте также: В Москве открылся новый мост", "BP001"),
    ("Última hora", "BP012"),
    ("Firefighters at the scene of the fire in Valencia. Photo: EFE", "BP017"),
]


@pytest.mark.parametrize(("line", "code"), FURNITURE)
def test_furniture_line_is_reported(line: str, code: str) -> None:
    found = codes(f"{BODY}\n\n{line}\n\n{BODY}\n")
    assert code in found.get(3, set()), found


NEAR_MISSES = [
    "Rock, paper, scissors: the children played for hours.",
    "The tickets cost 80 euros / 40 euros for students.",
    "08:14",
    "22 November 2026",
    "8:02 a.m. — Good morning and welcome to our live coverage of the storm.",
    "Source: a senior official who asked not to be named.",
    "If you find an error, report it to the clerk of the court.",
    "Scan the QR code with your authenticator app to finish the setup.",
    "Editor Wang Lei said the paper would appeal the ruling.",
    "Firefighters battled the blaze for six hours. Photos by the agency showed the roof.",
    "The vote went to a photo finish in the chamber (photo finish).",
]


@pytest.mark.parametrize("line", NEAR_MISSES)
def test_near_miss_is_silent(line: str) -> None:
    assert codes(f"{BODY}\n\n{line}\n\n{BODY}\n") == {}


def test_related_block_headlines() -> None:
    text = (
        f"{BODY}\nRelated reading\n"
        "Long March 8A completes second flight from Wenchang\n"
        "Experts: reusable rockets will cut launch costs by half\n"
        f"{BODY}\n\nMehr zum Thema\n\n2. Bundesliga: These coaches have already had to go\n\n"
        f"{BODY}\n"
    )
    found = codes(text)
    assert found == {
        2: {"BP001"},
        3: {"BP019"},
        4: {"BP019"},
        7: {"BP001"},
        9: {"BP019"},
    }, found


def test_related_block_stops_at_other_furniture() -> None:
    """An empty block at the end of a page: the prompts after it are other rules'."""
    text = (
        f"{BODY}\n\nRelated Articles\n\nLeave a Reply Cancel reply\n\n"
        "Sign up for our daily briefing\n"
    )
    found = codes(text)
    assert "BP019" not in set().union(*found.values()), found


def test_menu_table_rows_are_silent() -> None:
    text = (
        "Country | Capital | Currency\n--- | --- | ---\n"
        "France | Paris | Euro\nSpain | Madrid | Euro\n"
    )
    assert codes(text) == {}
    assert codes("| Country | Capital | Currency |\n") == {}


def test_live_blog_entries_are_silent() -> None:
    text = (
        "Storm live\n\n08:14\n\nThe ferry is running again.\n\n4:55 p.m. — That is all for today.\n"
    )
    assert codes(text) == {}


@pytest.mark.parametrize("label", HEADINGS.split("|"))
def test_block_headings_are_reported_alone(label: str) -> None:
    """BP019's headings stay in step with the label rules: alone on a line, each one is a
    label that BP001 (or BP012, for widget headings) reports."""
    label = label.replace("articles?", "articles").replace("posts?", "posts")
    label = label.replace("links?", "links")
    found = codes(f"{BODY}\n\n{label.capitalize()}\n\n{BODY}\n")
    assert found.get(3, set()) & {"BP001", "BP012"}, (label, found)
