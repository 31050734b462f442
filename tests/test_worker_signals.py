"""Signals and the worker pool: a worker never runs the parent's handlers, and closing
the pool never waits for ever on a worker."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

import mtlint.parallel as parallel

pytestmark = pytest.mark.skipif(
    not hasattr(signal, "pthread_sigmask") or not parallel.can_fork(),
    reason="forked workers and signal masks are POSIX",
)
ROOT = Path(__file__).resolve().parents[1]


def _signal_state(_: object) -> tuple[object, object, set[int]]:
    blocked = signal.pthread_sigmask(signal.SIG_BLOCK, [])
    return signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM), set(blocked)


def _stuck(ready: Path) -> None:
    signal.signal(signal.SIGTERM, signal.SIG_IGN)  # a worker that will not stop when asked
    ready.write_text(str(os.getpid()))
    time.sleep(3600)


def test_a_worker_ignores_ctrl_c_dies_on_sigterm_and_blocks_neither() -> None:
    before = signal.pthread_sigmask(signal.SIG_BLOCK, [])
    pool = parallel._pool(1)
    try:
        [(sigint, sigterm, blocked)] = parallel._submit(pool, _signal_state, [None]).result(30)
    finally:
        parallel._close(pool)
    assert sigint == signal.SIG_IGN and sigterm == signal.SIG_DFL
    assert not blocked & {signal.SIGINT, signal.SIGTERM}
    assert signal.pthread_sigmask(signal.SIG_BLOCK, []) == before  # the parent's is restored


def test_sigterm_to_a_starting_worker_kills_it_and_the_pool_closes(tmp_path: Path) -> None:
    # The child sleeps right after the fork, before the pool's initializer sets its
    # handlers, and the parent sends SIGTERM then (what _close does at the end of a run).
    # With the parent's handler (mtlint.cli's: raise SystemExit) the worker used to
    # unwind through Python, survive here, and in a real run hang on a queue lock.
    script = textwrap.dedent(
        """
        import os, signal, time
        from concurrent.futures.process import BrokenProcessPool
        from mtlint import cli, parallel
        signal.signal(signal.SIGTERM, cli._terminated)
        os.register_at_fork(after_in_child=lambda: time.sleep(1.0))
        pool = parallel._pool(1)
        future = parallel._submit(pool, str, [1])
        [proc] = pool._processes.values()
        os.kill(proc.pid, signal.SIGTERM)
        try:
            print("survived", future.result(timeout=60))
        except BrokenProcessPool:
            print("killed")
        parallel._close(pool)
        print("closed", proc.exitcode)
        """
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, env=env
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["killed", "closed", str(-signal.SIGTERM)], done.stderr
    assert "SystemExit" not in done.stderr


def test_close_kills_a_stuck_worker_that_ignores_sigterm(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Before GRACE, the pool's shutdown waited for the stuck task: the run never ended.
    monkeypatch.setattr(parallel, "GRACE", 0.5)
    ready = tmp_path / "ready"
    pool = parallel._pool(1)
    parallel._submit(pool, _stuck, [ready])
    [proc] = pool._processes.values()
    deadline = time.monotonic() + 60
    while not ready.exists() and time.monotonic() < deadline:
        time.sleep(0.02)
    assert ready.exists()
    start = time.monotonic()
    parallel._close(pool)
    assert time.monotonic() - start < 20
    assert proc.exitcode == -signal.SIGKILL


def test_no_more_workers_than_items(monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[int] = []
    real = parallel._pool

    def counting(jobs: int):  # type: ignore[no-untyped-def]
        started.append(jobs)
        return real(jobs)

    monkeypatch.setattr(parallel, "_pool", counting)
    out = list(parallel.pool_map(str, [1, 2, 3], 64, lambda item: "died", total=3))
    assert out == [(1, "1"), (2, "2"), (3, "3")]
    assert started == [3]
