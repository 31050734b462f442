"""UT002: a run of Chinese, Japanese or Thai text, or a short line in another non-Latin
script, left in an English document."""

from __future__ import annotations

from collections.abc import Iterator

from mtlint import rx
from mtlint.document import Document, Line
from mtlint.model import Category, Hit, Severity, Span
from mtlint.rule import Rule, RuleMeta, examples, fail
from mtlint.rules._prose import inside, skip_spans
from mtlint.rules.untranslated._search import prose_lines_with
from mtlint.rules.untranslated.fragment import QUOTING_CUE, english_document
from mtlint.rules.untranslated.script_lines import foreign_lines
from mtlint.rules.untranslated.script_runs import foreign_runs

# Scripts written without spaces between words, which UT001 (a rule of word runs) cannot
# judge: Han, kana, Thai, Lao, Myanmar, Khmer. Explicit ranges: the stdlib engine.
_LETTERS = (
    "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f"
    "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"
)
_LETTER = rx.compile_re(f"[{_LETTERS}]")
# A run of such letters with the CJK punctuation, spaces and digits between them.
_RUN = rx.compile_re(f"[{_LETTERS}](?:[{_LETTERS}\u3000-\u303f\uff00-\uffef0-9 ·]*[{_LETTERS}])?")
_KANA = rx.compile_re("[\u3040-\u30ff]")
_THAI = rx.compile_re("[\u0e00-\u0e7f]")
_HAN = rx.compile_re("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]")
_MIN_LETTERS = 4  # "李明" (a name) is too short; "责任编辑：李明" (an editor's credit) is not
_QUOTED_MAX = 12  # letters of a quoted term or title that the writer chose to give
_OPEN = "(（[【"
_CLOSE = ")）]】"
_QUOTES_OPEN = "\"“‘'「『«《〈*_"  # quotation marks, title marks, Markdown italics
_CLAUSE = rx.compile_re("[。，！？；]")  # marks within a run that make it a sentence
_STOPS = " \t。，、！？：；.,!?:;"  # what may end a quoted term before its closing mark
_QUOTES_CLOSE = "\"”’'」』»》〉*_"


def _language(text: str) -> str:
    if _KANA.search(text):
        return "Japanese"
    if _HAN.search(text):
        return "Chinese"
    return "Thai" if _THAI.search(text) else "Southeast Asian"


class ForeignScriptText(Rule):
    """A run of Chinese, Japanese or Thai text left in an English document.

    Translation from Chinese or Japanese sometimes keeps a sentence, a heading or an editor's
    credit ("责任编辑：李明") in the source script. UT001 judges runs of words, which these
    scripts do not separate with spaces, so runs of four or more of their letters are
    reported here. A name or term in its own script in brackets ("Li Ming (李明)"), a
    short quoted term or title ("the slogan “共同富裕”"), text the sentence presents ("known
    as", "means"), and documents that are not mostly English stay quiet. There is no fix:
    the text needs a translator.

    Scripts that space their words (Arabic, Hebrew, Indic, Cyrillic, Greek, ...) are UT001's
    in sentences; a short line wholly in one of them ("होम / राजस्थान / कोटा", a breadcrumb
    or a label of the source page) is reported here, unless the line before presents it
    ("The banner read:").

    A few words of such a script inside an English line ("… in handcuffs. Снимка: Иван
    Грозев", "the firm „Alfa“ ЕООД", "Updated | আপডেট: 17 February") are a credit, an
    abbreviation or a label the engine skipped; a gloss in brackets ("(Russian: Владимир
    Путин)"), a quoted or presented term, a name in its own capitals ("Дамјан
    Георгиевски" in a list of contributors), Greek letters ("α-helix") and mojibake
    ("вЂњ", EN001's) stay quiet.
    """

    meta = RuleMeta(
        code="UT002",
        name="foreign-script-text",
        category=Category.UNTRANSLATED,
        severity=Severity.WARNING,
        summary="Chinese, Japanese or Thai text, or a short line in another script, left in "
        "an English document.",
    )
    examples = examples(
        [
            fail("The council plans a second vote in March.\n责任编辑：李明\n", "2:1"),
            fail(
                "Officials met on Monday. 会议将于下周继续举行。 The data is under review.",
                "1:26",
            ),
            fail(
                "होम / राजस्थान / कोटा\nKota gets a new mayor as the count ends on Sunday.",
                "1:1",
            ),
            fail("The count ended.\nالرئيسية » محافظات » البحيرة\n", "2:1"),
            fail("The mayor is led into the courtroom. Снимка: Иван Петров\n", "1:38"),
            fail("The firm „Alfa Stroy“ ЕООД has not commented.", "1:23"),
            fail("Staff Reporter | Published: 17 May | আপডেট: 18 May", "1:38"),
        ],
        [
            "Li Ming (李明) founded the company; Beijing（北京）hosted the launch.",
            "The slogan “共同富裕” means common prosperity, and 李明 edited the piece.",
            "The dish, known as 麻婆豆腐, is spicy; the word 和 means harmony.",
            "She read 《人民日报》 and saw *千と千尋の神隠し* (Spirited Away) twice.",
            "The banner read:\nالشعب يريد\nMoscow (Москва) is big.\nМосква\nα β γ δ",
            "The Kremlin said so.\nВладимир Путин, Moscow\n\nВладимир Путин\n",
            "Vladimir Putin (Russian: Владимир Путин; born 1952) spoke.",
            "Thanks to Simon Lauser, Thomas Jollans and Дамјан Георгиевски.",
            "The crowd chanted “Слава Україні” and the word дача means a country house.",
            "The α-helix and the β-sheet fold; Δt is the time step.",
            "The Bulgarian for photo is снимка, and the Hindi name is शिव.",
            "Quotes as вЂњthisвЂќ here are UTF-8 read as Windows-1251.",
        ],
    )

    def check(self, doc: Document) -> Iterator[Hit]:
        for line in prose_lines_with(doc, _LETTER):
            yield from self._line(doc, line)
        yield from foreign_lines(doc)
        yield from foreign_runs(doc)

    def _line(self, doc: Document, line: Line) -> Iterator[Hit]:
        text = doc.text
        skips: list[Span] | None = None
        for m in _RUN.finditer(line.text):
            letters = len(_LETTER.findall(m.group()))
            if letters < _MIN_LETTERS:
                continue
            start, end = line.start + m.start(), line.start + m.end()
            before = text[line.start : start].rstrip()
            after = text[end : line.end].lstrip(_STOPS)
            if before.endswith(tuple(_OPEN)) and after.startswith(tuple(_CLOSE)):
                continue  # a name or term glossed in its own script
            quoted = before.endswith(tuple(_QUOTES_OPEN)) and after.startswith(tuple(_QUOTES_CLOSE))
            if quoted and letters <= _QUOTED_MAX and not _CLAUSE.search(m.group()):
                continue  # a quoted term or title, not a sentence ("“我们成功了，谢谢大家”")
            if QUOTING_CUE.search(before[-30:]):
                continue  # "known as 麻婆豆腐": the sentence presents it
            if skips is None:
                skips = skip_spans(doc, line)
            span = Span(start, end)
            if inside(span, skips) or not english_document(doc):
                continue
            shown = m.group() if len(m.group()) <= 40 else m.group()[:39] + "…"
            yield Hit(span, f"untranslated {_language(m.group())} text: '{shown}'")
