"""PU002: a space before a comma, full stop or other mark, and stray punctuation debris."""

from __future__ import annotations

from collections.abc import Iterator

from mtlint import rx
from mtlint.document import Document, Line
from mtlint.model import Applicability, Category, Fix, Hit, Severity, Span
from mtlint.rule import Rule, RuleMeta, examples, fail
from mtlint.rules._prose import (
    inside,
    is_table_line,
    lines_matching,
    prose_lines,
    skip_spans,
    snippet,
)
from mtlint.rules.linekinds import wordset

_SP = " \t\u00a0\u202f"
# Two or more lone marks separated by spaces after some text: "Pool / . / .".
_DEBRIS = rx.lazy(r"(?<=\S)(?:[ \t\u00a0]+[/|.,;:](?=[ \t\u00a0]|$)){2,}")
# A closing quote, a space and another quote standing alone: 'we won" " Rossi said'.
_LONE_QUOTE = rx.lazy(r"(?<=[^\s\"“”])[\"”]([ \t\u00a0]+[\"“”])(?=[ \t\u00a0]|$)")
_SPACED_ELLIPSIS = rx.lazy(r"\.(?:[ \u00a0]\.){2,}")
_SPACE_BEFORE = rx.lazy(r"(?<=\S)([ \t\u00a0\u202f]+)([,.;:!?)])")
_SPACE_AFTER_PAREN = rx.lazy(r"(?<![:;=]-?)\(([ \t\u00a0]+)(?=[^\s)])")
# What every pattern above needs on a line (a whole-text prefilter, stdlib: fast).
# [ \t\u00a0\u202f][,.;:!?)/|]|\([ \t\u00a0] from the rarer character of each pair, so that
# the search skips to the candidates in C: its matches lie on the same lines.
_HINT = rx.compile_re(r"[,.;:!?)/|(](?:(?<=[ \t\u00a0\u202f][,.;:!?)/|])|(?<=\()[ \t\u00a0])")
_QUOTE_HINT = rx.compile_re(r"[\"”][ \t\u00a0]+[\"“”](?![^ \t\u00a0])")
_CLOSERS = "\"'”’)]»"
_OPENERS = "“‘([{«\"'"
# Words after which a lone mark is named, not used: "the colon : on other systems",
# "a trailing ! after each". Articles and prepositions are not among them: in translated news
# "talks in . The" is debris, however often technical prose writes "the . builtin".
_NAMING = wordset("exactly trailing leading colon semicolon comma period dot")
_LAST_WORD = rx.lazy(r"(\w+)[ \t\u00a0]+$")
# Words that cannot end a clause: after one of them a mark is not punctuation but a word,
# when the clause goes on in lowercase ("the ! character", "a ; separated list", "separated
# by : on Unix", "from . import"). "talks in . The" (a capital after) stays debris.
_NO_CLAUSE_END = wordset(
    "the a an each every this that these those its their his her our your my"
    " of in on at by to from with without into onto for than via per"
    " and or nor but when whenever while if unless until"
)
_NEXT_LOWER = rx.lazy(r"[ \t\u00a0]+[a-z]")


def _word_before(text: str, floor: int, mark: int) -> str:
    """The word before the lone mark at ``mark`` (case-folded; "" for none)."""
    m = _LAST_WORD.search(text, max(floor, mark - 40), mark)
    return m.group(1).casefold() if m else ""


def _closes(text: str, quote: int) -> bool:
    """True when the straight quote at ``quote`` closes a quotation: it is glued to the word
    or mark before it ('jewels," , said'), so a space and a comma after it are debris."""
    return (
        text[quote] in "\"'"
        and quote > 0
        and not text[quote - 1].isspace()
        and (text[quote - 1] not in _OPENERS)
    )


def _named(text: str, floor: int, mark: int) -> bool:
    """True when the lone mark at ``mark`` follows a word that names it rather than ends a
    clause ("the colon : on Unix", "a trailing ! after each"): the mark is a word there."""
    return _word_before(text, floor, mark) in _NAMING


def _mid_clause(text: str, floor: int, mark: int, end: int) -> bool:
    """True when the lone mark at ``mark`` sits between a word that cannot end a clause and
    a lowercase word ("the ! character", "separated by ; on Windows"): it is a mentioned
    symbol, not punctuation, as punctuation ends what an article or preposition opens."""
    return bool(_NEXT_LOWER.match(text, mark + 1, end)) and (
        _word_before(text, floor, mark) in _NO_CLAUSE_END
    )


_TYPOGRAPHIC = "\u00a0\u202f\u2009"  # no-break, narrow no-break and thin spaces


class SpaceBeforePunctuation(Rule):
    """A space before a comma, full stop, colon, question mark or closing parenthesis.

    English sets these marks against the preceding word; "word ," and "attack. ." are debris of
    machine translation, French spacing, or stripped photo credits ("Pool / . / ."), as is a space
    inside parentheses ("( AFP )"), a comma after a quotation that already ends in one ('long,"
    , said') and a quotation mark left alone after a closed quotation ('we won" " Rossi
    said'). Spaced ellipses ("Wait . . . what"), ellipses after a space
    ("Wait ... what"), leading dots (".NET", ".5"), ratios and times ("3 : 1") stay quiet, as does a
    lone mark that a word before it names ("the colon : on Unix", "a trailing ! after each") or that
    sits between an article or preposition and a lowercase word ("the ! character", "separated by ;
    on Windows"). Deleting the space, or a stray repeated full stop, is safe; deleting a run of lone
    marks is unsafe, as a separator may be meant, and so is deleting a no-break space before
    ; : ? ! (French typography, right inside a French quotation).
    """

    meta = RuleMeta(
        code="PU002",
        name="space-before-punctuation",
        category=Category.PUNCTUATION,
        severity=Severity.WARNING,
        summary="A space before a comma, full stop or other mark, or stray punctuation debris.",
        fixable=True,
    )
    examples = examples(
        [
            fail(
                "The talks , he said, will start .",
                "1:10",
                "1:32",
                fixed="The talks, he said, will start.",
            ),
            fail("A possible attack. .", "1:19", fixed="A possible attack."),
            fail(
                "Photo: Peter Klaunzer – Pool / . / .", "1:29", fixed="Photo: Peter Klaunzer – Pool"
            ),
            fail("Is it true ? Yes !", "1:11", "1:17", fixed="Is it true? Yes!"),
            fail("Biden ,Putin and Macron", "1:6", fixed="Biden, Putin and Macron"),
            fail("Talks failed . the envoys left ; then : none", "1:13", "1:31", "1:38"),
            fail(
                "The talks ended in . The envoys left.",
                "1:19",
                fixed="The talks ended in. The envoys left.",
            ),
            fail(
                '"It was a long night," , said the mayor. "We won" " Rossi said.',
                "1:23",
                "1:50",
                fixed='"It was a long night," said the mayor. "We won" Rossi said.',
            ),
            fail(
                "Kyiv ( AFP ) - The talks : none.",
                "1:6",
                "1:11",
                "1:25",
                fixed="Kyiv (AFP) - The talks: none.",
            ),
        ],
        [
            "Wait . . . what? Then . . . . nothing.",
            "Wait ... what? He uses .NET and .5 mm wire.",
            "(EFE / EPA / MIKHAIL METZEL / SPUTNIK)",
            "The ratio is 3 : 1 and the time 10 : 30; smileys :) :-) :-( and ( ) stay.",
            "Options: a / b / c. See p. 5, 6 and 7.",
            "Numbers like 1 ,5 are left alone.",
            'The character " (the double quote) and the " mark; "one " is "two" "three".',
            'He said "no", "never" and \'maybe\', then "yes."',
            "Paths are separated by the colon : on Unix or the semicolon ; on Windows, with a"
            " trailing ! after each.",
            "Add the ! to force it, as in a ; separated list or the ? operator; lists are"
            " separated by : on Unix, and a ( must follow.",
        ],
    )

    def check(self, doc: Document) -> Iterator[Hit]:
        hinted = lines_matching(doc, _HINT) | lines_matching(doc, _QUOTE_HINT)
        for line in prose_lines(doc):
            if line.number not in hinted or is_table_line(doc, line.text):
                continue
            yield from self._line(doc, line)

    def _line(self, doc: Document, line: Line) -> Iterator[Hit]:
        skips = skip_spans(doc, line)
        taken = [
            Span(line.start + m.start(), line.start + m.end())
            for m in _SPACED_ELLIPSIS.finditer(line.text)
        ]
        for m in _DEBRIS.finditer(line.text):
            marks = m.group().split()
            if all(x == "." for x in marks) or not any(x in ".,;" for x in marks):
                continue
            span = Span(line.start + m.start(), line.start + m.end())
            taken.append(span)
            yield Hit(
                span,
                f"punctuation debris {m.group().strip()!r}",
                Fix.replace(span, "", "Delete the debris", Applicability.UNSAFE),
            )
        for m in _LONE_QUOTE.finditer(line.text):
            span = Span(line.start + m.start(1), line.start + m.end(1))
            if not inside(span, skips):
                shown = snippet(doc, span.start - 1, span.end)
                yield Hit(
                    span,
                    f"stray quotation mark in {shown!r}",
                    Fix.replace(span, "", "Delete the stray mark", Applicability.UNSAFE),
                )
        for m in _SPACE_BEFORE.finditer(line.text):
            space = Span(line.start + m.start(1), line.start + m.end(1))
            mark = line.start + m.start(2)
            span = Span(space.start, mark + 1)
            if inside(span, skips) or inside(Span(mark, mark + 1), taken):
                continue
            hit = self._judge(doc, line, space, mark)
            if hit is not None:
                yield hit
        for m in _SPACE_AFTER_PAREN.finditer(line.text):
            space = Span(line.start + m.start(1), line.start + m.end(1))
            span = Span(space.start - 1, space.end)
            if _named(doc.text, line.start, span.start) or _mid_clause(
                doc.text, line.start, span.start, line.end
            ):
                continue
            if not inside(span, skips):
                yield Hit(
                    span,
                    f"space after opening parenthesis in {snippet(doc, span.start, span.end)!r}",
                    Fix.replace(space, "", "Delete the space", Applicability.SAFE),
                )

    @staticmethod
    def _judge(doc: Document, line: Line, space: Span, mark: int) -> Hit | None:
        text = doc.text
        ch = text[mark]
        prev = text[space.start - 1]
        after = text[mark + 1] if mark + 1 < line.end else "\n"
        ends = after in _SP or after == "\n" or after in _CLOSERS
        span = Span(space.start, mark + 1)
        shown = snippet(doc, span.start, span.end)
        delete_space = Fix.replace(space, "", "Delete the space", Applicability.SAFE)
        if text.startswith("..", mark) or (prev in _OPENERS and not _closes(text, space.start - 1)):
            return None
        inner = text[space.start - 2]
        if prev in "\"'”’" and inner in ",.;:!?" and ch in ",.;:":
            # '"It was long," , said': the quotation already ends in a mark (the same: safe)
            safe = Applicability.SAFE if inner == ch else Applicability.UNSAFE
            return Hit(
                span,
                f"stray mark after a closed quotation in {shown!r}",
                Fix.replace(span, "", "Delete the stray mark", safe),
            )
        if ch != "," and _mid_clause(text, line.start, mark, line.end):
            return None
        if ch == ")":
            if prev in ":;=-" or _named(text, line.start, mark):
                return None  # an emoticon such as ": )", or a named mark ("exactly )")
            return Hit(span, f"space before closing parenthesis in {shown!r}", delete_space)
        if ch == "," and not after.isdigit():
            if after.isalpha() or after in _OPENERS:
                fix = Fix.replace(span, ", ", "Move the space after the comma", Applicability.SAFE)
            else:
                fix = delete_space
            return Hit(span, f"space before comma in {shown!r}", fix)
        if not ends:
            return None
        if ch == "." and prev in ".,;:!?/|":
            safe = Applicability.SAFE if prev in ".!?" else Applicability.UNSAFE
            return Hit(
                span,
                f"stray full stop in {shown!r}",
                Fix.replace(span, "", "Delete the stray full stop", safe),
            )
        attached = {
            ".": prev.isalnum() or prev in _CLOSERS,
            ";": prev.isalnum() or prev in _CLOSERS,
            ":": prev.isalpha() and (after in _SP or after == "\n"),
            "?": prev.isalpha() or prev in '”’"',
            "!": prev.isalpha() or prev in '”’"',
        }
        if attached.get(ch, False) and not (after in _SP and _named(text, line.start, mark)):
            name = {
                ".": "full stop",
                ";": "semicolon",
                ":": "colon",
                "?": "question mark",
                "!": "exclamation mark",
            }[ch]
            if ch in ";:?!" and any(c in _TYPOGRAPHIC for c in text[space.start : space.end]):
                # A no-break space before ; : ? ! is French typography, right in a French
                # quote: the deletion is offered, not made by --fix alone
                delete_space = Fix.replace(space, "", "Delete the space", Applicability.UNSAFE)
            return Hit(span, f"space before {name} in {shown!r}", delete_space)
        return None
