"""Where a person's name is expected: the subject slot of a reporting verb.

"Previously, Blinken confirmed", "Yesterday, Koch said", "“…,” Meloni said": the word right
after a short introductory phrase, after a quotation's closing comma, or at a sentence
start, followed by a reporting verb (auxiliaries and an adverb may come between). Edited
English puts a name, a pronoun or a determiner there; a bare common noun is the trace of
a surname translated as a word.
"""

from __future__ import annotations

import bisect
from weakref import WeakKeyDictionary

from mtlint import rx
from mtlint.document import Document
from mtlint.model import Span
from mtlint.rules.linekinds import wordset

REPORTING = (
    r"(?:said|says|say|told|tells|tell|confirmed|confirms|confirm|added|adds|stated|states"
    r"|announced|announces|explained|explains|noted|notes|insisted|insists|stressed|stresses"
    r"|warned|warns|declared|declares|argued|argues|claimed|claims|assured|assures|affirmed"
    r"|affirms|recalled|recalls|acknowledged|acknowledges|admitted|admits|denied|denies"
    r"|reiterated|reiterates|emphasi[sz]ed|emphasi[sz]es|commented|replied|responded"
    r"|asserted|asserts|underlined|underlines|expressed|expresses|pointed\s+out|tweeted"
    r"|wrote|writes|indicated|indicates)"
)
_AUX = (
    r"(?:has|have|had|will|would|could|may|might|also|already|again|later|then|previously"
    r"|recently|once|earlier|reportedly|repeatedly|publicly|not|never|just)"
)
REPORTING_AFTER = rx.lazy(rf"[ \t]+(?:{_AUX}[ \t]+){{0,3}}(?P<verb>{REPORTING})\b")
# A finite verb right after a subject: past tenses, auxiliaries, common news verbs.
VERB_AFTER = rx.lazy(
    r"[ \t]+(?:(?:also|later|then|already)[ \t]+)?(?P<verb>(?:has|have|had|is|was|will|would"
    r"|met|spoke|flew|went|told|said|made|took|gave|sent|held|led|left|won|lost|signed"
    r"|visited|called|urged|thanked|arrived|travel(?:l)?ed|\p{Ll}{3,}ed))\b"
)
_QUOTE_CLOSE = rx.lazy(r"(?:[,!?][\"”’]|[\"”],)[ \t]+$")
_INTRO = rx.lazy(r"^\p{Lu}[^,;:\"“”()\n]{0,70},[ \t]+$")
MAX_INTRO_WORDS = 8
# Pronouns, quantifiers and other words that stand alone as subjects in edited prose.
STANDALONE = wordset(
    """i you he she it we they one who which that this these those what whoever someone
    somebody everyone everybody anyone anybody nobody none no all both each either neither
    many most some few several others another other such much more less little enough
    there here two three four five six seven eight nine ten dozens hundreds thousands
    millions half and but or so then also later yet still now again"""
)
# First words of an introductory phrase: prepositions, subordinators, sentence adverbs and
# time words ("In a statement,", "When asked,", "Previously,", "Last week,").
INTRO_HEADS = wordset(
    """in on at after before during for from with without within despite since under over
    through throughout by following amid amidst among according as like unlike upon until
    till beyond near across behind against toward towards via per when while if although
    though because once whereas unless yesterday today tonight tomorrow meanwhile however
    later earlier still instead separately also moreover furthermore nevertheless
    nonetheless besides finally first second third then now thus therefore hence otherwise
    ultimately eventually indeed overall again currently so last this next every early
    late shortly soon afterwards afterward elsewhere here there"""
)


_STARTS: WeakKeyDictionary[Document, list[int]] = WeakKeyDictionary()


def _sentence_of(doc: Document, offset: int) -> Span | None:
    spans = doc.sentences
    starts = _STARTS.get(doc)
    if starts is None:
        starts = _STARTS[doc] = [s.start for s in spans]
    i = bisect.bisect_right(starts, offset) - 1
    if i < 0 or offset > spans[i].end:
        return None
    return spans[i]


def subject_slot(doc: Document, start: int) -> str | None:
    """How the word at ``start`` opens a clause: "intro", "quote", "sentence", or None.

    "intro": after a short introductory phrase and its comma ("Previously, "); "quote":
    after a quotation's closing comma ("…,” "); "sentence": the first word of a sentence.
    """
    if start in doc.sentence_starts:
        return "sentence"
    sentence = _sentence_of(doc, start)
    if sentence is None:
        return None
    before = doc.text[sentence.start : start]
    if _QUOTE_CLOSE.search(before):
        return "quote"
    words = before.split()
    if _INTRO.match(before) and len(words) <= MAX_INTRO_WORDS and _intro_head(words[0]):
        return "intro"
    return None


def _intro_head(word: str) -> bool:
    """Can ``word`` open an introductory phrase ("In", "Previously", "Asked", "Speaking")?"""
    w = word.rstrip(",").casefold()
    return w in INTRO_HEADS or w.endswith(("ly", "ing", "ed"))
