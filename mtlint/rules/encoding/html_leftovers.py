"""EN005-EN006: HTML entities and tags left in plain text by a scraper."""

from __future__ import annotations

from collections.abc import Iterator

from mtlint import rx
from mtlint.document import Document
from mtlint.model import Applicability, Category, Fix, Hit, Severity, Span
from mtlint.rule import Rule, RuleMeta, examples, fail
from mtlint.rules._prose import prose_lines

_ENTITY = rx.lazy(
    r"&(?:#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};"
    r"|(?:nbsp|amp|quot|lt|gt)(?![;\w]))"
)
_BLOCK_TAGS = "p|div|br|hr|li|ul|ol|h[1-6]|table|tbody|thead|tr|td|th|blockquote|section|article"
_INLINE_TAGS = (
    "a|abbr|b|i|u|em|strong|span|font|sup|sub|small|big|cite|code|pre|time|wbr|del|ins|mark"
    "|img|iframe|script|style|noscript|figure|figcaption|picture|source|video|audio|center"
    "|nav|header|footer|aside|label|button|input|form|meta|link|dl|dt|dd|caption"
)
_ATTRS = r"(?:\s+[\w:-]+(?:\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*'|[^\s\"'<>]+))?)*\s*/?"
_TAG = rx.lazy(rf"</?(?P<name>{_BLOCK_TAGS}|{_INLINE_TAGS})\b{_ATTRS}>|<!--.*?-->", rx.IGNORECASE)
_BLOCK = rx.lazy(rf"(?:{_BLOCK_TAGS})", rx.IGNORECASE)


class HtmlEntity(Rule):
    """An HTML entity left in plain text ("&amp;", "&nbsp;", "&#8217;", "&quot;").

    A scraper that copied the page source instead of its text leaves entities that every
    reader sees literally. Markdown files are skipped, since Markdown renders entities.
    "AT&T", "R&D" and "Q&A" are not entities. Replacing an entity with the character it
    names is safe.
    """

    meta = RuleMeta(
        code="EN005",
        name="html-entity",
        category=Category.ENCODING,
        severity=Severity.WARNING,
        summary='An HTML entity left in plain text ("&amp;", "&nbsp;", "&#8217;").',
        fixable=True,
    )
    examples = examples(
        [
            fail(
                "Biden &amp; Putin spoke; it&#8217;s &quot;serious&quot;.",
                "1:7",
                "1:28",
                "1:37",
                "1:50",
                fixed='Biden & Putin spoke; it’s "serious".',
            ),
            fail("See also&nbsp;How it works", "1:9", fixed="See also\u00a0How it works"),
        ],
        ["AT&T, R&D and Q&A; Johnson & Johnson.", "Fish &chips; and &notanentity; here."],
    )

    def check(self, doc: Document) -> Iterator[Hit]:
        if doc.markup == "markdown" or "&" not in doc.text:
            return
        import html  # here: most texts have no "&" at all
        from html.entities import html5

        for line in prose_lines(doc):
            if "&" not in line.text:
                continue
            for m in _ENTITY.finditer(line.text):
                entity = m.group()
                if entity.endswith(";") and not entity.startswith("&#") and entity[1:] not in html5:
                    continue
                char = html.unescape(entity if entity.endswith(";") else entity + ";")
                if char == entity:
                    continue
                span = Span(line.start + m.start(), line.start + m.end())
                yield Hit(
                    span,
                    f"leftover HTML entity {entity!r} (stands for {char!r})",
                    Fix.replace(
                        span, char, "Replace the entity with its character", Applicability.SAFE
                    ),
                )


class HtmlTag(Rule):
    """An HTML tag or comment left in plain text ("<p>", "</div>", "<a href=...>").

    Tags copied along with the text are noise to readers and to every later tool. Only
    known HTML element names are matched, so "x < y > z" and "<Name>" placeholders stay
    quiet, and Markdown files, where inline HTML is legitimate, are skipped. Deleting the
    tag is unsafe (a block tag becomes a space when text touches it on both sides, so
    "said.<br>It" does not become "said.It"), since a tag may
    carry meaning, such as a link target.
    """

    meta = RuleMeta(
        code="EN006",
        name="html-tag",
        category=Category.ENCODING,
        severity=Severity.WARNING,
        summary='An HTML tag or comment left in plain text ("<p>", "</div>", "<br/>").',
        fixable=True,
    )
    examples = examples(
        [
            fail("<p>Biden spoke.</p>", "1:1", "1:16", fixed="Biden spoke."),
            fail(
                "It met on Monday.<br/>It approved the plan.",
                "1:18",
                fixed=("It met on Monday. It approved the plan."),
            ),
            fail(
                'One line<br/>next line and <a href="/x">a link</a>.',
                "1:9",
                "1:28",
                "1:47",
                fixed="One line next line and a link.",
            ),
        ],
        ["If x < y and y > z then x < z.", "Dear <Name>, your order <ID> is ready."],
    )

    def check(self, doc: Document) -> Iterator[Hit]:
        if doc.markup == "markdown" or "<" not in doc.text:
            return
        text = doc.text
        for line in prose_lines(doc):
            if "<" not in line.text:
                continue
            for m in _TAG.finditer(line.text):
                span = Span(line.start + m.start(), line.start + m.end())
                name = m.group("name") or ""
                before = text[span.start - 1] if span.start > line.start else " "
                after = text[span.end] if span.end < line.end else " "
                joins = not before.isspace() and not after.isspace()  # "said.<br>It"
                repl = " " if joins and _BLOCK.fullmatch(name) else ""
                yield Hit(
                    span,
                    f"leftover HTML tag {m.group()!r}",
                    Fix.replace(span, repl, "Delete the tag", Applicability.UNSAFE),
                )
