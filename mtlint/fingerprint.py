"""Fingerprints that survive line shifts: rule + normalized span and line + occurrence.

Shared by the baseline and by the SARIF and GitLab Code Quality reports, so they agree on
identity; the reports key a file by its path in its repository.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import lru_cache

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


@lru_cache(maxsize=1024)
def _top(folder: str) -> str | None:
    """The repository a folder is in: the nearest ancestor with a ``.git``."""
    while not os.path.exists(os.path.join(folder, ".git")):  # noqa: PTH110, PTH118
        parent = os.path.dirname(folder)  # noqa: PTH120
        if parent == folder:
            return None
        folder = parent
    return folder


@lru_cache(maxsize=1024)
def real_folder(folder: str) -> str:
    """A folder's real path, once per folder: linked folders name the same files."""
    return os.path.realpath(folder)


def name_in(path: str, folder: str) -> str:
    """``path`` relative to ``folder`` (a real path), with "/": its folder's links
    resolved, a link to the file itself kept; the real path on another drive (Windows)."""
    parent, base = os.path.split(os.path.abspath(path))  # noqa: PTH100 - a link stays one
    real = os.path.join(real_folder(parent), base)  # noqa: PTH118
    try:
        rel = os.path.relpath(real, folder)
    except ValueError:  # another drive: no relative path
        rel = real
    return rel.replace(os.sep, "/")


def repo_path(path: str) -> str:
    """A file's path relative to its repository's top, as CI systems key files (the
    path as shown when it is in no repository, or is stdin)."""
    if path == "<stdin>":
        return path
    top = _top(real_folder(os.path.dirname(os.path.abspath(path))))  # noqa: PTH100, PTH120
    return path.replace(os.sep, "/") if top is None else name_in(path, top)


def repo_fingerprints(
    findings: list[Finding], shown: str, record: str | None
) -> Iterator[tuple[Finding, str]]:
    """Fingerprints keyed by the repository path, not the path as shown, so that they
    do not change with the working folder (SARIF, GitLab)."""
    suffix = "" if record is None else "#" + record
    return fingerprints_as(findings, repo_path(shown.removesuffix(suffix)) + suffix)


def fingerprints_as(findings: list[Finding], name: str) -> Iterator[tuple[Finding, str]]:
    """Each finding with its fingerprint, computed as if its file were shown as ``name``."""
    renamed = (replace(f, path=name) if f.path != name else f for f in findings)
    for f, (_, fp) in zip(findings, fingerprints(renamed), strict=True):
        yield f, fp
