"""EN001 gives ftfy only the non-ASCII stretch of a line with some ASCII around it: the
repair must be the one ftfy makes of the whole line, on varied mojibake (Windows-1252
and Latin-1 double decoding, twice-garbled text, Windows-1251 and MacRoman mojibake,
lost bytes, "Ã " for "à", C1 controls, surrogates) mixed with correct accents, quotes,
emoji and long ASCII stretches, and the assumptions the window rests on must hold for
the installed ftfy."""

from __future__ import annotations

import random
import re
from pathlib import Path

import ftfy
from ftfy.badness import MOJIBAKE_CATEGORIES
from ftfy.chardata import CHARMAP_ENCODINGS, UTF8_CLUES

from mtlint.document import Document
from mtlint.rules.encoding import mojibake
from mtlint.rules.encoding.mojibake import _MARGIN, _repair_line, _window, mojibake_repairs

FIXTURES = Path(__file__).parent / "fixtures"

_RIGHT = ["é", "ü", "’", "‘", "“", "”", "—", "–", "…", "€", "™", "😀", "ñ", "ç", "Ø", "à", "á"]
_RIGHT += ["ß", "œ", "°", "×²", "½", "Ж", "中文", "ﬁ", "\u00a0", "·"]


def _cp1252(word: str) -> str:
    return word.encode("utf-8").decode("cp1252", errors="replace")


def _sloppy(word: str) -> str:
    return word.encode("utf-8").decode("sloppy-windows-1252")


def _latin1(word: str) -> str:
    return word.encode("utf-8").decode("latin-1")


def _garbles(word: str) -> list[str]:
    out = [_cp1252(word), _sloppy(word), _latin1(word), _sloppy(_sloppy(word))]
    out += [word.encode("utf-8").decode(enc, errors="replace") for enc in ("cp1251", "mac_roman")]
    return out


_BAD = [g for w in _RIGHT for g in _garbles(w)]
_BAD += ["â€\ufffd", "â€œ", "Ã ", "Ã quele", "Ã s ", "Ã  ", "Ã\xa0", "Â ", "Â?", "Ã?", "\x85"]
_BAD += ["\x93quoted\x94", "\ud83d\ude00", "\ud800", "Ã", "Â", "Ã©Ã©", "Ã" + " " * 12 + "x"]
_ASCII = ["the", "minister", "said", "on", "Monday", "-", "?", "s", "quele", "x" * 40, "a.b"]
_ASCII += ["http://example.com/path/to/a/long/page", "2024", "(", ")", ",", ".", "\r"]
_SPACES = [" ", " ", " ", "  ", "\t", " " * 9, " " * 30]


def _line(rnd: random.Random) -> str:
    parts = []
    for _ in range(rnd.randint(1, 40)):
        pick = rnd.random()
        if pick < 0.003:
            parts.append("\x1a")  # the sloppy codecs' lost byte: the whole line
        elif pick < 0.08:
            parts.append(rnd.choice(_BAD))
        elif pick < 0.12:
            parts.append(rnd.choice(_RIGHT))
        elif pick < 0.5:
            parts.append(rnd.choice(_SPACES))
        else:
            parts.append(rnd.choice(_ASCII))
        if rnd.random() < 0.6:
            parts.append(" ")
    return "".join(parts)


def _plain(line: str) -> str:
    return ftfy.fix_text(line, mojibake._config())


def test_the_window_repairs_like_the_whole_line() -> None:
    rnd = random.Random(7)
    windowed = 0
    for _ in range(6000):
        line = _line(rnd)
        windowed += _window(line) is not None
        assert _repair_line(line) == _plain(line), repr(line)
    assert windowed > 2000  # the shortcut is exercised, not only the fallback


def test_edges_of_the_window() -> None:
    pad = "word " * 20
    cases = [
        "Ã " + pad,  # "^[ÃÂ][ ]" in ftfy's badness: only at the line's start
        pad + "Ã ",
        pad + "itâ€™" + " " * (_MARGIN // 4) + pad,
        pad + "itâ€™" + " " * (_MARGIN // 4 + 1) + pad,
        pad + "Ã" + " " * (_MARGIN // 4) + pad,
        pad + "Ã" + " " * _MARGIN + pad,
        pad + "CafÃ©" + pad + "naÃ¯ve" + pad,
        pad + "CafÃ©" + pad + "naïve “ok”" + pad,  # mixed: inconsistent UTF-8
        pad + "Ã quele" + pad,
        pad + "ÃƒÂ©" + pad,
        pad + "вЂ™" + pad,
        pad + "a\x85b" + pad,
        pad + "â€\ufffd" + pad + "\x1a",
        "x" * 80 + "Ã©" + "y" * 80,
        pad + "Ã©",
        "Ã©" + pad,
    ]
    for rep in range(len(pad) + 1):
        cases.append(pad[:rep] + "ÃƒÂ© Ã s " + pad[rep:])
    for line in cases:
        assert _repair_line(line) == _plain(line), repr(line)
    assert _window(pad + "â€™" + " " * (_MARGIN // 4 + 1) + pad) is None
    assert _window(pad + "â€™" + " " * (_MARGIN // 4) + pad) is not None
    assert _window(pad + "itâ€™s" + pad) == (len(pad) + 2 - _MARGIN, len(pad) + 5 + _MARGIN)


def test_garbled_fixture_prose_repairs_like_the_whole_line() -> None:
    rnd = random.Random(11)
    lines = [
        line
        for path in sorted((FIXTURES / "clean").rglob("*"))
        if path.is_file()
        for line in path.read_text(encoding="utf-8").splitlines()
        if len(line) > 2 * _MARGIN
    ]
    assert lines
    for line in lines[:400]:
        words = line.split(" ")
        for _ in range(3):
            garbled = [
                rnd.choice(_garbles(w)) if not w.isascii() or rnd.random() < 0.05 else w
                for w in words
            ]
            text = " ".join(garbled)
            assert _repair_line(text) == _plain(text), repr(text)


def test_reported_spans_rebuild_the_whole_line_repair() -> None:
    rnd = random.Random(13)
    for _ in range(500):
        line = _line(rnd).replace("\r", "")
        fixed = _plain(line)
        out, end = [], 0
        for repair in mojibake_repairs(Document(line + "\n", "t.txt")):
            out.append(line[end : repair.span.start] + repair.replacement)
            end = repair.span.end
        out.append(line[end:])
        suspect = mojibake._SUSPECT.search(line)
        if suspect and fixed == line:  # the line's repair declined: the words' fallback
            fixed = mojibake._repair_words(line)
        assert "".join(out) == (fixed if suspect else line), repr(line)


def test_ftfy_leaves_ascii_alone() -> None:
    """What the window rests on: ASCII (but U+001A) encodes as itself in every codec
    ftfy tries, and its mojibake classes hold no ASCII (but the space a lost U+00A0
    became, which only follows a non-ASCII character)."""
    ascii_text = "".join(chr(c) for c in range(128) if c != 0x1A)
    for encoding in CHARMAP_ENCODINGS:
        assert ascii_text.encode(encoding) == ascii_text.encode("ascii"), encoding
    classes = {**MOJIBAKE_CATEGORIES, **UTF8_CLUES}
    for name, chars in classes.items():
        pattern = re.compile("[" + chars + "]")
        found = [c for c in map(chr, range(128)) if pattern.match(c)]
        assert found == ([" "] if name == "utf8_continuation" else []), name
