"""The broken-sentence rules' shortcuts must give what the plain computation gives, on
random and on real text: the whole-text prefilters of BS004, BS005 and BS006, BS001's
glued words tried only at the letter runs before a lowercase-capital pair, the
first-letter tests of BS009 and BS010, BS003's memory of words that do not split, the
fragment rules' sentences made paragraph by paragraph, and the factored word lists."""

from __future__ import annotations

import bisect
import random
import re
from pathlib import Path

import pytest

from mtlint.document import Document, Line
from mtlint.kinds.prefilter import SMALL_TEXT
from mtlint.model import Hit, Span
from mtlint.rules import linekinds
from mtlint.rules._prose import code_lines, is_table_line
from mtlint.rules.broken import _common, _sentences, fragments, glued, glued_words, verbless
from mtlint.rules.broken._common import is_title_case, prose_lines, trie
from mtlint.rules.broken._sentences import (
    _OPENING,
    Sentence,
    _list_item,
)
from mtlint.rules.broken.capitals import CapitalAfterComma, CapitalMidSentence
from mtlint.rules.broken.glued_words import GluedWords
from mtlint.rules.broken.stops import LowercaseAfterStop

FIXTURES = Path(__file__).parent / "fixtures"


def _split(text: str) -> list[str]:
    return text.split()


_PIECES = _split(
    "The A An It If That Their They We But And Or So When In On At For With From By As "
    "Despite Amid Given Following According Due Because Has Had Have Is Are Was Were "
    "Police Critics Opposition Speaking Emergency Mr He Ölkers Élodie Ünal I Two One "
    "the a an it if that their they we but and or so when in on at for with from by as "
    "said confirmed noted told reporters minister crews parties forces day weeks before "
    "éclair über ñandú été ofthe inthe pressfrom withthe thereport tothe been taken seen "
    "e.g. p.m. U.S. Dr. No. approx. vitamin Plan grade Part II 3.5 12 2021 x’s It’s "
    "light view wake response spite addition regard sake event result of to"
)
_GLUE = [" ", " ", " ", " ", ", ", ". ", "? ", "! ", ".\t", "  ", "\t", ".", "’ ", "” ",
         "“", "’", "'s ", "’re ", "\n", "\n\n", "\n- ", "\n# ", ": ", "; ", " (", ") ",
         ". ‘", " \u00a0", "\u2003", "-", "…", "... "]  # fmt: skip


def _random_texts(seed: int, count: int, most: int = 40) -> list[str]:
    rnd = random.Random(seed)
    out = []
    for _ in range(count):
        n = rnd.randint(1, most)
        out.append("".join(rnd.choice(_PIECES) + rnd.choice(_GLUE) for _ in range(n)))
    return out


def _real_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.rglob("*.*"))]


def _docs(seed: int, count: int) -> list[Document]:
    texts = _random_texts(seed, count) + _real_texts()
    return [Document(text, f"t{i}.txt") for i, text in enumerate(texts)]


def _key(hits: list[Hit]) -> list[tuple[int, int, str]]:
    return [(h.span.start, h.span.end, h.message) for h in hits]


@pytest.mark.parametrize("rule", [CapitalAfterComma(), CapitalMidSentence(), LowercaseAfterStop()])
def test_line_prefilters_skip_only_lines_with_no_report(rule: object) -> None:
    """``check`` (prefiltered) reports what ``line_hits`` reports on every prose line."""
    seen = 0
    # short texts and, joined, long ones: the prefilters run on texts of SMALL_TEXT and more
    short = _random_texts(11, 4000)
    joined = ["\n".join(short[i : i + 60]) for i in range(0, len(short), 60)]
    assert min(map(len, joined)) >= SMALL_TEXT > max(map(len, short[:100]))
    docs = [Document(t, f"t{i}.txt") for i, t in enumerate(short + joined + _real_texts())]
    for doc in docs:
        plain: list[Hit] = []
        for line in prose_lines(doc):
            if isinstance(rule, CapitalMidSentence):
                plain.extend(rule.line_hits(line))
            else:
                plain.extend(rule.line_hits(doc, line))  # type: ignore[attr-defined]
        assert _key(list(rule.check(doc))) == _key(plain), doc.text  # type: ignore[attr-defined]
        seen += bool(plain)
    assert seen > 20  # the random text does give reports


def test_trie_matches_exactly_its_words() -> None:
    rnd = random.Random(3)
    for _ in range(300):
        words = {"".join(rnd.choice("abT") for _ in range(rnd.randint(0, 4))) for _ in range(6)}
        pattern = re.compile(f"(?:{trie(words)})")
        for probe in {
            "".join(rnd.choice("abT") for _ in range(rnd.randint(0, 5))) for _ in range(40)
        }:
            assert (pattern.fullmatch(probe) is not None) == (probe in words), (words, probe)


def test_first_letter_tests_cover_every_opener() -> None:
    """BS009 and BS010 skip sentences whose first letter starts none of their phrases."""
    opener = verbless._OPENER.pattern
    phrases = opener[opener.index("(?:") + 3 : opener.rindex(")")].split("|")
    assert {p[0] for p in phrases} == set(verbless._OPENER_INITIALS)
    words = re.findall(r"\^\(\?:([A-Za-z|]+)\)", fragments._SUBJECTLESS.pattern)
    assert {w[0] for group in words for w in group.split("|")} == set(
        fragments._SUBJECTLESS_INITIALS
    )


def _reference_sentences(doc: Document) -> list[Sentence]:
    """``_sentences._sentences`` as it was: one sentence at a time, each line looked up."""
    prose = {line.number for line in prose_lines(doc) if not _list_item(line.text)}
    ends = [para.end for para in doc.paragraphs]
    full, starts = doc.text, doc.line_starts
    out: list[Sentence] = []
    index = 0
    previous = ""
    for span in doc.sentences:
        start = span.start
        while index < len(ends) and ends[index] < start:
            index += 1
            previous = ""
        text = full[start : span.end]
        if bisect.bisect_right(starts, start) in prose and "\n" not in text:
            while start < span.end and full[start] in _OPENING:
                start += 1
            out.append(Sentence(Span(start, span.end), full[start : span.end], previous))
        previous = text
    return out


def test_sentences_by_paragraph_are_the_plain_ones() -> None:
    multi = 0
    for doc in _docs(13, 3000):
        assert _sentences.sentences(doc) == _reference_sentences(doc), doc.text
        multi += any("\n" in doc.text[p.start : p.end] for p in doc.paragraphs)
    assert multi > 100  # paragraphs of several lines are tried too


def test_words_that_did_not_split_are_remembered_soundly() -> None:
    """BS003 skips the words of earlier documents that had nothing to report; a word
    that splits is never among them, so it is reported in every document."""
    rule = GluedWords()
    docs = _docs(17, 1500)
    glued_words._PLAIN.clear()
    cold = []
    for doc in docs:
        glued_words._PLAIN.clear()
        cold.append(_key(list(rule.check(doc))))
    glued_words._PLAIN.clear()
    warm = [_key(list(rule.check(Document(doc.text, doc.path)))) for doc in docs]
    assert warm == cold
    assert sum(map(bool, cold)) > 20
    assert glued_words._PLAIN  # and the memory was used
    again = Document("Most ofthe troops left.", "x.txt")
    assert _key(list(rule.check(again)))


def _reference_prose_lines(doc: Document) -> list[Line]:
    """``_common.prose_lines`` as it was: every line through every test."""
    code = code_lines(doc)
    out = []
    for line in doc.lines:
        text = line.text
        if line.number in code or not text.strip():
            continue
        plain = text[:1].isalpha()
        if not plain and _common._STRUCTURE.match(text):
            continue
        if text.count("|") >= 2 or is_table_line(doc, text) or is_title_case(text):
            continue
        if not plain and _common._COMMAND.match(text):
            continue
        out.append(line)
    return out


_LINE_PIECES = ["| a | b |", "a | b", "x\ty", "a   b", "Name   Age   City.", "x\ty\tz.",
                "a|b|c.", "“Quoted.”", "Title Case Line", "# Head",
                "- item.", "    code()", "```", "$ ls.", ":set x.", "== == ==", "Done!", "Why?”",
                "end…", "ends ”", "1. one.", "It is.  ", "\u00a0", "", " "]  # fmt: skip


@pytest.mark.parametrize("suffix", ["txt", "md", "rst"])
def test_prose_lines_fast_path_is_the_plain_test(suffix: str) -> None:
    rnd = random.Random(19)
    texts = _random_texts(19, 1500, 12) + _real_texts()
    for i, text in enumerate(texts):
        lines = text.split("\n")
        for _ in range(rnd.randint(0, 6)):
            lines.insert(rnd.randint(0, len(lines)), rnd.choice(_LINE_PIECES))
        doc = Document("\n".join(lines), f"t{i}.{suffix}")
        assert list(prose_lines(doc)) == _reference_prose_lines(doc), doc.text


def test_all_bounds_are_measured_bounds() -> None:
    for doc in _docs(23, 1500):
        assert linekinds.all_bounds(doc) == [linekinds._measure(x.text) for x in doc.lines]
    doc = Document("ab*\n\n a|\nb_ \nc.\n  \n9", "x.txt")
    assert linekinds.all_bounds(doc) == [(0, 2), (0, 0), (1, 2), (0, 1), (0, 2), (2, 2), (0, 1)]


def test_prose_among_is_prose_lines_filtered() -> None:
    rnd = random.Random(29)
    for doc in _docs(29, 800):
        numbers = {rnd.randint(0, len(doc.lines) + 1) for _ in range(rnd.randint(0, 9))}
        expected = [line for line in prose_lines(doc) if line.number in numbers]
        assert _common.prose_among(doc, numbers) == expected
        assert _common.prose_among(doc, frozenset(range(len(doc.lines) + 2))) == list(
            prose_lines(doc)
        )


def test_glued_matches_are_the_plain_finditer() -> None:
    """BS001 tries its pattern only at the start of each letter run before a capital that
    follows a lowercase letter; ``finditer`` tries every position."""
    rnd = random.Random(31)
    chars = "abcdxyz ABCDTI AÉéßΣσǅ\u0301'’.-_09 \t“"
    texts = ["".join(rnd.choice(chars) for _ in range(rnd.randint(1, 40))) for _ in range(4000)]
    words = [*_PIECES, "month", "delays", "Margaret", "Okonkwo", "PowerShell", "A", "’s", ""]
    glue = ["", "", "", " ", "  ", ".", "'", "’", "-", "\u0301", "1", "\t", "“"]
    texts += ["".join(rnd.choice(words) + rnd.choice(glue) for _ in range(rnd.randint(1, 30)))
              for _ in range(4000)]  # fmt: skip
    texts += [line for text in _real_texts() for line in text.splitlines()]
    found = 0
    for text in texts:
        plain = [(m.span(), m.groups()) for m in glued._GLUED.finditer(text)]
        assert [(m.span(), m.groups()) for m in glued.glued_matches(text)] == plain, text
        found += len(plain)
    assert found > 500  # the pattern matches often enough for the test to mean something
