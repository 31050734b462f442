"""Boilerplate (BP) and mistranslation (MT) rules: silence on clean prose, recall on the seeds.

The clean text below is original, professionally edited news English packed with the
near misses these rules must step around: sentences that mention sharing, following,
comments, sources, photos, tags and copyright; datelines with agency names in
parentheses; headings, a name line, dialogue fragments; and idiomatic English that looks
like a calque ("on his part of the deal", "at par", "impatient with", "as a function of",
"since 2014", "was informed that"). Every finding on it is a false positive.
"""

# ruff: noqa: E501  (the clean corpus keeps one realistic news paragraph per line)
from __future__ import annotations

import json
from pathlib import Path

import pytest

from mtlint.engine import lint_document
from mtlint.model import Finding
from mtlint.registry import build_registry

REGISTRY = build_registry()
RULES = [(r, r.meta.severity) for r in REGISTRY if r.code.startswith(("BP", "MT"))]
SHARED = Path(__file__).resolve().parents[2].parent / "shared"
GOLD = SHARED / "corpus" / "seeds.gold.jsonl"


def ours(text: str, path: str = "doc.txt") -> list[Finding]:
    return lint_document(text, path, RULES, REGISTRY)


CLEAN_NEWS = """\
Talks on Water Plan Stall as Deadline Nears

WASHINGTON (AP) — The U.S. Senate voted 61-39 on Thursday to approve a $4.5 billion water bill, sending it to the House.
LONDON (Reuters) - Share prices fell 3 percent in early trading on Monday as investors weighed the outcome.
He asked readers to share the article with friends, and thousands did within an hour.
Related to the case, police arrested two men in Lisbon on Tuesday night.
Read more carefully, the contract reveals a loophole worth millions, the auditors said.
Back to the drawing board, the minister said after the vote failed.
Next week the ministers will meet again in Geneva to discuss the treaty.
Advertising revenue fell for the third straight quarter, the company said.
Tags on the luggage showed it had come from Lisbon via Madrid.
Posted in front of the ministry, riot police watched the crowd until dawn.
Follow the money, the prosecutor told the jury in her closing argument.
Photos by the agency showed flames rising from the roof of the building.
Getty Images, the photo agency, said it had removed the picture from its archive.
The photo, taken in 2019, shows the two leaders shaking hands in Helsinki.
Sources said the talks would resume on Monday, though no date was confirmed.
Comments by the minister drew sharp criticism from the opposition.
“No comment,” he said, before getting into a waiting car.
Copyright law does not protect ideas, only their expression, the judge noted.
By Monday, the talks had stalled; by Wednesday, they had collapsed.
By comparison, exports rose 2 percent in the same period.
Updated figures will be released in March, the statistics office said.
Published in 2019, the report found widespread fraud in the program.
Loading of the ships resumed after the strike ended on Friday.
Trending topics on social media included the strike and the storm.
Don't miss the point, the minister told reporters: the deal is not done.
Sign up for the program closes on Friday, officials said.
Reporting by The New York Times found that the plan had been shelved in 2020.
Research by Oxford University shows a sharp rise in food prices.
Sponsored by the city council, the festival drew thousands of visitors to the harbour.
Regulators said websites that use cookies must ask for consent first.
Privacy campaigners criticized the terms of use of the new app.
Mr. Stoltenberg said NATO was “united” and “ready for dialogue.”
What happens next
Is there a possible agreement?
Joe Biden
The presidents of Russia and the United States met for two hours.
Never. Not once. Not ever.
On his part of the deal, he paid $5 million, according to court filings.
There was no wrongdoing on her part, the court found.
For his part, Blinken reiterated U.S. support for Ukraine.
The bonds were sold at par, the bank said, and will mature in 2030.
He was impatient with the delays and impatient to see results.
She stood in the frame of the door, waiting for the verdict.
Costs rise as a function of distance and fuel prices.
It was the coldest winter since 2010, and the driest in 40 years.
The minister attended the summit and assisted the delegation with logistics.
She realized the study had been flawed from the start.
The company realized a profit of $3 million in the quarter.
The ruling made the question of funding moot.
It was announced that the talks would resume on Monday.
“We will grow,” it said in a statement on Tuesday.
Surprise was a key element of the plan, and elements of the army backed it.
Officials filed asset declarations to the anti-corruption agency.
The government can count on the support of the opposition.
Police foiled an attempt on his life in March.
The ministry will publish the rules in the next few days.
A large quantity of weapons was seized at the port.
Such views have no place in our society, the mayor said.
The minister was informed that 40 people had died.
In a telephone interview with Reuters, the minister denied the report.
“We are worried,” said the diplomat, who asked not to be named.
The minister defended that decision on Monday.
The talks began this past Monday in Geneva.
Despite the sanctions, trade grew by 4 percent.
He waited until now to speak about the affair.
It is a question of time, the coach said.
The team could not sustain a conversation about tactics.
Fans celebrated a win on Friday night.

(with information from the EFE and AFP)
"""


def test_clean_news_is_silent() -> None:
    findings = ours(CLEAN_NEWS)
    assert findings == [], [(f.line, f.code, f.message) for f in findings]


def test_clean_news_is_long_enough() -> None:
    assert sum(1 for line in CLEAN_NEWS.splitlines() if line.strip()) >= 60


SCRAPED = """\
Talks resumed on Monday.

See also\u00a0 How the robot will serve the public | It can perform 600 human movements

Share this article on Facebook Twitter WhatsApp

Advertisement

Biden spoke to Zelensky (Photo: Reuters).

Categorized in:

source site-59
"""


def test_scraped_furniture_is_flagged() -> None:
    lines = {f.line for f in ours(SCRAPED)}
    assert lines == {3, 5, 7, 9, 11, 13}


@pytest.mark.skipif(not GOLD.is_file(), reason="shared seeds not available")
def test_seed_boilerplate_recall_and_precision() -> None:
    gold = [
        json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    annotated = {(g["file"], g["line"]) for g in gold}
    want = {(g["file"], g["line"]) for g in gold if g["category"] == "boilerplate"}
    got: set[tuple[str, int]] = set()
    for path in sorted((SHARED / "corpus" / "seeds").glob("*.txt")):
        rel = f"seeds/{path.name}"
        for f in ours(path.read_text(encoding="utf-8"), rel):
            got.add((rel, f.line))
    assert len(want & got) >= 0.9 * len(want), sorted(want - got)
    assert sorted(got - annotated) == []
