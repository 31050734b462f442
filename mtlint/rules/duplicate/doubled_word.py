"""DU002: the same word twice in a row ("the the")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import compress, islice
from operator import eq

from mtlint import rx
from mtlint.document import Document
from mtlint.model import Applicability, Category, Fix, Hit, Severity, Span
from mtlint.rule import Rule, RuleMeta, examples, fail
from mtlint.rules.linekinds import WORD, fenced_lines, looks_like_code, wordset

# A word, whitespace inside one paragraph (spaces, or one line break), the same word in any
# case. The standard ``re`` module: this runs over the whole text, and it is fast.
_PAIR = rx.compile_re(
    r"(?<![\w'’])([^\W\d_]+(?:['’][^\W\d_]+)*)"
    r"([ \t\u00a0]+|[ \t\u00a0]*\r?\n[ \t\u00a0]*)"
    r"(\1)(?![\w'’])",
    re.IGNORECASE,
)
_SENTENCE_END = rx.compile_re(r"[.!?;:…]|\n\s*\n")

# Doubles that English uses on purpose: "had had", "that that", "we do do", "gave her her
# keys", reduplicated interjections and nouns ("bye bye", "mahi mahi"), and French/German
# reflexives and relatives ("nous nous"). Intensifiers ("very very", "many many") are
# written with a comma in edited prose, so they are flagged.
ALLOWED = wordset(
    """had that do her you bye no ha hah he hee heh ho hum oh uh um huh ah aw tut tsk shh
    chop knock yum boo pooh pom tom yo mahi ylang can hush goody hear bang choo cha dum la
    bla blah yada ta beep hip rah pee poo wee bon aye din bling tick woof quack meow baa
    oink moo tweet buzz honk toot vroom zoom chin hubba ooh nous vous die der das"""
)
# "What it is is that ...", "What he did did matter": a doubled verb after a wh-clause.
_WH_DOUBLES = wordset("is was are were does did")
# Words never doubled on purpose: deleting the second is safe. Any other word ("very
# very", "far far", "win win") may be a speaker's emphasis in a quote or want a hyphen:
# the deletion is offered as an unsafe fix.
_FUNCTION = wordset(
    """the a an of to in on at by for from with about as into onto upon over under and or
    but nor if than then is are was were be been being has have will would shall should
    can could may might must it its they them their theirs we our us i me my mine your his
    him she this these those which who whom whose not there here"""
)
_WH = wordset("what whatever where wherever how why who whoever whom all")
_WH_WINDOW = 8


_NOT_WORD = rx.compile_re(r"[^\w\s'’]+")
# _NOT_WORD's tokens from UTF-8 bytes: ASCII bytes that are not [\w'] become spaces (a
# translate in C), then each non-ASCII character that is no word character (“ — …, no-break
# spaces); a regex substitution with a negated class costs several times more.
_ASCII_SEPARATORS = bytes(
    c if c >= 128 or chr(c).isalnum() or c in b"_'" else 32 for c in range(256)
)
_ASCII = bytes(range(128))
_CURLY_APOSTROPHE = "’".encode()


def _tokens(folded: str) -> list[bytes]:
    """``_NOT_WORD.sub(" ", folded).split()``, encoded (UTF-8 keeps equal tokens equal)."""
    data = folded.encode("utf-8", "surrogatepass")
    others = set(data.translate(None, _ASCII).decode("utf-8", "surrogatepass"))
    data = data.translate(_ASCII_SEPARATORS)
    seps = [ch.encode("utf-8", "surrogatepass") for ch in others if not ch.isalnum()]
    seps = sorted(sep for sep in seps if sep != _CURLY_APOSTROPHE)  # a word character here
    for sep in seps:  # no UTF-8 sequence is a prefix of another: one at a time will do
        data = data.replace(sep, b" ")  # (a pattern of them would stay in re's cache)
    return data.split()


def _candidates(doc: Document) -> list[int]:
    """Offsets where _PAIR may match, in order: a superset of its matches' starts.

    A match is a word, whitespace, and the same word in any case; its words cannot touch
    another word character or apostrophe. With everything else blanked out of the folded
    text, the two words are two equal tokens in a row, so a document (nearly every one)
    without such tokens is done after a few fast passes in C, and otherwise only the
    doubled words' own positions are tried, where the same word follows, not every word
    of the text.
    """
    folded = doc.folded
    tokens = _tokens(folded)
    if not any(map(eq, tokens, islice(tokens, 1, None))):
        return []  # no two equal tokens in a row (a loop in C, no list)
    same = map(eq, tokens, islice(tokens, 1, None))
    doubled = {token.decode("utf-8", "surrogatepass") for token in compress(tokens, same)}
    if sum(map(folded.count, doubled)) <= _SCAN_LIMIT:
        return sorted({i for word in doubled for i in _followed_by_itself(folded, word)})
    words = "|".join(re.escape(w) for w in sorted(doubled, key=len, reverse=True))
    # Literals first, so that the engine skips to them in C; the lookbehind of _PAIR is
    # checked here, on the few matches (a word cannot start inside a word).
    finder = rx.compile_once("(" + words + r")(?=\s+\1(?![\w'’]))")
    return [
        m.start()
        for m in finder.finditer(folded)
        if not m.start() or not _word_char(folded[m.start() - 1])
    ]


# Above this many occurrences of the doubled words (short words are everywhere), one
# regex of them is cheaper than a Python step per occurrence; below, the scan spares
# compiling a pattern for the document.
_SCAN_LIMIT = 400


def _followed_by_itself(folded: str, word: str) -> Iterator[int]:
    r"""The starts of ``word`` in ``folded`` not inside a word and followed by whitespace
    and ``word`` again, not followed by a word character: what the regex branch's
    ``(word)(?=\s+\1(?![\w'’]))`` finds and keeps, with ``str.find`` (``\s`` is
    ``str.isspace``)."""
    n, k = len(folded), len(word)
    i = folded.find(word)
    while i != -1:
        j = i + k
        if j < n and folded[j].isspace() and (not i or not _word_char(folded[i - 1])):
            j += 1
            while j < n and folded[j].isspace():
                j += 1
            after = folded[j + k : j + k + 1]
            if folded.startswith(word, j) and not (after and _word_char(after)):
                yield i
        i = folded.find(word, i + 1)


def _word_char(ch: str) -> bool:
    """``[\\w'’]`` of the standard library's engine."""
    return ch.isalnum() or ch in "_'’"


class DoubledWord(Rule):
    """The same word twice in a row, such as "the the" or "to to".

    Doubled words slip in when text is edited, scraped across a line break or stitched
    from machine-translated segments. They are found across a single line break too.
    Legitimate doubles stay quiet: "had had", "that that", "we do do", "gave her her
    keys", "what it is is", reduplications ("bye bye", "ha ha", "mahi mahi"), and
    capitalised pairs, which are usually names ("Bora Bora", "Walla Walla", "Duran
    Duran"). Deleting the second word is a safe fix for function words ("the the", "to
    to", "has has"); for any other word ("very very", "far far", "win win") it is unsafe,
    since a quoted speaker may have meant it, or the pair wants a hyphen.
    """

    meta = RuleMeta(
        code="DU002",
        name="doubled-word",
        category=Category.DUPLICATE,
        severity=Severity.WARNING,
        summary='The same word twice in a row, such as "the the" or "to to".',
        fixable=True,
    )
    examples = examples(
        [
            fail("He went to the the market.", "1:12", fixed="He went to the market."),
            fail("The the talks failed.", "1:1", fixed="The talks failed."),
            fail("They agreed to\nto meet again.", "1:13", fixed="They agreed to\nmeet again."),
            fail(
                "A senator who has has followed the issue spoke.",
                "1:15",
                fixed="A senator who has followed the issue spoke.",
            ),
            fail(
                "A deal is is close, and and the talks go on.",
                "1:8",
                "1:21",
                fixed="A deal is close, and the talks go on.",
            ),
        ],
        [
            "What it is is a scandal.",
            "He had had enough. She said that that was fine.",
            "We do do our homework. I gave her her keys.",
            "They flew to Bora Bora and then to Walla Walla. Sirhan Sirhan was convicted.",
            "Bye bye, she said. No no, ha ha, it was a joke.",
            "He paid 10 10 times over.",
            "What he did did not matter. All it is is talk.",
            "The talks ended.\n\nThe report followed.",
            "It was the end. The end came quickly.",
            "It is a well-known known fact.",
            "```\nthe the\n```\n",
            "   patterns ::= open_sequence_pattern | pattern\n   pattern        ::= as_pattern\n",
        ],
    )

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.text
        code: frozenset[int] | None = None
        codelike: dict[int, bool] = {}  # per line, computed once: long lines make this matter
        end = 0
        for start in _candidates(doc):
            if start < end:
                continue  # what finditer does: matches do not overlap
            m = _PAIR.match(text, start)
            if m is None:
                continue
            end = m.end()
            if not self._doubled(text, m):
                continue
            code = fenced_lines(doc) if code is None else code
            lines = {doc.line_at(m.start(1)), doc.line_at(m.start(3))}
            for x in lines:
                if x.number not in codelike:
                    codelike[x.number] = x.number in code or looks_like_code(x.text)
            if not any(codelike[x.number] for x in lines):
                yield self._hit(m)

    @staticmethod
    def _doubled(text: str, m: re.Match[str]) -> bool:
        a, b = m.group(1), m.group(3)
        low = b.casefold()
        if a.casefold() != low or any(ch.isupper() for ch in b):
            return False  # different words, or a capitalised pair (usually a name)
        if len(a) > 1 and a.isupper():
            return False  # "NAME name": a grammar or a glossary, not prose
        if low in ALLOWED:
            return False
        if m.start() > 0 and text[m.start() - 1] in "-‐/":
            return False  # the tail of a compound: "well-known known"
        if text[m.end() : m.end() + 1] in ("-", "‐"):
            return False  # the head of a compound: "no no-fly zone"
        if low not in _WH_DOUBLES:
            return True
        # A subject between the wh-word and the verb: "what [it] is is", not "who has has".
        before = _SENTENCE_END.split(text[max(0, m.start() - 200) : m.start()])[-1]
        history = [w.casefold() for w in WORD.findall(before)]
        return not _WH.intersection(history[-_WH_WINDOW + 1 : -1])

    @staticmethod
    def _hit(m: re.Match[str]) -> Hit:
        text = m.string
        if "\n" in m.group(2):
            # Keep the line break where it is: delete the word and the spaces after it.
            start, end = m.start(3), m.end(3)
            while end < len(text) and text[end] in " \t":
                end += 1
        else:
            start, end = m.end(1), m.end(3)
        safe = m.group(3).casefold() in _FUNCTION
        how = Applicability.SAFE if safe else Applicability.UNSAFE
        fix = Fix.replace(Span(start, end), "", "Delete the second word", how)
        return Hit(
            Span(m.start(1), m.end(3)),
            f'doubled word "{m.group(1)} {m.group(3)}"',
            fix,
        )
