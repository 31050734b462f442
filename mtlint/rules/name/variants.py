"""Which spellings of a run are variants of another, and which spelling is the right one.

Two spellings are candidates when they share a transliteration key ("Zelenski" and
"Zelensky", see ``translit``) or differ by one letter (an edit, an insertion or a swap;
same initial; both at least five letters long). Candidates come from buckets (one-letter
deletions and the two keys), so a run of any size is compared in near-linear time.
Inflections ("Russia"/"Russian"), feminine forms ("Peskov"/"Peskova"), a prefix letter
("Python"/"CPython") and a different use of capitals ("DeSantis") are distinct. A shared
first name ("Emily Horn", "Emily Horne") is strong evidence of one person and admits
shorter and commoner spellings; unrelated first names on both sides ("John Smith", "Jane
Smyth") are evidence of two people, and two well-known words ("Iran"/"Iraq") need a
shared first name. First names are compared only before the same surname ("Anthony
Blinken", "Antony Blinken") and only when they are spellings of one given name
("John"/"Jon", not "John"/"Joan").
"""

from __future__ import annotations

from collections.abc import Iterable

from mtlint.records import dataclass
from mtlint.rules.linekinds import wordset
from mtlint.rules.name.buckets import candidate_pairs, forget_keys
from mtlint.rules.name.lexicon import COMMON, KNOWN, word_count
from mtlint.rules.name.stats import NameStats, WordStats
from mtlint.rules.name.translit import fold, given_key, split_article, surname_key

ATTESTED = 20_000  # a spelling this common is a name of its own, not a slip
LEXICON_OUTWEIGHS = 2  # a known spelling wins unless outnumbered more than this many times
MIN_LENGTH = 5  # shorter words differ by one letter too often (Iran, Iraq, Mali, Bali)
INFLECTIONS = wordset("s es n an ans ns ian ians i is ese ish ic a")
GLOSSARY_REASON = "the glossary spelling"
ESTABLISHED = 3  # a spelling in this many files is no slip unless outnumbered this many times


@dataclass(frozen=True, slots=True)
class Variant:
    """``minority`` looks like a misspelling of ``dominant`` (the spelling to use)."""

    minority: str
    dominant: str
    shown: tuple[str, str]  # the forms a message quotes ("Emily Horn", "Emily Horne")
    kind: str  # "transliteration", "misspelling" or "first name"
    before: tuple[str, ...]  # only mentions right after one of these words (empty: any)
    after: tuple[str, ...]  # only mentions right before one of these words (empty: any)
    counts: tuple[int, int, int, int]  # minority mentions, files; dominant mentions, files
    reasons: tuple[str, ...]  # why the dominant spelling won
    tie: bool  # the dominant spelling has no more mentions: the choice is a guess

    @property
    def glossary(self) -> bool:
        """The dominant spelling is the names glossary's."""
        return self.reasons == (GLOSSARY_REASON,)


@dataclass(frozen=True, slots=True)
class NameIndex:
    """Every variant of a run (or of one document), sorted: small and deterministic."""

    variants: tuple[Variant, ...]
    files: int


@dataclass(frozen=True, slots=True)
class Canon:
    """What the glossary tells the clustering: its spellings and their neighbours."""

    words: frozenset[str] = frozenset()
    fulls: frozenset[tuple[str, str]] = frozenset()
    listed: frozenset[str] = frozenset()  # known variants: reported by the glossary rule


@dataclass
class _Side:
    """One spelling of a name pair, with the evidence about it."""

    text: str
    stats: WordStats
    glossary: bool

    @property
    def known(self) -> bool:
        return word_count(self.text) > 0

    @property
    def given_name(self) -> bool:
        """Mostly used as a first name ("Giorgia Meloni", "José María Aznar")."""
        s = self.stats
        if s.mentions == 0:  # a glossary word: a first name when a surname follows it
            return bool(s.after) and not s.before
        return 2 * sum(s.after.values()) > s.mentions


def is_inflection(x: str, y: str) -> bool:
    short, long = sorted((x, y), key=len)
    if long.startswith(short) and long[len(short) :] in INFLECTIONS:
        return True
    # Feminine or other gendered endings: "Zelensky"/"Zelenska", "Mario"/"Maria".
    return len(x) == len(y) and x[:-1] == y[:-1] and "a" in (x[-1], y[-1])


def _different(left: Iterable[str], right: Iterable[str]) -> bool:
    """Both sides have neighbouring names and none could be the same name spelled
    differently ("Volodymyr"/"Volodimir" could: the first three letters agree)."""
    lf, rg = {x[:3].casefold() for x in left}, {y[:3].casefold() for y in right}
    return bool(lf and rg and not lf & rg)


def one_slip(x: str, y: str) -> bool:
    """One edit or swap apart, with the same initial: a slip keeps the first letter
    ("Blinkin"), another name often does not ("Dallas"/"Kallas", "Yellen"/"Bellen")."""
    from rapidfuzz.distance import OSA  # lazy: only runs with candidate pairs

    return x[:1] == y[:1] and OSA.distance(x, y, score_cutoff=1) <= 1


def _surname_kind(a: _Side, b: _Side) -> str | None:
    """How ``a`` and ``b`` are one word spelled two ways, or None."""
    art_a, stem_a = split_article(a.text)
    art_b, stem_b = split_article(b.text)
    x, y = fold(stem_a), fold(stem_b)
    same_key = surname_key(a.text) == surname_key(b.text)
    if bool(art_a) != bool(art_b) or is_inflection(x, y):
        return None
    if (x[1:] == y or y[1:] == x) and not same_key:
        return None  # "Python"/"CPython"; "Ootsuka"/"Otsuka" is a doubled letter
    if a.text.replace("’", "'") == b.text.replace("’", "'"):
        return None  # "O’Brien"/"O'Brien": a typographic choice, not another spelling
    if sum(map(str.isupper, stem_a)) != sum(map(str.isupper, stem_b)):
        return None  # "DeSantis"/"Desantis": capitals mark another name or another rule
    if a.given_name or b.given_name:
        return None  # first names are compared before a shared surname ("Giorgia Meloni")
    shared_first = bool(set(a.stats.before) & set(b.stats.before))
    if same_key:
        kind = "transliteration"
    elif min(len(x), len(y)) >= (4 if shared_first else MIN_LENGTH) and one_slip(x, y):
        kind = "misspelling"
    else:
        return None
    if not shared_first:
        if _different(a.stats.before, b.stats.before) or _different(a.stats.after, b.stats.after):
            return None  # "Hasan Minhaj" and "Hassan Rouhani", "Tomás Quintero": two people
        if min(word_count(a.text), word_count(b.text)) >= KNOWN:
            return None  # well-known words or names both: "Iran"/"Iraq", "Paris"/"Parris"
        bare = not (a.stats.before or a.stats.after) or not (b.stats.before or b.stats.after)
        if kind == "misspelling" and bare and min(map(word_count, (a.text, b.text))) >= ATTESTED:
            return None  # "Marija" alone and "Maria": two attested names, likely two people
    return kind


def _rank(side: _Side, mentions: int, files: int) -> tuple[int, int, int, int, int, int]:
    s = side.stats
    sky = int(side.text.casefold().endswith("sky"))
    return (int(side.glossary), mentions, files, s.full, sky, -s.first[0] * 10**9 - s.first[1])


def _dominates(a: _Side, ca: tuple[int, int], b: _Side, cb: tuple[int, int]) -> bool:
    """True when ``a`` (with ``ca`` = mentions, files) is the better spelling of the two.

    The glossary wins; a spelling the lexicon knows beats one it does not ("Blinken" over
    "Blinkin") unless outnumbered more than two to one; then mentions, files, the
    full-name form, -sky and the first use decide.
    """
    if a.glossary != b.glossary:
        return a.glossary
    if a.known != b.known:
        return ca[0] * LEXICON_OUTWEIGHS >= cb[0] if a.known else ca[0] > LEXICON_OUTWEIGHS * cb[0]
    return _rank(a, *ca) > _rank(b, *cb)


def _reasons(d: _Side, cd: tuple[int, int], m: _Side, cm: tuple[int, int]) -> tuple[str, ...]:
    if d.glossary:
        return (GLOSSARY_REASON,)
    out = []
    if d.known and not m.known:
        out.append("known to the lexicon")
    if cd[0] > cm[0]:
        out.append("more mentions")
    if cd[1] > cm[1]:
        out.append("more files")
    if d.stats.full > m.stats.full:
        out.append("full-name form")
    return tuple(out) or ("used first",)


def _names(stats: NameStats, canon: Canon) -> tuple[list[str], dict[str, WordStats]]:
    """The spellings to compare (the name-like ones and the glossary's), and the stats of
    the glossary's (empty ones for a word the run does not use name-like), its own first
    names and surnames noted in them."""
    names = stats.name_like()
    kept = set(names)
    glossary = {
        w: stats.word(w) if w in kept else WordStats(first=(1 << 30, 0)) for w in canon.words
    }
    names.extend(w for w in canon.words if w not in kept)
    for first, last in canon.fulls:
        glossary[last].before[first] += 0
        glossary[first].after[last] += 0
    return names, glossary


def _full_counts(stats: NameStats, first: str, lasts: Iterable[str]) -> tuple[int, int]:
    rows = [stats.fulls.get((first, last), [0, 0]) for last in lasts]
    return sum(r[0] for r in rows), sum(r[1] for r in rows)


def _first_counts(stats: NameStats, firsts: Iterable[str], last: str) -> tuple[int, int]:
    rows = [stats.fulls.get((first, last), [0, 0]) for first in firsts]
    return sum(r[0] for r in rows), sum(r[1] for r in rows)


def _judge(a: _Side, b: _Side, stats: NameStats, canon: Canon) -> Variant | None:
    """The variant ``a`` and ``b`` form (minority first), or None."""
    kind = _surname_kind(a, b)
    before: tuple[str, ...] = ()
    after: tuple[str, ...] = ()
    if kind is not None:
        ca = a.stats.mentions, a.stats.files
        cb = b.stats.mentions, b.stats.files
    else:
        lasts = sorted(set(a.stats.after) & set(b.stats.after))
        fa, fb = fold(a.text), fold(b.text)
        if not lasts or (fa == fb and (a.text.isascii() or b.text.isascii())):
            return None  # "Jose"/"José": the accent dropped ("Sören"/"Søren": another letter)
        if given_key(a.text) != given_key(b.text) and (
            min(word_count(a.text), word_count(b.text)) > 0 or not one_slip(fa, fb)
        ):
            return None  # "John"/"Joan Smith": two given names; "Volodimir": one misspelt
        if is_inflection(fa, fb):
            return None  # "Mario"/"Maria": two people of one family
        kind, after = "first name", tuple(lasts)
        ca, cb = _full_counts(stats, a.text, lasts), _full_counts(stats, b.text, lasts)
    d, cd, m, cm = (a, ca, b, cb) if _dominates(a, ca, b, cb) else (b, cb, a, ca)
    if m.glossary or m.text in canon.listed:
        return None  # a glossary name is never a variant; a listed one is the glossary's
    if (
        kind == "misspelling"
        and cm[1] >= ESTABLISHED
        and cd[0] < ESTABLISHED * cm[0]
        and (not d.glossary)
    ):
        return None  # used in several files and not rare: a name of its own, not a slip
    shown = (m.text, d.text)
    if kind != "first name" and word_count(m.text) >= COMMON:
        before = tuple(sorted(set(m.stats.before) & set(d.stats.before)))
        if not before:
            return None  # an everyday word ("Marine") needs a shared first name
        first = max(before, key=lambda f: m.stats.before[f])
        shown = (f"{first} {m.text}", f"{first} {d.text}")
        cm = _first_counts(stats, before, m.text)
        cd = _first_counts(stats, before, d.text)
    if after:
        shown = (f"{m.text} {after[0]}", f"{d.text} {after[0]}")
    return Variant(
        minority=m.text,
        dominant=d.text,
        shown=shown,
        kind=kind,
        before=before,
        after=after,
        counts=(cm[0], cm[1], cd[0], cd[1]),
        reasons=_reasons(d, cd, m, cm),
        tie=not d.glossary and cd[0] <= cm[0],
    )


def find_variants(stats: NameStats, canon: Canon = Canon()) -> NameIndex:
    """Every spelling that has a better variant, with the best one."""
    names, glossary = _names(stats, canon)
    # Sides only for the spellings paired with another: most spellings have no candidate.
    pool: dict[str, _Side] = {}
    best: dict[str, tuple[tuple[int, ...], Variant]] = {}
    for x, y in candidate_pairs(names):
        for w in (x, y):
            if w not in pool:
                found = glossary.get(w)
                pool[w] = _Side(w, stats.word(w) if found is None else found, found is not None)
        v = _judge(pool[x], pool[y], stats, canon)
        if v is None:
            continue
        d = pool[v.dominant]
        rank = (int(v.kind != "first name"), *_rank(d, v.counts[2], v.counts[3]))
        if v.minority not in best or rank > best[v.minority][0]:
            best[v.minority] = (rank, v)
    if stats.files > 1:
        forget_keys()
    return NameIndex(tuple(v for _, (_, v) in sorted(best.items())), stats.files)
