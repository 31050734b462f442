"""Letter and number labels that BS004 and BS005 must not take for a capitalised
article or number word: "vitamin A", "Serie A club", "player A wins", "type Two"."""

from __future__ import annotations

from mtlint import rx
from mtlint.rules.broken._common import words

# Nouns followed by a letter or number label: "vitamin A", "Group A", "type Two".
_LABELS = words(
    """vitamin hepatitis influenza flu strain type class grade category group plan option
    exhibit appendix annex schedule section part article series serie série division pool
    league tier level block building area zone gate terminal hall wing room team side model
    version company country person player scenario route platform track row seat column box
    figure table chart panel step stage phase point item question paper size lot unit squad
    battery troop tranche batch sector region province camp ward floor tower letter rated
    rating mark score key note chord scale formula blood shares stock a an the of straight
    triple double single"""
)
# Words the article "a" never precedes: after them "A" is a label ("user A cannot",
# "from table A again", "string A if B is in it").
_A_NEXT = words(
    """minor major flat sharp is was are has had and or to equals contains can will would
    must may should does did wins beats then than plus minus times vs versus cannot could
    might shall if when while unless whereas because but nor again with without from into
    onto at by in on via"""
)
_NEXT_WORD = rx.lazy(r"[ \t]+([\p{L}\p{M}][\p{L}\p{M}'’-]*)")


def is_label(prev: str, word: str, text: str, end: int) -> bool:
    """True for a letter or number label ("vitamin A", "Serie A club", "A to Z")."""
    if word != "A" and word not in {"Two", "Three", "Four", "Five"}:
        return False
    if prev.lower() in _LABELS:
        return True
    if word == "A" and text[end - 2 : end] in ("'s", "’s"):
        return True  # "A’s release": the article takes no possessive
    m = _NEXT_WORD.match(text, end)
    if word != "A" or m is None:
        return False
    nxt = m.group(1)
    if nxt in ("level", "levels"):
        return True  # the British exam: "their A level results"
    return nxt in _A_NEXT or (nxt.endswith("s") and not nxt.endswith("ss"))  # "player A wins"
