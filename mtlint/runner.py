"""Lint targets: read bytes, decode, run the rules, and (when asked) fix atomically."""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from mtlint.document import BinaryFileError, Decoded, decode
from mtlint.engine import FileResult, lint_document, relative_to_root, ruleset
from mtlint.files import Target
from mtlint.fix import apply_fixes
from mtlint.model import Finding

MAX_FIX_PASSES = 10


@dataclass(frozen=True)
class FixOptions:
    enabled: bool = False
    unsafe: bool = False


def read_target(target: Target) -> bytes:
    if target.path is None:
        return sys.stdin.buffer.read()
    return target.path.read_bytes()


def _lint(text: str, target: Target, decoded: Decoded) -> list[Finding]:
    rs = ruleset(target.config)
    rel = relative_to_root(target.path, target.config) if target.path else target.display
    return lint_document(text, target.display, rs.for_path(rel), rs.registry, decoded.bad_offsets)


def lint_target(target: Target, fix: FixOptions = FixOptions(), data: bytes | None = None) -> tuple[FileResult, str | None]:
    """Lint one target. Returns the result and, when fixing, the fixed text (else None)."""
    try:
        raw = read_target(target) if data is None else data
    except OSError as exc:
        return FileResult(target.display, skipped=f"cannot read: {exc.strerror or exc}"), None
    try:
        decoded = decode(raw)
    except BinaryFileError as exc:
        return FileResult(target.display, skipped=str(exc)), None
    text = decoded.text
    findings = _lint(text, target, decoded)
    applied = 0
    fixed_text: str | None = None
    if fix.enabled and any(f.fix for f in findings):
        if decoded.bad_offsets:
            result = FileResult(target.display, findings, skipped=None, lines=text.count("\n") + 1)
            return result, None  # rewriting would lose the undecodable bytes: never fix
        for _ in range(MAX_FIX_PASSES):
            new_text, count = apply_fixes(text, findings, unsafe=fix.unsafe)
            if count == 0 or new_text == text:
                break
            applied += count
            text = new_text
            findings = _lint(text, target, decoded)
        if applied:
            fixed_text = text
            if target.path is not None:
                write_atomic(target.path, text, decoded)
    return FileResult(target.display, findings, fixed=applied, lines=text.count("\n") + 1), fixed_text


def write_atomic(path: Path, text: str, decoded: Decoded) -> None:
    """Replace ``path`` in one step, keeping its encoding, BOM, line endings and mode."""
    data = decoded.bom + text.encode(decoded.encoding)
    mode = stat.S_IMODE(path.stat().st_mode)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".mtlint", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
