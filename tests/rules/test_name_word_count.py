"""``word_count`` remembers its answers: each is the lexicon's, however often it is asked
and however often its bounded memo is cleared."""

from __future__ import annotations

import pytest

from mtlint.rules.name import lexicon

_WORDS = (
    "Emily Horne Horn Blinken blinken BLINKEN Later However The Previously Reuters Kyiv "
    "Iran said met al-Assad Assad Kallas Marine Paris José Zürich São ÇA Straße xqzj"
)


def test_word_count_gives_the_lexicons_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lexicon, "_MEMO", 50)  # to be cleared several times
    monkeypatch.setattr(lexicon, "_ANSWERS", {})
    words = _WORDS.split(" ")
    asked = words * 5 + [f"{w}{i}" for i in range(60) for w in ("Horn", "é")] + words
    known = 0
    for word in asked:
        count = lexicon.word_count(word)
        assert count == lexicon._count(word), word
        assert len(lexicon._ANSWERS) <= 50
        known += count > 0
    assert known > 100
    assert lexicon.word_count("José") == lexicon.word_count("jose") > 0  # diacritics optional
