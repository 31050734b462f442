"""BS011: a paragraph of prose that starts with a lowercase word after a finished one."""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from mtlint import rx
from mtlint.document import Document
from mtlint.model import Applicability, Category, Fix, Hit, Severity, Span
from mtlint.rule import Rule, RuleMeta, examples, fail
from mtlint.rules.broken import lexicon
from mtlint.rules.broken._common import TERMINAL_END, in_code_or_url, is_prose_number
from mtlint.rules.broken.stops import CLOSED

# A blank line, then a line that starts with an ASCII lowercase letter: one search of
# the text (stdlib) finds the few paragraphs the rule looks at.
_AFTER_BLANK = rx.compile_re(r"\n[ \t]*\n([a-z][a-z'’-]*)(?=[ ,])")
_MIN_WORDS = 6


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


class LowercaseParagraphStart(Rule):
    """A paragraph of prose that starts with a lowercase word ("particularly delicate was").

    Scrapers and translation engines split paragraphs in odd places, and the capital of
    the first word is lost on the way: "...the boxes were restored.\\n\\nparticularly
    delicate was the ceiling." The rule reports a paragraph (after a blank line) whose
    first word is a closed-class word or a common adverb in -ly, when the paragraph
    before it ends a sentence and the paragraph itself is a sentence of prose. Lowercase
    names and commands ("iPhone sales rose", "rustc compiles"), list items, code and a
    paragraph that continues an unfinished one stay quiet. The fix capitalises the word
    (unsafe).
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
        ],
        [
            "The boxes were restored and\n\nparticularly delicate was the work on the ceiling.",
            "Sales rose.\n\niPhone sales rose by five percent in the last quarter.",
            "The compiler is fast.\n\nrustc compiles each crate on its own, in parallel.",
            "Results:\n\nin the first round, three teams were eliminated early.",
            "Talks ended.\n\nin short\n",
        ],
    )

    def check(self, doc: Document) -> Iterator[Hit]:
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
