"""GrammarChecker: one LanguageTool per run, paragraphs batched, cached and checked in parallel."""

from __future__ import annotations

import atexit
import contextlib
from collections.abc import Mapping, Sequence
from concurrent.futures import FIRST_EXCEPTION, Future, ThreadPoolExecutor, wait
from pathlib import Path
from typing import Any

from mtlint.document import Document
from mtlint.grammar.backends import Backend, open_backend
from mtlint.grammar.cache import MatchCache, entry_key, slim
from mtlint.grammar.errors import GrammarUnavailable
from mtlint.grammar.mapping import GRAMMAR, METAS, repeats, to_hits
from mtlint.grammar.markup import annotate, is_code_paragraph
from mtlint.grammar.offsets import Utf16Index
from mtlint.grammar.settings import LTSettings, parse_settings
from mtlint.model import Finding, Hit
from mtlint.rule import RuleMeta

SEPARATOR = "\n\n"  # LanguageTool starts a new paragraph here
Annotation = list[dict[str, str]]
Batch = list[tuple[str, str, Annotation | None]]  # cache key, paragraph, markup parts


class GrammarChecker:
    """Checks documents with a real LanguageTool; use ``start`` and always ``close``."""

    rules_meta: RuleMeta = GRAMMAR
    metas: tuple[RuleMeta, ...] = METAS

    def __init__(self, settings: LTSettings, backend: Backend, version: str) -> None:
        self.settings = settings
        self.backend = backend
        self.version = version
        self._params = settings.params()
        self._request_key = settings.request_key()
        self._cache = MatchCache(settings.cache_dir if settings.cache else None)
        self._meta_of: dict[Hit, RuleMeta] = {}
        self._incomplete: set[str] = set()
        atexit.register(self.close)

    @classmethod
    def start(cls, settings: Mapping[str, object], url: str | None = None) -> GrammarChecker:
        """Connect to (or start) LanguageTool; raises ``GrammarUnavailable`` with a reason.

        ``settings`` is the ``languagetool:`` config table; a bad value raises ConfigError.
        """
        parsed = parse_settings(settings, url)
        backend = open_backend(parsed)
        try:
            version = backend.client.version(parsed.params())
        except BaseException:  # unavailable, or SIGTERM / Ctrl-C: never leave a JVM behind
            backend.close()
            raise
        return cls(parsed, backend, version)

    @property
    def requests(self) -> int:
        """Texts sent to LanguageTool so far (the version probe included)."""
        return self.backend.client.requests

    @property
    def url(self) -> str:
        return self.backend.client.base

    def meta_for(self, hit: Hit) -> RuleMeta:
        """The rule a hit belongs to: GR001, or SP901/PU901/BS901/DU901 (see mapping)."""
        return self._meta_of.get(hit, GRAMMAR)

    def without_repeats(self, hits: Sequence[Hit], findings: Sequence[Finding]) -> list[Hit]:
        """``hits`` minus those on the span of an mtlint finding (or overlapping one of the
        same category): for callers that lint after checking grammar."""
        return [h for h in hits if not repeats(self.meta_for(h), h, findings)]

    def check(
        self, docs: Sequence[Document], *, existing: Mapping[str, Sequence[Finding]] | None = None
    ) -> dict[str, list[Hit]]:
        """Hits per ``doc.path``; hits that repeat an ``existing`` finding are left out."""
        seen = existing or {}
        out: dict[str, list[Hit]] = {doc.path: [] for doc in docs}
        found = self.check_each(docs, [seen.get(d.path, ()) for d in docs])
        for doc, hits in zip(docs, found, strict=True):
            out[doc.path] += hits
        return out

    def check_each(
        self, docs: Sequence[Document], existing: Sequence[Sequence[Finding]] | None = None
    ) -> list[list[Hit]]:
        """Hits for each of ``docs``, in order: by position, not by name, since records of
        a JSONL file or stdin and a file may share a display name."""
        units = [(i, unit) for i, doc in enumerate(docs) for unit in self._units(doc)]
        results = self._cache.get_many(u[3] for _, u in units)
        todo = {key: (text, ann) for _, (_, _, text, key, ann) in units if key not in results}
        fresh = self._fetch([(key, text, ann) for key, (text, ann) in todo.items()])
        self._cache.put_many({k: v for k, v in fresh.items() if k not in self._incomplete})
        results.update(fresh)
        out: list[list[Hit]] = [[] for _ in docs]
        for i, (_, start, text, key, _) in units:
            for meta, hit in to_hits(text, results.get(key, []), self.settings.spelling, start):
                if existing is not None and repeats(meta, hit, existing[i]):
                    continue
                self._meta_of[hit] = meta
                out[i].append(hit)
        return out

    def _units(self, doc: Document) -> list[tuple[Document, int, str, str, Annotation | None]]:
        """Each paragraph to check, with its cache key and (Markdown) markup parts."""
        out: list[tuple[Document, int, str, str, Annotation | None]] = []
        in_fence = False
        for span in doc.paragraphs:
            text = doc.text[span.start : span.end]
            ann: Annotation | None = None
            if doc.markup == "markdown":
                skip, in_fence = is_code_paragraph(text, in_fence)
                if skip:
                    continue
                parts = annotate(text)
                ann = parts if any("markup" in p for p in parts) else None
            key = entry_key(text, self.version, self._request_key + (":md" if ann else ""))
            out.append((doc, span.start, text, key, ann))
        return out

    def _batches(self, todo: Batch) -> list[Batch]:
        """Paragraphs packed into requests of about ``batch-chars``, enough for every thread."""
        total = sum(len(t) for _, t, _ in todo)
        limit = max(1000, min(self.settings.batch_chars, total // self.settings.threads + 1))
        batches: list[Batch] = []
        current: Batch = []
        size = 0
        for key, text, ann in todo:
            if current and size + len(text) > limit:
                batches.append(current)
                current, size = [], 0
            current.append((key, text, ann))
            size += len(text) + len(SEPARATOR)
        if current:
            batches.append(current)
        return batches

    def _fetch(self, todo: Batch) -> dict[str, list[dict[str, Any]]]:
        if not todo:
            return {}
        batches = self._batches(todo)
        fresh: dict[str, list[dict[str, Any]]] = {}
        workers = min(self.settings.threads, len(batches))
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="mtlint-lt") as pool:
            futures: list[Future[dict[str, list[dict[str, Any]]]]] = [
                pool.submit(self._check_batch, b) for b in batches
            ]
            done, _ = wait(futures, return_when=FIRST_EXCEPTION)
            failed = [f for f in done if f.exception() is not None]
            if failed:
                for f in futures:
                    f.cancel()
                exc = failed[0].exception()
                if not isinstance(exc, GrammarUnavailable):
                    raise exc  # type: ignore[misc]  # a bug, not an unavailable server
                raise GrammarUnavailable(self.backend.explain(exc)) from None
            for f in futures:
                fresh.update(f.result())
        return fresh

    def _check_batch(self, batch: Batch) -> dict[str, list[dict[str, Any]]]:
        """One request for several paragraphs; matches are split back per paragraph."""
        text = SEPARATOR.join(t for _, t, _ in batch)
        annotation: Annotation | None = None
        if any(ann for _, _, ann in batch):
            annotation = []
            for i, (_, para, ann) in enumerate(batch):
                annotation += ([{"text": SEPARATOR}] if i else []) + (ann or [{"text": para}])
        answer = self.backend.client.check(text, self._params, annotation)
        if (answer.get("warnings") or {}).get("incompleteResults"):
            self._incomplete.update(key for key, _, _ in batch)  # LT gave up early: no cache
        bounds: list[tuple[str, int, int]] = []  # key, start, end in UTF-16 units
        pos = 0
        for key, para, _ in batch:
            units = Utf16Index(para).length_units
            bounds.append((key, pos, pos + units))
            pos += units + len(SEPARATOR)
        out: dict[str, list[dict[str, Any]]] = {key: [] for key, _, _ in batch}
        for match in answer["matches"]:
            try:
                offset, length = int(match["offset"]), int(match["length"])
            except (KeyError, TypeError, ValueError):
                continue
            for key, start, end in bounds:
                if start <= offset and offset + length <= end:
                    rel = slim(match)
                    rel["offset"] = offset - start
                    out[key].append(rel)
                    break
        return out

    def close(self) -> None:
        """Stop a server this checker started; close connections and the cache."""
        with contextlib.suppress(Exception):
            atexit.unregister(self.close)
        self.backend.close()
        self._cache.close()

    def __enter__(self) -> GrammarChecker:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def cache_dir(settings: Mapping[str, object]) -> Path:
    """Where results for these settings are cached (for ``mtlint languagetool status``)."""
    return parse_settings(settings).cache_dir
