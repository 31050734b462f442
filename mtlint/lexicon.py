"""English word frequencies (``wordsegment``'s unigram list), shared by every rule.

Parsing the 333,000-line list costs most of a second, so the parsed table is kept in the
user cache as a ``marshal`` file (about ten times faster to load) keyed by the source
file's size and mtime; the cache is rebuilt whenever it is missing, stale or unreadable.
"""

from __future__ import annotations

import marshal
import os
import tempfile
from functools import cache
from pathlib import Path


def _cache_file(source: Path) -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    st = source.stat()
    return Path(base) / "mtlint" / "lexicon" / f"unigrams-{st.st_size}-{st.st_mtime_ns}.marshal"


@cache
def unigrams() -> dict[str, float]:
    """Lowercase word -> count in a web corpus of about a trillion words."""
    import wordsegment

    source = Path(wordsegment.Segmenter.UNIGRAMS_FILENAME)
    target = _cache_file(source)
    try:
        table = marshal.loads(target.read_bytes())
        if isinstance(table, dict) and table:
            return table
    except (OSError, ValueError, EOFError, TypeError):
        pass
    parsed: dict[str, float] = wordsegment.Segmenter.parse(str(source))
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            fh.write(marshal.dumps(parsed))
        Path(tmp).replace(target)
    except OSError:
        pass  # a read-only home costs time, never correctness
    return parsed


def count(word: str) -> float:
    """How often ``word`` (any case) occurs; 0 when it is not listed."""
    return unigrams().get(word.lower(), 0.0)
