"""Shapes of photo and image credits, shared by the credit and caption rules.

A credit is either a labelled credit ("Photo: Peter Klaunzer – Pool", "Image: Reuters",
"Photo by Jane Doe/AFP") or a list of agencies and photographers joined by slashes or
"via" ("EFE / EPA / MIKHAIL METZEL / SPUTNIK / KREMLIN POOL", "AFP via Getty Images").
"""

from __future__ import annotations

import bisect

from mtlint import rx
from mtlint.document import Document
from mtlint.rules._prose import short_lined
from mtlint.rules.broken._common import trie

# Wire agencies: alone in parentheses they are a dateline ("PARIS (AFP) -"), not a credit.
WIRE_AGENCIES = frozenset(
    {
        "reuters",
        "afp",
        "ap",
        "efe",
        "epa",
        "epa-efe",
        "ansa",
        "dpa",
        "xinhua",
        "tass",
        "sputnik",
        "kyodo",
        "yonhap",
        "anadolu",
        "anadolu agency",
        "notimex",
        "cuartoscuro",
        "ani",
        "pti",
        "ians",
        "aap",
        "upi",
        "kcna",
        "jiji",
        "interfax",
        "bloomberg",
        "europa press",
        "associated press",
        "agence france-presse",
        "telam",
        "télam",
    }
)
# Photo agencies and credit words that are a credit on their own ("Getty Images").
PHOTO_SOLO = frozenset(
    {
        "getty images",
        "shutterstock",
        "alamy",
        "alamy stock photo",
        "ap photo",
        "ap images",
        "afp photo",
        "reuters photo",
        "efe photo",
        "file photo",
        "pool photo",
        "wireimage",
        "istock",
        "istockphoto",
        "nurphoto",
        "sopa images",
        "zuma press",
        "zuma wire",
        "pa wire",
        "pa images",
        "rex features",
        "abacapress",
        "lightrocket",
    }
)
# Words that are credits only next to a slash or "via" ("Peter Klaunzer / Pool").
PHOTO_AGENCIES = PHOTO_SOLO | frozenset(
    {
        "getty",
        "pool",
        "kremlin pool",
        "handout",
        "sipa",
        "sipa usa",
        "sipa press",
        "zuma",
        "pa",
        "pa media",
        "imago",
        "abaca",
        "corbis",
        "polaris",
        "redux",
        "rex",
        "file",
        "unsplash",
        "pexels",
        "wikimedia commons",
        "mega",
        "backgrid",
        "splash news",
        "presidencia",
        "kremlin",
        "kremlin.ru",
        "presidential press service",
        "courtesy",
        "dpa-zentralbild",
        "bbc",
        "cnn",
    }
)
AGENCIES = WIRE_AGENCIES | PHOTO_AGENCIES

_SEP = rx.lazy(r"\s*(?:/|\bvia\b|\s[–—-]\s|\||,)\s*", rx.V1)
_JOINER = rx.lazy(r"/|\bvia\b|\s[–—-]\s|\|", rx.V1)
_NAME_PART = rx.lazy(
    r"(?:\p{Lu}[\p{L}\p{M}'’.\-]*|@\w+|de|da|del|van|von|der|al|el|bin|la|le|di|du|dos|for)"
    r"(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.\-]*|de|da|del|van|von|der|al|el|bin|la|le|di|du|dos|for)){0,4}",
    rx.V1,
)
_LABEL = rx.lazy(
    r"(?i:(?:file |ap |afp |reuters |cover |featured |main |top |header |lead )?"
    r"(?:photo|image|picture|pic|foto|photograph|photography|illustration|graphic)s?"
    r"(?: credits?)?|credits?|photo credits?|image credits?)",
    rx.V1,
)
LABELLED = rx.lazy(
    rf"{_LABEL.pattern}\s*(?::|\||\bby\b|\bcourtesy(?: of)?\b)\s*(?P<who>\S[^()\n]{{0,100}})",
    rx.V1,
)
# A verb that would make a "Photo by ..." line a sentence about a photo.
_SENTENCE = rx.lazy(
    r"\b(?:is|are|was|were|has|have|had|shows?|showed|shown|depicts?|depicted|captured|"
    r"taken|will|would|could|can|went|became|sparked|appeared|circulated|posted)\b",
    rx.V1 | rx.IGNORECASE,
)
INLINE = rx.lazy(r"\((?P<body>[^()\n]{2,120})\)", rx.V1)
# Every credit is short or contains one of these: a cheap test before the real parsing.
_HINT_MARKS = ("/", ":", "|", " via ", " by ", " By ", " BY ", " – ", " - ", " — ", "ourtesy")


def _hint(text: str) -> bool:
    return len(text) <= 40 or any(mark in text for mark in _HINT_MARKS)


def _is_agency(part: str) -> bool:
    low = part.lower().strip(" .")
    return low in AGENCIES or low.removesuffix(" photo") in AGENCIES


def agency_list(text: str) -> bool:
    """True for "EFE / EPA / MIKHAIL METZEL", "AFP via Getty Images", "REUTERS/Kevin Lamarque"."""
    body = text.strip().strip(".").strip()
    if not body:
        return False
    parts = [p for p in _SEP.split(body) if p and p.strip(" .")]
    if not parts or len(parts) > 8:
        return False
    agencies = [p for p in parts if _is_agency(p)]
    if not agencies:
        return False
    for p in parts:
        if _is_agency(p):
            continue
        name = p.strip(" .")
        # A photographer has a full name ("Kevin Lamarque") or a handle; a single other
        # word is more likely a partner ("Reuters/Ipsos" is a poll, not a photo credit).
        if not _NAME_PART.fullmatch(name) or (" " not in name and not name.startswith("@")):
            return False
    if len(parts) == 1:
        # A lone wire agency is a dateline or a wire credit, not a photo credit.
        return parts[0].lower().strip(" .") in PHOTO_SOLO
    joined = _JOINER.search(body) is not None
    return joined or len(agencies) == len(parts)


def labelled_credit(text: str) -> bool:
    """True for "Photo: Peter Klaunzer – Pool", "Image: Reuters", "Photos by Jane Doe/AFP"."""
    m = LABELLED.fullmatch(text.strip())
    if m is None:
        return False
    who = m.group("who")
    return _SENTENCE.search(who) is None and who.count(". ") < 2


CREDIT_MAX = 140  # the longest credit line


def credit_line(content: str) -> bool:
    """A whole line that is only a photo credit (optionally in parentheses)."""
    text = content.strip()
    if len(text) > CREDIT_MAX or not _hint(text):
        return False
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1]
    elif text.startswith("(") and text.endswith(")."):
        text = text[1:-2]
    return labelled_credit(text) or agency_list(text)


# What a credit line holds (see credit_candidates): LABELLED's separator, matched with
# case (only its label is (?i:)), or an agency name (AGENCIES are lower case) between
# characters that are no letter or digit, in the folded text.
_SEPARATOR = rx.compile_re(r"[:|]|by|courtesy")
_AGENCY = rx.compile_re(rf"(?<![^\W_])(?:{trie(AGENCIES)})(?![^\W_])")


def credit_candidates(doc: Document) -> list[int]:
    """The indexes of the lines that may be a ``credit_line``, in order: in a text of
    short lines, two searches of the whole text instead of a parse of every line. A
    labelled credit holds LABELLED's separator; an agency list holds a part that is,
    lower-cased, an agency: its neighbours in the line are a separator, a space or a dot,
    a parenthesis or decoration, none a letter or digit. A character that lower-cases to
    one of an agency's is ``Document.fold``-ed to it, at the same offset."""
    key = "credit-candidates"
    found = doc.memo.get(key)
    if found is None and not short_lined(doc):
        found = doc.memo[key] = list(range(len(doc.lines)))  # long lines: each is asked
    if found is None:
        starts = doc.line_starts
        at: set[int] = set()
        for pattern, text in ((_SEPARATOR, doc.text), (_AGENCY, doc.folded)):
            at.update(bisect.bisect_right(starts, m.start()) - 1 for m in pattern.finditer(text))
        found = doc.memo[key] = sorted(at)
    return found  # type: ignore[return-value]


def inline_credit(body: str) -> bool:
    """The inside of a parenthesis that is a photo credit."""
    if not _hint(body):
        return False
    return labelled_credit(body) or agency_list(body)


# A credit after a caption, on the caption's line: "... Los Alcázares. Photo: Europa
# Press", "... during the rehearsal (photo Ansa)".
_LABEL_AFTER = rx.lazy(rf"(?<=\s){_LABEL.pattern}\s*(?::|\||\bby\b)", rx.V1)
_PAREN_END = rx.lazy(r"\s*\((?P<body>[^()\n]{2,120})\)\.?$", rx.V1)
_BARE = rx.lazy(rf"{_LABEL.pattern}\s+(?P<who>\S.{{0,100}})", rx.V1)


def _bare_credit(body: str) -> bool:
    """A label and a name with no colon: "photo Ansa", "foto EFE / Mario Rossi"."""
    m = _BARE.fullmatch(body.strip())
    if m is None:
        return False
    who = m.group("who").strip(" .")
    return _is_agency(who) or agency_list(who) or _NAME_PART.fullmatch(who) is not None


_CAPTION_MAX = 400  # a caption of 30 words and its credit
# Every credit label holds one of these (lower-cased).
_LABEL_WORDS = ("photo", "image", "pic", "foto", "illustration", "graphic", "credit")


def _may_end_with_credit(content: str) -> bool:
    """Cheap tests first: a labelled credit's separator or a final parenthesis, and a
    label's word."""
    marks = (":", "|", " by ", " By ")
    if not content.endswith((")", ").")) and not any(m in content for m in marks):
        return False
    low = content.lower()
    return any(word in low for word in _LABEL_WORDS)


def caption_with_credit(content: str) -> str | None:
    """The caption of a line that ends with its photo credit, else None. A credit in
    parentheses that BP013 reports on its own ("(Photo: Reuters)") is left to it."""
    if len(content) > _CAPTION_MAX or not _may_end_with_credit(content):
        return None
    paren = _PAREN_END.search(content) if content.endswith((")", ").")) else None
    if paren is not None:
        body = paren.group("body")
        if inline_credit(body) or not _bare_credit(body):
            return None
        return content[: paren.start()].rstrip()
    for m in _LABEL_AFTER.finditer(content):
        if credit_line(content[m.start() :]):
            return content[: m.start()].rstrip()
    return None
