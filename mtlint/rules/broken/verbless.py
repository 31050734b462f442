"""BS010: a prepositional phrase split off as a sentence of its own."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import compress, repeat

from mtlint import rx
from mtlint.document import Document
from mtlint.model import Category, Hit, Severity
from mtlint.rule import Rule, RuleMeta, examples, fail
from mtlint.rules.broken._common import words
from mtlint.rules.broken._sentences import Sentence, sentence, table

_OPENER = rx.lazy(
    r"^(?:In\s+light\s+of|In\s+view\s+of|In\s+the\s+face\s+of|In\s+the\s+wake\s+of"
    r"|In\s+response\s+to|Because\s+of|Due\s+to|As\s+a\s+result\s+of|In\s+spite\s+of|Despite"
    r"|Amid|Amidst|Given|In\s+addition\s+to|Regardless\s+of|With\s+regard\s+to"
    r"|In\s+the\s+event\s+of|For\s+the\s+sake\s+of|Following|According\s+to)\s"
)
_OPENER_INITIALS = "IBDAGRWF"  # the first letters of _OPENER's phrases: a cheap test first
OPENER_STARTS: tuple[str, ...] = ("In", "Because", "Due", "As", "Despite", "Amid", "Given")
OPENER_STARTS += ("Regardless", "With", "For", "Following", "According")  # first words
_WORD = rx.lazy(r"[\p{L}\p{M}][\p{L}\p{M}'’-]*")
# Any of these makes a clause likely: auxiliaries, pronoun subjects, common verbs.
_VERB_CUES = words(
    """is are am was were be been being has have had do does did will would can could may
    might must shall should he she they we i you it there said told took made came went gave
    saw met got put set let left kept held led paid sent spent built brought bought thought
    caught fought sought found felt fell rose won lost ran began became wrote spoke broke
    chose drove flew grew knew threw drew shot struck stood understood sold hit cut read sat
    meant heard dealt lay laid fed fled shook woke wore tore swore bore froze hid rode stole
    sank sang rang withdrew remain remains continue continues seem seems appear appears say
    says want wants need needs look looks come comes go goes make makes take takes give gives
    show shows see sees know knows think thinks believe believes hope hopes plan plans"""
)
_DETERMINERS = words(
    "the a an its their his her our your this that these those two three four five several"
    " many some all both of in on at by for from with between"
)


_LINKS = _DETERMINERS | words(
    "and or but to into over under near across along around across within without"
)


def _verbless(text: str) -> bool:
    """No auxiliary, pronoun subject, past tense or possible present-tense verb."""
    words = [w.lower() for w in _WORD.findall(text)]
    for i, low in enumerate(words):
        if low in _VERB_CUES or (low.endswith("ed") and len(low) > 4):
            return False
        if not low.endswith("s") or low.endswith("ss") or len(low) <= 3:
            continue
        if i and words[i - 1] not in _DETERMINERS:
            return False  # "the team plays": maybe a verb
        if i + 1 < len(words) and words[i + 1] not in _LINKS:
            return False  # "the fans stay": maybe subject and verb
    return True


# A place split off the end of a paragraph: "... which led to long queues. At the bus
# stops." A preposition of place, a determiner, then two to four lowercase words, the
# last of them no word of time or manner ("At the same time.", "On the other hand.",
# "In the long run.", which stand alone on purpose).
_PLACE = rx.lazy(r"^(?:At|In|On)\s(?:the|a|an|its|their|his|her|our)((?:\s\p{Ll}+){2,4})\.$")
# (The commonest prepositions of place only: each start listed costs a test of every
# sentence of every document. "In" is among OPENER_STARTS.)
_PLACE_STARTS = ("At ", "On ")
_STARTS = OPENER_STARTS + _PLACE_STARTS
_PLACE_OPENERS = ("In ", *_PLACE_STARTS)
_NOT_PLACES = words(
    """time times run hand end moment moments way ways meantime contrary least most whole
    day days week weeks month months year years morning evening night afternoon past
    future beginning case cases meanwhile same other long short term"""
)
_PLACE_CHARS = 60  # longer than a place phrase of _PLACE's words
_PREVIOUS_WORDS = 8  # a clause long enough to have carried the place


def _place_fragment(full: str, s: Sentence) -> bool:
    """A short place phrase that ends its paragraph after a finished clause."""
    text = s.text
    if not text.startswith(_PLACE_OPENERS) or full[s.span.end : s.span.end + 1] not in ("", "\n"):
        return False
    m = _PLACE.match(text)
    if m is None:
        return False
    found = m.group(1).split()
    if found[-1] in _NOT_PLACES or any(w in _VERB_CUES or w.endswith("ed") for w in found):
        return False  # a word of time, or a verb: "In the house lived a man."
    before = s.previous
    return before[-2:-1].islower() and len(before.split()) >= _PREVIOUS_WORDS


class PrepositionalFragment(Rule):
    """A prepositional phrase split off as a sentence, with no verb ("In light of the increase.").

    A stray full stop detaches a trailing phrase from its clause: "...reiterated its
    support for Ukraine. In light of the increase in the Russian military presence on the
    border between the two countries." The rule reports a sentence that opens with a
    phrase such as "In light of", "Due to" or "Despite", has no comma, at least six words
    and no word that could be its verb, and follows another sentence of the same
    paragraph. A short place phrase that ends a paragraph after a long clause ("... led
    to long queues. At the bus stops.") is reported too: "At", "In" or "On", a
    determiner and two to four lowercase words, none a verb, the last no word of time or
    manner ("On the other hand.", "At the same time."). There is no automatic fix: join
    it to the previous sentence.
    """

    meta = RuleMeta(
        code="BS010",
        name="prepositional-fragment",
        category=Category.BROKEN_SENTENCE,
        severity=Severity.WARNING,
        summary="A prepositional phrase split off as a sentence, with no verb"
        ' ("In light of the increase.").',
    )
    examples = examples(
        [
            fail(
                "He backed Ukraine. In light of the increase in the Russian military presence "
                "on the border between the two countries.",
                "1:20",
            ),
            fail(
                "Flights stopped. Due to the heavy snow across the northern region overnight.",
                "1:18",
            ),
            fail(
                "The unions organised two stoppages in the regions, which led to long "
                "queues. At the bus stops.",
                "1:78",
            ),
        ],
        [
            "He backed Ukraine. In light of the increase, the ministry raised its budget.",
            "Flights stopped. Due to the snow the airport was closed for the day.",
            "Prices rose. Despite the rain the fans stay in the stadium for hours.",
            "In light of the increase in the Russian military presence on the border.",
            "Markets fell. According to the report.",
            "The unions organised two stoppages in the regions around the capital. "
            "At the same time.",
            "The unions organised two stoppages in the regions around the capital. "
            "On the other hand.",
            "Prices rose. At the bus stops.",
            "The unions organised two stoppages in the regions around the capital. "
            "In the United States.",
            "The unions organised two stoppages in the regions around the capital. "
            "At the stops, queues formed.",
        ],
    )

    def check(self, doc: Document) -> Iterator[Hit]:
        t, starts = table(doc), _STARTS  # the sentences that may match, alone:
        full, spans, previous = t.full, t.spans, t.previous
        for k in compress(range(len(t.at)), map(full.startswith, repeat(starts), t.starts)):
            if previous[k] < 0 or full[spans[previous[k]].end - 1] != ".":
                continue  # what ``not s.previous.endswith(".")`` says, with no slice made
            end = spans[t.at[k]].end
            if full.startswith(_PLACE_STARTS, t.starts[k]) and (
                end - t.starts[k] > _PLACE_CHARS or full[end : end + 1] not in ("", "\n")
            ):
                continue  # only a place phrase may start so: short, at a paragraph's end
            s = sentence(t, k)
            text = s.text
            if not s.previous.endswith("."):
                continue
            if _place_fragment(full, s):
                yield Hit(s.span, f"sentence without a verb: “{text}”")
                continue
            if text[:1] not in _OPENER_INITIALS:
                continue
            if not text.endswith(".") or not _OPENER.match(text):
                continue
            if any(ch in text for ch in ',;:“”"()') or len(_WORD.findall(text)) < 6:
                continue
            if _verbless(text):
                yield Hit(s.span, f"sentence without a verb: “{text}”")
