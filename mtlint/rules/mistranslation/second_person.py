"""MT041, MT042: "you" and "your" in third-person news, from Spanish "le" and "su"."""

from __future__ import annotations

from collections.abc import Iterator
from weakref import WeakKeyDictionary

from mtlint import rx
from mtlint.document import Document
from mtlint.model import Category, Hit, Severity, Span
from mtlint.rule import Rule, RuleMeta, examples, fail
from mtlint.rules.mistranslation._context import (
    SPEAKERS,
    TITLES,
    addresses_reader,
    in_quotes,
    second_person,
)

_SPEAKER = "|".join(sorted(SPEAKERS, key=lambda w: (-len(w), w)))  # stable: one cache key
_TITLE = "|".join(rx.escape(t) for t in sorted(TITLES, key=lambda w: (-len(w), w)))
_GENERIC = (
    "Everyone|Everybody|Anyone|Anybody|Someone|Somebody|Nobody|People|Experts|Doctors|"
    "Parents|Teachers|Economists|Historians|Scientists|Locals|Residents|Fans|Friends|Critics|"
    "Analysts|Others|Many|Most|Few|Some|All|Both|They|He|She|It|We|I|You|This|That|These|"
    "Those|Who|Which|What|There|Here|Mom|Mum|Dad|Grandma|Grandpa|God|History|Science|Time|"
    "Experience|Statistics|Research|Common|Any|Every|No|Ask|Just|Only|Even|Then|Now"
)
# A named or titled third-person speaker, an optional modal, a verb of telling, and "you".
_TELL = rx.lazy(
    r"(?:\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s(?:[\p{L}\p{N}.\-’']+\s){0,3}?"
    rf"(?i:{_SPEAKER})"
    rf"|(?:{_TITLE})\s\p{{Lu}}[\p{{L}}\-’']+(?:\s\p{{Lu}}[\p{{L}}\-’']+)?"
    rf"|\b(?!(?:{_GENERIC})\b)\p{{Lu}}\p{{Ll}}+(?:\s\p{{Lu}}\p{{Ll}}+)?)"
    r"\s(?P<tell>(?:(?:will|would|could|can|should|must|may|might|also|then|later|reportedly"
    r"|has|had|have|did|once|already)\s){0,2}"
    r"(?:tell|told|tells|telling|inform|informed|informs|assure|assured|assures|warn|warned"
    r"|warns|remind|reminded|reminds)\s)\Z"
)
# "X will tell you that" is also a feature writer's habitual address to the reader ("Mr.
# Smith, 84, will tell you that the town has changed"); the translated future names an
# event: "In a phone call on Thursday, the president will tell you that ...".
_HABITUAL = rx.lazy(r"(?:will|would|can|could|may|might)\s(?:\w+\s)?tell\s")
_EVENT = rx.lazy(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|tomorrow|tonight|today"
    r"|next week|[Dd]uring|(?:[Ii]n|[Aa]t) (?:a|the|his|her|their|this|that) (?:[\p{L}\-]+ )?"
    r"(?:call|meeting|talks|conversation|summit|speech|visit|address|interview|letter"
    r"|message|session|conference|briefing))\b"
)
_TELL_AFTER = rx.lazy(r"you(?=\s(?:that|about|how|what|whether|if)\s+\w|\s?[,“\"‘:])")
_REPORT = (
    r"said|says|confirmed|confirms|stated|states|added|adds|stressed|stresses|reiterated"
    r"|reiterates|recalled|assured|assures|warned|warns|insisted|noted|declared|announced"
    r"|explained|indicated|affirmed|emphasi[sz]ed|underlined|highlighted|maintained|argued"
    r"|claimed|acknowledged|admitted|expressed|reaffirmed|pledged|promised|vowed|told|tells"
    r"|reported|revealed|denied|recogni[sz]ed|guaranteed|ratified|reminded"
)
_REPORT_BEFORE = rx.lazy(
    rf"(?<!\b(?:I|[Ww]e|[Yy]ou|[Tt]hey)\s(?:\w+\s)?)\b(?:{_REPORT})"
    r"(?:(?:\s[\p{L}\p{N}’'\-]+){0,4}?\s[Tt]hat)?\s\Z"
)
_YOUR_AFTER = rx.lazy(
    r"[Yy]our\s(?:country|government|party|administration|nation|people|army|armed forces|"
    r"forces|troops|allies|counterpart|predecessor|successor|ministry|office|support|position|"
    r"commitment|willingness|concerns?|intention|readiness|cabinet|campaign|company|"
    r"organi[sz]ation|movement|state|region|territory|sovereignty|independence|wife|husband|"
    r"family|son|daughter|homeland|compatriots|citizens|diplomacy)(?:[’']s)?\b"
)
# Per document: the suspect "you" (after a verb of telling) and "your" (after a report),
# each with the span to report ("will tell you", "your country").
_Suspects = tuple[dict[int, Span], dict[int, Span]]
_SUSPECTS: WeakKeyDictionary[Document, _Suspects] = WeakKeyDictionary()


def _suspects(doc: Document) -> _Suspects:
    cached = _SUSPECTS.get(doc)
    if cached is not None:
        return cached
    text = doc.text
    tell: dict[int, Span] = {}
    your: dict[int, Span] = {}
    for pos in second_person(doc):
        line = doc.line_at(pos)
        before = max(line.start, pos - 120)
        if _TELL_AFTER.match(text, pos, line.end):
            m = _TELL.search(text, before, pos)
            if m and (not _HABITUAL.match(m.group("tell")) or _event_near(doc, pos)):
                tell[pos] = Span(m.start("tell"), pos + 3)
        elif _REPORT_BEFORE.search(text, before, pos):
            y = _YOUR_AFTER.match(text, pos, line.end)
            if y:
                your[pos] = Span(pos, y.end())
    cached = (tell, your)
    _SUSPECTS[doc] = cached
    return cached


def _event_near(doc: Document, pos: int) -> bool:
    """Whether the sentence around ``pos`` names a dated event (a call, a weekday...)."""
    line = doc.line_at(pos)
    text = doc.text
    start = max(text.rfind(". ", line.start, pos) + 1, line.start)
    stop = text.find(". ", pos, line.end)
    return bool(_EVENT.search(text, start, stop if stop >= 0 else line.end))


def _hits(doc: Document, which: int, message: str) -> Iterator[Hit]:
    suspects = _suspects(doc)
    if not suspects[which]:
        return
    both = frozenset(suspects[0]) | frozenset(suspects[1])
    for pos, span in sorted(suspects[which].items()):
        if in_quotes(doc, pos) or addresses_reader(doc, pos, both):
            continue
        yield Hit(span, message.format(match=doc.text[span.start : span.end]))


class TellYouInReport(Rule):
    """ "will tell you" in third-person news, where Spanish "le dirá" means "will tell him".

    Spanish "le" is "him", "her" or the formal "you"; machine translation often picks
    "you": "the US President will tell you that they are ready for diplomacy". A named or
    titled speaker followed by "tell/told/assure/warn... you that" is reported only
    outside quotation marks and only when the text does not otherwise address its reader
    (no other "you" nearby, none scattered through the narration), so dialogue, quotes,
    op-eds and "any doctor will tell you" stay quiet. There is no fix: the right pronoun
    depends on who was told.
    """

    meta = RuleMeta(
        code="MT041",
        name="tell-you-in-report",
        category=Category.MISTRANSLATION,
        severity=Severity.WARNING,
        summary='"will tell you" in third-person news, where Spanish "le dirá" means '
        '"will tell him".',
    )
    examples = examples(
        [
            fail(
                "In a phone call on Thursday, the US President will tell you that they are ready.",
                "1:47",
            ),
            fail("Lavrov told you that Moscow wants guarantees, the ministry said.", "1:8"),
            fail("Officials said Mr. Biden assured you that the talks would go on.", "1:26"),
        ],
        [
            "“The president will tell you that we are ready,” Psaki said.",
            "As any doctor will tell you, sleep matters.",
            "If you ask the minister, the minister will tell you that prices fell.",
            "Ask Smith about it and he will tell you that he was right.",
            "The president will tell them that they are ready.",
            "Everyone will tell you that the bridge is unsafe.",
            "Mr. Smith, 84, will tell you that the town has changed.",
        ],
    )

    def check(self, doc: Document) -> Iterator[Hit]:
        yield from _hits(
            doc,
            0,
            "'{match}' after a third-person speaker outside quotes: Spanish 'le' (= him, her)"
            " rendered as 'you'; name who was told",
        )


class YourForHis(Rule):
    """ "your country" in third-person news, where Spanish "su país" means "his country".

    Spanish "su" is "his", "her", "its", "their" or the formal "your". After a reporting
    verb ("confirmed that your country is ready", "reiterated your support for Ukraine")
    machine translation's "your" turns a report into an address to the reader. The rule
    reports "your" before a country, government, party or similar noun after a
    third-person report, outside quotation marks, and only when the text does not address
    its reader elsewhere nearby. There is no fix: pick "his", "her", "its" or "their".
    """

    meta = RuleMeta(
        code="MT042",
        name="your-for-his",
        category=Category.MISTRANSLATION,
        severity=Severity.WARNING,
        summary='"your country" in third-person news, where Spanish "su país" means "his country".',
    )
    examples = examples(
        [
            fail("Previously, Blinken had confirmed That your country is ready to act.", "1:40"),
            fail("The minister reiterated your support for Kyiv on Monday.", "1:25"),
        ],
        [
            "“Your country is ready,” Blinken told Zelensky.",
            "If you visit your country's embassy, bring your passport.",
            "The minister reiterated his support for Kyiv on Monday.",
            "I told your father that your country needs you.",
            "He said your name twice.",
        ],
    )

    def check(self, doc: Document) -> Iterator[Hit]:
        yield from _hits(
            doc,
            1,
            "'{match}' after a third-person report outside quotes: Spanish 'su' (= his, her,"
            " their) rendered as 'your'",
        )
