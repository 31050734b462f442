"""JUnit XML: one test case per file, a failure per finding, for CI test reporters."""

from __future__ import annotations

from typing import TextIO

from mtlint.engine import FileResult
from mtlint.formatters.base import Options, Summary


class JunitFormatter:
    # ElementTree is imported by the methods: a run in another format never loads it.
    def __init__(self, out: TextIO, options: Options) -> None:
        from xml.etree import ElementTree as ET

        self.out = out
        self.suite = ET.Element("testsuite", name="mtlint")
        self.tests = 0
        self.failures = 0

    def file(self, result: FileResult) -> None:
        from xml.etree import ElementTree as ET

        case = ET.SubElement(self.suite, "testcase", name=result.path, classname="mtlint")
        self.tests += 1
        if result.skipped:
            ET.SubElement(case, "skipped", message=result.skipped)
        for f in result.findings:
            self.failures += 1
            failure = ET.SubElement(
                case, "failure", type=f.code, message=f"{f.line}:{f.column}: {f.message}"
            )
            failure.text = (
                f"{f.path}:{f.line}:{f.column}: {f.code} [{f.severity}] {f.message} ({f.name})"
            )

    def finish(self, summary: Summary) -> None:
        from xml.etree import ElementTree as ET

        self.suite.set("tests", str(self.tests))
        self.suite.set("failures", str(self.failures))
        self.suite.set("errors", "0")
        root = ET.Element(
            "testsuites", name="mtlint", tests=str(self.tests), failures=str(self.failures)
        )
        root.append(self.suite)
        ET.indent(root)
        self.out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        self.out.write(ET.tostring(root, encoding="unicode"))
        self.out.write("\n")
