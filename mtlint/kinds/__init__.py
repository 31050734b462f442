"""The declarative rule kinds and the loader of rule files."""

from __future__ import annotations

from pathlib import Path

import yaml

from mtlint.errors import RuleFileError
from mtlint.kinds.base import Spec, YamlRule
from mtlint.kinds.existence import ExistenceRule
from mtlint.kinds.line import LineRule
from mtlint.kinds.substitution import SubstitutionRule

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: 10x faster

KINDS: dict[str, type[YamlRule]] = {k.kind: k for k in (ExistenceRule, SubstitutionRule, LineRule)}


def _shipped(path: Path) -> bool:
    """True for the rules shipped with mtlint (reviewed patterns: no search timeout)."""
    from mtlint.registry import builtin_rules_dir  # the registry imports this module

    try:
        return path.resolve().is_relative_to(builtin_rules_dir().resolve())
    except OSError:
        return False


def load_rule_file(path: Path, display: str | None = None) -> YamlRule:
    """Parse and compile one YAML rule; every problem names the file and the key."""
    where = display or str(path)
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
    except OSError as exc:
        raise RuleFileError(f"{where}: cannot read: {exc.strerror}") from None
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        detail = str(exc).replace("\n", " ")
        raise RuleFileError(f"{where}: invalid YAML: {detail}") from None
    if not isinstance(data, dict):
        raise RuleFileError(f"{where}: expected a mapping at the top level")
    spec = Spec(where, data)
    kind = spec.require("kind", str)
    if kind not in KINDS:
        raise spec.error("kind", f"unknown kind {kind!r} (expected one of {', '.join(KINDS)})")
    return KINDS[kind](spec, _shipped(path))


__all__ = ["KINDS", "YamlRule", "load_rule_file"]
