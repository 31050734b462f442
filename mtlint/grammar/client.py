"""A small, thread-safe client for LanguageTool's HTTP API (``POST /v2/check``).

Standard library only, one keep-alive connection per thread. language-tool-python's own
``Match`` is not used: it converts offsets through class-level state shared by all threads
and leaves lengths in UTF-16 units, so mtlint converts raw offsets itself (see ``offsets``).
"""

from __future__ import annotations

import contextlib
import http.client
import json
import socket
import threading
import time
import urllib.parse
from typing import Any, TypeGuard

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
        deadline = time.monotonic() + self.timeout  # for the whole exchange, retry included
        for attempt in (1, 2):
            try:
                status, data = self._exchange(self._connection(), body, headers, deadline)
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
        if not _looks_like_languagetool(answer):
            raise GrammarUnavailable(f"{self.base} does not answer like LanguageTool")
        return answer

    def _exchange(
        self,
        conn: http.client.HTTPConnection,
        body: bytes,
        headers: dict[str, str],
        deadline: float,
    ) -> tuple[int, bytes]:
        """One POST, cut off at ``deadline``: the socket timeout bounds each read only, so a
        server that drips a byte at a time would otherwise hold the run forever."""
        if conn.sock is None:
            conn.connect()  # bounded by the socket timeout; the watchdog needs the socket
        expired = threading.Event()

        def expire() -> None:
            expired.set()
            sock = conn.sock  # read once: the reading thread may close it meanwhile
            if sock is not None:  # wakes the blocked read (the plain socket's, TLS or not)
                with contextlib.suppress(OSError):
                    socket.socket.shutdown(sock, socket.SHUT_RDWR)

        watchdog = threading.Timer(max(0.0, deadline - time.monotonic()), expire)
        watchdog.daemon = True
        watchdog.start()
        try:
            conn.request("POST", self._path + "check", body, headers)
            response = conn.getresponse()
            status, data = response.status, response.read()
        except (OSError, http.client.HTTPException):
            if not expired.is_set():
                raise
        finally:
            watchdog.cancel()
        if expired.is_set():
            raise TimeoutError("timed out")
        return status, data

    def version(self, params: dict[str, str]) -> str:
        """The server's LanguageTool version (one small request, which also warms it up)."""
        software = self.check("This is a test.", params).get("software") or {}
        return f"{software.get('version', '?')}+{software.get('buildDate', '?')}"

    def close(self) -> None:
        with self._count_lock:
            conns, self._all = self._all, []
        for conn in conns:
            conn.close()


def _optional(value: object, kind: type | tuple[type, ...]) -> bool:
    return value is None or isinstance(value, kind)


def _is_match(m: object) -> bool:
    """Is ``m`` a match with the fields (and types) that mapping and the cache read?"""
    if not isinstance(m, dict):
        return False
    offset, length = m.get("offset"), m.get("length")
    if type(offset) is not int or type(length) is not int or offset < 0 or length < 0:
        return False
    rule, replacements = m.get("rule"), m.get("replacements")
    if not (_optional(m.get("message"), str) and _optional(m.get("shortMessage"), str)):
        return False
    if not _optional(replacements, list) or not all(
        isinstance(r, dict) and _optional(r.get("value"), str) for r in replacements or []
    ):
        return False
    if not _optional(rule, dict):
        return False
    rule = rule or {}
    category = rule.get("category")
    return (
        _optional(rule.get("id"), str)
        and _optional(rule.get("issueType"), str)
        and _optional(category, dict)
        and _optional((category or {}).get("id"), str)
    )


def _looks_like_languagetool(answer: object) -> TypeGuard[dict[str, Any]]:
    """A shape check of the whole answer, so a server that is not LanguageTool (or a broken
    one) is "unavailable" rather than a crash deep in mapping or the cache."""
    if not isinstance(answer, dict) or not isinstance(answer.get("matches"), list):
        return False
    if not (_optional(answer.get("warnings"), dict) and _optional(answer.get("software"), dict)):
        return False
    return all(_is_match(m) for m in answer["matches"])


def _reason(exc: BaseException) -> str:
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused"
    if isinstance(exc, socket.gaierror):
        return "unknown host"
    text = str(exc) or type(exc).__name__
    return text.splitlines()[0][:200]
