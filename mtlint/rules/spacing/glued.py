"""SP004-SP005: a comma glued to the next word, and a tab inside a prose line."""

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

_GLUED_COMMA = rx.lazy(r"(?<=\p{L}{2}[\"”’)]?)[,;](?=\p{L}{2})")
# What _GLUED_COMMA needs on a line, for a whole-text prefilter that skips to the marks
# (stdlib; _GLUED_COMMA starts with a lookbehind, tried at every position): two letters.
_HINT = rx.compile_re(r"[,;](?=[^\W\d_]{2})")
# Code-like characters, a call ("f(a"), a query ("?foo") or a dotted name
# ("System.Windows.Forms"): the token is code or a value, not prose.
_TOKEN_CODE = rx.lazy(r"[/\\@=_#<>{}\[\]|:*`~^$%&]|\w\(|\?\w|\p{L}\.\p{L}")
_TAB = rx.lazy(r"(?<=\S)\t+(?=\S)")


def _token(text: str, pos: int) -> str:
    a = pos
    while a > 0 and not text[a - 1].isspace():
        a -= 1
    b = pos
    while b < len(text) and not text[b].isspace():
        b += 1
    return text[a:b]


class MissingSpaceAfterComma(Rule):
    """A comma or semicolon glued to the next word ("Biden,Putin").

    Scrapers and translation engines drop the space after a comma when they join text. Numbers
    (1,000), single letters (x,y), URLs, code, tokens with code-like characters, calls, queries or
    dotted names ("f(a,b)", "A;A.B.C") and comma-separated data lines (three or more glued commas)
    stay quiet. Inserting a space is safe.
    """

    meta = RuleMeta(
        code="SP004",
        name="missing-space-after-comma",
        category=Category.SPACING,
        severity=Severity.WARNING,
        summary='A comma or semicolon glued to the next word ("Biden,Putin").',
        fixable=True,
    )
    examples = examples(
        [
            fail("Biden,Putin and Macron met.", "1:6", fixed="Biden, Putin and Macron met."),
            fail("He said “never”,and left.", "1:16", fixed="He said “never”, and left."),
            fail("Talks failed;the envoy left.", "1:13", fixed="Talks failed; the envoy left."),
        ],
        [
            "About 1,000 troops, 2,5 km and x,y points.",
            "See https://example.org/a,b and `f(a,bc)` here; AT&amp;T aside.",
            "red,green,blue,yellow",
            "Keywords: file,lock,synchronization",
            'Use "?and(?foo,bar)" or "System;System.Windows.Forms" here.',
            "Biden, Putin and Macron met.",
        ],
    )

    def check(self, doc: Document) -> Iterator[Hit]:
        hinted = lines_matching(doc, _HINT)
        for line in prose_lines(doc):
            if line.number not in hinted:
                continue
            matches = list(_GLUED_COMMA.finditer(line.text))
            if not matches or len(matches) >= 3 or is_table_line(doc, line.text):
                continue
            skips = skip_spans(doc, line)
            for m in matches:
                span = Span(line.start + m.start(), line.start + m.end())
                token = _token(line.text, m.start())
                if (
                    inside(span, skips)
                    or _TOKEN_CODE.search(token)
                    or len(_GLUED_COMMA.findall(token)) > 1
                ):
                    continue  # code, or a glued list such as "file,lock,sync"
                shown = snippet(doc, span.start, span.end, 10)
                mark = m.group()
                name = "comma" if mark == "," else "semicolon"
                yield Hit(
                    span,
                    f"no space after {name} in {shown!r}",
                    Fix.replace(
                        span, mark + " ", f"Insert a space after the {name}", Applicability.SAFE
                    ),
                )


class TabInText(Rule):
    """A tab between two words of a prose line.

    A tab inside a sentence is a leftover of pasted tables or form fields and renders as
    an unpredictable gap. Indentation, lines with several tabs (tab-separated data),
    "Label:\\tvalue" pairs, code and tables stay quiet. Replacing it with a space is safe.
    """

    meta = RuleMeta(
        code="SP005",
        name="tab-in-text",
        category=Category.SPACING,
        severity=Severity.INFO,
        summary="A tab between two words of a prose line.",
        fixable=True,
    )
    examples = examples(
        [
            fail(
                "The president said\tthat talks would resume in January.",
                "1:19",
                fixed="The president said that talks would resume in January.",
            )
        ],
        [
            "\tIndented paragraph with a leading tab.",
            "name\tage\tcity",
            "Phone:\t555 0100 for the office desk",
            "Short\tline",
        ],
    )

    def check(self, doc: Document) -> Iterator[Hit]:
        for line in prose_lines(doc):
            if "\t" not in line.text.strip() or line.text.strip().count("\t") > 1:
                continue
            if line.text.count(" ") < 4 or is_table_line(doc, line.text):
                continue
            for m in _TAB.finditer(line.text):
                if line.text[m.start() - 1] == ":":
                    continue
                span = Span(line.start + m.start(), line.start + m.end())
                shown = snippet(doc, span.start, span.end, 10)
                yield Hit(
                    span,
                    f"tab inside a line in {shown!r}",
                    Fix.replace(span, " ", "Replace the tab with a space", Applicability.SAFE),
                )
