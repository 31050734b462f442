"""Spelling keys under which transliterations of one name coincide.

Russian, Ukrainian and Arabic names reach English through competing systems: Zelensky,
Zelenskyy, Zelenskiy and Zelenski are one man; so are Dmitry, Dmitriy and Dmitri, Sergei
and Sergey, al-Assad and el-Assad. ``surname_key`` maps such spellings to one key
(diacritics, ph/f, kh/h, ks/x, doubled letters, al-/el-, the -sky/-iy/-ey endings, the
vowels of an Arabic name with its article, the long "o" of a Japanese name); a
shared key is evidence of one name, still subject to the guards in ``variants``.
``given_key`` goes further for first names, which English spells several ways (Anthony
and Antony, Jon and John, Catherine and Katherine): it is only trusted when the two
first names stand before the same surname.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from mtlint import rx

_LETTERS = str.maketrans(
    {
        "ł": "l",
        "ø": "o",
        "đ": "d",
        "ð": "d",
        "þ": "th",
        "ß": "ss",
        "æ": "ae",
        "œ": "oe",
        "ı": "i",
        "’": "",
        "'": "",
        "ʼ": "",
        "‐": "-",
    }
)
ARTICLE = rx.lazy(r"^(?:al|el|ul|ad|ed|as|es|ash|at|az|an|ar|en)-(?=\p{Lu})", rx.IGNORECASE)
_DOUBLE = rx.lazy(r"(\p{L})\1+")
_SLAVIC_END = rx.lazy(r"(?<=[sc]k)(?:yy|iy|ij|ii|yi|y|i)$")
_VOWEL_END = rx.lazy(r"(?<=[^aeiouy])(?:iy|ij|ii|yy|y)$")
# A word of Japanese syllables only, in Hepburn's letters (a syllable's consonant, its
# vowel, a syllable-final "n", the first of a doubled consonant: "Satou", "Ootsuka",
# "Hattori"). Its long vowels are written "ou", "oh", doubled or not at all ("Satō",
# "Satou", "Satoh", "Sato"; "Ōtsuka", "Ootsuka", "Otsuka"): one name each.
_JAPANESE = rx.lazy(
    r"^(?:(?:[kgsztdnhbpmrfjwy]|sh|ch|ts|[kgnhbpmr]y)?(?:oh(?![aeiouy])|[aeiou])"
    r"|n(?![aeiouy])|([kstpgdbc])(?=\1)|m(?=[bp]))+$"
)
_LONG_O = rx.lazy(r"o[uh](?![aeiouy])")
_JAPANESE_MIN = 4  # shorter words ("Ou", "Kou") are too often other languages' syllables
# The short vowels of an Arabic name with its article, which English spellings render
# now as "e" and "o", now as "a" and "u" ("el-Sherif"/"al-Sharif", "el-Shorbagy").
_ARABIC_VOWELS = str.maketrans("eo", "au")
_SUBSTITUTIONS = (("ph", "f"), ("kh", "h"), ("ks", "x"), ("cks", "x"), ("tch", "ch"))
_GIVEN = (
    (rx.compile(r"(?<=[tr])h"), ""),  # Anthony/Antony, Rhonda/Ronda
    (rx.compile(r"(?<=[aeiou])h(?=[^aeiouy]|$)"), ""),  # John/Jon, Sarah/Sara
    (rx.compile(r"c(?=[aoulrt])"), "k"),  # Catherine/Katherine, Carl/Karl
    (rx.compile(r"(?<=[^aeiou])ie$"), "i"),
)


def _first_group(m: rx.Match[str]) -> str:
    return m.group(1)


def fold(word: str) -> str:
    """Casefold and drop diacritics and apostrophes: "Łukasz" -> "lukasz"."""
    if word.isascii():  # nothing to decompose: the same result, five times faster
        return word.lower().replace("'", "")
    text = unicodedata.normalize("NFKD", word.casefold().translate(_LETTERS))
    return "".join(c for c in text if not unicodedata.combining(c))


def split_article(word: str) -> tuple[str, str]:
    """("al-", "Assad") for "al-Assad" or "El-Assad"; ("", word) without an article."""
    m = ARTICLE.match(word)
    return (word[: m.end()], word[m.end() :]) if m else ("", word)


@lru_cache(maxsize=8192)
def surname_key(word: str) -> str:
    """The key shared by transliterations of one name ("Zelenskyy" -> "zelenski")."""
    article, stem = split_article(word)
    key = fold(stem)
    for old, new in _SUBSTITUTIONS:
        key = key.replace(old, new)
    # A function, not the template r"\1": a template is parsed by regex's Python half,
    # which start-up does not otherwise import (see rxbase).
    key = _DOUBLE.sub(_first_group, key)
    if len(key) >= _JAPANESE_MIN and key.isascii() and _JAPANESE.match(key):
        key = _LONG_O.sub("o", key)
    if key.endswith("ey"):
        key = key[:-1] + "i"
    else:
        key = _SLAVIC_END.sub("i", key)
        key = _VOWEL_END.sub("i", key)
    if article:
        return "al-" + key.replace("ou", "u").translate(_ARABIC_VOWELS)
    return key


@lru_cache(maxsize=8192)
def given_key(word: str) -> str:
    """A looser key for first names ("Anthony" and "Antony" -> "antoni")."""
    key = fold(word)
    for pattern, repl in _GIVEN:
        key = pattern.sub(repl, key)
    return surname_key(key)
