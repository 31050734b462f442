"""SP003: zero-width and other invisible format characters, and bidi marks in LTR text."""

from __future__ import annotations

from collections.abc import Iterator

from mtlint import rx
from mtlint.document import Document
from mtlint.model import Applicability, Category, Fix, Hit, Severity, Span
from mtlint.rule import Rule, RuleMeta, examples, fail
from mtlint.rules._rare import INVISIBLES, holds

# ZWSP, ZWNJ, word joiner, BOM inside text, soft hyphen, bidi embeddings and isolates,
# and the bidi marks (LRM, RLM, ALM). ZWJ (U+200D) is left alone between emoji, where it
# builds one glyph.
_INVISIBLE = rx.lazy(
    r"[\u200b\u200c\u200e\u200f\u061c\u2060\u2061-\u2064\ufeff\u00ad\u202a-\u202e"
    r"\u2066-\u2069\u180e]|(?<![\p{Extended_Pictographic}\p{Emoji_Modifier}\ufe0f])\u200d"
)
_BIDI_MARKS = "\u200e\u200f\u061c"
# A right-to-left letter: a bidi mark beside one does its job (orders an Arabic or Hebrew
# name or a number inside it), while one between Latin words is debris of the source page.
_RTL = rx.lazy(r"[\p{Bidi_Class=R}\p{Bidi_Class=AL}]")
_REACH = 6
# Scripts whose spelling uses the joiners: a ZWNJ or ZWJ between two of their characters
# is part of the word (Persian "می‌خواهم", Hindi conjuncts), not debris.
_JOINING = rx.lazy(
    r"[\p{Arabic}\p{Syriac}\p{Thaana}\p{Devanagari}\p{Bengali}\p{Gurmukhi}\p{Gujarati}"
    r"\p{Oriya}\p{Tamil}\p{Telugu}\p{Kannada}\p{Malayalam}\p{Sinhala}\p{Myanmar}"
    r"\p{Khmer}\p{Tibetan}\p{Mongolian}]"
)
_JOINERS = "\u200c\u200d"
# Every character _INVISIBLE can match (stdlib: fast; a prefilter).
_ANY_INVISIBLE = rx.compile_re(f"[{INVISIBLES}]")
_NAMES = {
    "\u200b": "zero-width space",
    "\u200c": "zero-width non-joiner",
    "\u200d": "zero-width joiner",
    "\u2060": "word joiner",
    "\ufeff": "zero-width no-break space (BOM)",
    "\u00ad": "soft hyphen",
    "\u200e": "left-to-right mark",
    "\u200f": "right-to-left mark",
    "\u061c": "Arabic letter mark",
}


def _beside_rtl(text: str, pos: int) -> bool:
    """Whether the nearest letter before or after ``text[pos]`` on its line, within a few
    characters, is right-to-left (Arabic, Hebrew, ...)."""
    for step in (-1, 1):
        i = pos + step
        while 0 <= i < len(text) and abs(i - pos) <= _REACH and text[i] != "\n":
            if text[i].isalpha():
                if _RTL.match(text[i]):
                    return True
                break
            i += step
    return False


def _inside_joining_word(text: str, pos: int) -> bool:
    return (
        0 < pos < len(text) - 1
        and bool(_JOINING.match(text[pos - 1]))
        and bool(_JOINING.match(text[pos + 1]))
    )


class InvisibleCharacter(Rule):
    """An invisible character (zero-width space, soft hyphen, bidi control) in the text.

    Scraped pages carry invisible characters that break search, word counts and
    spell-checking, and bidi controls can make text display differently from what it
    contains. A right-to-left or left-to-right mark is reported only away from Arabic or
    Hebrew letters: beside them it orders mixed-direction text, as it should; a joiner
    (ZWNJ, ZWJ) inside a word of a script that spells with it (Persian, the Indic
    scripts) is part of the word. Deleting them is safe.
    """

    meta = RuleMeta(
        code="SP003",
        name="invisible-character",
        category=Category.SPACING,
        severity=Severity.WARNING,
        summary="An invisible character (zero-width space, soft hyphen, bidi control) in the text.",
        fixable=True,
    )
    examples = examples(
        [
            fail("Zelen\u200bsky spoke.", "1:6", fixed="Zelensky spoke."),
            fail("It came after an hour\u200f.", "1:22", fixed="It came after an hour."),
        ],
        [
            "Zelensky spoke.",
            "A family emoji \U0001f468\u200d\U0001f469 stays.",
            "The sign read \u05e9\u05dc\u05d5\u05dd\u200f (peace).",
            "The banner read \u0645\u0635\u0631\u200f 2024.",
            "The slogan \u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 (I want) spread.",
            "The word \u0915\u094d\u200d\u0937 is a conjunct.",
        ],
    )

    def check(self, doc: Document) -> Iterator[Hit]:
        if not holds(doc, _ANY_INVISIBLE):
            return  # the common case, decided by the scan for rare characters
        for m in _INVISIBLE.finditer(doc.text):
            if m.start() == 0 and m.group() == "\ufeff":
                continue
            if m.group() in _BIDI_MARKS and _beside_rtl(doc.text, m.start()):
                continue
            if m.group() in _JOINERS and _inside_joining_word(doc.text, m.start()):
                continue
            span = Span(m.start(), m.end())
            name = _NAMES.get(m.group(), f"U+{ord(m.group()):04X}")
            yield Hit(
                span,
                f"invisible character: {name}",
                Fix.replace(span, "", "Delete the invisible character", Applicability.SAFE),
            )
