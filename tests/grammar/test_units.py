"""Grammar plumbing that needs no LanguageTool: offsets, settings, mapping, dedupe, state."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from mtlint.document import Document
from mtlint.engine import make_finding
from mtlint.errors import ConfigError
from mtlint.grammar.client import api_base, is_loopback
from mtlint.grammar.errors import GrammarUnavailable
from mtlint.grammar.mapping import (
    BROKEN,
    DUPLICATE,
    GRAMMAR,
    PUNCTUATION,
    SPACING,
    repeats,
    to_hits,
)
from mtlint.grammar.markup import annotate, is_code_paragraph
from mtlint.grammar.offsets import Utf16Index
from mtlint.grammar.server import read_state, state_file
from mtlint.grammar.settings import DEFAULT_DISABLED_RULES, parse_settings
from mtlint.model import Applicability, Category, Severity


def units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


PREFIXES = ["", "é ", "😀 ", "😀😀 ", "👨\u200d👩\u200d👧 ", "𝒜𝓑 ", "\U00020000 "]


@pytest.mark.parametrize("prefix", PREFIXES)
def test_utf16_offsets_convert_to_code_points(prefix: str) -> None:
    text = prefix + "He go home."
    ix = Utf16Index(text)
    start16 = units(prefix + "He ")
    assert text[ix.to_code_points(start16) : ix.to_code_points(start16 + 2)] == "go"
    assert ix.to_code_points(ix.length_units) == len(text)


def test_utf16_length_of_a_match_that_contains_an_astral_character() -> None:
    text = "ab 😀x cd"
    ix = Utf16Index(text)
    start, end = ix.to_code_points(3), ix.to_code_points(3 + 3)  # '😀x' is 3 units
    assert text[start:end] == "😀x"


def match(
    rule: str,
    offset: int,
    length: int,
    issue: str = "grammar",
    category: str = "GRAMMAR",
    replacements: tuple[str, ...] = (),
    message: str = "Something is wrong.",
) -> dict[str, Any]:
    return {
        "offset": offset,
        "length": length,
        "message": message,
        "replacements": [{"value": r} for r in replacements],
        "rule": {"id": rule, "issueType": issue, "category": {"id": category}},
    }


def test_mapping_picks_the_specific_category() -> None:
    text = "the the pressfrom ,  x.Blinken in"
    cases = [
        (match("ENGLISH_WORD_REPEAT_RULE", 0, 7, "duplication", "MISC"), DUPLICATE),
        (match("MORFOLOGIK_RULE_EN_US", 8, 9, "misspelling", "TYPOS", ("press from",)), BROKEN),
        (match("COMMA_PARENTHESIS_WHITESPACE", 17, 2, "whitespace", "TYPOGRAPHY"), PUNCTUATION),
        (match("WHITESPACE_RULE", 19, 2, "whitespace", "TYPOGRAPHY"), SPACING),
        (match("SENTENCE_WHITESPACE", 23, 7, "whitespace", "TYPOGRAPHY"), BROKEN),
        (match("SOME_GRAMMAR_RULE", 31, 2), GRAMMAR),
        (match("SOME_QUOTE_RULE", 31, 2, "typographical", "TYPOGRAPHY"), PUNCTUATION),
    ]
    got = to_hits(text, [m for m, _ in cases], "lowercase")
    assert [meta for meta, _ in got] == [meta for _, meta in cases]
    assert all(meta.code.startswith(meta.category.prefix) for meta, _ in got)


def test_hit_message_span_and_unsafe_fix() -> None:
    text = "😀 He go home."
    m = match(
        "HE_VERB_AGR",
        6,
        2,
        replacements=("goes", "went"),
        message="The pronoun ‘He’ is usually used with a third-person verb.",
    )
    [(meta, hit)] = to_hits(text, [m], "lowercase", base=100)
    assert meta is GRAMMAR
    assert (hit.span.start, hit.span.end) == (105, 107)
    assert hit.message == (
        "the pronoun ‘He’ is usually used with a third-person verb: 'go' [LT: HE_VERB_AGR]"
    )
    assert hit.fix is not None and hit.fix.applicability is Applicability.UNSAFE
    assert hit.fix.title == "replace with 'goes' (or 'went')"
    assert hit.fix.edits[0].replacement == "goes"


def test_message_keeps_acronyms_and_lowercases_a() -> None:
    m1 = match("R", 0, 2, message="A determiner may be missing.")
    m2 = match("R", 0, 2, message="NATO is spelled in capitals.")
    [(_, h1), (_, h2)] = to_hits("ab", [m1, m2], "lowercase")
    assert h1.message.startswith("a determiner may be missing: 'ab'")
    assert h2.message.startswith("NATO is spelled")


@pytest.mark.parametrize(
    ("mode", "kept"),
    [
        ("lowercase", ["tehre"]),
        ("all", ["Zelenski", "tehre"]),
        ("off", []),
    ],
)
def test_spelling_modes(mode: str, kept: list[str]) -> None:
    text = "Zelenski said tehre. Its fine."
    ms = [
        match("MORFOLOGIK_RULE_EN_US", 0, 8, "misspelling", "TYPOS"),
        match("MORFOLOGIK_RULE_EN_US", 14, 5, "misspelling", "TYPOS"),
        match("IT_IS", 21, 3, "misspelling", "TYPOS"),
    ]  # not the spell checker: always kept
    got = [text[h.span.start : h.span.end] for _, h in to_hits(text, ms, mode)]
    assert got == [*kept, "Its"]


def test_repeats_same_span_or_same_category_overlap() -> None:
    doc = Document("A  b , c.\n")
    sp = make_finding(
        doc,
        "SP001",
        "double-space",
        Category.SPACING,
        Severity.WARNING,
        to_hits(doc.text, [match("X", 1, 2)], "all")[0][1],
    )
    [(meta, hit)] = to_hits(doc.text, [match("WHITESPACE_RULE", 1, 3, "whitespace")], "all")
    assert meta is SPACING and repeats(meta, hit, [sp])  # overlaps, same category
    [(meta, hit)] = to_hits(doc.text, [match("G", 1, 2)], "all")
    assert repeats(meta, hit, [sp])  # same span, any category
    [(meta, hit)] = to_hits(doc.text, [match("G", 2, 3)], "all")
    assert not repeats(meta, hit, [sp])  # overlaps, other category


def test_settings_defaults_and_overrides() -> None:
    s = parse_settings({})
    assert s.url is None and s.language == "en-US" and s.spelling == "lowercase"
    assert "STYLE" in s.params()["disabledCategories"]
    s2 = parse_settings(
        {"enabled-rules": ["EN_QUOTES"], "disabled-rules": "FOO, BAR", "threads": 2, "picky": True},
        url="http://127.0.0.1:9/",
    )
    p = s2.params()
    assert "EN_QUOTES" not in p["disabledRules"] and "EN_QUOTES" in DEFAULT_DISABLED_RULES
    assert {"FOO", "BAR"} <= set(p["disabledRules"].split(","))
    assert p["enabledRules"] == "EN_QUOTES" and p["level"] == "picky"
    assert s2.url == "http://127.0.0.1:9/" and s2.threads == 2
    assert s.request_key() != s2.request_key()
    assert (
        "MORFOLOGIK_RULE_EN_GB"
        in parse_settings({"spelling": "off", "language": "en-GB"}).params()["disabledRules"]
    )


@pytest.mark.parametrize(
    ("raw", "error"),
    [
        ({"colour": 1}, "languagetool.colour: unknown key"),
        ({"spelling": "some"}, "languagetool.spelling: expected one of"),
        ({"threads": 0}, "languagetool.threads: expected a positive number"),
        ({"disabled-rules": [1]}, "languagetool.disabled-rules: expected a list"),
        ({"cache": "yes"}, "languagetool.cache: expected true or false"),
    ],
)
def test_settings_errors_name_the_key(raw: dict[str, object], error: str) -> None:
    with pytest.raises(ConfigError, match=error.replace(".", r"\.")):
        parse_settings(raw)


def test_urls() -> None:
    assert api_base("http://127.0.0.1:8081") == "http://127.0.0.1:8081/v2/"
    assert api_base("https://lt.example.org/v2") == "https://lt.example.org/v2/"
    assert is_loopback("http://127.0.0.1:1/v2/") and is_loopback("http://localhost:1/")
    assert not is_loopback("http://10.0.0.1:8081/v2/")
    with pytest.raises(GrammarUnavailable, match="invalid LanguageTool URL"):
        api_base("ftp://example.org")


def test_state_file_never_points_off_the_machine(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    state_file().parent.mkdir(parents=True)
    state_file().write_text(json.dumps({"url": "http://192.0.2.1:8081/v2/", "pid": os.getpid()}))
    assert read_state() is None and not state_file().exists()


@pytest.mark.parametrize(
    "text",
    [
        "## Heading",
        "He **go** to [school](http://x.org/a_b) with `code` _now_.\n- one\n- two",
        "snake_case_name and 2*3*4",
        "| a | b |\n|---|---|",
        "<b>bold</b> text",
    ],
)
def test_markdown_annotation_covers_the_text_exactly(text: str) -> None:
    parts = annotate(text)
    assert "".join(p.get("text", p.get("markup", "")) for p in parts) == text
    prose = "".join(p.get("text", p.get("interpretAs", "")) for p in parts)
    assert "**" not in prose and "](" not in prose and "<b>" not in prose


def test_code_paragraphs_are_skipped_across_a_fence() -> None:
    state = False
    seen = []
    for para in ["Prose.", "```python\nx = 1", "y = 2\n```", "    indented", "More prose."]:
        skip, state = is_code_paragraph(para, state)
        seen.append(skip)
    assert seen == [False, True, True, True, False]
