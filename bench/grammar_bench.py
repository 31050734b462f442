"""Sentences per second: mtlint's GrammarChecker vs plain requests to the same LanguageTool.

    .venv/bin/python bench/grammar_bench.py                  # provisioned LT, ~1 minute
    .venv/bin/python bench/grammar_bench.py --docs 10 --paragraphs 20 --url http://127.0.0.1:8081

The baseline sends each document as one request, one after another, with the same
parameters (what a script using LanguageTool directly would do). mtlint batches paragraphs
across documents and sends batches concurrently; a second mtlint run over the same text is
answered from the disk cache. Each measurement gets its own generated text, so LanguageTool's
internal caches cannot favour either side. Needs a provisioned LanguageTool or ``--url``.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mtlint.document import Document
from mtlint.grammar import GrammarChecker, GrammarUnavailable

SUBJECTS = [
    "The minister",
    "Officials in {city}",
    "The company",
    "Mr. {name}",
    "Analysts",
    "The central bank",
    "Police",
    "Her spokeswoman",
    "The agency",
    "Residents",
]
VERBS = ["said", "announced", "warned", "confirmed", "reported", "denied", "suggested"]
OBJECTS = [
    "that talks would resume on {day}",
    "that {n} people had been evacuated",
    "a plan worth {n} million euros",
    "that prices rose {n}% in {month}",
    "that the vote was postponed until {month}",
    "he go to the meeting on {day}",
    "that the the report was incomplete",
    "its a difficult decision for {city}",
]
FILL = {
    "city": ["Kyiv", "Madrid", "Lagos", "Lima", "Oslo", "Hanoi"],
    "name": ["Smith", "García", "Okafor", "Nguyen", "Kowalski"],
    "day": ["Monday", "Tuesday", "Friday", "Sunday"],
    "month": ["March", "June", "October", "December"],
}


def sentence(rng: random.Random) -> str:
    parts = [rng.choice(SUBJECTS), rng.choice(VERBS), rng.choice(OBJECTS)]
    text = " ".join(parts).format(
        n=rng.randint(2, 999), **{k: rng.choice(v) for k, v in FILL.items()}
    )
    return text + "."


def corpus(seed: int, docs: int, paragraphs: int) -> list[Document]:
    rng = random.Random(seed)
    out = []
    for d in range(docs):
        paras = [
            " ".join(sentence(rng) for _ in range(rng.randint(2, 4))) for _ in range(paragraphs)
        ]
        out.append(Document("\n\n".join(paras) + "\n", f"doc{seed}-{d}.txt"))
    return out


def sentences(docs: list[Document]) -> int:
    return sum(len(d.sentences) for d in docs)


def direct(url: str, params: dict[str, str], docs: list[Document]) -> int:
    matches = 0
    for doc in docs:
        data = urllib.parse.urlencode({**params, "text": doc.text}).encode()
        with urllib.request.urlopen(url + "check", data, timeout=300) as response:
            matches += len(json.load(response)["matches"])
    return matches


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=8)
    ap.add_argument("--paragraphs", type=int, default=15)
    ap.add_argument("--threads", type=int, default=4)
    ap.add_argument("--url", help="an already running LanguageTool (default: start one)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as cache:
        try:
            t0 = time.perf_counter()
            checker = GrammarChecker.start({"cache-dir": cache, "threads": args.threads}, args.url)
        except GrammarUnavailable as exc:
            print(f"grammar_bench: {exc}", file=sys.stderr)
            return 2
        startup = time.perf_counter() - t0
        try:
            checker.check(corpus(0, 2, 5))  # warm the JVM's code paths for both sides
            rows = []
            docs = corpus(1, args.docs, args.paragraphs)
            t0 = time.perf_counter()
            n = direct(checker.url, checker.settings.params(), docs)
            rows.append(("direct, one request per document", docs, time.perf_counter() - t0, n))
            docs = corpus(2, args.docs, args.paragraphs)
            t0 = time.perf_counter()
            hits = checker.check(docs)
            rows.append(
                (
                    "mtlint GrammarChecker, cold cache",
                    docs,
                    time.perf_counter() - t0,
                    sum(len(h) for h in hits.values()),
                )
            )
            before = checker.requests
            t0 = time.perf_counter()
            hits = checker.check(docs)
            rows.append(
                (
                    "mtlint GrammarChecker, warm cache",
                    docs,
                    time.perf_counter() - t0,
                    sum(len(h) for h in hits.values()),
                )
            )
            assert checker.requests == before
        finally:
            checker.close()
    print(
        f"LanguageTool {checker.version} via {checker.backend.source}; "
        f"start {startup:.1f}s; threads {args.threads}"
    )
    for label, ds, secs, found in rows:
        print(
            f"{label:36} {sentences(ds):5} sentences {secs:7.2f}s "
            f"{sentences(ds) / secs:9.1f} sentences/s  ({found} matches)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
