"""Shortcuts of the untranslated-fragment rule must give what the plain computation
gives: its candidate words (letters searched only among the characters outside ASCII and
General Punctuation, the test for possible letters run on the non-ASCII characters only,
the fixed patterns compiled once) and its italics searched only where an asterisk or
underscore is."""

from __future__ import annotations

import random
import sys
from itertools import repeat

from mtlint import rx
from mtlint.document import Document
from mtlint.rules.untranslated import _search, _tokens
from mtlint.rules.untranslated._words import FOREIGN_CUES, WORD


def _split(text: str) -> list[str]:
    return text.split()


def test_non_ascii_characters_are_the_plain_filter() -> None:
    rnd = random.Random(13)
    pieces = ["a", " ", "“", "”", "é", "ß", "\udc80", "\ud800", "😀", "\x7f", "\x80", "ª", "—"]
    for _ in range(2000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 20)))
        assert _search.non_ascii(text) == "".join(ch for ch in text if ord(ch) >= 128)


def _reference_mask(doc: Document) -> bytearray:
    """``_Mask``'s spans of italics and quoted titles, with no gate before the search."""
    mask = bytearray(len(doc.text))
    for m in _tokens._ITALIC.finditer(doc.text):
        mask[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    for m in _tokens._QUOTED.finditer(doc.text):
        n = len(WORD.findall(m.group()))
        if not (n >= 8 or (n >= 6 and _tokens._SPEECH_END.search(m.group()))):
            mask[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    return mask


def test_untranslated_mask_equals_the_plain_searches() -> None:
    rnd = random.Random(17)
    pieces = ["word", " ", "*", "**", "_", "__", "“", "”", '"', "«", "»", "‘", "’", "la", "\n"]
    for _ in range(1500):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 30)))
        doc = Document(text)
        assert _tokens._Mask(doc).mask == _reference_mask(doc), repr(text)


def test_cues_remembered_across_documents_are_the_plain_lookup() -> None:
    """``cues_in`` skips the words an earlier document showed to be no cue: over a run
    of documents, and after its memo is cleared, it finds what the plain lookup finds."""
    rnd = random.Random(19)
    cues = sorted(FOREIGN_CUES)
    pieces = ["the", "The", "minister", "said,", "(said)", "“Kyiv”", "ÉTÉ", "café", "und"]
    pieces += ["De", "«la»", "l’homme", "d'un", "x" * 20, "İstanbul", "ǅ", "…", "«", "y,"]
    _search._NOT_CUES.clear()
    limit = _search._NOT_CUES_LIMIT
    try:
        for k in range(600):
            if k == 300:
                _search._NOT_CUES_LIMIT = 5  # now cleared every few documents
            words = {rnd.choice(pieces) for _ in range(rnd.randint(0, 30))}
            words |= {rnd.choice(cues).upper() + rnd.choice(["", ",", "."]) for _ in range(2)}
            words |= {"‘" + rnd.choice(cues) + "’" for _ in range(rnd.randint(0, 2))}
            plain = FOREIGN_CUES.intersection(w.lower().strip(_search.CUE_PUNCT) for w in words)
            assert _search.cues_in(frozenset(words)) == plain, sorted(words)
        assert _search._NOT_CUES  # the memo was used
        assert not _search._NOT_CUES & {w for w in pieces if w.lower() in FOREIGN_CUES}
    finally:
        _search._NOT_CUES_LIMIT = limit
        _search._NOT_CUES.clear()


def _reference_candidates(doc: Document) -> list[int]:
    """UT001's ``candidates`` as it was: the regex module searches the whole text."""
    text = doc.text
    parts = []
    words = map(str.lower, doc.distinct_words)
    found = FOREIGN_CUES.intersection(map(str.strip, words, repeat(_search.CUE_PUNCT)))
    if found:
        cues = "|".join(rx.escape(w) for w in sorted(found, key=len, reverse=True))
        parts.append(r"(?<![\p{L}\p{M}])(?:" + cues + r")(?![\p{L}\p{M}])")
    if _tokens._has_elision(text):
        parts.append(_tokens._ELISION_ANYWHERE.pattern)
    if not text.isascii() and _tokens._NON_ASCII_FAST.search(text):
        parts.append(_tokens._NON_ASCII_LETTER.pattern)
    if not parts:
        return []
    search = rx.lib().compile("|".join(parts), rx.IGNORECASE)
    out: list[int] = []
    end = 0
    for m in search.finditer(text):
        if m.start() < end:
            continue
        start = m.start()
        while start > 0 and (text[start - 1].isalpha() or text[start - 1] in "'’"):
            start -= 1
        whole = WORD.match(text, start)
        end = whole.end() if whole else m.end()
        if whole and _tokens._promising(doc, whole):
            out.append(start)
    return out


def test_letters_are_the_regex_class_matches_at_every_code_point() -> None:
    letter = rx.compile(_tokens._NON_ASCII_LETTER.pattern, rx.IGNORECASE)
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    want = [(m.start(), m.end()) for m in letter.finditer(every)]
    assert list(_search.letters(every, letter)) == want


def test_untranslated_candidates_equal_the_plain_search() -> None:
    rnd = random.Random(19)
    pieces = [
        *_split("the minister said de la según l’état Café café José ministerâ€™s İs ſt"),
        *_split("KELVIN ª º µ ² ½ Ⅻ ﬁne ß naïve dell’anno qu’il x y"),
        " ",
        " ",
        "\n",
        "“",
        "”",
        "’",
        "'",
        "—",
        ".",
        "\udc80",
        "😀",
    ]
    texts = ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 40))) for _ in range(1500)]
    texts += ["Officials met. Die Regierung will heute neue Maßnahmen ankündigen.", "", "abc"]
    found = 0
    for text in texts:
        doc = Document(text)
        want = _reference_candidates(doc)
        assert list(_tokens.candidates(doc)) == want, repr(text)
        found += len(want)
    assert found > 500
