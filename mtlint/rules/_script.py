"""Whether CJK script surrounds a position: full-width marks and spaces belong there only."""

from __future__ import annotations

from mtlint import rx

# Scripts whose text uses full-width punctuation and the ideographic space.
_CJK = rx.lazy(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Bopomofo}]")
_REACH = 8  # characters looked at on each side for the nearest letter or digit


def near_cjk(text: str, pos: int, start: int, end: int) -> bool:
    """Whether the nearest letter or digit before or after ``text[pos]``, within
    ``[start, end)`` and a few characters, is CJK: a mark there belongs to CJK text
    ("他说，我们", "Beijing（北京）") rather than being debris in Latin text."""
    i = pos - 1
    while i >= max(start, pos - _REACH) and not text[i].isalnum():
        i -= 1
    if i >= start and text[i].isalnum() and _CJK.match(text[i]):
        return True
    j = pos + 1
    stop = min(end, pos + 1 + _REACH)
    while j < stop and not text[j].isalnum():
        j += 1
    return j < stop and bool(_CJK.match(text[j]))
