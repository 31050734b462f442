"""Documents: decoded text, a line index, paragraphs and sentences.

Decoding never fails: bad bytes become U+FFFD and their offsets are recorded so that an
encoding rule can report them, and the run carries on.
"""

from __future__ import annotations

import bisect
import codecs
from functools import cached_property
from itertools import accumulate, count
from operator import add
from pathlib import PurePath

from mtlint import rx
from mtlint.model import Span
from mtlint.records import dataclass

_NEWLINE = rx.lazy(r"\r\n|\n|\r")
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Characters that the regex module matches case-insensitively to an ASCII letter but
# that str.lower() does not map to it ("İ".lower() is even two characters long), and
# capital sigma, which str.lower() turns into a final sigma at the end of a word (a
# case-insensitive regex compares simple lowercase forms, where it is always "σ").
_FOLD = str.maketrans({"\u0130": "i", "\u017f": "s", "\u212a": "k", "\u03a3": "\u03c3"})
_CHUNK = 1 << 20  # distinct_words splits the text a megabyte at a time
_OPENING = "\"'“‘«([*-_#>"  # skipped at the start of a sentence
# Every character for which str.isspace() is true (none above U+3000), written out:
# building it from a scan of the code points costs a few ms of every start-up.
STR_SPACES = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdx"})
RST_SUFFIXES = frozenset({".rst"})


class BinaryFileError(ValueError):
    """Raised for input that is not text at all (NUL bytes without a UTF-16/32 BOM)."""


@dataclass(frozen=True, slots=True)
class Line:
    """A line's number and offsets, so rules never recount them."""

    number: int  # 1-based
    start: int  # offset of the first character
    end: int  # offset after the last character, line break excluded
    text: str

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


_LINE_SETTERS = tuple(vars(Line)[name].__set__ for name in ("number", "start", "end", "text"))


def _line_init(self: Line, number: int, start: int, end: int, text: str) -> None:
    """``Line``'s constructor, as the dataclass makes it but twice as fast (the slots' own
    setters instead of ``object.__setattr__``): every line of every document is one."""
    set_number, set_start, set_end, set_text = _LINE_SETTERS
    set_number(self, number)
    set_start(self, start)
    set_end(self, end)
    set_text(self, text)


setattr(Line, "__init__", _line_init)  # noqa: B010 (mypy refuses a method assignment)


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text with what writing it back needs: its encoding, BOM and undecodable bytes."""

    text: str
    encoding: str
    bom: bytes
    bad_offsets: tuple[int, ...]


def decode(data: bytes) -> Decoded:
    """Decode bytes as UTF-8 (or the encoding a BOM names), recording undecodable bytes."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            if encoding.startswith("utf-8"):
                break
            return _decode_wide(data[len(bom) :], encoding, bom)
    else:
        bom = b""
    body = data[len(bom) :]
    if b"\x00" in body[:8192]:
        raise BinaryFileError("binary file (contains NUL bytes)")
    try:
        return Decoded(body.decode("utf-8"), "utf-8", bom, ())
    except UnicodeDecodeError:
        pass
    raw = body.decode("utf-8", errors="surrogateescape")
    bad_list: list[int] = []
    chars = list(raw)
    for i, ch in enumerate(chars):
        if "\udc80" <= ch <= "\udcff":
            bad_list.append(i)
            chars[i] = "\ufffd"
    return Decoded("".join(chars), "utf-8", bom, tuple(bad_list))


_MARK = "\udc00"  # stands for an undecodable unit: valid UTF-16/32 never decodes to it


def _marked(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    return _MARK, exc.end


codecs.register_error("mtlint-mark", _marked)


def _decode_wide(body: bytes, encoding: str, bom: bytes) -> Decoded:
    """UTF-16 or UTF-32 text; what does not decode becomes U+FFFD, recorded. (A U+FFFD
    the text itself holds is not bad: it was counted as such before.)"""
    try:
        return Decoded(body.decode(encoding), encoding, bom, ())
    except UnicodeDecodeError:
        pass
    text = body.decode(encoding, errors="mtlint-mark")
    bad = tuple(i for i, ch in enumerate(text) if ch == _MARK)
    return Decoded(text.replace(_MARK, "\ufffd"), encoding, bom, bad)


def markup_of(path: str) -> str:
    suffix = PurePath(path).suffix.lower()
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    if suffix in RST_SUFFIXES:
        return "rst"
    return "text"


def fold(text: str) -> str:
    """Lower-case ``text`` keeping its length (offsets carry over), so that a literal an
    IGNORECASE pattern matches is a substring of the folded text wherever it matches:
    characters that match case-insensitively have the same folded form."""
    low = text.lower()
    if len(low) != len(text) or "\u017f" in low or "\u03c2" in low:
        low = text.translate(_FOLD).lower()
    return low


def _blank(line: Line) -> bool:
    return not line.text.strip()


def line_count(text: str) -> int:
    """How many lines ``text`` has, as an editor counts them: a final line break ends
    the last line rather than starting an empty one, and an empty text has none."""
    if not text:
        return 0
    breaks = text.count("\n") if "\r" not in text else len(_NEWLINE.findall(text))
    return breaks + (text[-1] not in "\r\n")


def line_texts(text: str) -> list[str]:
    """The text of each line, as ``Document(text).lines`` has them."""
    return text.split("\n") if "\r" not in text else _NEWLINE.split(text)


class Document:
    """A text with its line index; positions are code-point offsets into ``text``."""

    def __init__(
        self,
        text: str,
        path: str = "<text>",
        *,
        bad_offsets: tuple[int, ...] = (),
        markup: str | None = None,
        line_base: int = 0,
        encoding: str = "utf-8",
    ) -> None:
        self.path = path
        self.text = text
        # What the file was decoded from: its undecodable units (``bad_offsets``) are
        # bytes of UTF-8, or two- or four-byte units of UTF-16 or UTF-32.
        self.encoding = encoding
        # Lines of the file before this text (a part of a very long file: mtlint.parts).
        # Line numbers index ``lines``; a message that names a line adds this.
        self.line_base = line_base
        self.bad_offsets = bad_offsets
        self.markup = markup if markup is not None else markup_of(path)
        # Work that several rules share, computed once per document (see ``shared``).
        self.memo: dict[object, object] = {}
        if "\r" not in text:  # the common case: split in C, offsets by running sums
            parts = text.split("\n")
            lengths = list(map(len, parts))
            starts = list(accumulate(map((1).__add__, lengths[:-1]), initial=0))
            self.lines: tuple[Line, ...] = tuple(
                map(Line, count(1), starts, map(add, starts, lengths), parts)
            )
        else:
            starts = [0]
            ends: list[int] = []
            for m in _NEWLINE.finditer(text):
                ends.append(m.start())
                starts.append(m.end())
            ends.append(len(text))
            self.lines = tuple(
                Line(i + 1, s, e, text[s:e])
                for i, (s, e) in enumerate(zip(starts, ends, strict=True))
            )
        self._starts = starts

    @classmethod
    def from_bytes(cls, data: bytes, path: str) -> Document:
        decoded = decode(data)
        return cls(decoded.text, path, bad_offsets=decoded.bad_offsets, encoding=decoded.encoding)

    @property
    def line_starts(self) -> list[int]:
        """The offset where each line starts (shared: do not modify)."""
        return self._starts

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of an offset; column counts code points."""
        index = bisect.bisect_right(self._starts, offset) - 1
        return index + 1, offset - self._starts[index] + 1

    def line_at(self, offset: int) -> Line:
        return self.lines[bisect.bisect_right(self._starts, offset) - 1]

    @cached_property
    def folded(self) -> str:
        """The text lower-cased for literal prefilters (same length and offsets)."""
        return fold(self.text)

    @cached_property
    def distinct_words(self) -> frozenset[str]:
        """The distinct whitespace-separated words (several rules look words up in sets),
        split a megabyte at a time to bound memory."""
        text = self.text
        out: set[str] = set()
        start = 0
        while start < len(text):
            end = min(len(text), start + _CHUNK)
            while end < len(text) and not text[end].isspace():
                end += 1
            out.update(text[start:end].split())
            start = end
        return frozenset(out)

    @cached_property
    def paragraphs(self) -> tuple[Span, ...]:
        """Runs of non-blank lines (a blank line separates paragraphs)."""
        lines = self.lines
        return tuple(Span(lines[a].start, lines[b].end) for a, b in self.paragraph_lines)

    @cached_property
    def paragraph_lines(self) -> tuple[tuple[int, int], ...]:
        """(index of the first line, index of the last line) of each paragraph."""
        out: list[tuple[int, int]] = []
        first = -1
        for i, blank in enumerate(map(_blank, self.lines)):
            if not blank:
                if first < 0:
                    first = i
            elif first >= 0:
                out.append((first, i - 1))
                first = -1
        if first >= 0:
            out.append((first, len(self.lines) - 1))
        return tuple(out)

    @cached_property
    def sentences(self) -> tuple[Span, ...]:
        from mtlint.sentences import split_paragraphs

        return tuple(split_paragraphs(self.text, self.paragraphs))

    @cached_property
    def sentence_starts(self) -> frozenset[int]:
        """Offsets where a sentence begins (first non-quote character)."""
        text = self.text
        spans = self.sentences
        # Most sentences start with a letter: their start as it is, in one comprehension.
        starts = {span.start for span in spans if text[span.start] not in _OPENING}
        for span in [span for span in spans if text[span.start] in _OPENING]:
            i = span.start
            while i < span.end and text[i] in _OPENING:
                i += 1
            starts.add(i)
        return frozenset(starts)
