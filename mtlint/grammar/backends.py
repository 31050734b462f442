"""Where LanguageTool comes from, in order: a configured URL, the warm server of
``mtlint languagetool start``, the provisioned classpath, language-tool-python's own copy."""

from __future__ import annotations

import contextlib
import os
from dataclasses import field
from pathlib import Path
from typing import Any

from mtlint.grammar.client import LTClient
from mtlint.grammar.errors import GrammarUnavailable
from mtlint.grammar.provision import find_install, java_executable, lt_home
from mtlint.grammar.server import LocalServer, read_state
from mtlint.grammar.settings import LTSettings
from mtlint.records import dataclass

NOT_INSTALLED = (
    "LanguageTool is not installed (run scripts/provision-languagetool, or install "
    "'mtlint[grammar]' to let language-tool-python download it, or set languagetool.url)"
)


@dataclass
class Backend:
    """A client plus whatever must be stopped when the run ends."""

    client: LTClient
    source: str  # url | warm | provisioned | language-tool-python
    server: LocalServer | None = None
    tool: Any = None  # a language_tool_python.LanguageTool that owns its server
    _closed: bool = field(default=False, repr=False)

    def explain(self, exc: BaseException | None) -> str:
        """A one-line reason for a failure in the middle of a run."""
        reason = str(exc) if exc is not None else "unknown error"
        if self.server is not None and self.server.exit_code() is not None:
            return (
                f"LanguageTool server stopped during the run (exit code {self.server.exit_code()})"
            )
        return reason

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self.client.close()
        if self.server is not None:
            self.server.stop()
            with contextlib.suppress(OSError):
                self.server.log.unlink()
        if self.tool is not None:
            with contextlib.suppress(Exception):
                self.tool.close()


def open_backend(s: LTSettings) -> Backend:
    if s.url:
        return Backend(LTClient(s.url, s.timeout), "url")  # sent only where configured
    state = read_state()
    if state is not None:
        client = LTClient(str(state["url"]), s.timeout)
        with contextlib.suppress(GrammarUnavailable):
            client.check("Test.", {"language": "en-US"})
            return Backend(client, "warm")
        client.close()
    install = find_install()
    if install is not None:
        java = java_executable()
        if java is None:
            raise GrammarUnavailable(
                "Java not found: LanguageTool needs Java 17 or newer on PATH (or JAVA_HOME)"
            )
        server = LocalServer.spawn(install, java)
        return Backend(LTClient(server.url, s.timeout), "provisioned", server=server)
    return _language_tool_python(s)


def _language_tool_python(s: LTSettings) -> Backend:
    """language-tool-python (GPL, the ``grammar`` extra) starts its own local server."""
    try:
        import language_tool_python as ltp  # optional and GPL: imported only here, late
    except ImportError:
        raise GrammarUnavailable(f"{NOT_INSTALLED}; looked in {lt_home()}") from None
    if not s.download and not _ltp_downloads():
        raise GrammarUnavailable(f"{NOT_INSTALLED}; languagetool.download is false")
    try:
        tool = ltp.LanguageTool(s.language)
    except Exception as exc:  # any failure here (no Java, no network, ...) is "unavailable"
        line = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise GrammarUnavailable(
            f"language-tool-python could not start LanguageTool: {line[:200]}"
        ) from None
    url = getattr(tool, "url", None) or getattr(tool, "_url", "")
    return Backend(LTClient(str(url), s.timeout), "language-tool-python", tool=tool)


def _ltp_downloads() -> list[Path]:
    """LanguageTool copies language-tool-python already has (``LTP_PATH`` or its cache)."""
    folder = Path(os.environ.get("LTP_PATH") or Path.home() / ".cache" / "language_tool_python")
    return [p for p in folder.glob("LanguageTool*") if p.is_dir()] if folder.is_dir() else []
