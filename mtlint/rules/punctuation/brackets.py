"""PU010: a parenthesis opened and never closed, or closed and never opened."""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from mtlint import rx
from mtlint.document import Document
from mtlint.model import Category, Hit, Severity, Span
from mtlint.rule import Rule, RuleMeta, examples, fail
from mtlint.rules._prose import code_lines, inside, skip_spans, snippet

# "a) first", "2) second", "iv) fourth": list labels close a parenthesis nobody opened.
_LABEL = rx.lazy(r"\d{1,3}|[a-zA-Z]|[ivxlcdm]{1,6}|[IVXLCDM]{1,6}")
_SMILEY_EYES = ":;="
_PAREN = rx.lazy(r"[()]")
_ANY_PAREN = rx.compile_re("[()]")  # the same, in the standard library's faster engine


def _is_label(text: str, pos: int) -> bool:
    """True when the ")" at ``pos`` ends a list label such as "a)", "2)" or "iv)"."""
    k = pos
    while k > 0 and text[k - 1].isalnum() and pos - k <= 6:
        k -= 1
    before = text[k - 1] if k > 0 else "\n"
    return bool(_LABEL.fullmatch(text, k, pos)) and (before.isspace() or before in '([“"')


_QUOTES_OPEN = "\"'“‘"
_QUOTES_CLOSE = "\"'”’"


# A whitespace-delimited token that is an operator or option with an opening parenthesis
# ("((", "-(") or a "(" that ends a sentence ("after the first (."): an opening bracket is
# followed by what it encloses, so this one is named.
_SYMBOL_TOKEN = rx.lazy(r"(?:[-+*/=<>!|&^~]+\(+|\(\(+|\(\.)(?=\s|$)")


def _token_start(text: str, pos: int) -> int:
    """The start of the whitespace-delimited token that holds ``pos`` (looking back at most
    a few characters: a longer run of marks is no symbol)."""
    k = pos
    while k > 0 and pos - k < 4 and not text[k - 1].isspace():
        k -= 1
    return k


def _is_symbol(text: str, pos: int) -> bool:
    """True when the parenthesis at ``pos`` is a symbol, not a bracket: quoted on its own
    ('a "(" or ")"'), or one half of a parenthesised mark ("a colon (:)"), whose ")" would
    otherwise read as a smiley and leave the "(" open."""
    before = text[pos - 1 : pos]
    after = text[pos + 1 : pos + 2]
    if before and after and before in _QUOTES_OPEN and after in _QUOTES_CLOSE:
        return True
    if text[pos] == "(" and _SYMBOL_TOKEN.match(text, _token_start(text, pos)):
        return True  # "the (( command", "the -( option", "after the first (."
    if text[pos] == "(":
        inner = text[pos + 1 : pos + 2]
        return (
            bool(inner)
            and not inner.isalnum()
            and not inner.isspace()
            and (text[pos + 2 : pos + 3] == ")")
        )
    return text[pos - 2 : pos - 1] == "(" and not before.isalnum() and not before.isspace()


def _with_parentheses(doc: Document) -> Iterator[tuple[int, int]]:
    """The line ranges of the paragraphs that hold a parenthesis: one search (in C) from
    each such paragraph to the next, instead of two searches per paragraph."""
    text, paragraphs = doc.text, doc.paragraphs
    starts = [p.start for p in paragraphs]
    found = _ANY_PAREN.search(text)
    while found is not None:
        at = found.start()
        k = bisect.bisect_right(starts, at) - 1
        if k >= 0 and at < paragraphs[k].end:
            yield doc.paragraph_lines[k]
            found = _ANY_PAREN.search(text, paragraphs[k].end)
        else:  # between paragraphs (not possible: blank lines hold none)
            found = _ANY_PAREN.search(text, at + 1)


class UnbalancedParentheses(Rule):
    """A parenthesis opened and never closed, or closed and never opened, in a paragraph.

    A paragraph is a run of non-blank lines, so that a parenthesis may span lines.

    Scrapers that cut photo credits or asides leave half of a pair behind ("(AFP said on Friday.").
    List labels ("a) first", "2) second"), smileys (":)", ":-(") and URLs stay quiet, as do
    parentheses named rather than used: quoted ('a "(" '), around a mark ("a colon (:)"), or as an
    operator or option ("the (( command", "-("). There is no fix: only a reader knows where the
    aside ends.
    """

    meta = RuleMeta(
        code="PU010",
        name="unbalanced-parentheses",
        category=Category.PUNCTUATION,
        severity=Severity.WARNING,
        summary="A parenthesis opened and never closed, or closed and never opened.",
    )
    examples = examples(
        [
            fail("The minister (who resigned on Friday said nothing.", "1:14"),
            fail("The official said on Friday) that talks would resume.", "1:28"),
        ],
        [
            "The minister (who resigned) said nothing (again).",
            "Choose a) tea, b) coffee or iv) water; 1) first, 2) second.",
            "1) It is fast\n2) It is small",
            "Great news :) and sad news :-( and more ;)",
            "See https://en.wikipedia.org/wiki/Kyiv_(city) for more.",
            "Nested (as in (this) case) works.",
            'A colon (:) or semicolon (;) ends it; on a "(" it moves to the matching ")".',
            "See the (( command and the -( option; it stops after the first (.",
        ],
    )

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.text
        code = code_lines(doc)
        for first, last in _with_parentheses(doc):
            lines = [x for x in doc.lines[first : last + 1] if x.number not in code]
            skips = [s for line in lines for s in skip_spans(doc, line)]
            stack: list[int] = []
            marks = (m for line in lines for m in _PAREN.finditer(text, line.start, line.end))
            for m in marks:
                pos = m.start()
                prev = text[pos - 2 : pos].lstrip()
                if (
                    inside(Span(pos, pos + 1), skips)
                    or _is_symbol(text, pos)
                    or (prev and prev[-1] in _SMILEY_EYES)
                    or (prev.endswith("-") and len(prev) == 2 and prev[0] in _SMILEY_EYES)
                ):
                    continue
                if m.group() == "(":
                    stack.append(pos)
                elif stack:
                    stack.pop()
                elif not _is_label(text, pos):
                    yield Hit(
                        Span(pos, pos + 1),
                        "closing parenthesis without an opening one: "
                        f"{snippet(doc, pos, pos + 1, 10)!r}",
                    )
            for pos in stack:
                yield Hit(
                    Span(pos, pos + 1),
                    f"parenthesis opened here is never closed: {snippet(doc, pos, pos + 1, 10)!r}",
                )
