"""Module-level patterns compiled on first use: ``rx.lazy``.

The Python rules define about 180 patterns at import; a check of one short file uses a
tenth of them (most rules stop at a cheap test first), and building the others from the
user cache cost about 1.5% of such a run. ``lazy`` returns a stand-in that compiles the
pattern (``rx.compile``) the first time one of its attributes is read, and keeps each
attribute it hands out (the bound ``search``, ``finditer``...) in its own ``__dict__``:
from then on a lookup finds it there, as cheap as on the pattern itself. For fixed,
reviewed patterns only: an error in one shows on first use (the tests use them all).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from regex import Pattern


class LazyPattern:
    """A pattern's stand-in until first use (see the module's docstring)."""

    def __init__(self, pattern: str, flags: int, lists: dict[str, Iterable[str]]) -> None:
        self._args = (pattern, flags, lists)

    def __getattr__(self, name: str) -> Any:
        """Only for an attribute not kept yet (normal lookup failed): compile once."""
        if name.startswith("__"):
            raise AttributeError(name)  # copy and pickle probe dunders: no compiling
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            from mtlint import rx  # rx imports this module

            pattern, flags, lists = self._args
            compiled = self.__dict__["_compiled"] = rx.compile(pattern, flags, **lists)
        value = getattr(compiled, name)
        self.__dict__[name] = value
        return value

    def __repr__(self) -> str:
        return f"rx.lazy({self._args[0]!r}, {self._args[1]!r})"


def lazy(pattern: str, flags: int = 0, **lists: Iterable[str]) -> Pattern[str]:
    """``rx.compile(pattern, flags, **lists)`` on first use (typed as the pattern)."""
    return cast("Pattern[str]", LazyPattern(pattern, flags, lists))
