"""BP017: a verbless image caption above its photo credit, or ending with it."""

from __future__ import annotations

from collections.abc import Iterator

from mtlint import rx
from mtlint.document import Document, Line
from mtlint.kinds.line import content_span, content_spans
from mtlint.kinds.linefix import delete_line_fix
from mtlint.model import Applicability, Category, Hit, Severity, Span
from mtlint.rule import Rule, RuleMeta, examples, fail
from mtlint.rules.boilerplate._credits import (
    caption_with_credit,
    credit_candidates,
    credit_line,
)
from mtlint.rules.broken._common import MONTHS

_WORD = rx.lazy(r"[\p{L}\p{M}'’\-]+", rx.V1)
# Finite verbs, auxiliaries and reporting verbs: any of them makes the line a sentence.
_VERBS = frozenset(
    str.split(
        """is are was were be been being am has have had having will would shall should can
        could may might must do does did says said say tells told asks asked adds added
        announced announces according stated states claimed claims warned warns noted
        notes explained explains insisted insists believes believed thinks thought knows
        knew wants wanted needs needed seems seemed became become becomes remains
        remained went goes came comes got gets made makes took takes gave gives saw sees
        found finds left leaves kept keeps began begins held holds"""
    )
)
_MAX_WORDS = 30
_MIN_WORDS = 3

# A Japanese paper's caption, translated: the subject, an equals sign, then the day and
# the place ("Pupils walking to the hilltop shelter = 3rd, Kisarazu City", from
# "高台の避難所に向かう児童＝3日、木更津市"), or the place first, or a handout note ("= provided
# by Kisarazu City"). The equals sign between a phrase and a date or a place is no prose.
_MONTHS = "|".join(sorted(MONTHS | {m[:3] for m in MONTHS} | {"Sept"}, key=lambda m: (-len(m), m)))
_WHEN = (
    rf"(?:on\s+)?(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)(?:\s+(?:{_MONTHS})\.?)?"
    rf"|\d{{1,2}}/\d{{1,2}}|(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?"
)
_PLACE = r"\p{Lu}[\p{L}\p{M}'’.\-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.\-]*|of|de|la|am)){0,4}"
_EQUALS_CAPTION = rx.lazy(
    r"(?P<subject>[\p{Lu}\p{N}“\"‘][^=＝]{8,150}?)\s*[=＝]\s*"
    rf"(?:(?:{_WHEN})(?:\s*[,、]\s*(?:in\s+)?{_PLACE})?"
    rf"|(?:in\s+)?{_PLACE}\s*[,、]\s*(?:{_WHEN})"
    rf"|(?:photo\s+)?(?:provided\s+by|courtesy\s+of)\s+(?:the\s+)?{_PLACE}|provided\s+photo)",
    rx.V1,
)


def _verbless(text: str) -> bool:
    words = _WORD.findall(text)
    if not _MIN_WORDS <= len(words) <= _MAX_WORDS:
        return False
    for w in words:
        if not w[0].islower():
            continue  # names and title-case words ("United States") are not verbs
        if w in _VERBS or w.endswith(("n't", "n’t")):
            return False
        if w.endswith("ed"):
            return False  # a past tense (or a participle): probably a sentence
    return True


def _previous_content(doc: Document, line: Line) -> Line | None:
    """The previous non-blank line, if at most one blank line separates it."""
    for prev in reversed(doc.lines[max(0, line.number - 3) : line.number - 1]):
        if prev.text.strip():
            return prev
    return None


class ImageCaption(Rule):
    """A verbless caption line standing just above a photo-credit line.

    A scraped image leaves its caption ("The presidents of Russia, Vladimir Putin, and of
    the United States, Joe Biden.") and its credit ("Photo: Peter Klaunzer – Pool") in the
    text. A caption is hard to tell from a sentence on its own, so the rule only reports
    a line that (1) is followed, across at most one blank line, by a line that is only a
    photo credit, (2) ends with a full stop (a headline does not), (3) has 3 to 30 words,
    and (4) has no auxiliary, common finite verb or reporting verb and no lowercase word
    ending in "-ed". A verbless caption that carries its credit on the same line ("The
    Civil Guard during a rescue. Photo: Europa Press", "The stage during the rehearsal
    (photo Ansa)") is reported whole (a credit in parentheses that BP013 reports alone,
    such as "(Photo: Reuters)", is left to it). A Japanese paper's caption, translated,
    carries no credit but a shape of its own: the subject, an equals sign, the day and the
    place ("Pupils walking to the hilltop shelter = 3rd, Kisarazu City"); it is reported
    wherever it stands (a page may repeat it). The fix deletes the line (unsafe).
    """

    meta = RuleMeta(
        code="BP017",
        name="image-caption",
        category=Category.BOILERPLATE,
        severity=Severity.INFO,
        summary="A verbless caption line standing just above a photo-credit line.",
        fixable=True,
    )
    examples = examples(
        [
            fail(
                "\n\nThe presidents of Russia, Vladimir Putin, and of the United States, "
                "Joe Biden.\n\nPhoto: Peter Klaunzer \u2013 Pool / . / .\n\nBiden will call.\n",
                "3:1",
            ),
            fail(
                "The Civil Guard during a rescue in Los Alc\u00e1zares. Photo: Europa Press\n\n"
                "The stage of the theatre during the general rehearsal (photo Ansa)\n",
                "1:1",
                "3:1",
            ),
            fail(
                "Pupils walking to the hilltop shelter = 3rd, Kisarazu City\n\n"
                "The drill began at 8:30.\n\n"
                "Children at the school gate \uff1d Kisarazu City, 3rd\n",
                "1:1",
                "5:1",
            ),
            fail(
                "Firefighters at the scene of the blaze in Lisbon on Monday.\n"
                "AFP via Getty Images\n",
                "1:1",
                fixed="AFP via Getty Images\n",
            ),
        ],
        [
            "Biden will seek to de-escalate the conflict\n\nPhoto: Peter Klaunzer \u2013 Pool\n",
            "The minister said the talks had failed.\n\nPhoto: AFP\n",
            "Police detained 40 people after the protest.\n\nGetty Images\n",
            "The presidents of Russia and of the United States.\n\nThe talks resumed on Monday.\n",
            "Firefighters at the scene of the blaze.\n\n\n\nPhoto: AFP\n",
            "Police said the photo was fake. Photo: a man on a bridge\n",
            "The minister has resigned, the agency said (Photo: Reuters)\n",
            "Protesters marched to the square. Photos by the agency showed flames\n",
            "The vote in the chamber (photo finish)\n",
            "Set the option so that priority = 1st, then restart.\n",
            "The score was x = 1st and y = 2nd, the judges said.\n",
            "In the formula, rank = 1st place minus the penalty\n",
            "In Tokyo, the score of the home side = 3rd, Osaka.\n",
        ],
    )

    def check(self, doc: Document) -> Iterator[Hit]:
        yield from _equals_captions(doc)
        lines, spans = doc.lines, content_spans(doc)
        for i in credit_candidates(doc):  # the few lines that may be credits
            credit, (c_start, c_end) = lines[i], spans[i]
            if c_start == c_end:
                continue
            content = credit.text[c_start:c_end]
            if not credit_line(content):
                caption = caption_with_credit(content)
                if caption and _verbless(caption) and not caption.endswith(".."):
                    yield Hit(
                        Span(credit.start + c_start, credit.start + c_end),
                        f"scraped image caption with its photo credit: '{content}'",
                        delete_line_fix(doc, credit, Applicability.UNSAFE),
                    )
                continue
            line = _previous_content(doc, credit)
            if line is None:
                continue
            start, end = content_span(line)
            content = line.text[start:end]
            if not content.endswith(".") or content.endswith(".."):
                continue
            if credit_line(content) or not _verbless(content):
                continue
            yield Hit(
                Span(line.start + start, line.start + end),
                f"scraped image caption above a photo credit: '{content}'",
                delete_line_fix(doc, line, Applicability.UNSAFE),
            )


def _equals_captions(doc: Document) -> Iterator[Hit]:
    """The captions in the Japanese "subject = day, place" style (see _EQUALS_CAPTION)."""
    text = doc.text
    if "=" not in text and "＝" not in text:
        return  # most documents: two scans in C
    spans = content_spans(doc)
    for i, line in enumerate(doc.lines):
        if "=" not in line.text and "＝" not in line.text:
            continue
        start, end = spans[i]
        content = line.text[start:end]
        if content.endswith("."):
            continue  # a sentence: the caption has no full stop
        m = _EQUALS_CAPTION.fullmatch(content)
        if m is None or len(_WORD.findall(m.group("subject"))) < _MIN_WORDS:
            continue
        yield Hit(
            Span(line.start + start, line.start + end),
            f"scraped image caption (subject = day, place): '{content}'",
            delete_line_fix(doc, line, Applicability.UNSAFE),
        )
