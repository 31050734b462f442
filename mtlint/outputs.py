"""The files a check run writes besides fixes: its report (``--output-file``) and the
guard that no output path is one of its inputs."""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from mtlint.atomic import replacing
from mtlint.errors import MtlintError
from mtlint.files import Target


@contextmanager
def report_file(path: Path) -> Iterator[TextIO]:
    """The report appears whole at the end, or not at all (Ctrl-C, errors). An error
    names ``path``, not the temporary file beside it."""
    if path.is_dir():  # found before linting, not when the report is renamed over it
        raise MtlintError(f"{path}: cannot write the report: Is a directory")
    try:
        # 0o666 less the umask: the permissions of any new file the user writes
        with replacing(path, ".part", mode=0o666) as raw, io.TextIOWrapper(raw, "utf-8") as fh:
            yield fh
    except OSError as exc:
        if exc.filename is None or Path(exc.filename).parent != path.parent:
            raise  # not the report's (stdout, say)
        raise MtlintError(f"{path}: cannot write the report: {exc.strerror or exc}") from None


def refuse_inputs(targets: Sequence[Target], paths: Iterable[Path | None]) -> None:
    """Refuse a report or baseline path that is one of the run's inputs: writing it would
    replace a file the user asked to lint (nothing is lost)."""
    outputs: dict[tuple[int, int], Path] = {}
    for path in paths:
        try:
            if path is not None:
                st = path.stat()
                outputs[(st.st_dev, st.st_ino)] = path
        except OSError:
            continue  # not there yet: no input can be it
    if not outputs:
        return
    for target in targets:
        try:
            found = target.path.stat() if target.path is not None else None
        except OSError:
            continue
        if found is not None and (found.st_dev, found.st_ino) in outputs:
            path = outputs[(found.st_dev, found.st_ino)]
            raise MtlintError(f"{path}: is an input of this run; writing to it would replace it")
