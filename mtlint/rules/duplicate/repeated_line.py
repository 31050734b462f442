"""DU001: a line or paragraph that repeats an earlier one."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence

from mtlint import rx
from mtlint.document import Document, Line
from mtlint.kinds.line import is_continued
from mtlint.kinds.linefix import delete_lines
from mtlint.model import Category as Cat
from mtlint.model import Hit, Severity, Span
from mtlint.rule import Rule, RuleMeta, examples, fail
from mtlint.rules.duplicate._keys import alike_paragraphs, loose_keys, plain
from mtlint.rules.linekinds import (
    all_bounds,
    fenced_lines,
    is_heading,
    is_list_item,
    is_rule_or_underline,
    is_table_row,
    looks_like_code,
    normalize,
    words,
)

MIN_WORDS_ADJACENT = 6  # a copy right after the original (a chant, "No justice, no peace.")
MIN_WORDS_DISTANT = 6  # a copy further down: short lines ("Thank you very much.") recur
# A copy further down with no closing punctuation: a caption has a comma and this many
# words ("Residents head for the tower, Minamikawa City"); headings are short.
MIN_WORDS_CAPTION = 8
_CLOSED = rx.lazy(r"[.!?…)\]\"”’»]\W*$")  # ends like a sentence or a caption
# A transcript's speaker label ("Q:", "A.", "MR. HARLAN:"): counsel repeats a question.
_SPEAKER = rx.lazy(r"^\s*(?:[QA][:.]|[A-Z][A-Z.' -]{1,30}:)\s")
VERSE_LINE = 40  # verse: short lines, broken inside a sentence


def _verse(lines: Sequence[Line]) -> bool:
    """A stanza or refrain ("Sing low, sing low,\nfor the harbour's asleep."): every line
    short, one of them ending inside a sentence. Songs and poems repeat them."""
    return all(
        len(x.text.strip()) < VERSE_LINE and not is_list_item(x.text) for x in lines
    ) and any(not _CLOSED.search(x.text) for x in lines[:-1])


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


def _verse_lines(doc: Document) -> frozenset[int]:
    """The numbers of the lines in stanzas (``_verse``): a song's chorus repeats line by
    line too. Asked only for a line about to be reported."""
    found = doc.memo.get("du001-verse")
    if found is None:
        found = frozenset(
            n
            for a, b in doc.paragraph_lines
            if a != b and _verse(doc.lines[a : b + 1])
            for n in range(a + 1, b + 2)
        )
        doc.memo["du001-verse"] = found
    return found  # type: ignore[return-value]


class RepeatedLine(Rule):
    """A line or paragraph that repeats an earlier one word for word.

    Scrapers duplicate captions, pull quotes and whole paragraphs, and machine translation
    sometimes emits a segment twice. The later copy is flagged, naming the line it repeats;
    the comparison ignores case and whitespace. Lines with few words, table rows, rules
    and code blocks are left alone; list items, headings, headlines (no closing
    punctuation, unless long with a comma as a photo caption is) and the rest of a
    hard-wrapped sentence recur on purpose, so they are flagged only right after their
    twin; so are a transcript's repeated question ("Q: ...") and a repeated stanza of
    short verse lines. HTML entities count as the characters they stand for ("company&#39;s" repeats
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
            "The crowd chanted:\nNo justice, no peace.\nNo justice, no peace.\n",
            "Sing low, sing low,\nfor the harbour's asleep.\n\nMy love's on the mainland,\n"
            "my heart's on the tide.\n\nSing low, sing low,\nfor the harbour's asleep.\n",
            "Q: Did you hear anything that night, before the police arrived?\n\nA: No.\n\n"
            "Q: Did you hear anything that night, before the police arrived?\n",
            "Chorus\nOh, the water runs down to the river,\nand the river runs to the sea.\n\n"
            "Verse 2\nI went down by the mill,\nwhen the wheel had gone quiet.\n\n"
            "Chorus\nOh, the water runs down to the river,\nand the river runs to the sea.\n",
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
        keys = loose_keys(doc)
        yield from self._paragraphs(doc, fenced, covered, alike_paragraphs(doc, keys))
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
            key = normalize(plain(text[start:end]))
            adjacent, previous = key == previous, key
            if len(key.split()) < MIN_WORDS_ADJACENT:
                continue  # too short even before counting only real words
            original = seen.setdefault(hash(key), line)
            if original is line or line.number in covered:
                continue
            o_start, o_end = bounds[original.number - 1]
            if normalize(plain(original.text[o_start:o_end])) != key:
                continue  # a hash collision, not a copy
            n_words = len(words(key))
            if (
                n_words >= MIN_WORDS_ADJACENT
                and (
                    # The rest of a hard-wrapped sentence ("times and supports glob patterns."
                    # under "... may be specified multiple") may well recur in another
                    # paragraph; the paragraph pass reports a whole paragraph that repeats.
                    adjacent or (self._distant_ok(text, n_words) and not is_continued(doc, line))
                )
                and line.number not in _verse_lines(doc)
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
            and not _SPEAKER.match(text)
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
            if _verse(lines) or any(
                is_table_row(x.text) or is_list_item(x.text) or looks_like_code(x.text)
                for x in lines
            ):
                continue
            key = normalize(plain(" ".join(x.text for x in lines)))
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
