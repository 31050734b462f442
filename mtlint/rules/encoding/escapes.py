"""EN007-EN008: literal escape sequences, and apostrophes lost to question marks."""

from __future__ import annotations

from collections.abc import Iterator

from mtlint import rx
from mtlint.document import Document
from mtlint.model import Applicability, Category, Fix, Hit, Severity, Span
from mtlint.rule import Rule, RuleMeta, examples, fail
from mtlint.rules._prose import inside, prose_lines, skip_spans, snippet

_ESCAPE = rx.lazy(
    r"\\u(?P<u>[0-9a-fA-F]{4})|\\U(?P<U>[0-9a-fA-F]{8})"
    r"|(?<=[\p{L}\p{N}.!?,;:”\"’)])(?P<nl>(?:\\r)?\\n)(?=[\p{Lu}“\"\s]|$)"
)
# it?s, don?t, we?re, I?m, Biden?s: an apostrophe that a lossy conversion made "?".
_QMARK_APOSTROPHE = rx.lazy(r"(?<=\p{L})\?(?=(?:s|t|ll|re|ve|d|m)\b)")
_URLISH = rx.lazy(r"[/=&%#@]")


class LiteralEscape(Rule):
    """A literal escape sequence in the text ("it\\u2019s", "said.\\nThe").

    Text pulled out of JSON or JavaScript without decoding keeps its escapes, which
    readers see verbatim. Code blocks and inline code are skipped, and "\\n" counts only
    between words and sentences. Decoding a \\u escape is safe; turning a literal "\\n"
    into a line break is unsafe.
    """

    meta = RuleMeta(
        code="EN007",
        name="literal-escape",
        category=Category.ENCODING,
        severity=Severity.WARNING,
        summary='A literal escape sequence in the text ("it\\u2019s", "said.\\nThe").',
        fixable=True,
    )
    examples = examples(
        [
            fail("Biden said it\\u2019s time.", "1:14", fixed="Biden said it’s time."),
            fail(
                "The talks ended.\\nThe envoy left.",
                "1:17",
                fixed="The talks ended.\nThe envoy left.",
            ),
        ],
        [
            "Save it to C:\\new\\reports and C:\\temp.",
            'Use `print("a\\nb")` in code.',
            "A backslash \\ alone.",
        ],
    )

    def check(self, doc: Document) -> Iterator[Hit]:
        if "\\" not in doc.text:
            return
        for line in prose_lines(doc):
            if "\\" not in line.text:
                continue
            skips = skip_spans(doc, line)
            for m in _ESCAPE.finditer(line.text):
                span = Span(line.start + m.start(), line.start + m.end())
                if inside(span, skips):
                    continue
                if m.group("nl"):
                    shown = snippet(doc, span.start, span.end)
                    yield Hit(
                        span,
                        f"literal line-break escape in {shown!r}",
                        Fix.replace(span, "\n", "Turn it into a line break", Applicability.UNSAFE),
                    )
                    continue
                code = int(m.group("u") or m.group("U"), 16)
                if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
                    continue
                yield Hit(
                    span,
                    f"literal escape {m.group()!r} (stands for {chr(code)!r})",
                    Fix.replace(span, chr(code), "Decode the escape", Applicability.SAFE),
                )


class QuestionMarkApostrophe(Rule):
    """An apostrophe turned into a question mark ("it?s", "don?t", "Biden?s").

    Converting curly apostrophes to a character set without them replaces each with "?".
    Only a "?" glued between a letter and a contraction or possessive ending (s, t, ll,
    re, ve, d, m) is flagged; URLs and query strings ("page?s=2") are skipped. The fix
    (unsafe) restores a typographic apostrophe.
    """

    meta = RuleMeta(
        code="EN008",
        name="question-mark-apostrophe",
        category=Category.ENCODING,
        severity=Severity.WARNING,
        summary='An apostrophe turned into a question mark ("it?s", "don?t", "Biden?s").',
        fixable=True,
    )
    examples = examples(
        [
            fail(
                "Biden?s plan: we don?t know.", "1:6", "1:21", fixed="Biden’s plan: we don’t know."
            ),
        ],
        [
            "What? So what? Is it? Yes.",
            "See index.php?s=2 and example.com/a?t=1.",
            "Who?Me? is a title.",
        ],
    )

    def check(self, doc: Document) -> Iterator[Hit]:
        if "?" not in doc.text:
            return
        for line in prose_lines(doc):
            if "?" not in line.text:
                continue
            skips = skip_spans(doc, line)
            for m in _QMARK_APOSTROPHE.finditer(line.text):
                span = Span(line.start + m.start(), line.start + m.end())
                a = line.text.rfind(" ", 0, m.start()) + 1
                b = line.text.find(" ", m.end())
                token = line.text[a : b if b != -1 else len(line.text)]
                if inside(span, skips) or _URLISH.search(token):
                    continue
                yield Hit(
                    span,
                    f"question mark for an apostrophe in {token!r}",
                    Fix.replace(span, "’", "Restore the apostrophe", Applicability.UNSAFE),
                )
