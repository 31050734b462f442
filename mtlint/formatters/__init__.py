"""Output formats, one module each, behind one interface (see ``base.Formatter``).

A run uses one or two formats, so each format's module is imported when it is first
looked up in FORMATTERS, not at start-up (some pull in ``json`` or fingerprinting).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from importlib import import_module

from mtlint.formatters.base import Formatter, Options, Summary

# name -> (module under mtlint.formatters, class), in the order --help lists them
_WHERE: dict[str, tuple[str, str]] = {
    "text": ("text", "TextFormatter"),
    "concise": ("concise", "ConciseFormatter"),
    "json": ("json", "JsonFormatter"),
    "jsonl": ("jsonl", "JsonlFormatter"),
    "sarif": ("sarif", "SarifFormatter"),
    "github": ("github", "GithubFormatter"),
    "gitlab": ("gitlab", "GitlabFormatter"),
    "junit": ("junit", "JunitFormatter"),
}


class _Formatters(Mapping[str, type[Formatter]]):
    """Format name -> formatter class, the class's module imported on first lookup."""

    def __getitem__(self, name: str) -> type[Formatter]:
        module, cls = _WHERE[name]
        found: type[Formatter] = getattr(import_module(f"{__name__}.{module}"), cls)
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(_WHERE)

    def __len__(self) -> int:
        return len(_WHERE)

    def __contains__(self, name: object) -> bool:
        return name in _WHERE


FORMATTERS: Mapping[str, type[Formatter]] = _Formatters()

__all__ = ["FORMATTERS", "Formatter", "Options", "Summary"]
