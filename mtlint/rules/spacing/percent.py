"""SP007: a no-break or thin space between a number and the per cent sign."""

from __future__ import annotations

from collections.abc import Iterator

from mtlint.document import Document
from mtlint.model import Applicability, Category, Fix, Hit, Severity, Span
from mtlint.rule import Rule, RuleMeta, examples, fail

_SPACES = frozenset("\xa0\u202f\u2009")


class SpaceBeforePercent(Rule):
    """A no-break or thin space before the per cent sign ("14.8 %"): English writes "14.8%".

    French, German, Spanish, Catalan and other languages set the per cent sign apart with
    a no-break space ("14,8 %"), and machine translation keeps the invisible character.
    English news style writes the sign right after the number ("40%"). The rule reports a
    no-break, narrow no-break or thin space between a digit and "%"; an ordinary space
    ("0-15 % smaller" in a manual) is a house style of some technical writing and stays
    quiet. The fix deletes the space (unsafe: a style guide may want it).
    """

    meta = RuleMeta(
        code="SP007",
        name="space-before-percent",
        category=Category.SPACING,
        severity=Severity.WARNING,
        summary='A no-break or thin space before the per cent sign ("14.8 %"): English writes'
        ' "14.8%".',
        fixable=True,
    )
    examples = examples(
        [
            fail(
                "The reservoirs are at 14.8\xa0% of their capacity.",
                "1:27",
                fixed="The reservoirs are at 14.8% of their capacity.",
            ),
            fail("Turnout was 61\u202f% in the capital.", "1:15"),
        ],
        [
            "The reservoirs are at 14.8% of their capacity.",
            "The filter makes the output 0-15 % smaller.",
            "The symbol\xa0% is a modulo operator in C.",
        ],
    )

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.text
        pos = text.find("%")  # str.find (in C) skips to the signs, few in a text
        while pos >= 0:
            if pos >= 2 and text[pos - 1] in _SPACES and text[pos - 2].isdigit():
                span = Span(pos - 1, pos)
                context = text[max(0, pos - 6) : pos + 1]
                yield Hit(
                    span,
                    f"no-break space before the per cent sign in {context!r}",
                    Fix.replace(span, "", "Delete the space", Applicability.UNSAFE),
                )
            pos = text.find("%", pos + 1)
