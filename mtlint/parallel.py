"""Lint targets on all cores, yielding results in input order.

Workers are forked processes (the registry is already compiled in the parent). A worker
that dies (a crash, the OOM killer) breaks the pool: the files it may have held are
re-run one at a time in a fresh pool, and a file that kills a worker again is reported
as skipped while the rest of the run completes.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from mtlint.cache import ResultCache
from mtlint.engine import FileResult
from mtlint.files import Target
from mtlint.runner import FixOptions, lint_target

Outcome = tuple[FileResult, str | None]


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _work(target: Target, fix: FixOptions, cache: ResultCache | None) -> Outcome:
    return lint_target(target, fix, cache=cache)


def _pool(jobs: int) -> ProcessPoolExecutor:
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
    return ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context(method))


def _isolated(target: Target, fix: FixOptions, cache: ResultCache | None) -> Outcome:
    with _pool(1) as pool:
        try:
            return pool.submit(_work, target, fix, cache).result()
        except BrokenProcessPool:
            return FileResult(
                target.display, skipped="a worker process died while linting it"
            ), None


def lint_all(
    targets: Iterable[Target],
    fix: FixOptions,
    jobs: int,
    cache: ResultCache | None = None,
    small: bool = False,
) -> Iterator[tuple[Target, Outcome]]:
    """Yield (target, outcome) in input order; ``small`` runs inline (no pool start-up)."""
    if jobs <= 1 or small:
        for t in targets:
            yield t, lint_target(t, fix, cache=cache)
        return
    window = jobs * 8  # bounded look-ahead keeps memory flat on huge corpora
    source = iter(targets)
    pool = _pool(jobs)
    pending: deque[tuple[Target, Future[Outcome]]] = deque()
    try:
        while True:
            while len(pending) < window:
                nxt = next(source, None)
                if nxt is None:
                    break
                pending.append((nxt, pool.submit(_work, nxt, fix, cache)))
            if not pending:
                break
            target, future = pending.popleft()
            try:
                outcome = future.result()
            except BrokenProcessPool:
                _close(pool)
                suspects = [target] + [t for t, _ in pending]
                pending.clear()
                for t in suspects:
                    yield t, _isolated(t, fix, cache)
                pool = _pool(jobs)
                continue
            yield target, outcome
    finally:
        _close(pool)


def _close(pool: ProcessPoolExecutor) -> None:
    """Stop the workers now (Ctrl-C, a broken pool, or the end) and reap them.

    ``shutdown(wait=False)`` alone leaves a wake-up pipe that CPython's exit hook then
    writes to after it is closed; terminating and waiting avoids that noise.
    """
    for proc in list(getattr(pool, "_processes", {}).values()):
        if proc.is_alive():
            proc.terminate()
    pool.shutdown(wait=True, cancel_futures=True)
