"""BP018: a site's section menu or breadcrumb trail scraped as a line of its own."""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from mtlint import rx
from mtlint.document import Document, Line
from mtlint.kinds.line import content_spans
from mtlint.kinds.linefix import delete_line_fix
from mtlint.model import Applicability, Category, Hit, Severity, Span
from mtlint.rule import Rule, RuleMeta, examples, fail
from mtlint.rules.boilerplate._credits import credit_line

# The separators of menus and breadcrumbs. "/" and "|" need a space on both sides (a
# path, "and/or", a fraction or a date has none); the arrows and dots may stand alone.
_SEPARATORS = ("|", "/", ">", "»", "›", "·", "•", "＞")
# A menu item: one to four words, the first capitalised or in a script without case
# (Arabic, Devanagari, CJK: "الرئيسية » محافظات » البحيرة"), or a number with letters
# ("2nd Bundesliga"), none with sentence punctuation or brackets (other marks may be
# mojibake: "РќРѕРІРѕСЃС‚Рё").
_ITEM = rx.lazy(
    r"(?:\p{Lu}|\p{Lt}|\p{Lo}|\d+\p{L})[^\s,;:!?()\[\]{}<>=\"]*(?:\s+[^\s,;:!?()\[\]{}<>=\"]+){0,3}",
    rx.V1,
)
_LETTERS = rx.lazy(r"\p{L}.*\p{L}", rx.V1)
# Words that make an item a clause ("Roses are red / Violets are blue / ..."): a
# verse quoted with slashes, not a menu.
_CLAUSE = frozenset(
    str.split(
        """is are was were be been am has have had will would can could shall should may
    might must do does did not i you he she it we they me him her us them my your our
    their his its"""
    )
)
# A trail from "Home" is BP004's, in English or left untranslated in Latin script (its
# list); a trail from a home label in another script is left here ("الرئيسية » ...").
_HOME = frozenset(
    {"home", "start", "startseite", "inicio", "portada", "accueil", "início", "domů", "úvod"}
)
_MIN_ITEMS = 3
_MAX_LENGTH = 200
_TABLE_RULE = rx.lazy(r"^\s*\|?\s*:?-{3,}")


def _items(content: str) -> list[str] | None:
    """The items of a menu line, or None when it is not one (one kind of separator)."""
    for sep in _SEPARATORS:
        if content.count(sep) < _MIN_ITEMS - 1:
            continue
        parts = content.split(sep)
        if sep in "|/" and not (
            all(p.endswith(" ") for p in parts[:-1]) and all(p.startswith(" ") for p in parts[1:])
        ):
            return None  # "and/or", "a|b": not spaced like a menu
        return [p.strip() for p in parts]
    return None


def is_menu(content: str) -> bool:
    """True for "Culture | Shows | Music | Cinema", "Main / News / Incidents / Courts"."""
    if len(content) > _MAX_LENGTH or not content[:1].isalnum():
        return False
    items = _items(content)
    if items is None or len(items) < _MIN_ITEMS or items[0].lower() in _HOME:
        return False
    for item in items:
        if not _ITEM.fullmatch(item) or not _LETTERS.search(item):
            return False
        if any(w.lower() in _CLAUSE for w in item.split()):
            return False
    return not credit_line(content)  # "EFE / EPA / MIKHAIL METZEL": a photo credit (BP009)


def in_table(doc: Document, line: Line) -> bool:
    """A row of a table (Markdown or plain): the line is fenced by pipes, or a line next
    to it holds the same kind of separator twice, or is a table's rule."""
    text = line.text.strip()
    if text.startswith("|") or text.endswith("|"):
        return True
    seps = [s for s in _SEPARATORS if s in text]
    for number in (line.number - 1, line.number + 1):
        if 1 <= number <= len(doc.lines):
            other = doc.lines[number - 1].text
            if _TABLE_RULE.match(other) or any(other.count(s) >= 2 for s in seps):
                return True
    return False


def _candidates(doc: Document) -> list[int]:
    """The indexes of the lines with at least two of one separator: a few scans of the
    text with str.find (much faster than a regex search or a test of every line); a
    separator on more lines than that is counted line by line."""
    text, starts, lines = doc.text, doc.line_starts, doc.lines
    found: set[int] = set()
    for sep in _SEPARATORS:
        total = text.count(sep)
        if total < _MIN_ITEMS - 1:
            continue
        if total > len(lines):
            found.update(i for i, line in enumerate(lines) if line.text.count(sep) > 1)
            continue
        counts: dict[int, int] = {}
        at = text.find(sep)
        while at >= 0:
            index = bisect.bisect_right(starts, at) - 1
            counts[index] = counts.get(index, 0) + 1
            at = text.find(sep, at + 1)
        found.update(i for i, n in counts.items() if n >= _MIN_ITEMS - 1)
    return sorted(found)


class MenuLine(Rule):
    """A line that is a site's section menu or breadcrumb trail.

    Scrapers keep the navigation above the headline: "Culture | Shows | Music | Cinema",
    "Main / News / Incidents / Courts", "Science › Space › Launches", or left untranslated
    in a script without case ("الرئيسية » أخبار » القاهرة"). A line matches when it is
    three or more short items, capitalised or caseless, joined by one repeated separator
    (| / > » › · • ＞; | and / with spaces around them). Items that read as a clause (a verse
    quoted with slashes), a photo credit ("EFE / EPA / Name"), table rows (a line
    fenced by pipes, or next to another line with the same separators) and paths, dates,
    fractions or "and/or" do not match. Breadcrumbs that start with "Home" (or its Latin
    translations, "Accueil") are BP004's.
    The fix deletes the line (unsafe).
    """

    meta = RuleMeta(
        code="BP018",
        name="menu-line",
        category=Category.BOILERPLATE,
        severity=Severity.WARNING,
        summary='A section menu or breadcrumb line ("Culture | Shows | Music | Cinema").',
        fixable=True,
    )
    examples = examples(
        [
            fail(
                "Culture | Shows | Music | Cinema | Books | Art\n\nThe theatre reopened.\n",
                "1:1",
                fixed="The theatre reopened.\n",
            ),
            fail("Main / News / Incidents / Courts\n", "1:1"),
            fail(
                "Main / \u0420\u045a\u0420\u0455\u0420\u0406\u0421\u201a / Incidents / Courts\n",
                "1:1",
            ),
            fail("World » Europe » Politics\n\nScience › Space › 2nd Stage Tests\n", "1:1", "3:1"),
            fail(
                "\u0627\u0644\u0631\u0626\u064a\u0633\u064a\u0629 \u00bb "
                "\u0623\u062e\u0628\u0627\u0631 \u00bb "
                "\u0627\u0644\u0642\u0627\u0647\u0631\u0629\n\n"
                "\u30cb\u30e5\u30fc\u30b9 \uff1e \u793e\u4f1a \uff1e \u9759\u5ca1\n\n"
                "\u0939\u094b\u092e / \u0926\u093f\u0932\u094d\u0932\u0940 / \u0916\u0947\u0932\n",
                "1:1",
                "3:1",
                "5:1",
            ),
        ],
        [
            "Roses are red / Violets are blue / Sugar is sweet",
            "I came / I saw / I conquered",
            "| Country | Capital | Currency |",
            "Country | Capital | Currency\n--- | --- | ---\nFrance | Paris | Euro\n",
            "Hajduk Split 3 | Slavia Prague 1",
            "Input/Output/Error",
            "EFE / EPA / MIKHAIL METZEL / SPUTNIK / KREMLIN POOL",
            "Kotarski; Takács, Mlakar, Šego; Pukštas, Sahiti, Melnjak",
            "Results: 12 / 15 / 18",
            "The vote was 3 / 2 / 1, officials said.",
            "Home prices rose 5 percent in March.",
            "The three cities (\u6771\u4eac / \u5927\u962a / \u540d\u53e4\u5c4b) hosted it.",
        ],
    )

    def check(self, doc: Document) -> Iterator[Hit]:
        spans = content_spans(doc)
        for index in _candidates(doc):
            line = doc.lines[index]
            start, end = spans[index]
            content = line.text[start:end]
            if not is_menu(content) or in_table(doc, line):
                continue
            yield Hit(
                Span(line.start + start, line.start + end),
                f"scraped section menu or breadcrumb: '{content}'",
                delete_line_fix(doc, line, Applicability.UNSAFE),
            )
