"""SP001-SP002, SP006: doubled spaces, no-break spaces beside normal ones, ideographic spaces."""

from __future__ import annotations

from collections.abc import Iterator

from mtlint import rx
from mtlint.document import Document
from mtlint.model import Applicability, Category, Fix, Hit, Severity, Span
from mtlint.rule import Rule, RuleMeta, examples, fail
from mtlint.rules._prose import (
    inside,
    is_table_line,
    lines_matching,
    prose_lines,
    skip_spans,
    snippet,
)
from mtlint.rules._rare import UNICODE_SPACES, holds
from mtlint.rules._script import near_cjk

_DOUBLE = rx.lazy(r"(?<=\S) {2,}(?=\S)")
_LIST_MARKER = rx.lazy(r"\s*(?:[-*+•–]|\d{1,3}[.)]|[a-zA-Z][.)]|\(\w{1,3}\))")
_BORDER = rx.lazy(r"[^\w\s]{1,2}\s*")
_SENTENCE_END = rx.lazy(r"[.!?:][\"'”’)\]]*$")
# Unicode spaces that look like a normal space: no-break, narrow, figure, em/en, ideographic.
_ODD_SPACE = rx.compile_re(f"[{UNICODE_SPACES}]")
_MIXED = rx.lazy(rf"(?<=\S)[ \t{UNICODE_SPACES}]{{2,}}(?=\S)")
_NAMES = {
    "\u00a0": "no-break space",
    "\u202f": "narrow no-break space",
    "\u2009": "thin space",
    "\u3000": "ideographic space",
}


_CLOSERS = "\"'”’)]"


def _ends_sentence(text: str, end: int) -> bool:
    """``_SENTENCE_END.search(text[:end])`` without the copy or a search from every start:
    a sentence mark, then only closing quotes and brackets up to ``end``."""
    k = end
    while k > 0 and text[k - 1] in _CLOSERS:
        k -= 1
    return k > 0 and text[k - 1] in ".!?:"


class DoubledSpace(Rule):
    """Two or more spaces between words inside a line.

    Doubled spaces come from removed words, joined fragments and scraped markup. Leading
    indentation, list markers ("1.  Item"), Markdown/reST code and tables, space-aligned
    columns, and exactly two spaces after a sentence-final mark or colon (a typewriter
    style some editors keep) stay quiet. Collapsing the run to one space is safe.
    """

    meta = RuleMeta(
        code="SP001",
        name="doubled-space",
        category=Category.SPACING,
        severity=Severity.WARNING,
        summary="Two or more spaces between words inside a line.",
        fixable=True,
    )
    examples = examples(
        [
            fail(
                "Biden  will call Putin on Thursday.",
                "1:6",
                fixed="Biden will call Putin on Thursday.",
            ),
            fail(
                "The call ended.   Then it began,  again.",
                "1:16",
                "1:33",
                fixed="The call ended. Then it began, again.",
            ),
        ],
        [
            "The call ended.  Then it began.",
            "    Indented text stays.",
            "1.  First item\n-   second item",
            "Name      Age      City",
            "Note:  two spaces after a colon.",
            "Line ends with a Markdown break  ",
            "* Boxed text inside a border      *",
        ],
    )

    def check(self, doc: Document) -> Iterator[Hit]:
        for line in prose_lines(doc):
            if "  " not in line.text or is_table_line(doc, line.text):
                continue
            skips = skip_spans(doc, line)
            text = line.text
            for m in _DOUBLE.finditer(text):
                # the text before the run, read from its ends: a long line has many runs
                if _LIST_MARKER.fullmatch(text, 0, m.start()):
                    continue
                if len(m.group()) == 2 and _ends_sentence(text, m.start()):
                    continue
                if _BORDER.fullmatch(line.text, m.end()):
                    continue  # a box drawn with text: "warranty      *"
                span = Span(line.start + m.start(), line.start + m.end())
                if inside(span, skips):
                    continue
                shown = snippet(doc, span.start, span.end, 10)
                yield Hit(
                    span,
                    f"{len(m.group())} spaces in {shown!r}",
                    Fix.replace(span, " ", "Use one space", Applicability.SAFE),
                )


class MixedSpace(Rule):
    """A no-break or other Unicode space next to another space.

    "See also\u00a0 How" holds a no-break space and a normal space: an HTML "&nbsp; "
    left by a scraper. The pair renders as a wide gap, and the no-break half glues words
    unexpectedly. A single no-break space ("10\u00a0km") is correct and stays quiet.
    Replacing the run with one normal space is safe.
    """

    meta = RuleMeta(
        code="SP002",
        name="mixed-space",
        category=Category.SPACING,
        severity=Severity.WARNING,
        summary="A no-break or other Unicode space next to another space.",
        fixable=True,
    )
    examples = examples(
        [
            fail("See also\u00a0 How the robot works", "1:9", fixed="See also How the robot works"),
            fail(
                "It ended.\u00a0\u00a0Then\u2009 more.",
                "1:10",
                "1:16",
                fixed="It ended. Then more.",
            ),
        ],
        [
            "It is 10\u00a0km away.",
            "A price of 100\u202f€ and a gap.",
            "Two  normal spaces are SP001's business.",
        ],
    )

    def check(self, doc: Document) -> Iterator[Hit]:
        if not holds(doc, _ODD_SPACE):
            return  # a hit needs a space other than " \t": the common case
        unusual = lines_matching(doc, _ODD_SPACE)
        for line in prose_lines(doc):
            if line.number not in unusual:
                continue
            for m in _MIXED.finditer(line.text):
                run = m.group()
                odd = [c for c in run if c not in " \t"]
                if not odd:
                    continue
                span = Span(line.start + m.start(), line.start + m.end())
                name = _NAMES.get(odd[0], f"U+{ord(odd[0]):04X} space")
                yield Hit(
                    span,
                    f"{name} beside another space in {snippet(doc, span.start, span.end, 10)!r}",
                    Fix.replace(span, " ", "Use one normal space", Applicability.SAFE),
                )


_IDEOGRAPHIC = rx.compile_re("\u3000")


class IdeographicSpace(Rule):
    """An ideographic (full-width) space U+3000 in Latin-script text.

    Chinese and Japanese text spaces with U+3000; a translation from them keeps it between
    English sentences ("passed.\u3000Critics said"), where it renders as a wide gap and
    is not a word break to many tools. Between CJK characters it is correct and stays quiet;
    beside another space it is SP002's. Replacing it with a normal space is safe.
    """

    meta = RuleMeta(
        code="SP006",
        name="ideographic-space",
        category=Category.SPACING,
        severity=Severity.WARNING,
        summary="An ideographic (full-width) space U+3000 in Latin-script text.",
        fixable=True,
    )
    examples = examples(
        [
            fail(
                "The vote passed.\u3000Critics said it was rushed.",
                "1:17",
                fixed="The vote passed. Critics said it was rushed.",
            ),
        ],
        [
            "The poem reads 春眠\u3000不觉晓 in the original.",
            "It ended.\u3000 Then more: SP002's business.",
        ],
    )

    def check(self, doc: Document) -> Iterator[Hit]:
        if not holds(doc, _IDEOGRAPHIC):
            return
        text = doc.text
        hinted = lines_matching(doc, _IDEOGRAPHIC)
        for line in prose_lines(doc):
            if line.number not in hinted:
                continue
            for m in _IDEOGRAPHIC.finditer(line.text):
                pos = line.start + m.start()
                before = text[pos - 1] if pos > line.start else ""
                after = text[pos + 1] if pos + 1 < line.end else ""
                if before in " \t" or after in " \t" or near_cjk(text, pos, line.start, line.end):
                    continue
                span = Span(pos, pos + 1)
                yield Hit(
                    span,
                    f"ideographic space in {snippet(doc, span.start, span.end, 10)!r}",
                    Fix.replace(span, " ", "Use a normal space", Applicability.SAFE),
                )
