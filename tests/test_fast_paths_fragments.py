"""BS008's shortcuts must agree with its patterns: the quote test from a set of
two-character endings, the endings an attribution can have, and the comma and word
count a name fragment needs, on built and random sentences and on the fixture files."""

from __future__ import annotations

import random
import re
from collections.abc import Iterable
from pathlib import Path

from mtlint.document import Document
from mtlint.model import Hit
from mtlint.rules.broken import _sentences, fragments, verbless

FIXTURES = Path(__file__).parent / "fixtures"


def _split(text: str) -> list[str]:
    return text.split()


_REPORTS = [
    *_split(
        "said says added announced stated declared explained noted wrote tweeted reported "
        "confirmed insisted stressed commented remarked concluded warned replied responded "
        "indicated affirmed emphasised emphasized asserted acknowledged admitted observed"
    ),
    *["told reporters", "told journalists", "told the press", "told the media"],
]
_WHENS = ["", " on Monday", " Sunday night", " yesterday", " at the time", " last week"]
_WHENS += [" this morning", " in a statement", " in an interview", " afterwards", " then"]
_WHENS += [" later", " earlier", " today", " tonight", " last night", " this evening"]
_PIECES = [
    *_split(
        'He She They A White House spokeswoman John Smith Mary , . ; : ’ ” " ? ! citing '
        "the agency in a statement quoting him 45 and her son Ukraine’s Kremlin-backed"
    ),
    *_REPORTS,
    *_WHENS,
]


def _random_sentences(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    seps = [" ", " ", " ", "  ", "\u00a0", "\t", "\u2009", "\x1c", ""]
    out = []
    for _ in range(n):
        words = [rng.choice(_PIECES) for _ in range(rng.randint(1, 9))]
        text = "".join(w + rng.choice(seps) for w in words).strip()
        out.append(text + rng.choice([".", ".", "", ".”", "?", " ", ".\n"]))
    return out


def _fixture_sentences() -> list[str]:
    texts = []
    for path in sorted(FIXTURES.rglob("*.txt")) + sorted(FIXTURES.rglob("*.md")):
        doc = Document(path.read_text(encoding="utf-8", errors="replace"), str(path))
        texts += [s.text for s in _sentences.sentences(doc)]
        texts += [s.previous for s in _sentences.sentences(doc)]
    return texts


def test_attribution_endings_cover_every_report_and_time() -> None:
    for report in _REPORTS:
        for when in _WHENS:
            text = f"A White House spokeswoman {report}{when}."
            assert fragments._ATTRIBUTION.match(text), text
            assert text.endswith(fragments.ATTRIBUTION_ENDS), text


def test_shortcuts_are_necessary_conditions() -> None:
    texts = _random_sentences(7, 20000) + _fixture_sentences()
    texts += [
        "Dmitriy Peskov, citing Russian agencies.",
        "Emily Horn, it’s a statement.",
        "Mary  Jones\u00a0Smith, in a statement.",
        "He said.",
        "A White House spokeswoman announced on Wednesday.",
    ]
    matched = 0
    for text in texts:
        if text.endswith(".") and fragments._ATTRIBUTION.match(text):
            assert text.endswith(fragments.ATTRIBUTION_ENDS), text
            matched += 1
        if fragments._NAME_TAIL.match(text):
            assert fragments.name_tail_possible(text), text
            matched += 1
        plain = bool(_sentences.CLOSING_QUOTE_END.search(text.rstrip()))
        assert _sentences.closing_quote_end(text) == plain, text
        assert (text.rstrip()[-2:] in _sentences.QUOTE_ENDS) == plain, text
    assert matched > 20  # the patterns are exercised, not only the refusals


_DOC_PIECES = _split(
    "He She They A White House spokeswoman John Smith Mary Jones Emily Horn said announced "
    "confirmed on Wednesday citing quoting Russian agencies in a statement Has Have Was Were "
    "Is Are been taken made expected by In light of Because Due to Despite Amid Following "
    "According the rain increase budget Ukraine Monday 45 and her son it’s a farmer agreed"
)
_DOC_PIECES += [
    "In light of the increase in the Russian military presence on the border",
    "Because of the snow on the roads of the northern region",
    "Was taken to hospital by ambulance",
    "Dmitriy Peskov, citing Russian agencies",
]
_DOC_GLUE = [" ", " ", " ", " ", ", ", ". ", ".” ", "?” ", "”. ", " “", "\n", "\n\n", "\n\n"]
_DOC_GLUE += ["\n- ", ". ‘", "\u00a0", ".  ", ". \n", "! ", ", ", ". "]


def _random_docs(seed: int, n: int) -> list[Document]:
    rng = random.Random(seed)
    docs = []
    for i in range(n):
        words = rng.randint(1, 60)
        text = "".join(rng.choice(_DOC_PIECES) + rng.choice(_DOC_GLUE) for _ in range(words))
        docs.append(Document(text, f"t{i}.txt"))
    for path in sorted(FIXTURES.rglob("*.txt")) + sorted(FIXTURES.rglob("*.md")):
        docs.append(Document(path.read_text(encoding="utf-8", errors="replace"), str(path)))
    return docs


def _plain_attribution(doc: Document) -> list[Hit]:
    """BS008's check as it was: every sentence, its text made, the patterns tried."""
    out = []
    for s in _sentences.sentences(doc):
        if not s.text.endswith("."):
            continue
        after_quote = _sentences.closing_quote_end(s.previous)
        if after_quote and fragments._ATTRIBUTION.match(s.text):
            out.append(Hit(s.span, f"attribution split from its quote: “{s.text}”"))
            continue
        if "," not in s.text:
            continue
        m = fragments._NAME_TAIL.match(s.text)
        if m is None or not fragments._names(m.group(1)) or len(m.group(2).split()) > 8:
            continue
        after_report = bool(fragments._REPORTED_END.search(s.previous.rstrip()))
        if fragments._CITING.match(m.group(2)) or (
            (after_quote or after_report) and len(m.group(2).split()) <= 5
        ):
            out.append(Hit(s.span, f"attribution fragment: “{s.text}”"))
    return out


def _plain_subjectless(doc: Document) -> list[Hit]:
    out = []
    for s in _sentences.sentences(doc):
        if s.text[:1] not in "HIAW" or not s.previous:
            continue
        if not s.text.endswith(".") or not fragments._SUBJECTLESS.match(s.text):
            continue
        if "”" in s.text or '"' in s.text:
            continue
        out.append(Hit(s.span, f"sentence without a subject: “{s.text}”"))
    return out


def _plain_verbless(doc: Document) -> list[Hit]:
    out = []
    for s in _sentences.sentences(doc):
        text = s.text
        if not s.previous.endswith("."):
            continue
        if verbless._place_fragment(doc.text, s):
            out.append(Hit(s.span, f"sentence without a verb: “{text}”"))
            continue
        if not text.endswith("."):
            continue
        if not verbless._OPENER.match(text):
            continue
        if any(ch in text for ch in ',;:“”"()') or len(verbless._WORD.findall(text)) < 6:
            continue
        if verbless._verbless(text):
            out.append(Hit(s.span, f"sentence without a verb: “{text}”"))
    return out


def _key(hits: Iterable[Hit]) -> list[tuple[int, int, str]]:
    return [(h.span.start, h.span.end, h.message) for h in hits]


def test_rules_on_table_candidates_report_what_every_sentence_gives() -> None:
    """BS008, BS009 and BS010 look only at the sentences their offset tests let through;
    they report what the plain loops over every sentence report."""
    rules = [
        (fragments.SplitAttribution(), _plain_attribution),
        (fragments.SubjectlessFragment(), _plain_subjectless),
        (verbless.PrepositionalFragment(), _plain_verbless),
    ]
    seen = [0, 0, 0]
    for doc in _random_docs(5, 6000):
        for n, (rule, plain) in enumerate(rules):
            expected = _key(plain(doc))
            assert _key(rule.check(doc)) == expected, (rule.meta.code, doc.text)
            seen[n] += bool(expected)
    assert min(seen) > 5, seen  # every rule does report on the random text


def test_first_words_cover_every_phrase() -> None:
    """BS009 and BS010 make sentences only of those that start with one of their first
    words: every phrase of their patterns starts with one."""
    opener = verbless._OPENER.pattern
    phrases = opener[opener.index("(?:") + 3 : opener.rindex(")")].split("|")
    assert all(p.split("\\s")[0].startswith(verbless.OPENER_STARTS) for p in phrases), phrases
    groups = re.findall(r"\^\(\?:([A-Za-z|]+)\)", fragments._SUBJECTLESS.pattern)
    assert {w for g in groups for w in g.split("|")} == set(fragments.SUBJECTLESS_STARTS)
