"""Never crash, nothing lost: baselines of the wrong shape and written whole, long files cut
between lines, a rule that took quadratic time on a line of quotation marks."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mtlint.baseline import Baseline, write_baseline
from mtlint.engine import FileResult
from mtlint.errors import MtlintError

HEAD = '{"format": "mtlint-baseline/1", "files": '


@pytest.mark.parametrize(
    "files",
    ['{"a.txt": [1, null, {"a": 1}]}', '{"a.txt": "440b7c82"}', "[]", '{"a.txt": 5}', "null"],
)
def test_baseline_of_the_wrong_shape_is_an_input_error(tmp_path: Path, files: str) -> None:
    path = tmp_path / "b.json"
    path.write_text(HEAD + files + "}")
    with pytest.raises(MtlintError, match="invalid baseline: files: expected lists"):
        Baseline(path)


def test_bad_baseline_shape_is_a_one_line_error(cli, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Hello  world.\n")
    (tmp_path / "b.json").write_text(HEAD + '{"a.txt": [null]}}')
    r = cli("check", "--no-cache", "--baseline", "b.json", "a.txt", cwd=tmp_path)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert r.stderr.strip().splitlines() == [
        "mtlint: error: b.json: invalid baseline: files: expected lists of fingerprints"
    ]


def test_unwritable_baseline_names_its_path(tmp_path: Path) -> None:
    with pytest.raises(MtlintError, match=r"missing/b\.json: cannot write baseline"):
        write_baseline(tmp_path / "missing" / "b.json", [FileResult("a.txt")])
    (tmp_path / "dir").mkdir()
    with pytest.raises(MtlintError, match=r"dir: cannot write baseline"):
        write_baseline(tmp_path / "dir", [])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dir"]  # no temporary file left


def test_long_file_is_never_cut_inside_a_crlf(monkeypatch: pytest.MonkeyPatch) -> None:
    from mtlint import parts
    from mtlint.document import Document
    from mtlint.engine import lint_text

    # The blank-line search window of the second cut ends between "\r" and "\n".
    text = "x" * 41 + "\r\n" + "The minister said. \r\n\r\n" + '"'
    monkeypatch.setattr(parts, "PART_CHARS", 52)
    cuts = parts.starts(text)
    assert all(text[c - 1 : c + 1] != "\r\n" for c in cuts[1:]), cuts
    doc = Document(text, "a.txt")
    found = lint_text(text, "a.txt")
    assert found
    for f in found:
        assert (f.line, f.column) == doc.position(f.span.start), f


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("1234567890٣３²½.,/'′\" (x×-ab\r\t\u2028"), max_size=40))
def test_inch_search_gate_is_exact(text: str) -> None:
    """PU008 searches for an inch mark (12") only after a digit: _INCH can match
    nowhere else in a line (which holds no line feed, before which ``$`` also matches);
    a line of marks made the search of every mark's prefix quadratic."""
    from mtlint.rules.punctuation.lone_quotes import _INCH

    for i in range(len(text) + 1):
        if _INCH.search(text, 0, i) is not None:
            assert i > 0 and text[i - 1].isdigit(), (text, i)


def _walked(text: str, start: int, end: int) -> tuple[int, int]:
    """The plain computation: walk to the spaces."""
    left, right = start, end
    while left > 0 and not text[left - 1].isspace():
        left -= 1
    while right < len(text) and not text[right].isspace():
        right += 1
    return left, right


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from("ab.\u00a0 \t\x1c\u2028"), max_size=30),
    st.integers(0, 4),
    st.data(),
)
def test_token_lookup_matches_the_walk(text: str, reach: int, data: st.DataObject) -> None:
    """The broken-sentence rules' token bounds: past a short walk, a long whitespace-free
    run is looked up (a line of glued words made the walk quadratic)."""
    from mtlint.rules.broken import _common

    old, _common._REACH = _common._REACH, reach
    try:
        start = data.draw(st.integers(0, len(text)))
        end = data.draw(st.integers(start, len(text)))
        assert _common._token(text, start, end) == _walked(text, start, end)
    finally:
        _common._REACH = old
