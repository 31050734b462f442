"""NM005: one person's name in both orders in a document ("Zhang Haoran", "Haoran Zhang")."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from mtlint.corpus import ListsDocuments
from mtlint.document import Document
from mtlint.model import Applicability, Category, Fix, Hit, Severity, Span
from mtlint.rule import Rule, RuleMeta, examples, fail
from mtlint.rules._prose import NOT_IN_A_WORD, occurs
from mtlint.rules.broken._common import CALENDAR, FUNCTION_WORDS, GROUP_NOUNS, words
from mtlint.rules.name.mentions import plain

# Capitalised words that pair with names or each other in both orders and are no names.
_NOT_NAMES = (
    FUNCTION_WORDS
    | GROUP_NOUNS
    | CALENDAR - {"May"}  # a surname too ("Theresa May")
    | words(
        """President Minister Prime Secretary General Chancellor Senator Governor Mayor Judge
        Justice Chief Director Professor Doctor Captain Colonel Major Lieutenant Sergeant
        King Queen Prince
        Princess Lord Lady Saint Sister Brother Father Mother Pope Bishop Street Road
        Avenue Square River Lake Mount Mountain North South East West Central National
        International Federal State City County District Province Region Republic Kingdom
        United Union Party Council Court Ministry Department Office House Senate Congress
        Parliament Assembly Committee Commission Agency Bank Group Company University
        School College Hospital Church Club Team League Cup World Games Olympic Olympics
        Grand Prix Open Award Prize Day Week Year Night Morning Evening Review News Times
        Post Journal Daily Herald Tribune Press Radio Television Online Digital Global"""
    )
)


def _pairs(doc: Document) -> dict[tuple[str, str], list[Span]]:
    """Two capitalised words one space apart, by their spellings, where they stand."""
    rows = plain(doc)
    found: dict[tuple[str, str], list[Span]] = {}
    for (word, start, end, _, after), nxt in pairwise(rows):
        if after is None or nxt[0] != after or nxt[1] != end + 1:
            continue  # not one space apart (an initial between them, or a short word)
        found.setdefault((word, after), []).append(Span(start, nxt[2]))
    return found


def _reverses(doc: Document) -> bool:
    """Whether two capitalised neighbours stand in both orders (a set in C first: most
    documents reverse none)."""
    seen = {(row[0], row[4]) for row in plain(doc) if row[4] is not None}
    return any((after, word) in seen for word, after in seen)


def name_like(doc: Document, word: str) -> bool:
    return word not in _NOT_NAMES and not occurs(word.lower(), doc.text, NOT_IN_A_WORD)


class NameOrder(ListsDocuments, Rule):
    """One person's name written in both orders in a document ("Zhang Haoran" and
    "Haoran Zhang").

    Chinese, Japanese, Korean, Hungarian and Vietnamese names put the family name first;
    translation engines and editors turn some mentions round and leave others, so one
    person reads as two. The rule reports the mentions whose order differs from the
    name's first mention. Two capitalised words that the document also writes in
    lowercase, titles, weekdays, months and place words ("Street", "North") are no
    names and stay quiet. The fix restores the first mention's order (unsafe: check
    which order the publication uses).
    """

    meta = RuleMeta(
        code="NM005",
        name="name-order",
        category=Category.NAME,
        severity=Severity.WARNING,
        summary='One person\'s name in both orders in a document ("Zhang Haoran", "Haoran Zhang").',
        fixable=True,
    )
    examples = examples(
        [
            fail(
                "“It works,” said Zhang Haoran, the founder.\n\nHaoran Zhang added that"
                " orders came in.",
                "3:1",
                fixed="“It works,” said Zhang Haoran, the founder.\n\nZhang Haoran added that"
                " orders came in.",
            ),
        ],
        [
            "Zhang Haoran founded the firm. Zhang Haoran added that orders came in.",
            "She moved from New York to York. New York rents are higher than York rents.",
            "On Monday March talks began; in March Monday was a holiday.",
            "Park Street and Street Park are two stops; the park was closed.",
            "Haoran Zhang founded the firm. Zhang Wei, his partner, agreed.",
        ],
    )

    # The collect pass reads every document's capitalised words anyway (NM001); it
    # tells this rule which documents reverse a pair, so that the lint pass reads
    # those words again only there (a lone text, without an index, reads its own).
    corpus_key = "name-order"

    def suspect(self, doc: Document) -> bool:
        return _reverses(doc)

    def check(self, doc: Document) -> Iterator[Hit]:
        if not self.listed(doc):
            return  # no reversed pair in this document
        pairs = _pairs(doc)
        for (first, second), spans in pairs.items():
            reverse = pairs.get((second, first))
            if reverse is None or first == second or reverse[0].start < spans[0].start:
                continue  # no reversed order, or this order is the first mention's
            if not (name_like(doc, first) and name_like(doc, second)):
                continue
            line = doc.line_base + doc.line_at(spans[0].start).number
            shown = f"{first} {second}"
            for span in reverse:
                where = f" (line {line})"
                fix = Fix.replace(span, shown, f"Write '{shown}'", Applicability.UNSAFE)
                yield Hit(
                    span,
                    f"'{second} {first}' reverses '{shown}' of the first mention{where}:"
                    " one name order per document",
                    fix,
                )
