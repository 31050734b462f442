"""What start-up needs of ``regex`` without importing it: flag values, ``escape``, and
the C engine that builds a pattern from its compiled opcodes.

Importing ``regex`` runs its pattern compiler, a large pure-Python module (about a
tenth of a start-up), and a pattern kept in the user cache (see rx) needs only the C
engine. So the modules take the flags from here (re-exported by rx), and rx loads the
engine from the package's folder without running the package. ``regex`` itself is
imported, as usual, when a pattern has to be compiled; the engine then imports it too
when it needs its Python half (a replacement template, an error to raise).
"""

from __future__ import annotations

import sys
from importlib.machinery import PathFinder
from importlib.util import find_spec, module_from_spec
from pathlib import Path
from types import ModuleType

# regex.RegexFlag's values (tests/test_rx_flags.py checks them against the library)
ASCII = 0x80
DEBUG = 0x200
DOTALL = 0x10
IGNORECASE = 0x2
LOCALE = 0x4
MULTILINE = 0x8
TEMPLATE = 0x1
UNICODE = 0x20
VERBOSE = 0x40
VERSION0 = V0 = 0x2000
VERSION1 = V1 = 0x100

_METACHARS = frozenset("()[]{}?*+|^$\\.-#&~")


def escape(text: str) -> str:
    """``regex.escape(text)``: the special characters and white space backslashed."""
    return "".join(f"\\{c}" if c in _METACHARS or c.isspace() else c for c in text)


def default_version() -> int:
    """``regex.DEFAULT_VERSION``: VERSION0 unless a program that imported ``regex``
    changed it (the compiler reads it for a pattern that names no version)."""
    loaded = sys.modules.get("regex")
    return int(getattr(loaded, "DEFAULT_VERSION", VERSION0))


def _load_engine() -> tuple[ModuleType, str] | None:
    """``regex._regex`` and a stamp of the installed library (sizes and times of the
    engine and of the compiler module, whose output the engine reads); None when the
    package is not laid out as expected, and the callers then compile as usual."""
    try:
        package = find_spec("regex")  # locates a top-level package without importing it
        folders = package.submodule_search_locations if package else None
        spec = PathFinder.find_spec("regex._regex", list(folders)) if folders else None
        if spec is None or spec.loader is None or spec.origin is None:
            return None
        files = [Path(spec.origin), Path(spec.origin).with_name("_regex_core.py")]
        stamp = "-".join(f"{st.st_size}-{st.st_mtime_ns}" for st in map(Path.stat, files))
        loaded = sys.modules.get("regex._regex")
        if loaded is None:
            loaded = module_from_spec(spec)
            spec.loader.exec_module(loaded)
            # Out of sys.modules again, so that ``import regex`` imports it as it always
            # does (Python then hands out a copy of this module, with the same types).
            sys.modules.pop("regex._regex", None)
    except (ImportError, OSError, ValueError):
        return None
    return loaded, stamp


ENGINE = _load_engine()
