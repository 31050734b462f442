"""Rule documentation rendered from the registry: the rules table and ``explain``."""

from __future__ import annotations

from mtlint.registry import Registry
from mtlint.rule import Rule, first_docline, rest_doc


def summary_of(rule: Rule) -> str:
    return rule.meta.summary or first_docline(type(rule).__doc__)


def docs_of(rule: Rule) -> str:
    return rule.meta.docs or rest_doc(type(rule).__doc__)


def rules_table(registry: Registry) -> str:
    rows = [("CODE", "NAME", "CATEGORY", "SEVERITY", "FIX", "SUMMARY")]
    for r in registry:
        m = r.meta
        rows.append(
            (
                m.code,
                m.name,
                str(m.category),
                str(m.severity),
                "yes" if m.fixable else "",
                summary_of(r),
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    return "\n".join(
        "  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row[:5])) + "  " + row[5]
        for row in rows
    ).rstrip()


def markdown_table(registry: Registry) -> str:
    lines = ["| code | name | category | severity | fix | summary |", "|---|---|---|---|---|---|"]
    for r in registry:
        m = r.meta
        summary = summary_of(r).replace("|", "\\|")
        lines.append(
            f"| {m.code} | {m.name} | {m.category} | {m.severity} | "
            f"{'yes' if m.fixable else ''} | {summary} |"
        )
    return "\n".join(lines)


def explain_text(rule: Rule) -> str:
    m = rule.meta
    out = [
        f"{m.code} {m.name}",
        "",
        summary_of(rule),
        "",
        f"category: {m.category}    default severity: {m.severity}    "
        f"fixable: {'yes' if m.fixable else 'no'}    defined in: {m.source}",
    ]
    docs = docs_of(rule)
    if docs:
        out += ["", docs]
    if rule.examples.fail:
        out += ["", "Flagged:"]
        for ex in rule.examples.fail:
            out.append(f"  {ex.text!r}  -> {', '.join(ex.expect) or 'nothing'}")
            if ex.fixed is not None:
                out.append(f"      fixed: {ex.fixed!r}")
    if rule.examples.passing:
        out += ["", "Not flagged:"]
        out += [f"  {t!r}" for t in rule.examples.passing]
    return "\n".join(out)
