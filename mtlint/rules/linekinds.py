"""What kind of line is this: heading, list item, table row, code fence?

Line-level rules (repeated lines, truncated lines) must not treat structure as prose: a
Markdown table repeats its separator row, a checklist repeats short items, a heading has
no full stop. These helpers answer those questions once, for every such rule.
"""

from __future__ import annotations

import regex

from mtlint.document import Document, Line
from mtlint.model import Applicability, Edit, Fix, Span

_FENCE = regex.compile(r"^\s{0,3}(?:`{3,}|~{3,})")
_HEADING = regex.compile(r"^\s{0,3}#{1,6}(?:\s|$)")
_SETEXT = regex.compile(r"^\s{0,3}(?:=+|-+)\s*$")
_LIST_ITEM = regex.compile(r"^\s*(?:[-*+•▪◦‣–]|\(?\d{1,3}[.)]|\(?[a-zA-Z][.)])\s+")
_RULE = regex.compile(r"^\s*(?:[-*_=~]\s*){3,}$")
WORD = regex.compile(r"\p{L}[\p{L}\p{M}]*(?:['’.-]\p{L}[\p{L}\p{M}]*)*")


def fenced_lines(doc: Document) -> frozenset[int]:
    """Numbers of the lines inside fenced code blocks, fence lines included."""
    out: set[int] = set()
    fence: str | None = None
    for line in doc.lines:
        m = _FENCE.match(line.text)
        if fence is None:
            if m:
                fence = m.group().strip()[:3]
                out.add(line.number)
        else:
            out.add(line.number)
            if m and m.group().strip().startswith(fence):
                fence = None
    return frozenset(out)


def is_heading(text: str) -> bool:
    return bool(_HEADING.match(text))


def is_list_item(text: str) -> bool:
    return bool(_LIST_ITEM.match(text))


def is_table_row(text: str) -> bool:
    s = text.strip()
    return s.startswith("|") or s.count("|") >= 2 or s.count("\t") >= 2


def is_rule_or_underline(text: str) -> bool:
    """A horizontal rule or a setext heading underline."""
    return bool(_RULE.match(text) or _SETEXT.match(text))


def is_structure(text: str) -> bool:
    """Headings, list items, table rows and rules: lines that are not running prose."""
    return is_heading(text) or is_list_item(text) or is_table_row(text) or is_rule_or_underline(text)


def words(text: str) -> list[str]:
    return WORD.findall(text)


def next_nonblank(doc: Document, line: Line) -> Line | None:
    for other in doc.lines[line.number :]:
        if other.text.strip():
            return other
    return None


def is_paragraph_end(doc: Document, line: Line) -> bool:
    """True when the next line is blank or there is none."""
    return line.number == len(doc.lines) or not doc.lines[line.number].text.strip()


def delete_lines(doc: Document, first: Line, last: Line, title: str = "Delete the repeated text") -> Fix:
    """An unsafe fix deleting lines ``first..last``; a block standing alone between blank
    lines takes one blank line with it, so that paragraphs stay one blank line apart."""
    after = doc.lines[last.number] if last.number < len(doc.lines) else None
    before_blank = first.number == 1 or not doc.lines[first.number - 2].text.strip()
    if after is not None and not after.text.strip() and before_blank:
        end = doc.lines[after.number].start if after.number < len(doc.lines) else after.end
        span = Span(first.start, end)
    elif after is not None:
        span = Span(first.start, after.start)
    elif first.number > 1:
        span = Span(doc.lines[first.number - 2].end, last.end)
    else:
        span = Span(first.start, last.end)
    return Fix(title, (Edit(span, ""),), Applicability.UNSAFE)
