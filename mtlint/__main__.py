"""``python -m mtlint`` and the ``mtlint`` command."""

import gc
import sys


def _share_arguments() -> None:
    """``sys.orig_argv`` repeats the arguments of ``sys.argv`` in strings of its own: a
    run given thousands of file names (xargs) would hold each name twice, about 110
    bytes a name for the whole run. The same strings serve both lists; their contents
    do not change."""
    args = sys.argv[1:]
    orig = sys.orig_argv
    start = len(orig) - len(args)
    if args and start >= 0 and orig[start:] == args:
        orig[start:] = args


def main() -> None:
    _share_arguments()
    # Start-up builds about a million objects that live until exit (modules, rules,
    # compiled patterns): collecting them over and over is wasted work, about 4% of a
    # start-up. run_check turns the collector back on once the rules are built.
    gc.disable()
    try:
        # The patterns the command line's imports compile, from the user cache (rxstart).
        from mtlint import rxstart

        rxstart.preseed()
        from mtlint.cli import main as cli

        rxstart.note()
    except KeyboardInterrupt:  # Ctrl-C while starting: no traceback, as later on
        print("mtlint: interrupted", file=sys.stderr)
        sys.exit(130)
    cli()


if __name__ == "__main__":
    main()
