"""JSON Lines corpora: every record's text field is a document of its own.

Findings are keyed by record: the path reads ``corpus.jsonl#<id>`` (the ``--jsonl-id``
field, or the record's line number) and lines count within the record's text.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace

from mtlint.errors import MtlintError
from mtlint.files import Target
from mtlint.shown import printable


def expand(target: Target, field: str, id_field: str | None) -> Iterator[Target]:
    """Yield one in-memory target per record; a bad record is an input error (exit 2)."""
    if target.path is None:
        raise MtlintError("--jsonl-field needs files, not stdin")
    try:
        fh = target.path.open("rb")
    except OSError as exc:
        raise MtlintError(f"{target.display}: cannot read: {exc.strerror}") from None
    with fh:
        for number, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            try:
                record = json.loads(raw)
            except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                raise MtlintError(f"{target.display}:{number}: invalid JSON: {exc}") from None
            if not isinstance(record, dict) or not isinstance(record.get(field), str):
                raise MtlintError(f"{target.display}:{number}: no string field {field!r}")
            rid = record.get(id_field) if id_field else None
            key = printable(str(rid)) if rid is not None else str(number)
            yield replace(
                target,
                path=None,
                display=f"{target.display}#{key}",
                # JSON may escape a lone surrogate ("\\ud800"): its bytes are then
                # undecodable, reported like any bad byte of a file
                data=record[field].encode("utf-8", "surrogatepass"),
                record=key,
            )
