"""BS002: a sentence ends and the next begins with no space after the stop ("added.Blinken")."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import chain

from mtlint import rx
from mtlint.document import Document
from mtlint.model import Category, Hit, Severity, Span
from mtlint.rule import Rule, RuleMeta, examples, fail
from mtlint.rules._prose import lines_matching
from mtlint.rules.broken import lexicon
from mtlint.rules.broken._common import in_code_or_url, prose_among, words
from mtlint.rules.broken.glued import insert
from mtlint.sentences import is_abbreviation_dot

_NO_SPACE = rx.lazy(
    r"(?<=[\p{L}\p{M}]\p{Ll})([.?!])([”’\"']?)(\p{Lu}\p{Ll}+|[AI](?= ))(?![\p{L}\p{M}\d])"
)
# A lowercase sentence opener glued to a full stop ("the post.from then on"): only
# words that open sentences and never follow a dot in a name, file or domain.
_OPENERS = words(
    "the this these those its it he she they we there his her their from after but"
    " however meanwhile according when while since"
)
_NO_SPACE_LOWER = rx.lazy(
    r"(?<=[\p{L}\p{M}]\p{Ll}{2})(\.)()(" + "|".join(sorted(_OPENERS)) + r")(?=[ \t]+\p{L})"
)
# What _NO_SPACE needs on a line: a letter, a stop, maybe a quote, a letter (stdlib, for a
# whole-text prefilter that skips to the stops in C; _NO_SPACE starts with a lookbehind).
_NO_SPACE_HINT = rx.compile_re(r"[.?!](?<=[^\W\d_][.?!])[”’\"']?[^\W\d_]")
_CODE_NEXT = rx.lazy(r"[\"'()\[\]_`]|\.\w")
_LEFT_WORD = rx.lazy(r"[\p{L}\p{M}\d_]+$")


def _left_word(text: str, end: int) -> str:
    m = _LEFT_WORD.search(text, max(0, end - 40), end)
    return m.group() if m else ""


def _dotted_before(text: str, start: int) -> bool:
    """A full stop right after a letter stands before ``start`` (where the word left of a
    match begins): the match continues a dotted name of three parts or more."""
    return start >= 2 and text[start - 1] == "." and text[start - 2].isalpha()


_NOT_WORDS = words(
    "com org net gov edu io co uk de fr it es ru cn jp ua info biz js py ts md txt pdf html"
    " htm php asp exe doc docx xls xlsx csv json xml yaml yml"
)


class NoSpaceAfterStop(Rule):
    """A sentence ends and the next begins with no space after the full stop ("added.Blinken").

    When paragraphs are joined or a line break is lost, a full stop, question mark or
    exclamation mark runs straight into the next sentence's first word. Domains and file
    names (example.com, Node.js), dotted names (org.example.Server), abbreviations (U.S.A.,
    Dr.Smith, e.g.), decimals and "No.1" are left alone. The fix inserts a space and is unsafe.
    """

    meta = RuleMeta(
        code="BS002",
        name="no-space-after-stop",
        category=Category.BROKEN_SENTENCE,
        severity=Severity.WARNING,
        summary="A sentence ends and the next begins with no space after the full stop"
        ' ("added.Blinken").',
        fixable=True,
    )
    examples = examples(
        [
            fail(
                "“We are ready,” he added.Blinken said more.",
                "1:25",
                fixed="“We are ready,” he added. Blinken said more.",
            ),
            fail("It was over.”The crowd left.", "1:12"),
            fail("Is it true?Nobody knows.", "1:11", fixed="Is it true? Nobody knows."),
            fail("Talks ended on Friday.A deal is close.", "1:22"),
            fail(
                "The captain hit the post.from then on, the visitors dominated.",
                "1:25",
                fixed="The captain hit the post. from then on, the visitors dominated.",
            ),
            fail("It raised 4 billion yuan in financing.its investors include banks.", "1:38"),
        ],
        [
            "Visit example.com or Example.Com for details.",
            "The app uses Node.js and reads config.Yaml files.",
            "The U.S.A. and Dr.Smith met at 3.5 p.m. on No.1 Street.",
            "Mrs.Jones and Gen.Smith arrived, e.g.Paris and Rome.",
            "Write to anna.Smith@example.com today.",
            "Wait...Then it happened.",
            "It calls org.freedesktop.Avahi.Server and java.lang.annotation.Native here.",
            "Use Array.from(items) or self.this_value, see www.example.com/the page, e.g.the list.",
            "It reads settings.json.its keys and the README.the file lists them.",
        ],
    )

    def check(self, doc: Document) -> Iterator[Hit]:
        hinted = lines_matching(doc, _NO_SPACE_HINT)
        for line in prose_among(doc, hinted):
            text = line.text
            for m in chain(_NO_SPACE.finditer(text), _NO_SPACE_LOWER.finditer(text)):
                right = m.group(3)
                if right.lower() in _NOT_WORDS or in_code_or_url(text, m.start(), m.end()):
                    continue
                left = _left_word(text, m.start())
                if _CODE_NEXT.match(text, m.end()) or left == right.lower():
                    continue  # "collections.Counter", "decimal.Decimal"
                if lexicon.count(left) < 1e5:
                    continue  # "ttk.Notebook": the left part is no English word
                if _dotted_before(text, m.start() - len(left)):
                    continue  # "org.freedesktop.Avahi.Server": a dotted name, not sentences
                if m.group(1) == "." and is_abbreviation_dot(doc.text, line.start + m.start(1)):
                    continue
                at = line.start + m.end(2)
                yield Hit(
                    Span(line.start + m.start(1), line.start + m.end(3)),
                    f"no space after “{m.group(1)}{m.group(2)}”: “{m.group()}”",
                    insert(at, " ", "Insert a space"),
                )
