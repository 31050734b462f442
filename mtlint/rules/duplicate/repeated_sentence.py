"""DU004: a one-sentence line that repeats a sentence of a paragraph just above it, with
only page furniture ("Advertisement") between them."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from mtlint.document import Document, Line
from mtlint.kinds.linefix import delete_lines
from mtlint.model import Category, Hit, Severity, Span
from mtlint.rule import Rule, RuleMeta, examples, fail
from mtlint.rules.linekinds import is_structure, looks_like_code

MIN_WORDS = 8  # shorter sentences recur on purpose ("We will not give up.")
MIN_CHARS = 40  # what MIN_WORDS words take at least: a cheap first test
MAX_CHARS = 400  # one sentence, not a paragraph
WINDOW = 3  # non-blank lines above searched for the sentence
_ENDS = ".!?"
_FURNITURE_CHARS = 100  # a longer line is prose, not a label or a credit
_INNER_ENDS = (". ", "! ", "? ")  # a second sentence in the line: not one sentence
_BEFORE_OK = '.!?"”’»)'  # what may close the sentence before the repeated one


def _above(lines: Sequence[Line], index: int) -> list[Line]:
    """The WINDOW non-blank lines above line ``index``, in order."""
    out: list[Line] = []
    k = index - 1
    while k >= 0 and len(out) < WINDOW:
        if lines[k].text.strip():
            out.append(lines[k])
        k -= 1
    return out[::-1]


def _furniture(text: str) -> bool:
    """A line that splits a paragraph on a page ("Advertisement", "Read more: ...", a
    photo credit): a few words, no closing punctuation."""
    stripped = text.strip().rstrip('"”’»)')
    return (
        bool(stripped)
        and len(text) <= _FURNITURE_CHARS
        and stripped[-1] not in _ENDS
        and len(stripped.split()) <= 12
    )


class RepeatedSentence(Rule):
    """A line of one sentence that repeats a whole sentence of a line just above.

    A scraped page repeats a sentence as a paragraph of its own after an advertisement
    break or an embedded block, and a translation pipeline emits a segment twice. The
    line is flagged when it is one sentence of at least eight words, the same sentence,
    word for word, stands whole (between sentence boundaries) in a line above that also
    says more, and only page furniture stands between the two (one or two short lines
    without closing punctuation: "Advertisement", "Read more: ..."). Shorter sentences,
    a sentence repeated after prose or right after its paragraph (reference text repeats
    its stock sentences: "This policy provides compatibility ...") and lines that repeat
    a whole line (DU001's) stay quiet. The fix deletes the line; it is unsafe because the author may
    have meant the repetition.
    """

    meta = RuleMeta(
        code="DU004",
        name="repeated-sentence",
        category=Category.DUPLICATE,
        severity=Severity.WARNING,
        summary="A one-sentence line that repeats a sentence of a line just above.",
        fixable=True,
    )
    examples = examples(
        [
            fail(
                "During the strike there will be no trains from midnight to midnight. "
                "International trains will be cancelled too.\n\nAdvertisement\n\n"
                "During the strike there will be no trains from midnight to midnight.\n",
                "5:1",
                fixed="During the strike there will be no trains from midnight to midnight. "
                "International trains will be cancelled too.\n\nAdvertisement\n",
            ),
            fail(
                "The mayor spoke first. The council will vote on the budget next Tuesday "
                "evening.\nRead more: Budget talks stall\n"
                "The council will vote on the budget next Tuesday evening.\n",
                "3:1",
            ),
        ],
        [
            "No changes were made. With the exception of the changes noted below, no "
            "changes were made to content.\n\n"
            "With the exception of the changes noted below, no changes were made to content.\n",
            "We will not give up. We will fight on.\n\nWe will not give up.\n",
            "The council will vote on the budget next Tuesday evening.\n\n"
            "The council will vote on the budget next Tuesday evening.\n",
            "The council will vote on the budget next Tuesday evening, the mayor said.\n\n"
            "The council will vote on the budget next Tuesday evening.\n",
            "The council said the vote on the budget will be next Tuesday evening. It is "
            "late.\n\nOne.\n\nTwo.\n\nThree.\n\n"
            "The council said the vote on the budget will be next Tuesday evening.\n",
            "- Keep the receipt for the warranty claim and the return form.\n"
            "- Keep the receipt for the warranty claim and the return form. Always.\n",
        ],
    )

    def check(self, doc: Document) -> Iterator[Hit]:
        lines = doc.lines
        done = -1  # the last line judged: two furniture lines lead to one sentence line
        # Lines that may be furniture, from their length and last character alone.
        short = [
            x for x in lines if 0 < len(x.text) <= _FURNITURE_CHARS and x.text[-1] not in _ENDS
        ]
        for furniture in short:
            if not _furniture(furniture.text):
                continue
            after = furniture.number
            while after < len(lines) and not lines[after].text.strip():
                after += 1
            if after >= len(lines) or after <= done:
                continue
            done = after
            line = lines[after]
            stripped = line.text.strip()
            if not (
                MIN_CHARS <= len(stripped) <= MAX_CHARS
                and stripped[-1] in _ENDS
                and not any(end in stripped for end in _INNER_ENDS)
            ):
                continue
            window = _above(lines, after)
            hit = self._judge(doc, line, stripped, window)
            if hit is not None:
                yield hit

    @staticmethod
    def _judge(doc: Document, line: Line, text: str, window: list[Line]) -> Hit | None:
        """The hit when ``text`` (the line, stripped) stands whole in a line above with
        only page furniture between them."""
        for k in range(len(window) - 2, -1, -1):
            if not _furniture(window[k + 1].text):
                return None  # prose between: a summary or a refrain, not a scraper's copy
            earlier = window[k]
            found = earlier.text.find(text)
            if found < 0:
                continue
            before = earlier.text[:found].rstrip()
            after = earlier.text[found + len(text) :]
            if before and before[-1] not in _BEFORE_OK:
                continue
            if after and not after[:1].isspace():
                continue
            if not (before or after.strip()):
                return None  # the same line: DU001's
            if len(text.split()) < MIN_WORDS or is_structure(line.text):
                return None
            if looks_like_code(line.text) or is_structure(earlier.text):
                return None
            start = line.text.index(text)
            return Hit(
                Span(line.start + start, line.start + start + len(text)),
                f"sentence repeats one of line {doc.line_base + earlier.number}",
                delete_lines(doc, line, line),
            )
        return None
