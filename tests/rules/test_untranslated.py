"""UT001 untranslated-fragment: foreign fragments in English text, and the traps around them.

Every fail case is English news prose with a sentence or clause left in the source
language; every pass case is correct English that carries foreign material on purpose
(names, titles, loanwords, dishes, glossed phrases, phrase lists) and must stay silent.
"""

# ruff: noqa: E501  (one realistic sentence per line)
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from mtlint.engine import lint_document
from mtlint.model import Finding
from mtlint.registry import build_registry

REGISTRY = build_registry()
RULES = [(r, r.meta.severity) for r in REGISTRY if r.code == "UT001"]
ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"


def ours(text: str, path: str = "doc.txt") -> list[Finding]:
    return lint_document(text, path, RULES, REGISTRY)


FAILS = [
    (
        "Spanish",
        "según fuentes oficiales",
        "The president, según fuentes oficiales, will travel to Brussels next week.",
    ),
    (
        "Spanish",
        "La inflación se mantuvo",
        "Prices rose again in March. La inflación se mantuvo por encima del objetivo del banco central durante todo el trimestre.",
    ),
    (
        "Spanish",
        "que el gobierno no tiene",
        "He said que el gobierno no tiene planes para subir los impuestos este año.",
    ),
    (
        "Spanish",
        "informó la policía local",
        "Police said two people were arrested, informó la policía local en un comunicado.",
    ),
    (
        "Spanish",
        "que duró más de cinco horas",
        "Sources said the meeting, que duró más de cinco horas, ended without agreement.",
    ),
    (
        "Spanish",
        "No vamos a permitir que esto",
        "“No vamos a permitir que esto vuelva a ocurrir”, dijo el presidente del Gobierno.",
    ),
    (
        "French",
        "Le gouvernement a annoncé",
        "Markets fell sharply. Le gouvernement a annoncé de nouvelles mesures pour soutenir les entreprises.",
    ),
    (
        "French",
        "selon les syndicats",
        "The strike continued for a third day, selon les syndicats, while trains were cancelled.",
    ),
    (
        "French",
        "qui sont venus nombreux",
        "The singer thanked fans, qui sont venus nombreux malgré la pluie, before the encore.",
    ),
    (
        "French",
        "la tempête devrait",
        "Residents were told to stay indoors, car la tempête devrait s'intensifier dans la nuit.",
    ),
    (
        "German",
        "Der Umsatz ist im dritten Quartal",
        "The company reported losses. Der Umsatz ist im dritten Quartal um zehn Prozent gesunken.",
    ),
    (
        "German",
        "dass es keine Hinweise",
        "The police said, dass es keine Hinweise auf einen terroristischen Hintergrund gibt.",
    ),
    (
        "German",
        "erklärte aber, dass",
        "The spokesman declined to comment further, erklärte aber, dass die Gespräche fortgesetzt werden.",
    ),
    (
        "Portuguese",
        "Segundo o ministro",
        "The minister said the plan was ready. Segundo o ministro, as obras começam no próximo mês.",
    ),
    (
        "Portuguese",
        "disse o presidente do banco",
        "Brazil's central bank cut rates, disse o presidente do banco em entrevista coletiva.",
    ),
    (
        "Italian",
        "il comune non ha ancora",
        "The mayor said that il comune non ha ancora ricevuto i fondi promessi dallo Stato.",
    ),
    (
        "Italian",
        "secondo quanto riferito",
        "Italian officials, secondo quanto riferito dalla stampa locale, met on Sunday.",
    ),
    (
        "Italian",
        "ma non hanno indicato",
        "Officials said the bridge would reopen soon, ma non hanno indicato una data precisa.",
    ),
    (
        "Dutch",
        "Het kabinet heeft besloten",
        "The Dutch government resigned. Het kabinet heeft besloten om de maatregelen niet te verlengen.",
    ),
    (
        "Arabic",
        "وقالت الوزارة إن",
        "The ministry issued a statement on Sunday. وقالت الوزارة إن المحادثات ستستأنف الأسبوع المقبل في القاهرة بمشاركة جميع الأطراف. Talks are expected to be difficult.",
    ),
    (
        "Russian",
        "Министр иностранных дел",
        "The Kremlin responded quickly. Министр иностранных дел заявил, что переговоры будут продолжены на следующей неделе.",
    ),
]


@pytest.mark.parametrize(("language", "snippet", "text"), FAILS, ids=[f[1] for f in FAILS])
def test_foreign_fragment_is_reported(language: str, snippet: str, text: str) -> None:
    findings = ours(text)
    assert len(findings) == 1, [f.message for f in findings]
    f = findings[0]
    assert f.message.startswith(f"untranslated {language} fragment: '")
    start = f.span.start
    assert text[start : start + len(snippet)] == snippet, text[start : f.span.end]
    assert f.fix is None


PASSES = [
    # loanwords and stock phrases
    "Critics called the move a coup d'état, while supporters defended the status quo.",
    "He has a certain joie de vivre and a je ne sais quoi that fans adore.",
    "The de facto leader of the group, which has no ad hoc committee per se, offered a mea culpa.",
    "The café on the corner serves crème brûlée and a very good café au lait.",
    "Hasta la vista, baby, he said, quoting the film, and the crowd laughed.",
    # names, places, organisations
    "The Real Madrid coach said the team would play Atlético de Madrid in the Copa del Rey final.",
    "Ursula von der Leyen spoke in Brussels alongside Charles de Gaulle's grandson.",
    "Lula da Silva and Jair Bolsonaro clashed over the Amazon during the debate in São Paulo.",
    "The Ministère des Affaires étrangères issued a statement, which the Quai d'Orsay later clarified.",
    "The figures come from the Institut national de la statistique et des études économiques (Insee).",
    "The Agence nationale de sécurité du médicament et des produits de santé issued a warning.",
    "Mr. de la Fuente and Ms. da Costa will share the prize with Mr. van den Berg.",
    # titles in quotes, italics or title case
    "The film “La casa de papel” was a global hit, and “Il buono, il brutto, il cattivo” remains a classic.",
    "She read *Cien años de soledad* in the original and later reviewed *L'Étranger*.",
    "The pianist played Ravel's Pavane pour une infante défunte as an encore.",
    "The opera season opens with Le nozze di Figaro and closes with Der Rosenkavalier.",
    'Her first single, "Tous les garçons et les filles", sold more than two million copies.',
    # dishes and lists of terms
    "She ordered pollo a la plancha and a glass of wine, and he had spaghetti alle vongole.",
    "The chef's signature dish is pâté en croûte, followed by a tarte aux pommes.",
    "The restaurant's menu lists coq au vin, boeuf bourguignon, moules marinières and tarte tatin.",
    "The ham, jamón ibérico de bellota, is cured for three years.",
    # phrases the sentence presents as foreign
    "A Spanish proverb says it best: más vale tarde que nunca, better late than never.",
    'The slogan "Ni una menos" was adopted by feminist movements across Latin America.',
    "The union leader was defiant (nous ne céderons pas sur les retraites) as the strike began.",
    "The Portuguese word desenrascanço means improvising a solution at the last minute.",
    # other scripts in names and glosses
    "President Xi Jinping (习近平) met the delegation in Beijing on Monday.",
    "The talks were chaired by Sergei Lavrov (Сергей Лавров), the foreign minister.",
]


@pytest.mark.parametrize("text", PASSES)
def test_deliberate_foreign_material_is_quiet(text: str) -> None:
    assert ours(text) == [], [f.message for f in ours(text)]


def test_phrase_list_under_a_phrases_heading_is_quiet() -> None:
    text = (
        "# A weekend in Seville\n\n## Useful phrases\n\n"
        "- Me gustaría reservar una mesa para dos, por favor.\n"
        "- No hablo mucho español, lo siento.\n\n"
        "| Spanish | English |\n| --- | --- |\n| ¿Dónde está el baño? | Where is the bathroom? |\n"
    )
    assert ours(text, "guide.md") == []


def test_code_and_urls_are_quiet() -> None:
    text = (
        "The script prints a greeting:\n\n```\nprint('el gobierno anunció que no habrá nuevas medidas')\n```\n\n"
        "See https://example.com/es/el-gobierno-anuncio-que-no-habra-nuevas-medidas for details.\n"
    )
    assert ours(text, "notes.md") == []


def test_a_foreign_document_is_not_flagged_sentence_by_sentence() -> None:
    text = (
        "Le gouvernement français a annoncé mardi une série de mesures destinées à soutenir le "
        "pouvoir d'achat des ménages. Selon le ministre de l'Économie, ces mesures coûteront près "
        "de dix milliards d'euros à l'État.\n\nLes syndicats ont salué une avancée, mais estiment "
        "que les annonces restent insuffisantes face à l'inflation. Une nouvelle journée de "
        "mobilisation est prévue la semaine prochaine dans plusieurs grandes villes du pays.\n"
    )
    assert ours(text) == []


def test_fragment_on_its_own_paragraph_reports_its_line() -> None:
    text = (
        "The ministry released the figures on Thursday.\n\n"
        "El desempleo bajó en marzo por tercer mes consecutivo, según los datos publicados.\n\n"
        "Economists welcomed the news.\n"
    )
    findings = ours(text)
    assert [(f.line, f.column) for f in findings] == [(3, 1)]


def test_english_text_does_not_load_the_model() -> None:
    code = (
        "import sys\n"
        "from mtlint.document import Document\n"
        "from mtlint.rules.untranslated.fragment import UntranslatedFragment\n"
        "text = 'José Müller met the café owner on Tuesday, e.g. to discuss the status quo.'\n"
        "assert list(UntranslatedFragment().check(Document(text))) == []\n"
        "assert 'py3langid' not in sys.modules and 'numpy' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_clean_fixtures_are_quiet() -> None:
    for path in sorted((ROOT / "tests" / "fixtures" / "clean").iterdir()):
        assert ours(path.read_text(encoding="utf-8"), path.name) == [], path.name


def test_seeds_are_quiet() -> None:
    seeds = SHARED / "corpus" / "seeds"
    if not seeds.is_dir():
        pytest.skip("../shared is not beside the checkout")
    for path in sorted(seeds.glob("*.txt")):
        assert ours(path.read_text(encoding="utf-8"), path.name) == [], path.name
