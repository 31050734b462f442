"""BP021: a page's metadata line: short segments joined by "|", "·" or "•", with a timestamp."""

from __future__ import annotations

import bisect
import unicodedata
from collections.abc import Iterator

from mtlint import rx
from mtlint.document import Document
from mtlint.kinds.line import content_spans
from mtlint.kinds.linefix import delete_line_fix
from mtlint.model import Applicability, Category, Hit, Severity, Span
from mtlint.rule import Rule, RuleMeta, examples, fail
from mtlint.rules.boilerplate._labels import STAMP_FIRST, STAMP_LABELS
from mtlint.rules.boilerplate.foreign_label import short_lines
from mtlint.rules.boilerplate.menu_line import in_table

# The separators, spaced: a path, a fraction or "and/or" has no spaces around its mark.
_SEPARATORS = (" | ", " · ", " • ")
_SPLIT = rx.lazy(r"\s+[|·•]\s+", rx.V1)
# A date with its year, in any language: "08/04/2026", "2026-04-08", "12. november 2025",
# "17 February 2026", "March 12, 2026" (the month's name is any word: no list of every
# language's months is needed, the year and the day pin it down).
_DATE = rx.lazy(
    r"(?<![\d.,])(?:\d{1,2}[./-]\s?\d{1,2}[./-]\s?\d{4}|\d{4}-\d{1,2}-\d{1,2}"
    r"|\d{1,2}\.?\s+\p{L}{3,}\.?,?\s+\d{4}|\p{L}{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})"
    r"(?![\d.,]\d)",
    rx.V1,
)
# A clock time, looked for once the dates are cut out: "22:10", "13:27 h"; with a dot
# only after a word for "at" or before "h" ("kl. 07.45", "klo 9.30", "09.12 Uhr"), since
# "2.14" alone is a version or a number.
_TIME = rx.lazy(
    r"(?<![\d.,:])\d{1,2}:[0-5]\d(?![\d.,:]?\d)"
    r"|(?i:\b(?:kl|klo|kello|ore|um|at|à|a las|alle|om)\.?\s*)\d{1,2}\.[0-5]\d(?![\d.,]?\d)"
    r"|(?<![\d.,:])\d{1,2}\.[0-5]\d\s*(?i:h|uhr|hrs)\b",
    rx.V1,
)
# A timestamp whose label is in the source language: "Actualizado el 12 de noviembre de
# 2025, 07:45", "Обновено: 14.03.2026 16:42", "আপডেট: 17 February 2026, 23:05",
# "更新 2025年11月12日 07:45". The label is looked up in STAMP_LABELS.
_STAMP_DATE = (
    r"(?:\d{1,2}[./-]\s?\d{1,2}[./-]\s?\d{4}|\d{4}[-/]\d{1,2}[-/]\d{1,2}"
    r"|\d{4}\.\s?\d{1,2}\.\s?\d{1,2}\.?|\d{4}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日"
    r"|\d{1,2}\.?\s+(?:de\s+)?\p{L}{3,}\.?,?\s+(?:de\s+)?\d{4}(?:\s*(?:г\.|r\.|m\.))?"
    r"|\p{L}{3,}\.?\s+\d{1,2},?\s+\d{4})"
)
_STAMP = rx.lazy(
    r"(?P<label>[^\d:：|]{2,30}?)\s*[:：]?\s*"
    r"(?:(?i:on|el|le|il|am|den|dne|dnia|op|em|в|на|о|at|à|a|la|tanggal|pada|ngày)\s+)?"
    rf"{_STAMP_DATE}(?:\s*[,/|–—-]?\s*"
    r"(?:(?i:kl|klo|kello|à|a las|a les|alle|um|at|o|às|в|saat|lúc|pukul|om|ob)\.?\s*)?"
    r"\d{1,2}[:.h]\d{2}(?:\s*(?i:h|uhr|hrs|ч)\.?)?)?(?:\s*\(?(?:[A-Z]{2,5}|GMT[+-]\d{1,2})\)?)?",
    rx.V1,
)
_MIN_SEGMENTS = 2
_MAX_SEGMENTS = 6
_MAX_SEGMENT = 60  # characters: a byline, a place, a date, a label with a counter
_MAX_WORDS = 8
_MAX_LENGTH = 220
_SENTENCE_END = (".", "!", "?", ":", ";", ",")
_TWO_SENTENCES = rx.lazy(r"[.!?]\s+\p{Lu}\p{Ll}", rx.V1)


def _segments(content: str) -> list[str] | None:
    """The line's segments, or None when it is not a short metadata line."""
    if len(content) > _MAX_LENGTH or content.endswith(_SENTENCE_END):
        return None
    parts = [p.strip() for p in _SPLIT.split(content)]
    if not _MIN_SEGMENTS <= len(parts) <= _MAX_SEGMENTS:
        return None
    for p in parts:
        if not p or len(p) > _MAX_SEGMENT or len(p.split()) > _MAX_WORDS:
            return None
        if _TWO_SENTENCES.search(p):
            return None
    return parts


def is_metadata(content: str) -> bool:
    """True for "Newsroom | Girona | 08/04/2026 - 13:27 h": two to six short segments,
    one a date with its year, a clock time among them, and a segment with no digit (a
    byline, a place, a label: a line of dates and times only is BP016's)."""
    parts = _segments(content)
    if parts is None or all(any(ch.isdigit() for ch in p) for p in parts):
        return False
    dated = False
    timed = False
    for p in parts:
        rest = p
        for m in _DATE.finditer(p):
            dated = True
            rest = rest.replace(m.group(), " ")
        timed = timed or _TIME.search(rest) is not None
    return dated and timed


def _candidates(doc: Document) -> list[int]:
    """The indexes of the lines that hold a spaced separator: str.find scans, no regex."""
    text, starts = doc.text, doc.line_starts
    found: set[int] = set()
    for sep in _SEPARATORS:
        at = text.find(sep)
        while at >= 0:
            index = bisect.bisect_right(starts, at) - 1
            found.add(index)
            at = text.find(sep, doc.lines[index].end)
    return sorted(found)


class MetadataLine(Rule):
    """A page's metadata line: a byline, a place or a label and a timestamp, joined by bars.

    Article templates print the author, the place, the publication and update times and
    counters on one line: "By Jane Doe | 12 November 2025, 07:45 | Updated 09:12",
    "Newsroom | Girona | 08/04/2026 - 13:27 h", "Sports Reporter | Published: 17 February
    2026, 22:10 | Updated: 23:05", with their labels often left in the source language
    ("Af", "Opdateret", "Redacció"). The shape is the same in every language: two to six
    short segments (at most eight words each) joined by a spaced "|", "·" or "•", one of
    them a date with its year (any month name: "12. november 2025"), a clock time among
    them, and a segment without digits (the byline or the place; a line of dates and
    times only is BP016's). A line that ends like a sentence, a segment of two sentences,
    and table rows (a line fenced by bars, or next to a line with the same separators)
    do not match. A timestamp alone on its line is reported too when its label is in the
    source language ("Actualizado el 12 de noviembre de 2025, 07:45", "Обновено: 14.03.2026
    16:42"): a label from a list of publication and update labels in some forty languages,
    then a date with its year and maybe a clock time, and nothing else. A line that another
    boilerplate rule reports is not reported again. The fix deletes the line (unsafe: keep
    the author and date elsewhere if needed).
    """

    meta = RuleMeta(
        code="BP021",
        name="metadata-line",
        category=Category.BOILERPLATE,
        severity=Severity.INFO,
        summary="A byline and timestamp line of short segments joined by bars.",
        fixable=True,
    )
    fallback = True
    examples = examples(
        [
            fail(
                "Newsroom | Girona | 08/04/2026 - 13:27 h\n\nThe reservoirs are low.\n",
                "1:1",
                fixed="The reservoirs are low.\n",
            ),
            fail(
                "Af Jens Hansen | 12. november 2025 kl. 07.45 | Opdateret 09.12\n\n"
                "Sports Desk · 17 February 2026, 22:10 · 4 min\n",
                "1:1",
                "3:1",
            ),
            fail(
                "Actualizado el 12 de noviembre de 2025, 07:45\n\n"
                "\u041e\u0431\u043d\u043e\u0432\u0435\u043d\u043e: 14.03.2026 16:42\n",
                "1:1",
                "3:1",
            ),
        ],
        [
            "Newsroom | Girona | 08/04/2026\n",
            "Kick-off 20:45 | Wembley | Tickets from £40\n",
            "The match starts at 20:45 on 12 March 2026 | see the preview below.\n",
            "Team | Date | Time\n--- | --- | ---\nRiders | 12 March 2026 | 20:45\n",
            "| Riders | 12 March 2026 | 20:45 |\n",
            "Published: 17 February 2026, 22:10 | Updated: 17 February 2026, 23:05\n",
            "Version 2.14 | released 2024-03-01 | MIT licence\n",
            "Publicado el 12 de noviembre de 2025, el libro fue un éxito.\n",
            "Updated 12 March 2026\n",
        ],
    )

    def check(self, doc: Document) -> Iterator[Hit]:
        yield from _stamps(doc)
        text = doc.text
        if "|" not in text and "·" not in text and "•" not in text:
            return  # most documents: three scans for a character, in C
        spans = content_spans(doc)
        for index in _candidates(doc):
            line = doc.lines[index]
            start, end = spans[index]
            content = line.text[start:end]
            if not is_metadata(content) or in_table(doc, line):
                continue
            yield Hit(
                Span(line.start + start, line.start + end),
                f"scraped byline and timestamp line: '{content}'",
                delete_line_fix(doc, line, Applicability.UNSAFE),
            )


def _stamps(doc: Document) -> Iterator[Hit]:
    """The timestamp lines whose label is in the source language (see _STAMP)."""
    lines, spans = doc.lines, content_spans(doc)
    for index in short_lines(doc):
        start, end = spans[index]
        line = lines[index]
        content = line.text[start:end]
        first = content.split(None, 1)[0].lower()
        if first not in STAMP_FIRST and (
            first.isascii() or unicodedata.normalize("NFC", first) not in STAMP_FIRST
        ):
            continue
        m = _STAMP.fullmatch(content)
        if m is None:
            continue
        label = unicodedata.normalize("NFC", m.group("label").strip()).lower()
        if label not in STAMP_LABELS:
            continue
        yield Hit(
            Span(line.start + start, line.start + end),
            f"scraped timestamp line with a label in the source language: '{content}'",
            delete_line_fix(doc, line, Applicability.UNSAFE),
        )
