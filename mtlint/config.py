"""Configuration: ``.mtlint.yaml`` or ``[tool.mtlint]``, the nearest to the linted path.

There is no cascade: the nearest file wins, and inheritance is explicit (``extends``).
Unknown keys are errors that name the file and the key.
"""

from __future__ import annotations

import copy
from dataclasses import field, replace
from pathlib import Path
from typing import Any

from mtlint.errors import ConfigError
from mtlint.model import Severity
from mtlint.records import dataclass

CONFIG_NAMES = (".mtlint.yaml", ".mtlint.yml", "pyproject.toml")
DEFAULT_INCLUDE = ("*.txt", "*.md", "*.markdown", "*.rst")
KEYS = frozenset(
    {
        "extends",
        "select",
        "ignore",
        "extend-select",
        "severity",
        "per-file-ignores",
        "exclude",
        "include",
        "rule-paths",
        "fail-on",
        "grammar",
        "languagetool",
        "glossary",
        "respect-gitignore",
    }
)


@dataclass(frozen=True)
class Config:
    """Resolved settings for the files under one config file (or the defaults)."""

    source: str | None = None  # the file it came from, for messages
    root: Path = field(default_factory=Path.cwd)
    select: tuple[str, ...] = ("ALL",)
    ignore: tuple[str, ...] = ()
    severity: tuple[tuple[str, Severity], ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    exclude: tuple[str, ...] = ()
    include: tuple[str, ...] = DEFAULT_INCLUDE
    rule_paths: tuple[Path, ...] = ()
    fail_on: Severity = Severity.WARNING
    grammar: bool = False
    languagetool: tuple[tuple[str, Any], ...] = ()
    glossary: Path | None = None
    respect_gitignore: bool = True
    cli_selectors: tuple[str, ...] = ()  # given on the command line: its errors' origin
    cli_select: bool = False  # ``select`` came from --select: ``ignore`` is set aside
    cli_ignore: tuple[str, ...] = ()

    def with_cli(
        self,
        select: list[str] | None = None,
        ignore: list[str] | None = None,
        fail_on: Severity | None = None,
    ) -> Config:
        # as in ruff: a --select starts the selection afresh (the file's select and
        # ignore no longer apply); a lone --ignore applies on top of the file's result
        out = replace(self, cli_selectors=(*(select or ()), *(ignore or ())))
        if select:
            out = replace(out, select=tuple(select), cli_select=True)
        if ignore:
            out = replace(out, cli_ignore=tuple(ignore))
        if fail_on is not None:
            out = replace(out, fail_on=fail_on)
        return out

    def selectors(self) -> list[str]:
        """Every rule selector the config names, to check that each is known."""
        out = [*self.select, *self.ignore, *self.cli_ignore, *(s for s, _ in self.severity)]
        for _, codes in self.per_file_ignores:
            out.extend(codes)
        return out


def _strings(where: str, key: str, value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [v.strip() for v in value.split(",") if v.strip()]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: {key}: expected a list of strings")
    return tuple(value)


def _bool(where: str, key: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise ConfigError(f"{where}: {key}: expected true or false")
    return value


def _severity(where: str, key: str, value: Any) -> Severity:
    try:
        return Severity.parse(str(value))
    except ValueError as exc:
        raise ConfigError(f"{where}: {key}: {exc}") from None


def _path(where: str, key: str, value: Any) -> str:
    if not isinstance(value, str):
        raise ConfigError(f"{where}: {key}: expected a path")
    if "\0" in value:  # the OS would refuse it with a ValueError, far from here
        raise ConfigError(f"{where}: {key}: invalid path {value!r} (a NUL character)")
    return value


def _patterns(where: str, key: str, value: Any) -> tuple[str, ...]:
    """Glob patterns, checked now: a bad one must not surface mid-walk as a traceback."""
    patterns = _strings(where, key, value)
    from mtlint.gitignore import invalid_pattern

    bad = invalid_pattern(patterns)
    if bad is not None:
        raise ConfigError(f"{where}: {key}: invalid pattern {bad!r}")
    return patterns


def _languagetool(where: str, table: Any) -> tuple[tuple[str, Any], ...]:
    """The ``languagetool:`` table, validated when the config is read (grammar on or
    not), as hashable pairs: a Config is hashed, so lists become tuples."""
    if not isinstance(table, dict):
        raise ConfigError(f"{where}: languagetool: expected a mapping")
    from mtlint.grammar.settings import parse_settings

    try:
        parse_settings(table)
    except ConfigError as exc:
        raise ConfigError(f"{where}: {exc}") from None
    return tuple(sorted((str(k), tuple(v) if isinstance(v, list) else v) for k, v in table.items()))


def _parse(data: dict[str, Any], where: str, root: Path, base: Config) -> Config:
    unknown = set(data) - KEYS
    if unknown:
        raise ConfigError(f"{where}: {sorted(map(str, unknown))[0]}: unknown key")
    cfg = replace(base, source=where, root=root)
    if "select" in data:
        cfg = replace(cfg, select=_strings(where, "select", data["select"]))
    if "extend-select" in data:
        cfg = replace(
            cfg, select=cfg.select + _strings(where, "extend-select", data["extend-select"])
        )
    if "ignore" in data:
        cfg = replace(cfg, ignore=cfg.ignore + _strings(where, "ignore", data["ignore"]))
    if "severity" in data:
        sev = data["severity"]
        if not isinstance(sev, dict):
            raise ConfigError(f"{where}: severity: expected a mapping of rule to severity")
        pairs = tuple((str(k), _severity(where, f"severity.{k}", v)) for k, v in sev.items())
        cfg = replace(cfg, severity=cfg.severity + pairs)
    if "per-file-ignores" in data:
        pfi = data["per-file-ignores"]
        if not isinstance(pfi, dict):
            raise ConfigError(f"{where}: per-file-ignores: expected a mapping of glob to codes")
        items = tuple((str(k), _strings(where, f"per-file-ignores.{k}", v)) for k, v in pfi.items())
        cfg = replace(cfg, per_file_ignores=cfg.per_file_ignores + items)
    if "exclude" in data:
        cfg = replace(cfg, exclude=_patterns(where, "exclude", data["exclude"]))
    if "include" in data:
        cfg = replace(cfg, include=_patterns(where, "include", data["include"]))
    if "rule-paths" in data:
        paths = tuple(root / p for p in _strings(where, "rule-paths", data["rule-paths"]))
        cfg = replace(cfg, rule_paths=cfg.rule_paths + paths)
    if "fail-on" in data:
        cfg = replace(cfg, fail_on=_severity(where, "fail-on", data["fail-on"]))
    if "grammar" in data:
        cfg = replace(cfg, grammar=_bool(where, "grammar", data["grammar"]))
    if "respect-gitignore" in data:
        cfg = replace(
            cfg, respect_gitignore=_bool(where, "respect-gitignore", data["respect-gitignore"])
        )
    if "languagetool" in data:
        cfg = replace(cfg, languagetool=_languagetool(where, data["languagetool"]))
    if "glossary" in data:
        from mtlint.glossary import load_glossary

        path = root / _path(where, "glossary", data["glossary"])
        load_glossary(path)  # a bad glossary fails here, naming its file, before any linting
        cfg = replace(cfg, glossary=path)
    return cfg


def _read(path: Path) -> dict[str, Any] | None:
    """The mtlint table of a config file, or None for a pyproject without one."""
    where = str(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{where}: cannot read: {exc}") from None
    if path.name == "pyproject.toml":
        if "mtlint" not in raw:
            return None  # any spelling of a [tool.mtlint] table names it
        import tomllib  # here: 3 ms of start-up, for the projects that need it

        try:
            doc = tomllib.loads(raw)
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{where}: invalid TOML: {exc}") from None
        tool = doc.get("tool", {})
        if not isinstance(tool, dict):
            raise ConfigError(f"{where}: tool: expected a table ([tool.mtlint])")
        table = tool.get("mtlint")
        if table is None:
            return None
        if not isinstance(table, dict):
            raise ConfigError(f"{where}: [tool.mtlint] must be a table")
        return table
    from mtlint import yamlcache  # parsed once per content: a hit needs no PyYAML import

    try:
        data = copy.deepcopy(yamlcache.parse(raw.encode("utf-8")))  # the cache keeps its own
    except yamlcache.YamlSyntaxError as exc:
        raise ConfigError(f"{where}: invalid YAML: {exc}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(f"{where}: expected a mapping at the top level")
    return data


def load_config(path: Path, _seen: tuple[Path, ...] = ()) -> Config:
    """Load one config file, following ``extends`` (a path relative to it)."""
    path = path.resolve()
    if path in _seen:
        raise ConfigError(f"{path}: extends: circular")
    if not path.is_file():
        raise ConfigError(f"{path}: config file not found")
    data = _read(path)
    if data is None:
        raise ConfigError(f"{path}: no [tool.mtlint] table")
    base = Config(root=path.parent)
    extends = data.get("extends")
    if extends is not None:
        extends = _path(str(path), "extends", extends)
        if extends != "default":
            base = load_config(path.parent / extends, (*_seen, path))
    return _parse(data, str(path), path.parent, base)


def find_config_file(start: Path) -> Path | None:
    """The nearest config file at or above ``start`` (a directory)."""
    directory = start.resolve()
    for candidate_dir in (directory, *directory.parents):
        for name in CONFIG_NAMES:
            candidate = candidate_dir / name
            if candidate.is_file():
                if name == "pyproject.toml" and _read(candidate) is None:
                    continue
                return candidate
    return None


class ConfigResolver:
    """Finds (and caches) the config in force for each linted path."""

    def __init__(self, explicit: Path | None = None, **cli: Any) -> None:
        self.cli = cli
        self.explicit = self._finish(load_config(explicit)) if explicit else None
        self._by_file: dict[Path, Config] = {}
        self._by_dir: dict[Path, Config] = {}
        self._default: Config | None = None

    def _finish(self, cfg: Config) -> Config:
        return cfg.with_cli(**self.cli)

    def for_path(self, path: Path) -> Config:
        if self.explicit is not None:
            return self.explicit
        directory = (path if path.is_dir() else path.parent).resolve()
        if directory not in self._by_dir:
            found = find_config_file(directory)
            if found is None:
                if self._default is None:
                    self._default = self._finish(Config(root=Path.cwd()))
                self._by_dir[directory] = self._default
            else:
                if found not in self._by_file:
                    self._by_file[found] = self._finish(load_config(found))
                self._by_dir[directory] = self._by_file[found]
        return self._by_dir[directory]
