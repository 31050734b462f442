"""NM003: a well-known surname machine-translated as a common word ("flash" for Blinken)."""

from __future__ import annotations

from collections.abc import Iterator

from mtlint import rx
from mtlint.document import Document
from mtlint.model import Applicability, Category, Fix, Hit, Severity, Span
from mtlint.rule import Rule, RuleMeta, examples, fail
from mtlint.rules._prose import NOT_IN_A_WORD, code_lines, occurs
from mtlint.rules.name._clause import REPORTING, REPORTING_AFTER, VERB_AFTER, subject_slot
from mtlint.rules.name.lexicon import COMMON, word_count
from mtlint.rules.name.surnames import (
    Person,
    by_rendering,
    rendering_starts,
    renderings_pattern,
)

_TITLE = rx.lazy(
    r"(?:\b(?:President|Chancellor|Vice[- ]Chancellor|Minister|Secretary(?: of State)?"
    r"|Secretary[- ]General|Premier|Governor|Mayor|Senator|Sen\.|Commissioner|Ambassador"
    r"|Vice[- ]President|Congressman|Congresswoman|Rep\.|Mr\.|Mrs\.|Ms\.|Dr\.)"
    r"|\b(?:the\s+)(?:president|chancellor|(?:prime\s+)?minister|secretary\s+of\s+state"
    r"|premier|governor|mayor|senator))[ \t]+$"
)
_INVERTED = rx.lazy(rf"(?:[,!?][\"”’]|[\"”],)[ \t]+{REPORTING}[ \t]+$")
_STOP_AFTER = rx.lazy(r"[ \t]*[,.;:)]")
_SPEAKER_END = rx.lazy(r"[ \t]*[,.;:)]|[ \t]+(?:in|at|on|during|after|to|from)\b")
# What follows a rendering wherever ``_context`` finds a person's slot other than right
# after a first name: a reporting or other verb, or the end of a speaker's clause (which
# begins with ``_STOP_AFTER``). One match rules out most renderings ("a long way").
_ANY_AFTER = rx.lazy(
    "|".join(f"(?:{p.pattern})" for p in (REPORTING_AFTER, VERB_AFTER, _SPEAKER_END)).replace(
        "(?P<verb>", "(?:"
    )
)


def _first_name_before(text: str, start: int, person: Person) -> bool:
    first = person.first
    i = start - len(first) - 1
    return (
        i >= 0
        and text[i : start - 1] == first
        and text[start - 1] == " "
        and (i == 0 or not text[i - 1].isalpha())
    )


def _renderings(doc: Document) -> Iterator[rx.Match[str]]:
    """``renderings_pattern().finditer(doc.text)``, tried only where a rendering starts.

    Matches cannot overlap (a rendering is letters, and none may follow a letter), so
    matching at each candidate offset finds exactly what a scan would.
    """
    pattern = renderings_pattern()
    starts = rendering_starts(doc.folded)
    if starts is None:
        yield from pattern.finditer(doc.text)
        return
    text = doc.text
    for start in starts:
        m = pattern.match(text, start)
        if m is not None:
            yield m


def names_person(text: str, person: Person) -> bool:
    """The document names ``person``: the full name, first name and surname, or a surname
    that is no everyday word ("Blinken" alone will do, "Torres" alone will not)."""
    if person.surname not in text:
        return False  # every form holds the surname (matched case-sensitively)
    forms = [person.name, f"{person.first} {person.surname}"]
    if word_count(person.surname) < COMMON:
        forms.append(person.surname)
    return any(occurs(f, text, NOT_IN_A_WORD) for f in forms)


class TranslatedSurname(Rule):
    """A well-known surname translated as a common word ("Secretary of State flash").

    Machine translation reads a surname that is a word in some language as that word:
    German "Blinken" (to flash) becomes "flash", "Koch" becomes "cook", Italian "Meloni"
    becomes "melons", Portuguese "Lula" becomes "squid". The rule ships a list of public
    figures whose surnames are everyday words, with their literal English renderings and
    the source language (``rules/data/literal-surnames.yaml``), and flags a rendering
    where the person stands: right after the person's first name ("Giorgia melons"),
    after a title followed by a verb or punctuation ("Chancellor cook said"), as the bare
    subject of a reporting verb ("Previously, flash have confirmed", "“…,” said cook."),
    or, when the document names the person elsewhere (full name, or a surname that is no
    everyday word), as a bare subject of any verb. Renderings that are also adverbs or
    verbs ("short", "long", "because") need the person named in the document. The fix
    restores the surname; it is unsafe when the document names the person, and only shown
    otherwise.
    """

    meta = RuleMeta(
        code="NM003",
        name="translated-surname",
        category=Category.NAME,
        severity=Severity.WARNING,
        summary='A well-known surname translated as a common word ("Secretary of State flash").',
        fixable=True,
    )
    examples = examples(
        [
            fail(
                "Antony Blinken spoke to reporters. Previously, flash have confirmed that "
                "sanctions were ready.",
                "1:48",
                fixed="Antony Blinken spoke to reporters. Previously, Blinken have confirmed "
                "that sanctions were ready.",
            ),
            fail("Italian Prime Minister Giorgia melons met the president.", "1:32"),
            fail("The talks were led by Secretary of State flash, who flew in on Monday.", "1:42"),
            fail("“We will not give up,” said squid at the rally in São Paulo.", "1:29"),
            fail("Yesterday, cook said the donations would continue.", "1:12"),
            fail("Meloni arrived late. On Monday, melons met the president.", "1:33"),
        ],
        [
            "The camera flash went off as Blinken spoke.",
            "Previously, the cook said the kitchen would close early.",
            "Chefs cook, waiters serve, and owners worry.",
            "The President long resisted calls to resign.",
            "The Chancellor, short of a majority, called an election.",
            "Melons, squid and figs were on the menu, the cook said.",
            "In a flash, the storm was over, residents said.",
            "Conte said the count would take three days.",
            "They hired Stephan because he spoke German.",
            "Sergio branches out into film with his new project.",
            "Fernando Torres scored twice. Later, towers collapsed in the storm.",
        ],
    )

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.text
        named: dict[str, bool] = {}
        skip = code_lines(doc)

        def is_named(p: Person) -> bool:
            if p.name not in named:
                named[p.name] = names_person(text, p)
            return named[p.name]

        for m in _renderings(doc):
            word = m.group()
            if not (word.islower() or word.istitle()):
                continue
            people = by_rendering()[word.lower()]
            person = next((p for p in people if is_named(p)), people[0])
            named_here = is_named(person)
            how = self._context(doc, m.start(), m.end(), people, person, named_here)
            if how is None or doc.line_at(m.start()).number in skip:
                continue
            person = next((p for p in people if _first_name_before(text, m.start(), p)), person)
            span = Span(m.start(), m.end())
            sure = named_here or how == "after a first name"
            fix = Fix.replace(
                span,
                person.surname,
                f"Write '{person.surname}'",
                Applicability.UNSAFE if sure else Applicability.DISPLAY_ONLY,
            )
            yield Hit(
                span,
                f"'{word}' {how}: the {person.language_name} surname "
                f"'{person.surname}' ({person.name}) translated as a word?",
                fix,
            )

    @staticmethod
    def _context(
        doc: Document,
        start: int,
        end: int,
        people: tuple[Person, ...],
        person: Person,
        named_here: bool,
    ) -> str | None:
        """Why a person is expected at ``start``, or None."""
        text = doc.text
        first_name = any(_first_name_before(text, start, p) for p in people)
        if not first_name and _ANY_AFTER.match(text, end) is None:
            return None  # nothing after it that any reason below needs, no first name
        lower = text[start:end].islower()
        follows = REPORTING_AFTER.match(text, end) or VERB_AFTER.match(text, end)
        if first_name and (
            named_here or (not person.strict and (follows or _STOP_AFTER.match(text, end)))
        ):
            return "after a first name"  # "Giorgia melons met", not "Sergio branches out"
        head = text[max(0, start - 40) : start]
        if (
            (lower or named_here)
            and _TITLE.search(head)
            and (follows or _STOP_AFTER.match(text, end))
        ):
            return "after a title" if named_here or not person.strict else None
        if lower and _INVERTED.search(head) and _SPEAKER_END.match(text, end):
            return "as the speaker of a quotation"
        if not (lower or named_here):
            return None
        reporting = REPORTING_AFTER.match(text, end) is not None
        verb = named_here and VERB_AFTER.match(text, end) is not None
        if not (reporting or verb):
            return None  # no verb after it: most renderings ("a long way") end here
        slot = subject_slot(doc, start)  # (the costly test, once a verb follows)
        if slot is None:
            return None
        if slot in ("intro", "quote") and reporting:
            return "as the subject of a reporting verb"
        if verb:
            return "as a subject where the document names the person"
        return None
