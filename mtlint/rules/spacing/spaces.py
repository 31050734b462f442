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


# A sentence end and the capital of the next sentence, one or two spaces apart.
_GAPS = rx.lazy(r"(?<=[a-z0-9][.!?][\"'”’)\]]{0,2})( {1,2})(?=[\"“‘]?[A-Z])")
_SINGLE_SHARE = 0.8  # of a document's sentence gaps, for two spaces to be a slip
_MIN_SINGLE = 4  # single-spaced sentence gaps at least: a short text proves no style


def _single_spaced(doc: Document) -> bool:
    """Whether ``doc`` puts one space between sentences (most of the time, and a few
    times at least): then two spaces somewhere are a slip, not a house style."""
    key = "sp001-single-spaced"
    memo = doc.memo.get(key)
    if memo is None:
        one = two = 0
        for m in _GAPS.finditer(doc.text):
            if len(m.group(1)) == 1:
                one += 1
            else:
                two += 1
        memo = one >= _MIN_SINGLE and one >= _SINGLE_SHARE * (one + two)
        doc.memo[key] = memo
    return bool(memo)


def _aligned(doc: Document, number: int, start: int, end: int) -> bool:
    """Whether a line next to line ``number`` has a gap of two or more spaces that ends in
    the same column as ``start:end`` (or one off: right-aligned figures) after text of
    another width or with more padding: a two-column layout (standings, a reST simple
    table or field list), which ``is_table_line`` (three columns or more) lets through.
    The same line twice ("Hello  world." under itself) is no layout."""
    for other in (number - 2, number):  # the lines above and below (0-based)
        if 0 <= other < len(doc.lines):
            for m in _DOUBLE.finditer(doc.lines[other].text):
                if abs(m.end() - end) <= 1 and (
                    m.start() != start or max(m.end() - m.start(), end - start) > 2
                ):
                    return True
    return False


class DoubledSpace(Rule):
    """Two or more spaces between words inside a line.

    Doubled spaces come from removed words, joined fragments and scraped markup. Leading
    indentation, list markers ("1. Item"), Markdown/reST code and tables, space-aligned
    columns (also two: a gap with a gap beside it on the line above or below), and exactly
    two spaces after a sentence-final mark or colon (a typewriter style some editors keep)
    stay quiet, unless the document puts one space between its other sentences: then the
    pair before a capital is a slip. Collapsing the run to one space is safe.
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
            fail(
                "He came. She left. They met. It ended. Radios came in.  Staff practised.",
                "1:55",
                fixed="He came. She left. They met. It ended. Radios came in. Staff practised.",
            ),
        ],
        [
            "The call ended.  Then it began.",
            "He came.  She left.  They met.  It ended. Radios came in.  Staff practised.",
            "    Indented text stays.",
            "1.  First item\n-   second item",
            "Name      Age      City",
            "Note:  two spaces after a colon.",
            "Line ends with a Markdown break  ",
            "* Boxed text inside a border      *",
            "Club             Pts\nArsenal           36\nAston Villa       31\n",
            ":Author:   Jane Doe\n:Version:  1.4\n",
            "=========  =======\nCountry    Capital\n=========  =======\nIceland    Reykjavík\n",
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
                if (
                    len(m.group()) == 2
                    and _ends_sentence(text, m.start())
                    and not (text[m.end()].isupper() and _single_spaced(doc))
                ):
                    continue
                if _BORDER.fullmatch(line.text, m.end()):
                    continue  # a box drawn with text: "warranty      *"
                if _aligned(doc, line.number, m.start(), m.end()):
                    continue  # two columns: "Arsenal     36" over "Aston Villa 31"
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
    is not a word break to many tools, or at the end of a paragraph. Between CJK characters
    it is correct and stays quiet; beside another space it is SP002's. Replacing it with a
    normal space (deleting it at a line's end) is safe.
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
            fail("The plan is due next year.\u3000", "1:27", fixed="The plan is due next year."),
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
                # at a line's ends "" is no space beside it: a trailing U+3000 is debris too
                if (before and before in " \t") or (after and after in " \t"):
                    continue
                if near_cjk(text, pos, line.start, line.end):
                    continue
                span = Span(pos, pos + 1)
                inner = bool(before and after)
                yield Hit(
                    span,
                    f"ideographic space in {snippet(doc, span.start, span.end, 10)!r}",
                    Fix.replace(
                        span,
                        " " if inner else "",
                        "Use a normal space" if inner else "Delete the space",
                        Applicability.SAFE,
                    ),
                )
