"""All cores, the result cache, dying workers and Ctrl-C."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import mtlint.parallel as parallel
from mtlint import corpus as corpus_index
from mtlint import corpus_pass
from mtlint.config import ConfigResolver
from mtlint.files import discover
from mtlint.runner import FixOptions, lint_target

ZW = "\u200b"


def corpus(root: Path, n: int = 40) -> Path:
    for i in range(n):
        body = f"Story {i} began{ZW} here.\n\nLeave a Reply\n" if i % 3 else "A clean story.\n"
        (root / f"doc{i:03d}.txt").write_text(body, encoding="utf-8")
    return root


def test_jobs_give_the_same_output_in_a_stable_order(cli, tmp_path: Path) -> None:
    corpus(tmp_path)
    one = cli("check", "--no-cache", "-j", "1", "--format", "concise", ".", cwd=tmp_path)
    two = cli("check", "--no-cache", "-j", "2", "--format", "concise", ".", cwd=tmp_path)
    assert one.stdout == two.stdout and one.stdout.count("\n") > 40
    paths = [line.split(":")[0] for line in two.stdout.splitlines()]
    assert paths == sorted(paths)


def test_cache_is_read_and_keyed_by_content(cli, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(f"Hello{ZW} world.\n", encoding="utf-8")
    cache = tmp_path / "cache"
    args = ("check", "--cache-dir", str(cache), "--format", "json", "a.txt")
    first = json.loads(cli(*args, cwd=tmp_path).stdout)
    entries = list(cache.rglob("*.json"))
    assert len(entries) == 1
    # poison the entry: a re-run must serve it (proof the cache is read) ...
    data = json.loads(entries[0].read_text())
    data["findings"][0]["message"] = "served from cache"
    entries[0].write_text(json.dumps(data))
    assert (
        json.loads(cli(*args, cwd=tmp_path).stdout)["findings"][0]["message"] == "served from cache"
    )
    # ... --no-cache ignores it, and a content change misses it
    fresh = json.loads(cli(*args, "--no-cache", cwd=tmp_path).stdout)
    assert fresh["findings"] == first["findings"]
    (tmp_path / "a.txt").write_text(f"Hello{ZW} there.\n", encoding="utf-8")
    changed = json.loads(cli(*args, cwd=tmp_path).stdout)
    assert changed["findings"][0]["message"] != "served from cache"
    assert not list(cache.rglob("*.tmp"))


def test_dying_worker_is_reported_and_the_run_completes(tmp_path: Path, monkeypatch) -> None:
    corpus(tmp_path, 20)
    targets = list(discover([str(tmp_path)], ConfigResolver()))
    real = parallel.lint_target

    def fragile(target, fix, data=None, cache=None):
        if target.path is not None and target.path.name == "doc007.txt":
            os._exit(3)  # a hard crash, like a segfault or the OOM killer
        return real(target, fix, cache=cache)

    monkeypatch.setattr(parallel, "lint_target", fragile)
    results = {t.path.name: r for t, (r, _) in parallel.lint_all(targets, FixOptions(), jobs=2)}
    assert len(results) == 20
    assert results["doc007.txt"].skipped == "a worker process died while linting it"
    assert all(r.skipped is None for name, r in results.items() if name != "doc007.txt")
    assert (
        results["doc008.txt"].findings
        == lint_target(next(t for t in targets if t.path.name == "doc008.txt"))[0].findings
    )


def test_ctrl_c_leaves_no_partial_report_or_cache_entry(tmp_path: Path) -> None:
    text = "The ministers met in Geneva on Tuesday and agreed to meet again soon.\n\n" * 4000
    for i in range(60):
        (tmp_path / f"big{i:02d}.txt").write_text(text, encoding="utf-8")
    cache = tmp_path / "cache"
    env = {**os.environ, "MTLINT_CACHE_DIR": str(cache)}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "mtlint",
            "check",
            "-j",
            "2",
            "--format",
            "json",
            "--output-file",
            "report.json",
            ".",
        ],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    # Interrupt once linting is under way (the first entries are cached), not after a
    # fixed delay: a loaded machine may still be starting up after several seconds.
    deadline = time.monotonic() + 120
    while proc.poll() is None and time.monotonic() < deadline:
        if cache.is_dir() and any(p.suffix == ".json" for p in cache.rglob("*")):
            break
        time.sleep(0.05)
    if proc.poll() is not None:
        pytest.skip("the run finished before it could be interrupted")
    os.killpg(proc.pid, signal.SIGINT)  # what a terminal's Ctrl-C sends to the process group
    _, err = proc.communicate(timeout=60)
    assert proc.returncode != 0
    assert not (tmp_path / "report.json").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".report.json")]
    assert not list(cache.rglob("*.tmp"))
    assert b"Traceback" not in err


def test_cache_entries_do_not_copy_long_lines(cli, tmp_path: Path) -> None:
    (tmp_path / "long.txt").write_text("word " * 20000, encoding="utf-8")  # 10,000 findings
    cache = tmp_path / "cache"
    first = cli("check", "--cache-dir", str(cache), "--format", "concise", "long.txt", cwd=tmp_path)
    size = sum(p.stat().st_size for p in cache.rglob("*") if p.is_file())
    assert size < 100 * 100_000, size  # a source line per finding would be 1 GB
    again = cli("check", "--cache-dir", str(cache), "long.txt", cwd=tmp_path)
    fresh = cli("check", "--no-cache", "long.txt", cwd=tmp_path)
    assert again.stdout == fresh.stdout and first.returncode == 1


def _names_corpus(root: Path, n: int = 12) -> list:
    for i in range(n):
        name = "Zelenski" if i == 5 else "Zelensky"
        body = f"President {name} met Anthony Blinken in Kyiv on day {i}.\n\n{name} said so.\n"
        (root / f"doc{i:03d}.txt").write_text(body, encoding="utf-8")
    return sorted(discover([str(root)], ConfigResolver()), key=lambda t: t.display)


def test_collect_pass_on_workers_publishes_the_same_index(tmp_path: Path) -> None:
    targets = _names_corpus(tmp_path)
    corpus_pass.collect(targets, jobs=1)
    one = corpus_index.fingerprint()
    corpus_pass.collect(targets, jobs=2)
    two = corpus_index.fingerprint()
    corpus_index.clear()
    assert one and one == two


def test_collect_pass_survives_a_dying_worker(tmp_path: Path, monkeypatch) -> None:
    targets = _names_corpus(tmp_path)
    doomed = next(t for t in targets if t.path.name == "doc003.txt")
    corpus_pass.collect([t for t in targets if t is not doomed], jobs=1)
    without = corpus_index.fingerprint()
    real = corpus_pass.read_target

    def fragile(target):
        if target.path is not None and target.path.name == "doc003.txt":
            os._exit(3)
        return real(target)

    monkeypatch.setattr(corpus_pass, "read_target", fragile)
    corpus_pass.collect(targets, jobs=2)
    assert corpus_index.fingerprint() == without  # the other eleven files were all collected
    corpus_index.clear()


def test_code_fingerprint_follows_rule_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The result cache's key changes when a built-in rule file changes (not only with
    the version); compiled files under __pycache__ do not count."""
    from mtlint import runner

    rules = tmp_path / "rules"
    (rules / "boilerplate").mkdir(parents=True)
    rule = rules / "boilerplate" / "a.yaml"
    rule.write_text("code: BP999\n", encoding="utf-8")
    monkeypatch.setattr(runner, "builtin_rules_dir", lambda: rules)

    def fingerprint() -> str:
        runner._code_fingerprint.cache_clear()
        return runner._code_fingerprint()

    try:
        first = fingerprint()
        (rules / "__pycache__").mkdir()
        (rules / "__pycache__" / "b.yaml").write_text("x", encoding="utf-8")
        assert fingerprint() == first
        rule.write_text("code: BP998\nname: changed\n", encoding="utf-8")
        assert fingerprint() != first
    finally:
        runner._code_fingerprint.cache_clear()
