"""UT001: a sentence or clause left in another language than the document's."""

from __future__ import annotations

import bisect
import itertools
from collections import Counter
from collections.abc import Iterator

from mtlint import rx
from mtlint.document import Document
from mtlint.model import Category, Hit, Severity, Span
from mtlint.rule import Rule, RuleMeta, examples, fail
from mtlint.rules._prose import is_table_line
from mtlint.rules.linekinds import is_list_item, is_table_row, wordset
from mtlint.rules.untranslated._context import inside_brackets
from mtlint.rules.untranslated._tokens import Token, candidates, sentence_tokens
from mtlint.rules.untranslated._words import ENGLISH_FUNCTION, FOREIGN_CUES, WEAK_CUES, WORD

_CLAUSE_BREAK = rx.lazy(r"[,;:.!?()\[\]—–]")
_LIST_SEP = rx.lazy(r"\s*[,;]\s*|\s+(?:and|or|y|et|e|und|o|ou)\s+")
# The writer is quoting on purpose: "a Spanish proverb", "the motto", "known as", "in French".
QUOTING_CUE = rx.lazy(
    r"\b(?:proverbs?|mottos?|slogans?|sayings?|phrases?|expressions?|idioms?|words?|terms?"
    r"|title[sd]?|entitled|called|known\s+as|dubbed|nicknamed|means|meaning|meant|translat\w*"
    r"|reads|inscri\w+|epigraph|lyrics?|chant\w*|sang|sings|sung|verses?|banners?|prayers?"
    r"|in\s+(?:the\s+)?(?:original|Spanish|French|German|Portuguese|Italian|Dutch|Latin"
    r"|Catalan|Basque|Galician)|(?:Spanish|French|German|Portuguese|Italian|Dutch|Latin)\s+for)\b",
    rx.IGNORECASE,
)
_GLOSSARY = rx.lazy(
    r"\b(?:vocabulary|glossary|Spanish|French|German|Portuguese|Italian|Dutch|Catalan)\b",
    rx.IGNORECASE,
)
_SHORT = 5  # runs up to this many words need a verb or conjunction cue, not just "de la"
_COMMON = 1_000_000  # web-corpus count of an everyday English word: trimmed off the edges
_SAMPLE = 500_000  # characters read to tell whether the document is English
_MIN_ENGLISH_SHARE = 0.15  # below this share of English function words: not an English text
_ENGLISH_KEY = "untranslated-english"  # doc.memo: whether the document is English
_MANY_SENTENCES = 8  # sentences with a cue before the document must prove it is English
_WHOLE_ENGLISH_SHARE = 0.2  # at most this share of English-looking words in a foreign sentence
# After these, a noun belongs to the fragment even if English spells it too ("de la ciudad").
_DETERMINERS = wordset(
    """le la les l un une des du de del della dei delle degli el los las il gli lo o os as da
    do dos das der die dem den ein eine einen einem einer zu zum zur im am vom al au aux en
    na no nos nas pelo pela"""
)


class UntranslatedFragment(Rule):
    """A sentence or clause left in another language ("según fuentes oficiales") in English text.

    Machine translation sometimes skips a sentence, or leaves a quote or an attribution ("a
    déclaré le ministre") in the source language, and readers of the English text cannot
    follow it. Each run of words between English function words is a candidate when it
    holds foreign cues: function words of Spanish, French, German, Portuguese, Italian or
    Dutch, lowercase words with diacritics, words missing from an English frequency list.
    Only then is the run given to py3langid, which must name a language other than English
    with high probability. Names, titles in quotes or italics, loanwords and stock phrases
    (café, coup d'état, status quo, de facto), dishes ("pollo a la plancha"), glosses in
    parentheses, phrases the sentence itself presents ("a Spanish proverb", "known as"),
    phrase lists under a "Useful phrases" heading, short fragments and documents that are
    not mostly English stay quiet. There is no fix: the fragment needs a translator.

    Why py3langid: BSD-3-Clause, its 4.5 MB model ships inside the wheel (nothing is
    downloaded), it covers about 140 languages and loads in about a second (numpy included).
    lingua was measured too: a 96 MB wheel, 3.7 s to load eight languages and 19 s for all.
    Both the word list and the model load lazily, only for a sentence with a foreign cue, so
    English text never pays for them; the model is unpacked once into the user cache and
    scored there in plain Python, so later runs import neither py3langid nor numpy.
    """

    meta = RuleMeta(
        code="UT001",
        name="untranslated-fragment",
        category=Category.UNTRANSLATED,
        severity=Severity.WARNING,
        summary="A sentence or clause left in another language in English text.",
    )
    examples = examples(
        [
            fail(
                "The minister spoke on Tuesday. Según fuentes oficiales, el gobierno "
                "anunció nuevas medidas. The talks resume next week.",
                "1:32",
            ),
            fail("The president, según fuentes oficiales, will travel to Brussels.", "1:16"),
            fail(
                "The talks collapsed on Friday, a déclaré le ministre des Affaires "
                "étrangères, after a long night.",
                "1:32",
            ),
            fail(
                "Officials met in Berlin. Die Regierung will heute neue Maßnahmen "
                "ankündigen, sagte der Sprecher. Markets rose.",
                "1:26",
            ),
            fail(
                "The deal was signed on Monday. O governo afirmou que não haverá "
                "novos impostos este ano.",
                "1:32",
            ),
            fail(
                "Rome reacted quickly.\nIl governo ha dichiarato che la situazione è "
                "sotto controllo. The opposition disagreed.",
                "2:1",
            ),
        ],
        [
            "We stopped at a café for a coup d'état of a breakfast; the status quo held.",
            "Her favourite newspaper is “Le Monde”, and she listens to “Deutsche Welle”.",
            "They saw *La Traviata* at the opera house and then read *Cien años de soledad*.",
            "She said the film was, in a word, *magnifique*, and left it at that.",
            "José María Aznar and François Hollande met Angela Merkel in São Paulo.",
            "The company, a de facto monopoly, is not per se illegal, an ad hoc panel said.",
            "He wished them bon appétit and spoke of the zeitgeist and his raison d'être.",
            "The fiesta drew crowds to the Plaza de la Constitución in Ciudad de México.",
            "She ordered pollo a la plancha, and he had spaghetti alle vongole.",
            "Researchers at the Institut national de la santé et de la recherche médicale agreed.",
            "A Spanish proverb says it best: más vale tarde que nunca.",
            "The strike, he said, was “un desastre”, and he left.",
            'Merkel said: "Wir haben so vieles geschafft, wir schaffen das." ("We have'
            ' managed so much, we can do this.")',
        ],
    )

    def check(self, doc: Document) -> Iterator[Hit]:
        found = candidates(doc)
        first = next(found, None)
        if first is None:
            return  # no foreign cue at all: no lexicon, no model
        sentences = doc.sentences
        starts = [s.start for s in sentences]
        done = -1
        checked = 0
        for offset in itertools.chain((first,), found):
            i = bisect.bisect_right(starts, offset) - 1
            if i < 0 or i <= done or offset >= sentences[i].end:
                continue
            done = i
            checked += 1
            if checked == _MANY_SENTENCES and not english_document(doc):
                return  # a foreign document: stop before classifying all of it
            sentence = sentences[i]
            if _deliberate(doc, sentence.start):
                continue
            words = list(WORD.finditer(doc.text, sentence.start, sentence.end))
            if words:
                yield from _check_sentence(doc, sentence_tokens(doc, words))


def _check_sentence(doc: Document, tokens: list[Token]) -> Iterator[Hit]:
    if not any(t.kind == "F" for t in tokens):
        return
    if QUOTING_CUE.search(doc.text, tokens[0].start, tokens[-1].end):
        return
    from mtlint.lexicon import count

    words = [t for t in tokens if t.kind != "B"]
    english = sum(
        t.kind == "E"
        or (t.kind == "N" and t.text.islower() and len(t.text) > 2 and count(t.text) >= _COMMON)
        for t in words
    )
    if len(words) >= 4 and english <= _WHOLE_ENGLISH_SHARE * len(words):
        hit = _check_run(doc, words, whole=True)
        if hit is not None:
            yield hit
            return
    run: list[Token] = []
    for t in [*tokens, Token(0, 0, "", "E")]:
        if t.kind not in ("E", "B"):
            run.append(t)
            continue
        if run:
            hit = _check_run(doc, run)
            if hit is not None:
                yield hit
        run = []


def _trim(doc: Document, run: list[Token], *, words: bool = True) -> tuple[int, int]:
    """Drop names and everyday English words from both ends of a run: ``run[lo:hi]``."""
    from mtlint.lexicon import count

    def english(t: Token) -> bool:
        if t.kind != "N" or not words:
            return False
        return t.text[0].isupper() or count(t.text) >= _COMMON

    lo, hi = 0, len(run)
    while lo < hi and english(run[lo]):
        if len(run[lo].text) <= 2 and lo + 1 < hi and run[lo + 1].kind == "F":
            break  # "a déclaré", "ha dicho": a short auxiliary of the fragment
        lo += 1
    while hi > lo + 1 and english(run[hi - 1]):
        if run[hi - 2].text.lower() in _DETERMINERS and run[hi - 1].text.islower():
            break  # "de la ciudad": a noun after a foreign article is foreign too
        hi -= 1
    # A leading or trailing clause with no foreign word is English: "urged caution: se ..."
    text = doc.text
    cuts = [
        k for k in range(lo + 1, hi) if _CLAUSE_BREAK.search(text, run[k - 1].end, run[k].start)
    ]
    for k in cuts:
        if any(t.kind in ("F", "R") for t in run[lo:k]):
            break
        lo = k
    for k in reversed(cuts):
        if k <= lo or any(t.kind in ("F", "R") for t in run[k:hi]):
            break
        hi = k
    return lo, hi


def _check_run(doc: Document, run: list[Token], *, whole: bool = False) -> Hit | None:
    from mtlint.rules.untranslated._langid import NAMES, identify

    lo, hi = _trim(doc, run, words=not whole)
    core = run[lo:hi]
    if not core or inside_brackets(doc, core[0].start, core[-1].end):
        return None  # "(nous ne céderons pas)": a gloss the writer chose to give
    if _continues_name(doc, run, lo) and (len(core) <= _SHORT or not any(_strong(t) for t in core)):
        return None  # "Pavane pour une infante défunte", "Institut national de la santé"
    foreign = sum(t.kind in ("F", "R") for t in core)
    strong = sum(t.kind == "F" for t in core)
    if len(core) < 3 or strong < 1 or foreign < 2:
        return None
    if len(core) == 3 and any(t.text[0].isupper() for t in core):
        return None
    if len(core) >= 4 and foreign < 3:
        return None
    if len(core) <= _SHORT and not any(_strong(t) for t in core):
        return None  # "pollo a la plancha", "tarte aux pommes": a dish or a title
    if 2 * sum(t.text[0].isupper() for t in core) > len(core):
        return None  # mostly capitalised: a name or a title
    parts = _LIST_SEP.split(doc.text[core[0].start : core[-1].end])
    items = [len(WORD.findall(part)) for part in parts]
    if len(items) >= 2 and max(items) <= 3:
        return None  # "coq au vin, boeuf bourguignon, moules marinières": a list of terms
    if not english_document(doc):
        return None  # the document itself is not English
    start, end = core[0].start, core[-1].end
    text = doc.text[start:end]
    lang, prob, foreign_p = identify(text)
    need = 0.9 if len(core) >= 4 else 0.98
    if lang not in NAMES or prob < 0.5 or foreign_p < need:
        return None
    shown = " ".join(text.split())
    if len(shown) > 60:
        shown = shown[:57].rstrip() + "…"
    return Hit(Span(start, end), f"untranslated {NAMES[lang]} fragment: '{shown}'")


def english_document(doc: Document) -> bool:
    """Enough English function words: asked only for a fragment about to be reported, as
    most documents with a foreign cue report nothing (counting every word is not cheap)."""
    found = doc.memo.get(_ENGLISH_KEY)
    if found is None:
        counts = Counter(WORD.findall(doc.text, 0, _SAMPLE))  # each distinct word once
        sample = sum(counts.values())
        english = sum(
            n for w, n in counts.items() if w.lower().replace("’", "'") in ENGLISH_FUNCTION
        )
        found = doc.memo[_ENGLISH_KEY] = sample < 40 or english >= _MIN_ENGLISH_SHARE * sample
    return bool(found)


def _strong(t: Token) -> bool:
    """A verb, pronoun or conjunction cue ("que", "selon", "ist"), not just "de la"."""
    return t.low in FOREIGN_CUES and t.low not in WEAK_CUES


def _continues_name(doc: Document, run: list[Token], lo: int) -> bool:
    """The fragment follows a capitalised word with no punctuation between: a name goes on."""
    for k in range(lo - 1, -1, -1):
        if _CLAUSE_BREAK.search(doc.text, run[k].end, run[k + 1].start):
            return False
        if run[k].text[0].isupper() and run[k].start not in doc.sentence_starts:
            return True
    return False


def _deliberate(doc: Document, offset: int) -> bool:
    """A table row, or a list item under "Useful phrases:": foreign on purpose."""
    line = doc.line_at(offset)
    if is_table_line(doc, line.text):
        return True
    if not is_list_item(line.text):
        return False
    for number in range(line.number - 1, max(0, line.number - 40), -1):
        text = doc.lines[number - 1].text
        if not text.strip() or is_list_item(text) or is_table_row(text):
            continue
        return bool(QUOTING_CUE.search(text) or _GLOSSARY.search(text))
    return False
