"""Very long texts are linted as consecutive parts, so that memory stays bounded.

A document costs about thirty times its size while it is linted (its lines, folded copy,
sentences, the rules' tables), so a 200 MB file would need gigabytes. Above
``PART_CHARS`` code points, or ``PART_LINES`` lines (each line costs a few hundred bytes
of its own), the text is cut after a blank line (after a line break when there is none
near), and each part is linted as a document of its own; findings are
shifted back to the whole text's offsets and lines. Rules that look at a whole document
(repeated lines, paragraphs) look within a part; corpus rules (a name's spellings) read
one summary of the whole file, joined from its parts' (``CorpusRule.join``).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import replace

from mtlint import corpus, rx
from mtlint.document import Document
from mtlint.model import Category, Edit, Finding, Fix, Hit, Severity, Span
from mtlint.rule import Rule

PART_CHARS = 1 << 20  # about a hundred news articles; some 30 MB while linted
PART_LINES = 1 << 16  # lines of a part of short lines (subtitles, lists): some 40 MB
_BLANK = rx.lazy(r"(?:\r\n|\n|\r)[ \t]*(?:\r\n|\n|\r)")
_BREAK = rx.lazy(r"\r\n|\n|\r")

Rules = Sequence[tuple[Rule, Severity]]
Extra = Sequence[tuple[str, Hit]]
LintOne = Callable[[Document, Rules, Extra], list[Finding]]
Make = Callable[[str, str, Category, Severity, Hit], Finding]  # a finding at a whole-text hit
MakeIn = Callable[[Document, str, str, Category, Severity, Hit], Finding]  # make_finding


def is_long(text: str) -> bool:
    """Whether ``text`` is linted in parts: more than ``PART_CHARS`` code points, or more
    than ``PART_LINES`` line feeds (a word list, subtitles: there memory follows the
    lines, some 600 bytes each while linted, more than the characters)."""
    return len(text) > PART_CHARS or (len(text) > PART_LINES and text.count("\n") > PART_LINES)


def _after_nth_break(text: str, begin: int, n: int) -> int:
    """The offset right after the ``n``-th line feed from ``begin`` (the caller has
    counted more than ``n`` of them)."""
    i = begin
    for _ in range(n):
        i = text.find("\n", i) + 1
    return i


def starts(text: str, size: int | None = None, lines: int | None = None) -> list[int]:
    """Where each part starts (the first at 0): at a line start after a blank line found
    within a quarter of a part past each target, else after the next line break; a text
    without one there is not cut further. The target is ``size`` characters on, or
    ``lines`` line feeds on when that comes first."""
    size = size or PART_CHARS
    lines = lines or PART_LINES
    out = [0]
    while True:
        begin = out[-1]
        target = begin + size
        if text.count("\n", begin, target) > lines:
            target = _after_nth_break(text, begin, lines)
        elif target >= len(text):
            break
        window = target + (target - begin) // 4
        found = _BLANK.search(text, target, window) or _BREAK.search(text, target)
        if found is None:
            break
        end = found.end()
        if text[end - 1 : end + 1] == "\r\n":  # the search's end fell inside a CRLF:
            end += 1  # cut after it, or the part would end with a line break of its own
        if end >= len(text):
            break
        out.append(end)
    return out


def _moved(fix: Fix | None, offset: int) -> Fix | None:
    if fix is None:
        return None
    edits = tuple(
        Edit(Span(e.span.start + offset, e.span.end + offset), e.replacement) for e in fix.edits
    )
    return replace(fix, edits=edits)


def shifted(f: Finding, offset: int, lines: int) -> Finding:
    """A part's finding at its place in the whole text (a part starts at a line start,
    so columns stay as they are)."""
    if not offset and not lines:
        return f
    return replace(
        f,
        span=Span(f.span.start + offset, f.span.end + offset),
        line=f.line + lines,
        end_line=f.end_line + lines,
        fix=_moved(f.fix, offset),
    )


def _local(extra: Extra, start: int, end: int) -> list[tuple[str, Hit]]:
    """The external hits that start in a part, in its coordinates (cut at its end)."""
    return [
        (
            code,
            replace(
                h,
                span=Span(h.span.start - start, min(h.span.end, end) - start),
                fix=_moved(h.fix, -start),
            ),
        )
        for code, h in extra
        if start <= h.span.start < end
    ]


def summaries(text: str, path: str, rules: Sequence[corpus.CorpusRule]) -> list[object]:
    """Each corpus rule's summary of a long text, joined from its parts' summaries."""
    bounds = starts(text)
    parts: list[list[tuple[int, object]]] = [[] for _ in rules]
    for start, end in zip(bounds, [*bounds[1:], len(text)], strict=True):
        doc = Document(text[start:end], path)
        for found, rule in zip(parts, rules, strict=True):
            found.append((start, rule.collect(doc)))
    return [rule.join(found) for rule, found in zip(rules, parts, strict=True)]


def lint_parts(
    text: str,
    path: str,
    rules: Rules,
    bad_offsets: tuple[int, ...],
    extra: Extra,
    lint_one: LintOne,
    make: MakeIn,
    encoding: str = "utf-8",
) -> tuple[list[Finding], Make]:
    """Lint a long text part by part (``lint_one`` lints a document); returns the
    findings and a maker of findings at any offset of the text (for directives)."""
    bounds = starts(text)
    ends = [*bounds[1:], len(text)]
    own = [
        r
        for r, _ in rules
        if hasattr(r, "corpus_key")
        and isinstance(r, corpus.CorpusRule)
        and corpus.index(r.corpus_key) is None
    ]  # a lone file: its corpus rules see the whole file, not one part
    indexes = {
        r.corpus_key: r.merge([joined])
        for r, joined in zip(own, summaries(text, path, own), strict=True)
    }
    findings: list[Finding] = []
    firsts = []  # the whole text's line number before each part's first line
    lines = 0
    with corpus.adding(indexes):
        for start, end in zip(bounds, ends, strict=True):
            lo, hi = bisect.bisect_left(bad_offsets, start), bisect.bisect_left(bad_offsets, end)
            doc = Document(
                text[start:end],
                path,
                bad_offsets=tuple(o - start for o in bad_offsets[lo:hi]),
                line_base=lines,
                encoding=encoding,
            )
            local = lint_one(doc, rules, _local(extra, start, end))
            findings += [shifted(f, start, lines) for f in local]
            firsts.append(lines)
            lines += len(doc.lines) - 1

    docs: dict[int, Document] = {}  # the last part asked about (directives come in order)

    def make_at(code: str, name: str, category: Category, severity: Severity, hit: Hit) -> Finding:
        i = bisect.bisect_right(bounds, hit.span.start) - 1
        start, end = bounds[i], ends[i]
        doc = docs.get(i)
        if doc is None:
            docs.clear()
            doc = docs[i] = Document(text[start:end], path, line_base=firsts[i])
        local = replace(
            hit,
            span=Span(hit.span.start - start, min(hit.span.end, end) - start),
            fix=_moved(hit.fix, -start),
        )
        return shifted(make(doc, code, name, category, severity, local), start, firsts[i])

    return findings, make_at
