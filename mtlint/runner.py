"""Lint targets: read bytes, decode, run the rules, and (when asked) fix atomically."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from mtlint import corpus
from mtlint.atomic import rewrite
from mtlint.cache import ResultCache
from mtlint.digest import sha256
from mtlint.document import BinaryFileError, Decoded, decode, line_count, line_texts
from mtlint.engine import FileResult, RuleSet, lint_document, relative_to_root, ruleset
from mtlint.files import Target
from mtlint.fix import Moves, chosen_edits, edited
from mtlint.frontmatter import rules_text
from mtlint.kinds import YamlRule
from mtlint.model import Finding, Severity
from mtlint.records import dataclass
from mtlint.registry import Registry, builtin_rules_dir
from mtlint.rule import Rule

MAX_FIX_PASSES = 10


@dataclass(frozen=True)
class FixOptions:
    """Whether to apply fixes, and the unsafe ones too."""

    enabled: bool = False
    unsafe: bool = False


def read_target(target: Target) -> bytes:
    if target.data is not None:
        return target.data
    if target.path is None:
        return sys.stdin.buffer.read()
    return target.path.read_bytes()


# id(rule set) -> (the rule set, its rules without LanguageTool's): the usual answer of
# ``_rules``, the same for every file of a run without per-file ignores.
_CORE: dict[int, tuple[RuleSet, tuple[tuple[Rule, Severity], ...]]] = {}


def _rules(target: Target) -> tuple[list[tuple[Rule, Severity]], Registry]:
    """The rules in force for a target; LanguageTool's only when it checked the target."""
    rs = ruleset(target.config)
    if not rs.config.per_file_ignores and not target.grammar:
        # No path to match (for_path gives every rule): no path resolution per file.
        entry = _CORE.get(id(rs))
        if entry is None or entry[0] is not rs:
            core = tuple(r for r in rs.rules if not getattr(r[0], "needs_languagetool", False))
            entry = _CORE[id(rs)] = (rs, core)
        return list(entry[1]), rs.registry
    named = target.path or target.source  # stdin and records: the name they stand for
    rel = relative_to_root(named, target.config) if named else target.display
    rules = rs.for_path(rel)
    if not target.grammar:
        rules = [(r, s) for r, s in rules if not getattr(r, "needs_languagetool", False)]
    return rules, rs.registry


def _lint(text: str, target: Target, decoded: Decoded) -> list[Finding]:
    rules, registry = _rules(target)
    return lint_document(
        text,
        target.display,
        rules,
        registry,
        decoded.bad_offsets,
        target.extra,
        decoded.encoding,
    )


@lru_cache(maxsize=1)
def _code_fingerprint() -> str:
    """Changes whenever mtlint's code or built-in rules change (not only the version)."""
    h = sha256()
    for base in (Path(__file__).parent, builtin_rules_dir()):
        for name, st in _sources(str(base)):
            h.update(f"{name}:{st.st_size}:{st.st_mtime_ns}".encode())
    return h.hexdigest()


def _sources(directory: str) -> Iterator[tuple[str, os.stat_result]]:
    """Python and YAML files under ``directory`` in a stable order, skipping __pycache__
    (os.scandir: pathlib's rglob cost about 4% of a cached start-up here)."""
    for entry in sorted(os.scandir(directory), key=lambda e: e.name):
        if entry.is_dir():
            if entry.name != "__pycache__":
                yield from _sources(entry.path)
        elif entry.name.endswith((".py", ".yaml", ".yml")):
            yield entry.name, entry.stat()


# id(registry) -> (the registry, the digest of its user rules): see _user_rules.
_USER_RULES: dict[int, tuple[Registry, str]] = {}


def _user_rules(registry: Registry) -> str:
    """The content of the user's rule files (``rule-paths``), once per registry: the
    config names only their folders, and an edited rule must not be answered from the
    result cache. (Shipped rules are part of the code fingerprint.)"""
    entry = _USER_RULES.get(id(registry))
    if entry is None or entry[0] is not registry:
        h = sha256()
        for rule in registry:
            if isinstance(rule, YamlRule) and not rule.trusted:
                h.update(f"{rule.spec.path}\0{rule.spec.data!r}\0".encode())
        entry = _USER_RULES[id(registry)] = (registry, h.hexdigest())
    return entry[1]


def rules_key(target: Target) -> str:
    rules, registry = _rules(target)
    parts = [
        _code_fingerprint(),
        _user_rules(registry),
        repr(target.config),
        target.display,
        repr(target.extra),
        str(target.grammar),
        corpus.fingerprint(),
    ]
    parts += [f"{r.code}:{s}" for r, s in rules]
    return sha256("\n".join(parts).encode()).hexdigest()


def lint_target(
    target: Target,
    fix: FixOptions = FixOptions(),
    data: bytes | None = None,
    cache: ResultCache | None = None,
) -> tuple[FileResult, str | None]:
    """Lint one target. Returns the result and, when fixing, the fixed text (else None)."""
    if target.problem is not None:
        return FileResult(target.display, skipped=target.problem, record=target.record), None
    try:
        raw = read_target(target) if data is None else data
    except OSError as exc:
        return FileResult(target.display, skipped=f"cannot read: {exc.strerror or exc}"), None
    key = None
    if cache is not None and not fix.enabled:
        key = cache.key(raw, target.display, rules_key(target))
        hit = cache.get(key)
        cached = None if hit is None else _with_sources(hit[0], raw, target.display)
        if hit is not None and cached is not None:  # None: a damaged entry, linted again
            found, bad = cached
            result = FileResult(
                target.display, found, lines=hit[1], record=target.record, unfixable=bad
            )
            return result, None
    try:
        decoded = decode(raw)
    except BinaryFileError as exc:
        return FileResult(target.display, skipped=str(exc)), None
    del raw  # a very long file is linted in parts: its bytes need not stay too
    text = decoded.text
    findings = _lint(text, target, decoded)
    if key is not None and cache is not None:
        cache.put(key, findings, line_count(text))
    applied = 0
    fixed_text: str | None = None
    if fix.enabled and any(f.fix for f in findings):
        if decoded.bad_offsets:  # rewriting would lose the undecodable bytes: never fix
            why = f"cannot fix: it holds bytes that are not {decoded.encoding} (kept as they are)"
            result = FileResult(target.display, findings, skipped=why, lines=line_count(text))
            return result, None
        found = findings
        for _ in range(MAX_FIX_PASSES):
            edits, count = chosen_edits(findings, unsafe=fix.unsafe)
            new_text = edited(text, edits)
            if count == 0 or new_text == text:
                break
            applied += count
            text = new_text
            if target.extra:  # LanguageTool's hits were found once, on the text as read
                moved = Moves(edits)
                kept = tuple((code, h) for code, hit in target.extra if (h := moved(hit)))
                target = replace(target, extra=kept)
            findings = _lint(text, target, decoded)
        if applied:
            fixed_text = text
            if target.path is not None:
                try:
                    new = decoded.bom + text.encode(decoded.encoding)
                    old = decoded.bom + decoded.text.encode(decoded.encoding)
                    rewrite(target.path, new, old)
                except OSError as exc:  # a read-only directory: this file, not the run
                    why = f"cannot write the fixes: {exc.strerror or exc}"
                    lines = line_count(decoded.text)
                    return FileResult(target.display, found, skipped=why, lines=lines), None
    result = FileResult(
        target.display,
        findings,
        fixed=applied,
        lines=line_count(text),
        record=target.record,
        unfixable=bool(decoded.bad_offsets),
    )
    return result, fixed_text


def _with_sources(
    findings: list[Finding], raw: bytes, path: str
) -> tuple[list[Finding], bool] | None:
    """Cached findings get their source lines back from the text they were found in,
    with whether that text has undecodable bytes (--fix will not rewrite it); None (a
    miss) when an entry names a line the text does not have (a damaged one)."""
    if not findings:
        return findings, False
    decoded = decode(raw)
    lines = line_texts(rules_text(decoded.text, path)[0])  # not a Document: it may be long
    if not all(0 < f.line <= len(lines) for f in findings):
        return None
    return [replace(f, source_line=lines[f.line - 1]) for f in findings], bool(decoded.bad_offsets)
