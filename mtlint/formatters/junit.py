"""JUnit XML for CI test reporters (Jenkins, GitLab): one test case per file.

A case fails as the exit code does: when the file has a finding at or above its
``--fail-on``. CI servers count failed cases, so ``failures`` counts cases, not findings,
and a case holds one ``<failure>`` listing its failing findings; findings below the
threshold are listed in ``<system-out>`` without failing it. A file that could not be
linted (binary, unreadable, a bad JSON Lines record) is a ``<skipped>`` case.
"""

from __future__ import annotations

from typing import TextIO

from mtlint.engine import FileResult
from mtlint.formatters.base import Options, Summary
from mtlint.model import Finding


def _line(f: Finding) -> str:
    return f"{f.path}:{f.line}:{f.column}: {f.code} [{f.severity}] {f.message} ({f.name})"


class JunitFormatter:
    # ElementTree is imported by the methods: a run in another format never loads it.
    def __init__(self, out: TextIO, options: Options) -> None:
        from xml.etree import ElementTree as ET

        self.out = out
        self.suite = ET.Element("testsuite", name="mtlint")
        self.counts = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}

    def file(self, result: FileResult) -> None:
        from xml.etree import ElementTree as ET

        case = ET.SubElement(self.suite, "testcase", name=result.path, classname="mtlint")
        self.counts["tests"] += 1
        if result.skipped and not result.findings:  # not linted
            ET.SubElement(case, "skipped", message=result.skipped)
            self.counts["skipped"] += 1
            return
        fail_on = result.fail_on
        failing: list[Finding] = []
        rest: list[str] = []  # below the threshold: listed, not failing
        for f in result.findings:
            if fail_on is None or f.severity >= fail_on:
                failing.append(f)
            else:
                rest.append(_line(f))
        if failing:
            self.counts["failures"] += 1
            at = f" at {fail_on} or above" if fail_on is not None else ""
            failure = ET.SubElement(
                case,
                "failure",
                type=",".join(sorted({f.code for f in failing})),
                message=f"{len(failing)} finding{'s' * (len(failing) != 1)}{at}",
            )
            failure.text = "\n".join(_line(f) for f in failing)
        if result.skipped:  # linted, but its fixes could not be written
            rest.append(f"{result.path}: {result.skipped}")
        if rest:
            ET.SubElement(case, "system-out").text = "\n".join(rest)

    def finish(self, summary: Summary) -> None:
        from xml.etree import ElementTree as ET

        root = ET.Element("testsuites", name="mtlint")
        for key, value in self.counts.items():
            root.set(key, str(value))
            self.suite.set(key, str(value))
        root.append(self.suite)
        ET.indent(root)
        self.out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        self.out.write(ET.tostring(root, encoding="unicode"))
        self.out.write("\n")
