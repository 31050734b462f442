"""TR001: a line that is cut off and then repeated in full a little further down."""

from __future__ import annotations

from collections.abc import Iterator

from mtlint.document import Document, Line
from mtlint.model import Category, Hit, Severity, Span
from mtlint.rule import Rule, RuleMeta, examples, fail
from mtlint.rules.linekinds import (
    all_bounds,
    delete_lines,
    fenced_lines,
    is_structure,
    looks_like_code,
    normalize,
    words,
    wordset,
)
from mtlint.rules.truncated.words import ending_strength, is_closed

MIN_WORDS = 4
LOOKAHEAD = 3  # non-blank lines searched for the complete version
HEADLINE_WORDS = 20


def _not_prose(text: str) -> bool:
    return is_structure(text) or looks_like_code(text)


# Words of a reported clause: headlines drop "said that"; a line that has them is prose.
_CLAUSE_WORDS = wordset(
    "said says told added stated announced explained noted argued warned that which who whom"
)


def _reads_as_prose(text: str) -> bool:
    """Commas, a reported clause or length set a sentence apart from a headline that the
    lede repeats."""
    if "," in text or ";" in text:
        return True
    found = words(text)
    return len(found) > HEADLINE_WORDS or not _CLAUSE_WORDS.isdisjoint(found)


def first_word(line: Line, bounds: list[tuple[int, int]]) -> str:
    """The first word of ``normalize`` of the line's content ("" for none), cheaply: a
    line that another extends has a key of several words, so the other's normalized
    content starts with the same first word (case-folding makes no space)."""
    start, end = bounds[line.number - 1]
    found = line.text[start:end].split(None, 1)
    return found[0].casefold() if found else ""


class TruncatedLine(Rule):
    """A line that stops mid-sentence and is followed by its complete version.

    Scrapers and translation pipelines sometimes emit a segment twice: first cut off, then
    whole. The cut-off line is a word-for-word prefix (ignoring case and spacing) of one of
    the next few lines. It is flagged when the cut-off line ends on a word that cannot end
    a sentence ("the", "and", "they"), or when the complete version follows at once and the
    cut-off line reads as prose (it has a comma, or is long), so that a headline repeated
    by the lede stays quiet. Headings,
    list items and lines ending in punctuation are never flagged. The fix deletes the
    cut-off line; it is unsafe because the longer line may differ in ways worth keeping.
    """

    meta = RuleMeta(
        code="TR001",
        name="truncated-line",
        category=Category.TRUNCATED,
        severity=Severity.WARNING,
        summary="A line that stops mid-sentence and is followed by its complete version.",
        fixable=True,
    )
    examples = examples(
        [
            fail(
                "In a phone call on Thursday, the president will tell them that they\n"
                "In a phone call on Thursday, the President will tell them that they are ready.\n",
                "1:1",
                fixed="In a phone call on Thursday, the President will tell them that they "
                "are ready.\n",
            ),
            fail(
                "The talks will resume in Geneva and\n\n"
                "The talks will resume in Geneva and Vienna next month.\n",
                "1:1",
                fixed="The talks will resume in Geneva and Vienna next month.\n",
            ),
            fail(
                "In Kyiv, officials said the meeting\n"
                "In Kyiv, officials said the meeting went well.\n",
                "1:1",
            ),
            fail(
                "Wu said that competition among the companies would become\n"
                "Wu said that competition among the companies would become fiercer.\n",
                "1:1",
            ),
            fail(
                "Officials said the meeting with the\nSome other line here.\n"
                "Officials said the meeting with the minister went well.\n",
                "1:1",
            ),
        ],
        [
            "Biden will call Putin on Thursday\n\n"
            "Biden will call Putin on Thursday about Ukraine.\n",
            "The talks will resume.\nThe talks will resume in Geneva.\n",
            "## Talks will resume in Geneva\nTalks will resume in Geneva next month.\n",
            "- Bring your own passport\n- Bring your own passport and visa\n",
            "The talks will resume in\nGeneva next month, the ministry said.\n",
            "Talks in Geneva\nTalks in Geneva and Vienna resumed.\n",
            "Study finds coffee helps\nStudy finds coffee helps memory in older adults.\n",
            "Biden will call Putin on Thursday\nBiden will call Putin on Thursday about Ukraine.\n",
        ],
    )

    def check(self, doc: Document) -> Iterator[Hit]:
        fenced = fenced_lines(doc)
        bounds = all_bounds(doc)
        lines = [x for x in doc.lines if x.text.strip() and x.number not in fenced]
        heads: dict[int, str] = {}  # first_word of lines[k], for the lines below open ones
        for i, line in enumerate(lines):
            if line.text[-1] in ".!?…:;":
                continue  # what is_closed says below, without slicing (most prose lines)
            start, end = bounds[line.number - 1]
            content = line.text[start:end]
            first = content.split(None, MIN_WORDS - 1)
            if len(first) < MIN_WORDS:
                continue  # fewer words than MIN_WORDS
            head = first[0].casefold()  # first_word(line, bounds)
            for k in range(i + 1, min(i + 1 + LOOKAHEAD, len(lines))):
                other = heads.get(k)
                if other is None:
                    other = heads[k] = first_word(lines[k], bounds)
                if other == head:
                    break
            else:
                continue  # no line below starts with the same word: none can extend it
            if is_closed(content):
                continue
            if _not_prose(line.text):
                continue
            key = normalize(content)
            if len(words(key)) < MIN_WORDS:
                continue
            strength = ending_strength(content)
            for j, later in enumerate(lines[i + 1 : i + 1 + LOOKAHEAD]):
                if not self._extends(key, later, bounds):
                    continue
                if _not_prose(later.text):
                    break
                right_after = j == 0 and later.number == line.number + 1
                if strength is not None or (right_after and _reads_as_prose(content)):
                    yield self._hit(doc, line, start, end, later)
                break

    @staticmethod
    def _extends(key: str, later: Line, bounds: list[tuple[int, int]]) -> bool:
        s, e = bounds[later.number - 1]
        text = later.text
        if s < e and text[s].casefold()[:1] != key[:1]:
            # The normalised content starts with its first character folded (content
            # starts with no space: linekinds._LEAD takes every str.isspace character):
            # most later lines differ there, without normalising.
            return False
        longer = normalize(text[s:e])
        if len(longer) <= len(key) or not longer.startswith(key):
            return False
        rest = longer[len(key) :]
        return not (rest[0].isalnum() or rest[0] in "'’-") and bool(words(rest))

    @staticmethod
    def _hit(doc: Document, line: Line, start: int, end: int, later: Line) -> Hit:
        tail = line.text[start:end].split()[-4:]
        return Hit(
            Span(line.start + start, line.start + end),
            f'line is cut off ("… {" ".join(tail)}"); '
            f"line {doc.line_base + later.number} has it in full",
            delete_lines(doc, line, line, "Delete the cut-off line"),
        )
