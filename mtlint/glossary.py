"""The names glossary: a project's canonical spellings and the variants it rejects.

The config key ``glossary`` names a YAML file holding a list; each item is a canonical
name, as a string or as a mapping with known variants::

    - Antony Blinken
    - name: Volodymyr Zelensky
      variants: [Zelenskiy, Zelenski, Zelenskyy, Volodimir Zelensky]

A listed variant is an error (NM002, fixed to the canonical form); a glossary name is
never reported as a variant of another spelling (NM001), and wins over any spelling it is
a variant of. Files are parsed once per run and validated strictly: a bad file is a
``ConfigError`` naming the file and the problem.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from mtlint import rx
from mtlint.errors import ConfigError
from mtlint.records import dataclass

_NAME = rx.lazy(r"^\p{L}[\p{L}\p{M}.'’-]*(?: \p{L}[\p{L}\p{M}.'’-]*)*$")
_KEYS = frozenset({"name", "variants"})
INDEX_KEY = "glossary"  # the corpus index (``mtlint.corpus``) through which rules read it


@dataclass(frozen=True, slots=True)
class Entry:
    """A name as the glossary spells it, and variants it accepts."""

    name: str
    variants: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Glossary:
    """Entries in file order; ``merged`` joins the glossaries of several configs."""

    entries: tuple[Entry, ...] = ()

    def canonical(self, variant: str) -> str | None:
        """The canonical name a listed variant belongs to."""
        for entry in self.entries:
            if variant in entry.variants:
                return entry.name
        return None

    @staticmethod
    def merged(parts: list[Glossary]) -> Glossary:
        seen: dict[str, Entry] = {}
        for g in parts:
            for e in g.entries:
                seen.setdefault(e.name, e)
        return Glossary(tuple(seen[k] for k in sorted(seen)))


def _name(where: str, value: Any, what: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"{where}: {what}: expected a non-empty string")
    text = " ".join(value.split())
    if not _NAME.match(text):
        raise ConfigError(f"{where}: {what}: {text!r} is not a name (letters, spaces, . ' -)")
    return text


def _entry(where: str, i: int, item: Any) -> Entry:
    at = f"entry {i + 1}"
    if isinstance(item, str):
        return Entry(_name(where, item, at))
    if not isinstance(item, dict):
        raise ConfigError(f"{where}: {at}: expected a name or a mapping with 'name'")
    unknown = sorted(set(map(str, item)) - _KEYS)
    if unknown:
        raise ConfigError(f"{where}: {at}: {unknown[0]}: unknown key (expected name, variants)")
    if "name" not in item:
        raise ConfigError(f"{where}: {at}: missing 'name'")
    name = _name(where, item["name"], f"{at}: name")
    raw = item.get("variants") or []
    if isinstance(raw, str):
        raw = [raw]
    if not isinstance(raw, list):
        raise ConfigError(f"{where}: {name}: variants: expected a list of spellings")
    variants = tuple(dict.fromkeys(_name(where, v, f"{name}: variants") for v in raw))
    if name in variants:
        raise ConfigError(f"{where}: {name}: the name is listed among its own variants")
    return Entry(name, variants)


def parse_glossary(data: Any, where: str) -> Glossary:
    if data is None:
        return Glossary()
    if not isinstance(data, list):
        raise ConfigError(f"{where}: expected a list of names at the top level")
    entries = [_entry(where, i, item) for i, item in enumerate(data)]
    names: dict[str, str] = {}
    for e in entries:
        if e.name in names:
            raise ConfigError(f"{where}: {e.name}: listed twice")
        names[e.name] = e.name
        for word in e.name.split():
            names.setdefault(word, e.name)
    owner: dict[str, str] = {}
    for e in entries:
        for v in e.variants:
            if v in e.name.split():
                raise ConfigError(f"{where}: {e.name}: variant {v!r} is part of the name")
            if v in names and names[v] != e.name:
                raise ConfigError(
                    f"{where}: {e.name}: variant {v!r} is spelled as the glossary name {names[v]!r}"
                )
            if v in owner:
                raise ConfigError(
                    f"{where}: {e.name}: variant {v!r} is also a variant of {owner[v]!r}"
                )
            owner[v] = e.name
    return Glossary(tuple(entries))


def load_glossary(path: Path) -> Glossary:
    """Read and validate a glossary file (cached by path, size and mtime)."""
    try:
        st = path.stat()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read glossary: {exc.strerror or exc}") from None
    return _load(path, st.st_size, st.st_mtime_ns)


@lru_cache(maxsize=16)
def _load(path: Path, _size: int, _mtime: int) -> Glossary:
    where = str(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{where}: cannot read glossary: {exc}") from None
    import yaml  # here: most runs have no glossary

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: 10x faster
    try:
        data = yaml.load(raw, Loader=loader)
    except yaml.YAMLError as exc:
        raise ConfigError(f"{where}: invalid YAML: {' '.join(str(exc).split())}") from None
    return parse_glossary(data, where)


def glossary_index(glossaries: Iterable[Path | None]) -> dict[str, object]:
    """The corpus index entry for the glossaries of a run's configs (empty without any).

    Rules get no config; the glossary reaches them as a published index. Several configs
    in one run with different glossaries are merged (first entry of a name wins).
    """
    paths = sorted({p for p in glossaries if p is not None})
    if not paths:
        return {}
    return {INDEX_KEY: Glossary.merged([load_glossary(p) for p in paths])}


def published() -> Glossary | None:
    from mtlint import corpus

    value = corpus.index(INDEX_KEY)
    return value if isinstance(value, Glossary) else None
