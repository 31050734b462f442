"""What the bench needs before it measures: the corpora, proselint's venv, mtlint's
bytecode, the state of the checkout, and a check that a report is whole."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from measure import Validator

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[2] / "shared"
MAKE_CORPUS = SHARED / "bench" / "make_corpus.py"
PROSELINT = "proselint==0.16.0"


def log(msg: str) -> None:
    print(f"[bench] {msg}", file=sys.stderr, flush=True)


@contextlib.contextmanager
def locked(work: Path) -> Iterator[None]:
    """Serialise corpus and venv creation between bench runs sharing a work dir."""
    try:
        import fcntl
    except ImportError:  # not POSIX: no lock
        yield
        return
    with (work / "setup.lock").open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def ensure_corpus(work: Path, files: int, kb: float, seed: int) -> tuple[Path, dict[str, Any]]:
    """Generate the corpus once; the manifest is written last, so it marks completion."""
    out = work / f"corpus-f{files}-kb{kb:g}-s{seed}"
    manifest = out.parent / (out.name + ".manifest.json")
    if not manifest.is_file():
        shutil.rmtree(out, ignore_errors=True)
        log(f"generating {out.name} ...")
        cmd = [
            sys.executable,
            str(MAKE_CORPUS),
            "--files",
            str(files),
            "--kb-per-file",
            f"{kb:g}",
            "--seed",
            str(seed),
            "--out",
            str(out),
        ]
        done = subprocess.run(cmd, capture_output=True, text=True, check=True)
        log(done.stdout.strip())
    return out, json.loads(manifest.read_text(encoding="utf-8"))


def ensure_proselint(work: Path) -> Path | None:
    """A private venv with proselint from PyPI; None (with a warning) when pip fails."""
    venv = work / ("venv-" + PROSELINT.replace("==", "-"))
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    stamp = venv / ".bench-complete"
    if stamp.is_file():
        return python
    shutil.rmtree(venv, ignore_errors=True)
    log(f"installing {PROSELINT} into {venv.name} ...")
    try:
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run(
            [
                str(python),
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
                PROSELINT,
            ],
            check=True,
        )
        subprocess.run([str(python), "-m", "proselint", "version"], check=True, capture_output=True)
    except (OSError, subprocess.CalledProcessError) as exc:
        log(f"WARNING: proselint unavailable ({exc}); measuring mtlint only")
        return None
    stamp.write_text(PROSELINT + "\n", encoding="utf-8")
    return python


def mtlint_report_ok(expected_files: int) -> Validator:
    """An mtlint jsonl report is complete: it ends with a summary of every file."""

    def validate(out: Path) -> str | None:
        lines = out.read_text("utf-8", "replace").rstrip().splitlines()
        try:
            last = json.loads(lines[-1]) if lines else {}
        except json.JSONDecodeError:
            return f"the report is cut off after {len(lines)} lines"
        if last.get("type") != "summary":
            return "the report has no summary record"
        if last.get("files") != expected_files or last.get("skipped"):
            return (
                f"linted {last.get('files')} of {expected_files} files, "
                f"skipped {last.get('skipped')}"
            )
        return None

    return validate


def source_digest() -> str:
    """A hash of mtlint's code and rules as they are on disk (commits miss dirty trees)."""
    digest = hashlib.sha256()
    for path in sorted([*(REPO / "mtlint").rglob("*.py"), *(REPO / "rules").rglob("*.yaml")]):
        digest.update(str(path.relative_to(REPO)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


def _git(*args: str) -> str:
    done = subprocess.run(
        ["git", "-C", str(REPO), *args], capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


def git_state() -> str | None:
    try:
        head = _git("rev-parse", "--short", "HEAD")
        dirty = _git("status", "--porcelain", "--untracked-files=no")
    except (OSError, subprocess.CalledProcessError):
        return None
    return head + ("+dirty" if dirty else "")


def compile_bytecode() -> None:
    """Byte-compile mtlint as pip does when it installs a wheel (proselint's venv got its
    bytecode that way): an editable checkout run with PYTHONDONTWRITEBYTECODE set would
    otherwise re-parse every changed module at each start-up."""
    import mtlint

    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    package = str(Path(mtlint.__file__).parent)
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", package],
        env=env,
        stdout=subprocess.DEVNULL,
        check=False,
    )
