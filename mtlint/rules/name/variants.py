"""Cluster name mentions into spellings and find spellings that are variants of another.

Two spellings are variants when they differ by one letter (an edit, an insertion or a
swap; both at least five letters long), or only in a Slavic ending (-sky, -ski, -skyy).
Inflections ("Russia"/"Russian", "Paul"/"Pauls"), feminine forms ("Peskov"/"Peskova",
"Zelensky"/"Zelenska") and pairs of well-known words ("Iran"/"Iraq", "Jordan"/"Gordon")
are distinct. A shared first name ("Emily Horn", "Emily Horne") is strong evidence of
one person and admits shorter and commoner spellings; unrelated first names on both
sides ("John Smith", "Jane Smyth") are evidence of two people when the lexicon knows
both spellings (an unknown one is most likely a misspelling). An everyday word is never
reported as the misspelling of a name without a shared first name.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import regex

from mtlint.rules.linekinds import wordset
from mtlint.rules.name.lexicon import COMMON, KNOWN, word_count
from mtlint.rules.name.mentions import Mention

LEXICON_OUTWEIGHS = 2  # a known spelling wins unless outnumbered more than this many times
MIN_LENGTH = 5  # shorter words differ by one letter too often (Iran, Iraq, Mali, Bali)
INFLECTIONS = wordset("s es n an ans ns ian ians i is ese ish ic a")
_SLAVIC = regex.compile(r"^(\p{L}{3,}?)(sk(?:yy|iy|yi|ij|ii|y|i))$")
# Capitalised words before a surname that are not a first name: titles, places, articles.
NOT_FIRST_NAMES = wordset(
    """the a an in on at of for from to by with and but or as if so this that these those
    his her its their our my your mr mrs ms dr sir lord lady dame king queen prince princess
    pope president vice prime minister secretary senator sen rep representative governor
    gov mayor judge justice chief deputy general gen colonel col captain capt sergeant
    officer agent director chairman chairwoman spokesman spokeswoman ambassador chancellor
    premier sheikh emir sultan saint st san santa los las new old north south east west
    northern southern eastern western central upper lower great little big grand high
    white black red blue green golden silver royal holy united national federal state city
    county fort port lake mount cape river air wall main first last when after before
    while during since until monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december"""
)


def _is_name(word: str | None) -> bool:
    return word is not None and word.casefold() not in NOT_FIRST_NAMES


@dataclass
class Spelling:
    """All mentions of one exact spelling, with the evidence about them."""

    text: str
    mentions: list[Mention] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.mentions)

    @property
    def first_names(self) -> set[str]:
        return {m.before for m in self.mentions if m.before is not None and _is_name(m.before)}

    @property
    def next_names(self) -> set[str]:
        return {m.after for m in self.mentions if m.after is not None and _is_name(m.after)}

    @property
    def lexicon(self) -> float:
        return word_count(self.text)

    def score(self) -> tuple[int, int, int, int]:
        """Dominance: mentions, full-name mentions, -sky, earliest.

        The lexicon is no tie-breaker between two known names: "Raimi" is commoner on the
        web than "Rahimi" only because a film director is famous.
        """
        full = sum(1 for m in self.mentions if _is_name(m.before))
        sky = int(self.text.casefold().endswith("sky"))
        return (self.count, full, sky, -self.mentions[0].span.start)


def dominates(a: Spelling, b: Spelling) -> bool:
    """True when ``a`` is the better spelling of the two.

    A spelling the web corpus knows beats one it does not ("Blinken" over "Blinkin")
    unless it is outnumbered more than two to one; otherwise mentions decide, then the
    spelling used with a first name, then -sky, then the first one used.
    """
    known_a, known_b = a.lexicon > 0, b.lexicon > 0
    if known_a != known_b:
        if known_a:
            return b.count <= LEXICON_OUTWEIGHS * a.count
        return a.count > LEXICON_OUTWEIGHS * b.count
    return a.score() > b.score()


@dataclass(frozen=True, slots=True)
class Variant:
    """``minority`` looks like a misspelling of ``dominant``."""

    minority: Spelling
    dominant: Spelling
    tie: bool  # ``dominant`` has no more mentions than ``minority``: the choice is a guess


def spellings(mentions: Iterable[Mention]) -> list[Spelling]:
    """Group mentions by spelling; keep a spelling when it is surely a name.

    A spelling counts when one of its mentions is capitalised mid-sentence, or when the
    word is not an everyday English word (so a sentence-initial "Zelenski" counts).
    """
    groups: dict[str, Spelling] = {}
    for m in mentions:
        groups.setdefault(m.spelling, Spelling(m.spelling)).mentions.append(m)
    return [
        s for s in groups.values()
        if any(not m.initial for m in s.mentions) or s.lexicon < COMMON
    ]


def osa_distance_at_most_one(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by at most one edit or one adjacent swap."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    i = 0
    while i < min(la, lb) and a[i] == b[i]:
        i += 1
    if la == lb:
        if a[i + 1 :] == b[i + 1 :]:
            return True
        return i + 1 < la and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :]
    if la > lb:
        return a[i + 1 :] == b[i:]
    return b[i + 1 :] == a[i:]


def _slavic_stem(word: str) -> str | None:
    m = _SLAVIC.match(word)
    return m.group(1) if m else None


def _is_inflection(x: str, y: str) -> bool:
    short, long = sorted((x, y), key=len)
    if long.startswith(short) and long[len(short) :] in INFLECTIONS:
        return True
    # Feminine or other gendered endings: "Zelensky"/"Zelenska", "Mario"/"Maria".
    return len(x) == len(y) and x[:-1] == y[:-1] and "a" in (x[-1], y[-1])


def _different(left: set[str], right: set[str]) -> bool:
    """Both sides have neighbouring names and none could be the same name spelled
    differently ("Volodymyr"/"Volodimir" could: the first three letters agree)."""
    if not left or not right:
        return False
    return not any(x[:3].casefold() == y[:3].casefold() for x in left for y in right)


def is_variant_pair(a: Spelling, b: Spelling) -> bool:
    x, y = a.text.casefold(), b.text.casefold()
    if x == y or _is_inflection(x, y) or x[1:] == y or y[1:] == x:
        return False  # "Python"/"CPython": a prefix letter makes another name
    if sum(map(str.isupper, a.text)) != sum(map(str.isupper, b.text)):
        return False  # "DeSantis"/"Desantis": capitals mark another name or another rule
    stem = _slavic_stem(x)
    slavic = stem is not None and stem == _slavic_stem(y)
    close = osa_distance_at_most_one(x, y)
    shared_first = bool(a.first_names & b.first_names)
    if not (slavic or (close and min(len(x), len(y)) >= (4 if shared_first else MIN_LENGTH))):
        return False
    if not shared_first:
        both_known = a.lexicon > 0 and b.lexicon > 0
        if both_known and (
            _different(a.first_names, b.first_names) or _different(a.next_names, b.next_names)
        ):
            return False  # "Hasan Minhaj" and "Hassan Rouhani": two people
        if min(a.lexicon, b.lexicon) >= KNOWN:
            return False  # well-known words or names both: "Iran"/"Iraq", "Paris"/"Parris"
    return True


def _keys(word: str) -> Iterable[str]:
    yield word
    for i in range(len(word)):
        yield word[:i] + word[i + 1 :]
    stem = _slavic_stem(word)
    if stem is not None:
        yield f"{stem}\x00sky"


def find_variants(mentions: Sequence[Mention]) -> list[Variant]:
    """Every spelling that has a more dominant variant, with the most dominant one."""
    pool = spellings(mentions)
    buckets: dict[str, list[int]] = defaultdict(list)
    for i, s in enumerate(pool):
        for key in set(_keys(s.text.casefold())):
            buckets[key].append(i)
    partners: dict[int, set[int]] = defaultdict(set)
    checked: set[tuple[int, int]] = set()
    for members in buckets.values():
        for i in members:
            for j in members:
                if i >= j or (i, j) in checked:
                    continue
                checked.add((i, j))
                if is_variant_pair(pool[i], pool[j]):
                    partners[i].add(j)
                    partners[j].add(i)
    out: list[Variant] = []
    for i, others in partners.items():
        s = pool[i]
        better = [pool[j] for j in others if dominates(pool[j], s)]
        if not better:
            continue
        best = max(better, key=Spelling.score)
        if s.lexicon >= COMMON and not s.first_names & best.first_names:
            continue  # an everyday word ("Marine") needs a shared first name to be a variant
        out.append(Variant(s, best, tie=best.count <= s.count))
    return out
