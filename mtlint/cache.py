"""A result cache keyed by content, path, rule set and mtlint version (like ruff's).

Entries are JSON files written atomically (temp file + rename), so two runs may share
a cache directory and an interrupted run never leaves a half-written entry behind.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from mtlint import __version__
from mtlint.atomic import replacing
from mtlint.digest import sha256
from mtlint.model import Applicability, Category, Edit, Finding, Fix, Severity, Span
from mtlint.sigmask import held
from mtlint.usercache import cache_root

SCHEMA = 1


def default_cache_dir() -> Path:
    env = os.environ.get("MTLINT_CACHE_DIR")
    if env:
        return Path(env)
    return cache_root() / "results"


def _encode(f: Finding) -> dict[str, object]:
    """A finding without its source line: that is rebuilt from the text on a hit (storing
    it would copy a 1 MB line once per finding on it)."""
    d = f.to_dict()
    d["span"] = [f.span.start, f.span.end]
    return d


def _decode(d: dict[str, object]) -> Finding:
    fix = None
    raw_fix = d.get("fix")
    if isinstance(raw_fix, dict):
        edits = tuple(Edit(Span(e["start"], e["end"]), e["replacement"]) for e in raw_fix["edits"])
        fix = Fix(raw_fix["title"], edits, Applicability(raw_fix["applicability"]))
    span = d["span"]
    assert isinstance(span, list)
    return Finding(
        path=str(d["path"]),
        code=str(d["code"]),
        name=str(d["name"]),
        category=Category(str(d["category"])),
        severity=Severity.parse(str(d["severity"])),
        span=Span(int(span[0]), int(span[1])),
        line=int(str(d["line"])),
        column=int(str(d["column"])),
        end_line=int(str(d["end_line"])),
        end_column=int(str(d["end_column"])),
        message=str(d["message"]),
        fix=fix,
    )


class ResultCache:
    def __init__(self, directory: Path) -> None:
        self.directory = directory

    @staticmethod
    def key(data: bytes, path: str, rules_key: str) -> str:
        h = sha256()
        for part in (__version__, str(SCHEMA), rules_key, path):
            h.update(part.encode("utf-8") + b"\x00")
        h.update(data)
        return h.hexdigest()

    def _file(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key[2:]}.json"

    def get(self, key: str) -> tuple[list[Finding], int] | None:
        try:
            raw = json.loads(self._file(key).read_text(encoding="utf-8"))
            return [_decode(d) for d in raw["findings"]], int(raw["lines"])
        except (OSError, ValueError, LookupError, TypeError, AssertionError, RecursionError):
            return None  # missing or damaged: linted again

    def put(self, key: str, findings: list[Finding], lines: int) -> None:
        target = self._file(key)
        data = json.dumps(
            {"findings": [_encode(f) for f in findings], "lines": lines}, ensure_ascii=False
        )
        with held():  # Ctrl-C or a pool's terminate() lands after the rename
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
                with replacing(target) as fh:
                    fh.write(data.encode("utf-8"))
            except OSError:
                return  # a read-only or full cache never fails the run
