"""Rules about mtlint's own directives; the engine reports them after suppression."""

from __future__ import annotations

from collections.abc import Iterator

from mtlint.document import Document
from mtlint.model import Category, Hit, Severity
from mtlint.rule import Rule, RuleMeta, examples, fail


class EngineRule(Rule):
    """Base for rules whose findings the engine itself produces (suppression is a filter
    that runs after every rule, so only the engine knows what was suppressed)."""

    def check(self, doc: Document) -> Iterator[Hit]:
        return iter(())


class InvalidDirective(EngineRule):
    """An ``mtlint:`` directive names a rule, prefix or category that does not exist.

    A misspelt code in a suppression comment silently suppresses nothing; reporting it
    keeps suppressions honest.
    """

    meta = RuleMeta(
        code="MTL001",
        name="invalid-directive",
        category=Category.INTERNAL,
        severity=Severity.ERROR,
        summary="An mtlint directive names a rule that does not exist.",
    )
    examples = examples(
        [fail("<!-- mtlint: disable-next-line XX999 -->\nText.\n", "1:1")],
        ["<!-- mtlint: disable-next-line MTL002 -->\nText.\n"],
    )


class UnusedSuppression(EngineRule):
    """An ``mtlint:`` directive that suppresses nothing (like ruff's RUF100).

    Suppressions outlive the defects they were written for; a stale one hides the next
    real defect on that line. A directive is judged over the rules that ran, and is
    unused when none of them fired; one that names only rules that did not run is not
    judged. The fix removes the directive; it is unsafe when some of its rules did not
    run (LanguageTool's, without ``--grammar``), since they may still need it.
    """

    meta = RuleMeta(
        code="MTL002",
        name="unused-suppression",
        category=Category.INTERNAL,
        severity=Severity.INFO,
        fixable=True,
        summary="An mtlint directive that suppresses nothing.",
    )
    examples = examples(
        [
            fail("Clean text. <!-- mtlint: disable-line -->\n", "1:12", fixed="Clean text.\n"),
            fail("[mtlint: disable-next-line]\nClean text.\n", "1:1", fixed="Clean text.\n"),
        ],
        ["Text. <!-- mtlint: disable-line SP003 -->\n"],
    )


RULES: tuple[type[Rule], ...] = (InvalidDirective, UnusedSuppression)
