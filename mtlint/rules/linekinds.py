"""What kind of line is this: heading, list item, table row, code fence?

Line-level rules (repeated lines, truncated lines) must not treat structure as prose: a
Markdown table repeats its separator row, a checklist repeats short items, a heading has
no full stop. These helpers answer those questions once, for every such rule.
"""

from __future__ import annotations

from functools import lru_cache
from weakref import WeakKeyDictionary

from mtlint import rx
from mtlint.document import Document, Line
from mtlint.rules._prose import code_lines

_FENCE = rx.lazy(r"^\s{0,3}(?:`{3,}|~{3,})")
_HEADING = rx.lazy(r"^\s{0,3}#{1,6}(?:\s|$)")
_SETEXT = rx.lazy(r"^\s{0,3}(?:=+|-+)\s*$")
_LIST_ITEM = rx.lazy(r"^\s*(?:[-*+•▪◦‣–]|\(?\d{1,3}[.)]|\(?[a-zA-Z][.)])\s+")
_RULE = rx.lazy(r"^\s*(?:[-*_=~]\s*){3,}$")
# The standard ``re`` module where no Unicode property is needed: it is much faster on
# the long one-paragraph lines of scraped text. _CODE is what looks_like_code looks for
# (it tests the alternatives one by one; a test holds it to this definition).
_CODE = rx.compile_re(r"^\s*(?:>>>|\.\.\.\s|\$\s)|::=|\s==?\s|[{}]\s*$|\w\(|\S {3,}\S")
WORD = rx.compile_re(r"[^\W\d_]+(?:['’.-][^\W\d_]+)*")  # letters, with inner ' . -
_LEAD = rx.compile_re(r"[\s#>*_+\-•|]*")
_CODE_CACHE: WeakKeyDictionary[Document, frozenset[int]] = WeakKeyDictionary()


TITLE_CACHE = 1024  # lines kept by is_title_like
# Lines kept by each per-line cache below: the rules of one document ask about the same
# lines, so the lines of a few documents suffice; a bigger cache holds on to the lines of
# documents long done, and memory grows with the corpus (8,192 lines were about 2.5 MiB
# more at 4,000 files than at 1,000).
LINE_CACHE = 1024


def wordset(text: str) -> frozenset[str]:
    """A frozenset of the whitespace-separated words of ``text`` (for word lists)."""
    return frozenset(text.split())


@lru_cache(maxsize=LINE_CACHE)
def normalize(text: str) -> str:
    """Case- and whitespace-insensitive form of a line's content. Cached: the duplicate
    and truncation rules normalise the same lines."""
    return " ".join(text.split()).casefold()


def content_bounds(line: Line) -> tuple[int, int]:
    """Offsets (within the line) of its content without Markdown decoration ("## ", "- ",
    "> ", "**"); the same as ``kinds.line.content_span``, in linear time. Not cached: the
    line rules read ``all_bounds`` of their document."""
    return _measure(line.text)


_TRAILING = " \t\r\n\f\v*_|\u00a0"  # what _measure strips at the end of a line


def _measure(text: str) -> tuple[int, int]:
    """``content_bounds`` of a line's text."""
    if text[:1].isalnum():
        start = 0  # no leading decoration (the common case): no regex match
    else:
        lead = _LEAD.match(text)
        start = lead.end() if lead else 0
    end = len(text.rstrip(_TRAILING))
    return start, max(start, end)


def all_bounds(doc: Document) -> list[tuple[int, int]]:
    """``content_bounds`` of every line, by index: computed once per document for the line
    rules, which would otherwise each look every line up in a cache."""
    found = doc.memo.get("content-bounds")
    if found is None:
        # What _measure gives, with no call for the usual lines: a blank one, and one that
        # starts with a letter or digit and ends with nothing _measure strips.
        found = doc.memo["content-bounds"] = [
            (0, len(text))
            if text[:1].isalnum() and text[-1] not in _TRAILING
            else (0, 0)
            if not text
            else _measure(text)
            for text in [line.text for line in doc.lines]
        ]
    return found  # type: ignore[return-value]


def fenced_lines(doc: Document) -> frozenset[int]:
    """Numbers of the lines inside code blocks (fenced in any file; indented in Markdown,
    literal blocks in reST), fence lines included. Cached per document."""
    cached = _CODE_CACHE.get(doc)
    if cached is not None:
        return cached
    result = _fenced_lines(doc)
    _CODE_CACHE[doc] = result
    return result


def _fenced_lines(doc: Document) -> frozenset[int]:
    out: set[int] = set(code_lines(doc))
    if "```" not in doc.text and "~~~" not in doc.text:
        return frozenset(out)  # no line can match _FENCE (most texts): no match per line
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


# Cheap substring tests run first: most lines have none of these, and the regular
# expressions are then never run over long one-paragraph lines.
_CODE_HINTS = ("::=", "(", "{", "}", "   ", " = ", " == ")
_PROMPT = rx.compile_re(r">>>|\.\.\.\s|\$\s")  # after leading spaces
_EQUALS = rx.compile_re(r"=(?<=\s=)=?\s")  # \s==?\s
_CALL = rx.compile_re(r"\((?<=\w\()")  # \w\(
_GAP = rx.compile_re(r"   (?<=\S   ) *\S")  # \S {3,}\S
_CODE_PROMPTS = (">>>", "...", "$ ")
_BULLETS = "-*+•▪◦‣–("


@lru_cache(maxsize=LINE_CACHE)
def looks_like_code(text: str) -> bool:
    """A line of code or grammar in a plain-text file: prompts, "::=", calls, braces.
    Cached: several line rules ask about the same lines."""
    if (
        not (
            "(" in text  # _CODE_HINTS, written out: no generator to run for every line
            or "{" in text
            or "}" in text
            or "::=" in text
            or "   " in text
            or " = " in text
            or " == " in text
        )
        and not text.lstrip()[:3].startswith(_CODE_PROMPTS)
    ):
        return False
    # What _CODE.search(text) finds, one alternative at a time: its leading alternation
    # is tried at every position, each of these skips to its first literal in C.
    return bool(
        _PROMPT.match(text.lstrip())
        or "::=" in text
        or ("=" in text and _EQUALS.search(text))
        or text.rstrip()[-1:] in ("{", "}")
        or ("(" in text and _CALL.search(text))
        or ("   " in text and _GAP.search(text))
    )


def is_heading(text: str) -> bool:
    return text.lstrip(" ")[:1] == "#" and bool(_HEADING.match(text))


def is_list_item(text: str) -> bool:
    head = text.lstrip()[:4]
    if not head or not (head[0] in _BULLETS or head[0].isdigit() or head[1:2] in (".", ")")):
        return False
    return bool(_LIST_ITEM.match(text))


def is_table_row(text: str) -> bool:
    if "|" not in text and "\t" not in text:
        return False
    s = text.strip()
    return s.startswith("|") or s.count("|") >= 2 or s.count("\t") >= 2


def is_rule_or_underline(text: str) -> bool:
    """A horizontal rule or a setext heading underline."""
    if text.lstrip()[:1] not in ("-", "*", "_", "=", "~"):
        return False
    return bool(_RULE.match(text) or _SETEXT.match(text))


@lru_cache(maxsize=LINE_CACHE)
def is_structure(text: str) -> bool:
    """Headings, list items, table rows and rules: lines that are not running prose."""
    # What the tests below say of a line that starts with a word, and has no "|" or tab.
    if text[:1].isalpha() and text[1:2] not in (".", ")") and "|" not in text and "\t" not in text:
        return False
    return (
        is_heading(text) or is_list_item(text) or is_table_row(text) or is_rule_or_underline(text)
    )


@lru_cache(maxsize=TITLE_CACHE)
def is_title_like(text: str) -> bool:
    """Title Case or ALL CAPS: most longer words start with a capital. Cached: the corpus
    pass and the lint pass ask about the same lines, and so do two rules of the lint pass.
    The lines of a few documents suffice; a bigger cache only holds on to the lines of
    documents long done (about 350 bytes a line)."""
    initials = [w[0] for w in WORD.findall(text) if len(w) >= 4]
    if len(initials) < 3:
        return False
    return sum(map(str.isupper, initials)) >= 0.75 * len(initials)


def words(text: str) -> list[str]:
    return WORD.findall(text)


def next_nonblank(doc: Document, line: Line) -> Line | None:
    """The first line after ``line`` with text (by index: a slice of the rest copied all
    the lines after it, for every paragraph of a long document)."""
    lines = doc.lines
    for i in range(line.number, len(lines)):
        if lines[i].text.strip():
            return lines[i]
    return None
