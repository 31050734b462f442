"""Which words cannot end an English sentence, and when a line reads as a heading.

Shared by the truncation rules: a line that stops on "the", "and" or "their" was cut off;
a line that stops on "about" or "for" may be a heading ("What the deal is about").
"""

from __future__ import annotations

from mtlint import rx
from mtlint.rules.linekinds import WORD, is_title_like, wordset

__all__ = ["ending_strength", "is_closed", "is_title_like", "last_word", "word_count"]

# Never the last word of a sentence or a headline.
STRONG = wordset(
    """the a an and or nor but because although whereas unless whether than its their our
    my your whose i we they he she"""
)
# Rarely the last word of a sentence, but a heading may end on them ("What it's made of").
WEAK = wordset(
    """of to for with from in on at by into onto amid amidst among amongst toward towards
    via during despite including regarding concerning between that if will would could
    should shall might"""
)
# Before these, "that" is a demonstrative that may close a sentence ("all that", "like that").
_THAT_OK_AFTER = wordset(
    """all like than just about after before of for with on at by to from in into beyond
    despite over under not do did does done said say know knew see saw mean meant believe
    think thought remember forget hear heard"""
)
_IF_OK_AFTER = wordset("what as even only")
_ENDINGS = tuple(STRONG | WEAK)
_LONGEST = max(map(len, _ENDINGS))
_TERMINAL = rx.lazy(r"[.!?…:;][\"'”’»)\]*_]*$")
_LAST_WORD = rx.lazy(r"([\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)?)[\"'”’»*_]*$")
# _LAST_WORD reversed, to match at the start of the reversed text: a search anchored at
# the end tries every start. The closing marks cannot end a word, so both find one word.
_LAST_WORD_REVERSED = rx.lazy(r"[\"'”’»*_]*((?:[\p{L}\p{M}]+['’])?[\p{L}\p{M}]+)")


def is_closed(text: str) -> bool:
    """The line ends in terminal punctuation, maybe followed by quotes or brackets."""
    if text and text[-1] in ".!?…:;":
        return True  # what _TERMINAL finds with no closing quote after the mark
    return bool(_TERMINAL.search(text[-12:]))


def last_word(text: str) -> str:
    """What ``_LAST_WORD.search(text.rstrip()[-60:])`` finds (its group), in linear time."""
    m = _LAST_WORD_REVERSED.match(text.rstrip()[-60:][::-1])
    return m.group(1)[::-1] if m else ""


def ending_strength(text: str) -> str | None:
    """'strong', 'weak' or None: how surely the line's last word leaves a sentence open."""
    stripped = text.rstrip()
    if stripped.endswith(","):
        return "strong"
    if stripped[-2:-1].isalpha() and stripped.endswith("-"):
        return "strong"  # "the pro-" (a letter, \p{L}, then a hyphen)
    if not stripped[-_LONGEST:].casefold().endswith(_ENDINGS):
        return None  # the last word is none of STRONG or WEAK (most lines): no search
    word = last_word(stripped)
    if not word or not stripped.endswith(word):
        return None
    low = word.casefold()
    if word[0].isupper() and low != "i":
        return None  # "Series A", "The The": a name, a grade or a title, not a function word
    if low in STRONG:
        return "strong"
    if low not in WEAK:
        return None
    before = WORD.findall(stripped[-len(word) - 60 : -len(word)])
    prev = before[-1].casefold() if before else ""
    if low == "that" and prev in _THAT_OK_AFTER:
        return None
    if low == "if" and prev in _IF_OK_AFTER:
        return None
    return "weak"


def word_count(text: str) -> int:
    return len(WORD.findall(text))
