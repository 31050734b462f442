"""BP022 and BP023: page labels and photo credits left in the page's source language."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from mtlint import rx
from mtlint.document import Document
from mtlint.kinds.line import content_spans
from mtlint.kinds.linefix import delete_line_fix
from mtlint.model import Applicability, Category, Edit, Fix, Hit, Severity, Span
from mtlint.rule import Rule, RuleMeta, examples, fail
from mtlint.rules._prose import lines_matching
from mtlint.rules.boilerplate._labels import LABELS, PHOTO_LABELS

_LONGEST_LABEL = 40  # characters of a label line, decoration included
_TRAIL = " \t\u00a0:：…›»>→"
# A photo credit at the end of a line, after a sentence, in parentheses or alone: a label,
# a colon and a short name or agency list ("Снимка: Иван Грозев", "(Foto: Jens Holm/Vestfoto)").
# A word of the name starts with a capital or a letter of a script without case.
_NAME_WORD = r"(?:[\p{Lu}\p{Lt}\p{Lo}@][\p{L}\p{M}'’.\-]*|de|da|del|van|von|der|di|du|la|le)"
_CREDIT = rx.lazy(
    r"(?:(?P<open>\()|^|(?<=[.!?…»\"”’)]\s{1,3}))(?P<label>\p{L}[\p{L}\p{M}]*)\s?[:：]\s*"
    rf"(?P<who>[\p{{Lu}}\p{{Lt}}\p{{Lo}}@][\p{{L}}\p{{M}}'’.\-]*"
    rf"(?:\s+{_NAME_WORD}|(?:\s*[/,&]\s*|\s[–—-]\s)[\p{{L}}\p{{M}}'’.\-]+){{0,5}})"
    r"(?(open)\))\.?\s*$",
    rx.V1,
)
_CREDIT_MAX = 80  # characters of the credit: a label and a few names
_COLON = re.compile("[:：]")  # the lines that may hold a credit (stdlib: a prefilter)


SHORT = 80  # characters of a short line's content: a label, a timestamp


def short_lines(doc: Document) -> list[int]:
    """The indexes of the lines whose content is at most SHORT characters long (a few in
    most texts), computed once per document for the label and timestamp rules."""
    found = doc.memo.get("short-lines")
    if found is None:
        found = doc.memo["short-lines"] = [
            i for i, (start, end) in enumerate(content_spans(doc)) if 0 < end - start <= SHORT
        ]
    return found  # type: ignore[return-value]


def _normal(text: str) -> str:
    """The form the label lists hold: composed (a text may decompose "é") and lower case."""
    return unicodedata.normalize("NFC", text).lower()


def _labelled(text: str) -> bool:
    """Whether the word before the line's last colon is a credit's label: string
    methods, no regex, on every line."""
    colon = max(text.rfind(":"), text.rfind("："))
    if colon < 0:
        return False
    head = text[:colon].rstrip()
    word = head[head.rfind(" ") + 1 :].lstrip("(")
    return _normal(word) in PHOTO_LABELS


class ForeignPageLabel(Rule):
    """A page label left in the source language, alone on its line ("Annonce", "Comparteix").

    A scraped page keeps the labels of its widgets, and a translation of the article's text
    leaves them in the source language: the advertisement slot ("Annonce", "Publicitat",
    "Anzeige", "Реклама", "বিজ্ঞাপন", "广告"), the share, print, listen and subscribe buttons
    ("Comparteix", "Teilen", "Сподели", "Drucken", "Escuchar", "Suscríbete") and the
    newsroom's byline ("Redacción", "Redaktion"). The rule knows these labels in some forty
    languages and scripts, and reports a line that is only one of them (with an optional
    colon). Labels that are also English words or names ("Del", "Pub") are not in the list.
    A line that another boilerplate rule reports is not reported again. The fix deletes the
    line (unsafe).
    """

    meta = RuleMeta(
        code="BP022",
        name="foreign-page-label",
        category=Category.BOILERPLATE,
        severity=Severity.WARNING,
        summary='A page label left in the source language ("Annonce", "Comparteix").',
        fixable=True,
    )
    fallback = True
    examples = examples(
        [
            fail(
                "The factory will close.\n\nAnnonce\n\nThe union called it a catastrophe.\n",
                "3:1",
                fixed="The factory will close.\n\nThe union called it a catastrophe.\n",
            ),
            fail(
                "The reservoirs are low.\nComparteix\nPublicitat\n"
                "\u09ac\u09bf\u099c\u09cd\u099e\u09be\u09aa\u09a8\nRedacción:\n",
                "2:1",
                "3:1",
                "4:1",
                "5:1",
            ),
        ],
        [
            "The factory will close.\n\nAnnonce of the new plant came on Monday.\n",
            "Publicidad is Spanish for advertising.\n",
            "Del\n\nPub\n\nShare\n",
            "Teilen und Herrschen was the title of the exhibition.\n",
        ],
    )

    def check(self, doc: Document) -> Iterator[Hit]:
        lines, spans = doc.lines, content_spans(doc)
        for index in short_lines(doc):
            start, end = spans[index]
            if end - start > _LONGEST_LABEL:
                continue
            line = lines[index]
            content = line.text[start:end]
            label = content.rstrip(_TRAIL)
            kind = LABELS.get(_normal(label))
            if kind is None:
                continue
            yield Hit(
                Span(line.start + start, line.start + end),
                f"scraped {kind} label left in the source language: '{content}'",
                delete_line_fix(doc, line, Applicability.UNSAFE),
            )


class ForeignPhotoCredit(Rule):
    """A photo credit with its label in the source language ("... Снимка: Иван Грозев").

    A caption's credit keeps the source page's label when the caption is translated: "Foto:",
    "Снимка:", "Bild:", "Kuva:", "ছবি:", "写真：". The rule reports such a credit, a label
    from its list of some fifty labels in many languages, a colon and a short name or agency
    list, when it ends a line after a sentence or in parentheses, or is the whole line.
    English labels ("Photo:") are BP009's and BP017's; a line that another boilerplate rule
    reports is not reported again. The fix deletes the credit (unsafe: the caption before
    it may need to go too).
    """

    meta = RuleMeta(
        code="BP023",
        name="foreign-photo-credit",
        category=Category.BOILERPLATE,
        severity=Severity.WARNING,
        summary='A photo credit whose label is in the source language ("Снимка: Иван Грозев").',
        fixable=True,
    )
    fallback = True
    examples = examples(
        [
            fail(
                "The former mayor is brought into the courtroom. "
                "\u0421\u043d\u0438\u043c\u043a\u0430: \u0418\u0432\u0430\u043d "
                "\u0413\u0440\u043e\u0437\u0435\u0432\n",
                "1:49",
            ),
            fail("Bild: Anna Schmidt / dpa\n\nThe talks resumed.\n", "1:1"),
            fail("The minister arrives at the summit (Kuva: Lehtikuva)\n", "1:36"),
        ],
        [
            "Foto: a grainy image of two men on a bridge.\n",
            "The exhibition is called Bild: Welt und Wort in the catalogue, the curator said.\n",
            "Photo: Jens Holm\n",
            "He showed the foto: it was blurred.\n",
            "The album (Bild: Fotografien) sold well.\n",
        ],
    )

    def check(self, doc: Document) -> Iterator[Hit]:
        for number in sorted(lines_matching(doc, _COLON, (":", "："))):
            line = doc.lines[number - 1]
            text = line.text
            if not _labelled(text):
                continue  # most lines: no colon after a credit's label
            m = _CREDIT.search(text)
            if m is None or len(text) - m.start() > _CREDIT_MAX:
                continue
            if _normal(m.group("label")) not in PHOTO_LABELS:
                continue
            start = m.start()
            cut = start
            while cut > 0 and text[cut - 1] in " \t\u00a0":
                cut -= 1
            credit = text[start:].rstrip()
            span = Span(line.start + start, line.start + start + len(credit))
            if cut == 0:
                fix = delete_line_fix(doc, line, Applicability.UNSAFE)
            else:
                fix = Fix(
                    "Delete the credit",
                    (Edit(Span(line.start + cut, line.start + len(text)), ""),),
                    Applicability.UNSAFE,
                )
            yield Hit(span, f"photo credit with a label in the source language: '{credit}'", fix)
