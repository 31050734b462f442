"""PU012: full-width CJK punctuation, other scripts' commas and full stops, and Spanish
inverted marks left in English text."""

from __future__ import annotations

from collections.abc import Iterator

from mtlint import rx
from mtlint.document import Document, Line
from mtlint.model import Applicability, Category, Fix, Hit, Severity, Span
from mtlint.rule import Rule, RuleMeta, examples, fail
from mtlint.rules._prose import inside, skip_spans, snippet
from mtlint.rules._script import near_cjk
from mtlint.rules.untranslated._search import prose_lines_with
from mtlint.rules.untranslated._words import ENGLISH_FUNCTION, FOREIGN_CUES, WORD

# CJK punctuation (U+3001-3002; brackets U+300A-301F, not the angle brackets U+3008-3009
# that NFC makes of U+2329-232A), full-width and half-width forms of ASCII punctuation
# (U+FF01-FF0F, FF1A-FF20, FF3B-FF40, FF5B-FF65); then ¿ and ¡.
_FULL = "\u3001\u3002\u300a-\u3011\u3014-\u301f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65"
# The sentence and clause marks of scripts that English text never borrows: Arabic comma,
# semicolon, question mark and full stop (U+060C, 061B, 061F, 06D4), the Devanagari danda
# and double danda (also Bengali's and other Indic scripts', U+0964-0965), the Armenian full
# stop (U+0589), Ethiopic full stop and comma (U+1362-1363), Myanmar's (U+104A-104B) and
# Khmer's (U+17D4). Beside letters of their own script they are right.
_SCRIPT_MARKS = "\u060c\u061b\u061f\u06d4\u0964\u0965\u0589\u1362\u1363\u104a\u104b\u17d4"
_MARK = rx.compile_re(f"[{_FULL}{_SCRIPT_MARKS}\u00bf\u00a1]")
_LATIN = rx.lazy(r"\p{Latin}")
# The ASCII a full-width mark stands for, where it has one (others: U+FF01-FF5E shifted).
_ASCII = {
    "\u3001": ",",
    "\u3002": ".",
    "\uff61": ".",
    "\uff64": ",",
    "\u300c": "“",
    "\u300d": "”",
    "\u300e": "“",
    "\u300f": "”",
    "\uff62": "“",
    "\uff63": "”",
    "\u060c": ",",
    "\u061b": ";",
    "\u061f": "?",
    "\u06d4": ".",
    "\u0964": ".",
    "\u0965": ".",
    "\u0589": ".",
    "\u1362": ".",
    "\u1363": ",",
    "\u104a": ",",
    "\u104b": ".",
    "\u17d4": ".",
}
_SPACE_AFTER = ",.:;!?)"
_OPENING = "\"“‘'«([—–-"  # what may stand before an inverted mark that opens a sentence
_INVERTED_REACH = 160  # characters read after ¿ or ¡ for the words of its sentence
_CLOSE = rx.lazy(r"[?!]")
_REACH = 8  # characters looked at on each side of a script's mark for the nearest letter


def _ascii(ch: str) -> str:
    if ch in _ASCII:
        return _ASCII[ch]
    code = ord(ch)
    return chr(code - 0xFEE0) if 0xFF01 <= code <= 0xFF5E else ""


def _among_latin(text: str, pos: int, start: int, end: int) -> bool:
    """Whether the nearest letters before and after ``text[pos]`` (within the line and
    _REACH characters) are Latin where there are any, and at least one is: a danda or an
    Arabic comma after "percent" is debris, one after "मत" or "مصر" belongs there."""
    seen = False
    for step in (-1, 1):
        i = pos + step
        while start <= i < end and abs(i - pos) <= _REACH and not text[i].isalpha():
            i += step
        if start <= i < end and abs(i - pos) <= _REACH:
            if not _LATIN.match(text[i]):
                return False
            seen = True
    return seen


def _attached(text: str, pos: int, start: int, end: int) -> bool:
    """Whether the mark at ``pos`` ends a word ("percent।") or, set apart, a sentence that a
    capital starts ("percent । In"): one between spaces and numbers marks a verse ("॥ 12 ॥")."""
    if pos > start and not text[pos - 1].isspace():
        return True
    rest = text[pos + 1 : min(end, pos + 3)].lstrip()
    return bool(rest) and rest[0].isupper()


def _english_question(text: str, pos: int, end: int) -> bool:
    """Whether the sentence that ¿ or ¡ at ``pos`` opens is English ("¿How long must we
    wait"): more English function words than Spanish ones. A Spanish quotation ("¿Qué
    pasa?", "¡No pasarán!") keeps its marks."""
    close = _CLOSE.search(text, pos + 1, min(end, pos + _INVERTED_REACH))
    stop = close.start() if close else min(end, pos + _INVERTED_REACH)
    words = [w.lower() for w in WORD.findall(text, pos + 1, stop)]
    if not words or words[0] in FOREIGN_CUES:
        return False
    english = sum(w in ENGLISH_FUNCTION for w in words)
    return english > 0 and english > sum(w in FOREIGN_CUES for w in words)


class ForeignPunctuation(Rule):
    """Full-width CJK punctuation ("，", "。", "「"), another script's comma or full stop
    ("،", "।") or a Spanish "¿"/"¡" in English text.

    Translation from Chinese or Japanese leaves full-width marks behind ("the plan，" he said"),
    translation from Arabic, Hindi and other scripts keeps their commas and full stops ("late،
    and", "61 percent। In"),
    and translation from Spanish keeps the inverted mark that opens a question or exclamation
    ("¿How long must we wait?"). English uses none of them. A full-width mark next to CJK text
    (a quotation or a name in its own script, "Beijing（北京）"), a script's mark beside letters
    of that script, and a Spanish quotation ("¿Qué pasa?", "¡Viva México!") are correct and
    stay quiet. The fix (safe) writes the ASCII mark,
    or deletes the inverted one.
    """

    meta = RuleMeta(
        code="PU012",
        name="foreign-punctuation",
        category=Category.PUNCTUATION,
        severity=Severity.WARNING,
        summary='Full-width CJK ("，", "。"), Arabic or Indic ("،", "।") or Spanish "¿" '
        "punctuation in English text.",
        fixable=True,
    )
    examples = examples(
        [
            fail(
                '"We checked the valves，" said Li。 He smiled！',
                "1:23",
                "1:33",
                "1:44",
                fixed='"We checked the valves," said Li. He smiled!',
            ),
            fail(
                "“¿How long must we wait?” she asked. ¡Enough is enough!",
                "1:2",
                "1:38",
                fixed="“How long must we wait?” she asked. Enough is enough!",
            ),
            fail("He called it 「a new era」 in a speech.", "1:14", "1:24"),
            fail(
                "It was late، and turnout was 61 percent। Counting ended.",
                "1:12",
                "1:40",
                fixed="It was late, and turnout was 61 percent. Counting ended.",
            ),
        ],
        [
            "Li Ming (李明) said: “我们赢了，谢谢大家。” and left.",
            "The slogan 「共同富裕」 means common prosperity; Beijing（北京）hosted it.",
            "“¿Qué pasa?” he shouted, and the crowd replied “¡No pasarán!” twice.",
            "Prices rose 5% (in yen: ¥500) and the score was 3:1; the pair 〈a, b〉 is ordered.",
            "Mojibake such as ï¿½ What is EN001's, not an inverted mark.",
            "The banner read “मतगणना जारी है।” and the paper's motto is “مصر، أولاً”.",
            "Chapter 3 ends with the couplet ॥ 12 ॥ in the manuscript.",
        ],
    )

    def check(self, doc: Document) -> Iterator[Hit]:
        for line in prose_lines_with(doc, _MARK):
            yield from self._line(doc, line)

    def _line(self, doc: Document, line: Line) -> Iterator[Hit]:
        text = doc.text
        skips = skip_spans(doc, line)
        for m in _MARK.finditer(line.text):
            pos = line.start + m.start()
            span = Span(pos, pos + 1)
            if inside(span, skips):
                continue
            ch = m.group()
            if ch in "¿¡":
                prev = text[pos - 1] if pos > line.start else " "
                if (prev.isspace() or prev in _OPENING) and _english_question(text, pos, line.end):
                    yield Hit(
                        span,
                        f"inverted Spanish mark {ch!r} in English text: "
                        f"{snippet(doc, pos, pos + 1, 12)!r}",
                        Fix.replace(span, "", "Delete the inverted mark", Applicability.SAFE),
                    )
                continue
            if ch in _SCRIPT_MARKS:
                if _attached(text, pos, line.start, line.end) and _among_latin(
                    text, pos, line.start, line.end
                ):
                    yield self._full_width(doc, span, ch, line.end, "punctuation of another script")
                continue
            if near_cjk(text, pos, line.start, line.end):
                continue
            yield self._full_width(doc, span, ch, line.end)

    @staticmethod
    def _full_width(
        doc: Document, span: Span, ch: str, end: int, kind: str = "full-width punctuation"
    ) -> Hit:
        text = doc.text
        plain = _ascii(ch)
        message = f"{kind} {ch!r} in English text: "
        message += repr(snippet(doc, span.start, span.end, 12))
        if not plain:
            return Hit(span, message)
        after = text[span.end] if span.end < end else ""
        if plain in _SPACE_AFTER and after.isalnum():
            plain += " "
        title = f"Replace with {plain.strip()!r}"
        return Hit(span, message, Fix.replace(span, plain, title, Applicability.SAFE))
