"""Run LanguageTool over batches of targets before the core rules see them.

Grammar hits ride on each target (``Target.extra``) into the core lint, so select/ignore,
severity overrides, suppression directives and de-duplication against core findings apply
to them exactly as to any rule. One server serves the whole run; when it cannot start or
dies mid-run, one notice is printed and the run goes on without grammar (or stops with
exit 2 under ``--require-grammar``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from itertools import islice
from typing import TYPE_CHECKING

from mtlint.document import BinaryFileError, Document, decode
from mtlint.errors import MtlintError
from mtlint.files import Target
from mtlint.frontmatter import rules_text
from mtlint.grammar import GrammarUnavailable

if TYPE_CHECKING:
    from mtlint.config import Config
    from mtlint.grammar.checker import GrammarChecker

BATCH = 64  # files per LanguageTool round: large requests, bounded memory


class GrammarPass:
    def __init__(
        self,
        settings: dict[str, object],
        url: str | None,
        require: bool,
        notify: Callable[[str], None],
        forced: bool = False,
    ) -> None:
        self.settings = settings
        self.url = url
        self.require = require
        self.notify = notify
        self.forced = forced  # --grammar on the command line: every target gets grammar
        self.checker: GrammarChecker | None = None
        self.started = False
        self._first: Config | None = None  # the config whose table this run uses
        self._warned = False

    def _unavailable(self, reason: str) -> None:
        if self.require:
            raise MtlintError(f"grammar checks unavailable: {reason}")
        self.notify(f"mtlint: grammar checks skipped: {reason}")

    def _start(self) -> GrammarChecker | None:
        if not self.started:
            self.started = True
            from mtlint.grammar import GrammarChecker

            try:
                self.checker = GrammarChecker.start(self.settings, url=self.url)
            except GrammarUnavailable as exc:
                self._unavailable(str(exc))
        return self.checker

    def wants(self, target: Target) -> bool:
        return self.forced or target.config.grammar

    def _compare(self, config: Config) -> None:
        """One notice when configs disagree on ``languagetool:``: one server and one set of
        request settings serve the run, those of the first config that turns grammar on
        (the caller builds ``settings`` from it), so the others' tables are not used."""
        if self._first is None:
            self._first = config
        first = self._first
        if self._warned or config is first:
            return
        mine, used = dict(config.languagetool), dict(first.languagetool)
        if self.url != (str(used["url"]) if used.get("url") else None):
            mine.pop("url", None)  # --languagetool-url replaced every config's url
            used.pop("url", None)
        if mine == used:
            return
        self._warned = True
        chosen, other = first.source or "(no config file)", config.source or "(no config file)"
        self.notify(
            f"mtlint: grammar: {chosen} and {other} set different 'languagetool' settings; "
            f"this run uses those of {chosen} for every file"
        )

    def annotate(self, targets: Iterable[Target]) -> Iterator[Target]:
        source = iter(targets)
        while batch := list(islice(source, BATCH)):
            chosen = [i for i, t in enumerate(batch) if self.wants(t)]
            for i in chosen:
                self._compare(batch[i].config)
            checker = self._start() if chosen else None
            if checker is None:
                yield from batch
                continue
            docs = {i: doc for i in chosen if (doc := _document(batch[i])) is not None}
            try:
                found = checker.check_each(list(docs.values()))
            except GrammarUnavailable as exc:
                self.close()
                self._unavailable(str(exc))
                yield from batch
                continue
            hits = dict(zip(docs, found, strict=True))  # by position in the batch: names may repeat
            for i, t in enumerate(batch):
                if i not in hits:
                    yield t
                    continue
                extra = tuple((checker.meta_for(h).code, h) for h in hits[i])
                yield replace(t, grammar=True, extra=extra)

    def close(self) -> None:
        if self.checker is not None:
            self.checker.close()
            self.checker = None


def _document(target: Target) -> Document | None:
    """The text LanguageTool sees: decoded, with mtlint directives and front matter blanked."""
    try:
        raw = (
            target.data
            if target.data is not None
            else (target.path.read_bytes() if target.path is not None else None)
        )
        if raw is None:
            return None
        decoded = decode(raw)
    except (OSError, BinaryFileError):
        return None  # the core pass reports it
    return Document(rules_text(decoded.text, target.display)[0], target.display)
