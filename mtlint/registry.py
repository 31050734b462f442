"""One registry for Python rules and YAML rules, built-in and user-supplied."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from functools import cache, lru_cache
from pathlib import Path

from mtlint import rx
from mtlint.errors import RuleFileError
from mtlint.kinds import load_rule_file, save_caches
from mtlint.model import Category
from mtlint.rule import Rule


@cache
def builtin_rules_dir() -> Path:
    """The shipped YAML rules: inside the wheel, or the checkout's top-level ``rules/``."""
    # Beside this module (importlib.resources would say the same for a package on disk,
    # and costs about 5 ms of start-up to import).
    packaged = Path(__file__).parent / "builtin_rules"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "rules"


_SUFFIXES = (".yaml", ".yml")
DATA_DIR = "data"  # rules/data/: data files the Python rules read, not rule files


def yaml_rule_files(directory: Path, skip: tuple[str, ...] = ()) -> list[Path]:
    """The rule files under ``directory``, except those under its top-level ``skip``
    folders, in path order. (os.walk and string operations: pathlib's rglob and
    relative_to cost about 1.5% of a start-up here.) Like rglob, the walk does not
    enter linked folders."""
    found: list[tuple[str, ...]] = []  # the parts of each file below ``directory``
    top = os.fspath(directory)
    for folder, subfolders, files in os.walk(top):
        rel = folder[len(top) :].lstrip(os.sep)  # os.walk joins names onto ``top``
        below = tuple(rel.split(os.sep)) if rel else ()  # noqa: PTH206 - no Path per folder
        if not below:
            subfolders[:] = [d for d in subfolders if d not in skip]
        # a suffix (Path.suffix) of .yaml or .yml: not a bare dotfile named ".yaml"
        found.extend((*below, f) for f in files if f.endswith(_SUFFIXES) and f.rfind(".") > 0)
    found.sort(key=lambda parts: [os.path.normcase(p) for p in parts])  # as Paths sort
    return [directory.joinpath(*parts) for parts in found]


def builtin_data_file(name: str) -> Path:
    """A data file shipped with the built-in rules (``rules/data/<name>``)."""
    return builtin_rules_dir() / DATA_DIR / name


class Registry:
    """Rules by code and by name; codes and names are unique across all sources."""

    def __init__(self, rules: Iterable[Rule]) -> None:
        self.rules: tuple[Rule, ...] = tuple(sorted(rules, key=lambda r: r.code))
        self.by_code: dict[str, Rule] = {}
        self.by_name: dict[str, Rule] = {}
        for rule in self.rules:
            for table, key in ((self.by_code, rule.code), (self.by_name, rule.name)):
                if key in table:
                    other = table[key]
                    raise RuleFileError(
                        f"{rule.meta.source}: {key} is already defined by {other.meta.source}"
                    )
                table[key] = rule

    def __iter__(self) -> Iterator[Rule]:
        return iter(self.rules)

    def __len__(self) -> int:
        return len(self.rules)

    def lookup(self, key: str) -> Rule | None:
        return self.by_code.get(key.upper()) or self.by_name.get(key.lower())

    def matching(self, selector: str) -> list[Rule]:
        """Rules a selector names: a code, a code prefix, a name, a category or ALL."""
        sel = selector.strip()
        if sel.upper() == "ALL":
            return list(self.rules)
        if sel.lower() in {c.value for c in Category}:
            return [r for r in self.rules if r.meta.category == sel.lower()]
        rule = self.lookup(sel)
        if rule is not None:
            return [rule]
        return [r for r in self.rules if sel and r.code.startswith(sel.upper())]

    def is_known(self, selector: str) -> bool:
        return bool(self.matching(selector))

    def specificity(self, selector: str) -> int:
        """How narrowly a selector names rules: ALL < category < prefix (longer is
        narrower) < a code or name, so that, as in ruff, `ignore: [BS]` with
        `select: [BS001]` keeps BS001."""
        sel = selector.strip()
        if sel.upper() == "ALL":
            return 0
        if sel.lower() in {c.value for c in Category}:
            return 1
        if self.lookup(sel) is not None:
            return 1000
        return 1 + len(sel)


def load_yaml_rules(
    directories: Sequence[Path], root: Path | None = None, skip: tuple[str, ...] = ()
) -> list[Rule]:
    out: list[Rule] = []
    for directory in directories:
        if not directory.is_dir():
            raise RuleFileError(f"{directory}: rule directory does not exist")
        # ``root``'s descendants are shown relative to it (as Path.relative_to would)
        prefix = os.path.normcase(os.fspath(root)).rstrip(os.sep) + os.sep if root else None
        for path in yaml_rule_files(directory, skip):
            shown = os.fspath(path)
            if prefix and os.path.normcase(shown).startswith(prefix):
                shown = shown[len(prefix) :]
            out.append(load_rule_file(path, shown.replace("\\", "/")))
    return out


@lru_cache(maxsize=1)
def _builtin() -> tuple[Rule, ...]:
    from mtlint.rules import BUILTIN_RULES
    from mtlint.rules.grammar import grammar_rules

    base = builtin_rules_dir()
    yaml_rules = load_yaml_rules([base], root=base.parent, skip=(DATA_DIR,))
    return tuple(cls() for cls in BUILTIN_RULES) + grammar_rules() + tuple(yaml_rules)


def build_registry(extra_dirs: Sequence[Path] = ()) -> Registry:
    rules = list(_builtin())
    if extra_dirs:
        rules.extend(load_yaml_rules(extra_dirs))
    # What this start-up compiled, parsed or analysed for the first time: the next one
    # reads it from the user cache.
    rx.save()
    save_caches()
    return Registry(rules)
