"""Command-line wiring only: parse options, call the engine, pick a formatter, exit."""

import os
import signal
import sys
from pathlib import Path
from typing import Annotated, TextIO

import typer

from mtlint import __version__
from mtlint.cache import ResultCache, default_cache_dir
from mtlint.checkrun import RunOptions, run_check
from mtlint.config import ConfigResolver
from mtlint.errors import MtlintError
from mtlint.files import discover
from mtlint.formatters import FORMATTERS
from mtlint.grammar.cli import app as languagetool_app
from mtlint.grammar_setup import grammar_only, grammar_pass
from mtlint.model import Severity
from mtlint.parallel import default_jobs
from mtlint.registry import Registry, build_registry
from mtlint.runner import FixOptions
from mtlint.targetlist import TargetList

app = typer.Typer(
    name="mtlint",
    help="Lint machine-translated and scraped text.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)


app.add_typer(languagetool_app, name="languagetool", help="Manage a warm LanguageTool server.")


def _fail(message: str) -> typer.Exit:
    typer.echo(f"mtlint: error: {message}", err=True)
    return typer.Exit(2)


def _echo_err(message: str) -> None:
    typer.echo(message, err=True)


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
    paths: Annotated[
        list[str] | None, typer.Argument(help="Files, directories, or - for stdin.")
    ] = None,
    output_format: Annotated[
        str | None,
        typer.Option(
            "--format",
            help=f"One of: {', '.join(FORMATTERS)} (default: text; github under GitHub Actions).",
        ),
    ] = None,
    output_file: Annotated[
        Path | None,
        typer.Option(help="Write the --format report here; the terminal keeps the text format."),
    ] = None,
    config: Annotated[Path | None, typer.Option(help="Config file (skips discovery).")] = None,
    select: Annotated[
        list[str] | None, typer.Option(help="Rules to run: codes, prefixes, names, categories.")
    ] = None,
    ignore: Annotated[
        list[str] | None, typer.Option(help="Rules to skip (same forms as --select).")
    ] = None,
    fail_on: Annotated[
        str | None, typer.Option(help="Exit 1 at this severity or above: info, warning, error.")
    ] = None,
    fix: Annotated[bool, typer.Option("--fix", help="Apply safe fixes in place.")] = False,
    unsafe_fixes: Annotated[
        bool, typer.Option("--unsafe-fixes", help="With --fix, apply unsafe fixes too.")
    ] = False,
    statistics: Annotated[
        bool, typer.Option("--statistics", help="Counts per rule and per category.")
    ] = False,
    baseline: Annotated[
        Path | None, typer.Option(help="Report only findings not recorded in this baseline.")
    ] = None,
    write_baseline: Annotated[
        Path | None, typer.Option(help="Record today's findings as the baseline, exit 0.")
    ] = None,
    color: Annotated[
        str | None, typer.Option(help="always or never (default: on a terminal).")
    ] = None,
    show_source: Annotated[
        bool, typer.Option(help="Show the source line under each finding.")
    ] = True,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No notices on stderr.")] = False,
    stdin_filename: Annotated[str | None, typer.Option(help="Name to report for - (stdin)")] = None,
    jobs: Annotated[
        int | None, typer.Option("--jobs", "-j", help="Worker processes (default or 0: all cores).")
    ] = None,
    no_cache: Annotated[
        bool, typer.Option("--no-cache", help="Neither read nor write the result cache.")
    ] = False,
    cache_dir: Annotated[
        Path | None,
        typer.Option(
            help="Result cache location (default: ~/.cache/mtlint; env MTLINT_CACHE_DIR)."
        ),
    ] = None,
    jsonl_field: Annotated[
        str | None,
        typer.Option(
            help="Inputs are JSON Lines (gzip, bzip2 or xz too); lint this string field "
            "of each record (a dotted name reaches into nested objects: meta.text)."
        ),
    ] = None,
    jsonl_id: Annotated[
        str | None,
        typer.Option(help="With --jsonl-field: the record id field (default: line number)."),
    ] = None,
    grammar: Annotated[
        bool | None,
        typer.Option(
            "--grammar/--no-grammar",
            help="Run LanguageTool's grammar checks (default: the config's 'grammar').",
        ),
    ] = None,
    languagetool_url: Annotated[
        str | None, typer.Option(help="Use this LanguageTool server (text is sent there).")
    ] = None,
    require_grammar: Annotated[
        bool, typer.Option("--require-grammar", help="Exit 2 when LanguageTool is unavailable.")
    ] = False,
) -> None:
    """Lint files and report findings; exit 1 when any reaches --fail-on."""
    auto = "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"
    fmt = output_format or auto
    if fmt not in FORMATTERS:
        raise _fail(f"--format: unknown format {fmt!r} (expected one of {', '.join(FORMATTERS)})")
    if fix and jsonl_field:
        raise _fail("--fix: JSON Lines records cannot be fixed in place (drop --jsonl-field)")
    # an option that means nothing without its companion, ignored, misleads: an error
    if jsonl_id is not None and jsonl_field is None:
        raise _fail("--jsonl-id: needs --jsonl-field")
    if unsafe_fixes and not fix:
        raise _fail("--unsafe-fixes: needs --fix")
    if stdin_filename is not None and "-" not in (paths or []):
        raise _fail("--stdin-filename: needs - (stdin) among the paths")
    if color not in (None, "always", "never"):
        raise _fail(f"--color: expected always or never, got {color!r}")
    if jobs is not None and jobs < 0:
        raise _fail(f"--jobs: expected 0 (all cores) or more, got {jobs}")
    try:
        threshold = Severity.parse(fail_on) if fail_on else None
    except ValueError as exc:
        raise _fail(f"--fail-on: {exc}") from None
    try:
        resolver = ConfigResolver(
            config, select=_split(select), ignore=_split(ignore), fail_on=threshold
        )
        include: tuple[str, ...] | None = None
        if jsonl_field:
            from mtlint.jsonl_input import JSONL_INCLUDE as include
        names = paths or ["."]
        targets = TargetList(discover(names, resolver, stdin_filename, include), names)
        opts = RunOptions(
            output_format=fmt,
            terminal_format=auto,
            output_file=output_file,
            color=_color(color, sys.stdout),
            show_source=show_source,
            fix=FixOptions(fix, unsafe_fixes),
            baseline=baseline,
            write_baseline=write_baseline,
            statistics=statistics,
            quiet=quiet,
            jobs=jobs if jobs and jobs > 0 else default_jobs(),
            auto_jobs=not (jobs and jobs > 0),
            cache=None if no_cache else ResultCache(cache_dir or default_cache_dir()),
            jsonl_field=jsonl_field,
            jsonl_id=jsonl_id,
            grammar=grammar_pass(
                targets, grammar, languagetool_url, require_grammar, _echo_err, no_cache
            ),
        )
        if opts.grammar is None and not quiet and (notice := grammar_only(targets)):
            _echo_err(notice)
        code = run_check(targets, opts)
    except MtlintError as exc:
        raise _fail(str(exc)) from None
    except BrokenPipeError:
        raise  # the reader stopped (``| head``): no error of ours, see main
    except OSError as exc:  # a write to stdout or the report has no file name
        where = f"{exc.filename}: " if exc.filename else ""
        raise _fail(f"{where}{exc.strerror or exc}") from None
    raise typer.Exit(code)


_CONFIG_HELP = "Config whose rule-paths to include (default: the nearest one)."


def _registry(config: Path | None) -> Registry:
    """Every rule, with the custom ones of ``config`` or of the nearest config."""
    try:
        resolver = ConfigResolver(config)
        return build_registry(resolver.for_path(Path.cwd()).rule_paths)
    except MtlintError as exc:
        raise _fail(str(exc)) from None


@app.command()
def rules(
    config: Annotated[Path | None, typer.Option(help=_CONFIG_HELP)] = None,
) -> None:
    """List every rule: code, name, category, default severity, fixable."""
    registry = _registry(config)
    from mtlint.docs import rules_table

    typer.echo(rules_table(registry))


@app.command()
def explain(
    code: Annotated[str, typer.Argument(help="A rule code or name.")],
    config: Annotated[Path | None, typer.Option(help=_CONFIG_HELP)] = None,
) -> None:
    """Show a rule's documentation and examples."""
    rule = _registry(config).lookup(code)
    if rule is None:
        raise _fail(f"unknown rule {code!r} (see 'mtlint rules')")
    from mtlint.docs import explain_text

    typer.echo(explain_text(rule))


@app.command()
def version() -> None:
    """Print mtlint's version."""
    typer.echo(__version__)


def _terminated(signum: int, frame: object) -> None:
    """SIGTERM (a CI job's timeout, ``kill``) unwinds the run as Ctrl-C does, so that
    the report or fixed file being written is removed rather than left half-done."""
    raise SystemExit(128 + signum)


def main() -> None:
    signal.signal(signal.SIGTERM, _terminated)
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("mtlint: interrupted", err=True)
        sys.exit(130)
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(1)
