"""NM007: one person's full name spelled by two transliteration systems, or with the
first name translated, in one document."""

from __future__ import annotations

from collections.abc import Iterator
from typing import cast

from mtlint.corpus import ListsDocuments
from mtlint.document import Document
from mtlint.model import Applicability, Category, Fix, Hit, Severity, Span
from mtlint.rule import Rule, RuleMeta, examples, fail
from mtlint.rules.name.loose import Groups, candidates, loose_variants
from mtlint.rules.name.mentions import plain

_MEMO_KEY = "full-name-candidates"


def _candidates(doc: Document) -> Groups:
    """``candidates`` of ``doc``, once per document (``suspect`` and ``check`` ask)."""
    found = doc.memo.get(_MEMO_KEY)
    if found is None:
        found = doc.memo[_MEMO_KEY] = candidates(plain(doc))
    return cast(Groups, found)


def _mentions(n: int) -> str:
    return f"{n} mention{'s' if n != 1 else ''}"


class FullNameVariant(ListsDocuments, Rule):
    """One person's full name spelled two ways in one document.

    Names reach English through competing transliterations (Bulgarian "Желязков" is
    Zhelyazkov in English and Jeliazkov in French; Bengali "তানভীর হোসেন" is Tanvir
    Hossain, Tanveer Hussain or Tanbir Hosen), and an engine may anglicise a first name
    once ("Pere" to "Peter"). NM001 compares single words under tight keys, across files;
    this rule compares whole names of one document by sound (zh/j, kh/h, w/v, b/v, y/i,
    ai/e, umlauts written out, vowels in three classes, doubled letters). Both words
    must match, one of the differing spellings must be a rare word (two well-known
    names, "Lena"/"Lina Meyer", are two people), no word may be an inflection
    ("Mario"/"Maria"), and the rarer full name is reported (a tie says nothing). An
    English first name from a short list of given names and their forms in other
    languages ("Peter" for "Pere", "Pedro", "Piotr") is reported beside its original
    with the same surname. Slips of one letter and doubled letters are NM001's. The fix
    writes the document's usual spelling (unsafe: two people may share a surname).
    """

    meta = RuleMeta(
        code="NM007",
        name="full-name-variant",
        category=Category.NAME,
        severity=Severity.WARNING,
        summary='One person\'s full name spelled two ways in a document ("Zhelyazkov", '
        '"Jeliazkov"; "Pere", "Peter").',
        fixable=True,
    )
    examples = examples(
        [
            fail(
                "Dimitar Zhivkov was charged. Dimitar Zhivkov denied it, and Dimitar Jivkov"
                " will appeal.",
                "1:61",
                fixed="Dimitar Zhivkov was charged. Dimitar Zhivkov denied it, and Dimitar"
                " Zhivkov will appeal.",
            ),
            fail(
                "Mehedi Hasan took two wickets. Mehedi Hasan also batted, and Mehidy Hasan"
                " was named player of the match.",
                "1:62",
            ),
            fail(
                "The meteorologist Jordi Puig expects no rain. Only in May, George Puig said.",
                "1:60",
                fixed="The meteorologist Jordi Puig expects no rain. Only in May, Jordi Puig said.",
            ),
        ],
        [
            "Lena Meyer and her sister Lina Meyer spoke; Lena Meyer left first.",
            "Alex Brown met Alix Brown. Alex Brown spoke.",
            "Dimitar Zhivkov was charged, and Dimitar Jivkov will appeal.",
            "Jean Smith met John Smith; Pere Vila met Peter Puig and Juan Puig.",
            "Mario Rossi and Maria Rossi spoke; Mario Rossi left.",
            "Daniel Adeyemi scored. Daniel Adeyemi and Daniel Addeyemi celebrated.",
        ],
    )

    # The collect pass reads every document's capitalised words anyway (NM001); it
    # lists the documents with two full names of one sound key, so that the lint pass
    # compares names only there (a lone text, without an index, looks itself).
    corpus_key = "full-name-variant"

    def suspect(self, doc: Document) -> bool:
        return bool(_candidates(doc))

    def check(self, doc: Document) -> Iterator[Hit]:
        if not self.listed(doc):
            return
        for v in loose_variants(doc.text, plain(doc), _candidates(doc)):
            span = Span(v.start, v.end)
            dominant = " ".join(v.dominant)
            fix = Fix.replace(span, dominant, f"Spell it '{dominant}'", Applicability.UNSAFE)
            minority = f"'{' '.join(v.minority)}' ({_mentions(v.counts[0])})"
            major = f"'{dominant}' ({_mentions(v.counts[1])})"
            yield Hit(
                span,
                f"{minority} translates the first name of {major}: one person, one name"
                if v.kind == "translation"
                else f"{minority} spells {major} by another transliteration",
                fix,
            )
