"""BS006 and BS007: a full stop where the sentence does not end."""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from mtlint import rx
from mtlint.document import Document, Line
from mtlint.model import Applicability, Category, Fix, Hit, Severity, Span
from mtlint.rule import Rule, RuleMeta, examples, fail
from mtlint.rules._prose import NOT_IN_A_WORD, lines_matching, occurs
from mtlint.rules.broken import lexicon
from mtlint.rules.broken._common import in_code_or_url, prose_among, words
from mtlint.sentences import is_abbreviation_dot, word_before

_LOWER_AFTER_STOP = rx.lazy(r"(?<=[\p{L}\p{M}])\.[ \t]+(\p{Ll}[\p{L}\p{M}\d'’.-]*)")
# What _LOWER_AFTER_STOP needs, for a whole-text prefilter (stdlib, skipping to the full
# stops in C): a full stop, spaces and a letter that is no ASCII capital (a superset of
# \p{Ll}). Few lines have one.
_LOWER_HINT = rx.compile_re(r"\.[ \t]+[^\W\d_A-Z]")
# Lowercase words that may open a sentence: name particles and lowercase brands.
_LOWER_STARTERS = words(
    """de van von der den da di du del della la le bin al el ibn ter ten adidas"""
)
# A finite auxiliary or modal right after the word: the word is the subject of a new
# sentence ("size defaults" is not matched; "mode can be", "ls is a command" are).
_AUX_NEXT = rx.lazy(
    r"[ \t]+(?:is|are|was|were|has|have|had|does|do|did|doesn[’']t|don[’']t|isn[’']t"
    r"|can|cannot|could|may|might|must|shall|should|will|would)\b"
)
# A plural subject with a plural verb ("talks. officials were") is the typical sentence
# start that lost its capital in news; an identifier is singular ("acs is").
_PLURAL_AUX = rx.lazy(r"[ \t]+(?:are|were|have|do|don[’']t)\b")
# Closed-class words: after a full stop they are a sentence start that lost its capital
# ("said. it is"), never an identifier.
CLOSED = words(
    """i you he she it we they this that these those there here what which who when where
    why how if then so but and or nor yet as the a an in on at by for of to from with all
    some any each every no not one its his her their our my your such both either neither"""
)
# Abbreviations the sentence splitter does not know, or knows only with stops ("e.g.").
# (With legal citation: "See id. at 496", "sections 1 et seq. and", "supra. at 4".)
_EXTRA_ABBREVIATIONS = words(
    "cit loc pct pl lit var cont tbd eg ie viz id seq seqq ibid supra infra passim cf op"
)


def _is_abbreviation(text: str, dot: int) -> bool:
    """Known abbreviations, and short rare words that are likely ones ("subst.", "nr.")."""
    if is_abbreviation_dot(text, dot):
        return True
    word = word_before(text, dot).lower()
    return word in _EXTRA_ABBREVIATIONS or (len(word) <= 5 and lexicon.count(word) < 1e6)


def _lowercase_subject(doc: Document, word: str, end: int) -> bool:
    """True when ``word`` (ending at ``end``) opens a sentence as a lowercase identifier:
    an auxiliary follows, so a new sentence did start there, and the document never
    capitalises the word, so its lowercase is the word's own (a command, a parameter:
    "lower-case. ls is a valid command"), not a capital lost ("talks. officials were")."""
    if word in CLOSED or not _AUX_NEXT.match(doc.text, end):
        return False
    plural = word.endswith("s") and not word.endswith(("ss", "us", "is"))
    if plural and _PLURAL_AUX.match(doc.text, end):
        return False
    return not occurs(word.capitalize(), doc.text, NOT_IN_A_WORD)


class LowercaseAfterStop(Rule):
    """A lowercase word right after a full stop ("were also indicated. in the allied states").

    A stray full stop splits a sentence ("Russian gas. pipeline") or a sentence start lost
    its capital. Full stops that belong to abbreviations and initials (approx., e.g., U.S.,
    p.m., J. K. Rowling, 6 ft. tall, Inc.), ellipses, numbers and domains are left alone,
    as are words that are lowercase by nature (iPhone, eBay, de Gaulle, van Gogh) and a
    lowercase identifier that opens a sentence before an auxiliary ("ls is a command")
    in a document that never capitalises it. The fix
    deletes the full stop and is unsafe: the sentence may need a capital instead.
    """

    meta = RuleMeta(
        code="BS006",
        name="lowercase-after-stop",
        category=Category.BROKEN_SENTENCE,
        severity=Severity.WARNING,
        summary="A lowercase word right after a full stop"
        ' ("were also indicated. in the allied states").',
        fixable=True,
    )
    examples = examples(
        [
            fail(
                "Plans were also indicated. in the allied states, he said.",
                "1:26",
                fixed="Plans were also indicated in the allied states, he said.",
            ),
            fail("It could include a suspension of Russian gas. pipeline flows.", "1:45"),
            fail("Nobody came. then the rain started.", "1:12"),
            fail(
                "Talks stalled. officials were angry. Officials left. it was late.", "1:14", "1:52"
            ),
            fail("Talks stalled. officials were angry, and prices rose.", "1:14"),
        ],
        [
            "Costs rose approx. five percent in the U.S. during 2020.",
            "Use e.g. salt, i.e. a mineral, at 5 p.m. local time, as J. K. Rowling did.",
            "The board is 6 ft. tall and Acme Inc. and its partners agree, cf. the report.",
            "Wait. . . and then nothing. He bought an iPhone. eBay sold it.",
            "The painting was sold. van Gogh never knew. de Gaulle did.",
            "Smith et al. found it, and vs. them we lost; see Fig. two.",
            "Version 2. then 3.5 percent.",
            "It uses the time() function.  getftime() uses the file; subst. all lines.",
            "Extra state (eg. drive strength) is kept read-only (ie. fixed); Eg. the receiver.",
            "Commands are in lower case. ls is one; set the stop mode with -m. mode can be fast.",
            "The court cited Brown, 347 U.S. at 495. See id. at 496, under 1 et seq. and more.",
        ],
    )

    def check(self, doc: Document) -> Iterator[Hit]:
        hinted = lines_matching(doc, _LOWER_HINT)
        for line in prose_among(doc, hinted):
            yield from self.line_hits(doc, line)

    def line_hits(self, doc: Document, line: Line) -> Iterator[Hit]:
        """The reports on one line of prose (``check`` skips the lines ``_LOWER_HINT``
        does not match: they have none)."""
        text = line.text
        for m in _LOWER_AFTER_STOP.finditer(text):
            word = m.group(1)
            dot = line.start + m.start()
            if word.lower() in _LOWER_STARTERS or not word.isalpha() or word.lower() != word:
                continue
            if len(word) == 1 and word != "a":
                continue  # a list letter, or mojibake ("â€œ")
            if in_code_or_url(text, m.start() - 1, m.start()) or in_code_or_url(
                text, m.start(1), m.end(1)
            ):
                continue
            if _is_abbreviation(doc.text, dot) or lexicon.count(word) < 1e5:
                continue  # "subst. all", "update. glibc"
            if _lowercase_subject(doc, word, line.start + m.end()):
                continue  # "the shutdown mode. mode can be smart"
            yield Hit(
                Span(dot, line.start + m.end()),
                f"lowercase “{word}” after a full stop: “{word_before(doc.text, dot)}. {word}”",
                Fix.replace(Span(dot, dot + 1), "", "Delete the full stop", Applicability.UNSAFE),
            )


# Words that cannot end an English sentence.
_NON_FINAL = words(
    "the an their its our your whose and nor than amid amidst via during including despite"
    " toward towards"
)
_MODAL_NOT = rx.lazy(
    r"\b(?:(?:would|will|could|should|can|must|might|may|shall|did|does|do)[ \t]+not"
    r"|cannot|(?:wouldn|won|couldn|shouldn|can|mustn|didn|doesn|don)[’']t)$",
    rx.IGNORECASE,
)
# Bare verbs that follow "would not" ("would not. Accept anything"); no first names.
_BARE_VERBS = words(
    """accept act add agree allow answer apply approve argue arrive ask attack attend avoid
    become begin believe break bring build buy call cancel carry change choose claim close come
    comment commit compete complete comply concede confirm consider continue cooperate count
    cover create cross cut deal decide declare defend deliver deny depend describe destroy
    develop disclose discuss drop end enter escape expand expect explain face fail fall fight
    find finish follow forget form get give go grow handle happen help hesitate hold ignore
    impose improve include increase intervene invade invest join keep know learn leave let
    lift listen live lose make manage meet move need negotiate notice obey offer open oppose
    participate pay permit prepare prevent proceed produce protect provide publish pull push
    put raise reach react read receive recognize recognise reduce refuse reject release remain
    remove repeat reply report resign resist respond retreat return reveal rise risk run say
    see seek sell send serve share show sign sit speak spend stand start stay stop submit
    succeed suffer support surrender survive take talk tell tolerate travel try turn
    understand use wait want watch win withdraw work write yield"""
)
_STOP_CAPITAL = rx.lazy(r"(?<=[\p{L}\p{M}])\.[ \t]+(\p{Lu}\p{Ll}+)(?=[ \t]+\p{Ll})")


def _stray_lines(doc: Document) -> set[int]:
    """Numbers of the lines where StrayFullStop may report: a stop and a space after a
    listed word (``word_before``, as the rule reads it) or after "not" or "n't" in any
    case (what ``_MODAL_NOT`` needs to end on)."""
    text, starts = doc.text, doc.line_starts
    return {bisect.bisect_right(starts, m.start()) for m in _STRAY_HINT.finditer(text)}


# A full stop and a space after a listed word as ``word_before`` reads it (a run of
# [\p{L}\p{M}.'’-] that is the word), or after "not" or "n't" in any case: one search
# that skips to the full stops, instead of a word_before call at every one.
_STRAY_HINT = rx.lazy(
    r"\.(?<=(?:(?<![\p{L}\p{M}.'’-])(?:"
    + "|".join(sorted(_NON_FINAL, key=lambda w: (-len(w), w)))
    + r")|(?i:not|n't|n’t))\.)[ \t]"
)


class StrayFullStop(Rule):
    """A full stop after a word that cannot end a sentence ("it would not. Accept anything").

    A segment boundary from the translation engine or the page markup can put a full stop
    and a capital in the middle of a sentence. The rule reports one after words that never
    end an English sentence (the, an, their, its, and, than, during, including...) and after
    "would not", "cannot" and the like when a bare verb follows ("would not. Accept"). The
    fix deletes the full stop and lowercases the next word; it is unsafe.
    """

    meta = RuleMeta(
        code="BS007",
        name="stray-full-stop",
        category=Category.BROKEN_SENTENCE,
        severity=Severity.WARNING,
        summary="A full stop after a word that cannot end a sentence"
        ' ("it would not. Accept anything").',
        fixable=True,
    )
    examples = examples(
        [
            fail(
                "He said it would not. Accept anything without them.",
                "1:21",
                fixed="He said it would not accept anything without them.",
            ),
            fail("They met during the. Talks were long.", "1:20"),
            fail("The rise was bigger than. Analysts expected a fall.", "1:25"),
        ],
        [
            "He said he would not. Biden, however, did.",
            "Asked whether he would resign, he said he would not. The vote is Friday.",
            "She could not. Mark Jones said so.",
            "The book is theirs. The pen is his. Its cover is red.",
            "It is what it is. And that is that.",
        ],
    )

    def check(self, doc: Document) -> Iterator[Hit]:
        hinted = _stray_lines(doc)
        for line in prose_among(doc, hinted):
            text = line.text
            for m in _STOP_CAPITAL.finditer(text):
                word = m.group(1)
                before = text[max(0, m.start() - 30) : m.start()]
                prev = word_before(text, m.start())
                if prev not in _NON_FINAL and not (
                    word.lower() in _BARE_VERBS and _MODAL_NOT.search(before)
                ):
                    continue
                dot = line.start + m.start()
                end = line.start + m.end()
                yield Hit(
                    Span(dot, end),
                    f"stray full stop: “{prev}. {word}”",
                    Fix.replace(
                        Span(dot, line.start + m.start(1) + 1),
                        " " + word[0].lower(),
                        "Delete the full stop",
                        Applicability.UNSAFE,
                    ),
                )
