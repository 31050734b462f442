"""One pass over the curly double quotes of a document, shared by the quote rules.

Each quotation unit (a paragraph; a single line when the paragraph's lines are long,
as in scraped text that puts one paragraph on each line) is read left to right with
a one-level state machine. A mark's glyph says what the writer meant only when its
context agrees: “ followed by punctuation or the end of a line closes a quotation, and
a ” that sits before a word with a space before it opens one unless a quotation is open.
"""

from __future__ import annotations

from enum import Enum
from itertools import pairwise
from weakref import WeakKeyDictionary

from mtlint import rx
from mtlint.document import Document
from mtlint.model import Span
from mtlint.records import dataclass
from mtlint.rules._prose import code_lines

OPEN, CLOSE = "“", "”"
_PUNCT = ",.;:!?"
# “ and ” around one to three marks and nothing else: the marks are quoted, not closed.
_QUOTED_MARK = rx.lazy(r"“[,.;:!?]{1,3}”")
_HSPACE = " \t\u00a0\u202f"
_LONG_LINE = 120
_MARKS = rx.lazy("[“”]")


class Issue(Enum):
    SPACE_BEFORE_CLOSE = "space-before-close"  # “to? ”He”, “weeks ”,”
    SPACE_AFTER_OPEN = "space-after-open"  # “said “ We are ready””
    GLUED_AFTER_CLOSE = "glued-after-close"  # “forgotten,”he said”
    OPEN_AS_CLOSE = "open-as-close"  # “Ukraine.“.”, “them. “, It”
    CLOSE_AS_OPEN = "close-as-open"  # “said ”We are”
    UNCLOSED = "unclosed"
    STRAY_CLOSE = "stray-close"


@dataclass(frozen=True, slots=True)
class QuoteIssue:
    """A quote mark that is misplaced, unpaired or wrongly spaced."""

    issue: Issue
    pos: int  # offset of the quote mark
    space: Span | None = None  # the whitespace before the mark, when that is the defect


_CACHE: WeakKeyDictionary[Document, tuple[QuoteIssue, ...]] = WeakKeyDictionary()


@dataclass(frozen=True, slots=True)
class Unit:
    """A stretch of text in which quotes must pair up."""

    span: Span
    soft_end: bool  # the next unit may continue this one (a line break, not a paragraph)


_UNITS: WeakKeyDictionary[Document, tuple[Unit, ...]] = WeakKeyDictionary()


def quote_units(doc: Document, *, split_soft: bool = True) -> list[Span]:
    """Quotation units as spans; ``split_soft=False`` keeps wrapped blocks whole."""
    units = _units(doc)
    if split_soft:
        return [u.span for u in units]
    out: list[Span] = []
    merging = False
    for u in units:
        if merging:
            out[-1] = Span(out[-1].start, u.span.end)
        else:
            out.append(u.span)
        merging = u.soft_end
    return out


def _units(doc: Document) -> list[Unit]:
    """Paragraphs, split into lines where the lines are not a wrapped paragraph (cached)."""
    cached = _UNITS.get(doc)
    if cached is None:
        cached = tuple(_make_units(doc))
        _UNITS[doc] = cached
    return list(cached)


def _make_units(doc: Document) -> list[Unit]:
    skip = code_lines(doc)
    units: list[Unit] = []
    for a, b in doc.paragraph_lines:
        if a == b:  # one line (the usual paragraph of scraped text): the line, unless code
            only = doc.lines[a]
            if only.number not in skip:
                units.append(Unit(Span(only.start, only.end), False))
            continue
        block = doc.lines[a : b + 1]
        lines = [x for x in block if x.number not in skip] if skip else list(block)
        if not lines:
            continue
        lengths = [len(x.text) for x in lines]
        widest = max(lengths)
        if len(lines) == 1 or widest > _LONG_LINE or len(lines) < len(block):
            units.extend(Unit(x.span, False) for x in lines if x.text.strip())
            continue
        # The wrap width, ignoring lines that are one overlong token (a URL): the widest
        # line's length when it has two words (most blocks), not asked of every line.
        if len(lines[lengths.index(widest)].text.split(None, 1)) > 1:
            width = widest
        else:
            width = max((len(x.text) for x in lines if len(x.text.split()) > 1), default=widest)
        start = lines[0]
        for prev, line in pairwise(lines):
            words = line.text.split(None, 1)  # the first word
            # A wrapped line is full: the next line's first word would not have fitted.
            if not words or len(prev.text.rstrip()) + 1 + len(words[0]) <= width:
                units.append(Unit(Span(start.start, prev.end), True))
                start = line
        units.append(Unit(Span(start.start, lines[-1].end), False))
    return units


def _next_on_line(text: str, i: int, end: int) -> tuple[str, int]:
    """The first non-blank character at or after ``i`` on the same line ("" at the end)."""
    while i < end and text[i] in _HSPACE:
        i += 1
    if i >= end or text[i] in "\r\n":
        return "", i
    return text[i], i


def _is_ellipsis(text: str, i: int) -> bool:
    return text.startswith("...", i) or text.startswith("…", i)


def _role_of_open(text: str, i: int, unit: Span) -> Issue | None:
    """None when “ at ``i`` really opens; OPEN_AS_CLOSE when its context says it closes."""
    left = text[i - 1] if i > unit.start else "\n"
    right = text[i + 1] if i + 1 < unit.end else "\n"
    if right in _PUNCT and _QUOTED_MARK.match(text, i) and (left.isspace() or left in "(["):
        return None  # a mark quoted as itself: 'the trailing “:”', 'typing “,”'
    if right in _PUNCT and not _is_ellipsis(text, i + 1):
        return Issue.OPEN_AS_CLOSE
    if right in _HSPACE or right in "\r\n":
        nxt, j = _next_on_line(text, i + 1, unit.end)
        if nxt and nxt in _PUNCT and not _is_ellipsis(text, j):
            return Issue.OPEN_AS_CLOSE
        if not left.isspace() and (not nxt or left in ".,!?"):
            return Issue.OPEN_AS_CLOSE
    return None


class _Scanner:
    """The state machine over one unit: at most one double quotation open at a time."""

    def __init__(self, text: str, unit: Span, out: list[QuoteIssue]) -> None:
        self.text, self.unit, self.out = text, unit, out
        segment = text[unit.start : unit.end]
        self.reliable = '"' not in segment and "„" not in segment and "«" not in segment
        self.open_at: int | None = None
        self.open_space: Span | None = None  # “ followed by a space, reported once closed

    def run(self) -> int | None:
        """Append the unit's issues; return the offset of a quote left open."""
        for m in _MARKS.finditer(self.text, self.unit.start, self.unit.end):
            if m.start() > self.unit.start and self.text[m.start() - 1] == m.group():
                continue  # a doubled mark (““) is PU001's
            if m.group() == OPEN:
                self._opening(m.start())
            else:
                self._closing(m.start())
        return self.open_at if self.reliable else None

    def _open(self, i: int, space: Span | None = None) -> None:
        self.open_at, self.open_space = i, space

    def _close(self) -> None:
        if self.open_at is not None and self.open_space is not None:
            self.out.append(QuoteIssue(Issue.SPACE_AFTER_OPEN, self.open_at, self.open_space))
        self.open_at = self.open_space = None

    def _opening(self, i: int) -> None:
        text, unit = self.text, self.unit
        left = text[i - 1] if i > unit.start else "\n"
        right = text[i + 1] if i + 1 < unit.end else "\n"
        # “ glued to the last quoted word while a quotation is open: "ready“ he said".
        glued_close = (
            self.open_at is not None
            and self.reliable
            and not left.isspace()
            and left not in "([—–-/"
            and right in _HSPACE
        )
        if glued_close or _role_of_open(text, i, unit) is Issue.OPEN_AS_CLOSE:
            self.out.append(QuoteIssue(Issue.OPEN_AS_CLOSE, i))
            self._close()
            return
        if self.open_at is not None and self.reliable:
            self.out.append(QuoteIssue(Issue.UNCLOSED, self.open_at))
        space = None
        if i + 1 < unit.end and text[i + 1] in _HSPACE and (left.isspace() or left in "(["):
            nxt, j = _next_on_line(text, i + 1, unit.end)
            if nxt.isalnum():
                space = Span(i + 1, j)
        self._open(i, space)

    def _closing(self, i: int) -> None:
        text, unit, out = self.text, self.unit, self.out
        left = text[i - 1] if i > unit.start else "\n"
        right = text[i + 1] if i + 1 < unit.end else "\n"
        before_word = right.isalnum() or right in (OPEN, "‘")
        if left in _HSPACE:
            j = i
            while j > unit.start and text[j - 1] in _HSPACE:
                j -= 1
            has_text_before = j > unit.start and text[j - 1] not in "\r\n"
            if before_word:
                if self.open_at is None:
                    if self.reliable:
                        out.append(QuoteIssue(Issue.CLOSE_AS_OPEN, i))
                        self._open(i)
                    return
                if has_text_before:
                    out.append(QuoteIssue(Issue.SPACE_BEFORE_CLOSE, i, Span(j, i)))
                self._close()
                return
            if has_text_before and (right in _PUNCT or right in "\r\n" or i + 1 >= unit.end):
                out.append(QuoteIssue(Issue.SPACE_BEFORE_CLOSE, i, Span(j, i)))
                self._close()
                return
        elif left in "\r\n" and before_word and self.open_at is None:
            if self.reliable:
                out.append(QuoteIssue(Issue.CLOSE_AS_OPEN, i))
                self._open(i)
            return
        if self.open_at is None:
            if self.reliable and not left.isdigit():
                out.append(QuoteIssue(Issue.STRAY_CLOSE, i))
            return
        if right.isalpha() and not left.isspace() and self.reliable:
            out.append(QuoteIssue(Issue.GLUED_AFTER_CLOSE, i))
        self._close()


def _first_visible(text: str, i: int) -> str:
    while i < len(text) and (text[i].isspace() or text[i] in ">*_#"):
        i += 1
    return text[i] if i < len(text) else ""


def quote_issues(doc: Document) -> tuple[QuoteIssue, ...]:
    """Every double-quote issue of ``doc``, computed once per document."""
    cached = _CACHE.get(doc)
    if cached is not None:
        return cached
    text = doc.text
    units = _units(doc)
    out: list[QuoteIssue] = []
    k = 0
    while k < len(units):
        span = units[k].span
        if text.find(OPEN, span.start, span.end) < 0 and text.find(CLOSE, span.start, span.end) < 0:
            k += 1
            continue
        found: list[QuoteIssue] = []
        open_at = _Scanner(text, span, found).run()
        nxt = _first_visible(text, units[k + 1].span.start) if k + 1 < len(units) else ""
        if open_at is not None and nxt != OPEN and units[k].soft_end:
            # Perhaps a wrapped quotation after all: read on into the next line.
            units[k + 1] = Unit(Span(span.start, units[k + 1].span.end), units[k + 1].soft_end)
            k += 1
            continue
        out.extend(found)
        if open_at is not None and nxt != OPEN:
            out.append(QuoteIssue(Issue.UNCLOSED, open_at))
        k += 1
    result = tuple(out)
    _CACHE[doc] = result
    return result
