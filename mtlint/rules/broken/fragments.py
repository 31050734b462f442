"""BS008-BS010: sentence fragments that a stray full stop split off."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import compress, count, repeat

from mtlint import rx
from mtlint.document import Document
from mtlint.model import Category, Hit, Severity
from mtlint.rule import Rule, RuleMeta, examples, fail
from mtlint.rules.broken._common import CALENDAR, FUNCTION_WORDS, words
from mtlint.rules.broken._sentences import (
    QUOTE_ENDS,
    Table,
    closing_quote_end,
    sentence,
    table,
)

_REPORT = (
    r"(?:said|says|added|announced|stated|declared|explained|noted|wrote|tweeted|reported"
    r"|confirmed|insisted|stressed|commented|remarked|concluded|warned|replied|responded"
    r"|indicated|affirmed|emphasi[sz]ed|asserted|acknowledged|admitted|observed"
    r"|told\s+(?:reporters|journalists|the\s+press|the\s+media))"
)
_WHEN = (
    r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?"
    r"|\s+(?:yesterday|today|tonight|later|earlier|afterwards|then|at\s+the\s+time"
    r"|last\s+(?:week|month|year|night)|this\s+(?:week|month|morning|afternoon|evening)"
    r"|in\s+a\s+statement|in\s+an\s+interview))?"
)
_NOT_NP = words(
    "is was are were be been has have had do did does what who whom which that not never "
    "will would can could should may might must as if when than it there this so or and "
    "but just only exactly how why where because he she they we i you"
)
_NP_WORD = r"(?!(?:" + "|".join(sorted(_NOT_NP)) + r")\b)[\p{L}][\p{L}\p{M}’'.-]*"
_ATTRIBUTION = rx.lazy(
    r"^(?!(?:As|So|Or|And|But|Just|Only|Exactly|That|This|It|What|Which|How|Why|Where|When"
    r"|Nobody|Everyone|Everybody|No|Not|Neither|Nor|Thus|Hence|Here|There)\b)"
    rf"(?:(?:He|She|They)|\p{{Lu}}[\p{{L}}\p{{M}}’'.-]*(?:\s+{_NP_WORD}){{0,5}}?)"
    rf"\s+{_REPORT}{_WHEN}\.$",
    rx.VERSION1,
)
_NAME_WORD = r"\p{Lu}[\p{Ll}\p{M}’'-]+"
_NAME_TAIL = rx.lazy(rf"^({_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}}),\s+(\p{{Ll}}[^,;:]*)\.$")
_CITING = rx.lazy(
    r"^(?:citing|quoting|according\s+to|referring\s+to|adding|speaking\s+(?:to|on|at)"
    r"|cited\s+by|quoted\s+by|reported\s+by|in\s+a\s+statement|in\s+an\s+interview)\b"
)
_NOT_NAMES = (
    FUNCTION_WORDS
    | CALENDAR
    | words(
        """Last Next Early Late Earlier Later Yesterday Today Tomorrow Tonight Now Then Here
        Back Once Eventually Finally Ultimately Overall Still Even Only Just Indeed Instead
        Like Unlike Across Inside Outside Above Below Beside Besides Elsewhere Nationwide
        Worldwide"""
    )
)
_REPORTED_END = rx.lazy(_REPORT + r"\.$")
# The last words _REPORT and _WHEN can end with: a sentence _ATTRIBUTION matches ends with
# one of them and a full stop (it holds no line break for "$" to stop before).
_LAST_WORDS = (
    "said says added announced stated declared explained noted wrote tweeted reported "
    "confirmed insisted stressed commented remarked concluded warned replied responded "
    "indicated affirmed emphasised emphasized asserted acknowledged admitted observed "
    "reporters journalists press media Monday Tuesday Wednesday Thursday Friday Saturday "
    "Sunday morning afternoon evening night yesterday today tonight later earlier "
    "afterwards then time week month year statement interview"
)
ATTRIBUTION_ENDS = tuple(word + "." for word in _LAST_WORDS.split())


def name_tail_possible(text: str) -> bool:
    """A necessary condition for ``_NAME_TAIL.match(text)``: one comma, after two or
    three words (its name words hold no space, and its spaces are all ``str.isspace``)."""
    comma = text.find(",")
    if comma < 0 or text.find(",", comma + 1) >= 0:
        return False
    return 2 <= len(text[:comma].split(None, 3)) <= 3


def attribution_candidates(t: Table) -> Iterator[int]:
    """The sentences of ``t`` that end with a full stop and follow one whose last two
    characters may be a closing quote's (or that ends with a space), or whose name fragment
    may hit: what either part of BS008 needs, tested on offsets, with no text made."""
    full, spans = t.full, t.spans
    for k, i, start, p in zip(count(), t.at, t.starts, t.previous):
        end = spans[i].end
        if full[end - 1] != ".":
            continue
        if p >= 0:
            before = spans[p].end
            pair = full[before - 2 : before]  # closing_quote_end, or a space to strip
            if pair in QUOTE_ENDS or pair[-1:].isspace():
                yield k
                continue
        comma = full.find(",", start, end)
        if comma < 0 or full.find(",", comma + 1, end) >= 0:
            continue
        # _NAME_TAIL's name is the text before its one comma: two or three words, and a
        # hit needs ``_names`` of them.
        name = full[start:comma].split(None, 3)
        if 2 <= len(name) <= 3 and not _NOT_NAMES.intersection(name):
            yield k


def _names(name: str) -> bool:
    return not any(word in _NOT_NAMES for word in name.split())


class SplitAttribution(Rule):
    """An attribution split off its quote into a sentence of its own.

    Translation engines end the quote with a full stop and start the attribution as a new
    sentence: "...with Russia.” A White House spokeswoman announced on Wednesday." or
    "...a Kremlin spokesman confirmed. Dmitriy Peskov, citing Russian agencies." The rule
    reports a sentence that is only a speaker and a reporting verb (with an optional "on
    Wednesday") right after a quotation, and a sentence that is only a name followed by a
    short tail ("Name Surname, citing ...", or after a quotation "Name Surname, in a
    statement."). There is no automatic fix: the attribution must be rejoined by hand.
    """

    meta = RuleMeta(
        code="BS008",
        name="split-attribution",
        category=Category.BROKEN_SENTENCE,
        severity=Severity.WARNING,
        summary="An attribution split off its quote into a sentence of its own.",
    )
    examples = examples(
        [
            fail(
                "They will talk “about Russia.” A White House spokeswoman announced on Wednesday.",
                "1:32",
            ),
            fail(
                "“It is set,” an aide confirmed. Dmitriy Peskov, citing Russian agencies.", "1:33"
            ),
            fail("They want “intense diplomacy.” Emily Horn, it’s a statement.", "1:32"),
            fail("“We are done.” He said.", "1:16"),
        ],
        [
            "“We are ready,” a White House spokeswoman announced on Wednesday.",
            "“We are profitable.” Or so the company said.",
            "“Prices will rise.” That is what the minister said.",
            "“We must act.” Last Friday, it rained. John Smith, a farmer, agreed.",
            "The plan failed. Mary Jones, 45, and her son left.",
            "The ministry said in a statement that talks would resume.",
            "“Thank you.” Emily Horne, the spokeswoman, said the call went well.",
        ],
    )

    def check(self, doc: Document) -> Iterator[Hit]:
        t = table(doc)
        for k in attribution_candidates(t):
            s = sentence(t, k)
            if not s.text.endswith("."):
                continue  # both patterns end with a full stop (sentences hold no line break)
            after_quote = closing_quote_end(s.previous)
            if after_quote and s.text.endswith(ATTRIBUTION_ENDS) and _ATTRIBUTION.match(s.text):
                yield Hit(s.span, f"attribution split from its quote: “{s.text}”")
                continue
            if not name_tail_possible(s.text):
                continue  # most sentences go no further
            m = _NAME_TAIL.match(s.text)
            if m is None or not _names(m.group(1)) or len(m.group(2).split()) > 8:
                continue
            after_report = bool(_REPORTED_END.search(s.previous.rstrip()))
            if _CITING.match(m.group(2)) or (
                (after_quote or after_report) and len(m.group(2).split()) <= 5
            ):
                yield Hit(s.span, f"attribution fragment: “{s.text}”")


_PARTICIPLE = (
    r"(?:\p{Ll}{2,}ed|taken|given|seen|known|held|made|shown|told|found|built|sent|brought"
    r"|kept|left|born|chosen|driven|written|spoken|stolen|beaten|caught|hurt|shot|struck"
    r"|thrown|put|set|hit|sold|paid|led|won|lost)"
)
_SUBJECTLESS = rx.lazy(
    r"^(?:Has|Have|Had)\s+(?:also\s+|already\s+|not\s+|never\s+)?(?:been|" + _PARTICIPLE + r")\b"
    r"|^(?:Is|Are|Was|Were)\s+(?:also\s+|not\s+)?(?:being\s+)?" + _PARTICIPLE + r"\s+"
    r"(?:by|in|on|at|to|for|as|with|from|after|during|over|since)\b"
)

_SUBJECTLESS_INITIALS = "HIAW"  # the first letters of _SUBJECTLESS: a cheap test first
SUBJECTLESS_STARTS = ("Has", "Have", "Had", "Is", "Are", "Was", "Were")  # its first words


class SubjectlessFragment(Rule):
    """A sentence that starts with an auxiliary and a participle, with no subject.

    "...the conflict which is tearing the country apart. ‘Has been in the country for almost
    eight years." A stray full stop cut the clause from its subject. Questions ("Has he
    been...?"), conditional inversions ("Had it not been for...") and the first sentence
    of a paragraph (captions, bios) stay quiet. There is no automatic fix.
    """

    meta = RuleMeta(
        code="BS009",
        name="subjectless-fragment",
        category=Category.BROKEN_SENTENCE,
        severity=Severity.WARNING,
        summary="A sentence that starts with an auxiliary and a participle, with no subject.",
    )
    examples = examples(
        [
            fail(
                "Moscow backs the rebels. ‘Has been in the country for almost eight years.", "1:27"
            ),
            fail("The minister left early. Was expected by the committee at noon.", "1:26"),
            fail("Several people were hurt. Was taken to hospital by ambulance.", "1:27"),
        ],
        [
            "He arrived. Has he been in the country long?",
            "Had it not been for the rain, they would have won. Were it so easy.",
            "Has been in the country for eight years.",
            "He spoke. “Has been a long year,” he said.",
            "Some facts:\n\n- Was founded in 1990.\n- Has offices in Lyon.",
        ],
    )

    def check(self, doc: Document) -> Iterator[Hit]:
        t, starts = table(doc), SUBJECTLESS_STARTS  # the sentences that may match, alone:
        for k in compress(range(len(t.at)), map(t.full.startswith, repeat(starts), t.starts)):
            if t.previous[k] < 0:
                continue  # the first sentence of its paragraph (no previous one)
            s = sentence(t, k)
            if s.text[:1] not in _SUBJECTLESS_INITIALS or not s.previous:
                continue
            if not s.text.endswith(".") or not _SUBJECTLESS.match(s.text):
                continue
            if "”" in s.text or '"' in s.text:
                continue
            yield Hit(s.span, f"sentence without a subject: “{s.text}”")
