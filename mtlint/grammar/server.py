"""Run LanguageTool's HTTP server from the provisioned classpath, on 127.0.0.1 only."""

from __future__ import annotations

import contextlib
import json
import os
import shlex
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from mtlint.grammar.client import LTClient, is_loopback
from mtlint.grammar.errors import GrammarUnavailable
from mtlint.grammar.provision import classpath
from mtlint.grammar.settings import cache_home
from mtlint.records import dataclass

if sys.platform != "win32":
    import fcntl

MAIN_CLASS = "org.languagetool.server.HTTPServer"
START_TIMEOUT = 90.0  # a cold JVM on a small machine takes a few seconds; be patient


def state_file() -> Path:
    """Where ``mtlint languagetool start`` records the warm server."""
    return cache_home() / "languagetool" / "server.json"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _reason_from_log(log: Path) -> str:
    """The most telling line of a failed server's output."""
    try:
        lines = [ln.strip() for ln in log.read_text("utf-8", "replace").splitlines() if ln.strip()]
    except OSError:
        return "no output"
    if any("UnsupportedClassVersionError" in ln for ln in lines):
        return "this Java is too old: LanguageTool 6 needs Java 17 or newer"
    for line in lines:
        if ("Exception" in line or "Error" in line) and not line.startswith("at "):
            return line[:200]
    return lines[-1][:200] if lines else "no output"


@dataclass
class LocalServer:
    """A LanguageTool server process this run (or ``mtlint languagetool start``) started."""

    process: subprocess.Popen[bytes]
    url: str
    log: Path

    @classmethod
    def spawn(
        cls, install: Path, java: str, *, detach: bool = False, log: Path | None = None
    ) -> LocalServer:
        """Start the server on a free loopback port and wait until it answers a check.

        Whatever stops the start (no answer, an exit, SIGTERM or Ctrl-C while waiting) stops
        the JVM too, and a temp log goes with it: nothing else owns them yet."""
        temp = log is None
        if log is None:
            fd, name = tempfile.mkstemp(prefix="mtlint-languagetool-", suffix=".log")
            os.close(fd)
            log = Path(name)
        log.parent.mkdir(parents=True, exist_ok=True)
        port = free_port()
        opts = shlex.split(os.environ.get("MTLINT_LT_JAVA_OPTS", ""))
        cmd = [java, *opts, "-cp", classpath(install), MAIN_CLASS, "--port", str(port)]
        url = f"http://127.0.0.1:{port}/v2/"
        process: subprocess.Popen[bytes] | None = None
        try:
            with log.open("wb") as out:
                try:
                    process = subprocess.Popen(
                        cmd,
                        stdin=subprocess.DEVNULL,
                        stdout=out,
                        stderr=subprocess.STDOUT,
                        start_new_session=detach,
                    )
                except OSError as exc:
                    raise GrammarUnavailable(
                        f"cannot run Java ({java}): {exc.strerror or exc}"
                    ) from None
            server = cls(process, url, log)
            server.wait_ready()  # its error message quotes the log before it goes
        except BaseException:
            try:
                if process is not None:
                    cls(process, url, log).stop()
            finally:
                if temp:
                    with contextlib.suppress(OSError):
                        log.unlink()
            raise
        return server

    def wait_ready(self, timeout: float = START_TIMEOUT) -> None:
        client = LTClient(self.url, timeout=timeout)
        deadline = time.monotonic() + timeout
        try:
            while True:
                code = self.process.poll()
                if code is not None:
                    raise GrammarUnavailable(
                        f"LanguageTool server exited at start (code {code}):"
                        f" {_reason_from_log(self.log)}"
                    )
                try:
                    with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                        pass
                    client.check("This is a test.", {"language": "en-US"})
                    return
                except (OSError, GrammarUnavailable):
                    if time.monotonic() > deadline:
                        self.stop()
                        raise GrammarUnavailable(
                            f"LanguageTool server did not answer within {timeout:.0f}s"
                        ) from None
                    time.sleep(0.2)
        finally:
            client.close()

    @property
    def port(self) -> int:
        return int(self.url.rsplit(":", 1)[1].split("/")[0])

    def exit_code(self) -> int | None:
        return self.process.poll()

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


@contextlib.contextmanager
def state_lock() -> Iterator[None]:
    """Held by ``mtlint languagetool start`` from "is one running?" to "recorded": two
    starts at once would otherwise both spawn a JVM, and the state file keeps only one."""
    path = state_file().with_name("server.lock")
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a") as handle:
        if sys.platform != "win32":  # no fcntl on Windows: no lock
            fcntl.flock(handle, fcntl.LOCK_EX)  # released when the file closes
        yield


def write_state(server: LocalServer, version: str, install: Path) -> None:
    path = state_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {
        "url": server.url,
        "pid": server.process.pid,
        "version": version,
        "install": str(install),
        "log": str(server.log),
    }
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    tmp.replace(path)


def _is_languagetool(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except (ProcessLookupError, PermissionError):
        return False
    cmdline = Path(f"/proc/{pid}/cmdline")
    if cmdline.exists():
        with contextlib.suppress(OSError):
            return MAIN_CLASS.encode() in cmdline.read_bytes()
    return True  # no /proc (macOS): the pid is alive, trust the state file


def read_state() -> dict[str, object] | None:
    """The warm server's record, or None (a stale record is removed)."""
    path = state_file()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        pid, url = int(data["pid"]), str(data["url"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if not is_loopback(url) or not _is_languagetool(pid):
        with contextlib.suppress(OSError):
            path.unlink()
        return None
    return dict(data)


def stop_warm() -> bool:
    """Stop the server ``mtlint languagetool start`` left running; False if none was."""
    data = read_state()
    if data is None:
        return False
    pid = int(str(data["pid"]))
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGTERM)
        for _ in range(100):
            if not _is_languagetool(pid):
                break
            time.sleep(0.1)
        else:
            os.kill(pid, signal.SIGKILL)
    with contextlib.suppress(OSError):
        state_file().unlink()
    return True
