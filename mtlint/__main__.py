"""``python -m mtlint`` and the ``mtlint`` command."""

import gc
import sys


def main() -> None:
    # Start-up builds about a million objects that live until exit (modules, rules,
    # compiled patterns): collecting them over and over is wasted work, about 4% of a
    # start-up. run_check turns the collector back on once the rules are built.
    gc.disable()
    try:
        from mtlint.cli import main as cli
    except KeyboardInterrupt:  # Ctrl-C while starting: no traceback, as later on
        print("mtlint: interrupted", file=sys.stderr)
        sys.exit(130)
    cli()


if __name__ == "__main__":
    main()
