"""PU001: doubled or clashing punctuation marks (".,", ",.", "..", ",,", ".“.")."""

from __future__ import annotations

from collections.abc import Iterator

from mtlint import rx
from mtlint.document import Document
from mtlint.model import Applicability, Category, Fix, Hit, Severity, Span
from mtlint.rule import Rule, RuleMeta, examples, fail
from mtlint.rules._prose import inside, lines_matching, prose_lines, skip_spans
from mtlint.sentences import is_abbreviation_dot, word_before

_CLUSTER = rx.lazy(
    r"(?P<sandwich>[.,][\"“”][.,])"
    r"|(?P<dots>(?<![.…])\.\.(?![.…]))"
    r"|(?P<commas>,,+)"
    r"|(?P<comma_dot>,\.(?!\.))"
    r"|(?P<dot_comma>\.,)"
    r"|(?P<semis>;;+)"
    r"|(?P<quotes>““+|””+)"
    r"|(?P<mark_dot>(?<=[\p{L}”’\"')])[?!]\.(?!\.))"
    r"|(?P<bangs>(?<=\p{L})(?:!!+|\?\?+)(?=[\s\"”’)]|$))"
)
# What each alternative of _CLUSTER needs (a whole-text prefilter, stdlib).
# Written to start with a character set, so that the search skips to the candidates in C
# (an alternation is tried at every position): each alternative is checked by what follows
# its first character. The search finds the same match starts as the plain alternation
# [.,]["“”][.,]|\.\.|,,|,\.|\.,|;;|““|””|[?!]\.|!!|\?\? .
_HINT = rx.compile_re(
    r"[.,;“”?!](?:(?<=[.,])[\"“”][.,]|(?<=\.)[.,]|(?<=,)[,.]|(?<=;);|(?<=“)“|(?<=”)”"
    r"|(?<=[?!])\.|(?<=!)!|(?<=\?)\?)"
)
# Lower-case abbreviations that may legitimately stand before a comma ("approx., 40").
_MORE_ABBREVIATIONS = frozenset(
    str.split("""govt incl excl misc esp viz resp approx min max avg yr yrs hr hrs mo mos wk
    wks pt pts oz lb lbs kg km cm mm mi sq tbsp tsp intl natl assoc div mfg mgr mkt pkg bldg
    ste apt hwy
    abbr anon cit ibid id seq et al ca cca op orig repr ser suppl var ver ret sr jr ie eg
    ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont
    neb nev okla ore pa tenn vt va wash wis wyo""")
)


def _is_abbreviation(text: str, dot: int) -> bool:
    if is_abbreviation_dot(text, dot):
        return True
    word = word_before(text, dot).strip("'’-").rsplit("-", 1)[-1]
    if not word:
        return not text[dot - 1 : dot].isdigit() and text[dot - 1 : dot] not in ')”’"'
    return (
        word.lower() in _MORE_ABBREVIATIONS
        or "." in word
        or len(word) < 3
        or (word.isupper() and len(word) <= 5)
        or (word[0].isupper() and len(word) <= 4)
    )


# What may stand before a cluster that is a token of its own: a space, or an opening quote
# or bracket. Punctuation always attaches to the word before it, so a cluster here is a
# mark being quoted or named ("the ;; operator", 'typing ",,"').
_LOOSE = " \t\u00a0\n\"'“‘(["


def _around(text: str, s: int, e: int) -> str:
    """The whitespace-delimited token around ``[s, e)``, clipped to a readable length."""
    a, b = s, e
    while a > max(0, s - 20) and not text[a - 1].isspace():
        a -= 1
    while b < min(len(text), e + 20) and not text[b].isspace():
        b += 1
    return text[a:b]


def _next_visible(text: str, i: int) -> str:
    while i < len(text) and text[i] in " \t\u00a0":
        i += 1
    return text[i] if i < len(text) else ""


class DoubledPunctuation(Rule):
    """Two punctuation marks where one belongs: ".,", ",.", "..", ",,", ";;", "?.", "““", "!!".

    Translation engines and scrapers leave such clusters behind when they join or cut
    sentences. Abbreviations before a comma ("Inc., ", "U.S., ", "etc., ") and ellipses
    ("...", "....") are correct and stay quiet, as is a cluster that stands as a token of
    its own after a space or an opening quote ('the ;; operator', 'typing ",,"'). A doubled
    "!!" or "??" after a word is informal at best in news copy; code such as "!!x" or "a ??
    b" stays quiet. The fix deletes the superfluous mark; it is safe where the mark to keep
    is clear and unsafe otherwise ("occupation., It"; "!!", which may be a post quoted word
    for word). Two full stops glued between words ("them..they") get no fix: only a reader
    can tell what was meant.
    """

    meta = RuleMeta(
        code="PU001",
        name="doubled-punctuation",
        category=Category.PUNCTUATION,
        severity=Severity.WARNING,
        summary='Two punctuation marks where one belongs: ".,", ",.", "..", ",,".',
        fixable=True,
    )
    examples = examples(
        [
            fail(
                "A possible Russian occupation., in case there is an invasion.",
                "1:30",
                fixed="A possible Russian occupation, in case there is an invasion.",
            ),
            fail("A possible attack..", "1:18", fixed="A possible attack."),
            fail('"It was over".. Rossi said.', "1:14", fixed='"It was over". Rossi said.'),
            fail("Without them..they participate.", "1:13"),
            fail("He said so,, and left,.", "1:11", "1:22", fixed="He said so, and left."),
            fail(
                "“We will respond if Russia invades Ukraine.“.",
                "1:43",
                fixed="“We will respond if Russia invades Ukraine.“",
            ),
            fail("Why?. Nobody knows.", "1:4", fixed="Why? Nobody knows."),
            fail("He said ““no”” twice.", "1:9", "1:13", fixed="He said “no” twice."),
            fail(
                '"Enough!!" read a banner. Why?? Nobody knows.',
                "1:8",
                "1:30",
                fixed='"Enough!" read a banner. Why? Nobody knows.',
            ),
        ],
        [
            "Wait... what? And then.... nothing.",
            "Apple Inc., Google and the U.S., he said, agree on etc., and more.",
            "At 10 a.m., troops moved; J.R.R. Tolkien, e.g., wrote.",
            'Version 3.5 and 1,000 people; see ../docs and https://x.org/a..b or ".." paths.',
            "He said “yes.”",
            "approx., 40 km., and govt., too.",
            'The ;; operator ends a case; typing ",," repeats it; a link to ".", loops.',
            "Use !!x to coerce, a ?? b for defaults, or ?! and !? in chess notation.",
        ],
    )

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.text
        hinted = lines_matching(doc, _HINT)  # (no gate: the search is as fast as one)
        for line in prose_lines(doc):
            if line.number not in hinted:
                continue
            skips = skip_spans(doc, line)
            for m in _CLUSTER.finditer(line.text):
                span = Span(line.start + m.start(), line.start + m.end())
                if inside(span, skips):
                    continue
                hit = self._hit(text, m.lastgroup or "", span)
                if hit is not None:
                    yield hit

    def _hit(self, text: str, kind: str, span: Span) -> Hit | None:
        s, e = span.start, span.end
        shown = text[s:e]
        before = text[s - 1] if s > 0 else ""
        after = text[e] if e < len(text) else "\n"
        if kind == "dots":
            closed = before in "\"'" and s > 1 and not text[s - 2].isspace()  # 'other"..'
            if not (before.isalnum() or before in ")”’" or closed) or after in "/\\":
                return None
            if before.isdigit() and (after.isalnum() or after in "+-"):
                return None  # a range such as 1..10 or U+0000..U+007F
            if after.isalnum():
                return Hit(span, f"doubled full stop {_around(text, s, e)!r}")
            return self._delete(span, Span(s, s + 1), "doubled full stop", shown, True)
        if kind == "dot_comma":
            if _is_abbreviation(text, s):
                return None
            safe = _next_visible(text, e).islower()
            return self._delete(span, Span(s, s + 1), "full stop before comma", shown, safe)
        if kind in ("sandwich", "commas", "semis") and (not before or before in _LOOSE):
            return None  # a mark quoted or named, not attached to a word: '";;"', 'to ".",'
        if kind == "sandwich":
            if text[s] == "." and (before == "." or _is_abbreviation(text, s)):
                return None
            safe = text[s] == "." and text[e - 1] == "."
            return self._delete(
                span, Span(e - 1, e), "doubled punctuation around a quotation mark", shown, safe
            )
        if kind == "commas":
            return self._delete(span, Span(s + 1, e), "doubled comma", shown, True)
        if kind == "quotes":
            return self._delete(span, Span(s + 1, e), "doubled quotation mark", shown, True)
        if kind == "semis":
            return self._delete(span, Span(s + 1, e), "doubled semicolon", shown, True)
        if kind == "comma_dot":
            return self._delete(span, Span(s, s + 1), "comma before full stop", shown, True)
        if kind == "bangs":
            what = "doubled exclamation mark" if shown[0] == "!" else "doubled question mark"
            # "SHE'S HOME!!" may be a post quoted word for word: offered, not made alone
            return self._delete(span, Span(s + 1, e), what, shown, False)
        if kind == "mark_dot":
            return self._delete(
                span,
                Span(e - 1, e),
                "full stop after a question mark or exclamation mark",
                shown,
                True,
            )
        return None

    @staticmethod
    def _delete(span: Span, drop: Span, what: str, shown: str, safe: bool) -> Hit:
        return Hit(
            span,
            f"{what} {shown!r}",
            Fix.replace(
                drop,
                "",
                "Delete the superfluous mark",
                Applicability.SAFE if safe else Applicability.UNSAFE,
            ),
        )
