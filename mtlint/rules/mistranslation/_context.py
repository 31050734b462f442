"""What the structural mistranslation rules share: quoted stretches and reader address.

Second-person words are normal inside quotations, in dialogue and in text that talks to
its reader; they are a translation slip only in third-person narration. This module
finds the quoted stretches of a document (double quotes, guillemets and ‘single’
quotations, an unclosed quotation running to the end of its paragraph) and the
second-person words outside them, so the rules can ask whether the document addresses
its reader anywhere near a suspect "you".
"""

from __future__ import annotations

from bisect import bisect_right
from weakref import WeakKeyDictionary

from mtlint import rx
from mtlint.document import Document
from mtlint.model import Span


def words(text: str) -> frozenset[str]:
    """A word set written as one string, as in ``mtlint.sentences``."""
    return frozenset(text.split())


# Persons and bodies that speak in news reports: the heads of subject noun phrases.
SPEAKERS = words(
    "official officials minister ministers spokesman spokeswoman spokesperson president "
    "secretary leader leaders chief head source sources diplomat diplomats ambassador envoy "
    "general commander officer analyst expert lawyer prosecutor judge mayor governor "
    "senator lawmaker deputy member adviser advisor aide chairman chairwoman chair director "
    "executive ceo manager negotiator representative delegate premier chancellor king queen "
    "prince pope activist witness resident doctor professor researcher economist candidate "
    "coach captain counterpart agency ministry government administration department office "
    "kremlin spokespeople colonel lieutenant sergeant marshal admiral mp"
)
# Titles written before a name.
TITLES = words(
    "Mr. Mrs. Ms. Dr. Prof. Gen. Sen. Rep. Gov. Col. Lt. Sgt. Capt. Adm. Maj. Rev. President "
    "Minister Secretary Chancellor Premier Prime Senator Governor Mayor General Ambassador "
    "Judge Prosecutor King Queen Prince Pope Sheikh Emir Commander Colonel Admiral"
)

_MARKS = rx.lazy(r"[“”\"«»‘]")
_SECOND = rx.lazy(r"(?<![\p{L}\p{N}_])(?i:you(?:rs?|rself|rselves)?)(?![\p{L}\p{N}_])")
_SINGLE_CLOSE = rx.lazy(r"[’'](?![\p{L}\p{N}])")
_WORD = rx.lazy(r"\S+")
_NEAR_LINES = 8  # a second-person word this close to a suspect means the text addresses someone
_LONG_LINE_WORDS = 15  # shorter lines are often page furniture ("Your email address ...")

_QUOTED: WeakKeyDictionary[Document, tuple[tuple[int, ...], tuple[int, ...]]] = WeakKeyDictionary()
_SECONDS: WeakKeyDictionary[Document, tuple[int, ...]] = WeakKeyDictionary()


def _next_visible(text: str, i: int, end: int) -> str:
    while i < end and text[i] in " \t\u00a0":
        i += 1
    return text[i] if i < end else ""


def _paragraph_quotes(text: str, start: int, end: int, out: list[Span]) -> None:
    """Append the quoted stretches of one paragraph to ``out``."""
    open_at: int | None = None
    last_end = start
    for m in _MARKS.finditer(text, start, end):
        i, ch = m.start(), m.group()
        if ch == "‘":
            left = text[i - 1] if i > start else " "
            if (
                open_at is None
                and (left.isspace() or left in "([—–-")
                and i + 1 < end
                and text[i + 1].isalnum()
            ):
                close = _SINGLE_CLOSE.search(text, i + 1, end)
                if close:
                    out.append(Span(i, close.end()))
            continue
        closes = ch in "”»" or (ch == '"' and open_at is not None)
        if ch == "“" and open_at is not None and _next_visible(text, i + 1, end) in ",.;:":
            closes = True  # “ misused as a closing mark: ‘... them. “, It indicated’
        if closes:
            if open_at is None:
                out.append(Span(last_end, i + 1))  # a quotation opened before this paragraph
            else:
                out.append(Span(open_at, i + 1))
                open_at = None
            last_end = i + 1
        elif open_at is None:
            open_at = i
    if open_at is not None:
        out.append(Span(open_at, end))


def quoted(doc: Document) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Starts and ends of the quoted stretches of ``doc``, sorted (cached)."""
    cached = _QUOTED.get(doc)
    if cached is None:
        spans: list[Span] = []
        text = doc.text
        for para in doc.paragraphs:
            if _MARKS.search(text, para.start, para.end):
                _paragraph_quotes(text, para.start, para.end, spans)
        spans.sort(key=lambda s: s.start)
        cached = (tuple(s.start for s in spans), tuple(s.end for s in spans))
        _QUOTED[doc] = cached
    return cached


def in_quotes(doc: Document, offset: int) -> bool:
    starts, ends = quoted(doc)
    i = bisect_right(starts, offset) - 1
    # Spans may nest (‘...’ inside “...”): look back over a few earlier starts.
    return any(starts[j] <= offset < ends[j] for j in range(max(0, i - 3), i + 1))


def second_person(doc: Document) -> tuple[int, ...]:
    """Offsets of "you", "your", "yourself"... outside quotations (cached)."""
    cached = _SECONDS.get(doc)
    if cached is None:
        cached = tuple(
            m.start() for m in _SECOND.finditer(doc.text) if not in_quotes(doc, m.start())
        )
        _SECONDS[doc] = cached
    return cached


def addresses_reader(doc: Document, offset: int, suspects: frozenset[int]) -> bool:
    """Whether the narration speaks to someone: a second-person word outside quotations
    (other than the ``suspects``) near ``offset``, or two in full-length lines anywhere."""
    here = doc.line_at(offset).number
    far = 0
    for pos in second_person(doc):
        if pos in suspects:
            continue
        line = doc.line_at(pos)
        if abs(line.number - here) <= _NEAR_LINES:
            return True
        if len(_WORD.findall(line.text)) >= _LONG_LINE_WORDS:
            far += 1
            if far >= 2:
                return True
    return False
