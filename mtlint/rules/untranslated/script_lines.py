"""UT002's second half: a short line written wholly in Arabic, Hebrew, Indic, Cyrillic, Greek
or another spaced non-Latin script ("होम / राजस्थान / कोटा", "الرئيسية » محافظات").

UT001 judges sentences and UT003 labels of up to four words; a scraped page also keeps its
breadcrumbs and menus ("Home » Region"), and a heading or teaser of five or six words, in
the source script, as whole lines that no English document writes without an English word.
"""

from __future__ import annotations

from collections.abc import Iterator

from mtlint import rx
from mtlint.document import Document, Line
from mtlint.model import Hit, Span
from mtlint.rules._prose import inside, skip_spans
from mtlint.rules.untranslated._search import prose_lines_with
from mtlint.rules.untranslated.fragment import QUOTING_CUE, english_document

_SCRIPTS = (
    ("Arabic", "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"),
    ("Hebrew", "\u0590-\u05ff"),
    ("Indic", "\u0900-\u0dff"),
    ("Cyrillic", "\u0400-\u052f"),
    ("Greek", "\u0370-\u03ff\u1f00-\u1fff"),
    ("Armenian", "\u0530-\u058f"),
    ("Georgian", "\u10a0-\u10ff"),
    ("Ethiopic", "\u1200-\u139f"),
)
_WHOLE = tuple((name, rx.compile_re(f"[{chars}]+")) for name, chars in _SCRIPTS)
_ANY = rx.compile_re("[" + "".join(chars for _, chars in _SCRIPTS) + "]")
# A word of one such script: its letters and combining marks (Indic vowel signs).
_WORD = rx.lazy(r"[\p{L}\p{M}]+")
_LATIN = rx.compile_re("[A-Za-z\u00c0-\u024f]")
_MIN_WORDS = 2  # of two letters or more: "Москва" alone is a name, "α β" are symbols
_MAX_WORDS = 6  # longer lines are sentences: UT001's
_LABEL_WORDS = 4  # a line of up to four words and no separator is a label: UT003's
# What separates the items of a breadcrumb or a menu ("الرئيسية » محافظات", "होम / कोटा").
_SEPARATOR = rx.compile_re("[»›/|>•·\\\\]")


def _script(word: str) -> str | None:
    for name, pattern in _WHOLE:
        if pattern.fullmatch(word.replace("\u200c", "")):
            return name
    return None


def _presented(doc: Document, line: Line) -> bool:
    """The line before introduces it ("The banner read:", "in Arabic:"): a quotation."""
    k = line.number - 2
    while k >= 0 and not doc.lines[k].text.strip():
        k -= 1
    if k < 0:
        return False
    before = doc.lines[k].text.rstrip()
    return before.endswith(":") or bool(QUOTING_CUE.search(before[-30:]))


def foreign_lines(doc: Document) -> Iterator[Hit]:
    """Hits for the short lines of ``doc`` written in one spaced non-Latin script."""
    for line in prose_lines_with(doc, _ANY):
        text = line.text.strip()
        if _LATIN.search(text):
            continue
        words = _WORD.findall(text)
        long_words = [w for w in words if len(w) >= 2]
        if len(long_words) < _MIN_WORDS or len(words) > _MAX_WORDS:
            continue
        crumbs = bool(_SEPARATOR.search(text))
        if not crumbs and (len(words) <= _LABEL_WORDS or all(w[0].isupper() for w in words)):
            continue  # a label is UT003's ("Читайте также"), a name no defect ("Владимир Путин")
        names = {_script(w) for w in words}
        if len(names) != 1 or None in names or _presented(doc, line):
            continue
        lead = len(line.text) - len(line.text.lstrip())
        span = Span(line.start + lead, line.start + lead + len(text))
        if inside(span, skip_spans(doc, line)) or not english_document(doc):
            continue
        shown = text if len(text) <= 40 else text[:39] + "…"
        yield Hit(span, f"untranslated line in {names.pop()} script: '{shown}'")
