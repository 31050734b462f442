"""BS011: a paragraph of prose that starts with a lowercase word after a finished one."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from mtlint import rx
from mtlint.document import Document
from mtlint.model import Applicability, Category, Fix, Hit, Severity, Span
from mtlint.rule import Rule, RuleMeta, examples, fail
from mtlint.rules.broken import lexicon
from mtlint.rules.broken._common import TERMINAL_END, in_code_or_url, is_prose_number
from mtlint.rules.broken._split import broken_pair, lined_paragraphs, runs_on, split_sentence
from mtlint.rules.broken.stops import CLOSED

# A blank line, then a line that starts with an ASCII lowercase letter: one search of
# the text (stdlib) finds the few paragraphs the rule looks at.
_AFTER_BLANK = rx.compile_re(r"\n[ \t]*\n([a-z][a-z'’-]*)(?=[ ,])")
_MIN_WORDS = 6
# A line, then one that starts with an ASCII lowercase letter: the second line of a
# sentence broken in two on a page whose lines are its paragraphs.
# (A literal first: the engine skips to the line breaks. A blank line before is
# _AFTER_BLANK's: ``_broken_line`` wants a line there.)
_AFTER_LINE = rx.compile_re(r"\n[ \t]*([a-z][a-z'’-]*)(?=[ ,])")
# Three long one-line paragraphs: the page sets its paragraphs on lines.
_LINED = (
    "The council met on Monday evening and the mayor spoke first, then the leader of the"
    " opposition spoke at length about the budget for the coming year.\n\n"
) * 3
_SHORT = 40  # at most this long, a line that runs on was broken, not wrapped
_LONG = 80  # ... when a line just before or after it is at least this long


def _opener(word: str) -> bool:
    """A word that opens a sentence and is never an identifier or a brand: a
    closed-class word ("the", "in", "it") or a common adverb in -ly ("particularly")."""
    if word in CLOSED:
        return True
    return len(word) >= 6 and word.endswith("ly") and lexicon.count(word) >= 1e6


def _previous_ends(doc: Document, index: int) -> bool:
    """Whether the last non-blank line before line ``index`` ends a sentence."""
    lines = doc.lines
    for i in range(index - 1, -1, -1):
        text = lines[i].text.strip()
        if text:
            return TERMINAL_END.search(text) is not None
    return False


def _broken_line(doc: Document, index: int) -> bool:
    """Whether line ``index`` (which starts in lowercase) goes on with the sentence that
    a short line above it began: "After the 17th round" / "the difference grew to 3,000
    votes." on a page of one-line paragraphs. A wrapped text fills its lines, so the
    short line is no wrap; the line before it ends a sentence (it starts one); it has a
    few words in sentence case and no closing mark (a heading or a label has a colon or
    title case)."""
    pair = broken_pair(doc, index, _SHORT)
    if pair is None:
        return False
    head, before = pair
    after = doc.lines[index + 1].text.strip() if index + 1 < len(doc.lines) else ""
    longest = max(len(before), len(after))
    return longest >= _LONG and longest >= 2 * len(head)


class LowercaseParagraphStart(Rule):
    """A paragraph of prose that starts with a lowercase word ("particularly delicate was").

    Scrapers and translation engines split paragraphs in odd places, and the capital of
    the first word is lost on the way: "...the boxes were restored.\\n\\nparticularly
    delicate was the ceiling." The rule reports a paragraph (after a blank line) whose
    first word is a closed-class word or a common adverb in -ly, when the paragraph
    before it ends a sentence and the paragraph itself is a sentence of prose. Lowercase
    names and commands ("iPhone sales rose", "rustc compiles"), list items, code and a
    paragraph that continues an unfinished one stay quiet. The fix capitalises the word
    (unsafe). On a page whose lines are its paragraphs (no blank lines), a line that
    starts with a closed-class word after a short line in sentence case with no closing
    mark ("After the 17th round" / "the difference became 3,000 votes.") is a sentence
    broken in two: the short line follows a finished sentence, and a line next to it is
    long, so it is no wrapped line; the fix joins the lines (unsafe). A longer line
    breaks the same way ("The ruling can be appealed" / "to the court within three
    days.") on a page that shows it sets paragraphs on lines: some lines are long and
    at most two run on into a lowercase line (a wrapped text has many); the next line
    opens with a closed-class word, or with a word of quantity or time after a number
    ("at 7" / "o'clock"). The line that goes on is reported.
    """

    meta = RuleMeta(
        code="BS011",
        name="lowercase-paragraph-start",
        category=Category.BROKEN_SENTENCE,
        severity=Severity.WARNING,
        summary="A paragraph of prose that starts with a lowercase word after a finished one.",
        fixable=True,
    )
    examples = examples(
        [
            fail(
                "The boxes were restored.\n\nparticularly delicate was the work on the ceiling.",
                "3:1",
                fixed="The boxes were restored.\n\nParticularly delicate was the work on the"
                " ceiling.",
            ),
            fail("Talks ended.\n\nin the allied states, officials said nothing at all.", "3:1"),
            fail(
                "In the first five rounds, the opposition candidate was ahead by about 1,800 "
                "votes.\nAfter the 17th round\nthe difference became more than 3,000 votes.\n",
                "3:1",
                fixed="In the first five rounds, the opposition candidate was ahead by about "
                "1,800 votes.\nAfter the 17th round the difference became more than 3,000 "
                "votes.\n",
            ),
            fail(
                _LINED + "The ruling is not final and can be appealed\nto the regional court"
                " within three days.\n",
                "8:1",
            ),
            fail(
                _LINED + "The workers were told at a staff meeting at 7\no'clock in the"
                " morning, an hour before the announcement.\n",
                "8:1",
            ),
        ],
        [
            "The boxes were restored and\n\nparticularly delicate was the work on the ceiling.",
            "Sales rose.\n\niPhone sales rose by five percent in the last quarter.",
            "The compiler is fast.\n\nrustc compiles each crate on its own, in parallel.",
            "Results:\n\nin the first round, three teams were eliminated early.",
            "Talks ended.\n\nin short\n",
            "The council met on Monday and the mayor spoke first, then the opposition.\n"
            "Results of the Vote\nthe motion passed with a large majority of the votes.\n",
            "The river rose overnight.\nWe walked along the\nbank of the river until dark.\n",
            "The council met on Monday and the mayor spoke first, then the opposition spoke"
            " up\nfor the plan\nthe motion passed with a large majority of the votes.\n",
            _LINED + "Sales of the new phone rose in the quarter\niPhone sales rose by five"
            " percent in the last quarter.\n",
            _LINED + "The tool is installed with the command\nnpm install mtlint, as the"
            " manual says.\n",
            _LINED + "Closing times changed this week\nthe shops close at 7 and open at 9 in"
            " the morning.\n\nThe river rose overnight and we walked along the\nbank of"
            " the river\nuntil dark, and then we went home.\n",
        ],
    )

    def check(self, doc: Document) -> Iterator[Hit]:
        yield from self._after_blank(doc)
        yield from self._after_short_line(doc)

    def _after_short_line(self, doc: Document) -> Iterator[Hit]:
        """A sentence broken in two on a page of one-line paragraphs: after a short line
        (``_broken_line``), or anywhere on a page that shows it sets paragraphs on lines
        (``_split``)."""
        text, starts = doc.text, doc.line_starts
        found: list[tuple[int, re.Match[str]]] = []
        for m in _AFTER_LINE.finditer(text):
            index = bisect.bisect_right(starts, m.start(1)) - 1
            if runs_on(doc, index):
                found.append((index, m))
        lined: bool | None = None  # asked only when a line qualifies
        for index, m in found:
            word = m.group(1)
            if word in CLOSED and _broken_line(doc, index):
                line = doc.lines[index]
                if not is_prose_number(doc, line.number):
                    continue
                if not is_prose_number(doc, line.number - 1):
                    continue
            else:
                if lined is None:
                    lined = lined_paragraphs(doc, len(found))
                if not lined or not split_sentence(doc, index, word):
                    continue
            yield from self._split_hits(doc, index, m)

    def _split_hits(self, doc: Document, index: int, m: re.Match[str]) -> Iterator[Hit]:
        """The report of a sentence broken before line ``index``: the lowercase word that
        goes on (with the fix). The line before is not reported apart: its end alone
        does not show the break."""
        head_line = doc.lines[index - 1]
        head = head_line.text.rstrip()
        word = m.group(1)
        span = Span(m.start(1), m.end(1))
        fix = Fix.replace(
            Span(head_line.end, m.start(1)), " ", "Join the lines", Applicability.UNSAFE
        )
        yield Hit(
            span, f"sentence broken across lines: “{head.strip()}” goes on with “{word}”", fix
        )

    def _after_blank(self, doc: Document) -> Iterator[Hit]:
        text, starts = doc.text, doc.line_starts
        for m in _AFTER_BLANK.finditer(text):
            word = m.group(1)
            if not _opener(word):
                continue
            index = bisect.bisect_right(starts, m.start(1)) - 1
            line = doc.lines[index]
            if not is_prose_number(doc, line.number) or len(line.text.split()) < _MIN_WORDS:
                continue
            if TERMINAL_END.search(line.text) is None or not _previous_ends(doc, index):
                continue
            if in_code_or_url(line.text, 0, len(word)):
                continue
            span = Span(m.start(1), m.end(1))
            fix = Fix.replace(span, word.capitalize(), "Capitalise the word", Applicability.UNSAFE)
            yield Hit(span, f"paragraph starts with lowercase “{word}”", fix)
