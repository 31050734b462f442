"""BP009 and BP013: photo credits, on a line of their own or in parentheses inside a line."""

from __future__ import annotations

from collections.abc import Iterator

from mtlint.document import Document
from mtlint.kinds.line import content_span, content_spans
from mtlint.kinds.linefix import delete_line_fix
from mtlint.model import Applicability, Category, Edit, Fix, Hit, Severity, Span
from mtlint.rule import Rule, RuleMeta, examples, fail
from mtlint.rules.boilerplate._credits import (
    CREDIT_MAX,
    INLINE,
    credit_candidates,
    credit_line,
    inline_credit,
)


class PhotoCreditLine(Rule):
    """A line that is only a photo or image credit ("Photo: Peter Klaunzer – Pool").

    Image captions and their credits are scraped into the text as lines of their own:
    "Photo: Peter Klaunzer – Pool / . / .", "Getty Images", "AFP via Getty Images",
    "REUTERS/Kevin Lamarque", "(EFE / EPA / MIKHAIL METZEL)". The line matches when it is
    a credit label ("Photo:", "Image:", "Photo by", "Credit:") with a short name, or a
    list of agencies and photographers joined by slashes, "via" or dashes. A sentence
    about a photo ("Photos by the agency showed flames") does not match, nor does a lone
    wire-agency name (see BP008). The fix deletes the line (unsafe).
    """

    meta = RuleMeta(
        code="BP009",
        name="photo-credit-line",
        category=Category.BOILERPLATE,
        severity=Severity.WARNING,
        summary='A line that is only a photo or image credit ("Photo: Peter Klaunzer – Pool").',
        fixable=True,
    )
    examples = examples(
        [
            fail(
                "Leaders met.\n\nPhoto: Peter Klaunzer \u2013 Pool / . / .\n",
                "3:1",
                fixed="Leaders met.\n",
            ),
            fail("AFP via Getty Images\nREUTERS/Kevin Lamarque\n", "1:1", "2:1"),
            fail("(EFE / EPA / MIKHAIL METZEL / SPUTNIK / KREMLIN POOL)\n", "1:1"),
            fail("Image: Reuters\n\nPhotos by Jane Doe/AFP\n", "1:1", "3:1"),
        ],
        [
            "Photos by the agency showed flames rising from the building.",
            "Reuters",
            "The photo: a grainy image of two men on a bridge.",
            "Reuters/Ipsos poll shows Biden ahead",
            "Image: a country divided, the report said, is harder to govern than one at war.",
        ],
    )

    def check(self, doc: Document) -> Iterator[Hit]:
        lines, spans = doc.lines, content_spans(doc)
        for i in credit_candidates(doc):  # the few lines that may be credits
            line, (start, end) = lines[i], spans[i]
            if start == end:
                continue
            text = line.text
            if end - start > CREDIT_MAX and not (text[start].isspace() or text[end - 1].isspace()):
                continue  # too long for a credit line, and nothing for credit_line to strip
            content = text[start:end]
            if credit_line(content):
                yield Hit(
                    Span(line.start + start, line.start + end),
                    f"scraped photo credit: '{content}'",
                    delete_line_fix(doc, line, Applicability.UNSAFE),
                )


class InlinePhotoCredit(Rule):
    """A photo credit in parentheses inside a line ("(Image: Reuters)", "(AP Photo/Evan Vucci)").

    When a caption is merged into the text its credit stays behind in parentheses:
    "... near the buffer zone (Image: Reuters)", "(Photo: AP)", "(EFE / EPA / MIKHAIL
    METZEL / SPUTNIK / KREMLIN POOL)", "(AFP via Getty Images)". Only the parenthesis is
    reported. A lone wire agency in parentheses is a dateline ("PARIS (AFP) -") and is
    left alone, as is a parenthesis that is the whole line (BP009 reports it). The fix
    deletes the parenthesis and the space before it (unsafe: the caption text around
    it may need to go too).
    """

    meta = RuleMeta(
        code="BP013",
        name="inline-photo-credit",
        category=Category.BOILERPLATE,
        severity=Severity.WARNING,
        summary='A photo credit in parentheses inside a line ("(Image: Reuters)").',
        fixable=True,
    )
    examples = examples(
        [
            fail(
                "Zelensky salutes troops in Donetsk (Image: Reuters)\n",
                "1:36",
                fixed="Zelensky salutes troops in Donetsk\n",
            ),
            fail(
                "Blinken reiterated his support (Photo: Reuters).",
                "1:32",
                fixed="Blinken reiterated his support.",
            ),
            fail(
                "Biden will say they are ready (EFE / EPA / MIKHAIL METZEL / SPUTNIK / KREMLIN)",
                "1:31",
            ),
            fail("Biden speaks at the White House (AP Photo/Evan Vucci) on Monday.", "1:33"),
        ],
        [
            "PARIS (AFP) - The minister resigned on Monday.",
            "The alliance (NATO) said it would respond.",
            "The image (above) shows the bridge.",
            "Talks between the US and Russia (and NATO) resumed.",
            "The photo (taken in 2019) shows the bridge.",
            "(Image: Reuters)",
            "Support fell to 40 percent (Reuters/Ipsos) in March.",
        ],
    )

    def check(self, doc: Document) -> Iterator[Hit]:
        for line in doc.lines:
            if "(" not in line.text:
                continue
            start, end = content_span(line)
            for m in INLINE.finditer(line.text):
                if not inline_credit(m.group("body")):
                    continue
                if m.start() <= start and m.end() >= end - 1:
                    continue  # the whole line: BP009
                cut = m.start()
                while cut > 0 and line.text[cut - 1] in " \t\u00a0":
                    cut -= 1
                span = Span(line.start + m.start(), line.start + m.end())
                fix = Fix(
                    "Delete the credit",
                    (Edit(Span(line.start + cut, line.start + m.end()), ""),),
                    Applicability.UNSAFE,
                )
                yield Hit(span, f"scraped photo credit: '{m.group()}'", fix)
