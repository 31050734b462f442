"""Every way LanguageTool can be missing ends in GrammarUnavailable with a one-line reason."""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest

from mtlint.document import Document
from mtlint.grammar import GrammarChecker, GrammarUnavailable
from mtlint.grammar.provision import MARKER, PINNED_VERSION
from mtlint.grammar.server import free_port


def reason(settings: dict[str, object] | None = None, url: str | None = None) -> str:
    with pytest.raises(GrammarUnavailable) as info:
        GrammarChecker.start(settings or {}, url)
    text = str(info.value)
    assert "\n" not in text and text
    return text


@pytest.fixture
def fake_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A provisioned-looking install, so that Java is what is missing."""
    install = tmp_path / "lt" / f"LanguageTool-{PINNED_VERSION}"
    (install / "libs").mkdir(parents=True)
    (install / MARKER).write_text(PINNED_VERSION)
    monkeypatch.setenv("MTLINT_LT_HOME", str(install.parent))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("JAVA_HOME", raising=False)
    return install


def test_no_java_on_path(
    fake_install: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    assert reason() == (
        "Java not found: LanguageTool needs Java 17 or newer on PATH (or JAVA_HOME)"
    )


def test_java_too_old(fake_install: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    java = bin_dir / "java"
    java.write_text(
        "#!/bin/sh\necho 'Error: LinkageError occurred while loading main class'\n"
        "echo 'java.lang.UnsupportedClassVersionError: org/languagetool/server/"
        "HTTPServer has been compiled by a more recent version'\nexit 1\n"
    )
    java.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    assert reason() == (
        "LanguageTool server exited at start (code 1): this Java is too old: "
        "LanguageTool 6 needs Java 17 or newer"
    )


def test_not_installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MTLINT_LT_HOME", str(tmp_path / "nothing"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setitem(sys.modules, "language_tool_python", None)  # the extra is absent
    assert reason().startswith("LanguageTool is not installed (run scripts/provision-languagetool")


def test_not_installed_and_download_forbidden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("language_tool_python")
    monkeypatch.setenv("MTLINT_LT_HOME", str(tmp_path / "nothing"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("LTP_PATH", str(tmp_path / "ltp"))
    assert reason({"download": False}).endswith("languagetool.download is false")


def test_url_with_nothing_listening() -> None:
    url = f"http://127.0.0.1:{free_port()}"
    assert reason(url=url) == f"cannot reach LanguageTool at {url}/v2/: connection refused"


def test_invalid_url() -> None:
    assert reason(url="ftp://example.org") == (
        "invalid LanguageTool URL 'ftp://example.org' (expected http://HOST:PORT)"
    )


class NotLanguageTool(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        self.send_response(404)
        self.end_headers()
        self.wfile.write(b"Not here\n")

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def other_server() -> Iterator[str]:
    server = HTTPServer(("127.0.0.1", 0), NotLanguageTool)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_url_that_is_not_languagetool(other_server: str) -> None:
    assert reason(url=other_server) == (
        f"LanguageTool at {other_server}/v2/ answered HTTP 404: Not here"
    )


@pytest.mark.languagetool
def test_server_killed_during_a_run(lt_install: Path) -> None:
    checker = GrammarChecker.start({"cache": False, "threads": 2})
    server = checker.backend.server
    assert server is not None
    client = checker.backend.client
    real_check = client.check
    calls = 0

    def kill_then_check(text: str, params: dict[str, str], ann: object = None) -> object:
        nonlocal calls
        calls += 1
        if calls == 1:
            os.kill(server.process.pid, signal.SIGKILL)
            server.process.wait()
        return real_check(text, params, ann)  # type: ignore[arg-type]

    client.check = kill_then_check  # type: ignore[method-assign]
    docs = [Document("\n\n".join(["He go home."] * 200), f"d{i}.txt") for i in range(4)]
    started = time.monotonic()
    try:
        with pytest.raises(GrammarUnavailable) as info:
            checker.check(docs)
        assert str(info.value) == "LanguageTool server stopped during the run (exit code -9)"
        assert time.monotonic() - started < 30
        with pytest.raises(GrammarUnavailable):  # and it stays unavailable
            checker.check([Document("She go.", "x.txt")])
    finally:
        checker.close()


@pytest.mark.languagetool
def test_frozen_server_times_out_instead_of_hanging(checker: GrammarChecker) -> None:
    server = checker.backend.server
    if server is None:
        pytest.skip("the session server is not one this run started")
    slow = GrammarChecker.start({"cache": False, "timeout": 2}, url=checker.url)
    os.kill(server.process.pid, signal.SIGSTOP)
    try:
        started = time.monotonic()
        with pytest.raises(GrammarUnavailable, match="timed out"):
            slow.check([Document("He go home.", "t.txt")])
        assert time.monotonic() - started < 15
    finally:
        os.kill(server.process.pid, signal.SIGCONT)
        slow.close()
