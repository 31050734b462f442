"""UT003: a short label left in the source language ("Lire aussi", "Última hora")."""

from __future__ import annotations

from collections.abc import Iterator

from mtlint import rx
from mtlint.document import Document, Line
from mtlint.model import Category, Hit, Severity, Span
from mtlint.rule import Rule, RuleMeta, examples, fail
from mtlint.rules._prose import prose_lines
from mtlint.rules.linekinds import is_list_item
from mtlint.rules.untranslated._search import cues_in
from mtlint.rules.untranslated._words import (
    ENGLISH_FUNCTION,
    FOREIGN_CUES,
    WEAK_CUES,
    WORD,
    loans,
)
from mtlint.rules.untranslated.fragment import english_document

# A line that is a label of two to four words, alone or before a colon and the rest of
# the line ("Lea también: Budget talks resume in May"); decoration around it.
_LABEL = rx.lazy(
    r"[ \t#>*_•|-]*(?P<label>\p{L}[\p{L}\p{M}'’]*(?:[ \u00a0]+\p{L}[\p{L}\p{M}'’]*){1,3})"
    r"[ \t*_]*(?::(?=[ \t]+\S)|[ \t*_|>»›.…]*$)"
)
_NON_ASCII_LETTER = rx.lazy(r"[^\P{L}\x00-\x7f]")
# Page furniture left untranslated as a single word, too short for the test above: a
# comment counter ("Reacties (112)", "Diskuse (37)", "Kommentare: 12") or a back-to-top
# link ("Nahoru", "Наверх"). A known label alone on its line, with its count.
_FURNITURE = frozenset(
    str.split(
        """reacties diskuse diskusia diskusija komentáře komentáre komentarze komentari
        kommentare kommentarer kommentit commenti comentarios comentários commentaires
        yorumlar hozzászólások комментарии коментарі σχόλια تعليقات التعليقات टिप्पणियां
        टिप्पणियाँ コメント 评论 評論 댓글 nahoru nahor наверх вгору"""
    )
)
# The forms a whitespace-split word of the text takes: one set test per document.
_FURNITURE_FORMS = (
    _FURNITURE | {w.capitalize() for w in _FURNITURE} | {w.upper() for w in _FURNITURE}
)
_FURNITURE_LINE = rx.lazy(
    r"[ \t#>*_•|-]*(?P<label>\p{L}[\p{L}\p{M}]*)[ \t]*"
    r"(?:[(（]\d[\d.,]*[)）]|[:：][ \t]*\d[\d.,]*)?[ \t*_↑▲^]*",
    rx.V1,
)
_FURNITURE_LONGEST = 40
_LONGEST = 60  # characters of the longest label, decoration included
_SPACES = 8  # spaces in it: three between its words, the rest decoration
_COMMON = 1_000_000  # web-corpus count of an everyday English word
_MIN_FOREIGN = 0.95  # py3langid's probability that the label is not English


def _loan(words: list[str]) -> bool:
    """Whether a loan phrase English uses ("Crème brûlée", "Déjà vu") is among ``words``."""
    index = loans()
    for i, w in enumerate(words):
        for phrase in index.get(w, ()):
            if tuple(words[i : i + len(phrase)]) == phrase:
                return True
    return False


def _foreign_label(label: str) -> bool:
    """The cheap tests: no English function word, not a name (some word in lowercase),
    and a foreign cue (a function word such as "anche", "auch", "puede", or an accented
    word such as "Última")."""
    words = WORD.findall(label)
    lows = [w.lower().replace("’", "'") for w in words]
    if any(w in ENGLISH_FUNCTION for w in lows) or _loan(lows):
        return False
    if all(w[0].isupper() for w in words):
        return False  # a name or a title: "José María", "Ciudad Juárez"
    if any(w in FOREIGN_CUES and w not in WEAK_CUES for w in lows):
        return True
    if not _NON_ASCII_LETTER.search(label):
        return False
    from mtlint.lexicon import count

    # An accented word only: the others must not be everyday English ("Pokémon fans").
    return all(_NON_ASCII_LETTER.search(w) or count(w) < _COMMON for w in lows)


class ForeignLabel(Rule):
    """A short label left in the source language ("Lire aussi", "Última hora").

    News sites head their related-article links, live tickers and teasers with stock labels
    ("Lire aussi", "Siehe auch", "Lea también: …", "Dernière minute", "Читайте также"), which a
    translation of the page's body leaves alone. UT001 needs three words or more; a line of two
    to four words, alone or before a colon, is reported here when it holds no English function
    word, some word is in lowercase (names and titles are capitalised: "José María", "Ciudad
    Juárez"), it has a foreign function word or a non-ASCII word (the others not everyday
    English: "Pokémon fans" is English), it is no loan phrase ("Crème brûlée", "Déjà vu") and no
    list item (a list of song or book titles), and py3langid is sure it is not English. A
    one-word label is reported only when it is a known piece of page furniture alone on its
    line: a comment counter ("Reacties (112)", "Diskuse (37)") or a back-to-top link
    ("Nahoru"). There is no fix: the label needs a translator, or deleting with the link it heads.
    """

    meta = RuleMeta(
        code="UT003",
        name="foreign-label",
        category=Category.UNTRANSLATED,
        severity=Severity.WARNING,
        summary='A short label left in the source language ("Lire aussi", "Última hora").',
    )
    examples = examples(
        [
            fail("The council met on Monday.\n\nSiehe auch\n\nThe vote is next week.", "3:1"),
            fail("The council met.\n\nLea también: Budget talks resume in May\n", "3:1"),
            fail("Más información\n\nThe council met on Monday and voted.", "1:1"),
            fail(
                "The council met on Monday and voted.\n\nReacties (45)\n\nNahoru\n",
                "3:1",
                "5:1",
            ),
        ],
        [
            "José María\n\nCiudad Juárez\n\nDéjà vu\n\nCrème brûlée: a recipe for the weekend",
            "Read more: Budget talks resume\n\nMore on this story\n\nTour de France",
            "Café culture\n\nPokémon fans\n\nThe council met on Monday and voted on the budget.",
            "Auf Wiedersehen\n\nNotes: see below\n\nPura vida\n\n- Échame la culpa\n- Sehr gut",
            "The council met.\n\nComments (12)\n\nThe Diskuse (37) party won.\n\nReacties: Dutch.",
        ],
    )

    def check(self, doc: Document) -> Iterator[Hit]:
        if not doc.distinct_words.isdisjoint(_FURNITURE_FORMS):
            yield from _furniture(doc)
        if doc.text.isascii() and not cues_in(doc.distinct_words) - WEAK_CUES:
            return  # an ASCII label needs a strong cue, and the text holds none
        for line in prose_lines(doc):
            head = line.text.partition(":")[0] if ":" in line.text[:_LONGEST] else line.text
            if len(head) > _LONGEST or head.count(" ") > _SPACES or not head.strip():
                continue  # too long for a label (most lines): no regex match
            hit = self._line(doc, line)
            if hit is not None:
                yield hit

    @staticmethod
    def _line(doc: Document, line: Line) -> Hit | None:
        m = _LABEL.match(line.text)
        if m is None or not _foreign_label(m.group("label")) or is_list_item(line.text):
            return None
        from mtlint.rules.untranslated._langid import NAMES, identify

        label = m.group("label")
        lang, prob, foreign_p = identify(label)
        if foreign_p < _MIN_FOREIGN or not english_document(doc):
            return None
        name = NAMES.get(lang, "foreign") if prob >= 0.5 else "foreign"
        start = line.start + m.start("label")
        return Hit(Span(start, start + len(label)), f"untranslated {name} label: '{label}'")


def _furniture(doc: Document) -> Iterator[Hit]:
    """The one-word furniture labels (see _FURNITURE) alone on their lines."""
    for line in prose_lines(doc):
        if len(line.text) > _FURNITURE_LONGEST:
            continue
        m = _FURNITURE_LINE.fullmatch(line.text)
        if m is None or m.group("label").lower() not in _FURNITURE:
            continue
        if not english_document(doc):
            return
        label = m.group("label")
        start = line.start + m.start("label")
        yield Hit(Span(start, start + len(label)), f"untranslated page label: '{label}'")
