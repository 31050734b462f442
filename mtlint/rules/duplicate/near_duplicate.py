"""DU003: a long line followed by an almost identical copy."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from difflib import SequenceMatcher

from mtlint import rx
from mtlint.document import Document, Line
from mtlint.model import Category, Hit, Severity, Span
from mtlint.rule import Rule, RuleMeta, examples, fail
from mtlint.rules.linekinds import all_bounds, fenced_lines, is_structure, looks_like_code

MIN_WORDS = 12
WORDS_PER_EDIT = 12  # one differing word allowed per this many words, at least one, at most 3
_MOST_EDITS = 3
_PUNCT = ".,;:!?\"'“”‘’()[]«»"  # stripped from the differing words that the message shows
_ALNUM = rx.compile_re(r"[^a-z0-9]+")  # what a word's spelling is compared without


def _near_spelling(x: str, y: str) -> bool:
    """One word respelt ("Kirkpatrik"/"Kirkpatrick"), not another word ("load"/"store")."""
    from rapidfuzz.distance import OSA  # lazy: only runs on near-identical line pairs

    if x[:1] != y[:1]:
        return False
    return OSA.distance(x, y, score_cutoff=2) <= (2 if min(len(x), len(y)) >= 8 else 1)


def _same_words(x: list[str], y: list[str]) -> bool:
    """The two chunks hold one text: equal but for punctuation, spacing, mojibake
    ("â€œunrealistic") or a typo. The words are casefolded already."""
    bx = _ALNUM.sub("", "".join(x))
    by = _ALNUM.sub("", "".join(y))
    return bx == by or _near_spelling(bx, by)


def _parallel(changes: list[tuple[list[str], list[str]]]) -> bool:
    """True when every change puts other words in place of words ("forward"/"backward",
    "load"/"store"): two parallel statements, as in reference text and lists. A copy
    made by a scraper or a pipeline adds, drops, doubles or respells a word, or changes
    punctuation around it."""
    return all(x and y and not _same_words(x, y) for x, y in changes)


def _diff(
    a: list[str], b: list[str], allowed: int
) -> tuple[int, list[str], list[tuple[list[str], list[str]]]] | None:
    """How many words differ, which, and the changed chunks (a's, b's); None when more
    than ``allowed`` surely do."""
    if abs(len(a) - len(b)) > allowed:
        return None
    if a == b:
        return 0, [], []  # an exact copy (DU001's): what the matcher finds, without it
    loose = set(a) ^ set(b)
    if len(loose) > 2 * allowed or any(ch.isdigit() for word in loose for ch in word):
        return None  # too different, or differing in a number: parallel sentences
    bag = Counter(a)
    bag.subtract(Counter(b))
    if sum(abs(v) for v in bag.values()) > 2 * allowed:
        return None
    changed = 0
    differing: list[str] = []
    changes: list[tuple[list[str], list[str]]] = []
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        changed += max(i2 - i1, j2 - j1)
        differing.extend(a[i1:i2] + b[j1:j2])
        changes.append((a[i1:i2], b[j1:j2]))
    return changed, differing, changes


# What _may_pair reads: the earlier line's first _HEAD_A words, of which a near copy
# keeps _HEAD_SHARED, looked up among the later line's first _HEAD words.
_HEAD_A = 7
_HEAD_SHARED = _HEAD_A - _MOST_EDITS
_HEAD = _HEAD_A + _MOST_EDITS  # split's limit: a longer line leaves its rest as one item
_PREFIX = 120  # characters that usually hold a line's first _HEAD words and more


def _may_pair(a: list[str], b: list[str]) -> bool:
    """A necessary condition for _diff to find at most _MOST_EDITS changed words between
    two lines of at least MIN_WORDS words, read from their first words only (split with
    a limit), so that the lines of a document are not split whole, one by one.

    Of a's first seven words at most three are changed, so four are matched, each to a
    word of b at most three places later (only changed words shift the match), so
    within b's first ten. Lines of fewer than eleven words fail at once."""
    if len(a) <= _HEAD or len(b) <= _HEAD:
        return False  # fewer than MIN_WORDS words (no remainder after _HEAD)
    later = set(b[:_HEAD])
    return sum(map(later.__contains__, a[:_HEAD_A])) >= _HEAD_SHARED


def _head(text: str, start: int, end: int) -> list[str]:
    """What _may_pair reads of ``text[start:end].casefold().split()``: the first _HEAD
    words, and one more item when more words follow. Read from the line's first
    _PREFIX characters when they hold that much (casefold maps each character on its
    own, and never to or from a space), so that a long line is not copied whole."""
    if end - start > _PREFIX:
        head = text[start : start + _PREFIX].casefold().split(None, _HEAD)
        if len(head) > _HEAD:
            return head
    return text[start:end].casefold().split(None, _HEAD)


def _eligible(line: Line, fenced: frozenset[int]) -> bool:
    """Running prose: not code, not structure (a heading, a list item, a table row)."""
    text = line.text
    return not (line.number in fenced or is_structure(text) or looks_like_code(text))


class NearDuplicateLine(Rule):
    """A long line followed at once by a copy that differs in a word or two.

    Scraped pages and translation pipelines repeat a paragraph with a small change (a
    doubled word, a name spelled differently, a corrected typo). The second copy is
    flagged when both are long (at least 12 words), come one after the other, and differ
    in at most one word per 12, with no number among the differences, so that parallel
    sentences ("revenue rose 5% in 2019" / "... 6% in 2020") stay quiet; so do lines
    where every change puts other words in place of words ("Search forward ..." /
    "Search backward ..."), where a copy would add, drop, double or respell a word. Exact copies
    are DU001's, a cut-off copy is TR001's. There is no fix: either copy may be the
    right one.
    """

    meta = RuleMeta(
        code="DU003",
        name="near-duplicate-line",
        category=Category.DUPLICATE,
        severity=Severity.WARNING,
        summary="A long line followed at once by a copy that differs in a word or two.",
    )
    examples = examples(
        [
            fail(
                "The senator, who has has followed the issue for years, called the move long "
                "overdue on Monday.\n\nThe senator, who has followed the issue for years, called "
                "the move long overdue on Monday.\n",
                "3:1",
            ),
            fail(
                "“We are doing everything we can,” Samuel Kirkpatrik told reporters after the "
                "meeting.\n“We are doing everything we can,” Samuel Kirkpatrick told reporters "
                "after the meeting.\n",
                "2:1",
            ),
        ],
        [
            "In 2019 the company reported revenue of 5 billion euros and a profit of 1 billion.\n"
            "In 2020 the company reported revenue of 6 billion euros and a profit of 2 billion.\n",
            "The ministry said the talks with France would resume in Geneva next month.\n"
            "The ministry said the talks with Germany would resume in Vienna next week.\n",
            "Short line one here.\nShort line two here.\n",
            "The talks will resume in Geneva next month, the ministry said on Monday.\n"
            "The talks will resume in Geneva next month, the ministry said on Monday.\n",
            "Search forward through the history for the string of characters typed so far.\n"
            "Search backward through the history for the string of characters typed so far.\n",
            "The men's final starts after lunch on the main court, the organisers said today.\n"
            "The women's final starts after lunch on the main court, the organisers said today.\n",
        ],
    )

    def check(self, doc: Document) -> Iterator[Hit]:
        fenced = fenced_lines(doc)
        bounds = all_bounds(doc)
        previous: tuple[Line, int, int, list[str]] | None = None  # the last non-blank line
        for line in doc.lines:
            text = line.text
            if not text or text.isspace():
                continue
            start, end = bounds[line.number - 1]
            head = _head(text, start, end)
            if previous is not None and _may_pair(previous[3], head):
                earlier, e_start, e_end, _ = previous
                if _eligible(earlier, fenced) and _eligible(line, fenced):
                    a = earlier.text[e_start:e_end].casefold().split()
                    b = text[start:end].casefold().split()
                    if (
                        len(a) >= MIN_WORDS
                        and len(b) >= MIN_WORDS
                        and abs(len(b) - len(a)) <= _MOST_EDITS  # what _diff tests first
                    ):
                        hit = self._compare(line, start, end, earlier, a, b, doc.line_base)
                        if hit is not None:
                            yield hit
            previous = (line, start, end, head)

    @staticmethod
    def _compare(
        line: Line, start: int, end: int, earlier: Line, a: list[str], b: list[str], base: int
    ) -> Hit | None:
        allowed = min(_MOST_EDITS, max(1, min(len(a), len(b)) // WORDS_PER_EDIT))
        result = _diff(a, b, allowed)
        if result is None:
            return None
        changed, differing, changes = result
        if changed == 0 or changed > allowed or _parallel(changes):
            return None
        if any(ch.isdigit() for word in differing for ch in word):
            return None
        shown = ", ".join(dict.fromkeys(w.strip(_PUNCT) or w for w in differing))
        return Hit(
            Span(line.start + start, line.start + end),
            f"line nearly repeats line {base + earlier.number} (differs in: {shown})",
        )
