"""pre-commit (the real one, from PyPI), the GitHub Action's script, and the progress bar."""

from __future__ import annotations

import os
import pty
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import REPO

GIT_ENV = {
    "GIT_AUTHOR_NAME": "t",
    "GIT_AUTHOR_EMAIL": "t@example.com",
    "GIT_COMMITTER_NAME": "t",
    "GIT_COMMITTER_EMAIL": "t@example.com",
}
DIRTY = "The talks ended.\n\nLeave a Reply\n"


def git(*args: str, cwd: Path) -> str:
    out = subprocess.run(
        ["git", *args],
        cwd=cwd,
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, **GIT_ENV},
    )
    return out.stdout.strip()


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory) -> tuple[Path, str]:
    """A committed snapshot of this working tree, so uncommitted work is what gets tested."""
    snap = tmp_path_factory.mktemp("hookrepo")
    files = subprocess.run(
        ["git", "ls-files", "-co", "--exclude-standard"],
        cwd=REPO,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.splitlines()
    for rel in files:
        src = REPO / rel
        if src.is_file():
            (snap / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, snap / rel)
    git("init", "-q", cwd=snap)
    git("add", "-A", cwd=snap)
    git("commit", "-qm", "snapshot", cwd=snap)
    return snap, git("rev-parse", "HEAD", cwd=snap)


def test_pre_commit_hook_blocks_defective_commit(hook_repo, tmp_path: Path) -> None:
    if shutil.which("pre-commit", path=str(Path(sys.executable).parent)) is None:
        pytest.fail("pre-commit is a dev dependency and must be installed")
    pre_commit = str(Path(sys.executable).parent / "pre-commit")
    snap, sha = hook_repo
    content = tmp_path / "content"
    content.mkdir()
    git("init", "-q", cwd=content)
    config = {"repos": [{"repo": str(snap), "rev": sha, "hooks": [{"id": "mtlint"}]}]}
    (content / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config))
    env = {**os.environ, **GIT_ENV, "PRE_COMMIT_HOME": str(tmp_path / "pc-home")}
    subprocess.run([pre_commit, "install"], cwd=content, check=True, env=env, capture_output=True)
    (content / "story.txt").write_text(DIRTY)
    git("add", "-A", cwd=content)
    bad = subprocess.run(
        ["git", "commit", "-m", "dirty"],
        cwd=content,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert bad.returncode != 0
    assert "story.txt:3:1: BP003 [warning] scraped comment-form text" in bad.stdout + bad.stderr
    (content / "story.txt").write_text("The talks ended on Friday.\n")
    git("add", "-A", cwd=content)
    good = subprocess.run(
        ["git", "commit", "-m", "clean"],
        cwd=content,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert good.returncode == 0, good.stdout + good.stderr
    # try-repo on the snapshot runs the same hook without a config
    try_repo = subprocess.run(
        [pre_commit, "try-repo", str(snap), "mtlint", "--files", "story.txt"],
        cwd=content,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert try_repo.returncode == 0, try_repo.stdout
    # names across files: pre-commit must hand every file to one run (require_serial),
    # or each process sees a part of the corpus and the one-off "Blinkin" goes unseen
    names = [f"n{i:02d}.txt" for i in range(24)]
    for name in names:
        (content / name).write_text("Secretary Blinken spoke to reporters on Tuesday.\n")
    (content / "n00.txt").write_text("Secretary Blinkin met the press on Monday.\n")
    split = subprocess.run(
        [pre_commit, "try-repo", str(snap), "mtlint", "--files", *names],
        cwd=content, env=env, capture_output=True, text=True, timeout=900,
    )  # fmt: skip
    assert "n00.txt:1:11: NM001" in split.stdout, split.stdout
    assert "(23 mentions in 23 files)" in split.stdout, split.stdout


def test_action_script_annotates_and_writes_sarif(tmp_path: Path) -> None:
    action = yaml.safe_load((REPO / "action.yml").read_text())
    step = next(s for s in action["runs"]["steps"] if s.get("id") == "check")
    (tmp_path / "a.txt").write_text(DIRTY)
    env = {
        **os.environ,
        "GITHUB_ACTIONS": "true",
        "MTLINT_PATHS": "a.txt",
        "MTLINT_ARGS": "--select BP",
        "MTLINT_SARIF": "out.sarif",
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
    }
    r = subprocess.run(
        ["bash", "-c", step["run"]], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert r.returncode == 1
    assert r.stdout.startswith("::warning file=a.txt,line=3,col=1,")
    assert '"version": "2.1.0"' in (tmp_path / "out.sarif").read_text()


def test_action_splits_args_and_paths_as_a_shell_does(tmp_path: Path) -> None:
    """Quoted words keep their spaces, paths may be one per line, globs are expanded."""
    action = yaml.safe_load((REPO / "action.yml").read_text())
    step = next(s for s in action["runs"]["steps"] if s.get("id") == "check")
    (tmp_path / "my docs" / "deep").mkdir(parents=True)
    (tmp_path / "my docs" / "deep" / "b.md").write_text(DIRTY)
    (tmp_path / "a.txt").write_text(DIRTY)
    (tmp_path / "skip.txt").write_text(DIRTY)
    env = {
        **os.environ,
        "GITHUB_ACTIONS": "true",
        "MTLINT_PATHS": "'my docs/**/*.md'\na.txt",
        "MTLINT_ARGS": "--select BP --output-file 'report file.txt'",
        "MTLINT_SARIF": "",
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
    }
    run = ["bash", "-c", step["run"]]
    r = subprocess.run(run, cwd=tmp_path, env=env, capture_output=True, text=True)
    assert r.returncode == 1, r.stderr
    report = (tmp_path / "report file.txt").read_text()
    assert "file=my docs/deep/b.md,line=3" in report and "file=a.txt,line=3" in report
    assert "skip.txt" not in report
    bad = subprocess.run(
        run, cwd=tmp_path, env={**env, "MTLINT_ARGS": "--select 'BP"}, capture_output=True,
        text=True,
    )  # fmt: skip
    assert bad.returncode == 2
    assert bad.stderr.startswith("mtlint action: error: args or paths: No closing quotation")


def _run_on_pty(args: list[str], cwd: Path, env: dict[str, str]) -> str:
    """Run with stderr on a pseudo-terminal and return what the terminal saw."""
    master, slave = pty.openpty()
    proc = subprocess.Popen(args, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=slave)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 4096)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=120)
    os.close(master)
    return b"".join(chunks).decode("utf-8", "replace")


def test_progress_only_on_a_terminal_outside_ci(tmp_path: Path) -> None:
    for i in range(25):
        (tmp_path / f"f{i:02d}.txt").write_text("Clean text.\n")
    base = {k: v for k, v in os.environ.items() if k not in ("CI", "GITHUB_ACTIONS")}
    args = [sys.executable, "-m", "mtlint", "check", "."]
    seen = _run_on_pty(args, tmp_path, base)
    assert "25/25" in seen
    quiet = _run_on_pty(args, tmp_path, {**base, "CI": "true"})
    assert "25/25" not in quiet
    piped = subprocess.run(args, cwd=tmp_path, env=base, capture_output=True, text=True)
    assert "25/25" not in piped.stderr
