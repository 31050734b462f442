"""On-disk cache of LanguageTool's raw matches, one entry per paragraph.

The key is a digest of the paragraph text, the server's LanguageTool version and build, and
every request parameter, so a re-run over unchanged text sends nothing. SQLite (standard
library) keeps it in one file that concurrent mtlint runs can share.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from mtlint.digest import sha256

SCHEMA = "CREATE TABLE IF NOT EXISTS matches (key TEXT PRIMARY KEY, value TEXT NOT NULL)"
KEEP = ("offset", "length", "message", "shortMessage", "replacements", "rule")
MAX_REPLACEMENTS = 5


def entry_key(text: str, version: str, request_key: str) -> str:
    data = f"{version}\0{request_key}\0{text}".encode("utf-8", "surrogatepass")
    return sha256(data).hexdigest()


def slim(match: dict[str, Any]) -> dict[str, Any]:
    """Only what mapping needs, so cache entries stay small."""
    out = {k: match[k] for k in KEEP if k in match}
    out["replacements"] = list(match.get("replacements") or [])[:MAX_REPLACEMENTS]
    rule = match.get("rule") or {}
    out["rule"] = {
        "id": rule.get("id"),
        "issueType": rule.get("issueType"),
        "category": {"id": (rule.get("category") or {}).get("id")},
    }
    return out


class MatchCache:
    """A key -> list-of-matches store; ``None`` directory means no cache at all."""

    def __init__(self, directory: Path | None) -> None:
        self._db: sqlite3.Connection | None = None
        if directory is None:
            return
        try:
            directory.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(directory / "languagetool.sqlite3", timeout=10)
            self._db.execute(SCHEMA)
        except (OSError, sqlite3.Error):
            self._db = None  # a cache that cannot be opened is no cache, not an error

    def get_many(self, keys: Iterable[str]) -> dict[str, list[dict[str, Any]]]:
        if self._db is None:
            return {}
        wanted = list(dict.fromkeys(keys))
        found: dict[str, list[dict[str, Any]]] = {}
        with contextlib.suppress(sqlite3.Error):
            for i in range(0, len(wanted), 500):
                chunk = wanted[i : i + 500]
                marks = ",".join("?" * len(chunk))
                rows = self._db.execute(
                    f"SELECT key, value FROM matches WHERE key IN ({marks})", chunk
                )
                for key, value in rows:
                    found[key] = json.loads(value)
        return found

    def put_many(self, entries: dict[str, list[dict[str, Any]]]) -> None:
        if self._db is None or not entries:
            return
        rows = [(k, json.dumps(v, ensure_ascii=False)) for k, v in entries.items()]
        with contextlib.suppress(sqlite3.Error), self._db:
            self._db.executemany("INSERT OR REPLACE INTO matches VALUES (?, ?)", rows)

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
