"""UT001: a sentence or clause left in another language than the document's."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex

from mtlint.document import Document
from mtlint.model import Category, Hit, Severity, Span
from mtlint.rule import Rule, RuleMeta, examples, fail
from mtlint.rules._prose import skip_spans
from mtlint.rules.linekinds import fenced_lines
from mtlint.rules.untranslated._words import ELISION, ENGLISH_FUNCTION, FOREIGN_CUES, LOAN_RE

_WORD = regex.compile(r"\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*")
_NON_ASCII = regex.compile(r"[^\x00-\x7f]")
_QUOTED = regex.compile(r"“[^“”]*”|\"[^\"]*\"|«[^«»]*»|„[^„“”]*[“”]|‘[^‘’]*’(?!\p{L})")
_SPEECH_END = regex.compile(r"[.!?…]\s*[”\"»“’]$")
_CLAUSE_END = regex.compile(r"[.!?…,]\s*[”\"»“’]$")
_CLAUSE_BREAK = regex.compile(r"[,;:()\[\]—–]")
_LIST_SEP = regex.compile(r"\s*[,;]\s*|\s+(?:and|or|y|et|e|und|o|ou)\s+")
_POSSESSIVE = regex.compile(r"\p{L}['’]s$")
_ITALIC = regex.compile(
    r"(?<![\p{L}\p{N}*_\\])(\*{1,2}|_{1,2})(?=\S)[^\n]*?(?:\n[^\n]+?)*?(?<=\S)\1(?![\p{L}\p{N}*_])"
)
# The writer is quoting on purpose: "a Spanish proverb", "the motto", "known as", "in French".
_META = regex.compile(
    r"\b(?:proverbs?|mottos?|slogans?|sayings?|phrases?|expressions?|idioms?|words?|terms?"
    r"|title[sd]?|entitled|called|known\s+as|dubbed|nicknamed|means|meaning|meant|translat\w*"
    r"|reads|inscri\w+|epigraph|lyrics?|chant\w*|sang|sings|sung|verses?|banners?|prayers?"
    r"|in\s+(?:the\s+)?(?:original|Spanish|French|German|Portuguese|Italian|Dutch|Latin"
    r"|Catalan|Basque|Galician)|(?:Spanish|French|German|Portuguese|Italian|Dutch|Latin)\s+for)\b",
    regex.IGNORECASE,
)
_RARE = 150_000  # web-corpus count below which a lowercase word is unlikely English
_COMMON = 1_000_000  # at or above: an everyday English word, trimmed off a fragment's edges
_MIN_ENGLISH_SHARE = 0.15
_WHOLE_ENGLISH_SHARE = 0.2  # at most this share of English-looking words in a foreign sentence
_ARTICLES = frozenset({"der", "den"})
_DETERMINERS = frozenset(
    """le la les l un une des du de del della dei delle degli el los las il gli lo o os as da
    do dos das der die dem den ein eine einen einem einer zu zum zur im am vom al au aux en
    na no nos nas pelo pela""".split()
)
_PARTICLES = frozenset("de la del della di da dos das du des le les von der den zu y e al el".split())  # below this share of English function words: not an English text


@dataclass(slots=True)
class _Token:
    start: int
    end: int
    text: str
    kind: str  # E English function word, F foreign cue, R rare word, N neutral, B blocked


class UntranslatedFragment(Rule):
    """A sentence or clause left in another language ("según fuentes oficiales") in English text.

    Machine translation sometimes skips a sentence or leaves a quote or an attribution
    ("a déclaré le ministre") in the source language; readers of the English text cannot
    understand it. Each run of words between English function words is a candidate when it
    holds several foreign cues: function words of Spanish, French, German, Portuguese,
    Italian or Dutch, words with diacritics, or words missing from an English frequency list.
    Only then is the run handed to py3langid, which must name a language other than English
    with high probability. Proper names, foreign titles in quotes or italics, loanwords and
    stock phrases (café, coup d'état, status quo, de facto) and short fragments stay quiet,
    and so does a document that is not mostly English. There is no fix: the fragment needs
    a translator.

    py3langid (BSD-3-Clause) ships its 4.5 MB model inside the wheel and loads it in under a
    second; lingua was rejected because its wheel is about 96 MB and its models take seconds
    to load. The model is imported lazily, only when a candidate passes the cheap filters.
    """

    meta = RuleMeta(
        code="UT001", name="untranslated-fragment", category=Category.UNTRANSLATED,
        severity=Severity.WARNING,
        summary="A sentence or clause left in another language in English text.",
    )
    examples = examples(
        [
            fail("The minister spoke on Tuesday. Según fuentes oficiales, el gobierno "
                 "anunció nuevas medidas. The talks resume next week.", "1:32"),
            fail("The talks collapsed on Friday, a déclaré le ministre des Affaires "
                 "étrangères, after a long night.", "1:32"),
            fail("Officials met in Berlin. Die Regierung will heute neue Maßnahmen "
                 "ankündigen, sagte der Sprecher. Markets rose.", "1:26"),
            fail("The deal was signed on Monday. O governo afirmou que não haverá "
                 "novos impostos este ano.", "1:32"),
            fail("Rome reacted quickly. Il governo ha dichiarato che la situazione è "
                 "sotto controllo. The opposition disagreed.", "1:23"),
        ],
        [
            "We stopped at a café for a coup d'état of a breakfast; the status quo held.",
            "Her favourite newspaper is “Le Monde”, and she listens to “Deutsche Welle”.",
            "They saw *La Traviata* at the opera house and then *Cien años de soledad*.",
            "José María Aznar and François Hollande met Angela Merkel in São Paulo.",
            "The company, a de facto monopoly, is not per se illegal, an ad hoc panel said.",
            "He wished them bon appétit and spoke of the zeitgeist and his raison d'être.",
            "The fiesta drew crowds to the Plaza de la Constitución in Ciudad de México.",
        ],
    )

    def check(self, doc: Document) -> Iterator[Hit]:
        mask = _mask(doc)
        tokens = [_classify(doc, m, mask) for m in _WORD.finditer(doc.text)]
        words = [t for t in tokens if t.kind != "B"]
        if len(words) >= 40 and sum(t.kind == "E" for t in words) < _MIN_ENGLISH_SHARE * len(words):
            return  # the document itself is not English
        index = 0
        for sentence in doc.sentences:
            while index < len(tokens) and tokens[index].start < sentence.start:
                index += 1
            first = index
            while index < len(tokens) and tokens[index].end <= sentence.end:
                index += 1
            yield from _check_sentence(doc, tokens[first:index])


_BLOCKED, _LOAN = 1, 2


def _mask(doc: Document) -> bytearray:
    """Per character: blocked (code, URLs, italics, quoted titles) or part of a loan phrase."""
    mask = bytearray(len(doc.text))

    def mark(start: int, end: int, value: int) -> None:
        mask[start:end] = bytes([value]) * (end - start)

    for m in LOAN_RE.finditer(doc.text):
        mark(m.start(), m.end(), _LOAN)
    code = fenced_lines(doc)
    for line in doc.lines:
        if line.number in code:
            mark(line.start, line.end, _BLOCKED)
        elif line.text.strip():
            for span in skip_spans(doc, line):
                mark(span.start, span.end, _BLOCKED)
    for m in _ITALIC.finditer(doc.text):
        mark(m.start(), m.end(), _BLOCKED)
    for m in _QUOTED.finditer(doc.text):
        n = len(_WORD.findall(m.group()))
        speech = (n >= 6 and _SPEECH_END.search(m.group())) or (
            n >= 8 and _CLAUSE_END.search(m.group())
        )
        if not speech:
            mark(m.start(), m.end(), _BLOCKED)  # a title or a name, not reported speech
    return mask


def _classify(doc: Document, m: regex.Match[str], mask: bytearray) -> _Token:
    start, end, text = m.start(), m.end(), m.group()
    here = mask[start:end]
    if _BLOCKED in here:
        return _Token(start, end, text, "B")
    if _LOAN in here or (len(text) == 1 and doc.text[end : end + 1] == "."):
        return _Token(start, end, text, "N")  # a loanword, or "e" of "e.g."
    low = text.lower().replace("’", "'")
    initial = text[0].isupper() and (start in doc.sentence_starts or text[1:].islower())
    if (low in ENGLISH_FUNCTION and (text.islower() or initial)) or _POSSESSIVE.search(text):
        return _Token(start, end, text, "E")
    if text.islower() or (initial and start in doc.sentence_starts):
        if low in FOREIGN_CUES or ELISION.match(low) or (
            text.islower() and _NON_ASCII.search(low)
        ):
            return _Token(start, end, text, "F")
    return _Token(start, end, text, "N")


def _check_sentence(doc: Document, tokens: list[_Token]) -> Iterator[Hit]:
    if not any(t.kind == "F" for t in tokens):
        return  # cheap gate: no lexicon, no model
    if _META.search(doc.text, tokens[0].start, tokens[-1].end):
        return
    from mtlint.rules.broken.lexicon import count

    _name_particles(doc, tokens)
    for t in tokens:
        if t.kind == "N" and t.text.islower() and len(t.text) >= 4 and count(t.text) < _RARE:
            if not _NON_ASCII.search(t.text):  # words with diacritics here are loanwords
                t.kind = "R"
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
    run: list[_Token] = []
    for t in [*tokens, _Token(0, 0, "", "E")]:
        if t.kind not in ("E", "B"):
            run.append(t)
            continue
        if run:
            hit = _check_run(doc, run)
            if hit is not None:
                yield hit
        run = []


def _name_particles(doc: Document, tokens: list[_Token]) -> None:
    """"de la" in "Plaza de la Constitución", "von der" in "von der Leyen": part of a name."""
    text = doc.text
    for i, t in enumerate(tokens):
        if t.kind != "F" or t.text not in _PARTICLES:
            continue
        if t.text in _ARTICLES and (i == 0 or tokens[i - 1].text not in ("von", "van")):
            continue  # "Zahl der Arbeitslosen" is German prose; "van der Weyden" a name
        j = i
        while j > 0 and tokens[j - 1].text in _PARTICLES:
            j -= 1
        k = i
        while k + 1 < len(tokens) and tokens[k + 1].text in _PARTICLES:
            k += 1
        before = tokens[j - 1] if j > 0 else None
        after = tokens[k + 1] if k + 1 < len(tokens) else None
        if (
            after is not None and after.text[0].isupper()
            and not text[t.end:after.start].strip(" -")
            and (before is None or before.text[0].isupper() or before.kind == "E")
        ):
            t.kind = "N"


def _trim(doc: Document, run: list[_Token]) -> tuple[int, int]:
    """Drop names and everyday English words from both ends of a run: ``run[lo:hi]``."""
    from mtlint.rules.broken.lexicon import count

    def english(t: _Token) -> bool:
        if t.kind != "N":
            return False
        return not t.text.islower() or count(t.text) >= _COMMON

    lo, hi = 0, len(run)
    while lo < hi and english(run[lo]):
        lo += 1
    while hi > lo + 1 and english(run[hi - 1]):
        if run[hi - 2].text.lower() in _DETERMINERS and run[hi - 1].text.islower():
            break  # "de la ciudad": a noun after a foreign article is foreign too
        hi -= 1
    # A leading or trailing clause with no foreign word is English: "urged caution: se ..."
    cuts = [k for k in range(lo + 1, hi) if _CLAUSE_BREAK.search(doc.text, run[k - 1].end, run[k].start)]
    for k in cuts:
        if any(t.kind in ("F", "R") for t in run[lo:k]):
            break
        lo = k
    for k in reversed(cuts):
        if k <= lo or any(t.kind in ("F", "R") for t in run[k:hi]):
            break
        hi = k
    return lo, hi


def _check_run(doc: Document, run: list[_Token], *, whole: bool = False) -> Hit | None:
    from mtlint.rules.untranslated._langid import NAMES, identify

    lo, hi = (0, len(run)) if whole else _trim(doc, run)
    core = run[lo:hi]
    if 0 < lo < hi <= lo + 5 and run[lo - 1].text[0].isupper():
        if not doc.text[run[lo - 1].end : run[lo].start].strip():
            return None  # "Pavane pour une infante défunte": a title in title case
    foreign = sum(t.kind in ("F", "R") for t in core)
    strong = sum(t.kind == "F" for t in core)
    if len(core) < 3 or strong < 1 or foreign < 2:
        return None
    if len(core) == 3 and not all(t.text.islower() for t in core):
        return None
    if len(core) >= 4 and foreign < 3:
        return None
    if 2 * sum(t.text[0].isupper() for t in core) > len(core):
        return None  # mostly capitalised: a name or a title
    items = [len(_WORD.findall(part)) for part in _LIST_SEP.split(doc.text[core[0].start : core[-1].end])]
    if len(items) >= 2 and max(items) <= 3:
        return None  # "coq au vin, boeuf bourguignon, moules marinières": a list of terms
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
