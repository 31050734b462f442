"""The ``languagetool:`` config table, validated once, with defaults fit for news prose."""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import field, replace
from pathlib import Path
from typing import Any

from mtlint.digest import sha256
from mtlint.errors import ConfigError
from mtlint.records import dataclass
from mtlint.usercache import cache_root

# LanguageTool categories that are about style, not correctness: off by default.
DEFAULT_DISABLED_CATEGORIES = (
    "CREATIVE_WRITING",
    "PLAIN_ENGLISH",
    "REDUNDANCY",
    "REPETITIONS_STYLE",
    "STYLE",
    "TEXT_ANALYSIS",
    "TON_ACADEMIC",
    "WIKIPEDIA",
)
# Single rules that nag clean news prose or depend on today's date: off by default.
DEFAULT_DISABLED_RULES = (
    "COMMA_COMPOUND_SENTENCE",  # comma before "and": house style, not an error
    "EN_DATE_WEEKDAY_CURRENTYEAR",  # assumes the text was written this year
    "EN_QUOTES",  # straight vs curly quotes: a house-style choice
    "DASH_RULE",  # hyphen vs dash: house style
    "PUNCTUATION_PARAGRAPH_END",  # headings, bylines and list items have no full stop
    "ENGLISH_WORD_REPEAT_BEGINNING_RULE",  # style: successive sentences start alike
    "PROFANITY",  # quotes in news may contain it on purpose
)
SPELLING_MODES = ("lowercase", "all", "off")
KEYS = frozenset(
    {
        "url",
        "language",
        "enabled-rules",
        "disabled-rules",
        "enabled-categories",
        "disabled-categories",
        "spelling",
        "picky",
        "cache",
        "cache-dir",
        "threads",
        "timeout",
        "download",
        "batch-chars",
    }
)


def cache_home() -> Path:
    """``$XDG_CACHE_HOME/mtlint`` (``~/.cache/mtlint``): where mtlint keeps LT state."""
    return cache_root()


@dataclass(frozen=True)
class LTSettings:
    """What one run asks LanguageTool; ``request_key`` fingerprints the cache entries."""

    url: str | None = None
    language: str = "en-US"
    enabled_rules: tuple[str, ...] = ()
    disabled_rules: tuple[str, ...] = DEFAULT_DISABLED_RULES
    enabled_categories: tuple[str, ...] = ()
    disabled_categories: tuple[str, ...] = DEFAULT_DISABLED_CATEGORIES
    spelling: str = "lowercase"  # lowercase: no spelling matches on words with a capital
    picky: bool = False
    cache: bool = True
    cache_dir: Path = field(default_factory=lambda: _default_cache_dir())
    threads: int = 4
    timeout: float = 60.0
    download: bool = True  # may language-tool-python download LanguageTool itself?
    batch_chars: int = 20_000

    def params(self) -> dict[str, str]:
        """The LanguageTool HTTP parameters besides the text."""
        out = {"language": self.language}
        disabled_rules = [r for r in self.disabled_rules if r not in self.enabled_rules]
        if self.spelling == "off":
            disabled_rules.append(spelling_rule_id(self.language))
        pairs = (
            ("enabledRules", self.enabled_rules),
            ("disabledRules", tuple(disabled_rules)),
            ("enabledCategories", self.enabled_categories),
            (
                "disabledCategories",
                tuple(c for c in self.disabled_categories if c not in self.enabled_categories),
            ),
        )
        out.update({k: ",".join(sorted(v)) for k, v in pairs if v})
        if self.picky:
            out["level"] = "picky"
        return out

    def request_key(self) -> str:
        """A digest of everything sent besides the text (part of the cache key)."""
        return sha256(json.dumps(self.params(), sort_keys=True).encode()).hexdigest()[:16]


def spelling_rule_id(language: str) -> str:
    """LanguageTool's spell checker rule for a variant: en-GB -> MORFOLOGIK_RULE_EN_GB."""
    return "MORFOLOGIK_RULE_" + language.upper().replace("-", "_")


def _default_cache_dir() -> Path:
    env = os.environ.get("MTLINT_GRAMMAR_CACHE")
    return Path(env) if env else cache_home() / "grammar"


def _names(key: str, value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        value = value.split(",")
    # a list, or the tuple a Config keeps it as (Configs are hashed)
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"languagetool.{key}: expected a list of LanguageTool ids")
    return tuple(v.strip() for v in value if v.strip())


def parse_settings(raw: Mapping[str, object], url: str | None = None) -> LTSettings:
    """Validate the config table; ``url`` (from ``--languagetool-url``) wins over the key.

    ``disabled-rules`` and ``disabled-categories`` extend the defaults; ``enabled-*`` switch
    a default-off rule or category back on.
    """
    unknown = sorted(map(str, set(raw) - KEYS))  # YAML keys may be numbers too
    if unknown:
        raise ConfigError(
            f"languagetool.{unknown[0]}: unknown key (expected one of {', '.join(sorted(KEYS))})"
        )
    defaults = LTSettings()
    values: dict[str, Any] = {}
    for key in ("enabled-rules", "enabled-categories"):
        if key in raw:
            values[_attr(key)] = _names(key, raw[key])
    for key in ("disabled-rules", "disabled-categories"):
        if key in raw:
            values[_attr(key)] = (*getattr(defaults, _attr(key)), *_names(key, raw[key]))
    for key in ("url", "language", "spelling"):
        if key in raw:
            value = raw[key]
            if not isinstance(value, str) or not value.strip():
                raise ConfigError(f"languagetool.{key}: expected a string")
            values[key] = value.strip()
    if values.get("spelling", defaults.spelling) not in SPELLING_MODES:
        raise ConfigError(f"languagetool.spelling: expected one of {', '.join(SPELLING_MODES)}")
    for key in ("picky", "cache", "download"):
        if key in raw:
            if not isinstance(raw[key], bool):
                raise ConfigError(f"languagetool.{key}: expected true or false")
            values[key] = raw[key]
    for key, kind in (("threads", int), ("batch-chars", int), ("timeout", float)):
        if key in raw:
            value = raw[key]
            if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
                raise ConfigError(f"languagetool.{key}: expected a positive number")
            values[_attr(key)] = kind(value)
    if "cache-dir" in raw:
        if not isinstance(raw["cache-dir"], str):
            raise ConfigError("languagetool.cache-dir: expected a path")
        values["cache_dir"] = Path(raw["cache-dir"]).expanduser()
    if url:
        values["url"] = url
    return replace(defaults, **values)


def _attr(key: str) -> str:
    return key.replace("-", "_")
