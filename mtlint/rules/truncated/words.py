"""Which words cannot end an English sentence, and when a line reads as a heading.

Shared by the truncation rules: a line that stops on "the", "and" or "their" was cut off;
a line that stops on "about" or "for" may be a heading ("What the deal is about").
"""

from __future__ import annotations

import regex

# Never the last word of a sentence or a headline.
STRONG = frozenset(
    """the a an and or nor but because although whereas unless whether than its their our
    my your whose i we they he she""".split()
)
# Rarely the last word of a sentence, but a heading may end on them ("What it's made of").
WEAK = frozenset(
    """of to for with from in on at by into onto amid amidst among amongst toward towards
    via during despite including regarding concerning between that if will would could
    should shall might""".split()
)
# Before these, "that" is a demonstrative that may close a sentence ("all that", "like that").
_THAT_OK_AFTER = frozenset(
    """all like than just about after before of for with on at by to from in into beyond
    despite over under not do did does done said say know knew see saw mean meant believe
    think thought remember forget hear heard""".split()
)
_IF_OK_AFTER = frozenset("what as even only".split())
TERMINAL = regex.compile(r"(?:[.!?…:;]|\.\.\.)[\"'”’»)\]*_]*$")
_LAST_WORD = regex.compile(r"([\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)?)[\"'”’»*_]*$")
_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’-]*")


def last_word(text: str) -> str:
    m = _LAST_WORD.search(text.rstrip())
    return m.group(1) if m else ""


def ending_strength(text: str) -> str | None:
    """'strong', 'weak' or None: how surely the line's last word leaves a sentence open."""
    stripped = text.rstrip()
    if stripped.endswith(","):
        return "strong"
    if regex.search(r"\p{L}-$", stripped):
        return "strong"  # "the pro-"
    word = last_word(stripped)
    if not word or not stripped.endswith(word):
        return None
    low = word.casefold()
    if low in STRONG:
        return "strong"
    if low not in WEAK:
        return None
    before = _WORD.findall(stripped[: -len(word)])
    prev = before[-1].casefold() if before else ""
    if low == "that" and prev in _THAT_OK_AFTER:
        return None
    if low == "if" and prev in _IF_OK_AFTER:
        return None
    return "weak"


def is_title_like(text: str) -> bool:
    """Title Case or ALL CAPS: most longer words start with a capital."""
    long_words = [w for w in _WORD.findall(text) if len(w) >= 4]
    if len(long_words) < 3:
        return False
    caps = sum(1 for w in long_words if w[0].isupper())
    return caps >= 0.75 * len(long_words)


def word_count(text: str) -> int:
    return len(_WORD.findall(text))
