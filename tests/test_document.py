from __future__ import annotations

import codecs
import sys

import pytest

from mtlint.document import STR_SPACES, BinaryFileError, Document, decode


def test_positions_are_code_points_and_one_based() -> None:
    doc = Document("a\U0001f600b\nsecond line")
    assert doc.position(0) == (1, 1)
    assert doc.position(2) == (1, 3)  # the emoji is one code point
    assert doc.position(4) == (2, 1)
    assert [line.text for line in doc.lines] == ["a\U0001f600b", "second line"]


def test_crlf_and_lone_cr_lines() -> None:
    doc = Document("one\r\ntwo\rthree\n")
    assert [line.text for line in doc.lines] == ["one", "two", "three", ""]
    assert doc.position(doc.text.index("two")) == (2, 1)
    assert doc.position(doc.text.index("three")) == (3, 1)


@pytest.mark.parametrize(
    ("bom", "encoding"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ],
)
def test_boms(bom: bytes, encoding: str) -> None:
    decoded = decode(bom + "Café\n".encode(encoding))
    assert decoded.text == "Café\n"
    assert decoded.bom == bom


def test_invalid_utf8_is_recorded_not_fatal() -> None:
    decoded = decode(b"ok\nbad \xff\xfe byte\n")
    assert decoded.text == "ok\nbad \ufffd\ufffd byte\n"
    assert decoded.bad_offsets == (7, 8)


def test_binary_is_refused() -> None:
    with pytest.raises(BinaryFileError):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00")


def test_empty_document() -> None:
    doc = Document("")
    assert len(doc.lines) == 1
    assert doc.paragraphs == ()
    assert doc.sentences == ()


def test_paragraphs() -> None:
    doc = Document("One.\nTwo.\n\n\nThree.\n")
    assert [doc.text[s.start : s.end] for s in doc.paragraphs] == ["One.\nTwo.", "Three."]


def test_str_spaces_is_every_space_character() -> None:
    assert "".join(chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()) == STR_SPACES


def test_wide_encodings_record_only_what_did_not_decode() -> None:
    """A U+FFFD that a UTF-16/32 text holds is text, not an undecodable unit (it used to
    be recorded as one, which also made --fix refuse the file)."""
    import codecs

    from mtlint.document import decode

    for bom, encoding in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF32_BE, "utf-32-be")):
        good = bom + "abc \ufffd def".encode(encoding)
        assert decode(good).bad_offsets == () and decode(good).text == "abc \ufffd def"
    body = "abc".encode("utf-16-le") + b"\x00\xd8" + "x".encode("utf-16-le") + b"A"
    decoded = decode(codecs.BOM_UTF16_LE + body)
    assert decoded.text == body.decode("utf-16-le", errors="replace") == "abc\ufffdx\ufffd"
    assert decoded.bad_offsets == (3, 5)


def test_line_texts_are_the_documents_lines() -> None:
    from mtlint.document import Document, line_texts

    for text in ["", "\n", "a\r\nb\rc\nd", "x\r", "a\n\r\nb\r\r", "abc", "\u2028a\x85b\n"]:
        assert line_texts(text) == [line.text for line in Document(text).lines], repr(text)
