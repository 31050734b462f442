"""Where LanguageTool comes from, in order: a configured URL, the warm server of
``mtlint languagetool start``, the provisioned classpath, language-tool-python's own copy."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from typing import Any

from mtlint.grammar.client import LTClient
from mtlint.grammar.errors import GrammarUnavailable
from mtlint.grammar.provision import find_install, java_executable, lt_home
from mtlint.grammar.server import LocalServer, read_state
from mtlint.grammar.settings import LTSettings

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
            return (f"LanguageTool server stopped during the run (exit code "
                    f"{self.server.exit_code()})")
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
            raise GrammarUnavailable("Java not found: LanguageTool needs Java 17 or newer on "
                                     "PATH (or JAVA_HOME)")
        server = LocalServer.spawn(install, java)
        return Backend(LTClient(server.url, s.timeout), "provisioned", server=server)
    return _language_tool_python(s)


def _language_tool_python(s: LTSettings) -> Backend:
    """language-tool-python (GPL, the ``grammar`` extra) starts its own local server."""
    try:
        import language_tool_python as ltp
        from language_tool_python.download_lt import LocalLanguageTool
    except ImportError:
        raise GrammarUnavailable(f"{NOT_INSTALLED}; looked in {lt_home()}") from None
    if not s.download and not LocalLanguageTool.get_installed_versions():
        raise GrammarUnavailable(f"{NOT_INSTALLED}; languagetool.download is false")
    try:
        tool = ltp.LanguageTool(s.language)
    except Exception as exc:
        line = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise GrammarUnavailable(f"language-tool-python could not start LanguageTool: "
                                 f"{line[:200]}") from None
    return Backend(LTClient(str(tool.url), s.timeout), "language-tool-python", tool=tool)
