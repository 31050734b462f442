"""UT001's language identification in plain Python (``_langid_table.Identifier``).

The table file's scoring must rank as py3langid 0.4 does with ``norm_probs=True``, and a
warm table must not import numpy or py3langid. py3langid sums a float32 dot product with
numpy (OpenBLAS, a kernel chosen per CPU), which is itself off from the exact sums by a
few float32 ulps; the Python scoring sums in float64 and rounds to float32 where numpy
stores, so probabilities agree to within ``TOL`` (measured: under 1e-6 on prose, up to
5e-6 on random mixed-script strings) and the rankings agree up to near-ties.
"""

from __future__ import annotations

import os
import random
import re
import subprocess
import sys
from pathlib import Path

import pytest

from mtlint.rules.untranslated import _langid, _langid_table

TOL = 1e-5
FIXTURES = Path(__file__).parent / "fixtures"

FRAGMENTS = [
    "nous ne céderons pas",
    "no es lo que parece, dijo el ministro",
    "Das ist nicht das, was wir wollten",
    "non è quello che volevamo",
    "não é o que parece",
    "dit is niet wat we wilden",
    "to nie jest to, czego chcieliśmy",
    "det är inte vad vi ville",
    "bu istediğimiz şey değil",
    "это не то, что мы хотели",
    "αυτό δεν είναι αυτό που θέλαμε",
    "这不是我们想要的",
    "これは私たちが望んだものではない",
    "이것은 우리가 원했던 것이 아니다",
    "ini bukan yang kami inginkan",
    "ĐÂY KHÔNG PHẢI LÀ ĐIỀU CHÚNG TÔI MUỐN",
    "ÉCOLE NATIONALE SUPÉRIEURE",
    "The opposition disagreed with the minister.",
    "",
    " ",
    "1234 5678",
    "!!!",
    "e\u0301te\u0301",  # decomposed: NFC first
    "\ud800 lone surrogate",
]


@pytest.fixture(scope="module")
def reference() -> object:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _texts() -> list[str]:
    texts = list(FRAGMENTS)
    for path in sorted(FIXTURES.glob("*clean/*")):
        prose = path.read_text(encoding="utf-8")
        texts += [s for s in re.split(r"(?<=[.!?])\s+", prose) if s.strip()][:25]
        texts.append(prose[:2000])
    rng = random.Random(7)
    alphabet = "abcdefghijklmnopqrstuvwxyz éèàüößçñ ЖжДд中文한국 .,'-\u0301ĳ"
    for _ in range(150):
        texts.append("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 90))))
    return texts


def assert_ranks_alike(got: list[tuple[str, float]], want: list[tuple[str, float]]) -> None:
    """Same labels, probabilities within TOL, and the same order except between labels
    whose reference probabilities are within 2 * TOL (a near-tie may go either way)."""
    probs = dict(want)
    assert len(got) == len(want) and dict(got).keys() == probs.keys()
    for label, prob in got:
        assert abs(prob - probs[label]) <= TOL, (label, prob, probs[label])
    for (mine, _), (theirs, _) in zip(got, want, strict=True):
        assert mine == theirs or abs(probs[mine] - probs[theirs]) <= 2 * TOL


def test_model_is_found_as_py3langid_finds_it() -> None:
    from py3langid.langid import MODEL_DIR, MODEL_FILE

    assert _langid_table.MODEL_FILE == MODEL_FILE
    assert _langid_table.model_path() == Path(MODEL_DIR) / MODEL_FILE


def test_ranks_as_py3langid(cache_home: Path, reference: object) -> None:
    identifier = _langid_table.load_identifier()
    assert isinstance(identifier, _langid_table.Identifier)
    rank = reference.rank  # type: ignore[attr-defined]
    for text in _texts():
        assert_ranks_alike(identifier.rank(text), rank(text))
    assert dict(identifier.rank(""))["en"] == dict(rank(""))["en"]  # featureless: uniform


def test_identify_as_with_py3langid(cache_home: Path, reference: object) -> None:
    """``identify`` over the table answers as it did over py3langid's identifier."""
    mine = [_langid.identify(text) for text in FRAGMENTS[:16]]
    _langid._identifier.cache_clear()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_langid_table, "load_identifier", lambda: reference)
        theirs = [_langid.identify(text) for text in FRAGMENTS[:16]]
    for (lang, prob, foreign), (lang2, prob2, foreign2) in zip(mine, theirs, strict=True):
        assert lang == lang2 and abs(prob - prob2) <= TOL and abs(foreign - foreign2) <= TOL


def test_table_of_another_py3langid_release_is_scored_by_py3langid(
    cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from py3langid.langid import LanguageIdentifier

    assert isinstance(_langid_table.load_identifier(), _langid_table.Identifier)
    monkeypatch.setattr(_langid_table, "_SCORING", "9.")
    assert isinstance(_langid_table.load_identifier(), LanguageIdentifier)


PROBE = """
import sys
from mtlint.rules.untranslated._langid import identify
print(identify("nous ne céderons pas, a dit le ministre"))
print("imported:", *[m for m in ("numpy", "py3langid") if m in sys.modules])
"""


def test_a_warm_table_imports_neither_numpy_nor_py3langid(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    cmd = [sys.executable, "-c", PROBE]
    cold = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300)
    assert cold.stdout.splitlines()[-1] == "imported: numpy py3langid", cold.stderr
    warm = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300)
    assert warm.stdout.splitlines() == [cold.stdout.splitlines()[0], "imported:"], warm.stderr
    assert warm.stdout.startswith("('fr', ")
