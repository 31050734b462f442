"""Measure whole processes for the bench: wall time, CPU time and peak memory.

Peak memory comes from two sources, because neither is complete on its own:

* ``maxrss``: the kernel's high-water mark (``ru_maxrss`` from ``os.wait4``), which covers
  the process and every descendant it reaped (pool workers), and reports the largest
  single process. Exact, free, and no sampling gap; for a one-process run (``-j 1``) it
  *is* the peak of the whole tree. Linux carries a process's peak across ``exec``, so a
  child's figure is at least the bench process's own peak at the fork, which the report
  prints beside it (far below the tools' here).
* ``tree_peak``: the largest sum of RSS over the live tree, sampled with psutil every
  50 ms. It sees workers running side by side (``-j 2``), but can miss spikes shorter
  than the interval and counts copy-on-write pages shared after ``fork`` once per
  process (an over-estimate). ``None`` when psutil is not installed.

Only POSIX (``os.wait4``) is supported.
"""

from __future__ import annotations

import contextlib
import os
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

try:
    import psutil  # type: ignore[import-untyped]
except ImportError:  # optional: only the sampled tree peak needs it
    psutil = None

MIB = 1024 * 1024
Validator = Callable[[Path], "str | None"]  # a tool's stdout file -> what is wrong, or None
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
                    with contextlib.suppress(psutil.Error):
                        total += proc.memory_info().rss
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
    cmds: Sequence[Sequence[str]],
    outputs: Sequence[Path],
    cwd: Path,
    env: dict[str, str] | None = None,
    sample: bool = True,
) -> Run:
    """Start ``cmds`` together (stdout to ``outputs``, stderr beside), wait for all."""
    handles = []
    for out in outputs:
        handles += [out.open("wb"), out.with_suffix(out.suffix + ".err").open("wb")]
    try:
        start = time.perf_counter()
        procs = [
            subprocess.Popen(
                list(cmd),
                cwd=cwd,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=handles[2 * i],
                stderr=handles[2 * i + 1],
            )
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


def startup_ms(
    cmds: Mapping[str, Sequence[str]],
    cwd: Path,
    scratch: Path,
    runs: int,
    envs: Mapping[str, dict[str, str] | None],
    validators: Mapping[str, Validator],
) -> dict[str, dict[str, list[float]]]:
    """Wall and CPU times in ms of ``runs`` runs of each command, interleaved so that a
    change in machine load hits every tool alike; one unmeasured warm-up run each."""
    times: dict[str, dict[str, list[float]]] = {name: {"wall": [], "cpu": []} for name in cmds}
    for i in range(runs + 1):
        for name, cmd in cmds.items():
            run = run_processes([cmd], [scratch], cwd, envs.get(name), sample=False)
            check_ok(run, [scratch], f"{name} (start-up)", validators.get(name))
            if i:
                times[name]["wall"].append(run.wall_s * 1000)
                times[name]["cpu"].append(run.cpu_s * 1000)
    return times


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def check_ok(
    run: Run, outputs: Sequence[Path], what: str, validate: Validator | None = None
) -> None:
    """Exit codes 0 and 1 (findings) both mean the tool ran, but a Python crash exits 1
    too: so stderr must hold no traceback, and ``validate`` must accept each report."""
    for code, out in zip(run.returncodes, outputs, strict=True):
        err_path = out.with_suffix(out.suffix + ".err")
        err = err_path.read_text("utf-8", "replace") if err_path.exists() else ""
        problem = None
        if code not in (0, 1):
            problem = f"exit code {code}"
        elif "Traceback (most recent call last)" in err:
            problem = "crashed"
        elif validate:
            problem = validate(out)
        if problem:
            raise RuntimeError(f"{what} (exit code {code}): {problem}\n{err[-3000:]}")


def bench_peak_mib() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def summarize(rows: list[dict[str, Any]], nbytes: int) -> dict[str, Any]:
    """Repeated runs of one command as one row: the median wall and CPU time, the largest
    peak memory (the bound that matters), the first run's report (all were checked), and
    every run as it was measured."""
    wall, cpu = median([r["wall_s"] for r in rows]), median([r["cpu_s"] for r in rows])
    trees = [r["tree_peak_mib"] for r in rows if r["tree_peak_mib"] is not None]
    return {
        "wall_s": wall,
        "cpu_s": cpu,
        "mb_s": nbytes / 1e6 / wall,
        "cpu_mb_s": nbytes / 1e6 / cpu if cpu else None,
        "maxrss_mib": max(r["maxrss_mib"] for r in rows),
        "tree_peak_mib": max(trees) if trees else None,
        "loadavg_1min_before": rows[0]["loadavg_1min_before"],
        "outputs": rows[0]["outputs"],
        "runs": rows,
    }
