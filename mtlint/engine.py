"""Run the enabled rules over a document and turn hits into findings."""

from __future__ import annotations

import fnmatch
from collections.abc import Sequence
from dataclasses import field
from functools import lru_cache, partial
from pathlib import Path

from mtlint import corpus, parts
from mtlint.config import Config
from mtlint.document import Document
from mtlint.errors import ConfigError
from mtlint.frontmatter import rules_text
from mtlint.glossary import glossary_index
from mtlint.model import Applicability, Category, Edit, Finding, Fix, Hit, Severity, Span
from mtlint.records import dataclass
from mtlint.registry import Registry, build_registry
from mtlint.rule import Rule
from mtlint.suppress import Directive, Scope

INTERNAL_ERROR = ("MTL000", "internal-error")
BAD_DIRECTIVE = "MTL001"
UNUSED = "MTL002"


@dataclass
class FileResult:
    """The outcome for one input: findings, or the reason it was skipped."""

    path: str
    findings: list[Finding] = field(default_factory=list)
    skipped: str | None = None  # a one-line notice: binary, unreadable, ...
    fixed: int = 0  # edits written back by --fix
    lines: int = 0
    record: str | None = None  # the JSONL record id, when the input was a record
    record_line: int | None = None  # a record's line in its JSON Lines file (a bad one's too)
    # set by the check run, for formats that pass or fail each input (JUnit, SARIF):
    fail_on: Severity | None = None  # its target's --fail-on (None: every finding fails)
    input_error: bool = False  # it could not be linted and makes the run exit 2
    unfixable: bool = False  # undecodable bytes: --fix will not rewrite it


@dataclass(frozen=True)
class RuleSet:
    """The rules in force for one config, with their final severities."""

    registry: Registry
    rules: tuple[tuple[Rule, Severity], ...]
    config: Config

    def for_path(self, rel_path: str) -> list[tuple[Rule, Severity]]:
        if not self.config.per_file_ignores:
            return list(self.rules)  # the common case: nothing to match, once per file
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
    for sel in config.selectors():
        if not registry.is_known(sel):
            cli = sel in config.cli_selectors or not config.source
            where = "command line" if cli else config.source
            raise ConfigError(f"{where}: unknown rule or category {sel!r}")
    enabled = _selected(registry, config)
    severities = {code: rule.meta.severity for code, rule in enabled.items()}
    for sel, sev in config.severity:
        for r in registry.matching(sel):
            if r.code in severities:
                severities[r.code] = sev
    rules = tuple((enabled[c], severities[c]) for c in sorted(enabled))
    result = RuleSet(registry, rules, config)
    _RULESETS[config] = result
    return result


def _selected(registry: Registry, config: Config) -> dict[str, Rule]:
    """As in ruff: the most specific selector naming a rule decides, ignore winning a
    tie; a --select starts afresh (the file's ignore set aside), a lone --ignore
    applies on top of the file's selection."""
    ignore = config.cli_ignore if config.cli_select else config.ignore
    verdict: dict[str, tuple[int, bool, Rule]] = {}
    for selectors, on in ((config.select, True), (ignore, False)):
        for sel in selectors:
            rank = registry.specificity(sel)
            for r in registry.matching(sel):
                old = verdict.get(r.code)
                if old is None or rank > old[0] or (rank == old[0] and not on):
                    verdict[r.code] = (rank, on, r)
    late = () if config.cli_select else config.cli_ignore
    off = {r.code for sel in late for r in registry.matching(sel)}
    return {code: r for code, (_, on, r) in verdict.items() if on and code not in off}


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
        severity=hit.severity
        if hit.severity is not None and severity > Severity.INFO
        else severity,
        span=hit.span,
        line=line,
        column=col,
        end_line=end_line,
        end_column=end_col,
        message=hit.message,
        fix=hit.fix,
        source_line=doc.lines[line - 1].text,
    )


def _directive_findings(
    make: parts.Make,
    findings: list[Finding],
    directives: Sequence[Directive],
    rules: Sequence[tuple[Rule, Severity]],
    registry: Registry,
    text: str,
) -> list[Finding]:
    """Drop suppressed findings and those a blanked directive left in ``text`` (the
    spaces where a comment was); report bad directives (MTL001) and unused ones (MTL002)."""
    enabled = {r.code: (r, s) for r, s in rules}
    codes_of = [
        None
        if not d.selectors
        else frozenset(r.code for sel in d.selectors for r in registry.matching(sel))
        for d in directives
    ]
    scope = Scope(directives, codes_of)
    blanks = [Span(d.start, d.end) for d in directives if d.inline]
    used = [False] * len(directives)
    kept = []
    for f in findings:
        if blanks and _left_by_directive(f, blanks, text):
            continue
        hit = False
        for i in range(len(directives)):
            if scope.covers(i, f.line, f.code):
                used[i] = hit = True
        if not hit:
            kept.append(f)
    for i, d in enumerate(directives):
        unknown = [sel for sel in d.selectors if not registry.is_known(sel)]
        if unknown and BAD_DIRECTIVE in enabled:
            rule, sev = enabled[BAD_DIRECTIVE]
            msg = f"unknown rule {unknown[0]!r} in mtlint directive"
            hit_ = Hit(Span(d.start, d.start), msg)
            kept.append(make(rule.code, rule.name, rule.meta.category, sev, hit_))
        # Judged over the rules that ran: unused when none of them fired. A directive
        # naming rules that did not run (LanguageTool's, without --grammar) may still be
        # needed: its removal is then an unsafe fix.
        codes = codes_of[i]
        ran = codes is None or not codes.isdisjoint(enabled)
        if used[i] or unknown or not ran or d.action == "enable" or UNUSED not in enabled:
            continue
        rule, sev = enabled[UNUSED]
        every = codes is None or codes <= enabled.keys()
        how = Applicability.SAFE if every else Applicability.UNSAFE
        fix = Fix("Remove the unused directive", (Edit(Span(d.start, d.end), ""),), how)
        what = " ".join(d.selectors) or "all rules"
        msg = f"unused suppression: '{d.action} {what}'".replace(" all rules", "")
        if not every:
            msg += " (among the rules that ran)"
        hit_ = Hit(Span(d.start, d.start), msg, fix)
        kept.append(make(rule.code, rule.name, rule.meta.category, sev, hit_))
    return kept


def _left_by_directive(f: Finding, blanks: Sequence[Span], text: str) -> bool:
    """A finding on the blank a directive written inside a line left (SP001's spaces):
    its span meets the blank and holds no letter or digit of the text."""
    return any(f.span.overlaps(b) for b in blanks) and not any(
        ch.isalnum() for ch in text[f.span.start : f.span.end]
    )


def _repeats(f: Finding, core: Sequence[Finding]) -> bool:
    """A fallback rule's or an external (LanguageTool) finding that says again what a
    core rule said."""
    return any(
        c.span == f.span or (c.category == f.category and c.span.overlaps(f.span)) for c in core
    )


def lint_document(
    text: str,
    path: str,
    rules: Sequence[tuple[Rule, Severity]],
    registry: Registry,
    bad_offsets: tuple[int, ...] = (),
    extra: Sequence[tuple[str, Hit]] = (),
    encoding: str = "utf-8",
) -> list[Finding]:
    """Blank directives and Markdown front matter, run each rule (a crashing rule becomes
    one finding), add ``extra`` hits from external checkers (LanguageTool) unless a core
    finding already covers them, filter through suppressions, sort. A very long text is
    linted in parts (mtlint.parts)."""
    blanked, directives = rules_text(text, path)
    if parts.is_long(blanked):
        findings, make = parts.lint_parts(
            blanked, path, rules, bad_offsets, extra, _lint_one, make_finding, encoding
        )
    else:
        doc = Document(blanked, path, bad_offsets=bad_offsets, encoding=encoding)
        findings, make = _lint_one(doc, rules, extra), partial(make_finding, doc)
    if directives:
        findings = _directive_findings(make, findings, directives, rules, registry, blanked)
    unique = {(f.code, f.span, f.message): f for f in findings}
    return sorted(unique.values(), key=lambda f: f.sort_key)


def _lint_one(
    doc: Document, rules: Sequence[tuple[Rule, Severity]], extra: Sequence[tuple[str, Hit]]
) -> list[Finding]:
    """The rules' findings on one document, then the fallback rules' and the external
    hits that no rule's finding covers."""
    findings: list[Finding] = []
    fallbacks: list[Finding] = []
    for rule, severity in rules:
        meta = rule.meta
        out = fallbacks if rule.fallback else findings
        try:
            for hit in rule.check(doc):
                out.append(make_finding(doc, meta.code, meta.name, meta.category, severity, hit))
        except Exception as exc:  # one broken rule must not end the run
            hit = Hit(
                Span(0, 0), f"rule {meta.code} ({meta.name}) failed: {type(exc).__name__}: {exc}"
            )
            findings.append(
                make_finding(doc, *INTERNAL_ERROR, Category.INTERNAL, Severity.ERROR, hit)
            )
    if fallbacks:
        core = list(findings)
        findings += [f for f in fallbacks if not _repeats(f, core)]
    if extra:
        enabled = {r.code: (r, s) for r, s in rules}
        core = list(findings)
        for code, hit in extra:
            if code not in enabled or hit.span.end > len(doc.text):
                continue
            rule, severity = enabled[code]
            m = rule.meta
            f = make_finding(doc, m.code, m.name, m.category, severity, hit)
            if not _repeats(f, core):
                findings.append(f)
    return findings


def lint_text(text: str, path: str = "<text>", config: Config | None = None) -> list[Finding]:
    """Lint a string with a config (default: every rule at its default severity)."""
    rs = ruleset(config or Config())
    rules = [(r, s) for r, s in rs.for_path(path) if not getattr(r, "needs_languagetool", False)]
    with corpus.scoped(glossary_index([rs.config.glossary])):  # a lone text: no run's index
        return lint_document(text, path, rules, rs.registry)


def relative_to_root(path: Path, config: Config) -> str:
    try:
        root = config.root
        # A relative root depends on the working directory: resolved each time.
        resolved = _resolved(root) if root.is_absolute() else root.resolve()
        return path.resolve().relative_to(resolved).as_posix()
    except ValueError:
        return path.as_posix()


@lru_cache(maxsize=64)
def _resolved(root: Path) -> Path:
    """An absolute config root, resolved once rather than once per file (a few syscalls)."""
    return root.resolve()
