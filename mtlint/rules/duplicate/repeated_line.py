"""DU001: a line or paragraph that repeats an earlier one."""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Iterator

from mtlint import rx
from mtlint.document import STR_SPACES, Document, Line
from mtlint.kinds.line import is_continued
from mtlint.model import Category as Cat
from mtlint.model import Hit, Severity, Span
from mtlint.rule import Rule, RuleMeta, examples, fail
from mtlint.rules._prose import lines_matching
from mtlint.rules.linekinds import (
    all_bounds,
    delete_lines,
    fenced_lines,
    is_heading,
    is_list_item,
    is_rule_or_underline,
    is_table_row,
    looks_like_code,
    normalize,
    words,
)

MIN_WORDS_ADJACENT = 4  # a copy right after the original
MIN_WORDS_DISTANT = 6  # a copy further down: short lines ("Thank you very much.") recur
# A copy further down with no closing punctuation: a caption has a comma and this many
# words ("Residents head for the tower, Minamikawa City"); headings are short.
MIN_WORDS_CAPTION = 8
_CLOSED = rx.lazy(r"[.!?…)\]\"”’»]\W*$")  # ends like a sentence or a caption


# What _loose_keys leaves out: content_bounds's decoration and every space but "\n"
# (str.isspace).
_LOOSE = "#>*_+-•|" + STR_SPACES.replace("\n", "")


_AMPERSAND = rx.compile_re("&")


def _plain(text: str) -> str:
    """``text`` with HTML entities decoded: "council&#39;s" repeats "council's"."""
    return html.unescape(text) if "&" in text else text


def _loose(text: str, crlf: bool) -> str:
    """The key ``_raw_keys`` makes for a line of ``text`` (made line by line: ``crlf``)."""
    if crlf:
        return "".join(text.casefold().split()).strip(_LOOSE)
    folded = text.casefold()
    for ch in _LOOSE:
        if ch in folded:
            folded = folded.replace(ch, "")
    return folded


def _loose_keys(doc: Document) -> list[str]:
    """``_raw_keys``, but a line with an "&" is keyed by its text with entities decoded,
    as the rule compares lines (a few lines, found by one search)."""
    keys = _raw_keys(doc)
    if "&" in doc.text:
        crlf = "\r" in doc.text
        for number in lines_matching(doc, _AMPERSAND):
            if number <= len(keys):
                keys[number - 1] = _loose(_plain(doc.lines[number - 1].text), crlf)
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
    folded = doc.folded if _lower_is_casefold(text) else text.casefold()
    for ch in _LOOSE:
        if ch in folded:
            folded = folded.replace(ch, "")
    return folded.split("\n")


# Every character whose casefold differs from its lower case (ß, µ, ﬁ, Cherokee...), or
# whose lower case is not one character (İ), or which Document.fold or str.lower treat
# apart (ſ, ς, Σ by its context): a test checks every code point of this Python.
_CASEFOLD_APART = rx.compile_re(
    "[\xb5\xdf\u0130\u0149\u017f\u01f0\u0345\u0390\u03a3\u03b0\u03c2\u03d0\u03d1"
    "\u03d5\u03d6\u03f0\u03f1\u03f5\u0587\u13a0-\u13f5\u13f8-\u13fd\u1c80-\u1c88"
    "\u1e96-\u1e9b\u1e9e\u1f50\u1f52\u1f54\u1f56\u1f80-\u1faf\u1fb2-\u1fb4\u1fb6"
    "\u1fb7\u1fbc\u1fbe\u1fc2-\u1fc4\u1fc6\u1fc7\u1fcc\u1fd2\u1fd3\u1fd6\u1fd7"
    "\u1fe2-\u1fe4\u1fe6\u1fe7\u1ff2-\u1ff4\u1ff6\u1ff7\u1ffc\uab70-\uabbf"
    "\ufb00-\ufb06\ufb13-\ufb17]"
)
_ASCII = bytes(range(128))


def _lower_is_casefold(text: str) -> bool:
    """Whether ``text.casefold()`` is ``Document.fold(text)``, which the document keeps
    (the line-kind prefilters read it), so that the text need not be case-folded again:
    true when it holds none of _CASEFOLD_APART. Only its non-ASCII characters are
    searched (UTF-8 without the ASCII bytes, in C)."""
    if text.isascii():
        return True
    data = text.encode("utf-8", "surrogatepass").translate(None, _ASCII)
    return _CASEFOLD_APART.search(data.decode("utf-8", "surrogatepass")) is None


def _alike_paragraphs(doc: Document, keys: list[str]) -> frozenset[int] | None:
    """The first line indexes of the paragraphs of several lines whose joined
    ``_loose_keys`` some other such paragraph shares (None: any may repeat). Paragraphs
    with equal normalized text have equal joined keys: the keys are the case-folded lines
    without spaces and decoration anywhere, and a line break is a space. Not so for keys
    made line by line (a text with carriage returns), which strip decoration at the ends
    only."""
    if "\r" in doc.text:
        return None
    joined = [(a, "".join(keys[a : b + 1])) for a, b in doc.paragraph_lines if a != b]
    counts = Counter(key for _, key in joined)
    return frozenset(a for a, key in joined if counts[key] > 1)


def _caption(text: str) -> bool:
    """A photo caption in the Japanese press's form, "Residents head for the tower = 1st,
    Minamikawa City" (its date and place after an equals sign): prose, though
    ``looks_like_code`` reads " = " as an assignment; no other mark of code may be there."""
    return (
        text.count(" = ") == 1
        and len(text.split()) >= MIN_WORDS_CAPTION
        and not looks_like_code(text.replace(" = ", " "))
    )


def _quote(text: str, limit: int = 50) -> str:
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class RepeatedLine(Rule):
    """A line or paragraph that repeats an earlier one word for word.

    Scrapers duplicate captions, pull quotes and whole paragraphs, and machine translation
    sometimes emits a segment twice. The later copy is flagged, naming the line it repeats;
    the comparison ignores case and whitespace. Lines with few words, table rows, rules
    and code blocks are left alone; list items, headings, headlines (no closing
    punctuation, unless long with a comma as a photo caption is) and the rest of a
    hard-wrapped sentence recur on purpose, so they are flagged only right after their
    twin. HTML entities count as the characters they stand for ("company&#39;s" repeats
    "company's"). The
    fix deletes the later copy; it is unsafe because a repetition can be deliberate (a
    refrain, a quoted chorus).
    """

    meta = RuleMeta(
        code="DU001",
        name="repeated-line",
        category=Cat.DUPLICATE,
        severity=Severity.WARNING,
        summary="A line or paragraph that repeats an earlier one word for word.",
        fixable=True,
    )
    examples = examples(
        [
            fail(
                "The minister salutes troops near the front line (Image: Reuters)\n"
                "The minister salutes troops near the front line (Image: Reuters)\n",
                "2:1",
                fixed="The minister salutes troops near the front line (Image: Reuters)\n",
            ),
            fail(
                "Talks will resume in Geneva next month, officials said.\n\nOther news.\n\n"
                "Talks  will resume in Geneva next month, officials SAID.\n\nEnd of story here.\n",
                "5:1",
                fixed="Talks will resume in Geneva next month, officials said.\n\nOther news.\n\n"
                "End of story here.\n",
            ),
            fail(
                "The first line of a paragraph.\nIts second line here.\n\nA break.\n\n"
                "The first line of a paragraph.\nIts second line here.\n",
                "6:1",
            ),
            fail("- Bring a copy of your passport\n- Bring a copy of your passport\n", "2:3"),
            fail(
                "The company&#39;s next launch is in March.\n"
                "The company's next launch is in March.\n",
                "2:1",
            ),
            fail(
                "Residents walk to the tsunami evacuation tower = 1st, Minamikawa City\n\n"
                "The drill began at 8:30.\n\nIt ended at noon.\n\n"
                "Residents walk to the tsunami evacuation tower = 1st, Minamikawa City\n",
                "7:1",
            ),
        ],
        [
            "Talks in Geneva, Vienna and Rome\n\nText.\n\nTalks in Geneva, Vienna and Rome\n",
            "total = price * 1.2, rounded to the nearest cent\n\nText.\n\n"
            "total = price * 1.2, rounded to the nearest cent\n",
            "Thank you very much.\n\nHe spoke for an hour.\n\nThank you very much.\n",
            "| a | b |\n|---|---|\n| one two three four | x |\n| one two three four | x |\n",
            "- Two eggs\n- Flour\n- Two eggs\n",
            "## Background and context\n\nSome text.\n\n## Background and context\n",
            "```\nprint('hello world from here')\nprint('hello world from here')\n```\n",
            "The call lasted an hour.\nThe call lasted an hour and a half.\n",
            "* * *\n\nText.\n\n* * *\n",
            "Ben &amp; Jerry's opens a new shop today.\nBen & Jerry's opens a second shop.\n",
            "Use the --bin flag to build a binary. This flag may be specified multiple\n"
            "times and supports common Unix glob patterns.\n\n"
            "Use the --example flag to build an example. This flag may be given multiple\n"
            "times and supports common Unix glob patterns.\n",
        ],
    )

    def check(self, doc: Document) -> Iterator[Hit]:
        fenced = fenced_lines(doc)
        covered: set[int] = set()
        keys = _loose_keys(doc)
        yield from self._paragraphs(doc, fenced, covered, _alike_paragraphs(doc, keys))
        repeated = {key for key, n in Counter(keys).items() if n > 1 and key}
        if not repeated:
            return  # no two lines alike (most documents): no line can repeat another
        bounds = all_bounds(doc)  # per document: a cache by line text grows with the run
        seen: dict[int, Line] = {}  # hash of the normalized content -> first line with it
        previous: str | None = None  # the previous non-blank line's normalized content
        for line in doc.lines:
            text = line.text
            if not text.strip():
                continue
            if keys[line.number - 1] not in repeated:
                previous = None  # a line like no other: no copy, and nothing copies it
                continue
            if len(text.split()) < MIN_WORDS_ADJACENT:
                # Its content has no more words: too short below, and a later line's key
                # equal to its own is as short, so None does for ``previous`` (short lines
                # recur: "Yes.", "Thank you.", a subtitle's "No!").
                previous = None
                continue
            if (
                line.number in fenced
                or is_table_row(text)
                or is_rule_or_underline(text)
                or (looks_like_code(text) and not _caption(text))
            ):
                previous = None
                continue
            start, end = bounds[line.number - 1]
            key = normalize(_plain(text[start:end]))
            adjacent, previous = key == previous, key
            if len(key.split()) < MIN_WORDS_ADJACENT:
                continue  # too short even before counting only real words
            original = seen.setdefault(hash(key), line)
            if original is line or line.number in covered:
                continue
            o_start, o_end = bounds[original.number - 1]
            if normalize(_plain(original.text[o_start:o_end])) != key:
                continue  # a hash collision, not a copy
            n_words = len(words(key))
            if n_words >= MIN_WORDS_ADJACENT and (
                # The rest of a hard-wrapped sentence ("times and supports glob patterns."
                # under "... may be specified multiple") may well recur in another
                # paragraph; the paragraph pass reports a whole paragraph that repeats.
                adjacent or (self._distant_ok(text, n_words) and not is_continued(doc, line))
            ):
                yield Hit(
                    Span(line.start + start, line.start + end),
                    f"line repeats line {doc.line_base + original.number}: "
                    f'"{_quote(text[start:end])}"',
                    delete_lines(doc, line, line),
                )

    @staticmethod
    def _distant_ok(text: str, n_words: int) -> bool:
        """Headings, headlines and list items recur on purpose; sentences and captions
        (long, with a comma) do not."""
        return (
            n_words >= MIN_WORDS_DISTANT
            and not is_list_item(text)
            and not is_heading(text)
            and (bool(_CLOSED.search(text[-12:])) or ("," in text and n_words >= MIN_WORDS_CAPTION))
        )

    def _paragraphs(
        self,
        doc: Document,
        fenced: frozenset[int],
        covered: set[int],
        alike: frozenset[int] | None,
    ) -> Iterator[Hit]:
        seen: dict[str, Line] = {}
        for a, b in doc.paragraph_lines:
            if a == b:
                continue  # one line: the line pass judges it
            if alike is not None and a not in alike:
                continue  # like no other paragraph: no copy, and nothing copies it
            first, last = doc.lines[a], doc.lines[b]
            if any(n in fenced for n in range(first.number, last.number + 1)):
                continue
            lines = doc.lines[first.number - 1 : last.number]
            if any(
                is_table_row(x.text) or is_list_item(x.text) or looks_like_code(x.text)
                for x in lines
            ):
                continue
            key = normalize(_plain(" ".join(x.text for x in lines)))
            if len(words(key)) < MIN_WORDS_DISTANT:
                continue
            original = seen.get(key)
            if original is None:
                seen[key] = first
                continue
            covered.update(range(first.number, last.number + 1))
            yield Hit(
                Span(first.start, last.end),
                f"paragraph repeats the one at line {doc.line_base + original.number}: "
                f'"{_quote(first.text)}"',
                delete_lines(doc, first, last),
            )
