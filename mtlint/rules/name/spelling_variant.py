"""NM001: one name spelled two ways in the same file."""

from __future__ import annotations

from collections.abc import Iterator

from mtlint.document import Document
from mtlint.model import Applicability, Category, Fix, Hit, Severity
from mtlint.rule import Rule, RuleMeta, examples, fail
from mtlint.rules.name.mentions import extract_mentions
from mtlint.rules.name.variants import find_variants


def _times(n: int) -> str:
    return "once" if n == 1 else f"{n} times"


class NameSpellingVariant(Rule):
    """One name spelled two ways in the same file ("Blinken" and "Blinkin").

    Machine translation and hurried editing transliterate or misspell a name differently
    from one mention to the next, which readers notice and search engines miss. Each
    minority spelling is flagged with the dominant one as a suggestion, and the message
    gives both counts; a spelling the English lexicon knows ("Blinken") beats one it does
    not ("Blinkin") unless it is outnumbered more than two to one. Spellings must differ
    by one letter (both at least five letters) or in a Slavic ending (-sky/-ski/-skyy); a
    shared first name ("Emily Horn", "Emily Horne") also admits shorter or commoner words.
    Inflections ("Russia"/"Russian"), possessives, feminine forms ("Zelenska"), pairs of
    well-known words ("Iran"/"Iraq") and names with different first names ("John Smith",
    "Jane Smyth") are left alone. When the dominant spelling has no more mentions than the
    other, it is a guess (the known word, the full-name form, -sky, the first one used):
    the finding is only info and the fix is shown, not applied. Otherwise the fix is
    unsafe: two people may really have names one letter apart.
    """

    meta = RuleMeta(
        code="NM001", name="name-spelling-variant", category=Category.NAME,
        severity=Severity.WARNING,
        summary='One name spelled two ways in the same file ("Blinken" and "Blinkin").',
        fixable=True,
    )
    examples = examples(
        [
            fail("Antony Blinken spoke on Monday. Later, Blinken flew to Kyiv, where Blinkin met "
                 "the president.", "1:68",
                 fixed="Antony Blinken spoke on Monday. Later, Blinken flew to Kyiv, where Blinken "
                       "met the president."),
            fail("Blinken expressed to Zelenski the US support.\n\n"
                 "Antony Blinken spoke with President Volodymyr Zelensky.\n", "1:22"),
            fail("The spokeswoman, Emily Horne, announced the call. Later, Emily Horn said it "
                 "went well, and Emily Horne agreed.", "1:64",
                 fixed="The spokeswoman, Emily Horne, announced the call. Later, Emily Horne said "
                       "it went well, and Emily Horne agreed."),
            fail("Officials in Luhansk and Donetsk said Lugansk was shelled; Luhansk is calm now.",
                 "1:39"),
        ],
        [
            "Iran and Iraq signed a deal. Iran will supply gas to Iraq, said Iraq's minister.",
            "Russia said Russian troops would stay. Ukraine and Ukrainian officials agreed.",
            "Ron Paul endorsed his son, Rand Paul. Paul's supporters cheered.",
            "Dmitry Peskov spoke. Elizaveta Peskova, his daughter, did not.",
            "Volodymyr Zelensky and his wife, Olena Zelenska, visited Washington.",
            "John Smith met Jane Smyth in London; Smith and Smyth then left.",
            "Austria and Australia played. Jordan and Gordon watched the game.",
            "Biden said Biden's plan would pass. Zelensky thanked Biden.",
        ],
    )

    def check(self, doc: Document) -> Iterator[Hit]:
        for variant in find_variants(extract_mentions(doc)):
            minority, dominant = variant.minority, variant.dominant
            message = (
                f"name spelled \"{minority.text}\" ({_times(minority.count)}) but "
                f"\"{dominant.text}\" elsewhere ({_times(dominant.count)})"
            )
            applicability = Applicability.DISPLAY_ONLY if variant.tie else Applicability.UNSAFE
            severity = Severity.INFO if variant.tie else None
            for mention in minority.mentions:
                fix = Fix.replace(
                    mention.span, dominant.text, f"Spell it \"{dominant.text}\"", applicability
                )
                yield Hit(mention.span, message, fix, severity)
