"""Markdown syntax hidden from LanguageTool as markup, so it checks only the prose.

LanguageTool's ``data`` parameter takes a list of ``{"text": ...}`` and ``{"markup": ...}``
parts; its offsets still count the whole text, markup included, so spans need no mapping.
Fenced and indented code blocks are not sent at all.
"""

from __future__ import annotations

import regex

Part = dict[str, str]

FENCE = regex.compile(r"^ {0,3}(`{3,}|~{3,})")
INDENTED_CODE = regex.compile(r"^(?: {4}|\t)")
# A block marker at the start of a line: heading, quote, list item, table pipe.
BLOCK = regex.compile(r"^ {0,3}(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d{1,9}[.)][ \t]+|\|)")
LIST = regex.compile(r"^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]")
INLINE = regex.compile(
    r"""(?P<code>`+)[^`]+?(?P=code)          # code span: hidden, read as one word
    | !\[[^\]]*\]\([^)\s]*\)                 # image
    | \]\([^)\s]*\)                          # the (url) half of a link
    | (?<![\w\\])\[(?=[^\]]*\]\()            # the [ of a link
    | <\/?[A-Za-z][^<>]*>                    # HTML tag
    | \*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)  # emphasis delimiters
    | [ \t]*\|[ \t]*                         # table cell separators
    """,
    regex.VERBOSE,
)


def is_code_paragraph(text: str, in_fence: bool) -> tuple[bool, bool]:
    """(skip this paragraph, inside a fence after it) for consecutive paragraphs."""
    lines = text.splitlines()
    fences = sum(1 for ln in lines if FENCE.match(ln))
    skip = in_fence or fences > 0 or all(INDENTED_CODE.match(ln) for ln in lines)
    return skip, in_fence != (fences % 2 == 1)


def annotate(text: str) -> list[Part]:
    """The paragraph as text and markup parts (their concatenation is ``text``)."""
    parts: list[Part] = []

    def add(kind: str, value: str, interpret: str | None = None) -> None:
        if not value:
            return
        part = {kind: value}
        if interpret is not None:
            part["interpretAs"] = interpret
        parts.append(part)

    for i, line in enumerate(text.splitlines(keepends=True)):
        body = line
        block = BLOCK.match(line)
        if block:
            marker = block.group()
            is_list = LIST.match(marker) is not None  # "- item" stays text: LT knows lists
            hidden = "" if is_list else marker
            interpret = "\n\n" if "|" in marker else ""
            if i and parts and parts[-1].get("text", "").endswith("\n"):
                # a new block starts a new paragraph for LanguageTool (list items, headings)
                parts[-1]["text"] = parts[-1]["text"][:-1]
                if not parts[-1]["text"]:
                    parts.pop()
                hidden, interpret = "\n" + hidden, "\n\n"
            add("markup", hidden, interpret)
            if is_list:
                add("text", marker)
            body = line[block.end() :]
        pos = 0
        for m in INLINE.finditer(body):
            add("text", body[pos : m.start()])
            token = m.group()
            add("markup", token, "code" if m.group("code") else "\n\n" if "|" in token else "")
            pos = m.end()
        add("text", body[pos:])
    merged: list[Part] = []
    for part in parts:  # adjacent plain text parts read better as one
        if merged and "text" in part and "text" in merged[-1]:
            merged[-1]["text"] += part["text"]
        else:
            merged.append(part)
    return merged
