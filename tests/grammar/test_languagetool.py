"""Against a real LanguageTool server: spans, mapping, cache, dedupe, news-prose defaults."""

from __future__ import annotations

from pathlib import Path

import pytest

from mtlint.document import Document
from mtlint.engine import make_finding
from mtlint.grammar.checker import GrammarChecker
from mtlint.model import Applicability, Category, Severity

pytestmark = pytest.mark.languagetool
DATA = Path(__file__).parent / "data"


def spans(checker: GrammarChecker, doc: Document) -> list[tuple[str, str, str]]:
    hits = checker.check([doc])[doc.path]
    return [
        (checker.meta_for(h).code, doc.text[h.span.start : h.span.end], h.message) for h in hits
    ]


@pytest.mark.parametrize("prefix", ["", "😀 ", "👨\u200d👩\u200d👧 🇺🇦 ", "𝒜𝓑𝒞 said: "])
def test_match_spans_are_code_points_after_astral_characters(
    checker: GrammarChecker, prefix: str
) -> None:
    doc = Document(f"Intro line.\n\n{prefix}He go to school every day.\n", "emoji.txt")
    [hit] = checker.check([doc])["emoji.txt"]
    assert doc.text[hit.span.start : hit.span.end] == "go"
    line, col = doc.position(hit.span.start)
    assert (line, col) == (3, len(prefix) + 4)
    assert checker.meta_for(hit).code == "GR001"
    assert hit.message.endswith("'go' [LT: HE_VERB_AGR]")
    assert hit.fix is not None and hit.fix.applicability is Applicability.UNSAFE
    assert hit.fix.edits[0].replacement == "goes"


def test_many_paragraphs_and_documents_in_one_run(checker: GrammarChecker) -> None:
    docs = [
        Document(
            "\n\n".join(f"Paragraph {i} of {n}: he go home. 😀 Fine." for i in range(30)),
            f"doc{n}.txt",
        )
        for n in range(4)
    ]
    before = checker.requests
    result = checker.check(docs)
    assert checker.requests - before <= 2 * checker.settings.threads  # batched, not 120 requests
    for doc in docs:
        assert [doc.text[h.span.start : h.span.end] for h in result[doc.path]] == ["go"] * 30


def test_mapping_to_mtlint_categories(checker: GrammarChecker) -> None:
    text = (
        "The minister said said it was over. She spoke to the pressfrom Kyiv.\n\n"
        "They left , and then they returned.\n\n"
        "The talks ended on Friday.The delegates went home.\n"
    )
    got = {(code, span) for code, span, _ in spans(checker, Document(text, "map.txt"))}
    assert ("DU901", "said said") in got
    assert ("BS901", "pressfrom") in got
    assert ("PU901", " ,") in got
    assert ("BS901", "The") in got  # "Friday.The": no space between sentences


def test_defaults_are_quiet_on_clean_news_prose(checker: GrammarChecker) -> None:
    doc = Document((DATA / "clean_news.txt").read_text(encoding="utf-8"), "clean_news.txt")
    assert len(doc.lines) > 60
    assert spans(checker, doc) == []


def test_rules_can_be_switched_on_and_off(checker: GrammarChecker) -> None:
    text = (
        "Russia has put its concerns on the table and we are ready to discuss them.\n\n"
        "He go home.\n"
    )
    doc = Document(text, "rules.txt")

    def rules(settings: dict[str, object]) -> set[str]:
        with GrammarChecker.start({"cache": False, **settings}, url=checker.url) as c:
            return {m.rsplit("[LT: ", 1)[1].rstrip("]") for _, _, m in spans(c, doc)}

    assert rules({}) == {"HE_VERB_AGR"}  # COMMA_COMPOUND_SENTENCE is off by default
    assert rules({"enabled-rules": ["COMMA_COMPOUND_SENTENCE"]}) == {
        "HE_VERB_AGR",
        "COMMA_COMPOUND_SENTENCE",
    }
    assert rules({"disabled-rules": ["HE_VERB_AGR"]}) == set()
    assert rules({"disabled-categories": ["GRAMMAR"]}) == set()


def test_disk_cache_makes_a_second_run_free(checker: GrammarChecker, tmp_path: Path) -> None:
    settings: dict[str, object] = {"cache-dir": str(tmp_path / "cache")}
    url = checker.url
    docs = [
        Document("He go home.\n\nShe walk to work. 😀 It rains.\n", "a.txt"),
        Document("They was late.\n", "b.txt"),
    ]
    with GrammarChecker.start(settings, url) as first:
        probe = first.requests
        hits1 = first.check(docs)
        assert first.requests > probe
    with GrammarChecker.start(settings, url) as second:
        probe = second.requests
        assert second.check(docs) == hits1
        assert second.requests == probe  # nothing sent
        edited = Document("He go home.\n\nShe walk to the shop.\n", "a.txt")
        second.check([edited])
        assert second.requests == probe + 1  # only the changed paragraph
    with GrammarChecker.start({**settings, "disabled-rules": ["HE_VERB_AGR"]}, url) as third:
        probe = third.requests
        third.check(docs)
        assert third.requests > probe  # other LanguageTool settings, other cache entries


def test_a_match_that_repeats_an_mtlint_finding_is_dropped(checker: GrammarChecker) -> None:
    doc = Document("They left , and then they returned.\n", "dup.txt")
    [hit] = checker.check([doc])["dup.txt"]
    assert checker.meta_for(hit).category is Category.PUNCTUATION
    core = make_finding(
        doc, "PU005", "space-before-punctuation", Category.PUNCTUATION, Severity.WARNING, hit
    )
    assert checker.check([doc], existing={"dup.txt": [core]}) == {"dup.txt": []}
    assert checker.without_repeats([hit], [core]) == []
    other = Document("He go home , then.\n", "other.txt")
    out = checker.check([other], existing={"dup.txt": [core]})  # another file: kept
    assert len(out["other.txt"]) == 2


def test_markdown_syntax_is_markup_and_code_is_not_sent(checker: GrammarChecker) -> None:
    text = (
        "# Talks resume in Geneva\n\n"
        "The **delegates** met on [Monday](https://example.org/a_b) with `x_y` notes.\n"
        "- first item without a full stop\n"
        "- He **go** home.\n\n"
        "```\nhe go home and and this is code\n\nstill code here he go\n```\n\n"
        "    indented code he go\n\n"
        "| Name | Role |\n|------|------|\n| Ann | she go |\n"
    )
    doc = Document(text, "notes.md")
    got = spans(checker, doc)
    assert [(code, span) for code, span, _ in got] == [("GR001", "go"), ("GR001", "go")]
    hits = checker.check([doc])["notes.md"]
    assert [doc.position(h.span.start)[0] for h in hits] == [5, 17]
