"""EN002-EN004: replacement characters, invalid UTF-8 bytes and control characters."""

from __future__ import annotations

from collections.abc import Iterator

from mtlint import rx
from mtlint.document import Document
from mtlint.model import Applicability, Category, Fix, Hit, Severity, Span
from mtlint.rule import Rule, RuleMeta, examples, fail
from mtlint.rules._prose import snippet
from mtlint.rules._rare import CONTROLS, holds
from mtlint.rules.encoding.mojibake import mojibake_repairs

# Explicit characters only: the stdlib engine, which scans these much faster.
_FFFD = rx.compile_re("\ufffd\ufffd*")  # "\ufffd+" with a literal first: the search skips in C
_SURROGATE = rx.compile_re("[\udc80-\udcff]")
# \x1b\[[0-?]*[ -/]*[@-~]|[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f], written to start with the
# character set (ESC is in it), so that the search skips to the candidates in C: an
# alternation is tried at every position. The same matches.
_CONTROL = rx.compile_re(f"[{CONTROLS}]" + r"(?:(?<=\x1b)\[[0-?]*[ -/]*[@-~])?")
_CONTROL_CHAR = rx.compile_re(f"[{CONTROLS}]")


def _surrogates(text: str, chunk: int = 1 << 20) -> bool:
    """Whether ``text`` holds a surrogate code point (those of ``_SURROGATE`` and others):
    strict UTF-8 refuses them, and encoding is several times faster than a search with a
    character set. A megabyte at a time, to bound memory."""
    for start in range(0, len(text), chunk):
        try:
            text[start : start + chunk].encode("utf-8")
        except UnicodeEncodeError:
            return True
    return False


def _runs(offsets: tuple[int, ...]) -> list[Span]:
    """Consecutive offsets grouped into spans."""
    out: list[Span] = []
    for off in sorted(offsets):
        if out and out[-1].end == off:
            out[-1] = Span(out[-1].start, off + 1)
        else:
            out.append(Span(off, off + 1))
    return out


class ReplacementCharacter(Rule):
    """A U+FFFD replacement character (�): text lost in an earlier conversion.

    Some tool upstream met bytes it could not decode and substituted �; the original
    characters are gone. Bytes that are invalid in this file itself are reported once,
    by EN003, not here. There is no fix: only the source text can say what was lost.
    """

    meta = RuleMeta(
        code="EN002",
        name="replacement-character",
        category=Category.ENCODING,
        severity=Severity.ERROR,
        summary="A U+FFFD replacement character (�): text lost in an earlier conversion.",
    )
    examples = examples(
        [
            fail("Zelensky said the attack on Kyiv \ufffd\ufffd was brutal.", "1:34"),
            fail("Caf\ufffd and na\ufffdve", "1:4", "1:12"),
        ],
        ["Café and naïve.", "A question mark? And an emoji 😀."],
    )

    def check(self, doc: Document) -> Iterator[Hit]:
        bad = set(doc.bad_offsets)
        for m in _FFFD.finditer(doc.text):
            for span in _runs(tuple(i for i in range(m.start(), m.end()) if i not in bad)):
                shown = snippet(doc, span.start, span.end, 10)
                yield Hit(span, f"replacement character in {shown!r}")


# What an undecodable unit of a file is, by its encoding (Document.encoding).
_UNITS = {"utf-16": "UTF-16 unit", "utf-32": "UTF-32 unit"}


class InvalidUtf8(Rule):
    """Bytes that are not valid UTF-8 (the file is in another encoding, or damaged).

    mtlint reads such bytes as U+FFFD and carries on; each run of bad bytes is reported
    here once (text handed over through the API with surrogate escapes counts too). A
    file saved as Windows-1252 or Latin-1 should be converted to UTF-8 from the right
    source encoding (iconv, or ftfy for mixed files). There is no automatic fix.
    """

    meta = RuleMeta(
        code="EN003",
        name="invalid-utf8",
        category=Category.ENCODING,
        severity=Severity.ERROR,
        summary="Bytes that are not valid UTF-8 (the file is in another encoding, or damaged).",
    )
    examples = examples(
        [fail("Caf\udce9 au lait and na\udcc3\udcafve", "1:4", "1:20")],
        ["Plain UTF-8 text: café, “quotes”, 😀.", "A replacement \ufffd is EN002's."],
    )

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.text
        escaped = tuple(m.start() for m in _SURROGATE.finditer(text)) if _surrogates(text) else ()
        for span in _runs(tuple(set(doc.bad_offsets) | set(escaped))):
            count = span.end - span.start
            unit = _UNITS.get(doc.encoding[:6], "UTF-8 byte")
            what = f"an invalid {unit}" if count == 1 else f"{count} invalid {unit}s"
            yield Hit(span, f"{what} in {snippet(doc, span.start, span.end, 10)!r}")


class ControlCharacter(Rule):
    """A control character (C0, DEL or C1) or terminal escape sequence inside the text.

    Controls are invisible, break parsers and XML, and usually come from binary debris or
    from Windows-1252 text read as Latin-1 (U+0092 for ’). Tab, line feed and carriage
    return are fine, and so is a form feed alone on its line (a page break). Deleting a C0
    control or escape sequence is safe; a C1 control is replaced (unsafe) by the
    Windows-1252 character it most likely stands for. Controls inside mojibake are EN001's.
    """

    meta = RuleMeta(
        code="EN004",
        name="control-character",
        category=Category.ENCODING,
        severity=Severity.ERROR,
        summary="A control character (C0, DEL or C1) or terminal escape sequence inside the text.",
        fixable=True,
    )
    examples = examples(
        [
            fail(
                "Biden\x07 said \x1b[31mno\x1b[0m.", "1:6", "1:13", "1:20", fixed="Biden said no."
            ),
            fail("It\x92s over.", "1:3", fixed="It’s over."),
        ],
        ["Tab\tand line\r\nbreaks are fine.", "Page one\n\x0c\nPage two", "it’s “fine”"],
    )

    def check(self, doc: Document) -> Iterator[Hit]:
        if not holds(doc, _CONTROL_CHAR):
            return  # no control character: the common case, without a scan of its own
        mojibake = [r.span for r in mojibake_repairs(doc)]
        for m in _CONTROL.finditer(doc.text):
            span = Span(m.start(), m.end())
            ch = m.group()
            if any(span.overlaps(s) for s in mojibake):
                continue
            if ch == "\x0c" and not doc.line_at(span.start).text.strip("\x0c \t"):
                continue
            if len(ch) > 1:
                yield Hit(
                    span,
                    f"terminal escape sequence {ch!r}",
                    Fix.replace(span, "", "Delete the escape sequence", Applicability.SAFE),
                )
                continue
            code = ord(ch)
            if 0x80 <= code <= 0x9F:
                try:
                    guess = bytes([code]).decode("cp1252")
                except UnicodeDecodeError:
                    guess = ""
                title = f"Replace with {guess!r}" if guess else "Delete the control character"
                yield Hit(
                    span,
                    f"control character U+{code:04X} (C1"
                    + (f", probably {guess!r})" if guess else ")"),
                    Fix.replace(span, guess, title, Applicability.UNSAFE),
                )
                continue
            yield Hit(
                span,
                f"control character U+{code:04X}",
                Fix.replace(span, "", "Delete the control character", Applicability.SAFE),
            )
