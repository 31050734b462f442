"""The shipped list of public figures whose surnames are common words in their language.

``rules/data/literal-surnames.yaml`` holds each person with the word's literal English
renderings ("Blinken": German "blinken", rendered "flash"); NM003 looks for those
renderings where the person should stand. Loaded once, on first use.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from mtlint import rx, yamlcache
from mtlint.errors import RuleFileError
from mtlint.records import dataclass
from mtlint.registry import builtin_data_file

try:  # optional: one pass over the text for every rendering (see rendering_starts)
    import ahocorasick

    _AC: Any = ahocorasick
except ImportError:  # pragma: no cover - exercised where the wheel is missing
    _AC = None

DATA_FILE = "literal-surnames.yaml"
LANGUAGES = {
    "de": "German",
    "es": "Spanish",
    "it": "Italian",
    "pt": "Portuguese",
    "fr": "French",
    "nl": "Dutch",
    "pl": "Polish",
    "cs": "Czech",
    "tr": "Turkish",
    "ca": "Catalan",
}


@dataclass(frozen=True, slots=True)
class Person:
    """A well-known person and the renderings of their surname seen in translations."""

    name: str
    surname: str
    language: str
    renderings: tuple[str, ...]
    strict: bool = False  # a rendering is also an adverb or verb: needs the person named

    @property
    def first(self) -> str:
        return self.name.split()[0]

    @property
    def language_name(self) -> str:
        return LANGUAGES.get(self.language, self.language)


def _person(where: str, item: object) -> Person:
    if not isinstance(item, dict):
        raise RuleFileError(f"{where}: expected a mapping per person")
    try:
        renderings = tuple(str(r).strip().lower() for r in item["renderings"])
        person = Person(
            str(item["name"]),
            str(item["surname"]),
            str(item["language"]),
            renderings,
            bool(item.get("strict", False)),
        )
    except (KeyError, TypeError) as exc:
        raise RuleFileError(f"{where}: {item!r}: missing or bad {exc}") from None
    if person.surname not in person.name.split() or not renderings:
        raise RuleFileError(f"{where}: {person.name}: surname not in the name, or no renderings")
    return person


@cache
def people() -> tuple[Person, ...]:
    path = builtin_data_file(DATA_FILE)
    try:
        data = yamlcache.load(path)  # parsed once per content, kept in the user cache
    except (OSError, yamlcache.YamlSyntaxError) as exc:
        raise RuleFileError(f"{path}: cannot load: {exc}") from None
    if not isinstance(data, list):
        raise RuleFileError(f"{path}: expected a list of people")
    return tuple(_person(str(path), item) for item in data)


@cache
def by_rendering() -> dict[str, tuple[Person, ...]]:
    out: dict[str, list[Person]] = {}
    for p in people():
        for r in p.renderings:
            out.setdefault(r, []).append(p)
    return {k: tuple(v) for k, v in out.items()}


@cache
def renderings_pattern() -> rx.Pattern[str]:
    """Any rendering as a whole word (any case; hyphenated compounds excluded)."""
    words = sorted(by_rendering(), key=len, reverse=True)
    alternatives = "|".join(rx.escape(w) for w in words)
    return rx.compile(
        rf"(?<![\p{{L}}\p{{M}}\p{{N}}_'’-])(?:{alternatives})(?![\p{{L}}\p{{M}}\p{{N}}_]|-\p{{L}})",
        rx.IGNORECASE,
    )


def is_rendering(word: str) -> bool:
    return word.lower() in by_rendering()


# Folded text as one character per character: ASCII letters kept, anything else "\x00".
_SEPARATE = bytes(c if 97 <= c <= 122 else 0 for c in range(256))


def _separated(text: str) -> str:
    """``text`` with every character but a-z turned into "\x00", in C (one byte per
    character: ``encode`` writes one "?" for each character that is not ASCII)."""
    return text.encode("ascii", "replace").translate(_SEPARATE).decode("latin-1")


@cache
def _automaton() -> Any:
    """Every rendering between two separators ("\x00flash\x00"): the automaton reports
    only whole words, not the many renderings inside other words ("along", "cooked")."""
    built = _AC.Automaton()
    for word in by_rendering():
        built.add_word(f"\x00{_separated(word)}\x00", len(word) + 1)
    built.make_automaton()
    return built


def rendering_starts(folded: str) -> list[int] | None:
    """Where a rendering starts in ``folded`` (a document's ``folded`` text) between two
    characters that are no ASCII letters, in order: every offset where
    ``renderings_pattern`` can match, since what an IGNORECASE pattern matches is a
    substring of the folded text, and only letters fold to ASCII letters. None without
    pyahocorasick.

    The search runs over ``_separated(folded)``, padded by a separator on each side, for
    the renderings separated alike: where a rendering stands between two non-letters,
    its separated form stands between two separators. (Renderings are lowercase words:
    a match is one of them; one with other characters would only add candidates.)"""
    if _AC is None:
        return None
    padded = f"\x00{_separated(folded)}\x00"
    # a match ends at its closing separator, padded offset ``end``, and its value is
    # len(word) + 1: the word starts at ``end - value`` in ``folded``
    return sorted({end - size for end, size in _automaton().iter(padded)})
