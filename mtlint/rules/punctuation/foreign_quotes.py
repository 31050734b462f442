"""PU013: guillemets or low-9 quotation marks around English words."""

from __future__ import annotations

from collections.abc import Iterator

from mtlint import rx
from mtlint.document import Document
from mtlint.model import Applicability, Category, Fix, Hit, Severity, Span
from mtlint.rule import Rule, RuleMeta, examples, fail
from mtlint.rules._prose import inside, skip_spans, snippet
from mtlint.rules.untranslated._search import prose_lines_with
from mtlint.rules.untranslated._words import ENGLISH_FUNCTION, FOREIGN_CUES, WORD

# An opening mark of French, Arabic, Russian, German or Central European quotation, and
# the quoted words up to the mark that closes it on the same line.
_QUOTED = rx.lazy(r"«([^«»\n]{1,400})»|»([^«»\n]{1,400})«|„([^„“”\"\n]{1,400})[“”\"]")
_OPENERS = rx.compile_re("[«»„]")
_MIN_WORDS = 3  # "«Liberté»", "«interface»", "„Ja“": names and labels, not sentences


def english_words(text: str) -> bool:
    """Whether ``text`` reads as English: at least two English function words among three
    or more words, and more of them than foreign ones ("«Liberté, égalité, fraternité»",
    "„Wir schaffen das“" stay foreign)."""
    words = [w.lower() for w in WORD.findall(text)]
    if len(words) < _MIN_WORDS:
        return False
    english = sum(w in ENGLISH_FUNCTION for w in words)
    return english >= 2 and english > sum(w in FOREIGN_CUES for w in words)


def plain_words(text: str) -> bool:
    """Whether ``text`` is ASCII words with no foreign cue ("Stroy Invest Yug",
    "detention under guard"): on a page that already quotes English in foreign marks,
    such a quotation is the same habit of the source, not foreign text."""
    if not text.isascii():
        return False
    words = [w.lower() for w in WORD.findall(text)]
    return bool(words) and not any(w in FOREIGN_CUES for w in words)


class ForeignQuotes(Rule):
    """Guillemets («...», »...«) or a low opening quote („...“) around English words.

    Translation from Arabic, French, Russian, German or Czech keeps the source's quotation
    marks ("He added: «The ministry will not be lenient»"); English quotes with “...” or
    "...". A quotation of foreign text in its own marks ("«Liberté, égalité»", "„Wir
    schaffen das“") and a one- or two-word label ("«interface»") stay quiet, unless the
    page already quotes English sentences in foreign marks: then a name or a phrase of
    ASCII words with no foreign cue ("„Stroy Invest Yug“") in the same marks is the same
    habit of the source and is reported too. The fix (unsafe: house style may prefer
    straight quotes) writes curly English quotes.
    """

    meta = RuleMeta(
        code="PU013",
        name="foreign-quotes",
        category=Category.PUNCTUATION,
        severity=Severity.WARNING,
        summary="Guillemets («...») or a low opening quote („...“) around English words.",
        fixable=True,
    )
    examples = examples(
        [
            fail(
                "He added: «The ministry will not be lenient with anyone», and left.",
                "1:11",
                fixed="He added: “The ministry will not be lenient with anyone”, and left.",
            ),
            fail("She said „we will find them all“ on Monday.", "1:10"),
            fail("He wrote »it is over for the club« in a letter.", "1:10"),
            fail(
                "She said „we will find them all“ to the firm „Stroy Invest Yug“ and «Le Monde».",
                "1:10",
                "1:46",
            ),
        ],
        [
            "The crowd chanted «Liberté, égalité, fraternité» outside.",
            "Merkel's „Wir schaffen das“ became a slogan; «Я не знаю» is Russian.",
            "A class marked «interface» in UML, and the «Le Monde» editorial.",
            "Navigate Home » News » World to find it.",
            "The firm „Stroy Invest Yug“ and the motto «Liberty» were cited in the ruling.",
        ],
    )

    def check(self, doc: Document) -> Iterator[Hit]:
        english: list[tuple[int, str]] = []  # (offset, inner) of English quotations
        plain: list[tuple[int, str]] = []  # other quotations of plain ASCII words
        for line in prose_lines_with(doc, _OPENERS):
            skips = skip_spans(doc, line)
            for m in _QUOTED.finditer(line.text):
                inner = m.group(1) or m.group(2) or m.group(3)
                start, end = line.start + m.start(), line.start + m.end()
                if inside(Span(start, end), skips):
                    continue
                if english_words(inner):
                    english.append((start, inner))
                elif plain_words(inner):
                    plain.append((start, inner))
        found = sorted(english + plain) if english else []
        for start, inner in found:
            span = Span(start, start + len(inner) + 2)
            yield Hit(
                span,
                f"foreign quotation marks around English words: "
                f"{snippet(doc, start, start + 1, 12)!r}",
                Fix.replace(
                    span, f"“{inner}”", "Use English quotation marks", Applicability.UNSAFE
                ),
            )
