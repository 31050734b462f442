"""Inline suppression: ``mtlint: disable|enable|disable-next-line|disable-line|disable-file``.

Directives live in HTML/Markdown comments (``<!-- mtlint: disable BS001 -->``), in
``#``, ``//`` or ``..`` comment lines, or in plain ``.txt`` files as a line of their own
in square brackets (``[mtlint: disable-next-line BP001]``). A line that is only a directive
is blanked before the rules run (offsets kept), so the directive itself is never linted.
Suppression is one filter after detection: rules never see directives. In Markdown and
reST, a directive shown as code (a fenced or literal block, inline code) is text, not a
directive: documentation about mtlint must not silence itself.
"""

from __future__ import annotations

from collections.abc import Sequence

from mtlint import rx
from mtlint.records import dataclass

_ACTIONS = "disable-next-line|disable-line|disable-file|disable|enable"
_BODY = rf"mtlint:\s*(?P<action>{_ACTIONS})(?![\w-])(?P<codes>[^\]\n]*?)"
_WHOLE = rx.lazy(rf"^\s*(?:<!--\s*{_BODY}\s*-->|\[\s*{_BODY}\s*\]|(?:#|//|\.\.|%)\s*{_BODY})\s*$")
_TRAILING = rx.lazy(rf"<!--\s*{_BODY}\s*-->|\[\s*{_BODY}\s*\]\s*$")
_SEPARATORS = rx.lazy(r"[\s,]+")
_NEWLINE = rx.lazy(r"(\r\n|\n|\r)")  # kept by split: the line breaks
# A Markdown code fence, also in a list item or a block quote; a backtick fence's info
# string holds no backtick ("```a```" is inline code).
_FENCE = rx.lazy(r"^[ \t]*(?:>[ \t]*)*(`{3,}(?![^\n]*`)|~{3,})")
_FENCE_END = rx.lazy(r"^[ \t]*(?:>[ \t]*)*(`{3,}|~{3,})[ \t]*$")
# What starts a reST literal block: a paragraph ending in "::" or a code directive.
_LITERAL = rx.lazy(r"^([ \t]*)(?:\.\.[ \t]+(?:code-block|code|sourcecode)::.*|(?!\.\.\s).*::)\s*$")
_INLINE_CODE = rx.lazy(r"(`+)(?!`).*?(?<!`)\1(?!`)", rx.DOTALL)
ALL = "ALL"
Codes = frozenset[str] | None  # the codes a directive's selectors name; None: every rule


@dataclass(frozen=True, slots=True)
class Directive:
    """An ``mtlint: disable`` comment and the lines it covers."""

    line: int  # where the directive is written (1-based)
    action: str
    selectors: tuple[str, ...]  # empty: every rule
    first: int  # first line it covers
    last: int  # last line it covers (inclusive; a block: until an enable of the code)
    start: int = 0  # offsets of the directive's own text, for removing it
    end: int = 0
    inline: bool = False  # written after text on its line: start..end is blanked, not text


def _codes(raw: str) -> tuple[str, ...]:
    """The selectors before an optional ``-- reason`` (as in ESLint); no rule name holds
    "--", so the first one starts the reason."""
    return tuple(c for c in _SEPARATORS.split(raw.partition("--")[0].strip()) if c)


def _groups(m: rx.Match[str]) -> tuple[str, str]:
    action = next(a for a in m.captures("action") if a)
    codes = next((c for c in m.captures("codes") if c.strip()), "")
    return action, codes


def parse(text: str, markup: str = "text") -> tuple[str, list[Directive]]:
    """Return the text with directive lines blanked, and the directives it holds.
    ``markup`` (document.markup_of): in "markdown" and "rst", code is not a directive."""
    if "mtlint:" not in text:
        return text, []  # nearly every document: no line to look at
    # Lines as Document has them (a lone \r ends a line too), each with its line break.
    pieces = _NEWLINE.split(text)  # line, break, line, ..., line
    lines, breaks = pieces[::2], [*pieces[1::2], ""]
    code_lines, code_spans = _code(lines, breaks, markup)
    found: list[tuple[int, str, tuple[str, ...], bool, int, int]] = []
    out_lines = []
    offset = 0
    for i, (line, brk) in enumerate(zip(lines, breaks, strict=True), 1):
        line_start = offset
        offset += len(line) + len(brk)
        if "mtlint:" not in line or i in code_lines:
            out_lines.append(line + brk)
            continue
        whole = _WHOLE.match(line)
        if whole and not _in_code(code_spans, line_start, line_start + len(line)):
            action, codes = _groups(whole)
            found.append((i, action, _codes(codes), True, line_start, offset))
            out_lines.append(" " * len(line) + brk)
            continue
        for trailing in _TRAILING.finditer(line):
            s, e = trailing.span()
            if _in_code(code_spans, line_start + s, line_start + e):
                continue  # shown as inline code: a later one on the line may be real
            action, codes = _groups(trailing)
            while s > 0 and line[s - 1] in " \t":
                s -= 1
            found.append((i, action, _codes(codes), False, line_start + s, line_start + e))
            line = line[:s] + " " * (e - s) + line[e:]
            break
        out_lines.append(line + brk)
    return "".join(out_lines), [_directive(f, lines) for f in found]


def _directive(
    found: tuple[int, str, tuple[str, ...], bool, int, int], lines: list[str]
) -> Directive:
    i, action, sels, is_whole, s, e = found
    n = len(lines)
    inline = not is_whole
    if action == "disable-file":
        return Directive(i, action, sels, 1, n, s, e, inline)
    if action == "disable-line" or action == "enable" or (inline and action == "disable"):
        return Directive(i, action, sels, i, i, s, e, inline)
    if action == "disable-next-line":
        nxt = i + 1
        while nxt <= n and not lines[nxt - 1].strip():
            nxt += 1
        return Directive(i, action, sels, nxt, nxt, s, e, inline)
    return Directive(i, action, sels, i, n, s, e, inline)  # a block: see Scope


def _in_code(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def _code(
    lines: list[str], breaks: list[str], markup: str
) -> tuple[set[int], list[tuple[int, int]]]:
    """Numbers of the lines in code blocks (Markdown fences, reST literal blocks), and
    the offsets of inline code spans (they may cross line breaks within a paragraph)."""
    if markup not in ("markdown", "rst"):
        return set(), []
    blocks = _fenced(lines) if markup == "markdown" else _literal(lines)
    spans: list[tuple[int, int]] = []
    para: list[str] = []
    para_start = offset = 0
    for i, (line, brk) in enumerate(zip(lines, breaks, strict=True), 1):
        if i in blocks or not line.strip():
            if para:
                spans += _inline(para, para_start)
            para = []
            para_start = offset + len(line) + len(brk)
        else:
            para += (line, brk)
        offset += len(line) + len(brk)
    if para:
        spans += _inline(para, para_start)
    return blocks, spans


def _inline(para: list[str], start: int) -> list[tuple[int, int]]:
    text = "".join(para)
    if "`" not in text:
        return []
    return [(start + m.start(), start + m.end()) for m in _INLINE_CODE.finditer(text)]


def _fenced(lines: list[str]) -> set[int]:
    """Lines of Markdown fenced code blocks, fences included; an open one runs to the end."""
    out: set[int] = set()
    fence = ""
    for i, line in enumerate(lines, 1):
        if fence:
            out.add(i)
            m = _FENCE_END.match(line)
            if m and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence):
                fence = ""
        elif ("`" in line or "~" in line) and (m := _FENCE.match(line)):
            fence = m.group(1)
            out.add(i)
    return out


def _literal(lines: list[str]) -> set[int]:
    """Lines of reST literal blocks: blank or indented lines after a "::" line."""
    out: set[int] = set()
    indent: int | None = None
    for i, line in enumerate(lines, 1):
        if indent is not None:
            if not line.strip() or len(line) - len(line.lstrip()) > indent:
                out.add(i)
                continue
            indent = None
        if "::" in line and (m := _LITERAL.match(line)):
            indent = len(m.group(1))
    return out


class Scope:
    """Which findings each directive suppresses, its selectors resolved to ``codes``.

    A block (``disable`` on a line of its own) covers a code until the first later
    ``enable`` that names it, whatever the spelling ("BS001", "bs001", "glued-sentences",
    "broken-sentence"), or a bare ``enable``: after a bare ``disable``, ``enable SP001``
    turns SP001 back on and leaves every other rule off (as ruff and eslint do)."""

    def __init__(self, directives: Sequence[Directive], codes: Sequence[Codes]) -> None:
        self.directives = directives
        self.codes = codes
        self.enables = [
            (d.line, codes[i]) for i, d in enumerate(directives) if d.action == "enable"
        ]
        self._ends: dict[tuple[int, str], int] = {}

    def covers(self, i: int, line: int, code: str) -> bool:
        d, codes = self.directives[i], self.codes[i]
        if d.action == "enable" or not d.first <= line <= d.last:
            return False
        if codes is not None and code not in codes:
            return False
        return d.action != "disable" or line <= self._end(i, code)

    def _end(self, i: int, code: str) -> int:
        key = (i, code)
        end = self._ends.get(key)
        if end is None:
            d = self.directives[i]
            end = self._ends[key] = min(
                (
                    at
                    for at, codes in self.enables
                    if at > d.line and (codes is None or code in codes)
                ),
                default=d.last,
            )
        return end
