"""Run the enabled rules over a document and turn hits into findings."""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from mtlint.config import Config
from mtlint.document import Document
from mtlint.errors import ConfigError
from mtlint.model import Category, Finding, Hit, Severity, Span
from mtlint.registry import Registry, build_registry
from mtlint.rule import Rule
from mtlint.suppress import Directive, parse

INTERNAL_ERROR = ("MTL000", "internal-error")
BAD_DIRECTIVE = ("MTL001", "invalid-directive")


@dataclass
class FileResult:
    """The outcome for one input: findings, or the reason it was skipped."""

    path: str
    findings: list[Finding] = field(default_factory=list)
    skipped: str | None = None  # a one-line notice: binary, unreadable, ...
    fixed: int = 0  # edits written back by --fix
    lines: int = 0


@dataclass(frozen=True)
class RuleSet:
    """The rules in force for one config, with their final severities."""

    registry: Registry
    rules: tuple[tuple[Rule, Severity], ...]
    config: Config

    def for_path(self, rel_path: str) -> list[tuple[Rule, Severity]]:
        ignored: set[str] = set()
        for pattern, selectors in self.config.per_file_ignores:
            if _glob_match(rel_path, pattern):
                for sel in selectors:
                    ignored.update(r.code for r in self.registry.matching(sel))
        return [(r, s) for r, s in self.rules if r.code not in ignored]


def _glob_match(path: str, pattern: str) -> bool:
    path = path.replace("\\", "/")
    if fnmatch.fnmatch(path, pattern):
        return True
    if "/" not in pattern:
        return fnmatch.fnmatch(path.rsplit("/", 1)[-1], pattern)
    if pattern.endswith("/**"):
        return path.startswith(pattern[:-3] + "/")
    return fnmatch.fnmatch(path, pattern.replace("**/", "*"))


_RULESETS: dict[Config, RuleSet] = {}


def ruleset(config: Config) -> RuleSet:
    """Resolve and validate a config's selection once."""
    cached = _RULESETS.get(config)
    if cached is not None:
        return cached
    registry = build_registry(config.rule_paths)
    where = config.source or "command line"
    for sel in config.selectors():
        if not registry.is_known(sel):
            raise ConfigError(f"{where}: unknown rule or category {sel!r}")
    enabled: dict[str, Rule] = {}
    for sel in config.select:
        enabled.update((r.code, r) for r in registry.matching(sel))
    for sel in config.ignore:
        for r in registry.matching(sel):
            enabled.pop(r.code, None)
    severities = {code: rule.meta.severity for code, rule in enabled.items()}
    for sel, sev in config.severity:
        for r in registry.matching(sel):
            if r.code in severities:
                severities[r.code] = sev
    rules = tuple((enabled[c], severities[c]) for c in sorted(enabled))
    result = RuleSet(registry, rules, config)
    _RULESETS[config] = result
    return result


def make_finding(
    doc: Document, code: str, name: str, category: Category, severity: Severity, hit: Hit
) -> Finding:
    line, col = doc.position(hit.span.start)
    end_line, end_col = doc.position(hit.span.end)
    return Finding(
        path=doc.path,
        code=code,
        name=name,
        category=category,
        severity=hit.severity if hit.severity is not None and severity > Severity.INFO else severity,
        span=hit.span,
        line=line,
        column=col,
        end_line=end_line,
        end_column=end_col,
        message=hit.message,
        fix=hit.fix,
        source_line=doc.lines[line - 1].text,
    )


def _suppressed(f: Finding, directives: Sequence[Directive], registry: Registry) -> bool:
    for d in directives:
        if d.first <= f.line <= d.last:
            if not d.selectors:
                return True
            for sel in d.selectors:
                if any(r.code == f.code for r in registry.matching(sel)):
                    return True
    return False


def _bad_directives(doc: Document, directives: Sequence[Directive], registry: Registry) -> Iterable[Finding]:
    for d in directives:
        for sel in d.selectors:
            if not registry.is_known(sel):
                line = doc.lines[d.line - 1]
                hit = Hit(Span(line.start, line.start), f"unknown rule {sel!r} in mtlint directive")
                yield make_finding(doc, *BAD_DIRECTIVE, Category.INTERNAL, Severity.ERROR, hit)


def lint_document(
    text: str, path: str, rules: Sequence[tuple[Rule, Severity]], registry: Registry,
    bad_offsets: tuple[int, ...] = (),
) -> list[Finding]:
    """Blank directives, run each rule (a crashing rule becomes one finding), filter, sort."""
    blanked, directives = parse(text)
    doc = Document(blanked, path, bad_offsets=bad_offsets)
    findings: list[Finding] = []
    for rule, severity in rules:
        meta = rule.meta
        try:
            for hit in rule.check(doc):
                findings.append(make_finding(doc, meta.code, meta.name, meta.category, severity, hit))
        except Exception as exc:  # noqa: BLE001 - one broken rule must not end the run
            hit = Hit(Span(0, 0), f"rule {meta.code} ({meta.name}) failed: {type(exc).__name__}: {exc}")
            findings.append(make_finding(doc, *INTERNAL_ERROR, Category.INTERNAL, Severity.ERROR, hit))
    if directives:
        findings = [f for f in findings if not _suppressed(f, directives, registry)]
        findings.extend(_bad_directives(doc, directives, registry))
    unique = {(f.code, f.span, f.message): f for f in findings}
    return sorted(unique.values(), key=lambda f: f.sort_key)


def lint_text(text: str, path: str = "<text>", config: Config | None = None) -> list[Finding]:
    """Lint a string with a config (default: every rule at its default severity)."""
    rs = ruleset(config or Config())
    return lint_document(text, path, rs.for_path(path), rs.registry)


def relative_to_root(path: Path, config: Config) -> str:
    try:
        return path.resolve().relative_to(config.root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()
