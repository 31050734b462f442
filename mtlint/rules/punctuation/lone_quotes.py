"""PU007-PU008: a single quote that never closes, an odd number of straight quotes."""

from __future__ import annotations

from collections.abc import Iterator

from mtlint import rx
from mtlint.document import Document
from mtlint.model import Applicability, Category, Fix, Hit, Severity, Span
from mtlint.rule import Rule, RuleMeta, examples, fail
from mtlint.rules._prose import inside, looks_like_code, skip_spans, snippet
from mtlint.rules.punctuation._quotes import quote_units

# Elisions that some writers open with ‘ instead of ’: ‘em, ‘til, rock ‘n’ roll.
_ELISIONS = frozenset(str.split("em til tis twas cause cos bout round n ello nother"))
_WORD = rx.lazy(r"\p{L}+")
# 12", 5'10", 2.5": a number right before the mark makes it an inch sign.
_INCH = rx.lazy(r"(?:^|[\s(x×-])\d+(?:[.,/]\d+)?(?:['′]\d+(?:\.\d+)?)?$")
_CODE_LIKE = rx.lazy(r"=\"|\":|\\\"|\{\"")
_STRAIGHT = rx.lazy('"')


def _first_visible(text: str, i: int) -> str:
    while i < len(text) and (text[i].isspace() or text[i] in ">*_#"):
        i += 1
    return text[i] if i < len(text) else ""


def _context(doc: Document, pos: int) -> str:
    return snippet(doc, pos, pos + 1, 10)


class StraySingleQuote(Rule):
    """An opening single quotation mark ‘ that is never closed.

    A ‘ left alone in a paragraph ("apart. ‘Has been in the country") is a fragment of
    a quotation that the translation lost. Since ’ is also the apostrophe, any ’ after the
    mark that is not inside a word counts as a possible close, elisions such as ‘em,
    ‘til and ‘90s stay quiet, and a paragraph that leaves its last quotation open for the
    next paragraph, which then starts with ‘, is correct (the British style). The fix
    (unsafe) deletes the mark.
    """

    meta = RuleMeta(
        code="PU007",
        name="stray-single-quote",
        category=Category.PUNCTUATION,
        severity=Severity.WARNING,
        summary="An opening single quotation mark ‘ that is never closed.",
        fixable=True,
    )
    examples = examples(
        [
            fail(
                "The conflict is tearing it apart. ‘Has been there for eight years.",
                "1:35",
                fixed="The conflict is tearing it apart. Has been there for eight years.",
            ),
            fail("He said ‘no and it’s over.", "1:9", fixed="He said no and it’s over."),
        ],
        [
            "Adding that ‘We are still very concerned’ by the forces.",
            "The allies’ ‘unwavering support’ and the ‘90s.",
            "Let ‘em go, rock ‘n’ roll.",
            "‘First paragraph of a quotation.\n\n‘Second paragraph ends it.’",
            "‘Yes,’ he said, ‘it’s over.’",
            "‘We had nothing,’ she said. ‘No water, no power.\n\n‘Then a boat came.’",
        ],
    )

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.text
        units = quote_units(doc, split_soft=False)
        for k, unit in enumerate(units):
            segment = text[unit.start : unit.end]
            if "‘" not in segment:
                continue
            open_at: list[int] = []
            for i in range(unit.start, unit.end):
                ch = text[i]
                nxt = text[i + 1] if i + 1 < unit.end else " "
                prev = text[i - 1] if i > unit.start else " "
                if ch == "‘" and nxt.isalpha() and not prev.isalpha():
                    word = _WORD.match(text, i + 1)
                    if word is None or word.group().lower() not in _ELISIONS:
                        open_at.append(i)
                elif ch in "’'" and open_at and not (prev.isalpha() and nxt.isalpha()):
                    open_at.pop()
            if not open_at:
                continue
            if (
                len(open_at) == 1
                and k + 1 < len(units)
                and _first_visible(text, units[k + 1].start) == "‘"
            ):
                continue
            for pos in open_at:
                span = Span(pos, pos + 1)
                yield Hit(
                    span,
                    f"opening single quote never closed: {_context(doc, pos)!r}",
                    Fix.replace(span, "", "Delete the stray quote", Applicability.UNSAFE),
                )


class OddStraightQuotes(Rule):
    """A paragraph with an odd number of straight double quotes.

    One of the quotation's marks is missing or stray. Quotes after a digit (inch marks
    such as 12", unless they close a quotation: "COVID-19"), quotes in code, URLs and
    code-like text (key="value"), and a paragraph that leaves a quotation open for the
    next paragraph, which then starts with ", are ignored. There is no fix: only a reader
    knows where the quotation ends.
    """

    meta = RuleMeta(
        code="PU008",
        name="odd-straight-quotes",
        category=Category.PUNCTUATION,
        severity=Severity.WARNING,
        summary="A paragraph with an odd number of straight double quotes.",
    )
    examples = examples(
        [
            fail('He said "we are ready and left.', "1:9"),
            fail('The "plan" was "ready, he said.', "1:16"),
            fail('It was ready," he said.', "1:14"),
        ],
        [
            'He said "we are ready" and left.',
            'A 12" pizza, a 5\'10" man and a "large" one; "re2" and "py38" are quoted.',
            '"First paragraph of a quotation.\n\n"Second one ends it."',
            'Set `x = "a` in code, or key="value".',
            'Beer specialist. "Creator."',
            'The "COVID-19" rules, the "Vision 2030" plan and "x86-64" builds.',
            'A 12" pizza and the "COVID-19" rules.',
        ],
    )

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.text
        units = quote_units(doc, split_soft=False)
        for k, unit in enumerate(units):
            if text.find('"', unit.start, unit.end) < 0:
                continue  # no mark at all (most units): an even count
            marks = self._marks(doc, unit)
            if len(marks) % 2 == 0:
                continue
            starts_quote = text[unit.start : unit.end].lstrip(" \t>*_#").startswith('"')
            nxt = _first_visible(text, units[k + 1].start) if k + 1 < len(units) else ""
            if starts_quote and nxt == '"':
                continue
            pos = self._culprit(text, marks, unit)
            shown = _context(doc, pos)
            yield Hit(
                Span(pos, pos + 1),
                f"odd number of straight double quotes in the paragraph: {shown!r}",
            )

    @staticmethod
    def _marks(doc: Document, unit: Span) -> list[int]:
        """The quotation marks of ``unit``. A mark after a number is an inch mark (12")
        unless the quotation marks only pair up with it: then it closes a quotation that
        ends in a number ("COVID-19", "Vision 2030", "x86-64")."""
        out: list[int] = []
        inches: list[int] = []
        for line in doc.lines[doc.line_at(unit.start).number - 1 : doc.line_at(unit.end).number]:
            if '"' not in line.text:
                continue
            if _CODE_LIKE.search(line.text) or looks_like_code(line.text):
                return []
            skips = skip_spans(doc, line)
            for m in _STRAIGHT.finditer(line.text):
                pos = line.start + m.start()
                if inside(Span(pos, pos + 1), skips):
                    continue
                # _INCH ends with a digit: only a mark right after one needs a search of
                # the line before it (one per mark took time quadratic in a line's marks)
                before = m.start()
                digit = before > 0 and line.text[before - 1].isdigit()
                is_inch = digit and _INCH.search(line.text, 0, before) is not None
                (inches if is_inch else out).append(pos)
        if len(out) % 2 == 0 or not inches:
            return out
        # Odd: walk the marks in order; a mark after a number closes an open quotation.
        paired: list[int] = []
        inch = set(inches)
        for pos in sorted(out + inches):
            if pos not in inch or len(paired) % 2:
                paired.append(pos)
        return paired

    @staticmethod
    def _culprit(text: str, marks: list[int], unit: Span) -> int:
        """The first mark whose direction breaks the open/close alternation, else the last."""
        expect_open = True
        for n, pos in enumerate(marks):
            left = text[pos - 1] if pos > unit.start else " "
            right = text[pos + 1] if pos + 1 < unit.end else " "
            opener = (left.isspace() or left in "([{—–-/") and not right.isspace()
            closer = not left.isspace() and (right.isspace() or right in ".,;:!?)]}—–-")
            if expect_open and closer and not opener:
                return pos
            if not expect_open and opener and not closer:
                return marks[n - 1]
            expect_open = not expect_open
        return marks[-1]
