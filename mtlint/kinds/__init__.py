"""The declarative rule kinds and the loader of rule files."""

from __future__ import annotations

import os
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from mtlint import yamlcache
from mtlint.errors import RuleFileError
from mtlint.kinds import reqcache
from mtlint.kinds.base import Spec, YamlRule
from mtlint.kinds.existence import ExistenceRule
from mtlint.kinds.line import LineRule
from mtlint.kinds.substitution import SubstitutionRule

KINDS: dict[str, type[YamlRule]] = {k.kind: k for k in (ExistenceRule, SubstitutionRule, LineRule)}


@cache
def _shipped_dir() -> str:
    from mtlint.registry import builtin_rules_dir  # the registry imports this module

    return os.path.normcase(os.path.realpath(builtin_rules_dir()))


@cache
def _resolved(directory: str) -> str:
    """A folder's real path; keyed by its absolute path, so a chdir cannot mislead it."""
    return os.path.realpath(directory)


def _shipped(path: Path) -> bool:
    """True for the rules shipped with mtlint (reviewed patterns: no search timeout).
    (os.path on strings: the same answers as Path.resolve and is_relative_to, at a
    fifth of the cost, which was about 0.5% of a start-up.)"""
    try:
        name = os.fspath(path)
        # Each folder is resolved once; a linked file, wherever it points, on its own.
        if os.path.islink(name):  # noqa: PTH114 - strings throughout, no Path objects
            real = os.path.realpath(name)
        else:
            folder, base = os.path.split(name)
            # as Path.absolute: the working folder joined on, ".." left for realpath
            absolute = os.path.join(os.getcwd(), folder)  # noqa: PTH118, PTH109
            real = os.path.join(_resolved(absolute), base)  # noqa: PTH118
        shipped = _shipped_dir()
        real = os.path.normcase(real)
        return real == shipped or real.startswith(shipped.rstrip(os.sep) + os.sep)
    except (OSError, ValueError):
        return False


def _parse(path: Path, where: str) -> Any:
    """The YAML document of a rule file (parsed once per content: see yamlcache)."""
    try:
        return yamlcache.load(path)
    except OSError as exc:
        raise RuleFileError(f"{where}: cannot read: {exc.strerror}") from None
    except yamlcache.YamlSyntaxError as exc:
        raise RuleFileError(f"{where}: invalid YAML: {exc}") from None


def load_rule_file(path: Path, display: str | None = None) -> YamlRule:
    """Parse and compile one YAML rule; every problem names the file and the key."""
    where = display or str(path)
    data = _parse(path, where)
    if not isinstance(data, dict):
        raise RuleFileError(f"{where}: expected a mapping at the top level")
    spec = Spec(where, data)
    kind = spec.require("kind", str)
    if kind not in KINDS:
        raise spec.error("kind", f"unknown kind {kind!r} (expected one of {', '.join(KINDS)})")
    return KINDS[kind](spec, _shipped(path))


def prepare(rules: Iterable[object]) -> None:
    """Analyse the YAML rules' literal requirements before workers fork (see
    YamlRule.prepare), and keep them in the user cache for the next run."""
    for rule in rules:
        if isinstance(rule, YamlRule):
            rule.prepare()
    save_caches()


def save_caches() -> None:
    """Write what this run parsed and analysed to the user cache (see usercache)."""
    yamlcache.save()
    reqcache.save()


__all__ = ["KINDS", "YamlRule", "load_rule_file", "prepare", "save_caches"]
