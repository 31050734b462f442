"""Where a foreign fragment sits: in brackets, or beside its translation, a writer gave it
on purpose."""

from __future__ import annotations

from mtlint.document import Document


def inside_brackets(doc: Document, start: int, end: int) -> bool:
    """A gloss in brackets, or a quotation whose translation follows in brackets:
    'Merkel said: "Wir schaffen das." ("We can do this.")'."""
    line = doc.line_at(start)
    before = doc.text[line.start : start].rstrip(" ¿¡\"“«'‘")
    after = doc.text[end : doc.line_at(end).end].lstrip(" ?!.,\"”»'’")
    if before.endswith(("(", "[")) and after.startswith((")", "]")):
        return True  # "(nous ne céderons pas)": a gloss the writer chose to give
    return after.startswith(("(", "[")) and after[1:].lstrip().startswith(tuple("\"“‘'«"))
