"""``rx.lazy``: module-level patterns compiled on first use, then as cheap as compiled."""

from __future__ import annotations

import copy
import importlib
import pkgutil

import mtlint
from mtlint import rx
from mtlint.rxlazy import LazyPattern

TEXT = "Take place. took place, TAKE PLACE"


def test_compiles_on_first_use_only() -> None:
    lazy = rx.lazy(r"(?P<verb>take|took) place", rx.IGNORECASE)
    assert isinstance(lazy, LazyPattern)
    assert "_compiled" not in vars(lazy)
    plain = rx.compile(r"(?P<verb>take|took) place", rx.IGNORECASE)
    assert [m.span() for m in lazy.finditer(TEXT)] == [m.span() for m in plain.finditer(TEXT)]
    assert "finditer" in vars(lazy)  # kept: the next lookup does not come back here
    assert (lazy.pattern, lazy.flags, lazy.groupindex) == (
        plain.pattern,
        plain.flags,
        plain.groupindex,
    )
    assert lazy.sub(r"\g<verb>", TEXT) == plain.sub(r"\g<verb>", TEXT)


def test_named_lists_and_probing() -> None:
    lazy = rx.lazy(r"\L<days> night", days=["Monday", "Sunday"])
    copy.copy(lazy)  # probes dunders: no compiling
    assert "_compiled" not in vars(lazy)
    match = lazy.search("on Sunday night")
    assert match is not None and match.group() == "Sunday night"


def test_every_module_pattern_compiles() -> None:
    """A lazy pattern's error would show on first use: every one is used here."""
    found = 0
    for info in pkgutil.walk_packages(mtlint.__path__, "mtlint."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if isinstance(value, LazyPattern):
                assert value.pattern
                found += 1
    assert found > 100
