"""What a run keeps does not grow with the run: work on lines is kept per document, and
what the corpus pass builds for its index is let go once the index is published."""

from __future__ import annotations

import re

import pytest
import regex

from mtlint import lexicon, rx
from mtlint.document import Document
from mtlint.rules import linekinds
from mtlint.rules._prose import AFTER_LOWERCASE, NOT_IN_A_WORD, occurs
from mtlint.rules.duplicate.repeated_line import RepeatedLine
from mtlint.rules.name import buckets, variants
from mtlint.rules.name.lexicon import COMMON, word_count
from mtlint.rules.name.stats import combine, summarize
from mtlint.rules.name.surnames import Person
from mtlint.rules.name.translated_surname import names_person
from mtlint.rules.name.translit import given_key, surname_key

REPEATED = (
    "The minister said the talks would resume on Monday in the capital city.\n"
    "Other text follows here.\n"
    "The minister said the talks would resume on Monday in the capital city.\n"
)


def test_repeated_lines_are_measured_per_document() -> None:
    """The line bounds come from the document's memo (gone with the document), not from a
    cache keyed by line text, which a long run fills with lines it never sees again."""
    doc = Document(REPEATED)
    hits = list(RepeatedLine().check(doc))
    assert [doc.line_at(h.span.start).number for h in hits] == [3]
    assert "content-bounds" in doc.memo


def _caches() -> list[int]:
    return [f.cache_info().currsize for f in (buckets._keys, surname_key, given_key)]


def test_a_runs_index_leaves_no_spelling_keys_cached() -> None:
    docs = [
        Document("Volodymyr Zelensky spoke in Kyiv. Zelensky thanked the allies."),
        Document("Volodymyr Zelensky met the prime minister. Zelensky left."),
        Document("Later, Zelenski told reporters the talks had gone well."),
    ]
    run = variants.find_variants(combine([summarize(d) for d in docs]))
    assert [(v.minority, v.dominant) for v in run.variants] == [("Zelenski", "Zelensky")]
    assert _caches() == [0, 0, 0]  # the lint pass reads the index, never these keys
    variants.find_variants(combine([summarize(docs[0])]))
    assert all(_caches())  # a lone text keeps them: the next one repeats its names


def _named_by_pattern(text: str, form: str) -> bool:
    """What ``names_person`` searched with before: a pattern per form."""
    return (
        regex.search(rf"(?<![\p{{L}}\p{{M}}]){regex.escape(form)}(?![\p{{L}}\p{{M}}])", text)
        is not None
    )


def test_naming_a_person_compiles_no_pattern_per_person(monkeypatch: pytest.MonkeyPatch) -> None:
    """``regex`` caches every pattern it compiles: one per person named would grow with
    the people a run names. The plain search finds what the pattern found."""
    person = Person("Antony Blinken", "Blinken", "de", ("flash",))
    texts = [
        "Antony Blinken spoke.",
        "Blinkens spoke.",
        "Mr Blinken.",
        "xBlinken",
        "Blinken",
        "Antony Blinkenx and Antony Blinken",
        "Anthony Blinken",
        "Blinken\u0301 said",
        "é Blinken",
        "Blinken-led talks",
        "(Blinken)",
        "",
        "Antony  Blinken",
    ]
    forms = [person.name, "Blinken", "Antony Blinken"]
    expected = [[_named_by_pattern(t, f) for f in forms] for t in texts]
    rare = word_count("Blinken") < COMMON  # the surname alone names him
    expected_named = [row[0] or (rare and row[1]) for row in expected]

    def no_search(*args: object, **kwargs: object) -> None:
        raise AssertionError("a pattern compiled per person")

    monkeypatch.setattr(regex, "search", no_search)
    assert [names_person(t, person) for t in texts] == expected_named
    assert [[occurs(f, t, NOT_IN_A_WORD) for f in forms] for t in texts] == expected


def _after_lowercase_by_pattern(text: str, word: str) -> bool:
    """What ``derived_opener`` searched with before: a pattern per word."""
    return regex.search(rf"\p{{Ll}}[ \t]+{word}(?![\p{{L}}\p{{M}}])", text) is not None


def test_a_capitalised_word_after_lowercase_is_found_without_a_pattern_per_word() -> None:
    texts = [
        "the Opposition said",
        "The Opposition said",
        "in  \tOpposition",
        "in Oppositions",
        "in Opposition\u0301",
        "Opposition",
        " Opposition",
        "é Opposition.",
        "X Opposition, then the Opposition",
        "in\nOpposition",
        "",
    ]
    for text in texts:
        assert occurs("Opposition", text, AFTER_LOWERCASE) == _after_lowercase_by_pattern(
            text, "Opposition"
        ), text


def test_a_pattern_built_for_one_document_is_not_kept() -> None:
    """The standard library keeps the last 512 patterns compiled; a long run would fill
    that cache with the doubled-word finders of documents long done."""
    pattern = r"(zqxv|wzq)(?=\s+\1(?![\w'’]))"
    compiled = rx.compile_once(pattern)
    assert [m.start() for m in compiled.finditer("a zqxv zqxv b wzq wzq")] == [2, 14]
    assert (str, pattern, 0) not in getattr(re, "_cache", {})


def test_caches_of_lines_and_words_hold_a_few_documents_worth() -> None:
    """Bounds that a run of a thousand files fills: a larger run then holds no more."""
    assert linekinds.is_title_like.cache_info().maxsize == linekinds.TITLE_CACHE <= 1024
    for per_line in (linekinds.normalize, linekinds.looks_like_code, linekinds.is_structure):
        assert per_line.cache_info().maxsize == linekinds.LINE_CACHE <= 1024, per_line
    assert lexicon._MEMO <= 1024
