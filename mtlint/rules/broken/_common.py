"""Word lists and line filters shared by the broken-sentence rules.

The rules look for a capital, a full stop or a missing space where running prose should
not have one, so they must first set aside what is not running prose: code, headings,
table rows and title-case lines.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from functools import lru_cache
from itertools import accumulate
from weakref import WeakKeyDictionary

from mtlint import rx
from mtlint.document import STR_SPACES, Document, Line
from mtlint.rules._prose import code_lines, is_table_line, short_lined


def words(text: str) -> frozenset[str]:
    """A word set from a space-separated string."""
    return frozenset(text.split())


# Closed-class words that start a sentence but are never a name on their own.
ARTICLES = words("The A An")
PRONOUNS = words("He She It They We You His Her Its Their Our My Your This That These Those There")
CONJUNCTIONS = words(
    "But And Or So Yet If When While Although Though Because Whether Unless Since Once"
    " After Before As Until Whereas However Meanwhile Moreover Furthermore Nevertheless"
    " Also Then Still Instead Therefore Thus Which Who Whom Whose Where What"
)
PREPOSITIONS = words(
    "In On At For With From By To Of Into During Under Over Between Among Amid About"
    " Against Without Within Through Throughout Despite Following According Across"
    " Toward Towards Near Around Along Behind Beyond Upon Via"
)
NUMBER_WORDS = words(
    "One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Twenty Thirty Forty"
    " Fifty Hundred Thousand Million Billion Several Some Many Most All Both Each Every"
    " Another No"
)
FUNCTION_WORDS = ARTICLES | PRONOUNS | CONJUNCTIONS | PREPOSITIONS | NUMBER_WORDS
# Capitalised in any sentence, yet no name: weekdays and months.
WEEKDAYS = words("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")
MONTHS = words(
    "January February March April May June July August September October November December"
)
CALENDAR = WEEKDAYS | MONTHS
# Plural nouns that open news sentences ("Police said", "Critics say") and are no names.
GROUP_NOUNS = words(
    """Officials Authorities Police Critics Analysts Experts Investors Residents Researchers
    Scientists Doctors Teachers Students Workers Employees Voters Protesters Demonstrators
    Lawmakers Legislators Prosecutors Witnesses Observers Diplomats Troops Soldiers Rescuers
    Firefighters Negotiators Opponents Supporters Activists Economists Farmers Commuters
    Pensioners Parents Families Shoppers Consumers Locals Patients Passengers Travellers
    Travelers Drivers Nurses Fishermen Villagers Citizens Officers Lawyers Journalists
    Reporters Ministers Leaders Participants Organisers Organizers Engineers Inspectors
    Regulators Traders Markets Prices Shares Stocks Turnout Inflation Unemployment Exports
    Imports Talks Negotiations Tensions Temperatures Casualties Fighting"""
)

# Words that stay lowercase inside a title-case heading ("Gone With the Wind").
TITLE_MINOR = words(
    "a an the and but or nor for so yet as at by in of off on per to up via with from into"
    " onto over than vs"
)

_PROSE: WeakKeyDictionary[Document, tuple[Line, ...]] = WeakKeyDictionary()
_PROSE_NUMBERS: WeakKeyDictionary[Document, frozenset[int]] = WeakKeyDictionary()
_STRUCTURE = rx.lazy(r"^\s{0,3}(?:#{1,6}\s|>|\||={3,}|-{3,}|\.\. )")
_COMMAND = rx.lazy(r"^\s*(?::\w|\$ |% |>>> )")
_WORD = rx.lazy(r"[\p{L}\p{M}][\p{L}\p{M}'’-]*")
TERMINAL_END = rx.lazy(r"[.!?…][\"'”’»)\]]*\s*$")


def prose_lines(doc: Document) -> tuple[Line, ...]:
    """Lines of running prose: not code, headings, block quotes, tables or title-case lines."""
    cached = _PROSE.get(doc)
    if cached is None:
        code = code_lines(doc)
        cached = tuple(line for line in doc.lines if _prose(doc, line, code))
        _PROSE[doc] = cached
    return cached


def _prose(doc: Document, line: Line, code: frozenset[int]) -> bool:
    """Whether ``line`` is one of ``prose_lines``. A line that starts with a letter and
    ends a sentence, with no "|", tab or run of three spaces (most lines), is prose:
    _is_prose would say so, and is not asked (a test holds the two to each other)."""
    return bool(
        (text := line.text)  # a blank line is no prose (most blank lines are empty)
        and line.number not in code
        and (
            (
                text[:1].isalpha()
                and (text[-1] in ".!?…" or ends_sentence_like(text))
                and "|" not in text
                and "\t" not in text
                and "   " not in text
            )
            or _is_prose(doc, text)
        )
    )


def is_prose_number(doc: Document, number: int) -> bool:
    """Whether line ``number`` is one of ``prose_lines``; in a text of short lines judged
    alone (and kept) when they are not all known yet: a rule that asks about a few lines
    (a prefilter's, where a sentence on one line starts) need not have all judged."""
    prose = _PROSE_NUMBERS.get(doc)
    # In a text of short lines (_prose.short_lined), most end mid-sentence, the costly
    # ones to judge, and the rules ask of few: those are judged one at a time.
    if prose is None and (doc in _PROSE or not short_lined(doc)):
        prose = _PROSE_NUMBERS[doc] = frozenset(line.number for line in prose_lines(doc))
    if prose is not None:
        return number in prose
    asked: dict[int, bool] | None = doc.memo.get(_ASKED)  # type: ignore[assignment]
    if asked is None:
        asked = doc.memo[_ASKED] = {}
    found = asked.get(number)
    if found is None:
        lines = doc.lines
        found = asked[number] = 1 <= number <= len(lines) and _prose(
            doc, lines[number - 1], code_lines(doc)
        )
    return found


_ASKED = "broken-prose-asked"  # doc.memo: is_prose_number's answers, by line number


def prose_among(doc: Document, numbers: frozenset[int] | set[int]) -> list[Line]:
    """The ``prose_lines`` whose numbers are among ``numbers``, in order: a rule that has
    told the lines it may report on (a whole-text prefilter) looks at those alone."""
    if not numbers:
        return []
    lines = doc.lines
    return [lines[n - 1] for n in sorted(numbers) if is_prose_number(doc, n)]


def _is_prose(doc: Document, text: str) -> bool:
    """A line (outside code blocks) of running prose."""
    if not text.strip():
        return False
    # A line that starts with a letter (most) is no structure and no command.
    plain = text[:1].isalpha()
    if not plain and _STRUCTURE.match(text):
        return False
    if text.count("|") >= 2 or is_table_line(doc, text) or is_title_case(text):
        return False
    return plain or not _COMMAND.match(text)  # ":tabedit thatfile", "$ vim -u thefilter"


# The characters of the regex module's \s: str.isspace()'s less U+001C..U+001F.
_SPACES = STR_SPACES.translate(dict.fromkeys(range(0x1C, 0x20)))


def ends_sentence_like(text: str) -> bool:
    """``TERMINAL_END.search(text)`` without a regex search, which tries every position:
    a terminal mark, then closing quotes or brackets, then spaces."""
    stripped = text.rstrip(_SPACES).rstrip("\"'”’»)]")
    return bool(stripped) and stripped[-1] in ".!?…"


def is_title_case(text: str) -> bool:
    """A heading-like line: no final full stop and most words capitalised."""
    if ends_sentence_like(text):
        return False
    found = _WORD.findall(text)
    if len(found) < 2:
        return True
    major = [w for w in found if w.lower() not in TITLE_MINOR]
    if not major:
        return True
    caps = sum(1 for w in major if w[0].isupper() or not w[0].isalpha())
    return caps / len(major) >= 0.75


def trie(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` factored by their letters ("A(?:n|fter)?"): the
    standard library tests an alternative's first literal in C, so a factored alternation
    tries a few letters at each position instead of every word."""
    groups: dict[str, list[str]] = {}
    empty = False
    for word in sorted(set(words)):
        if word:
            groups.setdefault(word[0], []).append(word[1:])
        else:
            empty = True
    alternatives = [
        re.escape(first) + (f"(?:{trie(rest)})" if any(rest) else "")
        for first, rest in groups.items()
    ]
    return "|".join(alternatives) + ("|" if empty else "")


def in_code_or_url(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` sits inside a URL, an e-mail, a path or inline code."""
    left, right = _token(text, start, end)
    token = text[left:right]
    if text[end : end + 1] == "(":
        return True  # a function call: "getftime()"
    if any(mark in token for mark in ("://", "www.", "@", "#", "/", "\\", "_", "`", "=", "<")):
        return True
    return bisect.bisect_left(_backticks(text), start) % 2 == 1  # inside `code`


_REACH = 64  # characters walked each way before a long token is looked up instead
_RUNS = rx.lazy(f"[^{re.escape(STR_SPACES)}]+")  # what str.isspace() calls no space


def _token(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the whitespace-free run around ``text[start:end]``. Walking to the
    spaces took time quadratic in the candidates of a long run (a line of glued words
    with no space): past ``_REACH`` the run is found by bisecting the line's runs."""
    left, right = start, end
    stop = max(0, start - _REACH)
    while left > stop and not text[left - 1].isspace():
        left -= 1
    if left == stop > 0 and not text[left - 1].isspace():
        starts, ends = _runs(text)
        left = starts[bisect.bisect_right(starts, start - 1) - 1]
    stop = min(len(text), end + _REACH)
    while right < stop and not text[right].isspace():
        right += 1
    if right == stop < len(text) and not text[right].isspace():
        starts, ends = _runs(text)
        right = ends[bisect.bisect_right(starts, end) - 1]
    return left, right


@lru_cache(maxsize=16)
def _runs(text: str) -> tuple[list[int], list[int]]:
    """Where the whitespace-free runs of a text start and end; keyed by the text, so
    that a line's candidates share them."""
    found = [m.span() for m in _RUNS.finditer(text)]
    return [a for a, _ in found], [b for _, b in found]


@lru_cache(maxsize=256)
def _backticks(text: str) -> tuple[int, ...]:
    """Where the text's backticks are (counting those before an offset was a search per
    candidate: quadratic on a long line). Keyed by the text: a line's candidates share it."""
    if "`" not in text:
        return ()
    return tuple(end - 1 for end in accumulate(len(piece) + 1 for piece in text.split("`")[:-1]))
