"""Starting the server: no JVM or temp log is left behind, and two starts make one server.

A fake ``java`` (a Python script that serves LanguageTool-shaped answers on ``--port``, after
a delay) stands in for the JVM: real processes and sockets, seconds instead of a JVM start.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mtlint.grammar.provision import MARKER, PINNED_VERSION

FAKE_JAVA = """\
import json, os, sys, time
from http.server import BaseHTTPRequestHandler, HTTPServer
with open(os.environ["FAKE_LT_PIDS"], "a") as f:
    f.write(f"{os.getpid()}\\n")
if os.environ.get("FAKE_LT_EXIT"):
    print("Error: boom from fake java", file=sys.stderr)
    sys.exit(int(os.environ["FAKE_LT_EXIT"]))
time.sleep(float(os.environ.get("FAKE_LT_DELAY", "0")))
ANSWER = json.dumps({"software": {"version": "6.8", "buildDate": "x"}, "matches": []}).encode()
class Handler(BaseHTTPRequestHandler):
    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.send_response(200)
        self.send_header("Content-Length", str(len(ANSWER)))
        self.end_headers()
        self.wfile.write(ANSWER)
    def log_message(self, *args):
        pass
port = int(sys.argv[sys.argv.index("--port") + 1])
HTTPServer(("127.0.0.1", port), Handler).serve_forever()
"""


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """A provisioned-looking install, the fake java as ``$JAVA_HOME/bin/java``, and a cache,
    state file and temp directory of the test's own."""
    install = tmp_path / "lt" / f"LanguageTool-{PINNED_VERSION}"
    (install / "libs").mkdir(parents=True)
    (install / MARKER).write_text(PINNED_VERSION)
    java = tmp_path / "jdk" / "bin" / "java"
    java.parent.mkdir(parents=True)
    java.write_text(f"#!{sys.executable}\n{FAKE_JAVA}")
    java.chmod(0o755)
    (tmp_path / "tmp").mkdir()
    return {
        **os.environ,
        "MTLINT_LT_HOME": str(install.parent),
        "JAVA_HOME": str(tmp_path / "jdk"),
        "XDG_CACHE_HOME": str(tmp_path / "xdg"),
        "MTLINT_GRAMMAR_CACHE": str(tmp_path / "grammar"),
        "TMPDIR": str(tmp_path / "tmp"),
        "FAKE_LT_PIDS": str(tmp_path / "pids"),
        "NO_COLOR": "1",
    }


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")  # a zombie has exited


def fake_jvms(env: dict[str, str]) -> list[int]:
    path = Path(env["FAKE_LT_PIDS"])
    return [int(p) for p in path.read_text().split()] if path.exists() else []


@pytest.fixture
def reap(env: dict[str, str]) -> object:
    """Whatever happens in the test, no fake JVM outlives it."""
    yield
    for pid in fake_jvms(env):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)


def mtlint(*args: str) -> list[str]:
    return [sys.executable, "-m", "mtlint", *args]


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
def test_sigterm_while_the_jvm_starts_stops_the_jvm(
    env: dict[str, str], reap: object, tmp_path: Path
) -> None:
    (tmp_path / "a.txt").write_text("He go to school.\n")
    env = {**env, "FAKE_LT_DELAY": "120"}  # never ready while the test runs
    run = subprocess.Popen(
        mtlint("check", "--grammar", "a.txt"), cwd=tmp_path, env=env, stderr=subprocess.PIPE
    )
    try:
        for _ in range(300):
            if fake_jvms(env):
                break
            time.sleep(0.1)
        [jvm] = fake_jvms(env)
        time.sleep(0.5)  # in wait_ready now
        run.send_signal(signal.SIGTERM)
        _, err = run.communicate(timeout=30)
    finally:
        if run.poll() is None:
            run.kill()
    assert run.returncode == 128 + signal.SIGTERM, err
    assert b"Traceback" not in err
    deadline = time.monotonic() + 5
    while alive(jvm) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not alive(jvm), "the JVM outlived the interrupted run"
    assert list((tmp_path / "tmp").glob("mtlint-languagetool-*.log")) == []


def test_a_jvm_that_fails_to_start_leaves_no_log(
    env: dict[str, str], reap: object, tmp_path: Path
) -> None:
    (tmp_path / "a.txt").write_text("He go to school.\n")
    env = {**env, "FAKE_LT_EXIT": "3"}
    r = subprocess.run(
        mtlint("check", "--grammar", "a.txt"), cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert r.stderr == (
        "mtlint: grammar checks skipped: LanguageTool server exited at start (code 3): "
        "Error: boom from fake java\n"
    )
    assert list((tmp_path / "tmp").glob("mtlint-languagetool-*.log")) == []


def test_two_concurrent_starts_make_one_server(
    env: dict[str, str], reap: object, tmp_path: Path
) -> None:
    env = {**env, "FAKE_LT_DELAY": "1.5"}  # both starts are past "is one running?" by then
    starts = [
        subprocess.Popen(
            mtlint("languagetool", "start"),
            cwd=tmp_path,
            env=env,
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    outputs = sorted(p.communicate(timeout=120)[0] for p in starts)
    try:
        assert [p.returncode for p in starts] == [0, 0]
        assert len(fake_jvms(env)) == 1, outputs
        [jvm] = fake_jvms(env)
        assert outputs[0].startswith(f"LanguageTool {PINNED_VERSION} running at")
        assert outputs[1].startswith("LanguageTool already running at")
        assert all(f"(pid {jvm})" in out for out in outputs)
    finally:
        subprocess.run(
            mtlint("languagetool", "stop"), cwd=tmp_path, env=env, capture_output=True, timeout=60
        )
