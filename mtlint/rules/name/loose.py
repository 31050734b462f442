"""Full names of one document spelled by two transliteration systems ("Hristo Zhelyazkov",
"Hristo Jeliazkov"; "Tanvir Hossain", "Tanveer Hussain", "Tanbir Hosen").

``translit`` keys a word alone, so its keys must stay tight (a run shares them across
files). A whole name is stronger evidence: two people of one document seldom share a
surname *and* a first name that sound alike. ``loose_key`` is a sound key (zh/dzh/dj
and j, kh and h, w and v, b and v, q and k, y and i, ai and e, umlauts written out, the
vowels in three classes, doubled letters); two full names with equal keys on both
words are one person when one spelling has a rare word (no two well-known names:
"Lena"/"Lina Meyer", "Dan"/"Don Smith") and no word pair is an inflection
("Mario"/"Maria"). The spelling with more mentions is the right one; a tie says
nothing. An English form of a first name ("Peter Casals") beside the document's own
form ("Pere Casals") is a translated name.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import lru_cache
from itertools import compress
from operator import itemgetter

from mtlint.records import dataclass
from mtlint.rules.name.lexicon import COMMON, KNOWN, word_count
from mtlint.rules.name.mentions import Plain
from mtlint.rules.name.stats import is_name_word
from mtlint.rules.name.translit import fold, surname_key
from mtlint.rules.name.variants import is_inflection, one_slip

_DIGRAPHS = (
    ("dzh", "j"),
    ("zh", "j"),
    ("dj", "j"),
    ("tch", "ch"),
    ("kh", "h"),
    ("ph", "f"),
    ("ck", "k"),
    ("q", "k"),
    ("w", "v"),
    ("b", "v"),
    ("y", "i"),
    ("ai", "e"),
    ("ei", "e"),
    ("ae", "e"),  # the umlauts written out: Maerz, Soeren, Mueller
    ("oe", "o"),
    ("ue", "u"),
)
_VOWELS = str.maketrans("eo", "iu")
# A given name and its forms in other languages, English first: an engine that anglicises
# "Pere Casals" to "Peter Casals" once leaves one person with two names. Names that are
# another given name in English too ("Joan", "Jean", "Jan", "Andrea", "Maria") are left out.
_EXONYMS = (
    "Peter Pere Pierre Pedro Pietro Piotr Pyotr Petr Petar Pieter",
    "John Juan Johann Johannes Giovanni Ivan João",
    "Joseph Josep José Giuseppe Józef Josef Iosif",
    "George Jordi Jorge Giorgio Georg Georgi Georgios",
    "Michael Miquel Miguel Michel Michele Michał Mikhail Mihail",
    "William Guillem Guillermo Guillaume Wilhelm Guglielmo",
    "Charles Carles Carlos Carlo Karol",
    "James Jaume Jaime Jacques Giacomo",
    "Francis Francesc Francisco François Francesco Franz Franciszek",
    "Anthony Antoni Antonio Antoine",
    "Stephen Esteve Esteban Stéphane Stefano",
    "Andrew Andreu Andrés André Andreas Andrzej Andrei",
    "Paul Pau Pablo Paolo Pavel Paweł",
    "Nicholas Nicolau Nicolás Nicolas Nikolai Nikolaos",
    "Henry Enric Enrique Henri Enrico Heinrich",
    "Matthew Mateu Mateo Matthieu Matteo",
    "Thomas Tomàs Tomás Tommaso Tomasz",
    "Vincent Vicent Vicente Vincenzo",
    "Lawrence Llorenç Lorenzo Laurent",
)
_ENGLISH = frozenset(words.split()[0] for words in _EXONYMS)
_EXONYM = {w: words.split()[0] for words in _EXONYMS for w in words.split()}
MIN_KEY = 4  # shorter keys ("li", "van") match too many names


@lru_cache(maxsize=2048)
def loose_key(word: str) -> str:
    """A sound key: "Zhelyazkov" and "Jeliazkov" -> "jiliazkuv"; "" for a non-word."""
    key = fold(word)
    if not key.isalpha() or not key.isascii():
        return ""
    for old, new in _DIGRAPHS:
        key = key.replace(old, new)
    key = key.translate(_VOWELS)
    return "".join(c for i, c in enumerate(key) if not i or key[i - 1] != c)


@dataclass(frozen=True, slots=True)
class LooseVariant:
    """A mention of ``minority`` (first, last), better spelled ``dominant``."""

    start: int
    end: int
    minority: tuple[str, str]
    dominant: tuple[str, str]
    counts: tuple[int, int]  # full-name mentions: minority, dominant
    kind: str  # "transliteration" or "translation" (an English form of a first name)


def _pair_ok(x: str, y: str) -> bool:
    """Whether two spellings of one word of a name may be one name: equal, or not an
    inflection and not two everyday words."""
    if x == y:
        return True
    if is_inflection(fold(x), fold(y)):
        return False
    return min(word_count(x), word_count(y)) < COMMON


def _rare(x: str, y: str) -> bool:
    """The pair differs and one spelling is no well-known word or name."""
    return x != y and min(word_count(x), word_count(y)) < KNOWN


@lru_cache(maxsize=2048)
def _first_key(word: str) -> str:
    """The sound key of a first name; one key for the forms of one given name."""
    found = _EXONYM.get(word)
    return "=" + found if found is not None else loose_key(word)


def _one_person(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Whether two full names with one sound key spell one person's name."""
    if fold(a[0]) == fold(b[0]) and fold(a[1]) == fold(b[1]):
        return False  # diacritics only: NM001's
    if not (_pair_ok(a[0], b[0]) and _pair_ok(a[1], b[1])):
        return False
    if _slip(a[0], b[0]) and _slip(a[1], b[1]):
        return False  # "Daniel Addeyemi": a doubled letter or a slip, NM001's
    return _rare(a[0], b[0]) or _rare(a[1], b[1])


def _slip(x: str, y: str) -> bool:
    """Equal, or NM001's kind of variant: one transliteration key, or one edit apart."""
    return x == y or surname_key(x) == surname_key(y) or one_slip(fold(x), fold(y))


Spans = dict[tuple[str, str], list[tuple[int, int]]]


def _translated(members: list[tuple[str, str]], spans: Spans) -> Iterator[LooseVariant]:
    """The English forms ("Peter Casals") of a first name the document also gives in
    its own language ("Pere Casals", the most mentioned such form): that one wins."""
    native = [f for f in members if f[0] not in _ENGLISH]
    if not native:
        return
    best = max(native, key=lambda f: len(spans[f]))
    for full in members:
        if full[0] in _ENGLISH and full[1] == best[1]:
            counts = (len(spans[full]), len(spans[best]))
            for start, end in spans[full]:
                yield LooseVariant(start, end, full, best, counts, "translation")


def _transliterated(members: list[tuple[str, str]], spans: Spans) -> Iterator[LooseVariant]:
    """The rarer spellings of the most mentioned full name (no report on a tie)."""
    best = max(members, key=lambda f: len(spans[f]))
    top = len(spans[best])
    if sum(len(spans[f]) == top for f in members) > 1:
        return  # a tie: no spelling is the document's
    for full in members:
        if full != best and _one_person(full, best):
            counts = (len(spans[full]), top)
            for start, end in spans[full]:
                yield LooseVariant(start, end, full, best, counts, "transliteration")


Groups = dict[tuple[str, str], list[tuple[str, str]]]


def candidates(rows: Sequence[Plain]) -> Groups:
    """The full names (first word, word) of ``rows`` by sound key, only the keys that two
    or more of them share.

    Every capitalised word of every document passes here: the distinct pairs and their
    keys are taken in C, and only a document with two full names of one key looks at
    them one by one."""
    named = list(compress(rows, map(itemgetter(3), rows)))  # with a word before
    distinct = list(set(zip(map(itemgetter(3), named), map(itemgetter(0), named), strict=True)))
    keys = list(
        zip(
            map(_first_key, map(itemgetter(0), distinct)),
            map(loose_key, map(itemgetter(1), distinct)),
            strict=True,
        )
    )
    if len(set(keys)) == len(keys):
        return {}  # no two full names share a key: the usual case
    groups: Groups = {}
    for (before, word), (k1, k2) in zip(distinct, keys, strict=True):
        if len(k1) >= 3 and len(k2) >= MIN_KEY and is_name_word(before):
            groups.setdefault((k1, k2), []).append((before, word))
    return {k: sorted(v) for k, v in groups.items() if len(v) > 1}


def loose_variants(text: str, rows: Sequence[Plain], groups: Groups) -> Iterator[LooseVariant]:
    """The mentions of full names that another full name of ``rows`` spells better
    (``groups``: the ``candidates`` of ``rows``)."""
    if not groups:
        return
    pairs = {full for members in groups.values() for full in members}
    spans: Spans = {}
    for word, start, end, before, _ in rows:
        if before is None or (before, word) not in pairs:
            continue
        first = start - 1 - len(before)
        if text[start - 1] == " " and text[first : start - 1] == before:
            spans.setdefault((before, word), []).append((first, end))  # no initial between
    for (k1, _), members in sorted(groups.items()):
        found = [f for f in members if f in spans]
        if len(found) > 1:
            find = _translated if k1.startswith("=") else _transliterated
            yield from find(found, spans)
