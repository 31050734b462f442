"""``python -m mtlint``."""

from mtlint.cli import main

main()
