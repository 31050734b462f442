"""MT040: "…,” said in a call with reporters a senior official": the subject put last."""

from __future__ import annotations

from collections.abc import Iterator

from mtlint import rx
from mtlint.document import Document
from mtlint.model import Applicability, Category, Fix, Hit, Severity, Span
from mtlint.rule import Rule, RuleMeta, examples, fail
from mtlint.rules._prose import lines_matching
from mtlint.rules.broken._common import CALENDAR
from mtlint.rules.mistranslation._context import SPEAKERS, TITLES, words
from mtlint.sentences import is_abbreviation_dot

_VERBS = (
    "said|added|tweeted|stated|declared|explained|indicated|announced|stressed|noted|insisted"
    "|warned|affirmed|assured|continued|concluded|underlined|emphasi[sz]ed|recalled|wrote"
    "|replied|answered|commented|argued|maintained|specified|estimated|judged|lamented"
    "|confirmed|acknowledged|admitted|claimed|observed|remarked|reiterated|posted"
)
_PREPOSITIONS = "in|on|at|during|for|to|from|with|after|before|via|through|over|upon|in"
# A closing quotation mark with its comma (inside or outside), the verb, a preposition.
_ANCHOR = rx.lazy(
    rf"(?:[,.!?…][”\"»’]|[”\"»]\s?,)[ \t]+(?P<verb>{_VERBS})[ \t]+(?=(?:{_PREPOSITIONS})\s)"
)
# What _ANCHOR needs on a line, for a whole-text prefilter that skips to the quote marks
# (stdlib): a mark after [,.!?…], or a closing mark before a comma.
_ANCHOR_HINT = rx.compile_re(r"[”\"»’](?:(?<=[,.!?…][”\"»’])|(?<=[”\"»])(?=\s?,))")
_OPENING = rx.lazy(r"[“\"«‘]")
_TOKEN = rx.lazy(r"(?:\p{Lu}\.){2,}|\p{L}[\p{L}\p{N}'’\-]*\.?|\d[\d,.:]*")
_END = rx.lazy(r"[.!?](?=[\s”\"’»)]|$)|[,;:“”\"(—–]")
_FUNCTION = words(
    "in on at during for to from with after before via through over upon by of about into "
    "onto under between among against without within across per a an the this that these "
    "those his her their its our my your and or but nor as than very so also then such some "
    "any each every all both either neither no not own more most"
)
_DETERMINERS = words("a an the this that")
_VERBISH = rx.lazy(
    r"(?:is|are|was|were|has|have|had|will|would|can|could|should|must|did|does|do|felt"
    r"|said|told|made|took|gave|saw|went|came|got|\p{Ll}+ed)"
)
_AFTER_COMMA = rx.lazy(r",\s*(?:who|citing|according|adding|quoted|speaking|referring)\b")
_TIMES = CALENDAR


def _quote_words(text: str, line_start: int, close: int) -> int:
    """How many words the quotation ending before ``close`` holds (up to the line start)."""
    opening = None
    for m in _OPENING.finditer(text, line_start, close):
        opening = m.end()
    return len(text[opening if opening is not None else line_start : close].split())


def _clause_end(text: str, start: int, end: int) -> tuple[int, bool]:
    """Where the clause after the verb stops, and whether that is the sentence's end."""
    for m in _END.finditer(text, start, end):
        ch = m.group()
        if ch == "." and is_abbreviation_dot(text, m.start()):
            continue
        if ch == ",":
            return m.start(), bool(_AFTER_COMMA.match(text, m.start()))
        return m.start(), ch in ".!?"
    return end, True


def _is_subject(tokens: list[str]) -> bool:
    """A noun phrase naming a speaker: a person noun, a title, or a capitalized name."""
    if not 1 <= len(tokens) <= 12:
        return False
    if any(_VERBISH.fullmatch(t) for t in tokens):
        return False
    words = [t.rstrip(".").lower() for t in tokens]
    if any(w in SPEAKERS for w in words):
        return True
    first = tokens[0]
    names = [t for t in tokens[1:] if t[:1].isupper()]
    return (first in TITLES or first[:1].isupper()) and bool(names or first in TITLES)


def _split(tokens: list[str]) -> int | None:
    """The index where the subject starts after the adverbial, or None."""
    for k in range(2, len(tokens)):
        tok, prev = tokens[k], tokens[k - 1]
        if prev.lower() in _FUNCTION:
            continue
        name = tok[:1].isupper() and not prev[:1].isupper()
        starts = tok in _DETERMINERS or tok in TITLES or name
        if not starts:
            continue
        if k < 3 and not (k == 2 and tokens[1] in _TIMES and tok in _DETERMINERS | TITLES):
            continue
        if _is_subject(tokens[k:]):
            return k
    return None


class InvertedLongAttribution(Rule):
    """The speaker put last: "…,” said in a call with reporters a senior official.

    Spanish and French attributions put the verb first and the subject after everything
    else: "dijo en una conferencia telefónica con periodistas un alto funcionario",
    "a tweeté pour sa part M. Stoltenberg". English allows a short inversion ("…,” said
    the minister) but never a reporting verb, a prepositional phrase and then the subject.
    The rule reports a reporting verb right after a closing quotation mark, followed by a
    phrase starting with a preposition and then a noun phrase naming a speaker that ends
    the sentence. The fix, shown and not applied, moves the speaker first.
    """

    meta = RuleMeta(
        code="MT040",
        name="inverted-long-attribution",
        category=Category.MISTRANSLATION,
        severity=Severity.WARNING,
        summary="The speaker put last: “…,” said in a call with reporters a senior official.",
        fixable=True,
    )
    examples = examples(
        [
            fail(
                "“We are prepared to help Ukraine defend itself,” said in a conference call "
                "with journalists a senior official in the US Administration.",
                "1:50",
            ),
            fail("NATO is “ready for dialogue”, tweeted for his part Mr. Stoltenberg.", "1:31"),
            fail("“The talks went well,” said on Monday the French foreign minister.", "1:24"),
            fail(
                '"The talks went well" , added after the meeting with Lavrov the minister.', "1:25"
            ),
        ],
        [
            "“We are prepared to help Ukraine,” said the senior official.",
            "“We are prepared to help Ukraine,” said the official in a conference call.",
            "“We are prepared to help Ukraine,” a senior official said in a call with reporters.",
            "Her remark, “we are not amused,” added to the tension the family felt.",
            "The “reform,” announced in Paris on Monday by the president, angered unions.",
            "“Come in, come in,” said at last the old man.",
            "“We will win,” said Smith, who spoke at the rally.",
            '"Peace," said in Kyiv the mayor, "is near."',
        ],
    )

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.text
        if "said" not in text and "ed " not in text and "wrote" not in text:
            return
        for number in sorted(lines_matching(doc, _ANCHOR_HINT)):
            line = doc.lines[number - 1]
            for m in _ANCHOR.finditer(text, line.start, line.end):
                hit = self._attribution(doc, m, line.start, line.end)
                if hit:
                    yield hit

    @staticmethod
    def _attribution(doc: Document, m: rx.Match[str], start: int, end: int) -> Hit | None:
        text = doc.text
        if _quote_words(text, start, m.start()) < 3:
            return None
        rest = m.end()
        stop, sentence_end = _clause_end(text, rest, end)
        if not sentence_end:
            return None
        spans = [(t.start(), t.end()) for t in _TOKEN.finditer(text, rest, stop)]
        tokens = [text[a:b] for a, b in spans]
        k = _split(tokens)
        if k is None:
            return None
        verb = m.group("verb")
        adverbial = text[spans[0][0] : spans[k - 1][1]]
        subject_end = spans[-1][1]
        if tokens[-1].endswith(".") and not is_abbreviation_dot(text, subject_end - 1):
            subject_end -= 1
        subject = text[spans[k][0] : subject_end]
        span = Span(m.start("verb"), subject_end)
        lead = subject[:1].lower() + subject[1:] if tokens[k] in _DETERMINERS else subject
        better = f"{lead} {verb} {adverbial}"
        return Hit(
            span,
            f"'{text[span.start : span.end]}' puts the speaker last after a long adverbial "
            f"(Spanish/French word order): write '{better}'",
            Fix.replace(span, better, f"Rewrite as '{better}'", Applicability.DISPLAY_ONLY),
        )
