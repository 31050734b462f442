"""BS004 and BS005: a capitalised function word where the sentence goes on."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from mtlint import rx
from mtlint.document import Document, Line
from mtlint.kinds.prefilter import worth_it
from mtlint.model import Applicability, Category, Fix, Hit, Severity, Span
from mtlint.rule import Rule, RuleMeta, examples, fail
from mtlint.rules._prose import lines_matching
from mtlint.rules.broken._comma import derived_opener, opens_sentence, quantity_opener
from mtlint.rules.broken._common import (
    CONJUNCTIONS,
    FUNCTION_WORDS,
    GROUP_NOUNS,
    TITLE_MINOR,
    prose_among,
    prose_lines,
    words,
)
from mtlint.rules.broken._labels import is_label
from mtlint.rules.broken._mid import COMMA_HINT, CONTRACTION, mid_hint, mid_matches

# "day One", "vote No", the film "It"; "You" and "Your" as the defined terms of licences
# and terms of use ("under terms of Your choice").
_RISKY = frozenset(("One", "No", "All", "It", "You", "Your"))
# Indefinite pronouns: never a name, and a clause that opens with one after a comma
# lost its full stop (", Something that was not possible before").
_INDEFINITE = words(
    "Something Someone Somebody Nothing Nobody Everything Everyone Everybody Anything Anyone"
    " Anybody"
)
_AFTER_COMMA = (
    FUNCTION_WORDS - {"One", "No", "You"} | {"Last", "Next", "Earlier", "Later"} | _INDEFINITE
)
_AFTER_LOWER = FUNCTION_WORDS - _RISKY
# After a capitalised word only the words that cannot be part of a name: "Mr He" (a
# surname), "Nguyen Van An", "Doctor Who" stay quiet; "Russia If that country" does not.
_AFTER_CAPITAL = words(
    "The A If But Because Although Though Whereas Unless Whether However Meanwhile Moreover"
    " Furthermore Nevertheless That These Those They We Their Our"
)
_LIST_LINKS = words("and or nor of & vs")
# (A letters page opens with a bare "Sir," or "Madam,": "Sir, Your report was welcome.")
_SALUTATION = rx.lazy(
    r"^\W*(?:Dear|Hi|Hello|Hey|Thanks|Regards|Sincerely|Yours|Cheers|(?:Sir|Madam)(?=,))\b"
)
_AFTER_COMMA_RE = rx.lazy(r",[”’\"']?[ \t]+(\p{Lu}\p{Ll}*)" + CONTRACTION + r"(?=[ \t])")
# A report needs a listed word (all ASCII): see _mid.
_LISTED = _AFTER_CAPITAL | _AFTER_LOWER
_ROMAN = rx.lazy(r"^[IVXLC]+$")
# Words after which a capital opens a title: "see section The try statement".
_TITLE_CUES = words(
    """section chapter titled entitled called named dubbed episode song album film movie
    novel book play poem series show documentary column essay headline slogan hashtag see
    track single anthem motto"""
)
_NEXT_WORDS = rx.lazy(r"[ \t]+([\p{L}\p{M}][\p{L}\p{M}'’-]*)(?:[ \t]+([\p{L}\p{M}\d]+))?")
_SENTENCE_END = rx.lazy(r"[.!?](?=[\"'”’»)\]]*(?:\s|$))")


_NUMBER_THEN_WORD = rx.lazy(r"[ \t]+\d[\d.,]*[ \t]+\p{Ll}")  # ", When 60 litres fell"


def _goes_on(text: str, end: int) -> bool:
    """True when lowercase prose follows, so the capital is not a title or a name."""
    m = _NEXT_WORDS.match(text, end)
    if m is None or not m.group(1)[0].islower():
        return False
    nxt, after = m.group(1), m.group(2)
    return not (nxt in TITLE_MINOR and after is not None and after[0].isupper())


def _question(text: str, start: int) -> bool:
    """An embedded question ("The question is, Will it rain?") keeps its capital."""
    m = _SENTENCE_END.search(text, start)
    return m is not None and m.group() == "?"


def _hit(line: Line, start: int, word: str, context: str, message: str) -> Hit:
    span = Span(line.start + start, line.start + start + len(word))
    fix = Fix.replace(span, word.lower(), "Lowercase the word", Applicability.UNSAFE)
    return Hit(span, f"{message}: “{context}”", fix)


class CapitalAfterComma(Rule):
    """A capitalised function word right after a comma (", A senior official said").

    Machine translation and careless joins leave a sentence-initial capital after a comma,
    often where a clause was split and rejoined. Proper names and titles stay quiet: the
    word must be an article, pronoun, conjunction, preposition or number word followed by
    lowercase text, so ", The Hague", ", The New York Times" and ", The Lord of the
    Rings" pass, as do embedded questions ("The question is, Will it rain?"), letter
    labels ("types B, A or O") and salutations. A full stop turned into a comma leaves
    other openers too: "The" before an office or public body (", The Prime Minister
    said"), a function word before an opening quote (", Their “final offer”"), a noun
    of quantity before "of" and a pronoun or determiner (", Part of it went"), a derived
    common word before a plural noun (", Opposition parties have", ", Emergency crews")
    and a participle before a prepositional phrase or "that" (", Speaking in Lisbon,",
    ", Arguing that he"); the last two need a clause of six words before the comma and a
    word the document never capitalises mid-sentence ("In Iraq, Coalition forces", "the
    Opposition"). A conjunction may go on with a number (", When 60 litres fell").
    Names after a comma (", Conor Whitfield said") are not told from appositions and stay
    quiet. The fix lowercases the word (unsafe).
    """

    meta = RuleMeta(
        code="BS004",
        name="capital-after-comma",
        category=Category.BROKEN_SENTENCE,
        severity=Severity.WARNING,
        summary='A capitalised function word right after a comma (", A senior official said").',
        fixable=True,
    )
    examples = examples(
        [
            fail(
                "He is concerned, A senior official said.",
                "1:18",
                fixed="He is concerned, a senior official said.",
            ),
            fail("“We will respond to Ukraine,” The official said.", "1:31"),
            fail("“We are ready to discuss them. “, It indicated.", "1:35"),
            fail("The plan was delayed, But the ministry denied it.", "1:23"),
            fail("Nobody was hurt, Police said on Monday.", "1:18"),
            fail("It was paid in cash, Part of it went to relatives.", "1:22"),
            fail("It is accessible now, Something that was not possible before.", "1:23"),
            fail("It was delayed again, It’s the third time this year.", "1:23"),
            fail(
                "The minister rejected calls to resign, The Prime Minister acknowledged it.",
                "1:40",
                fixed="The minister rejected calls to resign, the Prime Minister acknowledged it.",
            ),
            fail("He said talks would resume next week, Their “final offer” was rejected.", "1:39"),
            fail(
                "Farmers said the measures did not go far enough, Opposition parties have"
                " called for a review.",
                "1:50",
            ),
            fail(
                "The plan was announced on Monday in the capital, Speaking in Lisbon, the"
                " minister defended it.",
                "1:50",
            ),
            fail(
                "They asked the court to keep him in custody, Arguing that he could flee.", "1:46"
            ),
            fail("The last rain fell in November, When 60 litres fell in the area.", "1:33"),
        ],
        [
            "He flew to Paris, The Hague and Berlin.",
            "Sales grew in Europe, Asia, Rest of the World and Africa; her songs, One of"
            " Us and Half of It, charted.",
            "Her hits include Yesterday, Something and Let It Be.",
            "Asked about it, Everybody Loves Raymond star Ray Romano smiled.",
            "“It is over,” The New York Times reported.",
            "Her favourites were Jaws, The Lord of the Rings and Vertigo.",
            "The question is, Will it rain before Friday?",
            "Blood types B, A or O are needed.",
            "Dear Sir, The report you requested is attached.",
            "Sir, Your report on the harbour was welcome.",
            "He said, “The plan is dead.”",
            "We cover Politics, Markets and more, with Police Scotland and Doctors Without "
            "Borders.",
            "In Britain, Opposition leader Keir Starmer said the plan had failed.",
            "In Iraq, Coalition forces said they had secured the road.",
            "In a statement, The Walt Disney Company said it would appeal, and The Times agreed.",
            "Since the final whistle on Saturday afternoon, Reading in the Championship has"
            " struggled.",
            "The club was founded by the brothers in the city, Manning that first team, and"
            " its songs include Yesterday, When 64 Years Old and Let It Be.",
            "The manager of the club said in an interview, Reading that book changed him.",
        ],
    )

    def check(self, doc: Document) -> Iterator[Hit]:
        hinted = lines_matching(doc, COMMA_HINT, (",",))
        for line in prose_among(doc, hinted):
            yield from self.line_hits(doc, line)

    def line_hits(self, doc: Document, line: Line) -> Iterator[Hit]:
        """The reports on one line of prose (``check`` skips the lines ``COMMA_HINT``
        does not match: they have none)."""
        text = line.text
        if "," not in text or _SALUTATION.match(text):
            return
        for m in _AFTER_COMMA_RE.finditer(text):
            word = m.group(1)
            nxt = _NEXT_WORDS.match(text, m.end())
            if word in GROUP_NOUNS:
                if (
                    nxt is None or nxt.group(1) in _LIST_LINKS or not nxt.group(1).islower()
                ) and not opens_sentence(text, m.end(), word):
                    continue  # "Politics, Markets and more", "Police Scotland"
            elif word in _AFTER_COMMA:
                if not (
                    _goes_on(text, m.end())
                    or opens_sentence(text, m.end(), word)
                    or (word in CONJUNCTIONS and _NUMBER_THEN_WORD.match(text, m.end()))
                ):
                    continue
            elif not (
                quantity_opener(text, m.end(), word)
                or derived_opener(text, m.start(), m.end(), word, doc.text)
            ):
                continue
            if is_label("", word, text, m.end()) or _question(text, m.end()):
                continue
            lead = text[m.start() : m.start(1)].strip()
            context = f"{lead} {word} {nxt.group(1) if nxt else ''}"
            yield _hit(line, m.start(1), word, context.strip(), f"capital “{word}” after a comma")


class CapitalMidSentence(Rule):
    """A capitalised function word in the middle of a sentence ("occurs A day before").

    When a translation engine or a scraper merges two segments, the second keeps its
    initial capital with no punctuation before it: "confirmed That your country", "Russia
    If that country invaded", "state Two weeks before". The word must be an article,
    pronoun, conjunction, preposition or number word followed by lowercase text, so titles
    ("Gone With the Wind", "a film called Into the Wild"), names ("The Hague", "Mr He
    said", "Doctor Who"), letter labels ("vitamin A", "Plan B", "grade A", "Serie A club")
    and "I" stay quiet, as do headings and title-case lines. The fix lowercases the word
    (unsafe: a full stop may be missing instead).
    """

    meta = RuleMeta(
        code="BS005",
        name="capital-mid-sentence",
        category=Category.BROKEN_SENTENCE,
        severity=Severity.WARNING,
        summary='A capitalised function word in the middle of a sentence ("occurs A day before").',
        fixable=True,
    )
    examples = examples(
        [
            fail(
                "The call, which occurs A day before the summit, matters.",
                "1:24",
                fixed="The call, which occurs a day before the summit, matters.",
            ),
            fail("They have confirmed That your country is ready.", "1:21"),
            fail("They will act against Russia If that country invades.", "1:30"),
            fail("It will take place between the heads of state Two weeks before.", "1:47"),
        ],
        [
            "She read Gone With the Wind and a book called Into the Wild.",
            "Vice Premier He Lifeng met Mr He said nothing, and Doctor Who aired.",
            "Take vitamin A daily; Plan B failed and grade A eggs cost more.",
            "Students received their A level results on Thursday.",
            "The Serie A club signed a type A personality from A to Z.",
            "The song in A minor was played by The Who in The Hague.",
            "I think I can, and I will.",
            "Biden Warns Putin Over Ukraine As Troops Mass On The Border",
            "See section The try statement; in session A reads the file, player A wins.",
            "If user A cannot revoke it, user A could ask B; a string A if B is in it.",
            "Take an order from A again; writes before A’s release are seen by B.",
            "You may distribute a Larger Work under terms of Your choice.",
            "Part II The user file is read.\tWhen included, it runs.",
        ],
    )

    def check(self, doc: Document) -> Iterator[Hit]:
        if worth_it(doc):
            lines: Sequence[Line] = prose_among(doc, lines_matching(doc, mid_hint(_LISTED)))
        else:  # a short text: the hint (built on first use) would cost more than it saves
            lines = prose_lines(doc)
        for line in lines:
            yield from self.line_hits(line)

    def line_hits(self, line: Line) -> Iterator[Hit]:
        """The reports on one line of prose (``check`` skips the lines ``mid_hint`` does
        not match: they have none)."""
        text = line.text
        for m in mid_matches(text, _LISTED):
            prev, word = m.group(1), m.group(2)
            allowed = _AFTER_CAPITAL if prev[0].isupper() else _AFTER_LOWER
            if word not in allowed or not _goes_on(text, m.end()):
                continue
            if prev[0].isupper() and (prev.lower() in TITLE_MINOR or _ROMAN.match(prev)):
                continue
            if prev.lower() in _TITLE_CUES:
                continue
            if is_label(prev, word, text, m.end()):
                continue
            nxt = _NEXT_WORDS.match(text, m.end())
            context = f"{prev} {word} {nxt.group(1) if nxt else ''}".strip()
            yield _hit(line, m.start(2), word, context, f"capital “{word}” in mid-sentence")
