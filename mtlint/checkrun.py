"""One ``mtlint check`` run: lint the targets, filter by baseline, feed the formatters."""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterator, Sequence
from contextlib import ExitStack
from dataclasses import field, replace
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from mtlint import __version__, corpus
from mtlint.cache import ResultCache
from mtlint.corpus_pass import collect
from mtlint.document import decode
from mtlint.engine import FileResult, ruleset
from mtlint.files import Target
from mtlint.formatters import FORMATTERS, Formatter, Options, Summary
from mtlint.kinds import prepare
from mtlint.kinds.prefilter import SMALL_TEXT, use_always
from mtlint.outputs import refuse_inputs, report_file
from mtlint.parallel import lint_all
from mtlint.progress import Progress
from mtlint.records import dataclass
from mtlint.runner import FixOptions

if TYPE_CHECKING:  # imported where used: most runs need neither
    from mtlint.baseline import Baseline
    from mtlint.grammar_pass import GrammarPass

SMALL_RUN = 8  # fewer files than this are linted in-process: a pool costs more than it saves
# With the default --jobs, less input than this is linted in-process too: starting the
# workers (forks, imports, the workers' cold caches) costs about 0.15 s of CPU, more
# than a second core saves on a few hundred KB (a pre-commit run on a dozen files).
POOL_MIN_BYTES = 256 * 1024


@dataclass
class RunOptions:
    """The CLI's choices for one check run, gathered so run_check has one argument."""

    output_format: str = "text"
    terminal_format: str = "text"  # what the terminal shows when --output-file takes the report
    output_file: Path | None = None
    color: bool = False
    show_source: bool = True
    fix: FixOptions = field(default_factory=FixOptions)
    baseline: Path | None = None
    write_baseline: Path | None = None
    statistics: bool = False
    quiet: bool = False
    jobs: int = 1
    auto_jobs: bool = False  # jobs is the default (all cores), not the user's choice
    cache: ResultCache | None = None
    jsonl_field: str | None = None
    jsonl_id: str | None = None
    grammar: GrammarPass | None = None


def statistics_table(summary: Summary) -> str:
    rows = [
        f"{n:6d}  {code:<7} {summary.names.get(code, '')}"
        for code, n in sorted(summary.codes.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    cats = [
        f"{n:6d}  {cat}"
        for cat, n in sorted(summary.categories.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    return "\n".join(["Findings per rule:", *rows, "", "Findings per category:", *cats])


def _records(targets: Sequence[Target], field: str, id_field: str | None) -> Iterator[Target]:
    """The records of JSON Lines targets, read afresh at each call (one per pass)."""
    from mtlint.jsonl_input import expand

    return (record for t in targets for record in expand(t, field, id_field))


def _expanded(targets: Sequence[Target], opts: RunOptions) -> Iterator[Target]:
    source: Iterator[Target] = iter(targets)
    if opts.jsonl_field is not None:
        source = _records(targets, opts.jsonl_field, opts.jsonl_id)
    if opts.grammar is not None:
        source = opts.grammar.annotate(source)
    return source


def _is_stdin(target: Target) -> bool:
    return target.path is None and target.record is None  # not a JSON Lines record


def _echo(out: TextIO, raw: bytes, fixed_text: str | None) -> None:
    """Stdin under --fix: its text is the output, fixed (in its own encoding and BOM,
    as a fixed file keeps them) or, when nothing was fixed, as it came, byte for byte."""
    if fixed_text is not None:
        decoded = decode(raw)
        raw = decoded.bom + fixed_text.encode(decoded.encoding)
    buffer = getattr(out, "buffer", None)
    if buffer is None:  # a text stream of a caller's (tests)
        out.write(raw.decode("utf-8", "surrogateescape"))
        return
    out.flush()
    buffer.write(raw)
    buffer.flush()


def _results(
    targets: Sequence[Target], opts: RunOptions, small: bool
) -> Iterator[tuple[Target, FileResult, str | None]]:
    """Lint every target (in-process when ``small``: see in_process)."""
    progress = Progress(0 if opts.jsonl_field else len(targets))
    try:
        total = None if opts.jsonl_field else len(targets)  # records: not known ahead
        for target, (result, fixed_text) in lint_all(
            _expanded(targets, opts), opts.fix, opts.jobs, opts.cache, small, total
        ):
            if result.findings or result.skipped:
                progress.clear()  # the report and notices of this target go on its line
            yield target, result, fixed_text
            progress.step()
    finally:
        progress.close()
        if opts.grammar is not None:
            opts.grammar.close()


def in_process(targets: Sequence[Target], opts: RunOptions) -> bool:
    """Whether to lint without worker processes: a few files, or (when --jobs was not
    given) little input; an explicit --jobs is obeyed from SMALL_RUN files on."""
    if opts.jsonl_field is None and len(targets) < SMALL_RUN:
        return True
    return opts.auto_jobs and _input_bytes(targets) < POOL_MIN_BYTES


def _input_bytes(targets: Sequence[Target], limit: int = POOL_MIN_BYTES) -> int:
    """The targets' size, counted up to ``limit`` (a huge tree is not stat'ed whole)."""
    total = 0
    for target in targets:
        total += _size(target) or 0
        if total >= limit:
            break
    return total


def _long_inputs(targets: Sequence[Target], opts: RunOptions) -> bool:
    """Whether a document long enough for the literal prefilters may come (see
    kinds.prefilter). Their requirements are then analysed for every rule at once, so
    that the literal automaton is built once rather than again for each rule's first
    check; a run on a few short files skips the work."""
    if opts.jsonl_field is not None or len(targets) >= SMALL_RUN:
        return True
    return any(t.path is None or (_size(t) or 0) >= SMALL_TEXT for t in targets)


def _size(target: Target) -> int | None:
    """A target's size in bytes before it is read: its file's (0 when it cannot be
    stat'ed: that is reported when it is read), its data's, or None for stdin."""
    if target.path is None:
        return None if target.data is None else len(target.data)
    try:
        return target.path.stat().st_size
    except OSError:
        return 0


# Allocations between two young collections (Python's default: 700). Linting makes and
# drops many short-lived containers but hardly any cycles (about 150 collected objects
# over 300 files): at 700 the collector ran some 210 times there, about 2% of the CPU
# time, and at this threshold some 20 times; the peak memory does not move.
GC_THRESHOLD = 10_000


def _collector_on() -> None:
    """What start-up built (modules, rules, patterns) lives until exit: freeze keeps it
    out of every later collection, and the collector runs from here on (less often than
    by default: see ``GC_THRESHOLD``). Start-up leaves only a few hundred objects of
    cyclic garbage, not worth a full collection."""
    gc.freeze()
    _, older, oldest = gc.get_threshold()
    gc.set_threshold(GC_THRESHOLD, older, oldest)
    gc.enable()


def run_check(
    targets: Sequence[Target], opts: RunOptions, out: TextIO = sys.stdout, err: TextIO = sys.stderr
) -> int:
    """Lint, report, and return the exit code (0 clean, 1 findings at --fail-on, 2 when
    an input could not be linted: the report is still complete)."""
    refuse_inputs(targets, (opts.output_file, opts.write_baseline))
    rule_meta = tuple(r.meta for t in targets[:1] for r in ruleset(t.config).registry)
    small = in_process(targets, opts)  # both passes: no worker pool
    prepared = _long_inputs(targets, opts)
    if prepared:
        for config in {t.config for t in targets}:
            prepare(ruleset(config).registry)  # once, before any worker forks
    if not gc.isenabled():  # the CLI starts with the collector off (mtlint.__main__)
        _collector_on()
    # corpus rules (names across files or records) learn from every document first
    records = None
    if opts.jsonl_field is not None:
        records = _records(targets, opts.jsonl_field, opts.jsonl_id)
    collect(targets, 1 if small else opts.jobs, records)
    baseline: Baseline | None = None
    if opts.baseline:
        from mtlint.baseline import Baseline

        baseline = Baseline(opts.baseline)
    summary = Summary(unit="record" if opts.jsonl_field else "file")
    exit_code = 0
    input_error = False
    kept: list[FileResult] = []
    text_out = out
    if opts.fix.enabled and any(_is_stdin(t) for t in targets):
        out = err  # stdout carries stdin's fixed text: the report goes to stderr
    with ExitStack() as stack:
        stack.callback(corpus.clear)  # the run's indexes must not outlive it (API callers)
        if prepared:  # the analysis is paid: short documents use the prefilters too
            use_always()
            stack.callback(use_always, False)
        formatters: list[Formatter] = []
        human = opts.output_format if opts.output_file is None else opts.terminal_format
        if not opts.statistics or human not in ("text", "concise"):
            formatters.append(
                FORMATTERS[human](
                    out, Options(opts.color, opts.show_source, __version__, rule_meta)
                )
            )
        if opts.output_file is not None:
            fh = stack.enter_context(report_file(opts.output_file))
            formatters.append(
                FORMATTERS[opts.output_format](fh, Options(False, False, __version__, rule_meta))
            )
        for target, result, fixed_text in _results(targets, opts, small):
            if target.problem is not None:  # a bad record: an input error, after the rest
                err.write(f"mtlint: error: {result.path}: {result.skipped}\n")
                input_error = True
            elif result.skipped and not opts.quiet:
                err.write(f"mtlint: skipped {result.path}: {result.skipped}\n")
            if opts.fix.enabled and _is_stdin(target) and target.data is not None:
                _echo(text_out, target.data, fixed_text)  # stdin: the text is the output
            if opts.write_baseline is not None:
                kept.append(result)
            if baseline is not None:
                result = baseline.filter(result)
            result = replace(
                result,
                fail_on=target.config.fail_on,
                input_error=target.problem is not None,
                record_line=target.line,
            )
            summary.add(result)
            for formatter in formatters:
                formatter.file(result)
            if any(f.severity >= target.config.fail_on for f in result.findings):
                exit_code = 1
        for formatter in formatters:
            formatter.finish(summary)
    if opts.statistics:
        stream = out if opts.output_format in ("text", "concise") or opts.output_file else err
        stream.write(statistics_table(summary) + "\n")
    if opts.write_baseline is not None:
        from mtlint.baseline import write_baseline

        count = write_baseline(opts.write_baseline, kept)
        err.write(f"mtlint: wrote {count} findings to baseline {opts.write_baseline}\n")
        return 2 if input_error else 0
    return 2 if input_error else exit_code
