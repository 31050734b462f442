"""YAML files parsed once per content: the documents are kept in the user cache.

The built-in rule files and data files are the same from one run to the next, so their
parsed documents are stored (see usercache) under a hash of the file's bytes; a hit
needs neither PyYAML's parser nor its import. The table is named after the PyYAML
install (found without importing it), so an upgrade parses afresh. Documents holding
what marshal cannot store (YAML timestamps) are simply parsed every time.
"""

from __future__ import annotations

import sys
from functools import cache
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from mtlint.digest import blake2b
from mtlint.usercache import Table


class YamlSyntaxError(ValueError):
    """The text is not valid YAML (or not UTF-8); the message says where and why."""


def _table() -> Table:
    spec = find_spec("yaml")
    try:
        st = Path(spec.origin).stat() if spec and spec.origin else None
        stamp = f"{st.st_size}-{st.st_mtime_ns}" if st else "none"
    except OSError:
        stamp = "none"
    # f2: the CRC-32 header (usercache); f3: duplicate keys are errors (not cached before)
    return Table("yaml", f"parsed-{stamp}-{sys.implementation.cache_tag}-f3", 2000)


_TABLE = _table()


def parse(raw: bytes) -> Any:
    """The document in ``raw`` (UTF-8 YAML, safe types only), cached by content."""
    key = blake2b(raw, digest_size=16).digest()
    stored = _TABLE.get(key)
    if stored is not None:
        return stored[0]
    import yaml  # only on a miss: importing it costs more than reading the cache

    loader = _strict_loader(yaml)
    try:
        # Universal newlines, as Path.read_text gives them.
        text = raw.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
        data = yaml.load(text, Loader=loader)
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise YamlSyntaxError(" ".join(str(exc).split("\n"))) from None
    _TABLE.put(key, (data,))  # a value marshal cannot write is not kept
    return data


@cache  # one class per run, not one per document parsed
def _strict_loader(yaml: Any) -> Any:
    """PyYAML's safe loader (libyaml's parser when present: 10x faster) that refuses a
    key given twice in one mapping. PyYAML keeps the last one silently, so a config with
    two ``select:`` lines used to lose the first without a word (yamllint reports it)."""
    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class Strict(base):  # type: ignore[misc,valid-type]
        def construct_mapping(self, node: Any, deep: bool = False) -> Any:
            seen: set[object] = set()
            for key_node, _ in node.value:
                key = self.construct_object(key_node, deep=True)
                try:
                    again = key in seen
                    seen.add(key)
                except TypeError:  # unhashable: the base constructor says so
                    continue
                if again:
                    line = key_node.start_mark.line + 1
                    problem = f"duplicate key {key!r} (line {line})"
                    raise yaml.constructor.ConstructorError(None, None, problem, None)
            return super().construct_mapping(node, deep)

    return Strict


def load(path: Path) -> Any:
    """``parse`` of a file's bytes; OSError when it cannot be read."""
    return parse(path.read_bytes())


def save() -> None:
    """Write the documents parsed for the first time to the user cache."""
    _TABLE.save()


def reset() -> None:
    """Start from the file again (tests: after changing ``XDG_CACHE_HOME``)."""
    global _TABLE
    _TABLE = _table()
