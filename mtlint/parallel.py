"""Run work on all cores, yielding results in input order.

Workers are forked processes (the registry is already compiled in the parent). A worker
that dies (a crash, the OOM killer) breaks the pool: the items it may have held are
re-run one at a time in a fresh pool, and an item that kills a worker again gets the
caller's fallback (a lint result says the file was skipped) while the rest completes.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from typing import TYPE_CHECKING, TypeVar

from mtlint.cache import ResultCache
from mtlint.engine import FileResult
from mtlint.files import Target
from mtlint.runner import FixOptions, lint_target

if TYPE_CHECKING:  # multiprocessing is imported when a pool starts: most runs need none
    from concurrent.futures import Future, ProcessPoolExecutor

Outcome = tuple[FileResult, str | None]
T = TypeVar("T")
R = TypeVar("R")


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def can_fork() -> bool:
    """Forked workers inherit what the parent published (the corpus indexes)."""
    import multiprocessing

    return "fork" in multiprocessing.get_all_start_methods()


def _pool(jobs: int) -> ProcessPoolExecutor:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    method = "fork" if can_fork() else None
    if method == "fork":
        import gc

        gc.freeze()  # the workers' collector then skips (and never dirties) what they inherit
    return ProcessPoolExecutor(
        jobs, mp_context=multiprocessing.get_context(method), initializer=_worker_signals
    )


def _worker_signals() -> None:
    """Ctrl-C is the parent's to handle: it stops the workers itself (``_close``). A
    worker interrupted at a random point could die holding a queue lock and hang the
    pool's shutdown."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _isolated(fn: Callable[[T], R], item: T, died: Callable[[T], R]) -> R:
    from concurrent.futures.process import BrokenProcessPool

    with _pool(1) as pool:
        try:
            return pool.submit(fn, item).result()
        except BrokenProcessPool:
            return died(item)


def _apply(fn: Callable[[T], R], items: list[T]) -> list[R]:
    return [fn(item) for item in items]


def _batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def pool_map(
    fn: Callable[[T], R], items: Iterable[T], jobs: int, died: Callable[[T], R], batch: int = 4
) -> Iterator[tuple[T, R]]:
    """Yield (item, fn(item)) in input order, computed by ``jobs`` forked workers.

    Items travel in batches of ``batch`` (a task's round trip costs about a millisecond of
    CPU, as much as linting a short file). ``fn`` must be picklable (a module-level
    function or a partial of one); ``died(item)`` stands in for the result of an item
    whose worker died twice.
    """
    from concurrent.futures.process import BrokenProcessPool

    window = jobs * 4  # bounded look-ahead keeps memory flat on huge corpora
    source = _batches(items, batch)
    pool = _pool(jobs)
    pending: deque[tuple[list[T], Future[list[R]]]] = deque()
    try:
        while True:
            while len(pending) < window:
                nxt = next(source, None)
                if nxt is None:
                    break
                pending.append((nxt, pool.submit(_apply, fn, nxt)))
            if not pending:
                break
            group, future = pending.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                _close(pool)
                suspects = group + [t for g, _ in pending for t in g]
                pending.clear()
                for t in suspects:
                    yield t, _isolated(fn, t, died)
                pool = _pool(jobs)
                continue
            yield from zip(group, results, strict=True)
    finally:
        _close(pool)


def _work(fix: FixOptions, cache: ResultCache | None, target: Target) -> Outcome:
    return lint_target(target, fix, cache=cache)


def _died(target: Target) -> Outcome:
    return FileResult(target.display, skipped="a worker process died while linting it"), None


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
    yield from pool_map(partial(_work, fix, cache), targets, jobs, _died)


def _close(pool: ProcessPoolExecutor) -> None:
    """Stop the workers now (Ctrl-C, a broken pool, or the end) and reap them.

    ``shutdown(wait=False)`` alone leaves a wake-up pipe that CPython's exit hook then
    writes to after it is closed; terminating and waiting avoids that noise.
    """
    for proc in list(getattr(pool, "_processes", {}).values()):
        if proc.is_alive():
            proc.terminate()
    pool.shutdown(wait=True, cancel_futures=True)
