"""Run work on all cores, yielding results in input order.

Workers are forked processes (the registry is already compiled in the parent). A worker
that dies (a crash, the OOM killer) breaks the pool: tasks that finished keep their
results, the items of the others are re-run one at a time in a fresh worker, and an item
that kills a worker again gets the caller's fallback (a lint result says the file was
skipped) while the rest completes.
"""

from __future__ import annotations

import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from typing import TYPE_CHECKING, TypeVar

from mtlint.cache import ResultCache
from mtlint.engine import FileResult
from mtlint.files import Target
from mtlint.runner import FixOptions, lint_target
from mtlint.sigmask import HELD, held

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


GRACE = 5.0  # seconds a terminated worker has to exit before it is killed (``_close``)


def _worker_signals() -> None:
    """Ctrl-C is the parent's to handle: it stops the workers itself (``_close``). A
    worker interrupted at a random point could die holding a queue lock and hang the
    pool's shutdown. SIGTERM kills a worker at once: the parent's handler (mtlint.cli)
    unwinds through Python, which a worker must not do. Only then may the signals that
    arrived since the fork be delivered (see ``_submit``)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, HELD)


def _apply(fn: Callable[[T], R], items: list[T]) -> list[R]:
    return [fn(item) for item in items]


BATCH = 4  # items per task when their number is unknown (JSONL records)
MAX_BATCH = 16


def _guided(remaining: int, jobs: int) -> int:
    """Guided self-scheduling: big tasks while much remains (each task costs the parent
    about a millisecond of CPU, taken from the workers on a busy machine), shrinking to
    one item at the end so that the workers finish together."""
    return max(1, min(MAX_BATCH, remaining // (jobs * 4)))


def _batches(
    items: Iterable[T], size: int, total: int | None = None, jobs: int = 1
) -> Iterator[list[T]]:
    """Batches of ``size`` items, or guided ones (``_guided``) when ``total`` is known."""
    want = size if total is None else _guided(total, jobs)
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= want:
            yield batch
            if total is not None:
                total -= len(batch)
                want = _guided(total, jobs)
            batch = []
    if batch:
        yield batch


def pool_map(
    fn: Callable[[T], R],
    items: Iterable[T],
    jobs: int,
    died: Callable[[T], R],
    batch: int = BATCH,
    total: int | None = None,
) -> Iterator[tuple[T, R]]:
    """Yield (item, fn(item)) in input order, computed by ``jobs`` forked workers.

    Items travel in batches of ``batch``, or of guided sizes when ``total`` (their number)
    is known: a task's round trip costs about a millisecond of CPU, as much as linting a
    short file. ``fn`` must be picklable (a module-level function or a partial of one);
    ``died(item)`` stands in for the result of an item whose worker died twice (see
    ``_rerun``).
    """
    from concurrent.futures.process import BrokenProcessPool

    if total is not None:  # -j 64 on three files starts three workers, not 64
        jobs = max(1, min(jobs, total))
    window = jobs * 4  # bounded look-ahead keeps memory flat on huge corpora
    source = _batches(items, batch, total, jobs)
    pool = _pool(jobs)
    pending: deque[tuple[list[T], Future[list[R]]]] = deque()
    try:
        while True:
            while len(pending) < window:
                nxt = next(source, None)
                if nxt is None:
                    break
                pending.append((nxt, _submit(pool, fn, nxt)))
            if not pending:
                break
            group, future = pending.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                _close(pool)
                yield from _rerun([(group, future), *pending], fn, died)
                pending.clear()
                pool = _pool(jobs)
                continue
            yield from zip(group, results, strict=True)
    finally:
        _close(pool)


def _submit(pool: ProcessPoolExecutor, fn: Callable[[T], R], group: list[T]) -> Future[list[R]]:
    """The group's task, or a failed future when the pool broke since the last submit (a
    worker died while the window was being refilled): it is then re-run like the others.

    Ctrl-C and SIGTERM are held while the pool may fork (``sigmask.held``). A new worker
    starts with the parent's handlers, until ``_worker_signals`` replaces them: a SIGTERM
    in that window (``_close`` sends one to every worker) raised SystemExit in the
    worker, which could then block for ever on a multiprocessing lock whose holder was
    gone, and the parent waited for it for ever. Held, a signal waits in the
    new worker until its own handlers are set; in the parent it is delivered when the
    submit returns. Threads the pool starts here inherit the mask, so the signals always
    reach the main thread, the one that handles them."""
    from concurrent.futures import Future
    from concurrent.futures.process import BrokenProcessPool

    try:
        with held():
            return pool.submit(_apply, fn, group)
    except BrokenProcessPool as exc:
        failed: Future[list[R]] = Future()
        failed.set_exception(exc)
        return failed


def _rerun(
    groups: list[tuple[list[T], Future[list[R]]]], fn: Callable[[T], R], died: Callable[[T], R]
) -> Iterator[tuple[T, R]]:
    """After a worker died (the pool is closed): the tasks that finished keep their
    results; the items of the others run one at a time in a single worker, replaced
    whenever one dies, so that only an item that kills a worker again is lost."""
    from concurrent.futures.process import BrokenProcessPool

    solo: ProcessPoolExecutor | None = None
    try:
        for group, future in groups:
            if not future.cancelled() and future.exception() is None:
                yield from zip(group, future.result(), strict=True)
                continue
            for item in group:
                solo = solo or _pool(1)
                try:
                    with held():
                        future_one = solo.submit(fn, item)
                    result = future_one.result()
                except BrokenProcessPool:
                    _close(solo)
                    solo, result = None, died(item)
                yield item, result
    finally:
        if solo is not None:
            _close(solo)


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
    total: int | None = None,
) -> Iterator[tuple[Target, Outcome]]:
    """Yield (target, outcome) in input order; ``small`` runs inline (no pool start-up);
    ``total``, the number of targets when known, sizes the workers' tasks."""
    if jobs <= 1 or small:
        for t in targets:
            yield t, lint_target(t, fix, cache=cache)
        return
    yield from pool_map(partial(_work, fix, cache), targets, jobs, _died, total=total)


def _close(pool: ProcessPoolExecutor) -> None:
    """Stop the workers now (Ctrl-C, a broken pool, or the end) and reap them.

    ``shutdown(wait=False)`` alone leaves a wake-up pipe that CPython's exit hook then
    writes to after it is closed; terminating and waiting avoids that noise. A worker
    still running ``GRACE`` seconds after SIGTERM is killed: the pool's shutdown waits
    for every worker, and a run must never hang on one.
    """
    from multiprocessing.connection import wait

    procs = list((getattr(pool, "_processes", None) or {}).values())
    for proc in procs:
        if proc.is_alive():
            proc.terminate()
    if procs:  # a worker's sentinel is ready once it has exited
        running = {proc.sentinel: proc for proc in procs}
        done = set(wait(list(running), timeout=GRACE))
        for sentinel, proc in running.items():
            if sentinel not in done:
                proc.kill()
    pool.shutdown(wait=True, cancel_futures=True)
