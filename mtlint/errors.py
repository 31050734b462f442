"""Errors that end a run with exit code 2 and one line naming the file and the problem."""

from __future__ import annotations


class MtlintError(Exception):
    """A usage, config or input error: shown as one line, never as a traceback."""


class ConfigError(MtlintError):
    pass


class RuleFileError(MtlintError):
    pass
