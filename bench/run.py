"""Benchmark mtlint side by side with proselint on the shared bench corpus.

    .venv/bin/python bench/run.py                      # full: 1000 files x 10 KiB, seed 2
    .venv/bin/python bench/run.py --quick              # smoke run, well under a minute
    .venv/bin/python bench/run.py --json bench.json    # also save every figure

Both tools lint the same files (the generated corpus plus tests/fixtures/clean) as whole
processes with default rules: throughput with one and two worker processes, start-up on a
tiny file, peak memory, and mtlint's peak memory on a 4x corpus. The corpus manifest then
gives mtlint's recall per injected defect kind and its findings on lines with no defect.
Corpora and proselint's own venv are cached in the work dir (see --work-dir). See README.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shlex
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import report
from measure import Validator, bench_peak_mib, check_ok, run_processes, startup_ms, summarize
from options import parse_args
from prepare import (
    MAKE_CORPUS,
    PROSELINT,
    REPO,
    compile_bytecode,
    ensure_corpus,
    ensure_proselint,
    git_state,
    locked,
    log,
    mtlint_report_ok,
    source_digest,
)
from quality import findings_count, read_findings, score

TINY_TEXT = "The council met on Monday to discuss the budget.\n"


class Bench:
    """Runs the measurements; every figure ends up in ``self.report``."""

    def __init__(self, args: argparse.Namespace, work: Path, proselint: Path | None) -> None:
        self.args, self.work, self.proselint = args, work, proselint
        (work / "out").mkdir(exist_ok=True)  # a directory per run: runs may overlap
        self.out = Path(tempfile.mkdtemp(prefix="run-", dir=work / "out"))
        self.config = work / "bench.mtlint.yaml"  # pinned: default rules, no discovery
        self.config.write_text("# default rules, no LanguageTool\ngrammar: false\n", "utf-8")
        (work / "home").mkdir(exist_ok=True)
        self.tiny = work / "tiny.txt"
        self.tiny.write_text(TINY_TEXT, encoding="utf-8")
        compile_bytecode()

    def mtlint_cmd(self, files: list[Path], jobs: int | None) -> list[str]:
        cmd = [
            sys.executable,
            "-m",
            "mtlint",
            "check",
            "--config",
            str(self.config),
            "--no-cache",
            "--format",
            "jsonl",
            "--quiet",
        ]
        return cmd + (["-j", str(jobs)] if jobs else []) + [str(f) for f in files]

    def proselint_cmd(self, files: list[Path]) -> list[str]:
        return [
            str(self.proselint),
            "-m",
            "proselint",
            "check",
            "-o",
            "compact",
            *[str(f) for f in files],
        ]

    def proselint_env(self) -> dict[str, str]:
        """No user or global proselint config: an empty HOME and XDG_CONFIG_HOME."""
        home = str(self.work / "home")
        return {**os.environ, "HOME": home, "XDG_CONFIG_HOME": home}

    def measure_once(
        self,
        label: str,
        cmds: list[list[str]],
        env: dict[str, str] | None,
        nbytes: int,
        validate: Validator | None = None,
    ) -> dict[str, Any]:
        """One run of ``cmds`` (started together), checked, as a row of figures."""
        outs = [self.out / f"{label}.{i}.out" for i in range(len(cmds))]
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
        log(f"{label}: {len(cmds)} process(es), {nbytes / 1e6:.2f} MB ...")
        run = run_processes(cmds, outs, self.work, env)
        check_ok(run, outs, label, validate)
        log(f"{label}: {run.wall_s:.1f} s wall, {run.cpu_s:.1f} s CPU, {run.maxrss_mib:.0f} MiB")
        return {
            **vars(run),
            "mb_s": nbytes / 1e6 / run.wall_s,
            "cpu_mb_s": nbytes / 1e6 / run.cpu_s if run.cpu_s else None,
            "loadavg_1min_before": load,
            "outputs": [o.name for o in outs],
        }

    def mtlint_pairs(
        self, files: list[Path], nbytes: int, validate: Validator
    ) -> dict[str, dict[str, Any]]:
        """mtlint's -j 1 and -j 2 runs, ``--repeat`` pairs of them, interleaved and in
        alternating order (1 2, 2 1, 1 2, ...): the speed of a shared VM drifts by tens of
        percent within minutes, and a drift between two runs a minute apart once made a
        two-worker run look cheaper in CPU than the one-worker run. Each pair gives a
        speed-up; the figures are medians over the pairs."""
        rows: dict[int, list[dict[str, Any]]] = {1: [], 2: []}
        for pair in range(self.args.repeat):
            for jobs in (1, 2) if pair % 2 == 0 else (2, 1):
                label = f"mtlint-j{jobs}" + (f"-{pair + 1}" if pair else "")
                rows[jobs].append(
                    self.measure_once(label, [self.mtlint_cmd(files, jobs)], None, nbytes, validate)
                )
        speedups = [a["wall_s"] / b["wall_s"] for a, b in zip(rows[1], rows[2], strict=True)]
        return {
            f"j{jobs}": {
                **summarize(found, nbytes),
                **({"speedups": speedups} if jobs == 2 else {}),
            }
            for jobs, found in rows.items()
        }

    def run(self, files: list[Path], files4: list[Path] | None) -> dict[str, Any]:
        nbytes = sum(f.stat().st_size for f in files)
        runs: dict[str, dict[str, Any]] = {"mtlint": {}, "proselint": {}}
        halves = [files[0::2], files[1::2]]
        ps_env = self.proselint_env()
        ok = mtlint_report_ok(len(files))
        runs["mtlint"].update(self.mtlint_pairs(files, nbytes, ok))
        if self.proselint:  # once: a run takes half a minute; no --jobs option, so its
            # -j 2 is two processes on halves of the list, like xargs -P 2
            runs["proselint"]["j1"] = self.measure_once(
                "proselint-j1", [self.proselint_cmd(files)], ps_env, nbytes
            )
            runs["proselint"]["j2"] = self.measure_once(
                "proselint-j2", [self.proselint_cmd(h) for h in halves], ps_env, nbytes
            )
        log(f"start-up: {self.args.startup_runs} runs each on a {len(TINY_TEXT)}-byte file ...")
        cmds = {
            "python": [sys.executable, "-c", "pass"],
            "mtlint": self.mtlint_cmd([self.tiny], None),
        }
        if self.proselint:
            cmds["proselint"] = self.proselint_cmd([self.tiny])
        times = startup_ms(
            cmds,
            self.work,
            self.out / "startup.out",
            self.args.startup_runs,
            {"proselint": ps_env},
            {"mtlint": mtlint_report_ok(1)},
        )
        for name, values in times.items():
            runs.setdefault(name, {})["startup_ms"] = values["wall"]
            runs[name]["startup_cpu_ms"] = values["cpu"]
        if files4:
            nbytes4 = sum(f.stat().st_size for f in files4)
            runs["mtlint"]["scale"] = self.measure_once(
                f"mtlint-j1-x{self.args.scale}",
                [self.mtlint_cmd(files4, 1)],
                None,
                nbytes4,
                mtlint_report_ok(len(files4)),
            )
            runs["mtlint"]["scale"]["bytes"] = nbytes4
        return runs


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if not MAKE_CORPUS.is_file():
        log("../shared/bench/make_corpus.py not found beside the checkout")
        return 2
    work = args.work_dir or Path(os.environ.get("MTLINT_BENCH_DIR") or REPO / ".cache/bench")
    work = work.resolve()
    work.mkdir(parents=True, exist_ok=True)
    with locked(work):
        corpus, manifest = ensure_corpus(work, args.files, args.kb_per_file, args.seed)
        corpus4 = (
            ensure_corpus(work, args.files * args.scale, args.kb_per_file, args.seed)[0]
            if args.scale > 1
            else None
        )
        proselint = ensure_proselint(work)
    fixtures = (
        []
        if args.no_fixtures
        else sorted(
            p for p in (REPO / "tests/fixtures/clean").glob("*") if p.suffix in {".txt", ".md"}
        )
    )
    files = sorted(corpus.glob("*.txt")) + fixtures
    files4 = sorted(corpus4.glob("*.txt")) + fixtures if corpus4 else None

    import mtlint

    load_start = list(os.getloadavg()) if hasattr(os, "getloadavg") else None
    commit, digest = git_state(), source_digest()
    started = dt.datetime.now(dt.UTC)
    bench = Bench(args, work, proselint)
    try:
        runs = bench.run(files, files4)
    except BaseException:
        log(f"failed; the tools' reports are in {bench.out}")
        raise
    findings_count(bench.out, runs)
    quality = score(
        read_findings(bench.out / runs["mtlint"]["j1"]["outputs"][0]),
        corpus,
        manifest,
        fixtures,
        work,
    )
    result: dict[str, Any] = {
        "schema": 1,
        "date": started.strftime("%Y-%m-%d %H:%M UTC"),
        "elapsed_s": round((dt.datetime.now(dt.UTC) - started).total_seconds()),
        "command": shlex.join(
            ["python", "bench/run.py", *(sys.argv[1:] if argv is None else argv)]
        ),
        "quick": args.quick,
        # a child's ru_maxrss starts from this process's own peak (Linux keeps it across
        # exec): a tool's peak figure below this one could not be told apart from it
        "bench_peak_mib": bench_peak_mib(),
        "machine": {
            "cpus": os.cpu_count(),
            "platform": platform.platform(),
            "python": platform.python_version(),
            "loadavg_start": load_start,
            "loadavg_end": list(os.getloadavg()) if load_start else None,
        },
        "tools": {
            "mtlint": {
                "version": mtlint.__version__,
                "commit": commit,
                "source_digest": digest,
                "source_changed_during_run": source_digest() != digest,
            },
            "proselint": {"version": PROSELINT.split("==")[1]} if proselint else None,
        },
        "corpus": {
            "files": args.files,
            "kb_per_file": args.kb_per_file,
            "seed": args.seed,
            "fixture_files": len(fixtures),
            "linted_files": len(files),
            "bytes": sum(f.stat().st_size for f in files),
            "defects": sum(len(v) for v in manifest["defects"].values()),
        },
        "runs": runs,
        "quality": quality,
    }
    result["figures"] = report.figures(result, args.scale)
    result["targets"] = report.targets(result["figures"])
    print(report.render(result))
    if args.keep_outputs:
        log(f"tool reports kept in {bench.out}")
    else:
        shutil.rmtree(bench.out, ignore_errors=True)
    if args.json:
        args.json.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
        log(f"figures saved to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
