"""Output formats, one module each, behind one interface (see ``base.Formatter``)."""

from __future__ import annotations

from mtlint.formatters.base import Formatter, Options, Summary
from mtlint.formatters.concise import ConciseFormatter
from mtlint.formatters.json import JsonFormatter
from mtlint.formatters.text import TextFormatter

FORMATTERS: dict[str, type[Formatter]] = {
    "text": TextFormatter,
    "concise": ConciseFormatter,
    "json": JsonFormatter,
}

__all__ = ["FORMATTERS", "Formatter", "Options", "Summary"]
