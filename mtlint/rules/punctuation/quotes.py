"""PU003-PU006: misplaced, misdirected and unbalanced curly double quotes."""

from __future__ import annotations

from collections.abc import Iterator

from mtlint.document import Document
from mtlint.model import Applicability, Category, Fix, Hit, Severity, Span
from mtlint.rule import Rule, RuleMeta, examples, fail
from mtlint.rules._prose import snippet
from mtlint.rules.punctuation._quotes import CLOSE, OPEN, Issue, quote_issues


def _context(doc: Document, start: int, end: int) -> str:
    return snippet(doc, start, end, 8)


class SpaceBeforeClosingQuote(Rule):
    """A space between the quoted words and the closing quotation mark.

    Machine translation and some scrapers detach the closing quote from the text it
    closes ("weeks ”, he said", "to? ”He asked"). Only a ” that closes an open quotation
    is flagged, so a ” misused as an opening quote is left to PU005. The fix (safe) moves
    the space after the quote when a word follows, and deletes it otherwise.
    """

    meta = RuleMeta(
        code="PU003",
        name="space-before-closing-quote",
        category=Category.PUNCTUATION,
        severity=Severity.WARNING,
        summary="A space between the quoted words and the closing quotation mark.",
        fixable=True,
    )
    examples = examples(
        [
            fail(
                "“We are ready in the coming weeks ”, he said.",
                "1:34",
                fixed="“We are ready in the coming weeks”, he said.",
            ),
            fail(
                "“Who owned it? ”He asked. “Nobody, ”he said.",
                "1:15",
                "1:35",
                fixed="“Who owned it?” He asked. “Nobody,” he said.",
            ),
            fail("She said “we are ready ”.", "1:23", fixed="She said “we are ready”."),
        ],
        [
            "“We are ready,” he said. “And you?”",
            "He said ”hello” to me.",
            "The word “ready” and “ steady” differ.",
        ],
    )

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.text
        for qi in quote_issues(doc):
            if qi.issue is not Issue.SPACE_BEFORE_CLOSE or qi.space is None:
                continue
            span = Span(qi.space.start, qi.pos + 1)
            word_after = qi.pos + 1 < len(text) and text[qi.pos + 1].isalnum()
            replacement = CLOSE + " " if word_after else CLOSE
            yield Hit(
                span,
                f"space before closing quotation mark in {_context(doc, span.start, span.end)!r}",
                Fix.replace(
                    span,
                    replacement,
                    "Attach the closing quote to the quoted words",
                    Applicability.SAFE,
                ),
            )


class SpaceAfterOpeningQuote(Rule):
    """A space between the opening quotation mark and the quoted words.

    "said “ We are ready”" detaches the quote from its text, a common leftover of
    translation engines and of French typography. Only a “ that a later ” closes is
    flagged, and a quote that opens on an ellipsis ("“ … and then”") is left alone.
    Deleting the space is safe.
    """

    meta = RuleMeta(
        code="PU009",
        name="space-after-opening-quote",
        category=Category.PUNCTUATION,
        severity=Severity.WARNING,
        summary="A space between the opening quotation mark and the quoted words.",
        fixable=True,
    )
    examples = examples(
        [
            fail(
                "The official said “ we are ready” on Friday.",
                "1:19",
                fixed="The official said “we are ready” on Friday.",
            ),
            fail("“ Yes,” he said. “ No.”", "1:1", "1:18", fixed="“Yes,” he said. “No.”"),
        ],
        [
            "The official said “we are ready” on Friday.",
            "He said “ … and then nothing” twice.",
            "An open “ quote that never closes is PU006's business.",
        ],
    )

    def check(self, doc: Document) -> Iterator[Hit]:
        for qi in quote_issues(doc):
            if qi.issue is not Issue.SPACE_AFTER_OPEN or qi.space is None:
                continue
            span = Span(qi.pos, qi.space.end)
            yield Hit(
                span,
                f"space after opening quotation mark in {_context(doc, span.start, span.end)!r}",
                Fix.replace(
                    qi.space, "", "Attach the opening quote to the quoted words", Applicability.SAFE
                ),
            )


class MissingSpaceAfterClosingQuote(Rule):
    """A closing quotation mark glued to the next word.

    "forgotten,”he said" reads as a typo and breaks word counts. Only a ” that closes an
    open quotation is flagged. Inserting a space is safe.
    """

    meta = RuleMeta(
        code="PU004",
        name="missing-space-after-closing-quote",
        category=Category.PUNCTUATION,
        severity=Severity.WARNING,
        summary="A closing quotation mark glued to the next word.",
        fixable=True,
    )
    examples = examples(
        [
            fail(
                "“Everyone has forgotten,”he said.",
                "1:25",
                fixed="“Everyone has forgotten,” he said.",
            ),
            fail("A “colossal mistake”and more.", "1:20", fixed="A “colossal mistake” and more."),
        ],
        [
            "“Everyone has forgotten,” he said.",
            "The 12” pizza arrived.",
            "“Yes.”\n\n“No.”",
            "He said “no”.",
        ],
    )

    def check(self, doc: Document) -> Iterator[Hit]:
        for qi in quote_issues(doc):
            if qi.issue is not Issue.GLUED_AFTER_CLOSE:
                continue
            span = Span(qi.pos, qi.pos + 1)
            yield Hit(
                span,
                f"no space after closing quotation mark in {_context(doc, qi.pos, qi.pos + 1)!r}",
                Fix.replace(
                    span, CLOSE + " ", "Insert a space after the quote", Applicability.SAFE
                ),
            )


def _after_low_opener(text: str, pos: int) -> bool:
    """Whether the quotation a “ at ``pos`` closes was opened with „ on its line."""
    start = text.rfind("\n", 0, pos) + 1
    opened = max(text.rfind(q, start, pos) for q in "„“”")
    return opened >= 0 and text[opened] == "„"


class WrongDirectionQuote(Rule):
    """An opening quotation mark where a closing one belongs, or the reverse.

    Translation engines and careless smart-quote conversion emit “ after the last word of
    a quotation ("Ukraine.“.", "them. “, It") or ” before the first word ("said ”We").
    A “ followed by punctuation or the end of the line, or a ” before a word when no
    quotation is open, is the wrong glyph. Replacing “ with ” is safe when the mark is
    attached to the sentence's final punctuation and ends the line or precedes more
    punctuation; every other replacement is unsafe. A “ that closes a quotation opened
    with „ is the German (and Central European) pair, right as it is.
    """

    meta = RuleMeta(
        code="PU005",
        name="wrong-direction-quote",
        category=Category.PUNCTUATION,
        severity=Severity.WARNING,
        summary="An opening quotation mark where a closing one belongs, or the reverse.",
        fixable=True,
    )
    examples = examples(
        [
            fail("“We are prepared to respond.“", "1:29", fixed="“We are prepared to respond.”"),
            fail(
                "“We are ready to discuss them. “, It indicated.",
                "1:32",
                fixed="“We are ready to discuss them. ”, It indicated.",
            ),
            fail(
                "The official said ”We are ready.”",
                "1:19",
                fixed="The official said “We are ready.”",
            ),
            fail(
                "He called it “a mistake“, then left.",
                "1:24",
                fixed="He called it “a mistake”, then left.",
            ),
            fail("“We are ready“ he said.", "1:14", fixed="“We are ready” he said."),
        ],
        [
            "“We are ready,” he said. “Wait...” she replied.",
            "“…and then nothing,” he said.",
            "He said: “Yes.”",
            "“Yes,” he said.\n\n“No,” she said.",
            "A 12” pizza.",
            "Leave out the trailing “:” and the “;” of each prefix.",
            "Der Minister sagte: „Wir werden nicht nachgeben.“",
        ],
    )

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.text
        for qi in quote_issues(doc):
            span = Span(qi.pos, qi.pos + 1)
            ctx = _context(doc, qi.pos, qi.pos + 1)
            if qi.issue is Issue.OPEN_AS_CLOSE:
                if _after_low_opener(text, qi.pos):
                    continue  # „Wir schaffen das.“: German and Central European pairs (PU013's)
                left = text[qi.pos - 1] if qi.pos > 0 else " "
                right = text[qi.pos + 1] if qi.pos + 1 < len(text) else "\n"
                safe = left in ".!?" and (right in ".,;:\r\n")
                yield Hit(
                    span,
                    f"opening quotation mark used as a closing one in {ctx!r}",
                    Fix.replace(
                        span,
                        CLOSE,
                        "Use a closing quotation mark",
                        Applicability.SAFE if safe else Applicability.UNSAFE,
                    ),
                )
            elif qi.issue is Issue.CLOSE_AS_OPEN:
                yield Hit(
                    span,
                    f"closing quotation mark used as an opening one in {ctx!r}",
                    Fix.replace(span, OPEN, "Use an opening quotation mark", Applicability.UNSAFE),
                )


class UnbalancedQuotes(Rule):
    """A quotation that is opened and never closed, or closed and never opened.

    A lost quotation mark changes who is speaking. The quotation convention that spans
    paragraphs (a paragraph leaves the quotation open and the next one starts with “) is
    correct and stays quiet; paragraphs that mix straight and curly quotes are left alone.
    There is no fix: only a reader knows where the quotation ends.
    """

    meta = RuleMeta(
        code="PU006",
        name="unbalanced-quotes",
        category=Category.PUNCTUATION,
        severity=Severity.WARNING,
        summary="A quotation that is opened and never closed, or closed and never opened.",
    )
    examples = examples(
        [
            fail("The president “will make it clear to Putin.", "1:15"),
            fail("He said that “sanctions are ready and “Europe agrees”.", "1:14"),
            fail("The plan was ready,” he said.", "1:20"),
        ],
        [
            "“First paragraph of a long quotation.\n\n“Second paragraph ends it.”",
            "“Yes,” he said.",
            "She is 5’ 10” tall.",
            'The “quote” and the "other" one.',
            "He said “hello\nthere” twice.",
        ],
    )

    def check(self, doc: Document) -> Iterator[Hit]:
        for qi in quote_issues(doc):
            span = Span(qi.pos, qi.pos + 1)
            ctx = _context(doc, qi.pos, qi.pos + 1)
            if qi.issue is Issue.UNCLOSED:
                yield Hit(span, f"quotation opened here is never closed: {ctx!r}")
            elif qi.issue is Issue.STRAY_CLOSE:
                yield Hit(span, f"closing quotation mark without an opening one: {ctx!r}")
