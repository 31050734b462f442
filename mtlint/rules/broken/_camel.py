"""Camel-case words in BS001: which capitalised halves open a sentence, which are names.

A word glued to a capitalised word ("ThursdayThe") is two sentences run together when the
capital half opens a sentence; camel-case names ("PowerShell", "MacArthur", "WhatsApp")
are not. These lists and tests tell the two apart.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from mtlint import rx
from mtlint.document import Document
from mtlint.rules._prose import NOT_IN_A_WORD, occurs
from mtlint.rules.broken import lexicon
from mtlint.rules.broken._common import FUNCTION_WORDS, GROUP_NOUNS, words

# Capitalised words that open a sentence and are not the tail of a camel-case name.
LONG_STARTERS = words(
    "The This That These Those They There Their She His Her But However Meanwhile After "
    "Before When While According During Although Despite Following Since Because Our"
)
SHORT_STARTERS = ("He", "It", "We", "If", "In", "On", "At", "As", "An", "A", "So", "To", "By")
# Closed-class words that open a sentence going on in lowercase ("ThursdayUnder the").
OPENERS = (
    LONG_STARTERS
    | frozenset(SHORT_STARTERS)
    | {w for w in FUNCTION_WORDS if len(w) >= 5}
    | words("Last Next Earlier Later Many Some Most")
)
# A preposition that ends a sentence with a place or a date: "in March", "around Krakow".
PLACE_PREPOSITION = rx.lazy(
    r"(?<![\p{L}\p{M}])(?:in|on|at|of|from|to|across|around|near|since|until|by)[ \t]+$"
)
# Name particles and prefixes that are followed by a capital ("MacArthur", "KwaZulu").
PARTICLES = words(
    "mac van von del della den der las los san fitz ter ben bin abu ibn dos das les des kwa"
    " ste dela"
)
# Camel-case names younger than the word list (so absent from it).
CAMEL_NAMES = words(
    """wikileaks whatsapp tiktok github gitlab deepmind deepseek huffpost airpods airdrop
    airtag crowdstrike doordash wechat gofundme onlyfans politifact buzzfeed marketwatch
    zerohedge infowars nextera firstenergy centurylink unitedhealth draftkings fanduel
    stubhub soundcloud hellofresh livenation wework seaworld smartthings cansino curevac
    factcheck openai chatgpt youtube linkedin oneplus propublica typescript
    coffeescript mailchimp hubspot servicenow pagerduty ziprecruiter moveon"""
)
_NEXT_CAPITAL = rx.lazy(r"[ \t]+\p{Lu}\p{Ll}")
_NEXT_LOWER = rx.lazy(r"[ \t]+\p{Ll}")
# A conjunction right after the glued word: a name in a list ("in TotalEnergies and"),
# seldom a sentence's second word.
_NEXT_LINK = rx.lazy(r"[ \t]+(?:and|or|nor)\b")


def opens(text: str, start: int, end: int, right: str) -> bool:
    """True when the capitalised half opens a sentence that goes on in lowercase: a
    sentence opener ("MayIn a statement", "BankCritics say"), or a long, frequent word
    after a place or a date that ends the sentence before ("in MarchOpposition parties",
    "around KrakowSpeaking in"). Camel-case names have short second halves ("PowerShell",
    "GameStop", "WordPress") or are listed words ("PlayStation", "HarperCollins")."""
    if right in LONG_STARTERS:
        return True
    if _NEXT_LOWER.match(text, end) is None:
        return False
    if right in OPENERS or right in GROUP_NOUNS:
        return True
    return (
        len(right) >= 7
        and lexicon.count(right) >= 1e6
        and _NEXT_LINK.match(text, end) is None
        and PLACE_PREPOSITION.search(text, max(0, start - 12), start) is not None
    )


def glued_pair(text: str, end: int, left: str, right: str, opens: bool) -> bool:
    """True when ``left`` glued to ``right`` (ending at ``end``) is two sentences run
    together, not a camel-case name; ``opens`` is what :func:`opens` says."""
    low = left.lower()
    if low in PARTICLES or (left + right).lower() in CAMEL_NAMES:
        return False
    if right in LONG_STARTERS:
        return True
    table = lexicon.unigrams()
    if right != "A" and (left + right).lower() in table:
        return False  # PowerPoint, LinkedIn, YouTube
    if len(left) < 4 and left[0].isupper() and not opens:
        return False  # "SunTrust Banks", "RedBull Racing": only "MayIn a statement"
    # A lowercase half must be an everyday word, or a rarer one ("derailment") before
    # a sentence opener, a name or a long word that goes on in lowercase.
    sentence_like = (opens and right != "A") or (
        _NEXT_CAPITAL.match(text, end) or (len(right) >= 7 and _NEXT_LOWER.match(text, end))
    )
    if table.get(low, 0.0) < (1e5 if left[0].isupper() or sentence_like else 1e6):
        return False
    if right in SHORT_STARTERS or _NEXT_CAPITAL.match(text, end):
        return True  # "resignIn a statement", "KampalaMargaret Okonkwo"
    if left[0].isupper() and right not in GROUP_NOUNS and not opens:
        return False  # "PowerShell support", "InnoSetup installer"
    return table.get(right.lower(), 0.0) >= 3e5 and _NEXT_LOWER.match(text, end) is not None


def repeated(doc: Document, word: str) -> bool:
    """Whether ``word`` occurs more than once in the document (a camel-case name)."""
    return _asked(doc, "camel-repeated", word, lambda text, w: text.count(w) > 1)


def common_lower(doc: Document, word: str) -> bool:
    """Whether ``word`` lower-cased occurs as a word of its own in the document."""
    return _asked(doc, "camel-lower", word, lambda text, w: occurs(w.lower(), text, NOT_IN_A_WORD))


def _asked(doc: Document, key: str, word: str, test: Callable[[str, str], bool]) -> bool:
    """``test(doc.text, word)``, once per document and word: each is a search of the
    whole text, and a long line of pasted names asked it for every candidate again."""
    memo = cast("dict[str, bool] | None", doc.memo.get(key))
    if memo is None:
        memo = {}
        doc.memo[key] = memo
    found = memo.get(word)
    if found is None:
        found = memo[word] = test(doc.text, word)
    return found
