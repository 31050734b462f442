"""py3langid's model as a table file in the user cache, scored in plain Python.

Loaded as py3langid loads it, the model costs about 87 MB (118 MB while it is being
unpacked), and py3langid imports numpy (about 5 MB and a noticeable start-up cost), for
a rule that scores a handful of fragments per run. Its arrays are saved once, unpacked,
as a table file (see ``mtlint.tablefile``) keyed by the model file's size and mtime and
this layout's version; :class:`Identifier` then scores a text as py3langid 0.4 does,
reading only the DFA transitions and feature rows the text needs, so a run with a warm
cache imports neither numpy nor py3langid. A few dozen features times ~140 classes per
fragment is fast enough without numpy.

py3langid keeps its scores in float32; the steps here round to float32 where it stores
them (``array("f")``), so ties, underflows to zero and the ranking agree with it. Only
the order of summation in the dot product differs, which moves a probability in its last
bits (tests/test_langid_score.py compares the two).
"""

from __future__ import annotations

import math
import struct
import unicodedata
from array import array
from importlib.util import find_spec
from pathlib import Path
from typing import Protocol, cast

from mtlint import tablefile

FORMAT = 2  # bump when the sections change (2: the scoring moved here; no "row")
_PREFIX = "model-"
MODEL_FILE = "data/model.npz.xz"  # py3langid.langid.MODEL_FILE, under the package folder
_SCORING = "0.4."  # the py3langid release whose scoring Identifier reproduces


class Ranker(Protocol):
    """What the rule asks of an identifier (py3langid's or :class:`Identifier`)."""

    def rank(self, text: str) -> list[tuple[str, float]]: ...


def _f32(values: list[float]) -> list[float]:
    """``values`` rounded to float32, as numpy would store them."""
    return array("f", values).tolist()


class Identifier:
    """py3langid 0.4's ``LanguageIdentifier.rank`` with ``norm_probs=True``, over tables."""

    def __init__(self, tables: tablefile.Tables) -> None:
        classes = [str(c) for c in tables.meta["classes"]]
        width = tables.shape("ptc")[1]
        if width != len(classes) or tables.shape("pc") != (width,):
            raise ValueError("model tables do not match their classes")
        self._classes = classes
        self._read = tables.read
        self._width = width
        self._row = struct.Struct(f"={width}{tables.format('ptc')}").unpack
        self._move = struct.Struct("=" + tables.format("nextmove")).unpack
        self._pc = array(tables.format("pc"), tables.read("pc")).tolist()
        self._rowbase = tables.array("rowbase")
        self._out = tables.array("out")
        first: dict[str, int] = {}
        self._aliases: list[tuple[int, int]] = []  # (first, dupe) columns of one label
        for i, label in enumerate(classes):
            if label in first:
                self._aliases.append((first[label], i))
            else:
                first[label] = i

    @staticmethod
    def encode(text: str) -> bytes:
        """py3langid's ``_encode`` of a str: all-capitals lowered, NFC, UTF-8."""
        if text.isupper():
            text = text.lower()
        return unicodedata.normalize("NFC", text).encode("utf8", errors="surrogatepass")

    def counts(self, data: bytes) -> dict[int, int]:
        """Feature -> count from the DFA walk over ``data`` (py3langid's ``visit_counts``),
        in order of first visit, the order numpy sums the rows in."""
        read, move, rowbase, out = self._read, self._move, self._rowbase, self._out
        state = 0
        found: dict[int, int] = {}
        for byte in data:
            (state,) = move(read("nextmove", rowbase[state] + byte, 1))
            feature = out[state]
            if feature >= 0:
                found[feature] = found.get(feature, 0) + 1
        return found

    def raw_scores(self, found: dict[int, int]) -> list[float]:
        """``log1p(counts) @ ptc[features] + pc``: the naive Bayes log-posteriors."""
        if not found:
            return [0.0] * self._width  # featureless: uniform under norm_probs
        read, row, width = self._read, self._row, self._width
        total = [0.0] * width
        for feature, count in found.items():
            (weight,) = _f32([math.log1p(count)])
            values = row(read("ptc", feature * width, width))
            total = [t + weight * v for t, v in zip(total, values, strict=True)]
        return _f32([t + p for t, p in zip(_f32(total), self._pc, strict=True)])

    def probabilities(self, text: str) -> list[float]:
        """One probability per class column (py3langid's ``_decide``), aliases folded."""
        data = self.encode(text)
        scores = self.raw_scores(self.counts(data))
        (scale,) = _f32([1.0 / math.sqrt(len(data) or 1)])  # temperature sqrt(bytes)
        scores = _f32([s * scale for s in scores])
        top = max(scores)
        exps = _f32([math.exp(d) for d in _f32([s - top for s in scores])])
        (norm,) = _f32([math.fsum(exps)])
        probs = _f32([e / norm for e in exps])
        for i, j in self._aliases:
            (probs[i],) = _f32([probs[i] + probs[j]])
            probs[j] = 0.0
        return probs

    def rank(self, text: str) -> list[tuple[str, float]]:
        """All labels by probability, best first, one entry per label (stable on ties)."""
        merged: dict[str, float] = {}
        for label, prob in zip(self._classes, self.probabilities(text), strict=True):
            merged.setdefault(label, prob)  # the first column holds the folded score
        return sorted(merged.items(), key=lambda item: item[1], reverse=True)


def model_path() -> Path:
    """py3langid's bundled model, found without importing py3langid (nor numpy)."""
    spec = find_spec("py3langid")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("py3langid is not installed", name="py3langid")
    return Path(next(iter(spec.submodule_search_locations))) / MODEL_FILE


def _cache_file(model: Path) -> Path:
    # No py3langid version in the key: installing another release rewrites the model
    # file (a new mtime, so a new key), and the version that built a table is in its meta.
    st = model.stat()
    return tablefile.cache_path("langid", f"{_PREFIX}{st.st_size}-{st.st_mtime_ns}-f{FORMAT}.tab")


def _build(model: Path, target: Path) -> None:
    """Unpack the model with py3langid's own loader (imports numpy) and save its arrays."""
    import numpy as np
    import py3langid
    from py3langid.modelio import load_model

    ptc, pc, classes, nextmove, row, out = load_model(model)
    sections = {
        "ptc": np.ascontiguousarray(ptc),
        "pc": np.ascontiguousarray(pc),
        "nextmove": nextmove,
        "rowbase": array("I", (r << 8 for r in row)),
        "out": array("i", out),
    }
    version = str(getattr(py3langid, "__version__", "0"))
    meta = {"format": FORMAT, "classes": [str(c) for c in classes], "version": version}
    tablefile.save(target, sections, meta)
    tablefile.remove_stale(target, _PREFIX)


def _open(model: Path) -> tablefile.Tables | None:
    target = _cache_file(model)
    tables = tablefile.open_file(target)
    if tables is None or tables.meta.get("format") != FORMAT:
        _build(model, target)
        tables = tablefile.open_file(target)
    return tables


def load_identifier() -> Ranker:
    """An :class:`Identifier` over the table file, or py3langid's own identifier
    (normalised probabilities, the model loaded as usual) when the cache cannot be
    written or the model comes from a py3langid whose scoring this does not reproduce."""
    model = model_path()
    try:
        tables = _open(model)
    except OSError:
        tables = None
    if tables is not None and str(tables.meta.get("version", "")).startswith(_SCORING):
        try:
            return Identifier(tables)
        except (ValueError, KeyError, TypeError, struct.error):
            pass  # sections that do not fit together: py3langid scores from its file
    from py3langid.langid import LanguageIdentifier

    return cast(Ranker, LanguageIdentifier.from_model_file(model, norm_probs=True))
