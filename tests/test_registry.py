"""Conventions every rule must keep, enforced for all of them."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest

import mtlint.rules
from mtlint.docs import docs_of, summary_of
from mtlint.model import Category
from mtlint.registry import build_registry
from mtlint.rule import Rule
from mtlint.rules import BUILTIN_RULES

REGISTRY = build_registry()
RULES = list(REGISTRY)


def test_codes_and_names_are_unique() -> None:
    assert len({r.code for r in RULES}) == len(RULES)
    assert len({r.name for r in RULES}) == len(RULES)


def test_every_category_but_grammar_and_untranslated_has_rules() -> None:
    have = {r.meta.category for r in RULES}
    wanted = set(Category) - {Category.GRAMMAR, Category.UNTRANSLATED, Category.INTERNAL}
    assert wanted <= have, wanted - have


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rule_is_self_describing(rule: Rule) -> None:
    m = rule.meta
    assert m.code.startswith(m.category.prefix)
    assert summary_of(rule), "a one-line summary"
    assert len(docs_of(rule)) > 40, "user docs that say why the rule matters"
    assert rule.examples.fail and rule.examples.passing
    for ex in rule.examples.fail:
        assert ex.expect, "a fail example states where it fails"


def test_every_python_rule_is_listed() -> None:
    found = set()
    for mod in pkgutil.walk_packages(mtlint.rules.__path__, "mtlint.rules."):
        module = importlib.import_module(mod.name)
        for _, obj in inspect.getmembers(module, inspect.isclass):
            concrete = not inspect.isabstract(obj) and "meta" in vars(obj)
            if issubclass(obj, Rule) and obj.__module__ == module.__name__ and concrete:
                found.add(obj)
    assert found == set(BUILTIN_RULES), found ^ set(BUILTIN_RULES)


def test_every_rule_with_a_corpus_key_is_a_whole_corpus_rule() -> None:
    """CorpusRule is a runtime protocol: a rule missing one of its methods (say ``join``)
    would silently stop being a corpus rule, so it must fail here instead."""
    from mtlint import corpus
    from mtlint.config import Config
    from mtlint.engine import ruleset

    keyed = [r for r, _ in ruleset(Config()).rules if hasattr(r, "corpus_key")]
    assert keyed and all(isinstance(r, corpus.CorpusRule) for r in keyed)
