"""A sentence splitter that knows abbreviations, initials, ellipses and quotes.

Rules about sentence starts (capitals, lowercase starts, fragments) ask this module
whether a full stop ends a sentence, so that "Mr. Smith", "J. K. Rowling", "U.S. troops",
"3.5 percent" and "Wait... what" never look like broken sentences.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from mtlint import rx
from mtlint.model import Span


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Titles and other abbreviations that are (almost) never the end of a sentence.
TITLE_ABBREVIATIONS = _words(
    "mr mrs ms messrs mme mlle dr prof sr jr st gen lt col sgt capt cmdr adm maj brig rev "
    "hon pres gov sen rep supt insp det cpl pvt fr sra sgto vol vols pp p fig figs "
    "art ch sec para op ed eds approx ca cf vs v al ft mt ave blvd rd dept univ assn bros "
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri "
    "sat sun est tel ext ste viz"
)
# "No. 1", "nos. 4 and 5", "no. of cases": abbreviations before a number or "of" only.
NUMBER_ABBREVIATIONS = _words("no nos")
_NUMBER_AFTER = rx.lazy(r"\s*(?:\d|#|of\b)")
# Units: abbreviations only after a number ("6 ft. tall", "5 in. long"), words otherwise.
UNIT_ABBREVIATIONS = _words(
    "in ft lb lbs oz mi yd yds sq cu gal qt pt tsp tbsp hr hrs min mins sec secs yr yrs mo "
    "mos wk wks doz pkg kg km cm mm"
)
# AP-style state abbreviations, matched case-sensitively ("Ill." is a state, "ill." a word).
STATE_ABBREVIATIONS = _words(
    "Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss "
    "Mo Mont Neb Nev Okla Ore Pa Tenn Vt Va Wash Wis Wyo Alta Ont Que"
)
# Abbreviations that often do end a sentence; they end one when a capital follows.
AMBIGUOUS_ABBREVIATIONS = _words(
    "etc inc ltd co corp plc llc bhd pty esq ph.d ibid incl excl esp resp misc govt intl "
    "natl assoc mgr avg abbr trans repr orig"
)
_DOTTED = rx.lazy(r"(?:\p{L}{1,2}\.){2,}$")  # U.S., e.g., a.m., Ph.D.
_WORD_BEFORE = rx.lazy(r"([\p{L}\p{M}.'’-]+)$")
_NUMBER_BEFORE = rx.lazy(r"\d[\d.,/½¼¾-]*\s?$")
# A run of [.!?] or one "…", then closing quotes and brackets: "(?:[.!?]+|…)" written to
# start with a character set, so that the standard library's engine (no property classes
# needed) skips to the candidates in C instead of trying every position.
_TERMINAL = rx.compile_re(r"[.!?…](?:(?<=[.!?])[.!?]*)?[\"'”’»)\]]*")
# _TERMINAL with what follows it, looked ahead at: spaces (the standard library's \s is
# str.isspace, as in _next_visible) and the next character.
_BOUNDARY = rx.compile_re(_TERMINAL.pattern + r"(?=(\s*)(.?))", re.DOTALL)
_LETTERS = rx.lazy(r"\p{L}+")
_WORD_RUN = rx.lazy(r"[\p{L}\p{M}.'’-]+")  # _WORD_BEFORE's class
_OPENERS = "\"'“‘«(["
# A dot after this many letters ends no abbreviation (the longest is "messrs").
_LONG = 1 + max(
    map(
        len,
        TITLE_ABBREVIATIONS
        | NUMBER_ABBREVIATIONS
        | UNIT_ABBREVIATIONS
        | STATE_ABBREVIATIONS
        | AMBIGUOUS_ABBREVIATIONS,
    )
)
_STARTERS = _words(
    "The A An It He She They We I This That These Those There But And Or So If When In On "
    "At For As By From With After Before However Meanwhile His Her Their Its Our"
)
_LIST_OR_HEADING = rx.lazy(r"(?:[-*+•]\s|\d+[.)]\s|#{1,6}\s|>\s)")


def word_before(text: str, dot: int) -> str:
    """The word (with inner dots) that ends at ``dot`` (the index of a full stop).

    What ``_WORD_BEFORE.search(text, max(0, dot - 40), dot)`` finds, but matched on the
    reversed window: a search for a run anchored at its end tries every start.
    """
    lo = max(0, dot - 40)
    end = dot
    if end > lo and text[end - 1] == "\n":
        end -= 1  # "$" also matches before a newline that ends the window
    window = text[lo:end]
    m = _WORD_RUN.match(window[::-1])
    return window[len(window) - m.end() :] if m else ""


def _after_number(text: str, word_start: int) -> bool:
    """True when the word starting at ``word_start`` follows a number ("6 ft", "5 in")."""
    return bool(_NUMBER_BEFORE.search(text, max(0, word_start - 20), word_start))


def is_abbreviation_dot(text: str, dot: int) -> bool:
    """True when the full stop at ``dot`` belongs to an abbreviation or an initial."""
    word = word_before(text, dot).lstrip("'’-")
    if not word:
        return False
    low = word.lower()
    if low in TITLE_ABBREVIATIONS or low in AMBIGUOUS_ABBREVIATIONS:
        return True
    if low in NUMBER_ABBREVIATIONS:
        return bool(_NUMBER_AFTER.match(text, dot + 1))
    if word in STATE_ABBREVIATIONS:
        return True
    if low in UNIT_ABBREVIATIONS and _after_number(text, dot - len(word)):
        return True
    if len(word) == 1 and word.isalpha():
        return True  # an initial ("J. K. Rowling") or a list letter
    return "." in word and bool(_DOTTED.search(word + "."))  # _DOTTED needs two dots


# Every abbreviation lower-cased: a word not in here abbreviates nothing in any case.
_ABBREVIATIONS_LOWER = frozenset(
    word.lower()
    for word in TITLE_ABBREVIATIONS
    | NUMBER_ABBREVIATIONS
    | UNIT_ABBREVIATIONS
    | STATE_ABBREVIATIONS
    | AMBIGUOUS_ABBREVIATIONS
)


def _plain_word(text: str, dot: int) -> bool:
    """The word before the full stop at ``dot`` is two letters or more after a space,
    and no abbreviation: ``_closes`` then says True with no ``word_before`` (a regex) to
    run. Most sentences end with such a word shorter than ``_LONG`` ("said.", "year.")."""
    space = text.rfind(" ", max(0, dot - _LONG), dot)
    if space < 0:
        return False  # no space in reach (other spaces too are left to word_before)
    word = text[space + 1 : dot]
    # Letters only, after a space (which _WORD_RUN's class lacks): what word_before finds.
    return len(word) >= 2 and word.isalpha() and word.lower() not in _ABBREVIATIONS_LOWER


def _next_visible(text: str, i: int, end: int) -> int:
    while i < end and text[i].isspace():
        i += 1
    return i


def ends_sentence(text: str, punct_start: int, after: int, end: int) -> bool:
    """Decide whether the terminal punctuation at ``punct_start`` closes a sentence."""
    if after < end and text[after].isalnum():
        return False  # "3.5", "example.com", "Node.js": no space, no boundary
    nxt = _next_visible(text, after, end)
    if nxt >= end:
        return True
    return _closes(text, punct_start, nxt, end)


def _closes(text: str, punct_start: int, nxt: int, end: int) -> bool:
    """``ends_sentence`` once the next visible character (at ``nxt`` < ``end``) is known."""
    ch = text[nxt]
    if ch in _OPENERS:
        probe = _next_visible(text, nxt + 1, end)
        ch = text[probe] if probe < end else ch
    if not (ch.isupper() or ch.isdigit() or ch in _OPENERS):
        return False  # "Wait... what", "“Why?” he asked", "approx. five"
    if text[punct_start] == "." and text[punct_start : punct_start + 2] != "..":
        if punct_start >= _LONG and text[punct_start - _LONG : punct_start].isalpha():
            return True  # a word longer than any abbreviation, and not dotted ("U.S.")
        if _plain_word(text, punct_start):
            return True  # "said.", "year.": a short word that abbreviates nothing
        word = word_before(text, punct_start).lstrip("'’-")
        low = word.lower()
        if low in TITLE_ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
            return False
        if low in NUMBER_ABBREVIATIONS and _NUMBER_AFTER.match(text, punct_start + 1):
            return False
        if low in UNIT_ABBREVIATIONS and _after_number(text, punct_start - len(word)):
            return False
        dotted = "." in word and _DOTTED.search(word + ".")  # _DOTTED needs two dots
        if low in AMBIGUOUS_ABBREVIATIONS or word in STATE_ABBREVIATIONS or dotted:
            m = _LETTERS.match(text, nxt)
            return bool(m and m.group() in _STARTERS)
    return True


def split_paragraphs(text: str, spans: Iterable[Span]) -> list[Span]:
    """The sentences of each span (normally the paragraphs of a document), in order:
    ``split_sentences`` of each, with no generator to resume per sentence."""
    out: list[Span] = []
    for span in spans:
        start = _next_visible(text, span.start, span.end)
        if text.find("\n", start, span.end) == -1:
            _one_line(text, start, span.end, out)
        else:
            out.extend(_lines(text, start, span))
    return out


def split_sentences(text: str, span: Span) -> Iterator[Span]:
    """Yield sentence spans inside ``span`` (normally one paragraph)."""
    start = _next_visible(text, span.start, span.end)
    if text.find("\n", start, span.end) == -1:
        out: list[Span] = []
        _one_line(text, start, span.end, out)
        yield from out
    else:
        yield from _lines(text, start, span)


def _one_line(text: str, start: int, end: int, out: list[Span]) -> None:
    """The sentences of a paragraph of one line (the usual paragraph of scraped news),
    from its first visible character ``start``: the loop of ``_lines`` with no line
    breaks to consider, each search starting where the previous match ended."""
    append = out.append
    for found in _BOUNDARY.finditer(text, start, end):
        nxt = found.end(1)  # the next visible character, or the end of the span
        if nxt < end:
            ch = text[nxt]
            if nxt == found.end() and ch.isalnum():
                continue  # "3.5", "example.com", "Node.js": no space, no boundary
            p = found.start()
            # What _closes says, at once, for a capital after "?", "!", "..." or after a
            # full stop that ends a word longer than any abbreviation, or a shorter word
            # that abbreviates nothing (most sentences).
            if not (
                ch.isupper()
                and (
                    text[p] != "."
                    or text[p + 1 : p + 2] == "."
                    or (p >= _LONG and text[p - _LONG : p].isalpha())
                    or _plain_word(text, p)
                )
            ) and not _closes(text, p, nxt, end):
                continue
        append(Span(start, found.end()))
        start = nxt
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        append(Span(start, end))


def _lines(text: str, start: int, span: Span) -> Iterator[Span]:
    """The sentences of a paragraph of several lines, from its first visible character."""
    pos = start
    while pos < span.end:
        m = _TERMINAL.search(text, pos, span.end)
        nl = text.find("\n", max(pos, start), span.end)
        if nl != -1 and (m is None or nl < m.start()):
            nxt = _next_visible(text, nl + 1, span.end)
            line_start = text.rfind("\n", 0, nl) + 1
            prev_len = nl - max(line_start, start)
            if nxt < span.end and (
                _LIST_OR_HEADING.match(text, nxt) or (prev_len < 60 and text[nxt].isupper())
            ):
                yield Span(start, nl)
                start = pos = nxt
                continue
            if m is None:
                break
        if m is None:
            break
        if ends_sentence(text, m.start(), m.end(), span.end):
            yield Span(start, m.end())
            start = _next_visible(text, m.end(), span.end)
        pos = m.end()
    end = span.end
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield Span(start, end)
