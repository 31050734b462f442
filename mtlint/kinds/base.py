"""Shared machinery of the declarative kinds: validated fields, compiled patterns."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any, ClassVar

from mtlint import rx
from mtlint.document import Document
from mtlint.errors import RuleFileError
from mtlint.kinds import reqcache
from mtlint.kinds.literals import Requirement
from mtlint.kinds.prefilter import register
from mtlint.model import Applicability, Category, Severity
from mtlint.records import dataclass
from mtlint.rule import Examples, FailExample, Rule, RuleMeta

PATTERN_TIMEOUT = 2.0  # seconds per search: guards against catastrophic user patterns
COMMON_KEYS = frozenset(
    {
        "code",
        "name",
        "kind",
        "category",
        "severity",
        "summary",
        "description",
        "message",
        "examples",
        "ignorecase",
        "lists",
        "exceptions",
        "markup",
    }
)
_PLAIN_FLAGS = rx.IGNORECASE | rx.MULTILINE | rx.DOTALL | rx.UNICODE | rx.ASCII | rx.V0
NO_REQUIREMENT = Requirement()
_CODE = rx.lazy(r"^[A-Z]{2,3}\d{3}$")
_NAME = rx.lazy(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")


@dataclass(frozen=True, slots=True)
class Spec:
    """A parsed rule file: the raw mapping plus where it came from, for error messages."""

    path: str
    data: Mapping[str, Any]

    def error(self, key: str, problem: str) -> RuleFileError:
        return RuleFileError(f"{self.path}: {key}: {problem}")

    def get(self, key: str, typ: type | tuple[type, ...], default: Any = None) -> Any:
        value = self.data.get(key, default)
        if value is None and default is None:
            return None
        if not isinstance(value, typ):
            raise self.error(key, f"expected {_typename(typ)}, got {type(value).__name__}")
        return value

    def require(self, key: str, typ: type | tuple[type, ...]) -> Any:
        if key not in self.data:
            raise self.error(key, "missing required key")
        return self.get(key, typ)

    def strings(self, key: str) -> list[str]:
        value = self.get(key, list, [])
        if not all(isinstance(v, str) for v in value):
            raise self.error(key, "expected a list of strings")
        return list(value)


def _typename(typ: type | tuple[type, ...]) -> str:
    if isinstance(typ, tuple):
        return " or ".join(t.__name__ for t in typ)
    return typ.__name__


class YamlRule(Rule):
    """Base of the declarative kinds: parses the common keys and compiles once."""

    kind: ClassVar[str]
    extra_keys: ClassVar[frozenset[str]] = frozenset()

    def __init__(self, spec: Spec, trusted: bool = False) -> None:
        self.spec = spec
        # A shipped rule's patterns are reviewed and tested, so they run without the
        # per-search timeout that guards against a user's catastrophic pattern (a timed
        # search costs several times an untimed one on a short line).
        self.trusted = trusted
        unknown = set(spec.data) - COMMON_KEYS - self.extra_keys
        if unknown:
            raise spec.error(sorted(unknown)[0], "unknown key")
        code = spec.require("code", str)
        if not _CODE.match(code):
            raise spec.error("code", f"{code!r} is not two or three capitals and three digits")
        name = spec.require("name", str)
        if not _NAME.match(name):
            raise spec.error("name", f"{name!r} is not kebab-case")
        try:
            category = Category(spec.require("category", str))
        except ValueError:
            raise spec.error("category", f"unknown category {spec.data['category']!r}") from None
        if not code.startswith(category.prefix):
            raise spec.error("code", f"{code} must start with {category.prefix} for {category}")
        try:
            severity = Severity.parse(spec.get("severity", str, "warning"))
        except ValueError as exc:
            raise spec.error("severity", str(exc)) from None
        self.message: str = spec.require("message", str)
        self.ignorecase: bool = spec.get("ignorecase", bool, False)
        self.markup: list[str] = spec.strings("markup")  # empty: every kind of file
        lists = spec.get("lists", dict, {})
        self.lists: dict[str, list[str]] = {}
        for key, words in lists.items():
            if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
                raise spec.error(f"lists.{key}", "expected a list of strings")
            self.lists[str(key)] = words
        self.exceptions = [self.compile(p, "exceptions") for p in spec.strings("exceptions")]
        self.meta = RuleMeta(
            code=code,
            name=name,
            category=category,
            severity=severity,
            summary=spec.require("summary", str).strip(),
            docs=str(spec.get("description", str, "")).strip(),
            fixable=self.is_fixable(),
            source=spec.path,
        )
        if not trusted:  # a user's rule file is checked whole at load; shipped ones by the tests
            self.__dict__["examples"] = self._examples()

    def is_fixable(self) -> bool:
        return False

    def compile(self, pattern: str, key: str, extra_flags: int = 0) -> rx.Pattern[str]:
        flags = rx.V0 | (rx.IGNORECASE if self.ignorecase else 0) | extra_flags
        # Only the lists this pattern names: regex rejects unused keyword arguments.
        used = {k: v for k, v in self.lists.items() if f"\\L<{k}>" in pattern}
        try:
            return rx.compile(pattern, flags, **used)
        except (rx.lib().error, ValueError, TypeError) as exc:
            raise self.spec.error(key, f"bad pattern {pattern!r}: {exc}") from None

    def twin(self, compiled: rx.Pattern[str], key: str) -> rx.Pattern[str]:
        """The whole-text (MULTILINE) twin of a per-line pattern; the pattern itself when
        no anchor makes the flag matter, so that start-up compiles it only once."""
        if "^" not in compiled.pattern and "$" not in compiled.pattern:
            return compiled
        return self.compile(compiled.pattern, key, rx.MULTILINE)

    def applies(self, doc: Document) -> bool:
        return not self.markup or doc.markup in self.markup

    def requirement(
        self, pattern: rx.Pattern[str], source: str | None = None, scanned: bool = True
    ) -> Requirement:
        """The literals every match of ``pattern`` (or of its part ``source``) contains
        (see kinds.literals); none when a flag changes what the literals mean (verbose
        mode, full case folding). ``scanned``: registered with the shared literal scan
        (a requirement the rule never asks the prefilter about would only make every
        document's scan longer)."""
        if pattern.flags & ~_PLAIN_FLAGS:
            return NO_REQUIREMENT
        text = pattern.pattern if source is None else source
        req = reqcache.requirement(text, self.lists)
        return register(req) if scanned else req

    def prepare(self) -> None:
        """Analyse the literal requirements now (each kind's ``required``): the prefilter's
        automaton then holds every literal before the first long document (it is rebuilt
        whenever one is added), and forked workers inherit the analysis."""
        getattr(self, "required", None)

    def excepted(self, text: str) -> bool:
        return any(e.search(text, timeout=PATTERN_TIMEOUT) for e in self.exceptions)

    def fix_applicability(self, key: str = "fix") -> Applicability | None:
        value = self.spec.get(key, str, "none")
        if value == "none":
            return None
        try:
            return Applicability(value)
        except ValueError:
            raise self.spec.error(
                key, f"expected safe, unsafe, display or none, got {value!r}"
            ) from None

    @cached_property
    def examples(self) -> Examples:  # type: ignore[override]
        """The rule file's own examples, parsed on first use: a check does not need them
        (a user's rule file has them parsed, and checked, at load)."""
        return self._examples()

    def _examples(self) -> Examples:
        spec = self.spec
        raw = spec.require("examples", dict)
        unknown = set(raw) - {"fail", "pass"}
        if unknown:
            raise spec.error(f"examples.{sorted(unknown)[0]}", "unknown key")
        fails: list[FailExample] = []
        for i, item in enumerate(raw.get("fail") or []):
            if not isinstance(item, dict) or not isinstance(item.get("text"), str):
                raise spec.error(f"examples.fail[{i}]", "expected a mapping with 'text'")
            extra = set(item) - {"text", "expect", "fixed"}
            if extra:
                raise spec.error(f"examples.fail[{i}].{sorted(extra)[0]}", "unknown key")
            expect = item.get("expect") or []
            fixed = item.get("fixed")
            fails.append(FailExample(item["text"], tuple(str(e) for e in expect), fixed))
        passing = raw.get("pass") or []
        if not all(isinstance(p, str) for p in passing):
            raise spec.error("examples.pass", "expected a list of strings")
        if not fails or not passing:
            raise spec.error("examples", "needs at least one fail and one pass example")
        return Examples(tuple(fails), tuple(passing))

    def format_message(self, **values: str) -> str:
        try:
            return self.message.format(**values)
        except (KeyError, IndexError, ValueError) as exc:
            raise self.spec.error("message", f"bad placeholder: {exc}") from None


def may_match(prefilter: rx.Pattern[str], text: str) -> bool:
    """Whether a whole-text, MULTILINE twin of a per-line pattern matches anywhere.

    Searching the whole text once is far cheaper than one timed search per line, and most
    documents contain nothing a given rule looks for. The twin matches wherever the
    per-line pattern matches a line (``^``/``$`` work per line), so a miss means the rule
    has nothing to report; a hit (or a timeout) sends the rule to its exact per-line pass.
    """
    budget = PATTERN_TIMEOUT * max(1.0, len(text) / 200_000)
    try:
        return prefilter.search(text, timeout=budget) is not None
    except TimeoutError:
        return True
