"""TR001: a line that is cut off and then repeated in full a little further down."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mtlint import rx
from mtlint.document import Document, Line
from mtlint.kinds.linefix import delete_lines
from mtlint.model import Category, Hit, Severity, Span
from mtlint.rule import Rule, RuleMeta, examples, fail
from mtlint.rules.linekinds import (
    all_bounds,
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
AFTER_WORDS = 10  # a copy below its whole paragraph: this long, it is no heading
# The rest of a word that makes another form of it, not a word cut in two.
_SUFFIXES = wordset("s es ed d ing er ers est ly n en ies y r st")
_TAIL = rx.lazy(r"\p{L}+")


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


def _starts_with(
    head: str,
    ks: range,
    lines: list[Line],
    bounds: list[tuple[int, int]],
    heads: dict[int, str],
) -> bool:
    """Whether one of lines ``ks`` starts with the word ``head`` (first words memoised in
    ``heads``)."""
    for k in ks:
        other = heads.get(k)
        if other is None:
            other = heads[k] = first_word(lines[k], bounds)
        if other == head:
            return True
    return False


def _copy_below(content: str) -> bool:
    """Whether an open line may be a cut-off copy of the paragraph above it: no headline
    follows its own lede, so one with a comma, ten words or an open ending."""
    return (
        "," in content
        or ";" in content
        or len(content.split(None, AFTER_WORDS - 1)) >= AFTER_WORDS
        or ending_strength(content) is not None
    )


def first_word(line: Line, bounds: list[tuple[int, int]]) -> str:
    """The first word of ``normalize`` of the line's content ("" for none), cheaply: a
    line that another extends has a key of several words, so the other's normalized
    content starts with the same first word (case-folding makes no space)."""
    start, end = bounds[line.number - 1]
    found = _FIRST.match(line.text, start, end)  # no copy of a long line (split made two)
    return found.group().casefold() if found else ""


# A run of what ``str.split`` calls no space (``re``'s \s is ``str.isspace``).
_FIRST = re.compile(r"\S+")


class TruncatedLine(Rule):
    """A line that stops mid-sentence and is followed by its complete version.

    Scrapers and translation pipelines sometimes emit a segment twice: first cut off, then
    whole. The cut-off line is a word-for-word prefix (ignoring case and spacing) of one of
    the next few lines. It is flagged when the cut-off line ends on a word that cannot end
    a sentence ("the", "and", "they"), or when the complete version follows at once and the
    cut-off line reads as prose (it has a comma, or is long), so that a headline repeated
    by the lede stays quiet. A line cut inside a word ("... and the po" before "... and
    the police ...") counts as cut off wherever the whole follows, unless the rest makes
    another form of the word ("suspect" / "suspects"). A cut-off copy can also come just
    after the whole paragraph: a headline never follows its own lede, so there it is
    flagged when it ends on an open word, has a comma or is ten words long. Headings,
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
            fail(
                "The stolen items were entered into the database of stolen works and the po\n\n"
                "The stolen items were entered into the database of stolen works and the police "
                "informed the customs offices.\n",
                "1:1",
            ),
            fail(
                "The city will compile the results of the drill by the end of October and "
                "reflect them in its plan.\n\n"
                "The city will compile the results of the drill by the end of October and\n",
                "3:1",
            ),
            fail(
                "The prosecution ordered the supervisor held for four days pending "
                "investigations into the outage.\n\n"
                "The prosecution ordered the supervisor held for four days pending investig\n",
                "3:1",
            ),
        ],
        [
            "Police arrest three suspect\n\nPolice arrest three suspects in the theft case.\n",
            "Talks resume in Geneva next month, the ministry says.\n\nTalks resume in Geneva\n",
            "The drill ended at noon with a meeting at the city hall.\n\nThe drill ended at noon\n",
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
        heads: dict[int, str] = {}  # first_word of lines[k], asked of lines near open ones
        for i, line in enumerate(lines):
            if line.text[-1] in ".!?…:;":
                continue  # what is_closed says below, without slicing (most prose lines)
            start, end = bounds[line.number - 1]
            content = line.text[start:end]
            first = content.split(None, MIN_WORDS - 1)
            if len(first) < MIN_WORDS:
                continue  # fewer words than MIN_WORDS
            head = first[0].casefold()  # first_word(line, bounds)
            below = range(i + 1, min(i + 1 + LOOKAHEAD, len(lines)))
            # No line below starts with the same word: a line above may, for a copy that
            # may follow its paragraph; no line near it at all: none extends it.
            if not _starts_with(head, below, lines, bounds, heads) and not (
                _copy_below(content)
                and _starts_with(head, range(max(0, i - LOOKAHEAD), i), lines, bounds, heads)
            ):
                continue
            hit = self._judge(doc, lines, i, bounds)
            if hit is not None:
                yield hit

    def _judge(
        self, doc: Document, lines: list[Line], i: int, bounds: list[tuple[int, int]]
    ) -> Hit | None:
        """The hit for ``lines[i]`` when a line just below or just above extends it."""
        line = lines[i]
        start, end = bounds[line.number - 1]
        content = line.text[start:end]
        if is_closed(content) or _not_prose(line.text):
            return None
        key = normalize(content)
        if len(words(key)) < MIN_WORDS:
            return None
        strength = ending_strength(content)
        for j, later in enumerate(lines[i + 1 : i + 1 + LOOKAHEAD]):
            cut = self._cut(key, later, bounds)
            if cut is None:
                continue
            if _not_prose(later.text):
                break
            right_after = j == 0 and later.number == line.number + 1
            if strength is not None or cut == "word" or (right_after and _reads_as_prose(content)):
                return self._hit(doc, line, start, end, later)
            break
        if not _copy_below(content):
            return None
        for earlier in reversed(lines[max(0, i - LOOKAHEAD) : i]):
            cut = self._cut(key, earlier, bounds)
            if cut is None:
                continue
            if _not_prose(earlier.text):
                break
            return self._hit(doc, line, start, end, earlier, below=True)
        return None

    @classmethod
    def _cut(cls, key: str, other: Line, bounds: list[tuple[int, int]]) -> str | None:
        """How ``other`` extends ``key``: "" after a whole word, "word" inside a word
        ("... and the po" / "... and the police"), None when it does not. An ending
        that makes another form of the last word ("arrest suspect" / "arrest suspects
        in") is no cut: a headline may say the one and its lede the other."""
        s, e = bounds[other.number - 1]
        if s < e and other.text[s].casefold()[:1] != key[:1]:
            return None  # _extends's first test: most lines differ there
        if cls._extends(key, other, bounds):
            return ""
        longer = normalize(other.text[s:e])
        if len(longer) <= len(key) or not longer.startswith(key):
            return None
        if not (key[-1].isalpha() and longer[len(key)].isalpha()):
            return None
        rest = longer[len(key) :].split(None, 1)
        tail = _TAIL.match(rest[0])
        if len(rest) < 2 or tail is None or tail.group().casefold() in _SUFFIXES:
            return None
        return "word"

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
    def _hit(
        doc: Document, line: Line, start: int, end: int, later: Line, below: bool = False
    ) -> Hit:
        tail = line.text[start:end].split()[-4:]
        where = "above " if below else ""
        return Hit(
            Span(line.start + start, line.start + end),
            f'line is cut off ("… {" ".join(tail)}"); '
            f"line {doc.line_base + later.number} {where}has it in full",
            delete_lines(doc, line, line, "Delete the cut-off line"),
        )
