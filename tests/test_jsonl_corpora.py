"""JSON Lines corpora (--jsonl-field): records as documents, bad records, compression."""

from __future__ import annotations

import bz2
import gzip
import json
import lzma
import os
import threading
from pathlib import Path

import pytest

GLUED = "The talks ended on ThursdayThe minister left.\n"


def _lines(*records: object) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records)


def _json(stdout: str) -> dict[str, object]:
    return json.loads(stdout)  # type: ignore[no-any-return]


def test_records_are_keyed_by_id_and_lines_count_within_the_record(cli, tmp_path: Path) -> None:
    text = "A clean first line.\nA clean second line.\n" + GLUED
    (tmp_path / "c.jsonl").write_text(
        _lines({"id": "r-7", "text": text}, {"id": 8, "text": "Fine."}), encoding="utf-8"
    )
    r = cli("check", "--no-cache", "--jsonl-field", "text", "--jsonl-id", "id",
            "--format", "json", "c.jsonl", cwd=tmp_path)  # fmt: skip
    assert r.returncode == 1, r.stderr
    (f,) = _json(r.stdout)["findings"]  # type: ignore[misc]
    assert (f["path"], f["record"], f["line"], f["code"]) == ("c.jsonl#r-7", "r-7", 3, "BS001")


def test_without_an_id_field_the_key_is_the_line_number(cli, tmp_path: Path) -> None:
    (tmp_path / "c.jsonl").write_text(_lines({"text": "Fine."}, "", {"text": GLUED}))
    r = cli("check", "--no-cache", "--jsonl-field", "text", "--format", "json", "c.jsonl",
            cwd=tmp_path)  # fmt: skip
    assert [f["record"] for f in _json(r.stdout)["findings"]] == ["3"]  # type: ignore[attr-defined]


def test_bad_records_are_reported_and_the_rest_is_linted(cli, tmp_path: Path) -> None:
    bad = ['{"text": "unterminated', {"body": "x"}, {"text": None}]
    (tmp_path / "c.jsonl").write_text(_lines({"text": GLUED}, *bad, {"text": GLUED}))
    r = cli("check", "--no-cache", "--jsonl-field", "text", "--format", "json", "c.jsonl",
            cwd=tmp_path)  # fmt: skip
    assert r.returncode == 2 and "Traceback" not in r.stderr
    report = _json(r.stdout)  # complete: the run went on past the bad records
    assert [f["record"] for f in report["findings"]] == ["1", "5"]  # type: ignore[attr-defined]
    skipped = report["summary"]["skipped"]  # type: ignore[index]
    assert [s["path"] for s in skipped] == ["c.jsonl:2", "c.jsonl:3", "c.jsonl:4"]
    errors = r.stderr.splitlines()
    assert len(errors) == 3 and errors[0].startswith("mtlint: error: c.jsonl:2: invalid JSON")
    assert errors[1] == "mtlint: error: c.jsonl:3: no string field 'text'"


def test_jsonl_format_gives_bad_records_no_quality_score(cli, tmp_path: Path) -> None:
    (tmp_path / "c.jsonl").write_text(_lines({"text": "Fine."}, "not json"))
    r = cli("check", "--no-cache", "--jsonl-field", "text", "--format", "jsonl", "c.jsonl",
            cwd=tmp_path)  # fmt: skip
    docs = [d for d in map(json.loads, r.stdout.splitlines()) if d["type"] == "document"]
    assert [(d["path"], d["quality"]) for d in docs] == [("c.jsonl#1", 1.0), ("c.jsonl:2", None)]


def test_text_summary_counts_what_was_not_linted(cli, tmp_path: Path) -> None:
    (tmp_path / "c.jsonl").write_text(_lines({"text": "Fine."}, "not json"))
    r = cli("check", "--no-cache", "--jsonl-field", "text", "c.jsonl", cwd=tmp_path)
    assert r.returncode == 2 and "All clean: 1 record checked, 1 skipped." in r.stdout


ZELENSKY = [
    "Volodymyr Zelensky met officials in Kyiv on Monday. Zelensky said the talks went well.",
    "President Zelensky spoke to reporters. Later, Zelensky thanked the allies.",
    "On Tuesday, Volodymyr Zelenski visited the front line near the city.",
]


def test_name_consistency_spans_records(cli, tmp_path: Path) -> None:
    (tmp_path / "c.jsonl").write_text(_lines(*({"text": t} for t in ZELENSKY)))
    r = cli("check", "--no-cache", "--jsonl-field", "text", "--select", "NM001",
            "--format", "json", "c.jsonl", cwd=tmp_path)  # fmt: skip
    found = _json(r.stdout)["findings"]
    assert [(f["record"], f["code"]) for f in found] == [("3", "NM001")]  # type: ignore[attr-defined]
    message = found[0]["message"]  # type: ignore[index]
    assert "(1 mention in 1 record)" in message and "in 2 records), chosen for" in message
    assert "more records" in message and "file" not in message


@pytest.mark.parametrize(
    ("suffix", "compress"),
    [(".gz", gzip.compress), (".bz2", bz2.compress), (".xz", lzma.compress)],
)
def test_compressed_corpora_are_read_through(cli, tmp_path: Path, suffix, compress) -> None:
    data = _lines({"id": "a", "meta": {"body": GLUED}}, {"id": "b", "meta": {"body": "Fine."}})
    (tmp_path / f"c.jsonl{suffix}").write_bytes(compress(data.encode()))
    (tmp_path / "notes.txt").write_text("not a corpus  file\n")  # a walk skips it
    r = cli("check", "--no-cache", "--jsonl-field", "meta.body", "--jsonl-id", "id",
            "--format", "json", ".", cwd=tmp_path)  # fmt: skip
    assert r.returncode == 1, r.stderr
    found = _json(r.stdout)["findings"]
    assert [(f["path"], f["code"]) for f in found] == [(f"c.jsonl{suffix}#a", "BS001")]  # type: ignore[attr-defined]


def test_truncated_archive_is_an_input_error_after_its_records(cli, tmp_path: Path) -> None:
    texts = (f"Item {i} of {i * 7919 % 10007} units. {GLUED}" for i in range(2000))
    data = gzip.compress(_lines(*({"text": t} for t in texts)).encode())
    (tmp_path / "c.jsonl.gz").write_bytes(data[: len(data) // 2])
    r = cli("check", "--no-cache", "--jsonl-field", "text", "--format", "json", "c.jsonl.gz",
            cwd=tmp_path)  # fmt: skip
    assert r.returncode == 2 and "c.jsonl.gz:" in r.stderr and "cannot read" in r.stderr
    assert len(_json(r.stdout)["findings"]) > 0  # type: ignore[arg-type]


def test_records_from_stdin(cli) -> None:
    data = gzip.compress(_lines({"text": GLUED}).encode())
    r = cli("check", "--no-cache", "--jsonl-field", "text", "--format", "json", "-", stdin=data)
    assert [f["path"] for f in _json(r.stdout)["findings"]] == ["<stdin>#1"]  # type: ignore[attr-defined]


def _fifo(path: Path, data: bytes) -> threading.Thread:
    os.mkfifo(path)

    def feed() -> None:
        with path.open("wb") as fh:
            fh.write(data)

    thread = threading.Thread(target=feed, daemon=True)
    thread.start()
    return thread


def test_named_pipes_are_read_once_for_both_passes(cli, tmp_path: Path) -> None:
    """``mtlint check <(cmd1) <(cmd2)``: the collect pass read the pipes, and the lint
    pass then found them empty ("All clean")."""
    feeders = [_fifo(tmp_path / "p1", b"a  b\n"), _fifo(tmp_path / "p2", b"c  d\n")]
    r = cli("check", "--no-cache", "--format", "concise", "p1", "p2", cwd=tmp_path)
    for feeder in feeders:
        feeder.join(5)
    assert [line.split(":")[0] for line in r.stdout.splitlines()] == ["p1", "p2"]


def test_jsonl_through_a_named_pipe(cli, tmp_path: Path) -> None:
    feeder = _fifo(tmp_path / "p", _lines(*({"text": t} for t in ZELENSKY)).encode())
    r = cli("check", "--no-cache", "--jsonl-field", "text", "--select", "NM001",
            "--format", "concise", "p", cwd=tmp_path)  # fmt: skip
    feeder.join(5)
    assert r.stdout.startswith("p#3:1:"), r.stdout + r.stderr


def test_two_workers_give_the_same_report_as_one(cli, tmp_path: Path) -> None:
    repo = Path(__file__).resolve().parent.parent
    texts = [repo / "examples" / "sample.txt", *sorted((repo / "tests/fixtures/clean").glob("*"))]
    records = [
        {"id": f"{p.stem}-{i}", "text": p.read_text(encoding="utf-8")}
        for i in range(4)
        for p in texts
    ]
    (tmp_path / "c.jsonl").write_text(_lines(*records), encoding="utf-8")
    args = ("check", "--no-cache", "--jsonl-field", "text", "--jsonl-id", "id",
            "--format", "jsonl", "c.jsonl")  # fmt: skip
    one, two = (cli(*args, "-j", jobs, cwd=tmp_path) for jobs in ("1", "2"))
    assert one.returncode == 1 and one.stdout == two.stdout
    assert one.stdout.count('"type": "document"') == len(records)


def test_ids_that_are_not_strings_are_shown_as_json(cli, tmp_path: Path) -> None:
    ids = [True, ["x"], {"a": 1}, 7, "r 8", None]
    (tmp_path / "c.jsonl").write_text(_lines(*({"id": i, "text": GLUED} for i in ids)))
    r = cli("check", "--no-cache", "--jsonl-field", "text", "--jsonl-id", "id",
            "--format", "json", "c.jsonl", cwd=tmp_path)  # fmt: skip
    records = [f["record"] for f in _json(r.stdout)["findings"]]  # type: ignore[attr-defined]
    assert records == ["true", '["x"]', '{"a":1}', "7", "r 8", "6"]  # null: the line number
    assert "c.jsonl#true:1:" in cli("check", "--no-cache", "--jsonl-field", "text",
        "--jsonl-id", "id", "--format", "concise", "c.jsonl", cwd=tmp_path).stdout  # fmt: skip


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_a_wide_file_is_one_error_not_half_parsed(cli, tmp_path: Path, encoding: str) -> None:
    """utf-16 and utf-32 write a BOM; utf-16-le and -be have none (their NUL bytes tell)."""
    (tmp_path / "c.jsonl").write_bytes(_lines({"text": GLUED}, {"text": GLUED}).encode(encoding))
    r = cli("check", "--no-cache", "--jsonl-field", "text", "--format", "concise", "c.jsonl",
            cwd=tmp_path)  # fmt: skip
    wide = encoding[:6].upper()
    assert r.returncode == 2 and "c.jsonl#" not in r.stdout
    assert r.stderr == f"mtlint: error: c.jsonl: JSON Lines must be UTF-8 (this file is {wide})\n"


def test_a_utf8_bom_is_accepted(cli, tmp_path: Path) -> None:
    (tmp_path / "c.jsonl").write_bytes(b"\xef\xbb\xbf" + _lines({"text": GLUED}).encode())
    r = cli("check", "--no-cache", "--jsonl-field", "text", "--format", "concise", "c.jsonl",
            cwd=tmp_path)  # fmt: skip
    assert (r.returncode, r.stderr) == (1, "") and "c.jsonl#1:1:" in r.stdout


def test_a_lone_surrogate_is_one_bad_character_and_columns_hold(cli, tmp_path: Path) -> None:
    (tmp_path / "c.jsonl").write_text('{"text": "a\\ud800b  c. Bad \\udc80\\udc81 x  y."}\n')
    r = cli("check", "--no-cache", "--jsonl-field", "text", "--format", "json", "c.jsonl",
            cwd=tmp_path)  # fmt: skip
    found = [(f["code"], f["column"]) for f in _json(r.stdout)["findings"]]  # type: ignore[attr-defined]
    # columns of "a?b  c. Bad ?? x  y.": the surrogates are one character each, as in JSON
    assert found == [("EN003", 2), ("SP001", 4), ("EN003", 13), ("SP001", 17)], r.stdout
    messages = [f["message"] for f in _json(r.stdout)["findings"]]  # type: ignore[attr-defined]
    assert messages[0].startswith("an invalid UTF-8 byte") and messages[2].startswith("2 invalid")


def test_the_summary_offers_no_fix_for_records_and_no_all_clean_of_nothing(
    cli, tmp_path: Path
) -> None:
    (tmp_path / "c.jsonl").write_text(_lines({"text": "Hello  world."}))
    r = cli("check", "--no-cache", "--jsonl-field", "text", "c.jsonl", cwd=tmp_path)
    summary = r.stdout.splitlines()[-1]
    assert summary.startswith("Found 1 problem") and "--fix" not in summary  # --fix refuses
    (tmp_path / "w.jsonl").write_bytes('{"text": "Hi."}\n'.encode("utf-16"))
    r = cli("check", "--no-cache", "--jsonl-field", "text", "w.jsonl", cwd=tmp_path)
    assert r.returncode == 2 and r.stdout.splitlines()[-1] == "Nothing linted: 1 skipped."
