"""PU011: an apostrophe cut off from its word ("Ukraine’ s", "don ’t")."""

from __future__ import annotations

from collections.abc import Iterator

from mtlint import rx
from mtlint.document import Document
from mtlint.model import Applicability, Category, Fix, Hit, Severity, Span
from mtlint.rule import Rule, RuleMeta, examples, fail
from mtlint.rules._prose import inside, lines_matching, prose_lines, skip_spans, snippet

# A space on either side of the apostrophe of a possessive or a contraction.
_SPLIT = rx.lazy(
    r"(?<=\p{L})(?:(?P<after>['’][ \u00a0]+)|(?P<before>[ \u00a0]+['’]))"
    r"(?=(?:s|t|ll|re|ve|d|m)\b)(?!\w*['’])"
)

# What _SPLIT needs on a line, for a whole-text prefilter that skips to the apostrophes
# (stdlib): one after a letter and before a space, or one after a space.
_HINT = rx.compile_re(r"['’](?:(?<=[^\W\d_]['’])[ \u00a0]|(?<=[ \u00a0]['’]))")


class SpacedApostrophe(Rule):
    """An apostrophe cut off from its word by a space ("Ukraine’ s", "don ’t").

    Tokenisers in translation pipelines split possessives and contractions and the
    detokeniser does not always glue them back. Only the endings s, t, ll, re, ve, d and m
    are considered, so quoted words ("the word ’tis", "'s' is a letter") stay quiet when the
    quote closes after them. Deleting the space is safe.
    """

    meta = RuleMeta(
        code="PU011",
        name="spaced-apostrophe",
        category=Category.PUNCTUATION,
        severity=Severity.WARNING,
        summary='An apostrophe cut off from its word by a space ("Ukraine’ s", "don ’t").',
        fixable=True,
    )
    examples = examples(
        [
            fail(
                "Ukraine’ s president said we don ’t know.",
                "1:8",
                "1:33",
                fixed="Ukraine’s president said we don’t know.",
            ),
            fail("The country' s army.", "1:12", fixed="The country's army."),
        ],
        [
            "Ukraine’s president said we don’t know.",
            "The players’ salaries and the Joneses’ dog.",
            "She wrote ‘s’ on the board and ’twas late.",
            "The word 'dogs' is plural.",
        ],
    )

    def check(self, doc: Document) -> Iterator[Hit]:
        hinted = lines_matching(doc, _HINT)
        for line in prose_lines(doc):
            if line.number not in hinted:
                continue
            skips = skip_spans(doc, line)
            for m in _SPLIT.finditer(line.text):
                span = Span(line.start + m.start(), line.start + m.end())
                if inside(span, skips):
                    continue
                mark = m.group().strip(" \u00a0")
                yield Hit(
                    span,
                    f"apostrophe cut off from its word in "
                    f"{snippet(doc, span.start, span.end, 10)!r}",
                    Fix.replace(span, mark, "Glue the apostrophe to its word", Applicability.SAFE),
                )
