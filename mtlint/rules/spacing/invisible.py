"""SP003: zero-width and other invisible format characters."""

from __future__ import annotations

from collections.abc import Iterator

from mtlint import rx
from mtlint.document import Document
from mtlint.model import Applicability, Category, Fix, Hit, Severity, Span
from mtlint.rule import Rule, RuleMeta, examples, fail
from mtlint.rules._rare import INVISIBLES, holds

# ZWSP, ZWNJ, word joiner, BOM inside text, soft hyphen, bidi embeddings and isolates.
# ZWJ (U+200D) is left alone between emoji, where it builds one glyph.
_INVISIBLE = rx.lazy(
    r"[\u200b\u200c\u2060\u2061-\u2064\ufeff\u00ad\u202a-\u202e\u2066-\u2069\u180e]"
    r"|(?<![\p{Extended_Pictographic}\p{Emoji_Modifier}\ufe0f])\u200d"
)
# Every character _INVISIBLE can match (stdlib: fast; a prefilter).
_ANY_INVISIBLE = rx.compile_re(f"[{INVISIBLES}]")
_NAMES = {
    "\u200b": "zero-width space",
    "\u200c": "zero-width non-joiner",
    "\u200d": "zero-width joiner",
    "\u2060": "word joiner",
    "\ufeff": "zero-width no-break space (BOM)",
    "\u00ad": "soft hyphen",
}


class InvisibleCharacter(Rule):
    """An invisible character (zero-width space, soft hyphen, bidi control) in the text.

    Scraped pages carry invisible characters that break search, word counts and
    spell-checking, and bidi controls can make text display differently from what it
    contains. Deleting them is safe.
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
        [fail("Zelen\u200bsky spoke.", "1:6", fixed="Zelensky spoke.")],
        ["Zelensky spoke.", "A family emoji \U0001f468\u200d\U0001f469 stays."],
    )

    def check(self, doc: Document) -> Iterator[Hit]:
        if not holds(doc, _ANY_INVISIBLE):
            return  # the common case, decided by the scan for rare characters
        for m in _INVISIBLE.finditer(doc.text):
            if m.start() == 0 and m.group() == "\ufeff":
                continue
            span = Span(m.start(), m.end())
            name = _NAMES.get(m.group(), f"U+{ord(m.group()):04X}")
            yield Hit(
                span,
                f"invisible character: {name}",
                Fix.replace(span, "", "Delete the invisible character", Applicability.SAFE),
            )
