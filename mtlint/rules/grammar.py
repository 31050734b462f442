"""The LanguageTool rules (GR001, and SP901/PU901/BS901/DU901 for LanguageTool matches
that belong to a more specific category). The engine adds their hits when grammar checks
run (``--grammar``); their examples run against a real LanguageTool in tests/grammar."""

from __future__ import annotations

from mtlint.grammar.mapping import METAS
from mtlint.rule import Examples, RuleMeta, examples, fail
from mtlint.rules.internal import EngineRule

EXAMPLES: dict[str, Examples] = {
    "GR001": examples(
        [fail("He go to school every day.\n", "1:4")], ["He goes to school every day.\n"]
    ),
    "SP901": examples(
        [fail("She said that  the talks would continue.\n", "1:14")],
        ["She said that the talks would continue.\n"],
    ),
    "PU901": examples(
        [fail("The talks ended ,and the delegates left.\n", "1:16")],
        ["The talks ended, and the delegates left.\n"],
    ),
    "BS901": examples(
        [fail("The talks ended. the delegates left.\n", "1:18")],
        ["The talks ended. The delegates left.\n"],
    ),
    "DU901": examples(
        [fail("This is is a test of the system.\n", "1:6")], ["This is a test of the system.\n"]
    ),
}


class LanguageToolRule(EngineRule):
    """A rule whose findings come from LanguageTool (opt-in with ``--grammar``)."""

    needs_languagetool = True

    def __init__(self, meta: RuleMeta) -> None:
        self.meta = meta
        self.examples = EXAMPLES[meta.code]


def grammar_rules() -> tuple[LanguageToolRule, ...]:
    return tuple(LanguageToolRule(m) for m in METAS)
