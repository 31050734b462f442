"""Words of a sentence, each marked as English, foreign, rare, neutral or blocked.

Kinds: ``E`` an English function word (it splits a sentence into runs), ``F`` a foreign
cue (a function word of a source language, an elision, a lowercase word with diacritics),
``R`` a lowercase word missing from the English frequency list, ``N`` anything else (names,
loanwords, content words), ``B`` a word where foreign text is deliberate (code, URLs,
italics, quoted titles).
"""

from __future__ import annotations

from collections.abc import Iterator
from weakref import WeakKeyDictionary

from mtlint import rx
from mtlint.document import Document
from mtlint.records import dataclass
from mtlint.rules._prose import skip_spans
from mtlint.rules.linekinds import fenced_lines
from mtlint.rules.untranslated._search import cues_in, fixed, letters, non_ascii
from mtlint.rules.untranslated._words import (
    ELISION,
    ENGLISH_FUNCTION,
    FOREIGN_CUES,
    WORD,
    loans,
)

_NON_ASCII = rx.lazy(r"[^\x00-\x7f]")
_NON_ASCII_LETTER = rx.lazy(r"[^\P{L}\x00-\x7f]")
_ELISION_ANYWHERE = rx.lazy(
    r"(?<![\p{L}\p{M}])(?:l|d|qu|j|n|s|c|m|t|jusqu|lorsqu|puisqu|dell|all|nell|sull|dall|un"
    r"|quest|po)['’]\p{L}"
)
# Not ASCII and not common punctuation, symbols or emoji: possibly a letter (stdlib re is fast).
_NON_ASCII_FAST = rx.compile_re(
    "[^\x00-\x7f\u00a0-\u00bf\u00d7\u00f7\u2000-\u206f\u20a0-\u20cf\u2100-\u2bff"
    "\ufe00-\ufe0f\U0001f000-\U0001faff]"
)
_POSSESSIVE = rx.lazy(r"\p{L}['’]s$")
_QUOTED = rx.lazy(
    r"“[^“”]{0,400}”|\"[^\"]{0,400}\"|«[^«»]{0,400}»|„[^„“”]{0,400}[“”]"
    r"|‘[^‘’]{0,400}’(?!\p{L})"
)
_SPEECH_END = rx.lazy(r"[.!?…]\s*[”\"»“’]$")
_ITALIC = rx.lazy(
    r"(?<![\p{L}\p{N}*\\])\*{1,2}(?=\S)[^*]{1,400}?(?<=\S)\*{1,2}(?![\p{L}\p{N}*])"
    r"|(?<![\p{L}\p{N}_\\])_{1,2}(?=\S)[^_]{1,400}?(?<=\S)_{1,2}(?![\p{L}\p{N}_])"
)
_RARE = 150_000  # web-corpus count below which a lowercase word is unlikely English
_ARTICLES = frozenset({"der", "den"})
_PARTICLES = frozenset(
    (
        "de",
        "la",
        "del",
        "della",
        "di",
        "da",
        "dos",
        "das",
        "du",
        "des",
        "le",
        "les",
        "von",
        "der",
        "den",
        "zu",
        "y",
        "e",
        "al",
        "el",
    )
)
_MASKS: WeakKeyDictionary[Document, _Mask] = WeakKeyDictionary()


@dataclass(slots=True)
class Token:
    """A word with what the untranslated-fragment rule needs to know about it."""

    start: int
    end: int
    text: str
    kind: str
    loan: bool = False

    @property
    def low(self) -> str:
        return self.text.lower().replace("’", "'")


def candidates(doc: Document) -> Iterator[int]:
    """Offsets of words that could be foreign cues: not names ("José"), loanwords or "e.g.".

    Looking the distinct words up in a set is far cheaper than a regex of every cue, so the
    search pattern lists only the cues this text contains (about 3 s for a 50 MB file).
    """
    text = doc.text
    parts = []
    found = cues_in(doc.distinct_words)
    if found:
        cues = "|".join(rx.escape(w) for w in sorted(found, key=len, reverse=True))
        parts.append(r"(?<![\p{L}\p{M}])(?:" + cues + r")(?![\p{L}\p{M}])")
    if _has_elision(text):
        parts.append(_ELISION_ANYWHERE.pattern)
    if not text.isascii() and _NON_ASCII_FAST.search(non_ascii(text)):
        parts.append(_NON_ASCII_LETTER.pattern)
    if not parts:
        return
    pattern = "|".join(parts)
    search = rx.lib().compile(pattern, rx.IGNORECASE) if found else fixed(pattern)
    if parts == [_NON_ASCII_LETTER.pattern]:
        matches = letters(text, search)  # letters only (most texts): skip the rest in C
    else:
        matches = ((m.start(), m.end()) for m in search.finditer(text))
    end = 0
    for first, last in matches:
        if first < end:
            continue  # another accented letter of the same word
        start = first
        while start > 0 and (text[start - 1].isalpha() or text[start - 1] in "'’"):
            start -= 1
        whole = WORD.match(text, start)
        end = whole.end() if whole else last
        if whole and _promising(doc, whole):
            yield start


_QUOTE_MARKS = ("'", "’")  # what _ELISION_ANYWHERE holds before its letter


def _has_elision(text: str) -> bool:
    """``_ELISION_ANYWHERE.search(text)``, tried only around each apostrophe (its longest
    word, "lorsqu", starts six characters before it): ten times faster on English text.
    The apostrophes are found with ``str.find``, faster than a search for either one."""
    for quote in _QUOTE_MARKS:
        i = text.find(quote)
        while i != -1:
            if _ELISION_ANYWHERE.search(text, max(0, i - 6), i + 2):
                return True
            i = text.find(quote, i + 1)
    return False


def _promising(doc: Document, m: rx.Match[str]) -> bool:
    word, start = m.group(), m.start()
    low = word.lower().replace("’", "'")
    if len(word) == 1 and doc.text[m.end() : m.end() + 1] == ".":
        return False
    if not lowerish(word):
        return start in doc.sentence_starts and low in FOREIGN_CUES
    if low in FOREIGN_CUES or ELISION.match(low):
        return True
    return bool(_NON_ASCII.search(low)) and (low,) not in loans().get(low, ())


def lowerish(word: str) -> bool:
    """Lowercase, or in a script without case (Arabic, Hebrew): not a capitalised name."""
    return word.islower() or (not word.isascii() and word.lower() == word.upper())


def sentence_tokens(doc: Document, matches: list[rx.Match[str]]) -> list[Token]:
    """Classify the words of one sentence (lexicon lookups included)."""
    from mtlint.lexicon import count

    mask = _mask(doc)
    tokens = [_classify(doc, m, mask) for m in matches]
    _mark_loans(tokens)
    _name_particles(doc, tokens)
    if not any(t.kind == "F" for t in tokens):
        return tokens  # nothing foreign: spare the lexicon
    for t in tokens:
        plain = t.kind == "N" and not t.loan and t.text.islower() and t.text.isascii()
        if plain and len(t.text) >= 4 and count(t.text) < _RARE:
            t.kind = "R"
    return tokens


_BLOCKED = 1


class _Mask:
    """Per character: 1 where foreign words are deliberate (code, URLs, italics, titles).

    Italics and quoted titles are found in one pass over the text; code lines, URLs and
    inline code line by line, when a word on the line is first classified (only the
    sentences with a foreign cue are).
    """

    def __init__(self, doc: Document) -> None:  # keeps no reference: _MASKS is weak-keyed
        self.mask = bytearray(len(doc.text))
        self.code = fenced_lines(doc)
        self.lines: set[int] = set()  # the numbers of the lines marked so far
        if "*" in doc.text or "_" in doc.text:  # what every italic span holds
            for m in _ITALIC.finditer(doc.text):
                self.mark(m.start(), m.end())
        for m in _QUOTED.finditer(doc.text):
            n = len(WORD.findall(m.group()))
            speech = n >= 8 or (n >= 6 and _SPEECH_END.search(m.group()))
            if not speech:
                self.mark(m.start(), m.end())  # a title or a name, not reported speech

    def mark(self, start: int, end: int) -> None:
        self.mask[start:end] = b"\x01" * (end - start)

    def blocked(self, doc: Document, start: int, end: int) -> bool:
        """Whether the word at ``start:end`` (on one line) is deliberate."""
        line = doc.line_at(start)
        if line.number not in self.lines:
            self.lines.add(line.number)
            if line.number in self.code:
                self.mark(line.start, line.end)
            elif line.text.strip():
                for span in skip_spans(doc, line):  # clipped to the line
                    self.mark(span.start, span.end)
        return _BLOCKED in self.mask[start:end]


def _mask(doc: Document) -> _Mask:
    cached = _MASKS.get(doc)
    if cached is None:
        cached = _MASKS[doc] = _Mask(doc)
    return cached


def _classify(doc: Document, m: rx.Match[str], mask: _Mask) -> Token:
    start, end, text = m.start(), m.end(), m.group()
    if mask.blocked(doc, start, end):
        return Token(start, end, text, "B")
    if len(text) == 1 and doc.text[end : end + 1] == ".":
        return Token(start, end, text, "N")  # "e" of "e.g."
    low = text.lower().replace("’", "'")
    at_start = start in doc.sentence_starts
    initial = text[0].isupper() and (at_start or text[1:].islower())
    if (low in ENGLISH_FUNCTION and (text.islower() or initial)) or _POSSESSIVE.search(text):
        return Token(start, end, text, "E")
    lower = lowerish(text)
    cue = low in FOREIGN_CUES or ELISION.match(low) or (lower and _NON_ASCII.search(low))
    if cue and (lower or (initial and at_start)):
        return Token(start, end, text, "F")
    return Token(start, end, text, "N")


def _mark_loans(tokens: list[Token]) -> None:
    """Loanwords and stock phrases ("coup d'état", "status quo") are neutral."""
    index = loans()
    i = 0
    while i < len(tokens):
        for phrase in index.get(tokens[i].low, ()):
            k = i + len(phrase)
            if k <= len(tokens) and tuple(t.low for t in tokens[i:k]) == phrase:
                for t in tokens[i:k]:
                    if t.kind != "B":
                        t.kind, t.loan = "N", True
                i = k - 1
                break
        i += 1


def _name_particles(doc: Document, tokens: list[Token]) -> None:
    """ "de la" in "Plaza de la Constitución", "von der" in "von der Leyen": part of a name."""
    text = doc.text
    for i, t in enumerate(tokens):
        if t.kind != "F" or t.text not in _PARTICLES:
            continue
        if t.text in _ARTICLES and (i == 0 or tokens[i - 1].text not in ("von", "van")):
            continue  # "Zahl der Arbeitslosen" is German prose; "van der Weyden" a name
        j = i
        while j > 0 and tokens[j - 1].text in _PARTICLES:
            j -= 1
        k = i
        while k + 1 < len(tokens) and tokens[k + 1].text in _PARTICLES:
            k += 1
        before = tokens[j - 1] if j > 0 else None
        after = tokens[k + 1] if k + 1 < len(tokens) else None
        if (
            after is not None
            and after.text[0].isupper()
            and not text[t.end : after.start].strip(" -")
            and (before is None or before.text[0].isupper() or before.kind == "E")
        ):
            t.kind = "N"
