"""PU014: a decimal comma before a quantity ("1,2 million", "14,8 %")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from mtlint.document import Document
from mtlint.kinds import reqcache
from mtlint.kinds.literals import Requirement
from mtlint.kinds.prefilter import candidate_lines, register, worth_it
from mtlint.model import Applicability, Category, Fix, Hit, Severity, Span
from mtlint.rule import Rule, RuleMeta, examples, fail

# A figure with a decimal comma before a per cent sign (found with str.find, in C) or
# a word of quantity (the lines that hold one come from the shared literal scan).
_FIGURE = r"(?<![\d.,])\d{1,3}(,)\d{1,2}"
_BEFORE_SIGN = re.compile(_FIGURE + r"[ \xa0\u202f\u2009]?$")
_BEFORE_WORD = re.compile(_FIGURE + r"[ \xa0\u202f]$")
_COMMA_DIGIT = re.compile(r",\d")  # a literal first: the stdlib skips to the commas
# One or two digits after a comma, anywhere: most documents have none ("1,200" has three),
# and one scan in C settles them before any per cent sign is looked at.
_SHORT_GROUP = re.compile(r",\d\d?(?!\d)")
_UNITS = ("percent", "per cent", "million", "billion", "trillion")
_UNITS_PATTERN = "(?:percent|per cent|million|billion|trillion)"
_BEFORE = 12  # characters before a per cent sign that can hold the figure


class DecimalComma(Rule):
    """A decimal comma before a quantity ("1,2 million", "14,8 percent"): English writes "1.2".

    Most European languages write decimals with a comma ("1,2 millions", "14,8 %"), and
    machine translation often copies the figure unchanged. In English a comma in a number
    groups thousands and is always followed by three digits, so "1,2 million leva" and
    "11,3 percent" are decimal commas left from the source. The rule reports one or two
    digits after the comma when a per cent sign, "percent" or a magnitude ("million")
    follows, so a thousands separator ("1,200 million"), a list of numbers ("rgba(0,0,0,0.5)",
    "pages 1,2 and 5") and coordinates stay quiet. The fix writes a decimal point (unsafe:
    check the figure against the source).
    """

    meta = RuleMeta(
        code="PU014",
        name="decimal-comma",
        category=Category.PUNCTUATION,
        severity=Severity.WARNING,
        summary='A decimal comma before a quantity ("1,2 million", "14,8 percent"): English '
        'writes "1.2".',
        fixable=True,
    )
    examples = examples(
        [
            fail(
                "He is accused of causing damage of 1,2 million leva to the budget.",
                "1:36",
                fixed="He is accused of causing damage of 1.2 million leva to the budget.",
            ),
            fail("The reservoirs are at 14,8\xa0% of their capacity.", "1:23"),
            fail("Sales fell by 11,3 percent last year, to 2,45 billion euros.", "1:15", "1:42"),
            fail("Inflation rose to 3,5% in March.", "1:19"),
        ],
        [
            "The company has 1,200 million shares and 12,500 employees.",
            "The colour is rgba(0,0,0,0.5) and the pages 1,2 and 5 were missing.",
            "He read chapters 3,4 and 5 of the report; the score was 2,1 at half-time.",
            "Rates rose to 3.5% and 1.2 million people were affected, 40 % of them children.",
            "A vote of 10,20 was recorded; the 1,2,3 million steps; the 1,2 millionth visitor.",
        ],
    )

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.text
        for start in _figures(doc):
            figure = text[start : start + _BEFORE].split()[0].split("%")[0]
            comma = start + figure.index(",")
            fixed = figure.replace(",", ".")
            yield Hit(
                Span(start, start + len(figure)),
                f"decimal comma in '{figure}': English writes '{fixed}'",
                Fix.replace(
                    Span(comma, comma + 1), ".", "Write a decimal point", Applicability.UNSAFE
                ),
            )


@cache
def _words() -> Requirement:
    """The quantity words as a prefilter requirement: built on first use, not at start-up
    (the literal analysis costs 3 ms)."""
    return reqcache.requirement(_UNITS_PATTERN, {})


def _figures(doc: Document) -> list[int]:
    """The offsets of the figures with a decimal comma before a quantity, in order."""
    text = doc.text
    found: set[int] = set()
    if _SHORT_GROUP.search(text) is None:
        return []
    pos = text.find("%")
    while pos >= 0:
        m = _BEFORE_SIGN.search(text, max(0, pos - _BEFORE), pos)
        if m is not None:
            found.add(m.start())
        pos = text.find("%", pos + 1)
    indexes = candidate_lines(doc, register(_words())) if worth_it(doc) else None
    lines = doc.lines if indexes is None else [doc.lines[i] for i in indexes]
    for line in lines:
        if _COMMA_DIGIT.search(line.text) is None:
            continue  # most lines with "million" have no figure with a comma
        for unit in _UNITS:
            at = line.text.find(unit)
            while at >= 0:
                after = line.text[at + len(unit) : at + len(unit) + 1]
                m = _BEFORE_WORD.search(line.text, max(0, at - _BEFORE), at)
                if m is not None and not after.isalnum():  # "millionth"
                    found.add(line.start + m.start())
                at = line.text.find(unit, at + 1)
    return sorted(found)
