"""UT001's cheap gates: work is spent only where a fragment may be reported."""

from __future__ import annotations

import subprocess
import sys
import weakref
from pathlib import Path

from mtlint.document import Document
from mtlint.rules.untranslated.fragment import _ENGLISH_KEY, UntranslatedFragment
from mtlint.rules.untranslated.fragment import english_document as is_english

ROOT = Path(__file__).resolve().parents[2]
FRENCH = (
    "Le gouvernement français a annoncé mardi une série de mesures destinées à soutenir le "
    "pouvoir d'achat des ménages. Selon le ministre de l'Économie, ces mesures coûteront près "
    "de dix milliards d'euros à l'État. Les syndicats ont salué une avancée, mais estiment "
    "que les annonces restent insuffisantes face à l'inflation.\n"
)


def test_english_text_with_a_harmless_cue_never_counts_its_words() -> None:
    doc = Document("The café de la Paix reopened, the owner said, and the regulars came back.")
    assert list(UntranslatedFragment().check(doc)) == []
    assert _ENGLISH_KEY not in doc.memo


def test_the_document_language_is_decided_once_and_kept() -> None:
    doc = Document(FRENCH)
    assert not is_english(doc)
    assert doc.memo[_ENGLISH_KEY] is False
    english = Document("The minister said the talks would resume next week in Brussels. " * 8)
    assert is_english(english)


def test_a_foreign_document_is_quiet_without_loading_the_model() -> None:
    code = (
        "import sys\n"
        "from mtlint.document import Document\n"
        "from mtlint.rules.untranslated.fragment import UntranslatedFragment\n"
        f"text = {FRENCH * 3!r}\n"
        "assert list(UntranslatedFragment().check(Document(text))) == []\n"
        "assert 'py3langid' not in sys.modules and 'numpy' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_checked_documents_are_not_kept_alive() -> None:
    doc = Document("The president, según fuentes oficiales, will travel to Brussels next week.")
    assert len(list(UntranslatedFragment().check(doc))) == 1
    ref = weakref.ref(doc)
    del doc
    assert ref() is None  # no cache holds the document (its mask is weak-keyed)
