"""NM002: a spelling the project's names glossary lists as a known variant."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager

from mtlint import corpus, rx
from mtlint.document import Document
from mtlint.glossary import INDEX_KEY, Entry, Glossary, published
from mtlint.model import Applicability, Category, Fix, Hit, Severity, Span
from mtlint.rule import Rule, RuleMeta, examples, fail
from mtlint.rules.name.lexicon import COMMON, word_count
from mtlint.rules.name.translit import fold

_EDGE_L = r"(?<![\p{L}\p{M}\p{N}_-])"
_EDGE_R = r"(?![\p{L}\p{M}\p{N}_]|-\p{L})"


def _similarity(a: str, b: str) -> float:
    from rapidfuzz import fuzz  # lazy: only with a glossary hit

    return float(fuzz.ratio(fold(a), fold(b)))


def replacement(variant: str, canonical: str) -> str:
    """The part of ``canonical`` that ``variant`` stands for: as many words, the closest.

    "Zelenski" in "Volodymyr Zelensky" -> "Zelensky"; "Volodimir Zelenski" -> the whole.
    """
    words, n = canonical.split(), len(variant.split())
    if n >= len(words):
        return canonical
    windows = [" ".join(words[i : i + n]) for i in range(len(words) - n + 1)]
    return max(windows, key=lambda w: (_similarity(variant, w), -windows.index(w)))


class _Matcher:
    """One regex over every listed variant; everyday words only inside the full name."""

    def __init__(self, glossary: Glossary) -> None:
        self.glossary = glossary
        self.owner: dict[str, str] = {}
        alternatives = []
        for entry in glossary.entries:
            for v in entry.variants:
                self.owner[v] = entry.name
                body = rx.escape(v).replace(r"\ ", r"\s+")
                if " " not in v and word_count(v) >= COMMON:
                    others = [w for w in entry.name.split() if fold(w) != fold(v)]
                    if not others:
                        continue
                    context = "|".join(rx.escape(w) for w in others)
                    body = rf"(?<=(?:{context})\s){body}"  # "Emily Horn", not "Horn of Africa"
                alternatives.append((len(v), body))
        alternatives.sort(key=lambda t: -t[0])
        pattern = "|".join(b for _, b in alternatives)
        self.pattern = rx.compile(rf"{_EDGE_L}(?:{pattern}){_EDGE_R}") if pattern else None


_MATCHERS: dict[int, _Matcher] = {}


def _matcher(glossary: Glossary) -> _Matcher:
    m = _MATCHERS.get(id(glossary))
    if m is None or m.glossary is not glossary:
        _MATCHERS.clear()
        m = _MATCHERS[id(glossary)] = _Matcher(glossary)
    return m


class GlossaryVariant(Rule):
    """A name spelled as the project's glossary says it must not be ("Zelenskiy").

    The config key ``glossary`` names a YAML list of canonical names, each with optional
    known variants (see ``mtlint.glossary``)::

        - name: Volodymyr Zelensky
          variants: [Zelenskiy, Zelenski, Zelenskyy]
        - name: Emily Horne
          variants: [Horn]

    A listed variant is an error. The fix writes the canonical form (the words of the
    canonical name the variant stands for) and is safe: the project declared the spelling
    wrong, and a variant that is also an everyday word ("Horn") is only matched inside the
    full name ("Emily Horn", never "Horn of Africa"). Matching is case-sensitive and
    word-bounded; possessives keep their "'s". Without a glossary the rule is silent; the
    examples below use the glossary shown above.
    """

    meta = RuleMeta(
        code="NM002",
        name="glossary-variant",
        category=Category.NAME,
        severity=Severity.ERROR,
        summary='A name spelled as the names glossary lists as a known variant ("Zelenskiy").',
        fixable=True,
    )
    examples = examples(
        [
            fail(
                "Volodymyr Zelenskiy spoke; later Zelenski's aide agreed.",
                "1:11",
                "1:34",
                fixed="Volodymyr Zelensky spoke; later Zelensky's aide agreed.",
            ),
            fail(
                "The spokeswoman, Emily Horn, said so.",
                "1:24",
                fixed="The spokeswoman, Emily Horne, said so.",
            ),
            fail(
                "Volodimir  Zelenskiy met Emily Horne.",
                "1:1",
                fixed="Volodymyr Zelensky met Emily Horne.",
            ),
        ],
        [
            "Volodymyr Zelensky spoke; Zelensky's aide agreed with Emily Horne.",
            "The Horn of Africa faces drought, Horne said.",
            "Zelenskiyy and zelenskiy.com are not listed; neither is Zelenskiy-style prose.",
        ],
    )
    example_glossary = Glossary(
        (
            Entry("Volodymyr Zelensky", ("Zelenskiy", "Zelenski", "Volodimir Zelenskiy")),
            Entry("Emily Horne", ("Horn",)),
        )
    )

    def example_context(self) -> AbstractContextManager[object]:
        return corpus.scoped({INDEX_KEY: self.example_glossary})

    def check(self, doc: Document) -> Iterator[Hit]:
        glossary = published()
        if glossary is None or not glossary.entries:
            return
        matcher = _matcher(glossary)
        if matcher.pattern is None:
            return
        for m in matcher.pattern.finditer(doc.text):
            found = " ".join(m.group().split())
            canonical = matcher.owner.get(found)
            if canonical is None:
                continue
            right = replacement(found, canonical)
            span = Span(m.start(), m.end())
            fix = Fix.replace(span, right, f"Spell it '{right}'", Applicability.SAFE)
            yield Hit(
                span,
                f"'{m.group()}' is a known variant of '{canonical}' in the names glossary",
                fix,
            )
