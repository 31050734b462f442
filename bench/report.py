"""Turn the bench's raw runs into figures, target checks and a printed table."""

from __future__ import annotations

from typing import Any

from measure import median

# the targets of issue 6 (and "flat": the 4x corpus may cost at most 10 % more memory)
MIN_MB_S = 5.0
MIN_SPEEDUP = 1.7
MAX_STARTUP_MS = 150.0
MAX_PEAK_MIB = 100.0
MAX_GROWTH = 1.10

ROWS = [  # key, label, format
    ("mb_s_j1", "throughput, one core (-j 1), MB/s", "{:.3f}"),
    ("mb_s_j2", "throughput, two workers (-j 2), MB/s", "{:.3f}"),
    ("speedup_j2", "speed-up -j 2 / -j 1", "{:.2f}x"),
    ("cpu_mb_s_j1", "MB per CPU-second (-j 1)", "{:.3f}"),
    ("startup_ms", "start-up on a tiny file, median ms", "{:.0f}"),
    ("startup_min_ms", "start-up, fastest run ms", "{:.0f}"),
    ("startup_cpu_ms", "start-up, median CPU ms", "{:.0f}"),
    ("peak_mib_j1", "peak RSS -j 1, MiB (kernel maxrss)", "{:.1f}"),
    ("peak_mib_j2_process", "peak RSS -j 2, largest process, MiB", "{:.1f}"),
    ("tree_peak_mib_j2", "peak RSS -j 2, whole tree (sampled), MiB", "{:.1f}"),
    ("findings", "findings (-j 1)", "{:d}"),
]


def _tool(runs: dict[str, Any]) -> dict[str, Any] | None:
    if "j1" not in runs:
        return None
    j1, j2 = runs["j1"], runs["j2"]
    # mtlint's runs come in interleaved pairs: the median of the pairs' speed-ups
    speedup = median(j2["speedups"]) if "speedups" in j2 else j2["mb_s"] / j1["mb_s"]
    return {
        "mb_s_j1": j1["mb_s"],
        "mb_s_j2": j2["mb_s"],
        "speedup_j2": speedup,
        "cpu_mb_s_j1": j1["cpu_mb_s"],
        "startup_ms": median(runs["startup_ms"]),
        "startup_min_ms": min(runs["startup_ms"]),
        "startup_cpu_ms": median(runs["startup_cpu_ms"]),
        "peak_mib_j1": j1["maxrss_mib"],
        "peak_mib_j2_process": j2["maxrss_mib"],
        "tree_peak_mib_j2": j2["tree_peak_mib"],
        "findings": j1["findings"],
    }


def figures(result: dict[str, Any], factor: int) -> dict[str, Any]:
    runs = result["runs"]
    mt, ps = _tool(runs["mtlint"]), _tool(runs["proselint"])
    assert mt is not None
    ratio = None
    if ps:
        ratio = {
            k: (mt[k] / ps[k] if isinstance(mt[k], float | int) and ps[k] else None) for k in mt
        }
    scale = None
    if "scale" in runs["mtlint"]:
        big = runs["mtlint"]["scale"]
        scale = {
            "factor": factor,
            "bytes_1x": result["corpus"]["bytes"],
            "bytes_nx": big["bytes"],
            "peak_mib_1x": mt["peak_mib_j1"],
            "peak_mib_nx": big["maxrss_mib"],
            "growth": big["maxrss_mib"] / mt["peak_mib_j1"],
            "mb_s_nx": big["mb_s"],
        }
    return {
        "mtlint": mt,
        "proselint": ps,
        "mtlint_over_proselint": ratio,
        "scale": scale,
        "python_startup_ms": median(runs["python"]["startup_ms"]),
        "j2_same_findings": runs["mtlint"]["j2"]["same_findings_as_j1"],
    }


def targets(fig: dict[str, Any]) -> list[dict[str, Any]]:
    mt = fig["mtlint"]
    rows = [
        ("throughput, one core", ">=", MIN_MB_S, mt["mb_s_j1"], "MB/s"),
        ("speed-up with two workers", ">=", MIN_SPEEDUP, mt["speedup_j2"], "x"),
        ("start-up on a tiny file", "<=", MAX_STARTUP_MS, mt["startup_ms"], "ms"),
        ("peak memory (-j 1)", "<=", MAX_PEAK_MIB, mt["peak_mib_j1"], "MiB"),
    ]
    if fig["scale"]:
        rows.append(
            (
                f"peak memory {fig['scale']['factor']}x corpus / 1x",
                "<=",
                MAX_GROWTH,
                fig["scale"]["growth"],
                "x",
            )
        )
    return [
        {
            "name": name,
            "op": op,
            "target": target,
            "value": value,
            "unit": unit,
            "pass": value >= target if op == ">=" else value <= target,
        }
        for name, op, target, value, unit in rows
    ]


def _fmt(fmt: str, value: Any) -> str:
    return "-" if value is None else fmt.format(value)


def _num(value: float) -> str:
    return f"{value:.0f}" if value >= 100 else f"{value:.2f}" if value >= 1 else f"{value:.3g}"


def render(result: dict[str, Any]) -> str:
    fig, corpus, q = result["figures"], result["corpus"], result["quality"]
    mt, ps, ratio = fig["mtlint"], fig["proselint"], fig["mtlint_over_proselint"]
    machine, tools = result["machine"], result["tools"]
    load = machine["loadavg_start"]
    out = [
        f"mtlint bench, {result['date']} ({result['elapsed_s']} s): {result['command']}",
        f"mtlint {tools['mtlint']['version']} ({tools['mtlint']['commit']}, source "
        f"{tools['mtlint']['source_digest']}), proselint "
        f"{tools['proselint']['version'] if tools['proselint'] else 'unavailable'}; "
        f"{machine['cpus']} CPUs, Python {machine['python']}"
        + (f", load average {load[0]:.2f} at start" if load else ""),
        f"corpus: {corpus['files']} generated files x {corpus['kb_per_file']:g} KiB "
        f"(seed {corpus['seed']}) + {corpus['fixture_files']} clean fixtures = "
        f"{corpus['linted_files']} files, {corpus['bytes'] / 1e6:.2f} MB (MB = 10^6 bytes)",
    ]
    if tools["mtlint"]["source_changed_during_run"]:
        out.append(
            "WARNING: mtlint's code or rules changed on disk during the run: "
            "the runs did not all measure the same mtlint"
        )
    if load and load[0] > 0.5 * (machine["cpus"] or 1):
        out.append(
            f"WARNING: the machine was busy (load average {load[0]:.1f} on "
            f"{machine['cpus']} CPUs): wall-clock figures are pessimistic; "
            "MB per CPU-second and CPU ms are less sensitive to it"
        )
    out += [
        "",
        f"{'':44}{'mtlint':>10}{'proselint':>11}{'ratio':>9}",
    ]
    for key, label, fmt in ROWS:
        out.append(
            f"{label:44}{_fmt(fmt, mt[key]):>10}"
            f"{_fmt(fmt, ps[key] if ps else None):>11}"
            f"{_fmt('{:.2f}x', ratio[key] if ratio else None):>9}"
        )
    out.append(
        f"(ratio = mtlint / proselint; python -c pass starts in "
        f"{fig['python_startup_ms']:.0f} ms; -j 2 findings identical to -j 1: "
        f"{'yes' if fig['j2_same_findings'] else 'NO'})"
    )
    pairs = result["runs"]["mtlint"]["j2"].get("speedups")
    if pairs:
        out.append(
            f"(mtlint's -j 1 and -j 2 ran as {len(pairs)} interleaved pair(s): "
            "throughput and CPU are medians, the speed-up is the median of the "
            "pairs' " + ", ".join(f"{x:.2f}x" for x in pairs) + "; proselint ran once)"
        )
    if ps:
        out.append(
            "(proselint has no --jobs: its -j 2 row is two processes on halves "
            "of the file list, like xargs -P 2)"
        )
    loads = [
        f"{tool} {key} {row['loadavg_1min_before']:.1f}"
        for tool in ("mtlint", "proselint")
        for key, row in result["runs"][tool].items()
        if isinstance(row, dict) and row.get("loadavg_1min_before") is not None
    ]
    if loads:
        out.append("(load average before each run: " + ", ".join(loads) + ")")
    if result.get("bench_peak_mib"):
        out.append(
            f"(peak RSS is each tool's ru_maxrss, which Linux starts from the parent's "
            f"peak: the bench process's own was {result['bench_peak_mib']:.1f} MiB)"
        )
    if fig["scale"]:
        s = fig["scale"]
        out.append(
            f"flat memory: mtlint -j 1 peak {s['peak_mib_1x']:.1f} MiB on "
            f"{s['bytes_1x'] / 1e6:.1f} MB, {s['peak_mib_nx']:.1f} MiB on "
            f"{s['bytes_nx'] / 1e6:.1f} MB ({s['factor']}x corpus, "
            f"{s['mb_s_nx']:.3f} MB/s): {s['growth']:.2f}x"
        )
    out += ["", "targets (issue 6):"]
    for t in result["targets"]:
        out.append(
            f"  [{'pass' if t['pass'] else 'FAIL'}] {t['name']:32} {t['op']} "
            f"{t['target']:g} {t['unit']:5} measured {_num(t['value'])}"
        )
    out += [
        "",
        f"mtlint on the corpus: {corpus['defects']} injected defects (manifest)",
        f"  {'kind':20}{'defects':>8}{'flagged':>9}{'recall':>8}{'right category':>16}",
    ]
    for kind, row in [*q["recall_by_kind"].items(), ("all", q["recall_all"])]:
        out.append(
            f"  {kind:20}{row['defects']:>8}{row['flagged']:>9}{row['recall']:>8.1%}"
            f"{row['recall_right_category']:>16.1%}"
        )
    out += [
        f"findings on lines with no injected defect: {q['unmatched_findings']} "
        f"({q['unmatched_per_1000_lines']} per 1,000 non-blank lines of "
        f"{q['corpus_nonblank_lines']}); most frequent codes:"
    ]
    for row in q["top_unmatched_codes"]:
        out.append(f"  {row['code']:7} {row['name']:36} {row['count']:>6}")
    codes = ", ".join(f"{c} {n}" for c, n in q["fixture_codes"].items()) or "none"
    out.append(
        f"findings on the {q['fixture_files']} clean fixtures "
        f"({q['fixture_nonblank_lines']} non-blank lines): {q['fixture_findings']} "
        f"({codes})"
    )
    return "\n".join(out)
