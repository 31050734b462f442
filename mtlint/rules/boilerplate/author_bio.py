"""BP014: an author box at the end of a page: a bio of short title-like fragments and the name."""

from __future__ import annotations

from collections.abc import Iterator

from mtlint import rx
from mtlint.document import Document, Line
from mtlint.kinds.line import content_span, content_spans
from mtlint.kinds.linefix import delete_line_fix
from mtlint.model import Applicability, Category, Hit, Severity, Span
from mtlint.rule import Rule, RuleMeta, examples, fail

_FRAGMENT_END = rx.lazy(r"(?<=[.!?])\s+", rx.V1)
_WORD = rx.lazy(r"[\p{L}\p{M}\p{N}'’\-]+", rx.V1)
# Six whitespace tokens at the start, each starting with a letter or digit (so _wordy),
# the first five without . ! ? (so not ending a fragment): stdlib ``re``, whose [^\W_]
# is str.isalnum and whose \s is what str.split splits on.
_SIX_WORDS = rx.compile_re(r"(?:[^\W_][^\s.!?]*\s+){5}[^\W_]")
_NAME = rx.lazy(
    r"(?:\p{Lu}[\p{Ll}\p{M}'’\-]+|\p{Lu}\.)"
    r"(?:\s+(?:\p{Lu}[\p{Ll}\p{M}'’\-]+|\p{Lu}\.|de|da|del|van|von|der|al|bin|la|le)){1,3}",
    rx.V1,
)
_AUTHOR_LABEL = rx.lazy(
    r"(?i:about the (?:author|writer)|author|written by|posted by|by|author bio|the author)\s*:?",
    rx.V1,
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_NOT_NAMES = _words(
    """the a an this that these those our your my his her their its more read see also
    about is are was were will how why what when where who new latest top breaking
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december"""
)
# Words that make a fragment a clause rather than a title-like phrase.
_CLAUSE = _words(
    """i you he she it we they me him them is are was were be been am has have had will
    would can could should may might must do does did not no never said says
    this that these those there here"""
)
# Self-descriptions that the usual bio generators and real bios end on.
_ROLES = _words(
    """ninja guru maven junkie advocate geek nerd fan buff fanatic lover addict expert
    scholar trailblazer evangelist specialist enthusiast practitioner creator aficionado
    connoisseur devotee fiend wizard champion pioneer idol hound dork freak nut introvert
    extrovert alumnus alum student thinker explorer reader writer gamer analyst
    communicator troublemaker solver maker entrepreneur artist activist friend hacker
    coder developer designer photographer journalist editor cook chef traveler traveller
    junkie webaholic mom dad husband wife parent"""
)
_ROLE_SUFFIXES = ("er", "or", "ist", "ast", "ian", "aholic", "holic", "phile", "ado")
_TAIL_LINES = 8  # a bio counts without a name beside it only among the last lines


def _fragments(content: str) -> list[list[str]]:
    text = content.strip().strip("\"'“”‘’«»").strip()
    parts = [p.strip() for p in _FRAGMENT_END.split(text) if p.strip()]
    return [_WORD.findall(p) for p in parts]


def _wordy(tok: str) -> bool:
    """A cheap, partial test that a whitespace token holds a ``_WORD`` match."""
    return (
        tok[0].isalnum()
        or tok[-1].isalnum()
        or (len(tok) > 2 and (tok[1].isalnum() or tok[-2].isalnum()))
    )


def _long_fragment(content: str) -> bool:
    """True when some fragment surely has more than five words: each counted token holds
    a word of its own, and a token ending in . ! ? ends the fragment. Running prose ends
    here, before the regular expressions of ``_fragments``."""
    if _SIX_WORDS.match(content):
        return True  # the usual answer for prose, in C (a special case of the next test)
    head = content.split(None, 6)  # the usual answer, from the first six tokens
    if len(head) >= 6 and all(map(_wordy, head[:6])) and all(t[-1] not in ".!?" for t in head[:5]):
        return True
    run = 0
    for tok in content.split():
        if _wordy(tok):
            run += 1
            if run > 5:
                return True
        if tok[-1] in ".!?":
            run = 0
    return False


def is_bio(content: str) -> bool:
    """Several very short verbless fragments, most of them ending in a role noun."""
    if len(content) > 400 or content.count(". ") < 2 or _long_fragment(content):
        return False
    frags = _fragments(content)
    if len(frags) < 3 or any(not 1 <= len(f) <= 5 for f in frags):
        return False
    if sum(len(f) >= 2 for f in frags) < 2:
        return False
    if any(w.lower() in _CLAUSE for f in frags for w in f):
        return False
    roles = 0
    for f in frags:
        last = f[-1].lower()
        if last in _ROLES or (len(last) > 4 and last.endswith(_ROLE_SUFFIXES)):
            roles += 1
    return roles * 2 >= len(frags)


def is_name(content: str) -> bool:
    if len(content) > 60 or _NAME.fullmatch(content) is None:
        return False
    return content.split()[0].lower() not in _NOT_NAMES


def _neighbours(doc: Document, line: Line) -> list[Line]:
    """The nearest non-blank line before and after, across at most two blank lines."""
    out: list[Line] = []
    for step in (-1, 1):
        i = line.number - 1 + step
        blanks = 0
        while 0 <= i < len(doc.lines) and blanks <= 2:
            if doc.lines[i].text.strip():
                out.append(doc.lines[i])
                break
            blanks += 1
            i += step
    return out


def _content(doc: Document, line: Line) -> str:
    start, end = content_spans(doc)[line.number - 1]
    return line.text[start:end]


class AuthorBio(Rule):
    """An author box: a bio of short title-like fragments, and the author's name.

    Blog themes end posts with an author box: a name line ("Freddie Dawson") and a bio
    such as "Beer specialist. Award-winning tv enthusiast. Bacon ninja. Gamer." (the
    shape of the well-known WordPress bio generator). A bio line is reported when it
    has at least three fragments of one to five words, none with a verb or pronoun,
    most ending in a role noun (specialist, advocate, ninja, writer...), and it is among
    the document's last lines or next to a name line. A two-to-four-word name line is
    reported only next to such a bio or an author label ("About the author"). The fix
    deletes the line (unsafe).
    """

    meta = RuleMeta(
        code="BP014",
        name="author-bio",
        category=Category.BOILERPLATE,
        severity=Severity.WARNING,
        summary="An author box: a bio of short title-like fragments, and the author's name.",
        fixable=True,
    )
    examples = examples(
        [
            fail(
                'Talks resumed.\n\nRead on:\n\nFreddie Dawson\n\n"Beer specialist. '
                "Award-winning tv enthusiast. Bacon ninja. Hipster-friendly web advocate. "
                'Total social media junkie. Gamer. Amateur writer. Creator."\n\n'
                "Leave a Reply\n",
                "5:1",
                "7:1",
            ),
            fail(
                "Talks resumed.\n\nIntrovert. Pop culture advocate. Wannabe web fan. "
                "Total bacon guru.\n",
                "3:1",
                fixed="Talks resumed.\n",
            ),
            fail("Talks resumed.\n\nAbout the author\nJane Doe\n", "4:1"),
        ],
        [
            "Never. Not once. Not ever. Not here.",
            "Bread. Milk. Eggs. Butter.",
            "Lawyer. Mother. Senator. Fighter.",
            "Talks resumed.\n\nJoe Biden\n\nThe president spoke on Monday.\n",
            "He was many things. Father. Husband. Teacher. Friend.",
            "Former senator. Current governor. Future president.\n\n" + "The race began.\n\n" * 10,
        ],
    )

    def check(self, doc: Document) -> Iterator[Hit]:
        nonblank = [ln for ln in doc.lines if ln.text.strip()]
        tail = {ln.number for ln in nonblank[-_TAIL_LINES:]}
        bios: set[int] = set()
        anchors: list[Line] = []  # bios and author labels, whose neighbours may be names
        spans = content_spans(doc)
        for line in nonblank:
            start, end = spans[line.number - 1]
            if end - start < 40 and _AUTHOR_LABEL.fullmatch(line.text[start:end]):
                anchors.append(line)
            if line.text.count(". ", start, end) < 2:
                continue  # is_bio's first test, without slicing (most lines of prose)
            content = line.text[start:end]
            if not is_bio(content):
                continue
            near_name = any(is_name(_content(doc, n)) for n in _neighbours(doc, line))
            if line.number in tail or near_name:
                bios.add(line.number)
                anchors.append(line)
                yield self._hit(doc, line, f"scraped author bio: '{content}'")
        names: set[int] = set()
        for anchor in anchors:
            for n in _neighbours(doc, anchor):
                content = _content(doc, n)
                if n.number in bios or n.number in names or not is_name(content):
                    continue
                names.add(n.number)
                message = f"author name from a scraped author box: '{content}'"
                yield self._hit(doc, n, message)

    @staticmethod
    def _hit(doc: Document, line: Line, message: str) -> Hit:
        start, end = content_span(line)
        return Hit(
            Span(line.start + start, line.start + end),
            message,
            delete_line_fix(doc, line, Applicability.UNSAFE),
        )
