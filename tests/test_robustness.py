"""Never crash: property-based tests over arbitrary text and bytes, and a CLI fuzz."""

from __future__ import annotations

import random
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mtlint.document import BinaryFileError, Document, decode
from mtlint.engine import lint_text

# Text biased towards what breaks linters: quotes, punctuation runs, odd spaces, mojibake,
# astral characters, controls, line endings and words.
ALPHABET = (
    st.sampled_from(
        list(
            "aeiouAEIOU .,;:!?…'\"“”‘’«»()[]-—–/\\\n\r\t\u00a0\u200b\u200d\ufeff\ufffd\x01\x85"
            "ÃÂâ€™é\U0001f600\U0001f468"
        )
    )
    | st.characters()
)
WORDS = st.sampled_from(
    [
        "The",
        "the",
        "said",
        "Mr.",
        "U.S.",
        "Zelensky",
        "Zelenski",
        "See also",
        "Leave a Reply",
        "ThursdayThe",
        "pressfrom",
        "3.5",
        "…",
    ]
)
TEXT = st.lists(ALPHABET | WORDS, max_size=200).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT, st.sampled_from(["a.txt", "a.md", "a.rst"]))
def test_any_text_lints_without_error_and_spans_stay_inside(text: str, path: str) -> None:
    findings = lint_text(text, path)
    doc = Document(text, path)
    for f in findings:
        assert f.code != "MTL000", f.message
        assert 0 <= f.span.start <= f.span.end <= len(text)
        assert (f.line, f.column) == doc.position(f.span.start)
        if f.fix is not None:
            for e in f.fix.edits:
                assert 0 <= e.span.start <= e.span.end <= len(text)
    assert lint_text(text, path) == findings  # deterministic


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_decode_or_are_refused(data: bytes) -> None:
    try:
        decoded = decode(data)
    except BinaryFileError:
        return
    for offset in decoded.bad_offsets:
        assert decoded.text[offset] == "\ufffd"
    lint_text(decoded.text, "x.txt")


def test_cli_fuzz_over_random_files(cli, tmp_path: Path) -> None:
    rng = random.Random(1234)
    pieces = [
        b"The ",
        b"said",
        b". ",
        b"\xe2\x80\x9c",
        b"\xe2\x80\x9d",
        b"\r\n",
        b"\n",
        b"\xff",
        b"\xc3",
        b"\xef\xbb\xbf",
        b"ThursdayThe",
        b"  ",
        b"See also ",
        b"\t",
    ]
    for i in range(40):
        body = b"".join(rng.choice(pieces) for _ in range(rng.randint(0, 300)))
        if i % 13 == 0:
            body += b"\x00"
        if i % 7 == 0:
            body = bytes(rng.getrandbits(8) for _ in range(rng.randint(0, 500)))
        (tmp_path / f"f{i:02d}.txt").write_bytes(body)
    r = cli("check", "--no-cache", "--format", "json", ".", cwd=tmp_path)
    assert r.returncode in (0, 1), r.stderr
    assert "Traceback" not in r.stderr
    assert "MTL000" not in r.stdout
