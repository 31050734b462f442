"""Measure whole processes for the bench: wall time, CPU time and peak memory.

Peak memory comes from two sources, because neither is complete on its own:

* ``maxrss``: the kernel's high-water mark (``ru_maxrss`` from ``os.wait4``), which covers
  the process and every descendant it reaped (pool workers), and reports the largest
  single process. Exact, free, and no sampling gap; for a one-process run (``-j 1``) it
  *is* the peak of the whole tree.
* ``tree_peak``: the largest sum of RSS over the live tree, sampled with psutil every
  50 ms. It sees workers running side by side (``-j 2``), but can miss spikes shorter
  than the interval and counts copy-on-write pages shared after ``fork`` once per
  process (an over-estimate). ``None`` when psutil is not installed.

Only POSIX (``os.wait4``) is supported.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

try:
    import psutil
except ImportError:  # optional: only the sampled tree peak needs it
    psutil = None

MIB = 1024 * 1024
SAMPLE_INTERVAL_S = 0.05


@dataclass
class Run:
    """One measured run of one or more processes started together."""

    wall_s: float
    cpu_s: float  # user + system time of the processes and their reaped children
    maxrss_mib: float
    tree_peak_mib: float | None
    returncodes: list[int]


class _TreeSampler(threading.Thread):
    """Poll the summed RSS of some process trees until stopped."""

    def __init__(self, pids: Sequence[int]) -> None:
        super().__init__(daemon=True)
        self.roots = [psutil.Process(p) for p in pids] if psutil else []
        self.peak = 0
        self._stop_event = threading.Event()

    def run(self) -> None:
        while not self._stop_event.is_set():
            total = 0
            for root in self.roots:
                try:
                    procs = [root, *root.children(recursive=True)]
                except psutil.Error:
                    continue
                for proc in procs:
                    try:
                        total += proc.memory_info().rss
                    except psutil.Error:
                        pass
            self.peak = max(self.peak, total)
            self._stop_event.wait(SAMPLE_INTERVAL_S)

    def stop(self) -> float | None:
        self._stop_event.set()
        self.join()
        return self.peak / MIB if psutil else None


def _maxrss_mib(value: int) -> float:
    """ru_maxrss is KiB on Linux and bytes on macOS."""
    return value / MIB if sys.platform == "darwin" else value / 1024


def run_processes(
    cmds: Sequence[Sequence[str]], outputs: Sequence[Path], cwd: Path,
    env: dict[str, str] | None = None, sample: bool = True,
) -> Run:
    """Start ``cmds`` together (stdout to ``outputs``, stderr beside), wait for all."""
    handles = []
    for out in outputs:
        handles += [out.open("wb"), out.with_suffix(out.suffix + ".err").open("wb")]
    try:
        start = time.perf_counter()
        procs = [
            subprocess.Popen(list(cmd), cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                             stdout=handles[2 * i], stderr=handles[2 * i + 1])
            for i, cmd in enumerate(cmds)
        ]
        sampler = _TreeSampler([p.pid for p in procs]) if sample else None
        if sampler:
            sampler.start()
        cpu, maxrss, codes = 0.0, 0, []
        for proc in procs:
            # wait4, not Popen.wait: it also returns the rusage of the reaped process tree
            _, status, usage = os.wait4(proc.pid, 0)
            proc.returncode = os.waitstatus_to_exitcode(status)
            codes.append(proc.returncode)
            cpu += usage.ru_utime + usage.ru_stime
            maxrss = max(maxrss, usage.ru_maxrss)
        wall = time.perf_counter() - start
        tree = sampler.stop() if sampler else None
    finally:
        for handle in handles:
            handle.close()
    return Run(wall, cpu, _maxrss_mib(maxrss), tree, codes)


def startup_ms(cmds: dict[str, Sequence[str]], cwd: Path, scratch: Path, runs: int,
               envs: dict[str, dict[str, str] | None]) -> dict[str, list[float]]:
    """Wall times in ms of ``runs`` runs of each command, interleaved so that a change in
    machine load hits every tool alike; one unmeasured warm-up run each."""
    times: dict[str, list[float]] = {name: [] for name in cmds}
    for i in range(runs + 1):
        for name, cmd in cmds.items():
            run = run_processes([cmd], [scratch], cwd, envs.get(name), sample=False)
            if run.returncodes[0] not in (0, 1):
                raise RuntimeError(f"{name} exited {run.returncodes[0]}: {_tail(scratch)}")
            if i:
                times[name].append(run.wall_s * 1000)
    return times


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def _tail(out: Path) -> str:
    err = out.with_suffix(out.suffix + ".err")
    return err.read_text("utf-8", "replace")[-2000:] if err.exists() else ""


def check_ok(run: Run, outputs: Sequence[Path], what: str) -> None:
    """Exit codes 0 (clean) and 1 (findings) are both fine; anything else is a crash."""
    for code, out in zip(run.returncodes, outputs, strict=True):
        if code not in (0, 1):
            raise RuntimeError(f"{what} exited {code}:\n{_tail(out)}")
