"""English word frequencies (``wordsegment``'s unigram list), shared by every rule.

As a dict the 333,000 words cost about 38 MB and parsing them most of a second, while a
run looks up a few thousand (mostly the same few hundred). So the list is laid out once
as a hash table in a table file of the user cache (see ``mtlint.tablefile``), keyed by
the source file's size and mtime and this layout's version, and each lookup reads just
its slots and record from the file. A missing, stale or damaged file is rebuilt; when the
cache cannot be written (a read-only home) the same table is kept in memory, a quarter
of the dict. Lookups give exactly the dict's answers (keys are compared byte for byte).
"""

from __future__ import annotations

import io
import math
import struct
from array import array
from collections.abc import Iterator, Mapping
from functools import cache
from importlib.util import find_spec
from pathlib import Path
from typing import TypeVar, overload

from mtlint import tablefile
from mtlint.digest import blake2b

FORMAT = 1  # bump when the table layout or hashing changes
_PREFIX = "unigrams-"
_MEMO = 1024  # answers kept; cleared when full (a run asks about a few hundred words)
_RUN = 16  # slots read at a time
_RECORD = struct.Struct("<dB")  # count, length of the key
_HEAD = _RECORD.size
_LOW = (1 << 32) - 1
_T = TypeVar("_T")


def _hash(key: bytes) -> int:
    """A hash that is the same in every process (``hash()`` of a str is salted)."""
    return int.from_bytes(blake2b(key, digest_size=8).digest(), "little")


class Lexicon(Mapping[str, float]):
    """A read-only str -> float mapping over a table file (or buffer).

    ``slots`` is an open-addressing table (linear probing) holding, for each word, its
    record's offset + 1 in the low 32 bits and 32 more bits of its key's hash above
    them, so a probe rarely reads a record that is not the one sought. ``records`` holds
    the words in the list's order, each as its count (a double), its length (a byte) and
    its UTF-8 bytes. Recent answers are memoised (a run asks for the same few words).
    """

    def __init__(self, tables: tablefile.Tables) -> None:
        self._tables = tables
        self._len = int(tables.meta["count"])
        self._longest = int(tables.meta["longest"])
        self._size = math.prod(tables.shape("slots"))
        self._memo: dict[str, float | None] = {}

    def _find(self, key: object) -> float | None:
        """The count of ``key``, or None."""
        if not isinstance(key, str):
            return None
        memo = self._memo
        if key in memo:
            return memo[key]
        if len(memo) >= _MEMO:
            memo.clear()  # bounded: flat memory however long the run
        memo[key] = found = self._lookup(key.encode("utf-8", "surrogatepass"))
        return found

    def _lookup(self, data: bytes) -> float | None:
        h = _hash(data)
        mask, tag, tables = self._size - 1, h >> 32, self._tables
        i = h & mask
        while True:
            run = array("Q", tables.read("slots", i, min(_RUN, self._size - i)))
            for v in run:
                if not v:
                    return None
                if v >> 32 == tag:
                    record = tables.read("records", (v & _LOW) - 1, _HEAD + self._longest)
                    count, length = _RECORD.unpack_from(record)
                    if record[_HEAD : _HEAD + length] == data:
                        return float(count)
            i = (i + len(run)) & mask

    def __getitem__(self, key: str) -> float:
        found = self._find(key)
        if found is None:
            raise KeyError(key)
        return found

    @overload
    def get(self, key: str, /) -> float | None: ...
    @overload
    def get(self, key: str, default: float | _T, /) -> float | _T: ...
    def get(self, key: str, default: object = None, /) -> object:
        found = self._find(key)
        return default if found is None else found

    def __contains__(self, key: object) -> bool:
        return self._find(key) is not None

    def __len__(self) -> int:
        return self._len

    def __iter__(self) -> Iterator[str]:
        records, at = self._tables.read("records"), 0
        while at < len(records):
            length = records[at + _HEAD - 1]
            yield records[at + _HEAD : at + _HEAD + length].decode("utf-8", "surrogatepass")
            at += _HEAD + length


def layout(table: Mapping[str, float]) -> tuple[dict[str, object], dict[str, int]]:
    """The sections and meta of a :class:`Lexicon` holding ``table``, in its order."""
    size = 1 << max(4, (len(table) * 3 // 2).bit_length())  # load factor <= 2/3
    slots = array("Q", bytes(8 * size))
    records = bytearray()
    longest = 0
    for word, count in table.items():
        data = word.encode("utf-8", "surrogatepass")
        if len(data) > 255:
            raise ValueError(f"a word longer than 255 bytes: {word[:20]}...")
        longest = max(longest, len(data))
        h = _hash(data)
        i = h & (size - 1)
        while slots[i]:
            i = (i + 1) & (size - 1)
        slots[i] = (h >> 32) << 32 | (len(records) + 1)
        records += _RECORD.pack(count, len(data)) + data
    if len(records) >= _LOW:
        raise ValueError("too many words for 32-bit offsets")
    sections: dict[str, object] = {"slots": slots, "records": records}
    return sections, {"count": len(table), "longest": longest}


def _cache_file(source: Path) -> Path:
    st = source.stat()
    return tablefile.cache_path("lexicon", f"{_PREFIX}{st.st_size}-{st.st_mtime_ns}-f{FORMAT}.tab")


def _source() -> Path:
    """``wordsegment``'s unigram list, beside its ``__init__``: found without importing
    the package (about 0.25% of a start-up), which is imported only to parse the list."""
    spec = find_spec("wordsegment")
    if spec is not None and spec.origin:
        source = Path(spec.origin).with_name("unigrams.txt")
        if source.is_file():
            return source
    import wordsegment

    return Path(wordsegment.Segmenter.UNIGRAMS_FILENAME)


@cache
def unigrams() -> Mapping[str, float]:
    """Lowercase word -> count in a web corpus of about a trillion words."""
    source = _source()
    target = _cache_file(source)
    tables = tablefile.open_file(target)
    if tables is not None and tables.meta.get("format") == FORMAT:
        return Lexicon(tables)
    import wordsegment

    sections, meta = layout(wordsegment.Segmenter.parse(str(source)))
    meta["format"] = FORMAT
    try:
        tablefile.save(target, sections, meta)
        tablefile.remove_stale(target, _PREFIX)
        tables = tablefile.open_file(target)
    except OSError:
        tables = None  # a read-only home costs time and memory, never correctness
    if tables is None:
        buffer = io.BytesIO()
        tablefile.dump(buffer, sections, meta)
        tables = tablefile.from_buffer(buffer.getbuffer())
    assert tables is not None
    return Lexicon(tables)


def count(word: str) -> float:
    """How often ``word`` (any case) occurs; 0 when it is not listed."""
    return unigrams().get(word.lower(), 0.0)


_ARTICLE_PREFIX = "article-words-"


@cache
def article_words() -> frozenset[str]:
    """Words that the web corpus's most frequent word pairs put after "the", "a" or "an":
    everyday nouns and adjectives ("the fox", "a fountain"), seldom a surname (no "the
    johnson"). Read from ``wordsegment``'s bigram list once (about 0.1 s), then from a
    table file of the user cache beside the unigrams' (about a millisecond)."""
    source = _source().with_name("bigrams.txt")
    try:
        st = source.stat()
    except OSError:
        return frozenset()  # no list: the rule that asks stays quiet
    target = tablefile.cache_path(
        "lexicon", f"{_ARTICLE_PREFIX}{st.st_size}-{st.st_mtime_ns}-f{FORMAT}.tab"
    )
    tables = tablefile.open_file(target)
    if tables is not None and tables.meta.get("format") == FORMAT:
        return frozenset(tables.read("words").decode("utf-8").split("\n"))
    found: set[str] = set()
    try:
        with source.open(encoding="utf-8") as lines:
            for line in lines:
                if line.startswith(("the ", "a ", "an ")):
                    found.add(line.partition("\t")[0].partition(" ")[2])
    except OSError:
        return frozenset()
    data = "\n".join(sorted(found)).encode("utf-8")
    try:
        tablefile.save(target, {"words": data}, {"format": FORMAT})
        tablefile.remove_stale(target, _ARTICLE_PREFIX)
    except OSError:
        pass  # a read-only cache costs the parse each run, never correctness
    return frozenset(found)
