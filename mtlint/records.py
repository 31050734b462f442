"""``dataclass`` whose generated methods are compiled once, then kept in the user cache.

``dataclasses`` writes the source of ``__init__``, ``__repr__``, ``__eq__``, ``__hash__``
and the frozen ``__setattr__`` of every class and compiles it with ``exec``: for the
forty classes that a run defines, that compiling is about a seventh of a start-up. The
source depends only on the class's fields and options, so the code objects compiled
from it are kept in a table in the user cache (see usercache), keyed by the source text.

``dataclasses`` itself is not patched. ``dataclass`` here is a copy of the library's
own, made by re-creating each of its functions over a copy of its module namespace in
which ``exec`` compiles through the table; everything else in that namespace (``Field``,
``MISSING``, ``FrozenInstanceError``...) is the library's, so ``fields``, ``replace``
and ``asdict`` treat these classes like any other dataclass. Where the module does not
look as expected, ``dataclass`` is the library's, unchanged.
"""

from __future__ import annotations

import builtins
import dataclasses
import sys
import types
from typing import TYPE_CHECKING, Any

from mtlint.usercache import Table

FORMAT = 2  # 2: the CRC-32 header (usercache)
CAP = 2000  # generated functions kept: this run's first, then older ones

_PYTHON = f"{sys.version.split()[0]}-{sys.implementation.cache_tag}"  # code is per version
_TABLE = Table("code", f"dataclass-{_PYTHON}-f{FORMAT}", CAP)


def _exec(source: Any, globals_: Any = None, locals_: Any = None) -> None:
    """``exec`` for the generated source: the code object from the table when there."""
    if not isinstance(source, str):
        builtins.exec(source, globals_, locals_)
        return
    code = _TABLE.get(source)
    if not isinstance(code, types.CodeType):
        # dont_inherit: compiled as dataclasses compiles it, without this module's
        # ``from __future__ import annotations`` (which would turn annotations to text)
        code = compile(source, "<string>", "exec", dont_inherit=True)
        _TABLE.put(source, code)
    builtins.exec(code, globals_, locals_)


def _copy_of_dataclass() -> Any:
    """The library's ``dataclass`` over a namespace whose ``exec`` is ``_exec``; the
    library's own when its internals are not the expected ones."""
    original = getattr(dataclasses, "dataclass", None)
    if not isinstance(getattr(dataclasses, "_create_fn", None), types.FunctionType):
        return original  # Python 3.13 builds the methods another way
    scope = dict(vars(dataclasses))
    clones: dict[Any, Any] = {}
    for name, value in vars(dataclasses).items():
        if isinstance(value, types.FunctionType) and value.__module__ == "dataclasses":
            clone = types.FunctionType(
                value.__code__, scope, value.__name__, value.__defaults__, value.__closure__
            )
            clone.__kwdefaults__ = value.__kwdefaults__
            clone.__qualname__, clone.__doc__ = value.__qualname__, value.__doc__
            clones[value] = scope[name] = clone
    for name, value in vars(dataclasses).items():  # tables of functions (_hash_action)
        if isinstance(value, dict) and any(v in clones for v in value.values() if callable(v)):
            scope[name] = {k: clones.get(v, v) if callable(v) else v for k, v in value.items()}
    scope["exec"] = _exec
    return scope["dataclass"]


if TYPE_CHECKING:
    from dataclasses import dataclass
else:
    dataclass = _copy_of_dataclass()


def save() -> None:
    """Write the functions compiled so far to the user cache, if any were new."""
    _TABLE.save()


__all__ = ["dataclass", "save"]
