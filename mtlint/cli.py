"""Command-line wiring only: parse options, call the engine, pick a formatter, exit."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated, TextIO

import typer

from mtlint import __version__
from mtlint.config import ConfigResolver
from mtlint.docs import explain_text, rules_table
from mtlint.errors import MtlintError
from mtlint.files import discover
from mtlint.formatters import FORMATTERS, Options, Summary
from mtlint.model import Severity
from mtlint.registry import build_registry
from mtlint.runner import FixOptions, lint_target

app = typer.Typer(
    name="mtlint",
    help="Lint machine-translated and scraped text.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)


def _fail(message: str) -> typer.Exit:
    typer.echo(f"mtlint: error: {message}", err=True)
    return typer.Exit(2)


def _split(values: list[str] | None) -> list[str]:
    out: list[str] = []
    for v in values or []:
        out.extend(p.strip() for p in v.split(",") if p.strip())
    return out


def _color(choice: str | None, out: TextIO) -> bool:
    if choice is not None:
        return choice == "always"
    if os.environ.get("NO_COLOR"):
        return False
    return bool(os.environ.get("FORCE_COLOR")) or out.isatty()


@app.command()
def check(
    paths: Annotated[list[str] | None, typer.Argument(help="Files, directories, or - for stdin.")] = None,
    output_format: Annotated[str, typer.Option("--format", help=f"One of: {', '.join(FORMATTERS)}.")] = "text",
    config: Annotated[Path | None, typer.Option(help="Config file (skips discovery).")] = None,
    select: Annotated[list[str] | None, typer.Option(help="Rules to run: codes, prefixes, names, categories.")] = None,
    ignore: Annotated[list[str] | None, typer.Option(help="Rules to skip (same forms as --select).")] = None,
    fail_on: Annotated[str | None, typer.Option(help="Exit 1 at this severity or above: info, warning, error.")] = None,
    fix: Annotated[bool, typer.Option("--fix", help="Apply safe fixes in place.")] = False,
    unsafe_fixes: Annotated[bool, typer.Option("--unsafe-fixes", help="With --fix, apply unsafe fixes too.")] = False,
    color: Annotated[str | None, typer.Option(help="always or never (default: on a terminal).")] = None,
    show_source: Annotated[bool, typer.Option(help="Show the source line under each finding.")] = True,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print findings only, no notices.")] = False,
    stdin_filename: Annotated[str | None, typer.Option(help="Name to report for stdin.")] = None,
) -> None:
    """Lint files and report findings; exit 1 when any reaches --fail-on."""
    if output_format not in FORMATTERS:
        raise _fail(f"--format: unknown format {output_format!r} (expected one of {', '.join(FORMATTERS)})")
    try:
        threshold = Severity.parse(fail_on) if fail_on else None
    except ValueError as exc:
        raise _fail(f"--fail-on: {exc}") from None
    out = sys.stdout
    try:
        resolver = ConfigResolver(
            config, select=_split(select), ignore=_split(ignore), fail_on=threshold
        )
        targets = list(discover(paths or ["."], resolver, stdin_filename))
        formatter = FORMATTERS[output_format](
            out, Options(color=_color(color, out), show_source=show_source, version=__version__)
        )
        summary = Summary()
        exit_code = 0
        fix_opts = FixOptions(fix, unsafe_fixes)
        for target in targets:
            result, fixed_text = lint_target(target, fix_opts)
            if result.skipped and not quiet:
                typer.echo(f"mtlint: skipped {result.path}: {result.skipped}", err=True)
            if fixed_text is not None and target.path is None:
                sys.stdout.write(fixed_text)
                continue
            summary.add(result)
            formatter.file(result)
            if any(f.severity >= target.config.fail_on for f in result.findings):
                exit_code = 1
        formatter.finish(summary)
    except MtlintError as exc:
        raise _fail(str(exc)) from None
    raise typer.Exit(exit_code)


@app.command()
def rules(
    config: Annotated[Path | None, typer.Option(help="Config whose rule-paths to include.")] = None,
) -> None:
    """List every rule: code, name, category, default severity, fixable."""
    try:
        resolver = ConfigResolver(config)
        registry = build_registry(resolver.for_path(Path.cwd()).rule_paths)
    except MtlintError as exc:
        raise _fail(str(exc)) from None
    typer.echo(rules_table(registry))


@app.command()
def explain(code: Annotated[str, typer.Argument(help="A rule code or name.")]) -> None:
    """Show a rule's documentation and examples."""
    try:
        registry = build_registry()
    except MtlintError as exc:
        raise _fail(str(exc)) from None
    rule = registry.lookup(code)
    if rule is None:
        raise _fail(f"unknown rule {code!r} (see 'mtlint rules')")
    typer.echo(explain_text(rule))


@app.command()
def version() -> None:
    """Print mtlint's version."""
    typer.echo(__version__)


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("mtlint: interrupted", err=True)
        sys.exit(130)
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(1)
