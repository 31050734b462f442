"""BP020 is a fallback: a tail line that another boilerplate rule reports is reported
once, by that rule; a tail line that no other rule knows is BP020's."""

from __future__ import annotations

from mtlint.config import Config
from mtlint.engine import lint_text

ARTICLE = (
    "The council met on Monday and voted to close two branches.\n\n"
    "The mayor said the savings would fund longer hours elsewhere.\n\n"
    "Residents will be able to comment on the plan until the end of May.\n\n"
    "Leave a Reply\n\n"
    "Lees ook de andere berichten\n"
)


def test_a_line_another_rule_reports_is_reported_once() -> None:
    found = [(f.line, f.code) for f in lint_text(ARTICLE, "a.txt")]
    assert (7, "BP003") in found and (7, "BP020") not in found
    assert (9, "BP020") in found


def test_alone_it_reports_every_tail_line() -> None:
    config = Config(select=("BP020",))
    found = [(f.line, f.code) for f in lint_text(ARTICLE, "a.txt", config)]
    assert found == [(7, "BP020"), (9, "BP020")]
