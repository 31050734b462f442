"""BP020: short lines after an article's last sentence: the page's furniture."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from mtlint import rx
from mtlint.document import Document, Line
from mtlint.kinds.linefix import delete_line_fix
from mtlint.model import Applicability, Category, Hit, Severity, Span
from mtlint.rule import Rule, RuleMeta, examples, fail
from mtlint.rules.broken._common import ends_sentence_like
from mtlint.rules.linekinds import fenced_lines, is_heading, is_list_item, looks_like_code

MIN_PROSE_WORDS = 8  # a sentence of the article, not a label that ends on a full stop
MIN_PROSE_BLOCKS = 3  # an article: a note or a list with one sentence has no "end"
MAX_WORDS = 12  # longer lines without a full stop are cut-off prose (TR002's), not labels
LONG_LINE = 120  # a page whose paragraphs are single lines has lines this long
# "Attendance: 34,012", "Scorers: Kane 12, Saka 78": the data of a match report or a
# fact box; furniture of that shape ("Tags: ...", "Source: ...") is other rules'.
_LABEL_VALUE = rx.lazy(r"\p{Lu}[\p{L}\p{M}'’ -]{0,30}:[ \t]+\S")
_MARKS = ("|", "©", "®", "™", "http", "www.", "@", "•", "»", "›", "#")


def _ends(text: str) -> bool:
    """A sentence's end, maybe inside Markdown emphasis ("*Updated on Monday.*")."""
    return ends_sentence_like(text.rstrip().rstrip("*_"))


def _blocks(doc: Document) -> list[tuple[int, int]]:
    """(first, last) line indexes of the paragraphs; every line is one on a page that
    puts each paragraph on a line of its own and no blank line between them (one or two
    blocks in all, and lines too long to be wrapped)."""
    blocks = list(doc.paragraph_lines)
    if len(blocks) <= 2 and any(len(x.text) > LONG_LINE for x in doc.lines):
        return [(i, i) for i, line in enumerate(doc.lines) if line.text.strip()]
    return blocks


def _prose(lines: Sequence[Line], first: int, last: int) -> bool:
    """A paragraph that ends on a sentence of the article."""
    if not _ends(lines[last].text):
        return False
    words = 0
    for x in lines[first : last + 1]:
        words += len(x.text.split())
        if words >= MIN_PROSE_WORDS:
            return True
    return False


def _tail_start(lines: Sequence[Line], blocks: Sequence[tuple[int, int]]) -> int | None:
    """The index of the first block after the last paragraph of prose, when the text has
    MIN_PROSE_BLOCKS of them (counted from the end: an article's last ones are near it)."""
    found = 0
    tail = None
    for i in range(len(blocks) - 1, -1, -1):
        if _prose(lines, *blocks[i]):
            tail = i + 1 if tail is None else tail
            found += 1
            if found >= MIN_PROSE_BLOCKS:
                return tail
    return None


def furniture_lines(doc: Document) -> list[Line]:
    """The one-line paragraphs after the last paragraph that ends on a sentence, that do
    not end on one themselves: labels, links, buttons, counters, credits."""
    lines = doc.lines
    blocks = _blocks(doc)
    tail = _tail_start(lines, blocks)
    if tail is None or tail >= len(blocks):
        return []
    fenced = fenced_lines(doc)
    out: list[Line] = []
    for first, last in blocks[tail:]:
        line = lines[first]
        text = line.text.strip()
        if first != last or line.number in fenced or _ends(text):
            continue  # several lines (an address, wrapped prose), code, or a sentence
        if is_heading(line.text) or is_list_item(line.text) or text.startswith("|"):
            continue  # Markdown's structure
        if looks_like_code(line.text) or _LABEL_VALUE.match(text):
            continue
        if len(text.split()) > MAX_WORDS and not any(m in text for m in _MARKS):
            continue
        out.append(line)
    return out


class TrailingFurniture(Rule):
    """Short lines after the article's last sentence: the page's furniture.

    A scraped page goes on after the article ends: share buttons, tags, comment counters,
    newsletter and app prompts, copyright lines and links, in every language and wording.
    The specific rules know many of them; this one knows where they stand. After the last
    paragraph that ends on a sentence, a one-line paragraph that does not end on one is
    reported when it has at most twelve words (or holds a separator, a link or a
    copyright sign). The document must have three such paragraphs at least (an article,
    not a note); a label with its value ("Attendance: 34,012", the data of a match
    report), Markdown headings, lists and tables, code, and paragraphs of several lines
    (an address, wrapped prose) are left alone. A line that another boilerplate rule
    reports is not reported again. The fix deletes the line (unsafe).
    """

    meta = RuleMeta(
        code="BP020",
        name="trailing-furniture",
        category=Category.BOILERPLATE,
        severity=Severity.WARNING,
        summary="Short lines after the article's last sentence: the page's furniture.",
        fixable=True,
    )
    fallback = True
    examples = examples(
        [
            fail(
                "The council met on Monday and voted to close two branches.\n\n"
                "The mayor said the savings would fund longer hours elsewhere.\n\n"
                "Residents will be able to comment on the plan until the end of May.\n\n"
                "Ver más noticias de la región\n\n"
                "Facebook  X  Telegram\n",
                "7:1",
                "9:1",
                fixed="The council met on Monday and voted to close two branches.\n\n"
                "The mayor said the savings would fund longer hours elsewhere.\n\n"
                "Residents will be able to comment on the plan until the end of May.\n",
            ),
        ],
        [
            "The council met on Monday and voted to close two branches.\n\n"
            "The mayor said the savings would fund longer hours elsewhere.\n\n"
            "Residents will be able to comment on the plan until the end of May.\n\n"
            "Attendance: 34,012\n\n"
            "Jane Doe is the paper's city hall reporter.\n",
            "The council met on Monday and voted to close two branches.\n"
            "The mayor said the savings would fund longer hours\n"
            "elsewhere, and that the\n"
            "library would stay open late\n",
            "# Notes\n\nThe tool reads the file and writes a report.\n\n"
            "It runs on every commit in the pipeline.\n\nIt never changes the input files.\n\n"
            "## See also\n\n- the manual\n\n```\nrun --all\n```\n",
            "Only two sentences here, and they end the text properly.\n\n"
            "This is the second one, which is also long enough.\n\nSee you soon\n",
        ],
    )

    def check(self, doc: Document) -> Iterator[Hit]:
        for line in furniture_lines(doc):
            text = line.text.strip()
            start = line.start + line.text.index(text[0])
            yield Hit(
                Span(start, start + len(text)),
                f"page furniture after the article's last sentence: '{text}'",
                delete_line_fix(doc, line, Applicability.UNSAFE),
            )
