"""Output formats, one module each, behind one interface (see ``base.Formatter``)."""

from __future__ import annotations

from mtlint.formatters.base import Formatter, Options, Summary
from mtlint.formatters.concise import ConciseFormatter
from mtlint.formatters.github import GithubFormatter
from mtlint.formatters.gitlab import GitlabFormatter
from mtlint.formatters.json import JsonFormatter
from mtlint.formatters.jsonl import JsonlFormatter
from mtlint.formatters.junit import JunitFormatter
from mtlint.formatters.sarif import SarifFormatter
from mtlint.formatters.text import TextFormatter

FORMATTERS: dict[str, type[Formatter]] = {
    "text": TextFormatter,
    "concise": ConciseFormatter,
    "json": JsonFormatter,
    "jsonl": JsonlFormatter,
    "sarif": SarifFormatter,
    "github": GithubFormatter,
    "gitlab": GitlabFormatter,
    "junit": JunitFormatter,
}

__all__ = ["FORMATTERS", "Formatter", "Options", "Summary"]
