"""Capitals after a comma that open a new sentence though the word is no function word.

BS004 reports a capitalised function word after a comma (", The official said"). A full
stop replaced by a comma also leaves other sentence openers behind, which are told from
names here by their form and what follows them:

- "The" before an office or a public body (", The Prime Minister said", ", The Ministry
  of Finance said"): such titles never carry "The" in their name, unlike "The Hague",
  "The New York Times" or "The Beatles";
- a determiner, pronoun or group noun before an opening quote (", Their “We are");
- a derived common word (-tion, -ment, -ency, -ness, -ity, long -al adjectives) used
  as a modifier before a plural noun (", Opposition parties have", ", Environmental
  groups welcomed", ", Emergency crews worked"): names do not have these endings;
- an -ing participle of a common verb before a preposition (", Speaking in Lisbon") or
  before "that" and a lowercase word (", Arguing that he could flee").

The last two kinds need a clause of six words or more before the comma (an opening phrase,
"In Iraq, Coalition forces", is shorter), and a word that the document writes with a
capital inside a sentence elsewhere ("the Opposition", "in Reading") is house style or a
name and stays quiet.
"""

from __future__ import annotations

from mtlint import rx
from mtlint.rules._prose import AFTER_LOWERCASE, occurs
from mtlint.rules.broken import lexicon
from mtlint.rules.broken._common import PREPOSITIONS, words

# Offices and public bodies: "The" before them is an article, not part of a name.
_OFFICES = words(
    """Minister Ministry President Premier Chancellor Mayor Governor Senator Secretary
    Commissioner Ambassador Spokesman Spokeswoman Spokesperson Chairman Chairwoman Director
    Department Agency Authority Commission Committee Council Organization Organisation
    Administration Prosecutor Sheriff Inspectorate Regulator"""
)
# Capitalised words (joined by of/for/and) and the lowercase word after them.
_TITLE_RUN = rx.lazy(r"((?:[ \t]+(?:\p{Lu}[\p{L}\p{M}'’-]*|of|for|and)){1,6}?)[ \t]+\p{Ll}")
_OPENING_QUOTE = rx.lazy(r"[ \t]+[“\"]\p{L}")
_DERIVED = rx.lazy(r"\p{Lu}\p{Ll}{3,}(?:tion|sion|ment|ency|ancy|ness|ity|\p{Ll}{3}al)")
_PARTICIPLE = rx.lazy(r"\p{Lu}\p{Ll}{2,}ing")
_PLURAL_THEN_WORD = rx.lazy(r"[ \t]+\p{Ll}{3,}(?<![su]s|is)s[ \t]+\p{Ll}")
# A preposition and a short phrase set off by a comma: "Speaking in Osaka, he said".
_PREPOSITION = rx.lazy(
    r"[ \t]+(?:" + "|".join(sorted(w.lower() for w in PREPOSITIONS)) + r")"
    r"(?:[ \t]+[\p{L}\p{M}\d'’-]+){1,5},"
)
_THAT_CLAUSE = rx.lazy(r"[ \t]+that[ \t]+\p{Ll}")  # ", Arguing that he could flee"
# Participles of verbs that take a "that" clause: never a name ("Manning", "Reading").
_THAT_VERBS = words(
    """Arguing Saying Claiming Noting Adding Stressing Insisting Explaining Warning Stating
    Suggesting Fearing Acknowledging Admitting Alleging Asserting Emphasizing Emphasising
    Indicating Denying Recalling Recognizing Recognising Announcing Confirming Believing
    Maintaining Underlining Reiterating Assuring Promising Declaring Complaining
    Considering Concluding Realizing Realising Knowing Hoping Reporting Revealing"""
)
_CLAUSE_START = rx.lazy(r"(?:^|[.!?:;])[^.!?:;]*$")
_WORD = rx.lazy(r"[\p{L}\p{M}\d]+")
_CLAUSE_WORDS = 6  # "In Iraq, Coalition forces": an opening phrase is shorter
_COMMON = 1e6  # an everyday word in the lexicon


def opens_sentence(text: str, end: int, word: str) -> bool:
    """True when ``word``, a function word or group noun after a comma that ends at
    ``end``, opens a new sentence though no lowercase word follows it."""
    if _OPENING_QUOTE.match(text, end):
        return True  # ", Their “We are doing"
    if word != "The":
        return False
    m = _TITLE_RUN.match(text, end)
    return m is not None and any(w in _OFFICES for w in m.group(1).split())


def _verb_stem(stem: str) -> bool:
    """True when ``stem`` + "ing" is a verb form: speak-ing, writ(e)-ing, run(n)-ing."""
    return any(
        lexicon.count(form) >= _COMMON
        for form in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else "")
        if form
    )


def derived_opener(text: str, start: int, end: int, word: str, doc_text: str) -> bool:
    """True for a derived common word before a plural noun, or a participle before a
    preposition, that the document does not capitalise elsewhere mid-sentence."""
    if _DERIVED.fullmatch(word):
        if _PLURAL_THEN_WORD.match(text, end) is None:
            return False
    elif _PARTICIPLE.fullmatch(word):
        if _PREPOSITION.match(text, end) is None and (
            word not in _THAT_VERBS or _THAT_CLAUSE.match(text, end) is None
        ):
            return False
        if not _verb_stem(word[:-3].lower()):
            return False  # "Beijing on Monday", "Sterling in": no verb + -ing
    else:
        return False
    if lexicon.count(word) < _COMMON:
        return False
    m = _CLAUSE_START.search(text, 0, max(0, start))
    if m is None or len(_WORD.findall(m.group())) < _CLAUSE_WORDS:
        return False  # "According to the report, Continental pilots said"
    # Capitalised after a lowercase word elsewhere: "the Opposition", "in Reading".
    return not occurs(word, doc_text, AFTER_LOWERCASE)


# Nouns of quantity that open a clause with "of" and a pronoun or determiner: ", Part of
# it was transferred", ", Half of the money". A title keeps the capital after "of the"
# ("Rest of the World", "One of the Boys"); prose goes on in lowercase.
_QUANTITIES = words(
    """Part Parts Half Much None Rest Majority Bulk Dozens Hundreds Thousands Millions Tens
    Scores One Either Neither Each Any"""
)
_OF_PART = rx.lazy(
    r"[ \t]+of[ \t]+(?:(?:it|them|us|whom|which)\b"
    r"|(?:the|his|her|its|their|our|this|that|these|those)[ \t]+\p{Ll})"
)


def quantity_opener(text: str, end: int, word: str) -> bool:
    """True for a noun of quantity before "of" and a pronoun or a determiner and a
    lowercase word (", Part of it was")."""
    return word in _QUANTITIES and _OF_PART.match(text, end) is not None
