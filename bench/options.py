"""The bench's command line (see run.py)."""

from __future__ import annotations

import argparse
from pathlib import Path

DESCRIPTION = "Benchmark mtlint side by side with proselint on the shared bench corpus."
FULL_FILES, QUICK_FILES = 1000, 10


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=DESCRIPTION)
    ap.add_argument(
        "--files",
        type=int,
        default=None,
        help=f"corpus files (default {FULL_FILES}; {QUICK_FILES} with --quick)",
    )
    ap.add_argument("--kb-per-file", type=float, default=10, help="KiB per file (default 10)")
    ap.add_argument("--seed", type=int, default=2, help="corpus seed (default 2)")
    ap.add_argument(
        "--quick", action="store_true", help=f"smoke run: {QUICK_FILES} files, 3 start-up runs"
    )
    ap.add_argument("--startup-runs", type=int, default=None, help="default 10 (3 with --quick)")
    ap.add_argument(
        "--scale",
        type=int,
        default=4,
        help="peak-memory check on a corpus this many times larger (0: skip)",
    )
    ap.add_argument(
        "--repeat",
        type=int,
        default=None,
        help="interleaved mtlint -j 1/-j 2 pairs, medians kept (default 3; 1 with --quick)",
    )
    ap.add_argument("--no-fixtures", action="store_true", help="corpus only")
    ap.add_argument(
        "--work-dir",
        type=Path,
        default=None,
        help="corpora, proselint venv, outputs (default: $MTLINT_BENCH_DIR or REPO/.cache/bench)",
    )
    ap.add_argument(
        "--keep-outputs",
        action="store_true",
        help="keep the tools' reports (default: deleted after scoring)",
    )
    ap.add_argument("--json", type=Path, default=None, help="also save the figures here")
    args = ap.parse_args(argv)
    if args.files is None:
        args.files = QUICK_FILES if args.quick else FULL_FILES
    if args.repeat is None:
        args.repeat = 1 if args.quick else 3
    if args.repeat < 1:
        ap.error("--repeat must be at least 1")
    if args.startup_runs is None:
        args.startup_runs = 3 if args.quick else 10
    return args
