"""Line-level helpers of the line rules: deleting a line cleanly, and where a line sits."""

from __future__ import annotations

from mtlint import rx
from mtlint.document import Document, Line
from mtlint.model import Applicability, Edit, Fix, Span

_TABLE_OR_IMAGE = rx.lazy(r"^\s*(?:\|.*\||!\[[^\]]*\]\([^)]*\))\s*$")


def under_table(doc: Document, line: Line) -> bool:
    """Whether the nearest non-blank line above is a Markdown table row or image."""
    for above in reversed(doc.lines[: line.number - 1]):
        if above.text.strip():
            return bool(_TABLE_OR_IMAGE.match(above.text))
    return False


def delete_line_fix(doc: Document, line: Line, applicability: Applicability) -> Fix:
    """Delete one line: see ``delete_lines``."""
    return delete_lines(doc, line, line, "Delete the line", applicability)


def delete_lines(
    doc: Document,
    first: Line,
    last: Line,
    title: str = "Delete the repeated text",
    applicability: Applicability = Applicability.UNSAFE,
) -> Fix:
    """Delete lines ``first..last`` with their line breaks, and leave no run of blank
    lines behind: a block between blank lines takes the blank lines after it, and a last
    one the blank lines before it (the line before keeps its own line break, or none when
    the file has no final one)."""
    lines = doc.lines
    start, after = first.start, last.number  # ``after``: the index of the next line
    if first.number == 1 or not lines[first.number - 2].text.strip():
        while after < len(lines) and not lines[after].text.strip():
            after += 1
    if after < len(lines):
        return Fix(title, (Edit(Span(start, lines[after].start), ""),), applicability)
    before = first.number - 1  # nothing but blank lines follow: take those before it too
    while before > 0 and not lines[before - 1].text.strip():
        before -= 1
    start = lines[before].start if before < first.number - 1 else start
    if before > 0 and not doc.text.endswith(("\n", "\r")):
        start = lines[before - 1].end  # no final line break before: none after either
    return Fix(title, (Edit(Span(start, len(doc.text)), ""),), applicability)
