"""A one-line progress indicator on stderr, only on an interactive terminal outside CI."""

from __future__ import annotations

import os
import sys
import time
from typing import TextIO

MIN_FILES = 20


class Progress:
    def __init__(self, total: int, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.total = total
        self.done = 0
        self.last = 0.0
        self.drawn = False
        self.enabled = (
            total >= MIN_FILES
            and self.stream.isatty()
            and not os.environ.get("CI")
            and not os.environ.get("GITHUB_ACTIONS")
        )

    def step(self) -> None:
        self.done += 1
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self.last < 0.1 and self.done < self.total:
            return
        self.last = now
        width = 30
        filled = width * self.done // self.total
        self.stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total}")
        self.stream.flush()
        self.drawn = True

    def clear(self) -> None:
        """Take the bar off the line before a report or a notice is written there: on a
        terminal, stdout and stderr share it, and a finding used to follow the bar on
        its line ("[....] 1/300a.txt:1:8: DU002 ..."). The next step draws it again."""
        if self.drawn:
            self.stream.write("\r" + " " * 60 + "\r")
            self.stream.flush()
            self.drawn = False
            self.last = 0.0

    def close(self) -> None:
        self.clear()
