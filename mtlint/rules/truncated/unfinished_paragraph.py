"""TR002: a paragraph whose last line stops mid-sentence."""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from mtlint import rx
from mtlint.document import Document, Line
from mtlint.model import Category, Hit, Severity, Span
from mtlint.rule import Rule, RuleMeta, examples, fail
from mtlint.rules.linekinds import (
    all_bounds,
    fenced_lines,
    is_list_item,
    is_structure,
    looks_like_code,
    next_nonblank,
)
from mtlint.rules.truncated.words import (
    ending_strength,
    is_closed,
    is_title_like,
    last_word,
    word_count,
)

MIN_WORDS_STRONG = 6  # "... and their" ends nothing, even in a short paragraph
MIN_WORDS_COMMA = 8  # "Ladies and gentlemen of the jury," opens a speech
MIN_WORDS_WEAK = 12  # a heading may end on "for" or "about"; prose this long does not
MIN_WORDS_OPEN = 6  # the last sentence of a multi-sentence paragraph, left without a full stop
LONG_LINE = 120  # longer than any hard-wrapped line: a paragraph of its own
_PROSE_MARK = rx.lazy(r"[,;]|[.!?][\"'”’)]*\s")
_FULL_STOP = rx.lazy(r"\.[\"'”’)]*\s")
_OPENS_CONTINUATION = rx.lazy(r"\s*(?:>|[\"“‘'«]|\p{Ll})")
_CAPTION = rx.lazy(
    r"\(?(?:photo|image|picture|caption|credit|source|video|file|graphic|illustration)s?"
    r"\b[^:]{0,20}:",
    rx.IGNORECASE,
)


class UnfinishedParagraph(Rule):
    """A paragraph that stops mid-sentence, on "the", "and", "their" or a comma.

    Truncated scrapes and machine-translation segments that lost their tail leave a
    paragraph hanging. The last line of a paragraph is flagged when it has no closing
    punctuation and ends on a word that cannot end a sentence (an article, a conjunction,
    a possessive or subject pronoun), on a comma, or on a hyphen ("pro-"). Prepositions,
    "that" and modal verbs count only in a longer paragraph that reads as prose, because a
    heading may end on them ("What the deal is about"). A paragraph of several sentences
    whose last one stops on a lowercase word with no full stop is reported too, as info:
    it was probably cut off, if not merely left unpunctuated (not on a headline: a
    document's first line without a full stop). Headings, Title Case and ALL CAPS
    lines, captions ("Photo: ..."), list items, table rows, lines ending in a colon, and a
    paragraph continued after the break (the next one opens in lowercase or with a quote,
    or is indented code or a quotation) stay quiet. There is no fix: only the source knows
    the missing words.
    """

    meta = RuleMeta(
        code="TR002",
        name="unfinished-paragraph",
        category=Category.TRUNCATED,
        severity=Severity.WARNING,
        summary='A paragraph that stops mid-sentence, on "the", "and", "their" or a comma.',
    )
    examples = examples(
        [
            fail(
                "The ministry said the talks with Moscow would resume in the\n\nNext paragraph.\n",
                "1:57",
            ),
            fail("Officials said that the troops and their\n", "1:36"),
            fail("The president spoke with the leaders of France, Germany and\n", "1:57"),
            fail(
                "After the call, the ministry said it would consider the proposal, but\n"
                "officials warned that a deal depended on the willingness of\n\nMore.\n",
                "2:58",
            ),
            fail("In a statement issued late on Tuesday, the group said that the pro-\n", "1:67"),
            fail(
                "The talks ended on Monday. Officials said the two sides would meet again next\n",
                "1:74",
            ),
            fail(
                "The talks, which began in Geneva on Monday and were expected to last for a week, "
                "ended early on Friday, and officials said their\n"
                "The ministry declined to comment.\n",
                "1:124",
            ),
            fail(
                "The spokesman said the meeting had gone well and that talks would continue,\n",
                "1:75",
            ),
        ],
        [
            "They will resume the dialogue\n\nCommunication between the two leaders\n",
            "What the new sanctions package is really about\n",
            "## The talks and the\n",
            "- the first item and the\n",
            "Categorized in:\n",
            "The Best Places to Eat and Drink in the\n",
            "Ladies and gentlemen,\n\nWelcome.\n",
            "The minister said the decision would be made by the\n\ngovernment next week.\n",
            "In a statement, the ministry said,\n\n“We are ready to talk.”\n",
            "WASHINGTON (AP) —\n\nThe talks resumed.\n",
            "Nobody in the room had expected anything quite like that\n",
            "Why the war in Ukraine could end sooner than anyone thinks it would\n",
            "Photo: Peter Klaunzer – Pool / Keystone via\n",
            "Startup raises five million dollars in its Series A\n",
            "Talks ended. Officials from both delegations met again in Geneva\n",
            "Close the libraries at six? Then stop pretending we care about reading\n\nBy A. B."
            " Okafor\n",
            "Sign up. Write to us at newsroom@example.org for more information\n",
            "- Install the package first. Then run the tests in a fresh environment\n",
            "* The imported module must be accessed. Use its full name\n  rather than directly\n",
            "The talks, which began in Geneva on Monday and were expected to last for a week, "
            "ended early, and officials said the\nministry would comment later.\n",
        ],
    )

    def check(self, doc: Document) -> Iterator[Hit]:
        fenced = fenced_lines(doc)
        bounds = all_bounds(doc)
        sentence_starts: list[int] | None = None
        for last, paragraph in _blocks(doc):
            if last.number in fenced:
                continue
            start, end = bounds[last.number - 1]
            content = last.text[start:end]
            if not content or is_closed(content):
                continue  # the common case first: these tests are pure, their order free
            if is_structure(last.text) or looks_like_code(last.text) or is_title_like(content):
                continue
            if _CAPTION.match(content):
                continue
            strength = ending_strength(content)
            if strength is None:
                if sentence_starts is None:
                    sentence_starts = [span.start for span in doc.sentences]
                block_start = last.end - len(paragraph)
                if _headline(doc, block_start, last):
                    continue  # "Close the libraries at six? Then stop pretending"
                if is_list_item(paragraph) or not _open_ending(
                    doc.text, sentence_starts, block_start, last.start + end
                ):
                    continue  # list items often go without a full stop
            elif not self._long_enough(paragraph, content, strength):
                continue
            if self._continues(doc, last):
                continue
            word = last_word(content)
            width = len(word) if word and content.endswith(word) else 1
            span = Span(last.start + end - width, last.start + end)
            if strength is None:
                yield Hit(
                    span,
                    f'paragraph ends without a full stop after "{_tail(content)}"',
                    severity=Severity.INFO,
                )
            else:
                yield Hit(span, f'paragraph ends mid-sentence after "{_tail(content)}"')

    @staticmethod
    def _long_enough(paragraph: str, content: str, strength: str) -> bool:
        n = word_count(paragraph)
        if content.endswith(","):
            return n >= MIN_WORDS_COMMA
        if strength == "strong":
            return n >= MIN_WORDS_STRONG
        return n >= MIN_WORDS_WEAK and bool(_PROSE_MARK.search(paragraph))

    @staticmethod
    def _continues(doc: Document, last: Line) -> bool:
        """The text goes on after the break: a lowercase start, a quote, a list, a table."""
        nxt = next_nonblank(doc, last)
        if nxt is None:
            return False
        return (
            bool(_OPENS_CONTINUATION.match(nxt.text))
            or is_structure(nxt.text)
            or nxt.text.lstrip().startswith(("```", "~~~"))
            or looks_like_code(nxt.text)
            or _indent(nxt.text) > _indent(last.text) + 1
        )


def _headline(doc: Document, block_start: int, last: Line) -> bool:
    """The document's first line, a paragraph of its own whose sentences end on "?" or
    "!", never a full stop: a headline ("Close the libraries at six? Then stop
    pretending"), which ends on no mark."""
    return (
        last.start == block_start
        and not doc.text[:block_start].strip()
        and not _FULL_STOP.search(last.text)
    )


def _open_ending(text: str, sentence_starts: list[int], block_start: int, end: int) -> bool:
    """The last of several sentences in a block stops on a lowercase word with no full
    stop: "... said on Monday. The ministry added that talks would continue next"."""
    i = bisect.bisect_right(sentence_starts, end - 1) - 1
    if i < 0 or sentence_starts[i] <= block_start:
        return False  # a single sentence: a heading, a caption, a byline
    before = text[block_start : sentence_starts[i]].rstrip().rstrip("\"'”’»)]")
    if not before.endswith((".", "!", "?", "…")):
        return False  # the sentence before ended at a line break (a headline), not a stop
    last = text[sentence_starts[i] : end]
    word = last_word(last)
    if not (word.isalpha() and word.islower() and last.endswith(word)):
        return False  # a name, a number, an acronym or a symbol may end a caption
    if any(marker in last for marker in ("@", "http", "www.")):
        return False
    return word_count(last) >= MIN_WORDS_OPEN


def _blocks(doc: Document) -> Iterator[tuple[Line, str]]:
    """(last line, text) of each paragraph. Scraped text often has one paragraph per line
    and no blank lines: a long line followed by a capitalised one ends a paragraph too."""
    lines = doc.lines
    for first, last in doc.paragraph_lines:
        if first == last:  # one line: the common case
            yield lines[last], lines[last].text
            continue
        begin = lines[first].start
        for line in lines[first:last]:
            if len(line.text) >= LONG_LINE and lines[line.number].text.lstrip()[:1].isupper():
                yield line, doc.text[begin : line.end]
                begin = lines[line.number].start
        yield lines[last], doc.text[begin : lines[last].end]


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip())


def _tail(content: str) -> str:
    tail = content.split()[-4:]
    return ("… " if len(content.split()) > 4 else "") + " ".join(tail)
