"""``regex`` patterns whose compiled form is kept in the user cache across runs.

The ``regex`` module parses and optimises a pattern in pure Python before handing a
list of opcodes to its C engine; for the few hundred patterns of the built-in rules that
costs most of a start-up (about 0.4 s). ``compile`` keeps those opcodes, keyed by the
pattern, its flags and its named lists, in a table in the user cache (see usercache),
so that a later run only makes the C call, and does not even import ``regex`` (see
rxbase, whose flags and ``escape`` are re-exported here for the rule modules). The table
is named after mtlint's version, the installed ``regex`` files (sizes and times) and
Python's version, so an upgrade starts a fresh one. The opcodes are recorded by running
``regex``'s own compiler with its C module swapped for a recorder, in a copy of the
compiler function, so that the ``regex`` module itself is never patched; where its
internals are not the expected ones, patterns are compiled as usual and nothing is kept.
"""

from __future__ import annotations

import re
import sys
import threading
import types
from array import array
from collections.abc import Callable, Hashable, Iterable, Mapping
from functools import cache
from typing import TYPE_CHECKING, Any

from mtlint import __version__
from mtlint.rxbase import (
    ASCII,
    DEBUG,
    DOTALL,
    ENGINE,
    IGNORECASE,
    LOCALE,
    MULTILINE,
    TEMPLATE,
    UNICODE,
    V0,
    V1,
    VERBOSE,
    VERSION0,
    VERSION1,
    default_version,
    escape,
)
from mtlint.rxlazy import lazy
from mtlint.usercache import Table

if TYPE_CHECKING:
    from regex import Match, Pattern

FORMAT = 3
CAP = 1000  # patterns kept in the table: this run's first, then older ones
_UNCACHED_FLAGS = LOCALE | DEBUG | TEMPLATE  # depend on more than the key

Args = tuple[Any, ...]


def lib() -> types.ModuleType:
    """The ``regex`` module, imported on first use: for patterns built per document
    (they would crowd the table) and for compiling a pattern the table does not hold."""
    import regex

    return regex


def _table_name() -> str:
    engine, stamp = ENGINE or (None, "none")
    magic = f"{getattr(engine, 'MAGIC', 0)}-{getattr(engine, 'CODE_SIZE', 0)}"
    tag = sys.implementation.cache_tag
    return f"patterns-{__version__}-{stamp}-{magic}-{tag}-f{FORMAT}"


def _re_table_name() -> str:
    engine = getattr(re, "_compiler", None)
    magic = f"{getattr(getattr(engine, '_sre', None), 'MAGIC', 0)}"
    python = f"{sys.version.split()[0]}-{sys.implementation.cache_tag}"
    return f"re-{__version__}-{python}-{magic}-f{FORMAT}"


class _Recorder:
    """Stands in for ``regex``'s C module: passes calls on and keeps ``compile``'s."""

    def __init__(self, engine: Any) -> None:
        self.engine = engine
        self.calls: list[tuple[Args, Any]] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self.engine, name)

    def compile(self, *args: Any) -> Any:
        result = self.engine.compile(*args)
        self.calls.append((args, result))
        return result


def _recording_compiler(module: Any, function: str, engine_name: str) -> _Recording | None:
    """A copy of ``module.function`` whose C module ``engine_name`` is a recorder; None
    if the internals are not the expected ones."""
    original = getattr(module, function, None)
    engine = getattr(module, engine_name, None)
    if not isinstance(original, types.FunctionType) or engine is None:
        return None
    recorder = _Recorder(engine)
    scope = dict(original.__globals__)  # the caches in it are shared, not copied
    scope[engine_name] = recorder
    clone = types.FunctionType(
        original.__code__, scope, original.__name__, original.__defaults__, original.__closure__
    )
    return clone, recorder


_Recording = tuple[Callable[..., Any], _Recorder]


@cache
def _recording() -> _Recording | None:
    """The recording copy of ``regex``'s compiler, made (and ``regex`` imported) on the
    first pattern that is not in the table."""
    return _recording_compiler(getattr(lib(), "_main", None), "_compile", "_regex")


_RE_RECORDING = _recording_compiler(getattr(re, "_compiler", None), "compile", "_sre")
_LOCK = threading.Lock()  # one recording at a time: the recorders are shared
_TABLE = Table("regex", _table_name(), CAP)
_RE_TABLE = Table("regex", _re_table_name(), CAP)


def _plain(value: Any) -> Any:
    """Flags arrive as ``RegexFlag``; marshal wants plain ints."""
    return int(value) if isinstance(value, int) and type(value) not in (int, bool) else value


def _pack(args: Args) -> Args:
    """The arguments as stored: opcode lists as bytes (one C call each way instead of
    an object per opcode for marshal), with the positions of those so packed."""
    packed = list(args)
    where = []
    for i, value in enumerate(args):
        if isinstance(value, list) and value and all(isinstance(v, int) for v in value):
            try:
                packed[i] = array("I", value).tobytes()
            except OverflowError:
                continue
            where.append(i)
    return tuple(where), tuple(packed)


def _unpack(stored: Args) -> Args:
    where, packed = stored
    args = list(packed)
    for i in where:
        args[i] = array("I", args[i]).tolist()
    return tuple(args)


def _cacheable(args: Args) -> bool:
    """The C call's second argument is the final flags: an inline ``(?L)`` shows there
    (``re`` and ``regex`` both number LOCALE 4)."""
    return len(args) > 1 and isinstance(args[1], int) and not args[1] & _UNCACHED_FLAGS


def _record(recording: _Recording | None, *args: Any) -> tuple[Any, Args | None]:
    """Compile with the library's own compiler; also return the C call's arguments."""
    if recording is None:
        return None, None
    compiler, recorder = recording
    recorder.calls.clear()
    try:
        compiled = compiler(*args)
    except Exception:  # the plain compile that follows reports the real error
        return None, None
    calls = [args for args, result in recorder.calls if result is compiled]
    recorder.calls.clear()
    if len(calls) != 1 or not _cacheable(calls[0]):
        return compiled, None
    return compiled, _pack(tuple(_plain(a) for a in calls[0]))


def _cached(
    table: Table,
    engine: Any,
    recording: Callable[[], _Recording | None],
    key: Hashable,
    *args: Any,
) -> Any | None:
    """The pattern from ``table``, built by the C module ``engine``, or compiled (and
    stored) through ``recording()``; None when it has to be compiled the usual way."""
    stored = table.get(key)  # the table has its own lock; a hit needs no other
    if stored is not None and engine is not None:
        try:
            return engine.compile(*_unpack(stored))
        except Exception:  # a damaged entry: compile it afresh
            table.discard(key)
    with _LOCK:
        found, stored = _record(recording(), *args)
        if stored is not None:
            table.put(key, stored)
    return found


def _compile_plain(pattern: str, flags: int, lists: Mapping[str, Iterable[str]]) -> Pattern[str]:
    compile_: Any = lib().compile  # the stubs do not know named lists (**kwargs)
    compiled: Pattern[str] = compile_(pattern, flags, **lists)
    return compiled


def compile(pattern: str, flags: int = 0, **lists: Iterable[str]) -> Pattern[str]:
    """``regex.compile(pattern, flags, **lists)``, from the user cache when it is there."""
    if not isinstance(pattern, str) or flags & _UNCACHED_FLAGS or ENGINE is None:
        return _compile_plain(pattern, flags, lists)
    frozen: dict[str, tuple[str, ...]] = {}
    named: tuple[tuple[str, tuple[str, ...]], ...] = ()
    if lists:  # most patterns name no list: no comprehensions to run for them
        frozen = {name: tuple(words) for name, words in lists.items()}  # iterated twice
        named = tuple(sorted((name, tuple(sorted(set(words)))) for name, words in frozen.items()))
    key = (pattern, int(flags), named, default_version())
    args = (pattern, flags, False, dict(frozen), False)
    found = _cached(_TABLE, ENGINE[0], _recording, key, *args)
    if found is not None:
        return found  # type: ignore[no-any-return]
    return _compile_plain(pattern, flags, frozen)


def compile_re(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)`` (the standard library's engine, faster for
    literal-led prefilters), from the user cache when it is there. For patterns fixed
    at import, not for ones built per document: those would crowd the table."""
    if isinstance(pattern, str) and not flags & (re.DEBUG | re.LOCALE):
        engine = _RE_RECORDING[1].engine if _RE_RECORDING else None
        key = (pattern, int(flags))
        found = _cached(_RE_TABLE, engine, lambda: _RE_RECORDING, key, pattern, int(flags))
        if isinstance(found, re.Pattern):
            return found
    return re.compile(pattern, flags)


def compile_once(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)`` for a pattern built for one document: the standard
    library keeps the last 512 patterns it compiled, which a long run fills with patterns
    it never uses again (about 700 bytes each). Its own compiler, when it is there,
    compiles without keeping anything."""
    compile_ = getattr(getattr(re, "_compiler", None), "compile", None)
    if compile_ is None or flags & re.DEBUG:
        return re.compile(pattern, flags)
    compiled: re.Pattern[str] = compile_(pattern, flags)
    return compiled


def save() -> None:
    """Write the patterns compiled so far to the user cache, if any were new."""
    _TABLE.save()
    _RE_TABLE.save()


def reset() -> None:
    """Start from the files again (tests: after changing ``XDG_CACHE_HOME``)."""
    global _TABLE, _RE_TABLE
    _TABLE = Table("regex", _table_name(), CAP)
    _RE_TABLE = Table("regex", _re_table_name(), CAP)


# The engine's own types, which ``regex`` exports as Pattern and Match (a pattern from
# the table, so that naming them imports nothing).
if not TYPE_CHECKING:
    Pattern = type(compile(""))
    Match = type(compile("").match(""))

# the flags and escape are for the rule modules, which import rx, not regex
__all__ = [
    "ASCII",
    "DEBUG",
    "DOTALL",
    "IGNORECASE",
    "LOCALE",
    "MULTILINE",
    "TEMPLATE",
    "UNICODE",
    "V0",
    "V1",
    "VERBOSE",
    "VERSION0",
    "VERSION1",
    "Match",
    "Pattern",
    "compile",
    "compile_re",
    "escape",
    "lazy",
    "lib",
    "reset",
    "save",
]
