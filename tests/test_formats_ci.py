"""What CI servers read from the JUnit, SARIF and GitHub formats: a file passes or fails
as the exit code says, and an input that could not be linted is reported, not dropped."""

from __future__ import annotations

import json
from pathlib import Path
from xml.etree import ElementTree as ET

import jsonschema
import pytest

ZW = "\u200b"
DIRTY = f"The talks ended{ZW}.\n\nAnother{ZW} one.\n"  # two SP003 warnings


@pytest.fixture
def work(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(DIRTY, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Clean prose here.\n", encoding="utf-8")
    (tmp_path / "c.txt").write_bytes(b"\x00\x01binary\x00")
    return tmp_path


def _junit(stdout: str) -> tuple[ET.Element, dict[str, ET.Element]]:
    root = ET.fromstring(stdout.split("\n", 1)[1])
    return root, {c.get("name", ""): c for c in root.iter("testcase")}


def _counts(el: ET.Element) -> tuple[str | None, ...]:
    return tuple(el.get(k) for k in ("tests", "failures", "errors", "skipped"))


def test_junit_fails_a_case_per_file_at_the_threshold(cli, work: Path) -> None:
    r = cli("check", "--format", "junit", "--select", "SP003", ".", cwd=work)
    assert r.returncode == 1, r.stderr
    root, cases = _junit(r.stdout)
    assert list(cases) == ["a.txt", "b.txt", "c.txt"]
    for el in (root, root.find("testsuite")):
        assert el is not None and _counts(el) == ("3", "1", "0", "1")
    assert len(cases["a.txt"].findall("failure")) == 1  # two findings, one failed case
    skipped = cases["c.txt"].find("skipped")
    assert skipped is not None and "binary" in skipped.get("message", "")
    assert not list(cases["b.txt"])


def test_junit_findings_below_fail_on_do_not_fail(cli, work: Path) -> None:
    r = cli("check", "--format", "junit", "--fail-on", "error", "--select", "SP003", ".", cwd=work)
    assert r.returncode == 0, r.stderr
    root, cases = _junit(r.stdout)
    assert _counts(root) == ("3", "0", "0", "1")
    assert cases["a.txt"].find("failure") is None
    out = cases["a.txt"].findtext("system-out") or ""
    assert out.count("SP003 [warning]") == 2  # still listed


def test_junit_bad_records_are_skipped_cases(cli, tmp_path: Path) -> None:
    (tmp_path / "c.jsonl").write_text(
        json.dumps({"text": DIRTY}) + '\n{"text": 5}\nnot json\n', encoding="utf-8"
    )
    r = cli(
        "check",
        "--format",
        "junit",
        "--select",
        "SP003",
        "--jsonl-field",
        "text",
        "c.jsonl",
        cwd=tmp_path,
    )
    assert r.returncode == 2, r.stderr
    root, cases = _junit(r.stdout)
    assert _counts(root) == ("3", "1", "0", "2")
    assert [c.find("skipped") is not None for c in cases.values()] == [False, True, True]


def _sarif(stdout: str, shared: Path) -> dict:
    log = json.loads(stdout)
    schema = json.loads((shared / "schemas" / "sarif-schema-2.1.0.json").read_text())
    jsonschema.validate(log, schema)
    invocation: dict = log["runs"][0]["invocations"][0]
    return invocation


def test_sarif_input_errors_make_the_run_unsuccessful(cli, tmp_path: Path, shared: Path) -> None:
    (tmp_path / "c.jsonl").write_text('{"text": "Fine."}\n{"text": 5}\n', encoding="utf-8")
    r = cli("check", "--format", "sarif", "--jsonl-field", "text", "c.jsonl", cwd=tmp_path)
    assert r.returncode == 2, r.stderr
    invocation = _sarif(r.stdout, shared)
    assert invocation["executionSuccessful"] is False
    [note] = invocation["toolExecutionNotifications"]
    assert note["level"] == "error" and "c.jsonl:2" in note["message"]["text"]
    assert "no string field" in note["message"]["text"]
    where = note["locations"][0]["physicalLocation"]
    assert where["artifactLocation"]["uri"] == "c.jsonl" and where["region"]["startLine"] == 2


def test_sarif_skipped_files_are_warnings(cli, work: Path, shared: Path) -> None:
    r = cli("check", "--format", "sarif", "--select", "SP003", ".", cwd=work)
    assert r.returncode == 1, r.stderr
    invocation = _sarif(r.stdout, shared)
    assert invocation["executionSuccessful"] is True
    [note] = invocation["toolExecutionNotifications"]
    assert note["level"] == "warning" and "binary" in note["message"]["text"]
    assert note["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "c.txt"


def test_github_escapes_properties_and_data(cli, tmp_path: Path) -> None:
    # passes on the old code too: a guard for GitHub's workflow-command escaping
    (tmp_path / "a,b:c%.txt").write_text("Growth was 50%  of it.\n", encoding="utf-8")
    r = cli("check", "--format", "github", "--select", "SP001", ".", cwd=tmp_path)
    assert r.stdout.splitlines() == [
        "::warning file=a%2Cb%3Ac%25.txt,line=1,col=15,endLine=1,endColumn=17,"
        "title=SP001 doubled-space::2 spaces in 'Growth was 50%25  of it.'"
    ]


def test_record_findings_point_at_the_record_line_of_the_jsonl_file(
    cli, tmp_path: Path, shared: Path
) -> None:
    lines = [{"id": "a", "text": "Fine prose."}, {"id": "b", "text": "Fine.\nHello  world."}]
    (tmp_path / "c.jsonl").write_text("".join(json.dumps(r) + "\n" for r in lines))
    args = ("check", "--no-cache", "--jsonl-field", "text", "--jsonl-id", "id", "--format")
    gh = cli(*args, "github", "c.jsonl", cwd=tmp_path).stdout.strip()
    assert gh.startswith("::warning file=c.jsonl,line=2,title=SP001 doubled-space::"), gh
    assert gh.endswith("(record b, line 2, column 6)")  # was file=c.jsonl#b,line=2,col=6
    sarif = cli(*args, "sarif", "c.jsonl", cwd=tmp_path).stdout
    _sarif(sarif, shared)  # valid
    log = json.loads(sarif)
    [res] = log["runs"][0]["results"]
    place = res["locations"][0]["physicalLocation"]
    assert place == {"artifactLocation": {"uri": "c.jsonl"}, "region": {"startLine": 2}}
    assert "fixes" not in res  # its offsets are the record's text's, not the file's
    [issue] = json.loads(cli(*args, "gitlab", "c.jsonl", cwd=tmp_path).stdout)
    assert issue["location"] == {"path": "c.jsonl", "lines": {"begin": 2}}


def test_ci_reports_key_files_by_their_repository_path(cli, tmp_path: Path) -> None:
    """Fingerprints (SARIF, GitLab) and GitLab's paths must not change with the folder
    mtlint runs in, or every alert looks new when a job changes its working folder."""
    (tmp_path / ".git").mkdir()
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text(DIRTY, encoding="utf-8")

    def report(fmt: str, cwd: Path, path: str) -> list[dict]:
        out = cli("check", "--format", fmt, "--select", "SP003", path, cwd=cwd).stdout
        return json.loads(out) if fmt == "gitlab" else json.loads(out)["runs"][0]["results"]

    top, sub = report("gitlab", tmp_path, "docs/a.txt"), report("gitlab", docs, "a.txt")
    assert [i["location"]["path"] for i in sub] == ["docs/a.txt"] * 2
    assert [i["fingerprint"] for i in sub] == [i["fingerprint"] for i in top]
    top, sub = report("sarif", tmp_path, "docs/a.txt"), report("sarif", docs, "a.txt")
    assert sub[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "a.txt"
    prints = [[r["partialFingerprints"]["mtlint/v1"] for r in rs] for rs in (top, sub)]
    assert prints[0] == prints[1] and len(set(prints[0])) == 2
