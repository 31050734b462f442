"""Servers that misbehave: a broken answer, a server that drips bytes, configs that disagree.

Real sockets in this process and the real CLI in another; no LanguageTool needed.
"""

from __future__ import annotations

import json
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

GOOD = {"software": {"version": "6.8", "buildDate": "fake"}, "matches": []}
Answer = Callable[[int, BaseHTTPRequestHandler], None]  # request number, handler


def send_json(handler: BaseHTTPRequestHandler, answer: object) -> None:
    body = json.dumps(answer).encode()
    handler.send_response(200)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


@pytest.fixture
def run(cli, tmp_path: Path) -> Callable[..., subprocess.CompletedProcess[str]]:
    """The CLI in ``tmp_path``, with a cache and LanguageTool state of its own."""
    env = {"XDG_CACHE_HOME": str(tmp_path / "xdg"), "MTLINT_GRAMMAR_CACHE": str(tmp_path / "g")}
    return lambda *args: cli(*args, cwd=tmp_path, env=env)


@pytest.fixture
def fake_lt() -> Iterator[Callable[[Answer], str]]:
    """Start a fake server that answers with ``answer``; its base URL."""
    servers: list[ThreadingHTTPServer] = []
    stop = threading.Event()

    def start(answer: Answer) -> str:
        count = 0
        lock = threading.Lock()

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                nonlocal count
                self.rfile.read(int(self.headers.get("Content-Length", 0)))
                with lock:
                    count += 1
                    n = count
                answer(n, self)

            def log_message(self, *args: object) -> None:
                pass

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        server.stop = stop  # type: ignore[attr-defined]
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}"

    yield start
    stop.set()
    for server in servers:
        server.shutdown()
        server.server_close()


def first_good_then(bad: object) -> Answer:
    """The start-up probe gets a good answer, the check itself ``bad``."""

    def answer(n: int, handler: BaseHTTPRequestHandler) -> None:
        send_json(handler, GOOD if n == 1 else bad)

    return answer


@pytest.mark.parametrize(
    "bad",
    [
        {"matches": [{"offset": 0, "length": 2, "rule": "str"}]},
        {"matches": [], "warnings": "oops"},
        {"matches": ["not a match"]},
        {"matches": [{"offset": "x", "length": 1}]},
        {"matches": [{"offset": 0, "length": 2, "replacements": "abc"}]},
    ],
    ids=["rule-str", "warnings-str", "match-str", "offset-str", "replacements-str"],
)
def test_a_malformed_answer_is_a_notice_not_a_traceback(
    run, fake_lt, tmp_path: Path, bad: object
) -> None:
    url = fake_lt(first_good_then(bad))
    (tmp_path / "a.txt").write_text("He go to school.\n", encoding="utf-8")
    args = ("check", "--grammar", "--no-cache", "--languagetool-url", url, "a.txt")
    r = run(*args)
    assert "Traceback" not in r.stderr
    assert r.returncode == 0, r.stderr
    assert r.stderr.strip() == (
        f"mtlint: grammar checks skipped: {url}/v2/ does not answer like LanguageTool"
    )
    r = run(*args, "--require-grammar")
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert "grammar checks unavailable" in r.stderr


def test_a_malformed_answer_at_start_is_a_notice(run, fake_lt, tmp_path: Path) -> None:
    url = fake_lt(lambda n, h: send_json(h, {"matches": [], "software": "6.8"}))
    (tmp_path / "a.txt").write_text("He go to school.\n", encoding="utf-8")
    r = run("check", "--grammar", "--languagetool-url", url, "a.txt")
    assert r.returncode == 0 and "does not answer like LanguageTool" in r.stderr, r.stderr


def test_a_server_that_drips_bytes_times_out(run, fake_lt, tmp_path: Path) -> None:
    def drip(n: int, handler: BaseHTTPRequestHandler) -> None:
        handler.wfile.write(b"HTTP/1.1 200 OK\r\n")
        stop: threading.Event = handler.server.stop  # type: ignore[attr-defined]
        for _ in range(60):  # a header a second, a minute long (forever, to the client)
            if stop.wait(1):
                return
            handler.wfile.write(b"X-Drip: b\r\n")
            handler.wfile.flush()

    url = fake_lt(drip)
    (tmp_path / ".mtlint.yaml").write_text(f"languagetool: {{url: '{url}', timeout: 2}}\n")
    (tmp_path / "a.txt").write_text("He go to school.\n", encoding="utf-8")
    started = time.monotonic()
    r = run("check", "--grammar", "--no-cache", "a.txt")
    assert time.monotonic() - started < 20
    assert r.returncode == 0
    assert r.stderr.strip() == (
        f"mtlint: grammar checks skipped: cannot reach LanguageTool at {url}/v2/: timed out"
    )


def test_configs_that_disagree_on_languagetool_get_a_notice(run, fake_lt, tmp_path: Path) -> None:
    url = fake_lt(lambda n, h: send_json(h, GOOD))
    for name, spelling in (("a", "all"), ("b", "off")):
        (tmp_path / name).mkdir()
        (tmp_path / name / ".mtlint.yaml").write_text(
            f"grammar: true\nlanguagetool: {{url: '{url}', spelling: '{spelling}'}}\n"
        )
        (tmp_path / name / "x.txt").write_text("He go to school.\n", encoding="utf-8")
    r = run("check", "--no-cache", "b/x.txt", "a/x.txt")
    used, other = tmp_path / "b" / ".mtlint.yaml", tmp_path / "a" / ".mtlint.yaml"
    assert r.stderr.strip() == (
        f"mtlint: grammar: {used} and {other} set different 'languagetool' settings; "
        f"this run uses those of {used} for every file"
    )
    # the same table in both: no notice; --languagetool-url makes their urls irrelevant
    for name, port in (("a", 8), ("b", 9)):
        (tmp_path / name / ".mtlint.yaml").write_text(
            f"grammar: true\nlanguagetool: {{url: 'http://127.0.0.1:{port}', spelling: 'off'}}\n"
        )
    r = run("check", "--no-cache", "--languagetool-url", url, "b/x.txt", "a/x.txt")
    assert r.stderr == "" and r.returncode == 0
