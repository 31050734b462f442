"""Fingerprints that survive line shifts: rule + normalized span and line + occurrence.

Shared by the baseline and by GitLab Code Quality reports, so both agree on identity.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator

from mtlint import rx
from mtlint.digest import sha256
from mtlint.model import Finding

_WS = rx.lazy(r"\s+")


def _norm(text: str) -> str:
    return _WS.sub(" ", text).strip().casefold()


def span_text(f: Finding) -> str:
    if f.end_line == f.line:
        return f.source_line[f.column - 1 : f.end_column - 1]
    return f.source_line[f.column - 1 :]


def fingerprints(findings: Iterable[Finding]) -> Iterator[tuple[Finding, str]]:
    """Yield each finding of one file with its fingerprint, in order."""
    seen: Counter[tuple[str, str, str]] = Counter()
    for f in findings:
        key = (f.code, _norm(span_text(f)), _norm(f.source_line))
        index = seen[key]
        seen[key] += 1
        raw = "\x1f".join((f.path, *key, str(index)))
        yield f, sha256(raw.encode("utf-8")).hexdigest()[:32]
