"""Start-up without ``regex``'s Python half (see mtlint.rxbase): the flags and ``escape``
are the library's, cached patterns are the library's objects, and a warm run of one
small file imports neither ``regex`` nor the modules only other options need. Also the
replacements that made that possible (rules._prose.occurs) and the rule files listed
without pathlib (registry.yaml_rule_files)."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

import regex

from mtlint import rx, rxbase
from mtlint.registry import builtin_rules_dir, load_yaml_rules, yaml_rule_files
from mtlint.rules._prose import AFTER_LOWERCASE, NOT_IN_A_WORD, occurs

FLAGS = [
    "ASCII", "DEBUG", "DOTALL", "IGNORECASE", "LOCALE", "MULTILINE", "TEMPLATE", "UNICODE",
    "V0", "V1", "VERBOSE", "VERSION0", "VERSION1",
]  # fmt: skip


def test_flags_are_the_librarys() -> None:
    assert {name: getattr(rx, name) for name in FLAGS} == {
        name: int(getattr(regex, name)) for name in FLAGS
    }
    assert rxbase.default_version() == int(regex.DEFAULT_VERSION)


def test_escape_is_the_librarys() -> None:
    every = "".join(map(chr, range(0x3100))) + "\u3000\U0001f600 a-b.c|d\\e"
    assert rx.escape(every) == regex.escape(every)
    for word in ("Dr. Who", "C++", "(AFP)", "a\tb\nc", "", "état-major", "#1 & ~2"):
        assert rx.escape(word) == regex.escape(word)


def test_cached_patterns_are_the_librarys_objects() -> None:
    assert rx.Pattern is regex.Pattern and rx.Match is regex.Match
    compiled = rx.compile(r"(?P<w>\p{Lu}\p{Ll}+)\s+\1", rx.IGNORECASE)
    plain = regex.compile(r"(?P<w>\p{Lu}\p{Ll}+)\s+\1", regex.IGNORECASE)
    assert isinstance(compiled, regex.Pattern)
    text = "Paris paris PARIS Rome rome"
    assert [m.span() for m in compiled.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert compiled.sub(r"<\g<w>>", text) == plain.sub(r"<\g<w>>", text)  # a template


PROBE = """
import runpy, sys
sys.argv = ["mtlint", *sys.argv[1:]]
try:
    runpy.run_module("mtlint", run_name="__main__")
except SystemExit:
    pass
late = ("regex", "regex._main", "mtlint.baseline", "mtlint.formatters.sarif",
        "mtlint.jsonl_input", "mtlint.docs", "mtlint.grammar_pass")
print("imported:", *[name for name in late if name in sys.modules])
"""


def test_a_warm_run_imports_only_what_it_uses(tmp_path: Path) -> None:
    doc = tmp_path / "doc.txt"
    doc.write_text("Hello world. This is fine.\n")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    cmd = [sys.executable, "-c", PROBE, "check", "--no-cache", "--format", "jsonl", str(doc)]
    cold = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300)
    assert "imported: regex regex._main" in cold.stdout  # the patterns are compiled once
    warm = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300)
    assert warm.stdout.splitlines()[-1] == "imported:"
    assert warm.stdout.splitlines()[:-1] == cold.stdout.splitlines()[:-1]


def test_rule_files_are_listed_as_rglob_lists_them(tmp_path: Path) -> None:
    """registry.yaml_rule_files walks with os.walk: the same files, in the same order."""
    names = ["a.yaml", "b.yml", ".yaml", ".x.yaml", "c.yaml.bak", "d.YAML", "a-b/e.yaml"]
    names += ["a/e.yaml", "a/b/f.yml", "data/g.yaml", "sub/data/h.yaml", "z/..yaml"]
    for name in names:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("kind: existence\n")
    (tmp_path / "linked").symlink_to(tmp_path / "a", target_is_directory=True)
    for skip in ((), ("data",)):
        expected = sorted(
            p
            for p in tmp_path.rglob("*.y*ml")
            if p.suffix in (".yaml", ".yml") and p.relative_to(tmp_path).parts[0] not in skip
        )
        assert yaml_rule_files(tmp_path, skip) == expected
    base = builtin_rules_dir()
    rules = load_yaml_rules([base], root=base.parent, skip=("data",))
    files = yaml_rule_files(base, ("data",))
    assert [r.meta.source for r in rules] == [p.relative_to(base.parent).as_posix() for p in files]


def test_occurs_is_the_search_it_replaces() -> None:
    """rules._prose.occurs: the per-word searches of three rules, without a pattern each."""
    rng = random.Random(7)
    alphabet = ["a", "b", "A", " ", "\t", "\n", ".", "é", "É", "\u0301", "-", "1"]
    words = ["ab", "Ab", "aé", "Éb", "abab", "a\u0301b", "a.b", "A b"]
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(14)))
        word = rng.choice(words)
        literal, after = regex.escape(word), r"(?![\p{L}\p{M}])"
        lower = regex.search(rf"\p{{Ll}}[ \t]+{literal}{after}", text)
        alone = regex.search(rf"(?<![\p{{L}}\p{{M}}]){literal}{after}", text)
        assert occurs(word, text, AFTER_LOWERCASE) == bool(lower), (word, text)
        assert occurs(word, text, NOT_IN_A_WORD) == bool(alone), (word, text)
