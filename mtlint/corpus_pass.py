"""The collect pass of corpus rules (see ``mtlint.corpus``), run before linting."""

from __future__ import annotations

from collections.abc import Iterable

from mtlint import corpus
from mtlint.document import BinaryFileError, Document, decode
from mtlint.engine import ruleset
from mtlint.files import Target
from mtlint.glossary import glossary_index
from mtlint.runner import read_target
from mtlint.suppress import parse


def corpus_rules(targets: Iterable[Target]) -> list[corpus.CorpusRule]:
    """The enabled corpus rules of the run (one instance per code)."""
    seen: dict[str, corpus.CorpusRule] = {}
    configs = {t.config for t in targets}
    for config in configs:
        for rule, _ in ruleset(config).rules:
            if isinstance(rule, corpus.CorpusRule):
                seen.setdefault(rule.corpus_key, rule)
    return list(seen.values())


def publish_glossary(targets: Iterable[Target]) -> None:
    """Publish the glossary of the targets' configs (the name rules read it)."""
    for key, value in glossary_index(t.config.glossary for t in targets).items():
        corpus.publish(key, value)


def collect(targets: list[Target]) -> None:
    """Summarise every target for each corpus rule and publish the merged indexes.

    The glossary goes first: merging may use it (a glossary name is never a variant).
    """
    corpus.clear()
    publish_glossary(targets)
    rules = corpus_rules(targets)
    if not rules or len(targets) < 2:
        return  # one document: the rules read it directly
    parts: dict[str, list[object]] = {r.corpus_key: [] for r in rules}
    for target in targets:
        try:
            decoded = decode(read_target(target))
        except (OSError, BinaryFileError):
            continue
        doc = Document(parse(decoded.text)[0], target.display)
        for rule in rules:
            parts[rule.corpus_key].append(rule.collect(doc))
    for rule in rules:
        corpus.publish(rule.corpus_key, rule.merge(parts[rule.corpus_key]))
