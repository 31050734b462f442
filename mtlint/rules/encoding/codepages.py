"""EN009: text in a legacy 8-bit code page (Windows-1250, -1251, -1256, ...) read as Latin-1.

EN001 undoes UTF-8 read as Windows-1252; this rule finds the older confusion, one byte per
character in both code pages, which ftfy cannot tell from text: Czech "Dvořák" saved in
Windows-1250 shows as "Dvoøák", Polish "Łódź" as "£ódŸ", and a whole Arabic, Russian,
Greek or Hebrew word becomes a run of accented Latin letters ("دمنهور" as "ÏãäåæÑ").
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import filterfalse

from mtlint import rx
from mtlint.document import Document
from mtlint.model import Applicability, Category, Fix, Hit, Severity, Span
from mtlint.rule import Rule, RuleMeta, examples, fail
from mtlint.rules._prose import inside, prose_lines, skip_spans
from mtlint.rules.untranslated._search import doc_non_ascii

# A word with a letter of Latin-1's upper half or one that Windows-1252 adds, and the
# symbols that Windows-1250 letters turn into inside a word ("W³adys³aw", "Bucureºti").
# "£" and "¯" are "Ł" and "Ż", which can start one ("£ódŸ").
_WORD = rx.lazy(r"[\u00a3\u00af]?\p{L}(?:[\p{L}\u00b3\u00b9\u00ba\u00be\u00bf]*\p{L})?")
_HINTS = "\u00c0-\u00ff\u0152\u0153\u0178"
_HINT = rx.compile_re(f"[{_HINTS}\u00b3\u00b9\u00ba\u00be\u00bf]")
_SYMBOLS = "\u00b3\u00b9\u00ba\u00be\u00bf"
# Two of them in one word, or a symbol after a letter: a word with one accent always fits
# some Latin-1 language, so only these words can be reported (a prefilter).
_TWO = rx.compile_re(f"[{_HINTS}{_SYMBOLS}][\\w{_SYMBOLS}]*?[{_HINTS}{_SYMBOLS}]")
_AFTER_LETTER = rx.compile_re(f"[{_SYMBOLS}](?<=[^\\W\\d_].)")
_PAIR = rx.compile_re(f"[{_HINTS}{_SYMBOLS}][{_HINTS}{_SYMBOLS}]|[{_SYMBOLS}]")
_MIN_RUN = 4  # letters in a word of another script read as Latin-1
_RUN_SHARE = 0.8  # of them outside ASCII: "ætíð" (Icelandic) has one ASCII letter in four

# The non-ASCII letters of the languages written in Latin-1 (Windows-1252): a word whose
# accented letters all belong to one of them is taken as written right.
_WESTERN = tuple(
    frozenset(s)
    for s in (
        "àâæçéèêëîïôœùûüÿ",  # French
        "áéíóúüñ",  # Spanish
        "áâãàçéêíóôõú",  # Portuguese
        "àèéìíîòóùú",  # Italian
        "àçéèíïòóúü",  # Catalan
        "äöüß",  # German
        "áéíóúäëïöüèàç",  # Dutch, Afrikaans
        "æøåéèóòôê",  # Danish, Norwegian
        "åäöéü",  # Swedish, Finnish
        "äöõüšž",  # Estonian
        "áéíóúýþæöð",  # Icelandic
        "âêîôûäëïöüáéíóúàèìòù",  # Welsh
        "áéíóöúü",  # Hungarian (its ő and ű are not in Latin-1)
        "ëç",  # Albanian
        "áéíóú",  # Irish
        "šžčćđ",  # Croatian and Slovene in Windows-1252's š, ž
    )
)
# The letters of the languages written in Windows-1250 that Latin-1 lacks; a repair must
# produce one of them in a word whose letters all belong to one language.
_CENTRAL = tuple(
    frozenset(s)
    for s in (
        "áčďéěíňóřšťúůýž",  # Czech
        "áäčďéíĺľňóôŕšťúýž",  # Slovak
        "ąćęłńóśźż",  # Polish
        "áéíóöőúüű",  # Hungarian
        "ăâîșțşţ",  # Romanian
        "čćđšž",  # Croatian, Slovene, Bosnian
    )
)
_LATIN1 = frozenset(map(chr, range(0xC0, 0x100)))
# Scripts whose single-byte code pages (Windows-1251, -1253, -1255, -1256, -874) put their
# letters where Latin-1 has accented ones.
_SCRIPTS = (
    ("cp1256", rx.lazy(r"\p{Arabic}+")),
    ("cp1251", rx.lazy(r"\p{Cyrillic}+")),
    ("cp1253", rx.lazy(r"\p{Greek}+")),
    ("cp1255", rx.lazy(r"\p{Hebrew}+")),
    ("cp874", rx.lazy(r"\p{Thai}+")),
)


def _recode(word: str, codec: str) -> str | None:
    """``word`` as Windows-1252 bytes decoded with ``codec``, or None where it cannot be."""
    try:
        return word.encode("cp1252").decode(codec)
    except UnicodeError:
        return None


def _fits(letters: set[str], alphabets: tuple[frozenset[str], ...]) -> bool:
    return any(letters <= alphabet for alphabet in alphabets)


def central_european(word: str) -> str | None:
    """The Windows-1250 reading of ``word`` when it is mojibake of one ("Dvoøák" ->
    "Dvořák"): its accents fit no Latin-1 language (or a symbol stands inside it) and the
    reading's fit one Central European language and need a letter Latin-1 lacks."""
    accents = {c for c in word.lower() if not c.isascii() and c.isalpha()}
    symbols = any(not c.isalpha() for c in word)
    if not accents and (not symbols or word[0] in "\u00a3\u00af"):
        return None  # "£bn" is an amount
    if not symbols and _fits(accents, _WESTERN):
        return None
    fixed = _recode(word, "cp1250")
    if fixed is None or fixed == word:
        return None
    new = {c for c in fixed.lower() if not c.isascii()}
    if not new - _LATIN1 or not _fits(new, _CENTRAL):
        return None
    return fixed


# Letters only (no Hebrew points or Thai vowel signs first or alone), and no capital after a
# small letter ("ПгдежС"): how a word of the script itself reads.
_WORDLIKE = rx.lazy(r"\p{Lu}?[\p{Ll}\p{Lo}]+|\p{Lu}+")


def _one_word(text: str) -> bool:
    return bool(_WORDLIKE.fullmatch(text))


def other_script(word: str) -> list[str]:
    """The readings of ``word`` in other scripts' code pages when it is a run of Latin-1
    letters with hardly an ASCII one ("ÏãäåæÑ"): each that gives one script throughout."""
    if len(word) < _MIN_RUN:
        return []
    share = sum(c in _LATIN1 for c in word) / len(word)
    if share < _RUN_SHARE or _fits({c for c in word.lower() if not c.isascii()}, _WESTERN):
        return []  # "äöüß": the letters one language adds, listed
    out = []
    for codec, script in _SCRIPTS:
        fixed = _recode(word, codec)
        if fixed is not None and script.fullmatch(fixed) and _one_word(fixed):
            out.append(fixed)
    return out


class LegacyCodePage(Rule):
    """Text in a legacy code page (Windows-1250, -1251, -1256, ...) read as Latin-1.

    Before UTF-8, Czech, Polish and Hungarian pages used Windows-1250 and Arabic, Russian,
    Greek and Hebrew ones their own single-byte code pages; a scraper that reads them as
    Latin-1 keeps every ASCII letter and turns the others into wrong accents ("Dvoøák" for
    "Dvořák", "W³adys³aw" for "Władysław") or, for another script, into a run of accented
    capitals and small letters ("ÏãäåæÑ" for "دمنهور"). A word whose accents belong to one
    language written in Latin-1 ("Reykjavík", "Øresund", "São Paulo", "Kateřina") stays quiet.
    The Windows-1250 repair is an unsafe fix; another script's is only named.
    """

    meta = RuleMeta(
        code="EN009",
        name="legacy-code-page",
        category=Category.ENCODING,
        severity=Severity.ERROR,
        summary='Text in a legacy code page read as Latin-1 ("Dvoøák", "ÏãäåæÑ").',
        fixable=True,
    )
    examples = examples(
        [
            fail("Mayor Petr Dvoøák said so.", "1:12", fixed="Mayor Petr Dvořák said so."),
            fail(
                "Born in £ódŸ, W³adys³aw left.",
                "1:9",
                "1:15",
                fixed="Born in Łódź, Władysław left.",
            ),
            fail("A patient died in ÏãäåæÑ Teaching Hospital.", "1:19"),
            fail("The film Ïðèâåò opened.", "1:10"),
        ],
        [
            "Dvořák, Kateřina, São Paulo, Reykjavík, Øresund, Ålesund, Ærø, Gdańsk.",
            "Françoise Brontë met Müller in Malmö and Björk in Þingvellir; Señor Peña.",
            "Hoàng visited Tórshavn, Bucureşti and Łódź; it cost £5m, £bn or 3³ ¼.",
            "ÉTÉ, À LA CARTE, ÇA VA, the song «Où est-ce?» and façade.",
            "German adds the letters äöüß and Danish æøå; ÂÊÎÔÛ carry circumflexes.",
        ],
    )

    def check(self, doc: Document) -> Iterator[Hit]:
        if doc.text.isascii():
            return
        hinted = self._lines(doc)
        if not hinted:
            return
        for line in prose_lines(doc):
            if line.number not in hinted:
                continue
            skips = skip_spans(doc, line)
            for m in _WORD.finditer(line.text):
                word = m.group()
                if word.isascii() or not _HINT.search(word):
                    continue
                span = Span(line.start + m.start(), line.start + m.end())
                if inside(span, skips):
                    continue
                hit = self._word(word, span)
                if hit is not None:
                    yield hit

    @staticmethod
    def _lines(doc: Document) -> set[int]:
        """The numbers of the lines holding a word that may be reported: found among the
        document's distinct words (shared with other rules), most of them ASCII."""
        found: set[int] = set()
        if not _PAIR.search(doc_non_ascii(doc)):
            return found  # without ASCII between them, a word's two hints stand together
        text = doc.text
        for token in filterfalse(str.isascii, doc.distinct_words):  # a C loop
            if not (_TWO.search(token) or _AFTER_LETTER.search(token)):
                continue
            at = text.find(token)
            while at >= 0:
                found.add(doc.line_at(at).number)
                at = text.find(token, at + len(token))
        return found

    @staticmethod
    def _word(word: str, span: Span) -> Hit | None:
        fixed = central_european(word)
        if fixed is not None:
            return Hit(
                span,
                f"{word!r} is Windows-1250 text read as Latin-1 (should read {fixed!r})",
                Fix.replace(span, fixed, "Repair the mis-decoded word", Applicability.UNSAFE),
            )
        readings = other_script(word)
        if not readings:
            return None
        shown = " or ".join(repr(r) for r in readings)
        return Hit(span, f"{word!r} is another script's code page read as Latin-1 ({shown})")
