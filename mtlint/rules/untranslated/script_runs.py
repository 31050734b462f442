"""UT002's third part: a few words of a spaced non-Latin script inside an English line
("… in handcuffs. Снимка: Иван Грозев", "„Stroy Invest Yug“ ЕООД", "Updated | আপডেট: 17
February").

A translation engine skips what it cannot parse or takes for a name: a photo credit, a
company-type abbreviation, a timestamp label. The words stay in the source script inside
an English sentence, where an English reader cannot even sound them out. An original
spelling that the writer gives on purpose is glossed in brackets ("Moscow (Москва)",
"(Russian: Владимир Путин)"), quoted ("the slogan “Слава Україні”") or presented ("known
as", "Bulgarian for"): those stay quiet. Greek is left out (its letters are symbols in
technical prose: "α-helix", "Δt"), and so are runs of fewer than three letters.
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
    ("Arabic", "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefe"),
    ("Hebrew", "\u0590-\u05ff"),
    ("Indic", "\u0900-\u0dff"),
    ("Cyrillic", "\u0400-\u052f"),
    ("Armenian", "\u0530-\u058f"),
    ("Georgian", "\u10a0-\u10ff"),
)
_CHARS = "".join(chars for _, chars in _SCRIPTS)
_ANY = rx.compile_re(f"[{_CHARS}]")
_WORD = f"[{_CHARS}][{_CHARS}\u200c\u200d]*"
# Words of those scripts with the spaces and punctuation of a label or a credit between.
_RUN = rx.compile_re(f"{_WORD}(?:[ \t:;,./|·–-]+{_WORD})*")
_SPLIT = rx.compile_re("[ \t:;,./|·–-]+")
_WHOLE = tuple((name, rx.compile_re(f"[{chars}\u200c\u200d]+")) for name, chars in _SCRIPTS)
# An English line: a Latin word of three letters or more.
_LATIN_WORD = rx.compile_re(r"[A-Za-z]{3,}")
_MIN_LETTERS = 3
_OPEN = "([{（【"
_CLOSE = ")]}）】"
_QUOTES_OPEN = "\"“‘'«„‚‹「『*_"
_QUOTES_CLOSE = "\"”’'»“‘›」』*_"
# "Russian:", "in Bulgarian", "Arabic for", "Hindi name": a language introduces the word.
_LANGUAGE = r"[A-Z][a-z]+(?:ian|ic|ish|ese|i|an|ew|ek)\b"
_LANGUAGE_CUE = rx.compile_re(
    rf"\b{_LANGUAGE}(?:\s+(?:name|word|spelling|script))?\s*[:,]?\s*$"
    rf"|\b{_LANGUAGE}\s+for\b|\b(?:in|from)\s+{_LANGUAGE}"
)


def _script(text: str) -> str:
    for name, pattern in _WHOLE:
        if pattern.search(text):
            return name
    return "non-Latin"


def _depth(text: str) -> int:
    """How many brackets are open at the end of ``text``."""
    return sum(text.count(c) for c in _OPEN) - sum(text.count(c) for c in _CLOSE)


def _given(before: str, after: str) -> bool:
    """The writer gives the words on purpose: bracketed, quoted or presented."""
    if _depth(before) > 0:
        return True  # "Moscow (Москва)", "(Russian: Владимир Путин; born 1952)"
    head = before.rstrip()
    if head.endswith(tuple(_QUOTES_OPEN)) and after.lstrip(" .,;:!?").startswith(
        tuple(_QUOTES_CLOSE)
    ):
        return True
    tail = head[-30:]
    return bool(QUOTING_CUE.search(tail) or _LANGUAGE_CUE.search(tail))


def _name(run: str, after: str) -> bool:
    """A name in its own script ("… Simon Lauser, Дамјан Георгиевски."): capitalised
    words, or one word of a script without capitals, that no colon makes a label."""
    if ":" in run or after.lstrip(" \t").startswith(":"):
        return False  # "Снимка: Иван Грозев", "আপডেট: 17 February": a label
    words = _SPLIT.split(run)
    if not any(c.isupper() or c.islower() for c in run):
        return len(words) == 1  # Arabic, Hebrew, Indic: no capitals tell a name
    return all(w[:1].isupper() and not w[1:].isupper() for w in words)


def _mojibake(text: str, start: int, end: int) -> bool:
    """The word around ``text[start:end]`` is UTF-8 read as Windows-1251: its bytes in
    that code page decode as UTF-8 (the bytes of real Cyrillic text do not)."""
    while start and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    try:
        text[start:end].encode("cp1251").decode("utf-8")
    except UnicodeError:
        return False
    return True


def _runs(doc: Document, line: Line) -> Iterator[Hit]:
    text = line.text
    skips: list[Span] | None = None
    for m in _RUN.finditer(text):
        letters = sum(1 for c in m.group() if _ANY.match(c))
        if letters < _MIN_LETTERS:
            continue
        if _given(text[: m.start()], text[m.end() :]) or _name(m.group(), text[m.end() :]):
            continue
        if _mojibake(text, m.start(), m.end()):
            continue  # "вЂњthisвЂќ": UTF-8 read as Windows-1251, EN001's
        if skips is None:
            skips = skip_spans(doc, line)
        span = Span(line.start + m.start(), line.start + m.end())
        if inside(span, skips) or not english_document(doc):
            continue
        shown = m.group() if len(m.group()) <= 40 else m.group()[:39] + "…"
        yield Hit(span, f"untranslated {_script(m.group())} text in an English line: '{shown}'")


def foreign_runs(doc: Document) -> Iterator[Hit]:
    """Hits for the runs of a spaced non-Latin script inside lines with English words."""
    for line in prose_lines_with(doc, _ANY):
        if _LATIN_WORD.search(line.text):
            yield from _runs(doc, line)
