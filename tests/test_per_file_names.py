"""per-file-ignores and exclude match the name a text stands for: stdin's
--stdin-filename, and a JSON Lines record's file."""

from __future__ import annotations

from pathlib import Path

CONFIG = 'per-file-ignores:\n  "sub/*.txt": [DU]\n  "*.jsonl": [DU]\n'


def test_stdin_filename_gets_the_per_file_ignores_of_that_file(cli, tmp_path: Path) -> None:
    (tmp_path / ".mtlint.yaml").write_text(CONFIG)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "x.txt").write_text("The the cat.\n")
    on_disk = cli("check", "--no-cache", "x.txt", cwd=tmp_path / "sub")
    piped = cli("check", "--no-cache", "--stdin-filename", "y.txt", "-",
                cwd=tmp_path / "sub", stdin=b"The the cat.\n")  # fmt: skip
    assert on_disk.returncode == piped.returncode == 0, piped.stdout
    other = cli("check", "--no-cache", "--stdin-filename", "y.txt", "-",
                cwd=tmp_path, stdin=b"The the cat.\n")  # fmt: skip
    assert other.returncode == 1 and "DU002" in other.stdout  # y.txt is not in sub/


def test_stdin_filename_is_excluded_as_that_file_would_be(cli, tmp_path: Path) -> None:
    """An editor pipes a buffer with its name: a vendored file stays unlinted, as it is
    when named (pre-commit's file lists respect exclude)."""
    (tmp_path / ".mtlint.yaml").write_text('exclude: ["vendor/"]\n')
    (tmp_path / "vendor").mkdir()
    text = b"He left on FridayThe team stayed home.\n"
    (tmp_path / "vendor" / "a.txt").write_bytes(text)
    named = cli("check", "--no-cache", "vendor/a.txt", cwd=tmp_path)
    piped = cli("check", "--no-cache", "--stdin-filename", "vendor/a.txt", "-",
                cwd=tmp_path, stdin=text)  # fmt: skip
    assert named.returncode == piped.returncode == 0, piped.stdout
    assert "BS001" not in piped.stdout
    kept = cli("check", "--no-cache", "--stdin-filename", "b.txt", "-", cwd=tmp_path, stdin=text)
    assert kept.returncode == 1 and "b.txt:1:12: BS001" in kept.stdout


def test_records_get_the_per_file_ignores_of_their_file(cli, tmp_path: Path) -> None:
    (tmp_path / ".mtlint.yaml").write_text(CONFIG)
    (tmp_path / "c.jsonl").write_text('{"id": "a", "text": "The the cat."}\n')
    r = cli("check", "--no-cache", "--jsonl-field", "text", "c.jsonl", cwd=tmp_path)
    assert r.returncode == 0 and "DU002" not in r.stdout, r.stdout
    (tmp_path / ".mtlint.yaml").write_text('per-file-ignores:\n  "other.jsonl": [DU]\n')
    r = cli("check", "--no-cache", "--jsonl-field", "text", "c.jsonl", cwd=tmp_path)
    assert r.returncode == 1 and "DU002" in r.stdout
