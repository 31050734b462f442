"""Inline suppression: ``mtlint: disable|enable|disable-next-line|disable-line|disable-file``.

Directives live in HTML/Markdown comments (``<!-- mtlint: disable BS001 -->``), in
``#``, ``//`` or ``..`` comment lines, or in plain ``.txt`` files as a line of their own
in square brackets (``[mtlint: disable-next-line BP001]``). A line that is only a directive
is blanked before the rules run (offsets kept), so the directive itself is never linted.
Suppression is one filter after detection: rules never see directives.
"""

from __future__ import annotations

from mtlint import rx
from mtlint.records import dataclass

_ACTIONS = "disable-next-line|disable-line|disable-file|disable|enable"
_BODY = rf"mtlint:\s*(?P<action>{_ACTIONS})(?![\w-])(?P<codes>[^\]\n]*?)"
_WHOLE = rx.lazy(rf"^\s*(?:<!--\s*{_BODY}\s*-->|\[\s*{_BODY}\s*\]|(?:#|//|\.\.|%)\s*{_BODY})\s*$")
_TRAILING = rx.lazy(rf"<!--\s*{_BODY}\s*-->|\[\s*{_BODY}\s*\]\s*$")
_SEPARATORS = rx.lazy(r"[\s,]+")
_NEWLINE = rx.lazy(r"(\r\n|\n|\r)")  # kept by split: the line breaks
ALL = "ALL"


@dataclass(frozen=True, slots=True)
class Directive:
    """An ``mtlint: disable`` comment and the lines it covers."""

    line: int  # where the directive is written (1-based)
    action: str
    selectors: tuple[str, ...]  # empty: every rule
    first: int  # first line it covers
    last: int  # last line it covers (inclusive)
    start: int = 0  # offsets of the directive's own text, for removing it
    end: int = 0


def _codes(raw: str) -> tuple[str, ...]:
    return tuple(c for c in _SEPARATORS.split(raw.strip()) if c)


def _groups(m: rx.Match[str]) -> tuple[str, str]:
    action = next(a for a in m.captures("action") if a)
    codes = next((c for c in m.captures("codes") if c.strip()), "")
    return action, codes


def parse(text: str) -> tuple[str, list[Directive]]:
    """Return the text with directive lines blanked, and the directives it holds."""
    if "mtlint:" not in text:
        return text, []  # nearly every document: no line to look at
    # Lines as Document has them (a lone \r ends a line too), each with its line break.
    pieces = _NEWLINE.split(text)  # line, break, line, ..., line
    lines, breaks = pieces[::2], [*pieces[1::2], ""]
    n = len(lines)
    found: list[tuple[int, str, tuple[str, ...], bool, int, int]] = []
    out_lines = []
    offset = 0
    for i, (line, brk) in enumerate(zip(lines, breaks, strict=True), 1):
        line_start = offset
        offset += len(line) + len(brk)
        if "mtlint:" not in line:
            out_lines.append(line + brk)
            continue
        whole = _WHOLE.match(line)
        if whole:
            action, codes = _groups(whole)
            found.append((i, action, _codes(codes), True, line_start, offset))
            out_lines.append(" " * len(line) + brk)
            continue
        trailing = _TRAILING.search(line)
        if trailing:
            action, codes = _groups(trailing)
            s, e = trailing.span()
            while s > 0 and line[s - 1] in " \t":
                s -= 1
            found.append((i, action, _codes(codes), False, line_start + s, line_start + e))
            line = line[:s] + " " * (e - s) + line[e:]
        out_lines.append(line + brk)
    directives: list[Directive] = []
    open_blocks: list[tuple[int, tuple[str, ...], int, int]] = []
    for i, action, sels, is_whole, s, e in found:
        if action == "disable-file":
            directives.append(Directive(i, action, sels, 1, n, s, e))
        elif action == "disable-line" or (not is_whole and action == "disable"):
            directives.append(Directive(i, action, sels, i, i, s, e))
        elif action == "disable-next-line":
            nxt = i + 1
            while nxt <= n and not lines[nxt - 1].strip():
                nxt += 1
            directives.append(Directive(i, action, sels, nxt, nxt, s, e))
        elif action == "disable":
            open_blocks.append((i, sels, s, e))
        else:  # enable: close the blocks it names (or all of them)
            keep = []
            for start, block, bs, be in open_blocks:
                if not sels or set(sels) & set(block) or not block:
                    directives.append(Directive(start, "disable", block, start, i, bs, be))
                else:
                    keep.append((start, block, bs, be))
            open_blocks = keep
    for start, block, bs, be in open_blocks:
        directives.append(Directive(start, "disable", block, start, n, bs, be))
    return "".join(out_lines), directives
