"""Throughput shortcuts must give what the plain computation gives, on random and on
real text: the sentence splitter's test for a plain word before a full stop, the
mention scan's test for terminal punctuation before a word after a closing quote, and
NM003's context test that looks for a verb before it looks for the clause, and the
name summary counted in plain dicts. And the run's collector runs less often."""

from __future__ import annotations

import gc
import random
from collections import Counter
from pathlib import Path

from mtlint import checkrun, sentences
from mtlint.document import Document
from mtlint.rules.name import mentions, starts, stats, translated_surname
from mtlint.rules.name._clause import REPORTING_AFTER, VERB_AFTER, subject_slot
from mtlint.rules.name.surnames import Person, by_rendering
from mtlint.rules.name.translated_surname import TranslatedSurname
from mtlint.sentences import (
    _DOTTED,
    _LETTERS,
    _LONG,
    _NUMBER_AFTER,
    _OPENERS,
    _STARTERS,
    AMBIGUOUS_ABBREVIATIONS,
    NUMBER_ABBREVIATIONS,
    STATE_ABBREVIATIONS,
    TITLE_ABBREVIATIONS,
    UNIT_ABBREVIATIONS,
    _after_number,
    _closes,
    _next_visible,
    word_before,
)

FIXTURES = Path(__file__).parent / "fixtures"


def _split(text: str) -> list[str]:
    return text.split()


def _reference_closes(text: str, punct_start: int, nxt: int, end: int) -> bool:
    """``sentences._closes`` as it was before ``_plain_word``: every word before a full
    stop looked up with ``word_before``."""
    ch = text[nxt]
    if ch in _OPENERS:
        probe = _next_visible(text, nxt + 1, end)
        ch = text[probe] if probe < end else ch
    if not (ch.isupper() or ch.isdigit() or ch in _OPENERS):
        return False
    if text[punct_start] == "." and text[punct_start : punct_start + 2] != "..":
        if punct_start >= _LONG and text[punct_start - _LONG : punct_start].isalpha():
            return True
        word = word_before(text, punct_start).lstrip("'’-")
        low = word.lower()
        if low in TITLE_ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
            return False
        if low in NUMBER_ABBREVIATIONS and _NUMBER_AFTER.match(text, punct_start + 1):
            return False
        if low in UNIT_ABBREVIATIONS and _after_number(text, punct_start - len(word)):
            return False
        dotted = "." in word and _DOTTED.search(word + ".")
        if low in AMBIGUOUS_ABBREVIATIONS or word in STATE_ABBREVIATIONS or dotted:
            m = _LETTERS.match(text, nxt)
            return bool(m and m.group() in _STARTERS)
    return True


_PIECES = [
    *_split("said year Mr Mrs Dr no No Ill ILL ill ft in etc Inc U.S e.g It The A J K 6 3.5"),
    *_split("approx Calif calif St st Ph.D Wash ok OK É é ß İs ſt x y Na Vol vol"),
    *_split("l’année it’s -ok 'ok “Quote” (AP) Straße daß naïve café mañana"),
]
_GLUE = [" ", ". ", ".  ", ".\u00a0", ".\n", ". “", "? ", "... ", ".", "\t", " (", "-", "’"]


def _joined(seed: int, count: int, pieces: list[str], glue: list[str], most: int) -> list[str]:
    """``count`` texts of 1 to ``most`` random pieces, each followed by random glue."""
    rnd = random.Random(seed)
    out = []
    for _ in range(count):
        parts = []
        for _ in range(rnd.randint(1, most)):
            parts.append(rnd.choice(pieces))
            parts.append(rnd.choice(glue))
        out.append("".join(parts))
    return out


def _random_texts(seed: int, count: int) -> list[str]:
    return _joined(seed, count, _PIECES, _GLUE, 25)


def _real_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.rglob("*.*"))]


def test_plain_word_closes_as_word_before_says() -> None:
    checked = fast = 0
    for text in _random_texts(7, 3000) + _real_texts():
        end = len(text)
        for punct in range(end):
            if text[punct] not in ".!?…":
                continue
            nxt = _next_visible(text, punct + 1, end)
            if nxt >= end:
                continue
            checked += 1
            fast += text[punct] == "." and sentences._plain_word(text, punct)
            got = _closes(text, punct, nxt, end)
            assert got == _reference_closes(text, punct, nxt, end), (text, punct)
    assert fast > 1000 and checked > fast  # both paths taken


def test_plain_word_needs_a_whole_word_of_letters() -> None:
    plain = sentences._plain_word
    assert plain("He said. It", 7)
    assert not plain("said. It", 4)  # (at the start: left to word_before)
    assert not plain("He\nsaid. It", 7)  # after a line break: the same
    assert not plain("See Mr. Smith", 6)  # an abbreviation
    assert not plain("See Ill. now", 7)  # a state: case matters only on the slow path
    assert not plain("A J. Smith", 3)  # an initial
    assert not plain("in e.g. this", 6)  # dotted
    assert not plain("the l’année. It", 11)  # an apostrophe is part of the word
    assert not plain("page 12. It", 7)  # no letters
    assert not plain("wait . It", 5)  # a space before the dot


_QUOTED = [
    *_split("Smith said Reuters Minister The Talks It (AP) (Reuters) [sic] — – - * # > _"),
    *_split("“We will win,” “We won.” ‘Yes.’ «Non» \"No.\" 'Hm.' Wait… Why?) ok!] x.)”"),
]
_SEPARATORS = [" ", " ", "  ", "\u00a0", "\n", "\n\n", " “", " (", "” ", ".” ", ") — "]


def _quoted_texts(seed: int, count: int) -> list[str]:
    return _joined(seed, count, _QUOTED, _SEPARATORS, 40)


def test_no_sentence_starts_after_a_closer_without_terminal_punctuation() -> None:
    skipped = sentence_starts = 0
    for text in _quoted_texts(3, 2000) + _real_texts():
        doc = Document(text)
        for word, start in mentions._tokens(text):
            line = doc.line_at(start)
            stop = starts._stop(text, start, line.start)
            if not stop or stop not in starts._CLOSERS:
                continue  # where scan asks about sentence starts
            is_start = start in doc.sentence_starts
            sentence_starts += is_start
            if not starts._after_terminal(text, start):
                skipped += 1
                assert not is_start, (text, word, start)
    assert skipped > 1000 and sentence_starts > 100  # both cases seen


def test_after_terminal_looks_past_closers_spaces_and_openers() -> None:
    after = starts._after_terminal
    assert after("He won.” Smith", 9)
    assert after("Why?) — Smith", 8) is False  # a dash is no opener a sentence skips
    assert after("Why?)  “Smith", 8)
    assert not after("“We will win,” Smith", 15)
    assert not after("Smith", 0)


def _reference_context(
    doc: Document, start: int, end: int, people: tuple[Person, ...], person: Person, named: bool
) -> str | None:
    """``TranslatedSurname._context`` as it was: the clause looked up before the verb."""
    ts = translated_surname
    text = doc.text
    lower = text[start:end].islower()
    follows = REPORTING_AFTER.match(text, end) or VERB_AFTER.match(text, end)
    if any(ts._first_name_before(text, start, p) for p in people) and (
        named or (not person.strict and (follows or ts._STOP_AFTER.match(text, end)))
    ):
        return "after a first name"
    head = text[max(0, start - 40) : start]
    if (lower or named) and ts._TITLE.search(head) and (follows or ts._STOP_AFTER.match(text, end)):
        return "after a title" if named or not person.strict else None
    if lower and ts._INVERTED.search(head) and ts._SPEAKER_END.match(text, end):
        return "as the speaker of a quotation"
    slot = subject_slot(doc, start)
    if slot is None or not (lower or named):
        return None
    if slot in ("intro", "quote") and REPORTING_AFTER.match(text, end):
        return "as the subject of a reporting verb"
    if named and VERB_AFTER.match(text, end):
        return "as a subject where the document names the person"
    return None


def _surname_texts(seed: int, count: int) -> list[str]:
    people = sorted({p.name: p for ps in by_rendering().values() for p in ps}.items())
    words = [w for _, p in people[:12] for w in (*p.name.split(), *p.renderings)]
    words += _split("said told says met will is has a long way Minister President, ,” “Yes,” .")
    words += _split("Previously, In Moscow, Speaking the talks went on")
    rnd = random.Random(seed)
    out = []
    for _ in range(count):
        chosen = [rnd.choice(words) for _ in range(rnd.randint(3, 40))]
        out.append(" ".join(w.capitalize() if rnd.random() < 0.2 else w for w in chosen))
    return out


def test_surname_context_looks_for_a_verb_first() -> None:
    rule = TranslatedSurname()
    seen = reasons = 0
    texts = _surname_texts(5, 1500) + _real_texts()
    texts += [e.text for e in rule.examples.fail] + list(rule.examples.passing)
    for text in texts:
        doc = Document(text)
        for m in translated_surname._renderings(doc):
            people = by_rendering()[m.group().lower()]
            for person in people:
                for named in (False, True):
                    args = (doc, m.start(), m.end(), people, person, named)
                    got = rule._context(*args)
                    assert got == _reference_context(*args), (text, m.group(), named)
                    seen += 1
                    reasons += got is not None and got.startswith("as a")
    assert seen > 5000 and reasons > 30  # the two reasons this test reorders


def _reference_summary(doc: Document) -> stats.Summary:
    """``stats.summarize`` as plain Counters, one row at a time: ``named`` is 1 for a
    spelling with a mention that is not ``initial`` and no name-like neighbour."""
    mentions_, named = Counter[str](), Counter[str]()
    first: dict[str, int] = {}
    before: dict[str, Counter[str]] = {}
    after: dict[str, Counter[str]] = {}
    fulls = Counter[tuple[str, str]]()
    for spelling, start, _, initial, left, right in mentions.scan(doc):
        mentions_[spelling] += 1
        named[spelling] += not initial
        first.setdefault(spelling, start)
        if stats.is_name_word(left):
            assert left is not None
            before.setdefault(spelling, Counter())[left] += 1
            fulls[(left, spelling)] += 1
        if stats.is_name_word(right):
            assert right is not None
            after.setdefault(spelling, Counter())[right] += 1
    rows = tuple(
        (
            w,
            mentions_[w],
            int(named[w] > 0 and w not in before and w not in after),
            first[w],
            tuple(sorted(before.get(w, Counter()).items())),
            tuple(sorted(after.get(w, Counter()).items())),
        )
        for w in sorted(mentions_)
    )
    return rows, tuple(sorted((a, b, n) for (a, b), n in fulls.items()))


def test_name_summary_equals_the_plain_count() -> None:
    for text in _quoted_texts(8, 300) + _surname_texts(9, 300) + _real_texts():
        doc = Document(text)
        assert stats.summarize(doc) == _reference_summary(doc), text


def test_the_run_collects_cycles_less_often_than_python_by_default() -> None:
    threshold, enabled = gc.get_threshold(), gc.isenabled()
    gc.disable()
    try:
        checkrun._collector_on()
        assert gc.isenabled()
        assert gc.get_threshold() == (checkrun.GC_THRESHOLD, *threshold[1:])
        assert checkrun.GC_THRESHOLD > 700  # Python's default
    finally:
        gc.unfreeze()
        gc.set_threshold(*threshold)
        (gc.enable if enabled else gc.disable)()
