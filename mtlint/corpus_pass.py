"""The collect pass of corpus rules (see ``mtlint.corpus``), run before linting."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import partial
from itertools import chain, islice

from mtlint import corpus, parts
from mtlint.document import BinaryFileError, Document, decode
from mtlint.engine import ruleset
from mtlint.files import Target
from mtlint.frontmatter import rules_text
from mtlint.glossary import glossary_index
from mtlint.parallel import can_fork, pool_map
from mtlint.runner import read_target


def corpus_rules(targets: Iterable[Target]) -> list[corpus.CorpusRule]:
    """The enabled corpus rules of the run (one instance per code)."""
    seen: dict[str, corpus.CorpusRule] = {}
    configs = {t.config for t in targets}
    for config in configs:
        for rule, _ in ruleset(config).rules:
            # hasattr first: a Protocol isinstance check costs ~40 us (Python 3.11), and
            # most rules are not corpus rules
            if hasattr(rule, "corpus_key") and isinstance(rule, corpus.CorpusRule):
                seen.setdefault(rule.corpus_key, rule)
    return list(seen.values())


def publish_glossary(targets: Iterable[Target]) -> None:
    """Publish the glossary of the targets' configs (the name rules read it)."""
    for key, value in glossary_index(t.config.glossary for t in targets).items():
        corpus.publish(key, value)


def _summaries(rules: Sequence[corpus.CorpusRule], target: Target) -> list[object] | None:
    """One target's summary for each of the run's corpus ``rules`` (None: unreadable).

    The rules come as an argument, not a module global: runs in several threads each
    have their own (a rule pickles small, by its code, for the workers)."""
    if target.problem is not None:
        return None  # a bad record: the lint pass reports it
    try:
        decoded = decode(read_target(target))
    except (OSError, BinaryFileError):
        return None
    text = rules_text(decoded.text, target.display)[0]
    if parts.is_long(text):  # read part by part, still one file's summary
        return parts.summaries(text, target.display, rules)
    doc = Document(text, target.display)
    return [rule.collect(doc) for rule in rules]


def _lost(target: Target) -> None:
    return None  # a file that kills a worker teaches nothing; the lint pass reports it


def collect(
    targets: Sequence[Target], jobs: int = 1, records: Iterable[Target] | None = None
) -> None:
    """Summarise every target (or, for JSON Lines corpora, every one of the ``records``
    read from them) for each corpus rule and publish the merged indexes.

    The glossary goes first: merging may use it (a glossary name is never a variant).
    With ``jobs`` > 1 the summaries are computed by forked workers, in input order.
    """
    corpus.clear()
    if records is not None:
        corpus.publish(corpus.UNIT_KEY, "record")
    publish_glossary(targets)
    rules = corpus_rules(targets)
    source = iter(targets if records is None else records)
    head = list(islice(source, 2)) if rules else []
    if len(head) < 2:
        return  # one document: the rules read it directly
    items = chain(head, source)
    total = len(targets) if records is None else None  # records: not known ahead
    summarise = partial(_summaries, tuple(rules))
    if jobs > 1 and can_fork():
        found: Iterable[list[object] | None] = (
            part for _, part in pool_map(summarise, items, jobs, _lost, total=total)
        )
    else:
        found = map(summarise, items)
    accs = [rule.start() for rule in rules]  # folded as they come: memory stays flat
    for summary in found:
        if summary is not None:
            for rule, acc, part in zip(rules, accs, summary, strict=True):
                rule.add(acc, part)
    for rule, acc in zip(rules, accs, strict=True):
        corpus.publish(rule.corpus_key, rule.finish(acc))
