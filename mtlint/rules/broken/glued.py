"""BS001: sentences run together without a full stop and a space ("ThursdayThe")."""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from typing import cast

from mtlint import rx
from mtlint.document import Document
from mtlint.model import Applicability, Category, Fix, Hit, Severity, Span
from mtlint.rule import Rule, RuleMeta, examples, fail
from mtlint.rules._prose import lines_matching
from mtlint.rules.broken._camel import common_lower, glued_pair, repeated
from mtlint.rules.broken._camel import opens as _opens
from mtlint.rules.broken._common import (
    in_code_or_url,
    prose_among,
    words,
)

_DIGIT_STARTERS = words(
    "On In At The This That He She It They We But And For With After From By To Of As If "
    "When While His Her Their Its Our According During However Meanwhile"
)
# A word glued to a capitalised word: "ThursdayThe", "delaysMargaret Okonkwo", and to a
# contraction: "monthIt’s".
_GLUED = rx.lazy(
    r"(?<![\p{L}\p{M}\d'’.-])(\p{Lu}\p{Ll}{2,}|\p{Ll}{3,})(\p{Lu}\p{Ll}+|A(?=[ \t]))"
    r"(?:['’](?:s|re|ve|ll|d))?(?![\p{L}\p{M}\d'’])"
)
# Prefilters (whole text, once): what each pattern needs on a line.
_LOWER_UPPER = rx.lazy(r"\p{Ll}\p{Lu}")
_LETTERS_BACK = rx.lazy(r"(?r)\p{L}+")  # reversed: the run of letters that ends at endpos


def glued_matches(text: str) -> Iterator[rx.Match[str]]:
    """``_GLUED.finditer(text)``, tried only where a match can start: at the start of the
    run of letters before a capital that follows a lowercase letter (the lookbehind
    refuses a letter before it), where ``finditer`` tries every position (most of the cost)."""
    done = tried = -1
    for pair in _LOWER_UPPER.finditer(text):
        run = _LETTERS_BACK.match(text, 0, pair.end() - 1)  # never None: ends at a letter
        start = run.start() if run is not None else pair.start()
        if start < done or start == tried:
            continue  # inside the previous match, or a run already tried
        tried = start
        m = _GLUED.match(text, start)
        if m is not None:
            done = m.end()
            yield m


_NON_ASCII_WORD = rx.compile_re(r"[^\W\d_\x00-\x7f]")  # stdlib: every non-ASCII letter, and more


def _lower_upper_lines(doc: Document, found: frozenset[int]) -> frozenset[int]:
    """The lines where ``_LOWER_UPPER`` matches: ASCII pairs found by the stdlib engine
    (``found``, see ``_capital_lines``), and the regex module only on lines that hold a
    non-ASCII letter (the stdlib class takes in every letter, so no other line can hold a
    non-ASCII pair)."""
    if doc.text.isascii():
        return found
    extra = {
        n
        for n in lines_matching(doc, _NON_ASCII_WORD)
        if n not in found and _LOWER_UPPER.search(doc.lines[n - 1].text)
    }
    return found | extra if extra else found


# A word glued to an opening quote: "to pensioners“We are doing".
_GLUED_QUOTE = rx.lazy(r"(?<![\p{L}\p{M}])\p{L}*\p{Ll}{2}(“)\p{Lu}\p{L}*")
# What _GLUED_QUOTE needs on a line, for a whole-text prefilter (stdlib: it skips to the
# quotes in C, where _GLUED_QUOTE tries every position of the line).
_QUOTE_HINT = rx.compile_re(r"“(?<=[^\W\d_]“)[^\W\d_]")
_DIGIT_GLUED = rx.lazy(
    r"(?<![\p{L}\p{M}\d.,:/-])\d{1,4}("
    + "|".join(sorted(_DIGIT_STARTERS))
    + r")(?=[ \t]+[\p{Ll}“\"‘(])"
)


# The lines where the ASCII part of _LOWER_UPPER may match ([a-z][A-Z]) and those where
# _DIGIT_GLUED may (a capital after a digit: every listed word starts with one), in one
# scan from the capitals, the rarer letters (stdlib: fast); the character before the
# capital tells which.
_AFTER_LOWER_OR_DIGIT = rx.compile_re(r"[A-Z](?<=[a-z\d][A-Z])")


def _capital_lines(doc: Document) -> tuple[frozenset[int], frozenset[int]]:
    """The lines with a capital after an ASCII lowercase letter, and those with one after
    a digit, from one scan of the text's capitals (both are rare: each is looked at).
    Kept per document: BS003 asks for the first set too ("theSelf-Defense")."""
    found = doc.memo.get("capital-lines")
    if found is None:
        found = doc.memo["capital-lines"] = _scan_capitals(doc)
    return cast("tuple[frozenset[int], frozenset[int]]", found)


def lower_upper_lines(doc: Document) -> frozenset[int]:
    """The lines with an ASCII capital right after an ASCII lowercase letter."""
    return _capital_lines(doc)[0]


def _scan_capitals(doc: Document) -> tuple[frozenset[int], frozenset[int]]:
    """``_capital_lines``, computed."""
    text, starts = doc.text, doc.line_starts
    lower: set[int] = set()
    digit: set[int] = set()
    for m in _AFTER_LOWER_OR_DIGIT.finditer(text):
        i = m.start()
        (lower if "a" <= text[i - 1] <= "z" else digit).add(bisect.bisect_right(starts, i))
    return frozenset(lower), frozenset(digit)


def insert(at: int, text: str, title: str) -> Fix:
    """An unsafe fix that inserts ``text`` at ``at`` (BS001 and BS002 mend by inserting)."""
    return Fix.replace(Span(at, at), text, title, Applicability.UNSAFE)


class GluedSentences(Rule):
    """Two sentences run together with no full stop and no space ("ThursdayThe official").

    Scrapers drop the full stop and space between two sentences or between a heading
    and the text under it, so a word runs straight into the capital of the next one. The
    rule reports a word glued to a capitalised sentence opener ("ThursdayThe", "January
    10On", "monthIt’s", "MayIn a statement", "ThursdayUnder the"), to a name
    ("delaysMargaret Okonkwo") or to a common word ("reportTeachers in"), and leaves
    camel-case names alone (McDonald, DeSantis, YouTube, iPhone, PowerPoint, LeBron,
    MacArthur): both halves must be common words and the whole must not be a known word.
    A capitalised first half (a place or a date) needs a sentence opener or a group noun
    followed by lowercase text, or a long frequent word after a place preposition ("in
    MarchOpposition parties", not "in TotalEnergies and"), so product names with short
    halves stay quiet (PowerShell, GameStop, WordPress, SunTrust Banks). A word glued to
    an opening quote ("pensioners“We are") is reported too. The fix inserts ". " (after a
    number or before a quote only a space) and is unsafe.
    """

    meta = RuleMeta(
        code="BS001",
        name="glued-sentences",
        category=Category.BROKEN_SENTENCE,
        severity=Severity.WARNING,
        summary="Two sentences run together with no full stop and no space"
        ' ("ThursdayThe official").',
        fixable=True,
    )
    examples = examples(
        [
            fail(
                "A call scheduled for ThursdayThe official said so.",
                "1:22",
                fixed="A call scheduled for Thursday. The official said so.",
            ),
            fail(
                "Talks are set for January 10On the treaties.",
                "1:27",
                fixed="Talks are set for January 10 On the treaties.",
            ),
            fail(
                "Prices rose sharply in MarchMargaret Okonkwo said.",
                "1:24",
                fixed="Prices rose sharply in March. Margaret Okonkwo said.",
            ),
            fail("He left early on FridayHowever nobody noticed.", "1:18"),
            fail("Critics cited the reportTeachers in Lyon agree.", "1:19"),
            fail(
                "Nobody expected it this monthIt’s the third delay.",
                "1:25",
                fixed="Nobody expected it this month. It’s the third delay.",
            ),
            fail("Prices rose in MarchOpposition parties objected.", "1:16"),
            fail("The vote was put off to the end of MayIn a statement, the board agreed.", "1:36"),
            fail("Trains stopped on ThursdayUnder the plan, fares rise.", "1:19"),
            fail("The strike hit commutersLast year, a similar one failed.", "1:16"),
            fail("Services resumed after the derailmentElena Oyelaran told reporters.", "1:28"),
            fail(
                "We will help the pensioners“We are ready.”",
                "1:18",
                fixed="We will help the pensioners “We are ready.”",
            ),
        ],
        [
            "McDonald, DeSantis and LeBron James met at MacArthur Park.",
            "She watched YouTube on her iPhone and opened PowerPoint.",
            "The LinkedIn post went viral; WikiLeaks Founder Julian Assange replied.",
            "Seat 12A is free, and Form 1040A was filed on time.",
            "The 3D film and the 4K screen were sold in 2021.",
            "KwaZulu Natal and DeAndre Jordan were in the news.",
            "Add PowerShell support; the InnoSetup installer and ttk.Notebook are gone.",
            "Fans in PowerShell scripts posted on GameStop forums and in WordPress themes.",
            "Users in SharePoint sites, at GlobalFoundries plants and in BlackRock funds agreed.",
            "RedBull Racing and SunTrust Banks joined; LinkedIn’s users watched YouTube’s clips.",
            "Investors in TotalEnergies and in AppContainer or Azure lost money.",
        ],
    )

    def check(self, doc: Document) -> Iterator[Hit]:
        lower, digits = _capital_lines(doc)
        glued = _lower_upper_lines(doc, lower)
        quoted = lines_matching(doc, _QUOTE_HINT, ("“",))
        for line in prose_among(doc, glued | quoted | digits):
            text = line.text
            number = line.number
            if number in glued:
                yield from self._glued_words(doc, line.start, text)
            if number in quoted:
                for m in _GLUED_QUOTE.finditer(text):
                    yield Hit(
                        Span(line.start + m.start(), line.start + m.end()),
                        f"no space before an opening quote: “{m.group()}”",
                        insert(line.start + m.start(1), " ", "Insert a space"),
                    )
            if number in digits:
                for m in _DIGIT_GLUED.finditer(text):
                    if in_code_or_url(text, m.start(), m.end()):
                        continue
                    at = line.start + m.start(1)
                    yield Hit(
                        Span(line.start + m.start(), line.start + m.end()),
                        f"number glued to the next word: “{m.group()}”",
                        insert(at, " ", "Insert a space"),
                    )

    def _glued_words(self, doc: Document, offset: int, text: str) -> Iterator[Hit]:
        """A word glued to a capitalised word on one line (``offset``: its start)."""
        for m in glued_matches(text):
            left, right = m.group(1), m.group(2)
            if in_code_or_url(text, m.start(), m.end()) or (
                m.start() > 0 and text[m.start() - 1] in "\"'"
            ):
                continue
            opens = _opens(text, m.start(), m.end(), right)
            if not glued_pair(text, m.end(), left, right, opens):
                continue
            if repeated(doc, m.group()):
                continue  # a repeated camel-case word is a name: "GenericAlias"
            if not opens and left[0].isupper() and common_lower(doc, left):
                continue  # "FixedSys": "fixed" is a common word here, not a place
            at = offset + m.start(2)
            yield Hit(
                Span(offset + m.start(), offset + m.end()),
                f"sentences glued together: “{m.group()}”",
                insert(at, ". ", "Insert a full stop and a space"),
            )
