"""Every output format, produced by the real CLI and checked for shape."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit
from xml.etree import ElementTree as ET

import jsonschema
import pytest

ZW = "\u200b"
# A URI reference's path, segments percent-encoded: what a SARIF artifact uri may hold.
_PATH_URI = re.compile(r"(?:[A-Za-z0-9._~/!$&'()*+,;=@-]|%[0-9A-F]{2})*")
DIRTY = f"The talks ended{ZW}.\n\nLeave a Reply\n\nAnother{ZW} one.\n"


@pytest.fixture
def work(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(DIRTY, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Clean prose here.\n", encoding="utf-8")
    return tmp_path


def test_sarif_validates_against_the_schema(cli, work: Path, shared: Path) -> None:
    r = cli("check", "--format", "sarif", "--select", "SP003,BP003", ".", cwd=work)
    assert r.returncode == 1, r.stderr
    log = json.loads(r.stdout)
    schema = json.loads((shared / "schemas" / "sarif-schema-2.1.0.json").read_text())
    jsonschema.validate(log, schema)
    run = log["runs"][0]
    ids = [rule["id"] for rule in run["tool"]["driver"]["rules"]]
    assert "SP003" in ids and "BP003" in ids
    rule = run["tool"]["driver"]["rules"][ids.index("SP003")]
    assert rule["properties"]["tags"] == ["spacing"] and rule["help"]["text"]
    res = run["results"][0]
    assert res["ruleId"] == "SP003" and ids[res["ruleIndex"]] == "SP003"
    region = res["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"]) == (1, 16)
    assert res["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"] == ""
    assert len({r["partialFingerprints"]["mtlint/v1"] for r in run["results"]}) == 3


def test_github_annotations_and_auto_selection(cli, work: Path) -> None:
    r = cli("check", "--select", "SP003", "a.txt", cwd=work, env={"GITHUB_ACTIONS": "true"})
    assert r.stdout.splitlines()[0] == (
        "::warning file=a.txt,line=1,col=16,endLine=1,endColumn=17,"
        "title=SP003 invisible-character::invisible character: zero-width space"
    )


def test_gitlab_code_quality(cli, work: Path) -> None:
    r = cli("check", "--format", "gitlab", "--select", "SP003", ".", cwd=work)
    issues = json.loads(r.stdout)
    assert len(issues) == 2
    assert {i["location"]["path"] for i in issues} == {"a.txt"}
    assert issues[0]["severity"] == "minor" and len(issues[0]["fingerprint"]) == 32
    assert issues[0]["fingerprint"] != issues[1]["fingerprint"]
    # stable: shifting the text down keeps the fingerprints
    (work / "a.txt").write_text("New first line.\n\n" + DIRTY, encoding="utf-8")
    again = json.loads(
        cli("check", "--format", "gitlab", "--select", "SP003", ".", cwd=work).stdout
    )
    assert [i["fingerprint"] for i in again] == [i["fingerprint"] for i in issues]


def test_junit_one_case_per_file(cli, work: Path) -> None:
    r = cli("check", "--format", "junit", "--select", "SP003", ".", cwd=work)
    root = ET.fromstring(r.stdout.split("\n", 1)[1])
    cases = root.findall("./testsuite/testcase")
    assert [c.get("name") for c in cases] == ["a.txt", "b.txt"]
    assert len(cases[0].findall("failure")) == 1 and not cases[1].findall("failure")
    assert cases[0].find("failure").text.count("SP003") == 2  # its two findings
    assert root.get("failures") == "1"  # failed cases, not findings


def test_jsonl_with_document_summaries(cli, work: Path) -> None:
    r = cli("check", "--format", "jsonl", "--select", "SP003", ".", cwd=work)
    rows = [json.loads(x) for x in r.stdout.splitlines()]
    assert [x["type"] for x in rows] == ["finding", "finding", "document", "document", "summary"]
    docs = {x["path"]: x for x in rows if x["type"] == "document"}
    assert docs["b.txt"]["quality"] == 1.0 and docs["a.txt"]["quality"] < 1.0
    assert docs["a.txt"]["by_category"] == {"spacing": 2}


def test_output_file_keeps_text_on_terminal(cli, work: Path) -> None:
    r = cli(
        "check",
        "--format",
        "json",
        "--output-file",
        "report.json",
        "--select",
        "SP003",
        ".",
        cwd=work,
    )
    assert r.stdout.startswith("a.txt:1:16: SP003")
    assert json.loads((work / "report.json").read_text())["summary"]["findings"] == 2


def test_statistics(cli, work: Path) -> None:
    r = cli("check", "--statistics", "--select", "SP003,BP003", ".", cwd=work)
    lines = r.stdout.splitlines()
    assert lines[0] == "Findings per rule:"
    assert lines[1].split() == ["2", "SP003", "invisible-character"]
    assert lines[2].split() == ["1", "BP003", "comment-form"]
    assert "Findings per category:" in lines


def test_baseline_survives_shifts_and_surfaces_new(cli, work: Path) -> None:
    r = cli("check", "--write-baseline", "base.json", "--select", "SP003,BP003", ".", cwd=work)
    assert r.returncode == 0 and "wrote 3 findings" in r.stderr
    r = cli("check", "--baseline", "base.json", "--select", "SP003,BP003", ".", cwd=work)
    assert r.returncode == 0 and "All clean" in r.stdout
    # lines inserted above: old findings stay suppressed
    (work / "a.txt").write_text("Intro.\n\nMore intro.\n\n" + DIRTY, encoding="utf-8")
    r = cli(
        "check",
        "--baseline",
        "base.json",
        "--format",
        "concise",
        "--select",
        "SP003,BP003",
        ".",
        cwd=work,
    )
    assert r.returncode == 0 and r.stdout == ""
    # a new defect surfaces
    (work / "a.txt").write_text(DIRTY + f"\nFresh{ZW} defect.\n", encoding="utf-8")
    r = cli(
        "check",
        "--baseline",
        "base.json",
        "--format",
        "concise",
        "--select",
        "SP003,BP003",
        ".",
        cwd=work,
    )
    assert r.returncode == 1 and r.stdout.splitlines() == [
        "a.txt:7:6: SP003 [warning] invisible character: zero-width space (invisible-character)"
    ]
    # a fixed defect leaves the baseline gracefully
    (work / "a.txt").write_text("All fixed.\n", encoding="utf-8")
    r = cli("check", "--baseline", "base.json", ".", cwd=work)
    assert r.returncode == 0 and "Traceback" not in r.stderr


def test_bad_baseline_is_exit_2(cli, work: Path) -> None:
    (work / "base.json").write_text("{not json", encoding="utf-8")
    r = cli("check", "--baseline", "base.json", ".", cwd=work)
    assert r.returncode == 2 and "base.json: invalid baseline" in r.stderr


@pytest.mark.parametrize("name", ["sp/my file#1?.txt", "we%ird.txt", "sp/é [1]+;a:b.txt"])
def test_sarif_uri_is_percent_encoded(cli, tmp_path: Path, shared: Path, name: str) -> None:
    (tmp_path / "sp").mkdir()
    (tmp_path / name).write_text(DIRTY, encoding="utf-8")
    r = cli("check", "--format", "sarif", "--select", "SP003", name, cwd=tmp_path)
    log = json.loads(r.stdout)
    schema = json.loads((shared / "schemas" / "sarif-schema-2.1.0.json").read_text())
    jsonschema.validate(log, schema)
    res = log["runs"][0]["results"][0]
    uris = [res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]]
    uris.append(res["fixes"][0]["artifactChanges"][0]["artifactLocation"]["uri"])
    for uri in uris:
        assert _PATH_URI.fullmatch(uri), uri  # RFC 3986 path characters and escapes only
        assert urlsplit(uri).path == uri and unquote(uri) == name


def test_jsonl_lines_do_not_count_the_final_newline(cli, tmp_path: Path) -> None:
    texts = {"a.txt": "Hello  world.\n", "b.txt": "One.\r\nTwo.", "c.txt": "One.\rTwo.\r"}
    for name, text in texts.items():
        (tmp_path / name).write_bytes(text.encode())
    (tmp_path / "d.txt").write_bytes(b"")
    r = cli("check", "--format", "jsonl", ".", cwd=tmp_path)
    rows = [json.loads(x) for x in r.stdout.splitlines()]
    docs = {x["path"]: x for x in rows if x["type"] == "document"}
    assert {p: d["lines"] for p, d in docs.items()} == {
        "a.txt": 1,
        "b.txt": 2,
        "c.txt": 2,
        "d.txt": 0,
    }
    assert docs["a.txt"]["quality"] == round(1 / 11, 4)  # one warning on one line


def test_carets_under_wide_characters(cli, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "会議が開かれた。 Tokyo  hosted e\u0301  it.\n", encoding="utf-8"
    )
    r = cli("check", "--select", "SP001", "a.txt", cwd=tmp_path)
    shown = r.stdout.splitlines()
    assert shown[1] == "    会議が開かれた。 Tokyo  hosted e\u0301  it."
    # eight wide characters take sixteen columns; the combining accent takes none
    assert shown[2] == "    " + " " * 22 + "^^"
    assert shown[5] == "    " + " " * 32 + "^^"
