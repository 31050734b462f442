"""py3langid's model as a table file in the user cache, read on demand.

Loaded as py3langid loads it, the model costs about 87 MB (118 MB while it is being
unpacked) for a rule that scores a handful of fragments per run. Its arrays are saved
once, unpacked, as a table file (see ``mtlint.tablefile``), keyed by the model file's
size and mtime, py3langid's version and this layout's version; py3langid's own
``LanguageIdentifier`` then gets stand-ins that read only the DFA transitions and
feature rows a text needs. The scoring is py3langid's code on the same numbers, so the
rankings are the same as with the loaded model.
"""

from __future__ import annotations

import struct
from array import array
from pathlib import Path
from typing import Any

import numpy as np

from mtlint import tablefile

FORMAT = 1  # bump when the sections change
_PREFIX = "model-"


class _Items:
    """A flat section read one item per index (``tk_nextmove``: one per input byte)."""

    def __init__(self, tables: tablefile.Tables, name: str) -> None:
        self._read = tables.read
        self._name = name
        self._unpack = struct.Struct(tables.format(name)).unpack

    def __getitem__(self, i: int) -> int:
        value: int = self._unpack(self._read(self._name, i, 1))[0]
        return value


class _Rows:
    """A 2-d section of which ``rows[idx]`` reads just the rows in ``idx`` (``nb_ptc``)."""

    def __init__(self, tables: tablefile.Tables, name: str) -> None:
        self._read = tables.read
        self._name = name
        self._dtype = np.dtype(tables.format(name))
        self._width = tables.shape(name)[1]
        self.shape = tables.shape(name)

    def __getitem__(self, idx: Any) -> np.ndarray[Any, np.dtype[Any]]:
        width, read, name = self._width, self._read, self._name
        data = b"".join(read(name, int(i) * width, width) for i in np.asarray(idx).ravel())
        return np.frombuffer(data, dtype=self._dtype).reshape(*np.shape(idx), width)


def _source() -> tuple[Path, str]:
    import py3langid
    from py3langid.langid import MODEL_DIR, MODEL_FILE

    version = str(getattr(py3langid, "__version__", "0"))
    return Path(MODEL_DIR) / MODEL_FILE, version


def _cache_file(model: Path, version: str) -> Path:
    st = model.stat()
    name = f"{_PREFIX}{st.st_size}-{st.st_mtime_ns}-{version}-f{FORMAT}.tab"
    return tablefile.cache_path("langid", name)


def _build(model: Path, target: Path) -> None:
    """Unpack the model with py3langid's own loader and save its arrays."""
    from py3langid.modelio import load_model

    ptc, pc, classes, nextmove, row, out = load_model(model)
    sections = {
        "ptc": np.ascontiguousarray(ptc),
        "pc": np.ascontiguousarray(pc),
        "nextmove": nextmove,
        "row": row,
        "rowbase": array("I", (r << 8 for r in row)),
        "out": array("i", out),
    }
    meta = {"format": FORMAT, "classes": [str(c) for c in classes]}
    tablefile.save(target, sections, meta)
    tablefile.remove_stale(target, _PREFIX)


def _open() -> tablefile.Tables | None:
    model, version = _source()
    target = _cache_file(model, version)
    tables = tablefile.open_file(target)
    if tables is None or tables.meta.get("format") != FORMAT:
        _build(model, target)
        tables = tablefile.open_file(target)
    return tables


def load_identifier() -> Any:
    """A py3langid ``LanguageIdentifier`` (normalised probabilities) over the table file,
    or over the model loaded as usual when the cache cannot be written."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    try:
        tables = _open()
    except OSError:
        tables = None
    if tables is None:
        return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    pc = np.frombuffer(tables.read("pc"), dtype=np.dtype(tables.format("pc")))
    row = tables.array("row")
    # py3langid turns the rows into a list of offsets (4 MB of ints); the table has them.
    lean = {"tk_row", "_rowbase"} <= set(getattr(LanguageIdentifier, "__slots__", ()))
    identifier = LanguageIdentifier(
        _Rows(tables, "ptc"),
        pc,
        list(tables.meta["classes"]),
        _Items(tables, "nextmove"),
        tables.array("out"),
        norm_probs=True,
        tk_row=array("H") if lean else row,
    )
    if lean:
        identifier.tk_row = row
        identifier._rowbase = tables.array("rowbase")
    return identifier
