"""JSON Lines corpora: every record's text field is a document of its own.

Findings are keyed by record: the path reads ``corpus.jsonl#<id>`` (the ``--jsonl-id``
field, or the record's line number) and lines count within the record's text. Files
compressed with gzip, bzip2 or xz are read through (recognised by their first bytes, so
stdin may be compressed too). A bad record (a line that is not JSON, or a record without
the text field) does not end the run: it becomes a target with a ``problem``, reported
as an input error once every other record is linted.
"""

from __future__ import annotations

import codecs
import io
import json
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import replace

from mtlint.files import Target
from mtlint.shown import printable

# what a directory walk lints with --jsonl-field
JSONL_INCLUDE = tuple(
    f"*.{ext}{z}" for ext in ("jsonl", "ndjson") for z in ("", ".gz", ".bz2", ".xz")
)
_MAGIC = {b"\x1f\x8b": "gzip", b"BZh": "bz2", b"\xfd7zXZ\x00": "lzma"}
_LONE = "mtlint-lone-surrogate"


def _lone_surrogate(exc: UnicodeError) -> tuple[bytes, int]:
    """A lone surrogate that JSON escapes (``"\\ud800"``) becomes one byte that is never
    UTF-8 (0xFF): decoded, it is one undecodable character, reported once, and the
    columns after it match the record's text. (Its three ``surrogatepass`` bytes were
    three characters, shifting every later column by two.)"""
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    return b"\xff" * (exc.end - exc.start), exc.end


codecs.register_error(_LONE, _lone_surrogate)


def _open(target: Target, stack: ExitStack) -> io.BufferedIOBase:
    """The target's bytes, decompressed when they start with a known magic number."""
    raw: io.BufferedIOBase
    if target.data is not None:
        head, raw = target.data[:6], io.BytesIO(target.data)
    else:
        assert target.path is not None
        fh = stack.enter_context(target.path.open("rb"))
        head, raw = fh.peek(6)[:6], fh
    kind = next((kind for magic, kind in _MAGIC.items() if head.startswith(magic)), None)
    if kind == "gzip":
        import gzip

        return gzip.GzipFile(fileobj=raw)
    if kind == "bz2":
        import bz2

        return bz2.BZ2File(raw)
    if kind == "lzma":
        import lzma

        return lzma.LZMAFile(raw)
    return raw


def field_value(record: object, name: str) -> object:
    """``record[name]``; failing that, a dotted name walks nested objects (``meta.text``)."""
    if not isinstance(record, dict):
        return None
    if name in record:
        return record[name]
    value: object = record
    for key in name.split("."):
        if not isinstance(value, dict) or key not in value:
            return None
        value = value[key]
    return value


def _bad(target: Target, number: int | None, problem: str) -> Target:
    """A record (or, without a line number, a file) that cannot be linted."""
    where = target.display if number is None else f"{target.display}:{number}"
    return replace(target, path=None, display=where, data=None, problem=problem, line=number)


def expand(target: Target, field: str, id_field: str | None) -> Iterator[Target]:
    """Yield one in-memory target per record (a bad record: one with a ``problem``)."""
    number = 0
    with ExitStack() as stack:
        try:
            fh = stack.enter_context(_open(target, stack))
        except OSError as exc:
            yield _bad(target, None, f"cannot read: {exc.strerror or exc}")
            return
        try:
            for number, raw in enumerate(fh, 1):
                if number == 1 and (wide := _wide(raw)):
                    yield _bad(target, None, f"JSON Lines must be UTF-8 (this file is {wide})")
                    return
                if raw.strip():
                    yield _record(target, number, raw, field, id_field)
        except (OSError, EOFError) as exc:  # a damaged or truncated archive
            yield _bad(target, number + 1, f"cannot read: {exc}")


def _wide(first: bytes) -> str | None:
    """``UTF-16`` or ``UTF-32`` when the first line is in one (a BOM, or the NUL bytes of
    ASCII in wide units, as RFC 4627 detects them), else None (a UTF-8 BOM is fine).
    Split at b"\\n", a wide file came out as records half parsed and stray NUL lines.
    It is refused, whole, with one error rather than decoded: JSON Lines is UTF-8
    (jsonlines.org, RFC 8259), and so is what reads the corpus after mtlint; a BOM-less
    file would have to be guessed. ``iconv -f UTF-16 -t UTF-8`` converts it."""
    encoding = json.detect_encoding(first[:4])
    return None if encoding.startswith("utf-8") else encoding[:6].upper()


def _record_id(rid: object) -> str:
    """A record id as written in the JSON: a string as it is, anything else as compact
    JSON (``true``, ``["x"]``, ``{"a":1}``, not Python's ``True``)."""
    if isinstance(rid, str):
        return printable(rid)
    return printable(json.dumps(rid, ensure_ascii=False, separators=(",", ":")))


def _record(target: Target, number: int, raw: bytes, field: str, id_field: str | None) -> Target:
    try:
        record = json.loads(raw)
    except json.JSONDecodeError as exc:
        return _bad(target, number, f"invalid JSON: {exc.msg} (column {exc.pos + 1})")
    except UnicodeDecodeError as exc:
        return _bad(target, number, f"invalid JSON: not UTF-8 (byte {exc.start + 1})")
    text = field_value(record, field)
    if not isinstance(text, str):
        return _bad(target, number, f"no string field {field!r}")
    rid = field_value(record, id_field) if id_field else None
    key = _record_id(rid) if rid is not None else str(number)  # null: as if missing
    return replace(
        target,
        path=None,
        source=target.path or target.source,  # per-file settings match the JSONL file
        display=f"{target.display}#{key}",
        # JSON may escape a lone surrogate ("\\ud800"): it is then one undecodable
        # character, reported like a bad byte of a file
        data=text.encode("utf-8", _LONE),
        record=key,
        line=number,
    )
