"""Broken-sentence (BS) rules: seed recall, defect examples, and silence on clean prose.

The clean text below is original, professionally edited news English packed with the
traps these rules must step around: dialogue, quotes inside and outside punctuation,
abbreviations (U.S., Mr., Dr., p.m., e.g., Inc.), initials, decimals, ellipses, titles of
works and newspapers, names after commas, letter labels, headings, lists and camel-case
names. Every finding on it is a false positive.
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
RULES = [(r, r.meta.severity) for r in REGISTRY if r.code.startswith("BS")]
SHARED = Path(__file__).resolve().parents[2].parent / "shared"
GOLD = SHARED / "corpus" / "seeds.gold.jsonl"


def ours(text: str, path: str = "doc.txt") -> list[Finding]:
    return lint_document(text, path, RULES, REGISTRY)


CLEAN_NEWS = """\
Ministers Agree on Water Plan After Marathon Talks

WASHINGTON (AP) — The U.S. Senate voted 61-39 on Thursday to approve a $4.5 billion water bill, sending it to the House.
“We did what we said we would do,” said Sen. Maria Delgado, D-N.M., who wrote the measure. “Now it’s their turn.”
The bill, which passed at 11:40 p.m., sets aside 3.5 percent of the fund for rural towns, e.g. those with fewer than 5,000 people.
Mr. Ortiz, a Republican from Texas, voted against it. He said the cost was “simply too high.”
Asked whether he would change his mind, he said he would not. The vote is final, his aides said.
The New York Times first reported the deal on Tuesday, and The Washington Post followed hours later.
Among those at the signing were Dr. Anna Kim, the surgeon general; Gen. Mark A. Milley; and J. K. Rowling’s U.S. publisher.
The agency, in a statement, said the plan was “sound.” A spokeswoman declined to give details.
Officials said the first payments would go out in January, and the rest by Sept. 30.
“Why now?” he asked. “Because the wells are running dry,” she replied.
Wait... what did he say? Nobody knew, not even his staff.
The measure now goes to the House, where Speaker Mike Johnson, R-La., has promised a vote.
Analysts at Goldman Sachs Group Inc. and Morgan Stanley expect the bill to pass, though some warned of delays.
In Sacramento, Calif., Gov. Gavin Newsom called it “a good start.” Others were less kind.
The question is, Will it be enough before the summer?
Farmers in the Central Valley, many of them third-generation growers, have waited years for relief.
“I’ve seen droughts before,” said Luis Ortega, 67. “This one is different. It’s worse.”
His neighbor, a retired teacher, agreed. She has lived in Fresno since 1971.

A Film, a Book and a Song

Critics praised the film Gone With the Wind, the novel A Tale of Two Cities and the song With or Without You.
She has read Of Mice and Men twice and is now reading Into the Wild, a book her father loved.
The band The Who played in The Hague on Friday, and the Beatles’ album Let It Be was reissued.
Stephen King’s It was adapted again; the remake opened at No. 1 with $91 million.
He starred in Doctor Who for three seasons, and Vice Premier He Lifeng met him in Beijing.
The orchestra played a symphony in A minor, then a piece in B flat.

Health and Science

Children need vitamin A and vitamin D, and some need hepatitis A shots before travel.
The trial tested a type A strain of influenza in Group A patients and Category B volunteers.
Class A shares rose 2.3 percent, while the company’s Series A investors stayed quiet.
Plan B is ready if Plan A fails, the coach said; his team finished first in Group C.
In the U.K., Prof. Sarah Jones of Oxford said the data were “robust.”
Dr. Rao, who led the study at Johns Hopkins University, said results could change.
The study was published in Nature on Wednesday. It included 1,200 people aged 18 to 65.
Blood types B, A or O were all represented, according to the researchers.
Researchers from A to Z, as one put it, signed the letter.

Business

Apple Inc. said iPhone sales rose. eBay and PayPal both reported gains, as did McDonald’s.
YouTube, LinkedIn and PowerPoint are used by most of the staff, a survey by YouGov found.
LeBron James and Ron DeSantis were mentioned, as was the MacArthur Foundation.
The firm’s shares closed at $12.75, up from $11.20, on the Nasdaq.
Acme Corp. and its partner, Beta Ltd., will merge in the second quarter, executives said.
Sales at the store on St. Mark’s Place in New York fell 4.8 percent.
The company makes parts for Boeing, Airbus and Embraer, among others.
Ford said it would cut 3,000 jobs; GM did not comment.
Revenue was $2.1 billion vs. $1.9 billion a year earlier, approx. 10 percent higher.
The report, which runs to 120 pages, makes 14 recommendations.

Local News

The fire broke out at about 2 a.m. on Main St. and spread to three homes.
Firefighters from Kent, Ohio, and Akron arrived within minutes.
No one was hurt, police said. The cause is under investigation.
The house, built in 1910, belonged to the late Judge Harold W. Baines Jr.
Neighbors said they heard a loud bang. Then the lights went out.
One resident, Martha Cole, said she grabbed her dog and ran.
“It was terrifying,” Cole said. “I’ve never seen anything like it.”
The Red Cross is helping two families, a spokesman said Monday.
The city council meets at 7 p.m. Tuesday at City Hall, 200 N. Main St.
Meanwhile, the road will stay closed until Friday, the county said.

Sports

The Lakers beat the Celtics 112-108 on Sunday night.
Anthony Davis scored 31 points, and LeBron James added 25.
“We found a way,” coach Darvin Ham said. “That’s what good teams do.”
The Serie A club signed the striker for 40 million euros.
The All Blacks won 3-1 in the series, their first title since 2019.
She ran the 400 meters in 49.8 seconds, a personal best.

Lists and Notes

Key points:
- The bill costs $4.5 billion.
- It covers 12 states.
- Payments start in January.

1. Apply online.
2. Wait for a letter.
3. Call the office if nothing arrives.

Q&A: What the Bill Means for You

Q: Will my water bill go up?
A: Not this year, officials say.
Q: Who pays for it?
A: The federal government, mostly.

Dialogue

“Are you coming?” she asked.
“Maybe,” he said. “If the rain stops.”
“Well, then,” she said, “we’ll wait.”
“Stop!” the officer shouted. The man ran.
He paused. “I don’t know. Maybe tomorrow.”
“Thank you,” said Mrs. Alvarez. “You’ve been very kind.”
“The answer,” he said, “is no.”

Odds and Ends

The meeting ran from 9 a.m. to 5 p.m., with a break at noon.
He earned a Ph.D. from MIT and an M.B.A. from Wharton.
The temperature fell to -3.5 C overnight, the lowest since 1985.
See the full report at example.com or email press@example.org for details.
The term “de facto” is Latin; the word “the” is an article.
Van Gogh painted it in 1889. de Gaulle, by contrast, never saw it.
The so-called Group of Seven, or G7, met in Italy.
Visitors can take Route 66 or the A1 highway, which is faster.
The plan covers 2024-25, i.e. the next fiscal year, and part of 2026.
Smith et al. found similar effects in their 2019 paper.
Sixty-five people attended, including Fr. Michael Dunn and Sr. Mary Clare.
He was born in Ill. and moved to Minn. as a boy.
The park opens at 6 a.m. The gates close at sunset.
In Iraq, Coalition forces said they had secured the road, and Opposition leader Ali Rahim agreed.
Fans in PowerShell forums and GameStop investors met at SunTrust Banks in Atlanta.
"""


def test_clean_news_prose_is_silent() -> None:
    findings = ours(CLEAN_NEWS)
    assert [(f.line, f.code, f.message) for f in findings] == []


def test_clean_news_prose_as_markdown_is_silent() -> None:
    findings = ours(CLEAN_NEWS, "article.md")
    assert [(f.line, f.code, f.message) for f in findings] == []


DEFECTS = [
    ("In a call scheduled for ThursdayThe official said so.", "BS001"),
    ("Talks are set for January 10On the nuclear treaties.", "BS001"),
    ("Nobody expected a delay this monthIt’s the third one this year.", "BS001"),
    ("Prices rose in MarchOpposition parties objected to the plan.", "BS001"),
    ("“We are ready,” he added.Blinken spoke later.", "BS002"),
    ("He spoke on the show Meet the pressfrom the series NBC.", "BS003"),
    ("Biden remains concerned, A senior official said on Wednesday.", "BS004"),
    ("“But we are ready to respond,” The official said.", "BS004"),
    ("The minister rejected calls to resign, The Prime Minister acknowledged it.", "BS004"),
    ("Farmers said the measures did not go far enough, Emergency crews worked all night.", "BS004"),
    ("The call occurs A day before the summit.", "BS005"),
    ("Plans were also indicated. in the allied states.", "BS006"),
    ("He said it would not. Accept anything about third countries.", "BS007"),
    ("They will speak “about Russia.” A White House spokeswoman announced on Wednesday.", "BS008"),
    ("Moscow backs the rebels. ‘Has been in the country for almost eight years.", "BS009"),
    (
        "He backed Kyiv. In light of the increase in the Russian military presence on the "
        "border between the two countries.",
        "BS010",
    ),
]


@pytest.mark.parametrize(("text", "code"), DEFECTS)
def test_defect_is_reported(text: str, code: str) -> None:
    assert code in [f.code for f in ours(text)]


@pytest.mark.skipif(not GOLD.exists(), reason="shared corpus not available")
def test_seed_recall_and_precision() -> None:
    gold = [json.loads(x) for x in GOLD.read_text(encoding="utf-8").splitlines() if x]
    wanted = {(g["file"], g["line"]) for g in gold if g["category"] == "broken-sentence"}
    annotated = {(g["file"], g["line"]) for g in gold}
    flagged: set[tuple[str, int]] = set()
    for path in sorted((SHARED / "corpus" / "seeds").glob("*.txt")):
        rel = f"seeds/{path.name}"
        flagged.update((rel, f.line) for f in ours(path.read_text(encoding="utf-8")))
    assert len(wanted & flagged) >= 0.9 * len(wanted), sorted(wanted - flagged)
    assert flagged <= annotated, sorted(flagged - annotated)
