"""Mistranslation pack: calques from six source languages and the structural signals.

Each fail case is a realistic line of machine-translated news with the rule that must
report it; the clean passages are correct English packed with near misses (quotes
followed by "said", "you" in dialogue and in op-eds, legal "ambit", film "frames") on
which no MT rule may speak.
"""

# ruff: noqa: E501  (one realistic sentence per line)
from __future__ import annotations

import json
from pathlib import Path

import pytest

from mtlint.engine import lint_document
from mtlint.model import Finding
from mtlint.registry import build_registry

REGISTRY = build_registry()
MT_RULES = [(r, r.meta.severity) for r in REGISTRY if r.code.startswith("MT")]
ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"


def mt(text: str, path: str = "doc.txt") -> list[Finding]:
    return lint_document(text, path, MT_RULES, REGISTRY)


FAILS = [
    # German
    ("MT031", "The chancellor made a photo with the winners after the ceremony."),
    ("MT031", "I became an e-mail from the tax office last week, she said."),
    ("MT031", "The minister represented the opinion that the deal was fair."),
    ("MT031", "With other words, the coalition has no majority."),
    # Portuguese
    ("MT032", "The Federal Police arrested the suspect in this Thursday in São Paulo."),
    ("MT032", "The ruling was published on the morning of this Friday."),
    ("MT032", "Nobody attended the telephone at the embassy, relatives said."),
    # Italian
    ("MT033", "The agreement was signed in the ambit of the Rome summit."),
    ("MT033", "Two exponents of the Democratic Party were questioned."),
    ("MT033", "In occasion of the anniversary, the square was closed."),
    # Russian
    ("MT034", "The drills took place in the frames of the joint exercise."),
    ("MT034", "A drone crashed on the territory of the Kursk region on Sunday."),
    ("MT034", "According to her words, the plant was not damaged."),
    ("MT034", "The talks will resume in the nearest time, Peskov said."),
    # Crime reports (Spanish, Italian, Portuguese, French)
    ("MT035", "Police seized two weapons of fire and a white weapon."),
    ("MT035", "The facts took place on Saturday night in the Centro neighbourhood."),
    # Dates
    ("MT036", "The decree was published this Wednesday (12) in the Official Gazette."),
    ("MT036", "The bodies were found on the night of yesterday."),
    # "in the last days"
    ("MT037", "The army has reinforced its positions in the last weeks."),
    # Spanish reporting verbs
    ("MT038", "The minister rejected to answer questions from reporters."),
    ("MT038", "Lavrov met his Chinese homologue in Beijing."),
    ("MT038", "The governor discarded that there would be new taxes."),
    # False friends
    ("MT039", "The government will impulse the tourism sector with new credits."),
    ("MT039", "The victim, who has 34 years old, was taken to hospital."),
    # French, Spanish extensions
    ("MT028", "The spokesman precised that no date had been set."),
    ("MT028", "About a hundred of protesters gathered outside the Elysée."),
    ("MT032", "The ministry pretends to open 200 new schools by 2026."),
    ("MT038", "The governor made a call to the population to avoid the area."),
    ("MT008", "The referendum was realized on Sunday without incident."),
    ("MT030", "Sánchez maintained a phone call with Macron on Monday."),
    ("MT011", "It was informed that the border would reopen on Friday."),
    # Structural signals
    (
        "MT040",
        "“We will not accept any ultimatum,” declared during a press conference in Moscow the deputy foreign minister.",
    ),
    ("MT040", "“The sanctions are working”, added at the end of the meeting Mr. Borrell."),
    (
        "MT041",
        "During the call, President Biden will tell you that the United States is ready for diplomacy.",
    ),
    ("MT042", "The foreign minister stressed that your country would never accept the annexation."),
]


@pytest.mark.parametrize(
    ("code", "text"), FAILS, ids=[f"{c}-{i}" for i, (c, _) in enumerate(FAILS)]
)
def test_calque_is_reported(code: str, text: str) -> None:
    codes = [f.code for f in mt(text)]
    assert code in codes, (text, codes)


NEWS = """\
Talks resume in Geneva as allies weigh sanctions

GENEVA - “We are ready for diplomacy, but we are also ready to respond,” said the senior official, who asked not to be named.

“We are prepared to help Ukraine defend itself,” a senior administration official said in a conference call with reporters on Wednesday.

“The talks went well,” said Foreign Minister Annalena Baerbock. “We will meet again next week,” she added in a statement.

“It is too early to say,” said the minister in an interview with the BBC on Sunday.

NATO is “united” and “ready for dialogue,” Secretary General Jens Stoltenberg tweeted.

The so-called “peace plan,” announced in Paris on Monday by the French president, angered unions across the country.

Her remark, “we are not amused,” added to the tension the family felt that evening.

“Come in, come in,” said the old man at last, and the door swung open.

“If you visit your country’s embassy, bring your passport,” the consul told the crowd.

“Your country is ready,” Blinken told Zelensky. “Your government has our full support.”

The president told them that they were ready for diplomacy, the White House said.

The minister reiterated his support for Kyiv and confirmed that his country was ready to act.

He said your name twice before the hearing began, his lawyer recalled.

It was announced that the talks would resume. It was anticipated that the bill would pass.

Russia has massed troops on the border in recent days. He spent the last days of the campaign in Ohio.

She visited him often in the last days of his life. Prices rose sharply over the last few weeks.

The minister spoke on Monday, Nov. 29, in Brasília. Rent is due on the last Monday of the month.

Lula met the governors on Monday in Brasília. In this Monday’s edition, we look at the budget.

Analysts attended the call with investors, and the minister attended the phone briefing.

The case falls within the ambit of the law. She is a leading exponent of free trade.

The director studied the frames of the film one by one. Moscow deployed missiles on the territory of Belarus.

He kept his word, according to his friends. She answered on behalf of the ministry.

Police seized three firearms in the raid. The facts of the case are not in dispute.

He lost the life he had built in Spain. The assassin of President Lincoln was John Wilkes Booth.

No person shall be deprived of life without due process. He was caught in flagrante delicto.

Rest assured that the talks will continue. He was assured that the talks would continue.

He pointed that gun at the officer. She pointed out that the economy grew.

Biden says at press conference that talks will go on. The press conference room was full.

The supermarket chain Aldi opened a store. He watched the show CNN aired on Friday.

The mouse homologue of the gene is shorter. Lavrov spoke with his American counterpart on Friday.

He acted on impulse and bought the car. The drug may potentiate the effect of alcohol.

She has 45 years of experience. He had two years left on his contract. They had 10 years, and did nothing.

A hundred of the protesters were arrested. He pretended to invest the clients' money.

He made the point on Twitter that prices were rising. The ensemble of the opera performed a new work.

The ruling set a precedent for the government. The eventual winner of the race was Ana Ruiz.

The dream of a summit was realized in 2010 when both leaders came. His vision was realized in the new building.

Both sides maintained a dialogue and maintained contact. The building was maintained by the city.

Photographers make photographs; tourists take them. She became a letter carrier in 1990.

The noise got on his nerves. In other words, the plan failed. They scored against the run of play.

The restaurant’s chef of the year award went to Ana Ruiz, and she wore a smoking jacket to the gala.

Tiger visited the course before the tournament; students visited the lecture hall.
"""

DIALOGUE = """\
"You're late," she said. "I told you that the train would be slow."

He shrugged. "The minister will tell you that himself," he said, "if you ask him."

‘Your country needs you,’ the old poster said, and the minister told you that, too.
"""

OP_ED = """\
You know the type: the senator who will tell you that nothing can be done, and then does nothing.
If you have ever stood in a queue at your country's embassy, you will know what I mean.
As any economist will tell you, inflation is sticky. Ask a farmer and he will tell you the same.
Your government, the columnist wrote, owes you an explanation; the minister confirmed that your country pays.
"""


@pytest.mark.parametrize("text", [NEWS, DIALOGUE, OP_ED], ids=["news", "dialogue", "op-ed"])
def test_near_misses_stay_silent(text: str) -> None:
    findings = mt(text)
    assert findings == [], [(f.line, f.code, f.message) for f in findings]


def test_second_person_in_reported_speech_depends_on_the_rest_of_the_text() -> None:
    news = (
        "Biden and Putin will speak on Thursday.\n\n"
        "In a phone call on Thursday, the US president will tell you that they are ready.\n\n"
        "Previously, Blinken had confirmed that your country is ready to act.\n"
    )
    assert {f.code for f in mt(news)} == {"MT041", "MT042"}
    # The same lines in a text that talks to its reader are not slips.
    addressed = "If you follow the news, you know the stakes.\n\n" + news
    assert mt(addressed) == []


def test_inversion_fix_moves_the_speaker_first() -> None:
    text = "“We are ready,” said in a call with reporters a senior official."
    (finding,) = [f for f in mt(text) if f.code == "MT040"]
    assert finding.fix is not None
    assert finding.fix.edits[0].replacement == "a senior official said in a call with reporters"


def test_grouped_calques_name_their_source_idiom() -> None:
    (finding,) = mt("Russian troops were seen on the territory of the Belgorod region.")
    assert "Russian 'на территории'" in finding.message


@pytest.mark.skipif(
    not (SHARED / "corpus" / "seeds.gold.jsonl").exists(), reason="no shared corpus"
)
def test_seed_mistranslations_found_and_clean_lines_untouched() -> None:
    gold = [
        json.loads(x)
        for x in (SHARED / "corpus" / "seeds.gold.jsonl").read_text().splitlines()
        if x
    ]
    annotated = {(Path(g["file"]).name, g["line"]) for g in gold}
    wanted = {(Path(g["file"]).name, g["line"]) for g in gold if g["category"] == "mistranslation"}
    flagged = set()
    for path in sorted((SHARED / "corpus" / "seeds").glob("*.txt")):
        for f in mt(path.read_text(encoding="utf-8"), path.name):
            flagged.add((path.name, f.line))
    assert not flagged - annotated, sorted(flagged - annotated)
    assert len(flagged & wanted) >= 0.75 * len(wanted), sorted(wanted - flagged)


SOURCED = """\
code: MT999
name: sourced-swap
kind: substitution
category: mistranslation
summary: A grouped calque rule.
message: "'{match}' is a calque of {source}: use '{replacement}'"
source: "Spanish (default)"
fix: unsafe
swap:
  'gave to know': {to: 'made known', source: "Spanish 'dar a conocer'"}
  'despite of': 'despite'
examples:
  fail: [{text: "He gave to know it.", expect: ["1:4"]}]
  pass: ["He made it known."]
"""


def test_swap_entries_carry_their_source_idiom(tmp_path: Path) -> None:
    from mtlint.errors import RuleFileError
    from mtlint.kinds import load_rule_file

    path = tmp_path / "sourced.yaml"
    path.write_text(SOURCED, encoding="utf-8")
    rule = load_rule_file(path)
    messages = [
        f.message
        for f in lint_document(
            "He gave to know it despite of all.", "d.txt", [(rule, rule.meta.severity)], REGISTRY
        )
    ]
    assert messages == [
        "'gave to know' is a calque of Spanish 'dar a conocer': use 'made known'",
        "'despite of' is a calque of Spanish (default): use 'despite'",
    ]
    path.write_text(SOURCED.replace("{to: 'made known',", "{into: 'made known',"), encoding="utf-8")
    with pytest.raises(RuleFileError, match=r"swap\.gave to know"):
        load_rule_file(path)
