"""``mtlint languagetool start|stop|status``: keep one LanguageTool warm for pre-commit runs.

``start`` launches the provisioned server on 127.0.0.1 in the background and records its URL
and pid in a state file in the cache directory; every later ``mtlint check --grammar`` (with
no ``languagetool.url``) reuses it instead of starting a JVM. ``stop`` ends it.
"""

from typing import Annotated

import typer

from mtlint.grammar.errors import GrammarUnavailable

# The client, the server (http.client, subprocess), the provisioning helpers and the
# settings are imported by the commands that use them: every ``mtlint check`` imports
# this module to register the sub-commands.

app = typer.Typer(
    name="languagetool",
    help="Manage a warm LanguageTool server for grammar checks.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)


def _running() -> dict[str, object] | None:
    """The warm server's record if it also answers."""
    from mtlint.grammar.client import LTClient
    from mtlint.grammar.server import read_state

    state = read_state()
    if state is None:
        return None
    client = LTClient(str(state["url"]), timeout=10)
    try:
        client.check("Test.", {"language": "en-US"})
    except GrammarUnavailable:
        return None
    finally:
        client.close()
    return state


@app.command()
def start() -> None:
    """Start LanguageTool in the background (reused by later runs until 'stop')."""
    from mtlint.grammar.provision import PINNED_VERSION, find_install, java_executable, lt_home
    from mtlint.grammar.server import LocalServer, state_lock, write_state
    from mtlint.grammar.settings import cache_home

    with state_lock():
        state = _running()
        if state is not None:
            typer.echo(f"LanguageTool already running at {state['url']} (pid {state['pid']})")
            return
        install = find_install()
        if install is None:
            typer.echo(
                f"mtlint: error: LanguageTool {PINNED_VERSION} is not provisioned in "
                f"{lt_home()} (run scripts/provision-languagetool)",
                err=True,
            )
            raise typer.Exit(2)
        java = java_executable()
        if java is None:
            typer.echo(
                "mtlint: error: Java not found: LanguageTool needs Java 17 or newer", err=True
            )
            raise typer.Exit(2)
        log = cache_home() / "languagetool" / "server.log"
        try:
            server = LocalServer.spawn(install, java, detach=True, log=log)
        except GrammarUnavailable as exc:
            typer.echo(f"mtlint: error: {exc}", err=True)
            raise typer.Exit(2) from None
        write_state(server, PINNED_VERSION, install)
    typer.echo(f"LanguageTool {PINNED_VERSION} running at {server.url} (pid {server.process.pid})")


@app.command()
def stop() -> None:
    """Stop the background LanguageTool started by 'start'."""
    from mtlint.grammar.server import stop_warm

    if stop_warm():
        typer.echo("LanguageTool stopped")
    else:
        typer.echo("LanguageTool was not running")


@app.command()
def status(
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only the exit code.")] = False,
) -> None:
    """Say whether a warm server runs (exit 0) or not (exit 1), and what is installed."""
    from mtlint.grammar.provision import find_install, java_executable, lt_home
    from mtlint.grammar.server import state_file

    state = _running()
    if not quiet:
        install = find_install()
        server = f"running at {state['url']} (pid {state['pid']})" if state else "not running"
        typer.echo(f"server:      {server}")
        typer.echo(f"state file:  {state_file()}")
        typer.echo(f"provisioned: {install or f'no (looked in {lt_home()})'}")
        typer.echo(f"java:        {java_executable() or 'not found'}")
    raise typer.Exit(0 if state else 1)
