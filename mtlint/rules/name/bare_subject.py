"""NM004: a bare singular common noun where a reporting verb expects a named speaker."""

from __future__ import annotations

from collections.abc import Iterator

from mtlint import rx
from mtlint.document import Document
from mtlint.model import Category, Hit, Severity, Span
from mtlint.rule import Rule, RuleMeta, examples, fail
from mtlint.rules._prose import code_lines
from mtlint.rules.linekinds import wordset
from mtlint.rules.name._clause import REPORTING_AFTER, STANDALONE, subject_slot
from mtlint.rules.name.lexicon import word_count
from mtlint.rules.name.surnames import is_rendering

# A lowercase word right after an introductory phrase's comma or a quotation's closing comma.
_CANDIDATE = rx.lazy(r"(?:,[ \t]+|[,!?][\"”’][ \t]+)(?P<word>\p{Ll}{3,})\b(?![-'’])")
# _CANDIDATE with a reporting verb after it, looked ahead at: the regex engine skips the
# many words after a comma that no verb follows. No match can start inside another (each
# starts with the punctuation), so the scan finds the same candidates, fewer of them.
_BEFORE_VERB = rx.lazy(rf"{_CANDIDATE.pattern}(?={REPORTING_AFTER.pattern})")
MIN_COUNT = 100_000  # web-corpus count: an everyday English word, not a stray token
# Singular nouns that edited English uses without an article as a subject: collectives,
# mass nouns of evidence and tradition, and kinship words used as names.
BARE_OK = wordset(
    """police staff management security personnel clergy faculty crew media leadership
    data research evidence history science experience legend tradition rumor rumour gossip
    intelligence wisdom logic reason law custom convention protocol policy scripture
    doctrine theory folklore myth consensus opinion time nature fate god everything
    something nothing anything mom mum dad mother father grandma grandpa granny nana papa
    mama auntie family grandmother grandfather granddad emphasis italics translation"""
)
# Articles and possessives start a noun phrase ("the declared constants"); they are
# never the bare noun, and the word after them is a participle used as an adjective.
_DETERMINERS = wordset("the a an his her its their our my your every whose")
_ADVERB = rx.lazy(r"ly$")
# Abstract nouns ("evidence", "agreement", "silence") make figurative subjects; a surname
# translated as a word, or a role missing its article, is a concrete or personal noun.
_ABSTRACT = rx.lazy(r"(?:ness|ity|ism|tion|sion|ment|ance|ence|ship|dom|hood)$")


def _bare_singular(word: str) -> bool:
    if (
        word in _DETERMINERS
        or word in STANDALONE
        or word in BARE_OK
        or _ADVERB.search(word)
        or _ABSTRACT.search(word)
    ):
        return False
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return False  # a bare plural subject is fine: "officials said", "analysts say"
    return word_count(word) >= MIN_COUNT and not is_rendering(word)


class BareNounSubject(Rule):
    """A bare singular noun as the subject of a reporting verb ("Yesterday, cook said").

    A name is expected right after an introductory phrase ("Previously, ") or a
    quotation's closing comma when a reporting verb follows ("…,” Koch said"). Edited
    English puts a name, a pronoun or a noun with its article there; a bare singular
    common noun ("flash have confirmed") is the trace of a surname machine-translated as
    a word, or of a dropped article ("minister said"). Unlike NM003 this needs no list of
    people. Bare plurals ("officials said", "analysts say", "residents reported"), pronouns
    and quantifiers, collectives and mass nouns ("police", "staff", "research", "legend"),
    abstract nouns ("silence", "agreement") and adverbs are fine. There is no fix: only
    the writer knows which name was meant.
    """

    meta = RuleMeta(
        code="NM004",
        name="bare-noun-subject",
        category=Category.NAME,
        severity=Severity.WARNING,
        summary='A bare singular noun as the subject of a reporting verb ("Yesterday, cook said").',
    )
    examples = examples(
        [
            fail("Previously, carpenter have confirmed that the country is ready.", "1:13"),
            fail("On Tuesday, minister said the budget would pass.", "1:13"),
            fail("“We are ready to talk,” hammer said on Monday.", "1:25"),
            fail("In a statement, baker also told reporters that prices would rise.", "1:17"),
        ],
        [
            "Previously, officials have confirmed that the country is ready.",
            "On Tuesday, police said the road would reopen.",
            "“We are ready to talk,” she said on Monday.",
            "In a statement, the minister said the budget would pass.",
            "Asked about the plan, nobody said a word.",
            "In the end, time will tell.",
            "For years, legend said the lake was bottomless.",
            "Apples, pears and plums, the farmer said, were ripe.",
            "He bought bread, cheese said to be local, and wine.",
            "Yesterday, analysts say, markets fell.",
            "If the values are untyped constants, the declared constants remain untyped.",
        ],
    )

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.text
        skip: frozenset[int] | None = None
        for m in _BEFORE_VERB.finditer(text):
            word = m.group("word")
            verb = REPORTING_AFTER.match(text, m.end("word"))
            if verb is None or not _bare_singular(word):
                continue
            start = m.start("word")
            if subject_slot(doc, start) not in ("intro", "quote"):
                continue
            if skip is None:
                skip = code_lines(doc)
            if doc.line_at(start).number in skip:
                continue
            said = " ".join(text[m.end("word") : verb.end()].split())
            yield Hit(
                Span(start, m.end("word")),
                f"bare '{word}' as the subject of '{said}': a name translated as a word, "
                "or a missing article",
            )
