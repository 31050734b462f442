"""A small, thread-safe client for LanguageTool's HTTP API (``POST /v2/check``).

Standard library only, one keep-alive connection per thread. language-tool-python's own
``Match`` is not used: it converts offsets through class-level state shared by all threads
and leaves lengths in UTF-16 units, so mtlint converts raw offsets itself (see ``offsets``).
"""

from __future__ import annotations

import http.client
import json
import socket
import threading
import urllib.parse
from typing import Any

from mtlint.grammar.errors import GrammarUnavailable

LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})


def api_base(url: str) -> str:
    """Normalise ``http://host:port``, ``.../v2`` or ``.../v2/`` to ``.../v2/``."""
    try:
        parts = urllib.parse.urlsplit(url.strip())
        valid = parts.scheme in ("http", "https") and bool(parts.hostname)
        valid = valid and (parts.port or 0) >= 0  # a bad port or IPv6 host raises ValueError
    except ValueError:
        valid = False
    if not valid:
        raise GrammarUnavailable(f"invalid LanguageTool URL {url!r} (expected http://HOST:PORT)")
    path = parts.path.rstrip("/")
    if not path.endswith("/v2"):
        path += "/v2"
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, path + "/", "", ""))


def is_loopback(url: str) -> bool:
    host = urllib.parse.urlsplit(url).hostname or ""
    return host in LOOPBACK_HOSTS or host.startswith("127.")


class LTClient:
    """POSTs texts to one LanguageTool server; every failure is a ``GrammarUnavailable``."""

    def __init__(self, url: str, timeout: float = 60.0) -> None:
        self.base = api_base(url)
        parts = urllib.parse.urlsplit(self.base)
        self._https = parts.scheme == "https"
        self._host = parts.hostname or ""
        self._port = parts.port
        self._path = parts.path
        self.timeout = timeout
        self._local = threading.local()
        self._all: list[http.client.HTTPConnection] = []
        self.requests = 0  # texts sent, for tests and the benchmark
        self._count_lock = threading.Lock()

    def _connection(self) -> http.client.HTTPConnection:
        conn: http.client.HTTPConnection | None = getattr(self._local, "conn", None)
        if conn is None:
            cls = http.client.HTTPSConnection if self._https else http.client.HTTPConnection
            conn = cls(self._host, self._port, timeout=self.timeout)
            self._local.conn = conn
            with self._count_lock:
                self._all.append(conn)
        return conn

    def _drop_connection(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None

    def check(
        self, text: str, params: dict[str, str], annotation: list[dict[str, str]] | None = None
    ) -> dict[str, Any]:
        """The server's JSON answer for ``text`` (or for ``annotation``: text and markup
        parts); retried once on a stale keep-alive socket."""
        with self._count_lock:
            self.requests += 1
        payload = {"data": json.dumps({"annotation": annotation})} if annotation else {"text": text}
        body = urllib.parse.urlencode({**params, **payload}, errors="replace").encode()
        headers = {
            "Content-Type": "application/x-www-form-urlencoded; charset=utf-8",
            "Accept": "application/json",
        }
        for attempt in (1, 2):
            try:
                conn = self._connection()
                conn.request("POST", self._path + "check", body, headers)
                response = conn.getresponse()
                data = response.read()
                status = response.status
                break
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError) as exc:
                self._drop_connection()
                if attempt == 2:
                    raise GrammarUnavailable(
                        f"LanguageTool at {self.base} closed the connection ({type(exc).__name__})"
                    ) from None
            except (OSError, http.client.HTTPException) as exc:
                self._drop_connection()
                reason = "timed out" if isinstance(exc, socket.timeout) else _reason(exc)
                raise GrammarUnavailable(
                    f"cannot reach LanguageTool at {self.base}: {reason}"
                ) from None
        if status != 200:
            detail = data.decode("utf-8", "replace").strip().splitlines()
            raise GrammarUnavailable(
                f"LanguageTool at {self.base} answered HTTP {status}: "
                f"{detail[0][:200] if detail else 'no detail'}"
            )
        try:
            answer = json.loads(data)
        except ValueError:
            raise GrammarUnavailable(f"LanguageTool at {self.base} sent invalid JSON") from None
        if not isinstance(answer, dict) or not isinstance(answer.get("matches"), list):
            raise GrammarUnavailable(f"{self.base} does not answer like LanguageTool")
        return answer

    def version(self, params: dict[str, str]) -> str:
        """The server's LanguageTool version (one small request, which also warms it up)."""
        software = self.check("This is a test.", params).get("software") or {}
        return f"{software.get('version', '?')}+{software.get('buildDate', '?')}"

    def close(self) -> None:
        with self._count_lock:
            conns, self._all = self._all, []
        for conn in conns:
            conn.close()


def _reason(exc: BaseException) -> str:
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused"
    if isinstance(exc, socket.gaierror):
        return "unknown host"
    text = str(exc) or type(exc).__name__
    return text.splitlines()[0][:200]
