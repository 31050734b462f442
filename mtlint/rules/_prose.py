"""Where a document is prose: code blocks, inline code, URLs and tables are not.

Punctuation, spacing and encoding rules look at characters that code, URLs and
aligned tables use legitimately ("a,b", "  ", "..", "&amp;"), so they ask here first.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from weakref import WeakKeyDictionary

from mtlint import rx
from mtlint.document import Document, Line
from mtlint.model import Span

_FENCE = rx.lazy(r"^ {0,3}(`{3,}|~{3,})")
_INDENTED = rx.lazy(r"^(?: {4}|\t)")
_RST_LITERAL = rx.lazy(r"::\s*$")
# Directives whose body is code, markup or data, not prose (Sphinx's among them).
_RST_CODE = rx.lazy(
    r"\s*\.\.\s+(?:code|code-block|sourcecode|literalinclude|highlight|raw|math"
    r"|doctest|testcode|testoutput|testsetup|testcleanup|productionlist)::"
)
_INLINE_CODE = rx.lazy(r"(`+)(?!`).*?(?<!`)\1(?!`)", rx.DOTALL)
_URL = rx.lazy(
    r"(?:\b[a-z][a-z0-9+.-]*://|\bwww\.)(?:\([^\s<>\"“”()]*\)|[^\s<>\"“”()])*"
    r"(?<![.,;:!?’'\]])"
    r"|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\b(?:[\w-]+\.)+(?:com|org|net|gov|edu|io|co|uk|de|fr|ru|ua)(?:/[^\s\"“”()\[\]<>]*)?\b"
)
# Operators, braces, doctest prompts and reST directives: a line of code or data, not prose.
_CODE_LINE = rx.lazy(r"[=!<>]=|=>|->|::|^\s*[{}]|[{}]\s*$|^\s*(?:>>>|\.\.\.?)\s")
# What every alternative of _CODE_LINE needs on a line: a whole-text prefilter (stdlib).
# [={}]|->|::|>>>|\.\. written to start with a character set, so that the search skips to
# the candidates in C (an alternation is tried at every position); same match starts.
_CODE_HINT = rx.compile_re(r"[={}\-:>.](?:(?<=[={}])|(?<=-)>|(?<=:):|(?<=>)>>|(?<=\.)\.)")
_TLD_HINT = rx.lazy(r"\.(?:com|org|net|gov|edu|io|co|uk|de|fr|ru|ua)\b")
_TABLE_RULE = rx.lazy(r"[=\-+| ]{3,}")
_COLUMN_GAP = rx.lazy(r"\S(?: {3,}|\t)\S")
_CACHE: WeakKeyDictionary[Document, frozenset[int]] = WeakKeyDictionary()
_CODE_SPANS: WeakKeyDictionary[Document, tuple[Span, ...]] = WeakKeyDictionary()
_PROSE: WeakKeyDictionary[Document, tuple[Line, ...]] = WeakKeyDictionary()


def code_lines(doc: Document) -> frozenset[int]:
    """Numbers of the lines inside Markdown fenced/indented code or reST literal blocks."""
    cached = _CACHE.get(doc)
    if cached is not None:
        return cached
    out: set[int] = set()
    if doc.markup == "markdown":
        _markdown_code(doc.lines, out)
    elif doc.markup == "rst":
        _rst_literals(doc.lines, out)
    result = frozenset(out)
    _CACHE[doc] = result
    return result


def _markdown_code(lines: tuple[Line, ...], out: set[int]) -> None:
    fence = ""
    prev_blank = True
    prev_code = False
    for line in lines:
        m = _FENCE.match(line.text)
        if fence:
            out.add(line.number)
            if m and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence):
                fence = ""
            continue
        if m:
            fence = m.group(1)
            out.add(line.number)
            continue
        blank = not line.text.strip()
        code = not blank and bool(_INDENTED.match(line.text)) and (prev_blank or prev_code)
        if code:
            out.add(line.number)
        prev_code = code or (prev_code and blank)
        prev_blank = blank


def _rst_literals(lines: tuple[Line, ...], out: set[int]) -> None:
    """Literal blocks (after a line that ends in ``::``) and the bodies of code
    directives, options included: the lines indented deeper than the line that opened
    the block, as deep as its first line at least, and the blank lines among them."""
    opener = -1  # the opening line's indentation, while a block may follow
    depth = 0  # the block's indentation (its first line's); 0: not seen yet
    for line in lines:
        text = line.text
        if opener >= 0:
            if not text.strip():
                out.add(line.number)
                continue
            indent = len(text) - len(text.lstrip())
            if indent >= depth > 0 or (not depth and indent > opener):
                depth = depth or indent
                out.add(line.number)
                continue
            opener, depth = -1, 0
        if _RST_LITERAL.search(text) or _RST_CODE.match(text):
            opener = len(text) - len(text.lstrip())


def skip_spans(doc: Document, line: Line) -> list[Span]:
    """Spans of ``line`` that are not prose: URLs, e-mail addresses, inline code."""
    text = line.text
    out: list[Span] = []
    if "://" in text or "www." in text or "@" in text or _TLD_HINT.search(text):
        out.extend(Span(line.start + m.start(), line.start + m.end()) for m in _URL.finditer(text))
    if doc.markup in ("markdown", "rst") and "`" in doc.text:
        out.extend(
            Span(max(s.start, line.start), min(s.end, line.end))
            for s in _inline_code(doc)
            if s.start < line.end and line.start < s.end
        )
    return out


def _inline_code(doc: Document) -> tuple[Span, ...]:
    """Inline code spans of a Markdown/reST document; they may cross line breaks."""
    cached = _CODE_SPANS.get(doc)
    if cached is not None:
        return cached
    out: list[Span] = []
    for para in doc.paragraphs:
        if "`" in doc.text[para.start : para.end]:
            out.extend(
                Span(m.start(), m.end())
                for m in _INLINE_CODE.finditer(doc.text, para.start, para.end)
            )
    result = tuple(out)
    _CODE_SPANS[doc] = result
    return result


def inside(span: Span, spans: list[Span]) -> bool:
    """True when ``span`` overlaps any of ``spans``."""
    return any(span.overlaps(s) or span.start == s.start for s in spans)


def looks_like_code(text: str) -> bool:
    """A line with comparison operators, braces, a doctest prompt or a reST directive."""
    return bool(_CODE_LINE.search(text))


def prose_lines(doc: Document) -> list[Line]:
    """The lines that are not in a code block, not code-like and not blank (cached)."""
    cached = _PROSE.get(doc)
    if cached is None:
        skip = code_lines(doc)
        hinted = lines_matching(doc, _CODE_HINT)
        cached = tuple(
            line
            for line in doc.lines
            if line.text.strip()
            and line.number not in skip
            and not (line.number in hinted and looks_like_code(line.text))
        )
        _PROSE[doc] = cached
    return list(cached)


def lines_matching(
    doc: Document, pattern: rx.Pattern[str] | re.Pattern[str], gate: tuple[str, ...] = ()
) -> frozenset[int]:
    """Numbers of the lines on which a whole-text search of ``pattern`` finds a match.

    A prefilter for per-line rules: one search over the text instead of one per line.
    ``pattern`` must not match across a line break, and must match wherever the rule's
    own pattern does (a necessary condition, such as "a lowercase letter followed by a
    capital"). ``gate``: strings one of which every match of ``pattern`` contains; when
    the text has none of them (``str.find`` is much faster than a search), no line
    matches. Cached per document and pattern.
    """
    key = ("lines-matching", pattern)
    cached = doc.memo.get(key)
    if cached is not None:
        return cached  # type: ignore[return-value]
    text, starts = doc.text, doc.line_starts
    if gate and not any(g in text for g in gate):
        doc.memo[key] = _NO_LINES
        return _NO_LINES
    parts = _by_lead(pattern) if isinstance(pattern, re.Pattern) else None
    if parts is None:
        result = frozenset(_search_lines(text, starts, pattern))
    else:
        result = frozenset().union(*(_search_lines(text, starts, part) for part in parts))
    doc.memo[key] = result
    return result


def _search_lines(
    text: str, starts: list[int], pattern: rx.Pattern[str] | re.Pattern[str]
) -> set[int]:
    """Numbers of the lines where a match of ``pattern`` starts."""
    found: set[int] = set()
    m = pattern.search(text)
    while m is not None:
        index = bisect.bisect_right(starts, m.start()) - 1
        found.add(index + 1)
        if index + 1 >= len(starts):
            break
        m = pattern.search(text, starts[index + 1])  # one match per line is enough
    return found


@lru_cache(maxsize=256)
def _by_lead(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], ...] | None:
    """``pattern`` split by the characters of its leading class ("[,;]X": ",X" and
    ";X"), when that is a class of two to four plain characters not repeated: the
    standard library looks for a literal first character in a tight loop, but tests
    every character against a class (several times slower). A match of the pattern
    starts where a match of one of the parts does, so the lines are the same."""
    src = pattern.pattern
    if pattern.flags & (re.IGNORECASE | re.VERBOSE) or src[:1] != "[" or src[1:2] in "^]":
        return None
    chars: list[str] = []
    i = 1
    while i < len(src) and src[i] != "]":
        ch = src[i]
        if ch == "\\":
            i += 1
            ch = src[i : i + 1]
            if not ch or ch.isalnum():
                return None  # \d, \u2019...: not a plain character
        elif ch in "-[":
            return None  # a range or a nested set
        chars.append(ch)
        i += 1
    rest = src[i + 1 :]
    if i >= len(src) or not 2 <= len(set(chars)) <= 4 or rest[:1] in ("*", "+", "?", "{"):
        return None
    parts = (re.escape(ch) + rest for ch in dict.fromkeys(chars))
    return tuple(rx.compile_re(part, pattern.flags) for part in parts)  # fixed patterns


_NO_LINES: frozenset[int] = frozenset()


def is_table_line(doc: Document, text: str) -> bool:
    """A Markdown/reST table row or a space-aligned column layout."""
    stripped = text.strip()
    if doc.markup in ("markdown", "rst") and (
        stripped.startswith(("|", "+-", "+=")) or stripped.count("|") >= 2
    ):
        return True
    if stripped[:1] in ("=", "-", "+", "|") and _TABLE_RULE.fullmatch(stripped):
        return True  # (a rule is made of these characters only)
    if "   " not in text and "\t" not in text:
        return False
    return len(_COLUMN_GAP.findall(text)) >= 2


def snippet(doc: Document, start: int, end: int, reach: int = 14) -> str:
    """The text around ``[start, end)`` on its line, widened to whole words, for messages."""
    line = doc.line_at(start)
    text = doc.text
    a = max(line.start, start - reach)
    while a > line.start and not text[a - 1].isspace() and start - a < reach + 12:
        a -= 1
    b = min(line.end, end + reach)
    while b < line.end and not text[b].isspace() and b - end < reach + 12:
        b += 1
    return text[a:b].strip()


_LETTER_OR_MARK = rx.lazy(r"[\p{L}\p{M}]")
AFTER_LOWERCASE = rx.lazy(r"(?<=\p{Ll}[ \t]+)")  # a lowercase letter, then spaces
NOT_IN_A_WORD = rx.lazy(r"(?<![\p{L}\p{M}])")


def occurs(word: str, text: str, before: rx.Pattern[str]) -> bool:
    """Whether the literal ``word`` occurs in ``text`` right after what ``before``
    matches and before no letter or mark: ``regex.search(rf"{before}{escape(word)}
    (?![\\p{L}\\p{M}])", text)``, without compiling a pattern for each word (which would
    import regex's Python half into a run that otherwise needs none: see rxbase)."""
    size = len(word)
    i = text.find(word)
    while i >= 0:
        if before.match(text, i) and not _LETTER_OR_MARK.match(text, i + size):
            return True
        i = text.find(word, i + 1)
    return False


# Below this many characters a line on average (subtitles, hard-wrapped text, lists),
# rules find their few candidate lines with searches of the whole text and judge lines as
# they are asked about; above, testing every line is cheaper (a search costs some 35 ns
# a character, a line's test about a microsecond, and most long lines fail at once).
SHORT_LINE = 64


def short_lined(doc: Document) -> bool:
    """Whether ``doc``'s lines average fewer than ``SHORT_LINE`` characters."""
    return len(doc.text) < SHORT_LINE * len(doc.lines)
