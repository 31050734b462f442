"""The keys DU001 compares lines by: case-folded, without spaces and decoration, with
HTML entities decoded; made for the whole text at once where it can be."""

from __future__ import annotations

import html
from collections import Counter

from mtlint import rx
from mtlint.document import STR_SPACES, Document
from mtlint.rules._prose import lines_matching

# What loose_keys leaves out: content_bounds's decoration and every space but "\n"
# (str.isspace).
LOOSE = "#>*_+-•|" + STR_SPACES.replace("\n", "")


_AMPERSAND = rx.compile_re("&")


def plain(text: str) -> str:
    """``text`` with HTML entities decoded: "council&#39;s" repeats "council's"."""
    return html.unescape(text) if "&" in text else text


def _loose(text: str, crlf: bool) -> str:
    """The key ``_raw_keys`` makes for a line of ``text`` (made line by line: ``crlf``)."""
    if crlf:
        return "".join(text.casefold().split()).strip(LOOSE)
    return _without_loose(text.casefold())


def _without_loose(folded: str) -> str:
    """``folded`` without the LOOSE characters: one C call per character present."""
    for ch in LOOSE:
        if ch in folded:
            folded = folded.replace(ch, "")
    return folded


def loose_keys(doc: Document) -> list[str]:
    """``_raw_keys``, but a line with an "&" is keyed by its text with entities decoded,
    as the rule compares lines (a few lines, found by one search)."""
    keys = _raw_keys(doc)
    if "&" in doc.text:
        crlf = "\r" in doc.text
        for number in lines_matching(doc, _AMPERSAND):
            if number <= len(keys):
                keys[number - 1] = _loose(plain(doc.lines[number - 1].text), crlf)
    return keys


def _raw_keys(doc: Document) -> list[str]:
    """A key per line such that lines with equal normalized contents (``normalize`` of
    ``content_bounds``) have equal keys: the case-folded line without decoration and
    spaces anywhere (equal contents have the same words, so the same characters left).
    Made for the whole text at once with C calls, so that a document without two alike
    lines is ruled out at once."""
    text = doc.text
    if "\r" in text:  # line breaks other than "\n": line by line
        return [_loose(line.text, True) for line in doc.lines]
    folded = doc.folded if lower_is_casefold(text) else text.casefold()
    return _without_loose(folded).split("\n")


# Every character whose casefold differs from its lower case (ß, µ, ﬁ, Cherokee...), or
# whose lower case is not one character (İ), or which Document.fold or str.lower treat
# apart (ſ, ς, Σ by its context): a test checks every code point of this Python.
CASEFOLD_APART = rx.compile_re(
    "[\xb5\xdf\u0130\u0149\u017f\u01f0\u0345\u0390\u03a3\u03b0\u03c2\u03d0\u03d1"
    "\u03d5\u03d6\u03f0\u03f1\u03f5\u0587\u13a0-\u13f5\u13f8-\u13fd\u1c80-\u1c88"
    "\u1e96-\u1e9b\u1e9e\u1f50\u1f52\u1f54\u1f56\u1f80-\u1faf\u1fb2-\u1fb4\u1fb6"
    "\u1fb7\u1fbc\u1fbe\u1fc2-\u1fc4\u1fc6\u1fc7\u1fcc\u1fd2\u1fd3\u1fd6\u1fd7"
    "\u1fe2-\u1fe4\u1fe6\u1fe7\u1ff2-\u1ff4\u1ff6\u1ff7\u1ffc\uab70-\uabbf"
    "\ufb00-\ufb06\ufb13-\ufb17]"
)
_ASCII = bytes(range(128))


def lower_is_casefold(text: str) -> bool:
    """Whether ``text.casefold()`` is ``Document.fold(text)``, which the document keeps
    (the line-kind prefilters read it), so that the text need not be case-folded again:
    true when it holds none of CASEFOLD_APART. Only its non-ASCII characters are
    searched (UTF-8 without the ASCII bytes, in C)."""
    if text.isascii():
        return True
    data = text.encode("utf-8", "surrogatepass").translate(None, _ASCII)
    return CASEFOLD_APART.search(data.decode("utf-8", "surrogatepass")) is None


def alike_paragraphs(doc: Document, keys: list[str]) -> frozenset[int] | None:
    """The first line indexes of the paragraphs of several lines whose joined
    ``loose_keys`` some other such paragraph shares (None: any may repeat). Paragraphs
    with equal normalized text have equal joined keys: the keys are the case-folded lines
    without spaces and decoration anywhere, and a line break is a space. Not so for keys
    made line by line (a text with carriage returns), which strip decoration at the ends
    only."""
    if "\r" in doc.text:
        return None
    joined = [(a, "".join(keys[a : b + 1])) for a, b in doc.paragraph_lines if a != b]
    counts = Counter(key for _, key in joined)
    return frozenset(a for a, key in joined if counts[key] > 1)
