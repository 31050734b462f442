"""LanguageTool matches to mtlint hits: which rule (and so category), span, message, fix.

Mapping (first that applies): a few rule ids by name; then LanguageTool's issue type or
category; everything else is grammar (GR001). Spelling-dictionary matches on words with a
capital letter, or that only flag British vs American spelling, are dropped by default
(``spelling: lowercase``): news is full of names no dictionary knows, and mixes variants.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from mtlint import rx
from mtlint.grammar.offsets import Utf16Index
from mtlint.model import Applicability, Category, Finding, Fix, Hit, Severity, Span
from mtlint.rule import RuleMeta

_DOCS = (
    "Reported by LanguageTool (opt-in: ``--grammar`` or ``grammar: true``); the message "
    "names the LanguageTool rule as ``[LT: RULE_ID]``. Its suggestions are unsafe fixes: "
    "they are applied only with ``--fix --unsafe-fixes``."
)


def _meta(code: str, name: str, category: Category, summary: str) -> RuleMeta:
    return RuleMeta(
        code,
        name,
        category,
        Severity.WARNING,
        summary,
        docs=_DOCS,
        fixable=True,
        source="languagetool",
    )


GRAMMAR = _meta(
    "GR001", "languagetool", Category.GRAMMAR, "LanguageTool reports a grammar or usage error"
)
SPACING = _meta(
    "SP901",
    "languagetool-spacing",
    Category.SPACING,
    "LanguageTool reports doubled or odd whitespace",
)
PUNCTUATION = _meta(
    "PU901",
    "languagetool-punctuation",
    Category.PUNCTUATION,
    "LanguageTool reports a punctuation or typography error",
)
BROKEN = _meta(
    "BS901",
    "languagetool-broken-sentence",
    Category.BROKEN_SENTENCE,
    "LanguageTool reports glued words or sentences, or a lowercase sentence start",
)
DUPLICATE = _meta(
    "DU901",
    "languagetool-repetition",
    Category.DUPLICATE,
    "LanguageTool reports a word repeated by accident",
)
METAS: tuple[RuleMeta, ...] = (GRAMMAR, SPACING, PUNCTUATION, BROKEN, DUPLICATE)
LT_CODES = frozenset(m.code for m in METAS)

BY_RULE: dict[str, RuleMeta] = {
    "UPPERCASE_SENTENCE_START": BROKEN,  # "indicated. in the allied states"
    "SENTENCE_WHITESPACE": BROKEN,  # "added.Blinken"
    "COMMA_PARENTHESIS_WHITESPACE": PUNCTUATION,  # space before punctuation
    "WHITESPACE_RULE": SPACING,
    "CONSECUTIVE_SPACES": SPACING,
    "ENGLISH_WORD_REPEAT_RULE": DUPLICATE,
}
BY_ISSUE_TYPE: dict[str, RuleMeta] = {
    "whitespace": SPACING,
    "typographical": PUNCTUATION,
    "duplication": DUPLICATE,
}
BY_CATEGORY: dict[str, RuleMeta] = {
    "PUNCTUATION": PUNCTUATION,
    "TYPOGRAPHY": PUNCTUATION,
    "REPETITIONS": DUPLICATE,
}


_VARIANT = rx.lazy(
    r"\bis (?:British|American|Australian|Canadian|New Zealand|South African) English\b"
)


def is_dictionary_spelling(match: dict[str, Any]) -> bool:
    """The spell checker (not a rule like its/it's that merely counts as a typo)."""
    rule = match.get("rule") or {}
    rid = str(rule.get("id", ""))
    cat = str((rule.get("category") or {}).get("id", ""))
    return (
        rid.startswith(("MORFOLOGIK_RULE", "HUNSPELL"))
        or "MULTITOKEN_SPELLING" in rid
        or cat == "MULTITOKEN_SPELLING"
    )


def meta_for(match: dict[str, Any], matched: str) -> RuleMeta:
    rule = match.get("rule") or {}
    rid = str(rule.get("id", ""))
    if rid in BY_RULE:
        return BY_RULE[rid]
    replacements = _replacements(match)
    if (
        is_dictionary_spelling(match)
        and " " not in matched
        and any(" " in r and r.replace(" ", "").lower() == matched.lower() for r in replacements)
    ):
        return BROKEN  # "pressfrom" -> "press from": glued words
    issue = str(rule.get("issueType", ""))
    if issue in BY_ISSUE_TYPE:
        return BY_ISSUE_TYPE[issue]
    return BY_CATEGORY.get(str((rule.get("category") or {}).get("id", "")), GRAMMAR)


def _replacements(match: dict[str, Any]) -> list[str]:
    return [str(r.get("value", "")) for r in match.get("replacements") or [] if isinstance(r, dict)]


def _message(match: dict[str, Any], matched: str) -> str:
    text = " ".join(str(match.get("message") or match.get("shortMessage") or "").split())
    text = text.rstrip(".") or "possible error"
    first = text.split(" ", 1)[0]
    if first[:1].isupper() and first != "I" and (len(first) == 1 or first[1:].islower()):
        text = text[0].lower() + text[1:]  # mtlint messages start lowercase; acronyms stay
    rid = (match.get("rule") or {}).get("id", "?")
    shown = matched if len(matched) <= 60 else matched[:57] + "..."
    return f"{text}: '{shown}' [LT: {rid}]"


def _fix(span: Span, matched: str, replacements: list[str]) -> Fix | None:
    if not replacements or replacements[0] == matched:
        return None
    first = replacements[0]
    title = f"replace with '{first}'" if first else f"delete '{matched}'"
    others = [f"'{r}'" for r in replacements[1:4]]
    if others:
        title += f" (or {', '.join(others)})"
    return Fix.replace(span, first, title, Applicability.UNSAFE)


def to_hits(
    text: str, matches: Iterable[dict[str, Any]], spelling: str, base: int = 0
) -> list[tuple[RuleMeta, Hit]]:
    """Map the raw matches for ``text`` (UTF-16 offsets) to hits at ``base`` + code points."""
    index = Utf16Index(text)
    out: list[tuple[RuleMeta, Hit]] = []
    for m in matches:
        try:
            start16, len16 = int(m["offset"]), int(m["length"])
        except (KeyError, TypeError, ValueError):
            continue
        start = index.to_code_points(start16)
        end = index.to_code_points(start16 + len16)
        if not 0 <= start <= end <= len(text):
            continue
        matched = text[start:end]
        variant = _VARIANT.search(str(m.get("message", "")))
        if (
            is_dictionary_spelling(m)
            and spelling != "all"
            and (spelling == "off" or matched.lower() != matched or variant)
        ):
            continue  # names, and British vs American spelling, are not errors in news
        span = Span(base + start, base + end)
        meta = meta_for(m, matched)
        hit = Hit(span, _message(m, matched), _fix(span, matched, _replacements(m)))
        out.append((meta, hit))
    return out


def repeats(meta: RuleMeta, hit: Hit, findings: Sequence[Finding]) -> bool:
    """Does an mtlint finding already cover this span (same span, or same category)?"""
    for f in findings:
        if f.code in LT_CODES:
            continue
        if f.span == hit.span:
            return True
        if f.category == meta.category and f.span.overlaps(hit.span):
            return True
    return False
