"""Every output format, produced by the real CLI and checked for shape."""

from __future__ import annotations

import json
from pathlib import Path
from xml.etree import ElementTree as ET

import jsonschema
import pytest

ZW = "\u200b"
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
    assert len(cases[0].findall("failure")) == 2 and not cases[1].findall("failure")
    assert root.get("failures") == "2"


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
