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

from mtlint.document import BinaryFileError, Document, decode, markup_of
from mtlint.errors import MtlintError
from mtlint.files import Target
from mtlint.frontmatter import blank_front_matter
from mtlint.grammar import GrammarUnavailable
from mtlint.suppress import parse

if TYPE_CHECKING:
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

    def annotate(self, targets: Iterable[Target]) -> Iterator[Target]:
        source = iter(targets)
        while batch := list(islice(source, BATCH)):
            chosen = [t for t in batch if self.wants(t)]
            checker = self._start() if chosen else None
            if checker is None:
                yield from batch
                continue
            docs = [doc for t in chosen if (doc := _document(t)) is not None]
            try:
                hits = checker.check(docs)
            except GrammarUnavailable as exc:
                self.close()
                self._unavailable(str(exc))
                yield from batch
                continue
            checked = {doc.path for doc in docs}
            for t in batch:
                if t.display not in checked:
                    yield t
                    continue
                found = hits.get(t.display, [])
                yield replace(
                    t, grammar=True, extra=tuple((checker.meta_for(h).code, h) for h in found)
                )

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
    blanked, _ = parse(decoded.text, markup_of(target.display))
    return Document(blank_front_matter(blanked, target.display), target.display)
