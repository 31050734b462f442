"""The pure API, used from a distributed engine (Dask, in its local process mode)."""

from __future__ import annotations

from pathlib import Path

import pytest

import mtlint

ZW = "\u200b"


def _lint(text: str) -> list[dict[str, object]]:
    return [f.to_dict() for f in mtlint.lint_text(text, "doc.txt")]


def test_lint_text_and_lint_paths(tmp_path: Path) -> None:
    found = mtlint.lint_text(f"Hello{ZW} world.\n")
    assert [f.code for f in found] == ["SP003"]
    (tmp_path / "a.txt").write_text(f"Hello{ZW} world.\n", encoding="utf-8")
    results = list(mtlint.lint_paths([tmp_path]))
    assert [f.code for r in results for f in r.findings] == ["SP003"]


def test_dask_bag_map_in_local_process_mode() -> None:
    bag = pytest.importorskip("dask.bag")
    texts = [f"Story {i}{ZW} here.\n" if i % 2 else "A clean story.\n" for i in range(20)]
    out = bag.from_sequence(texts, npartitions=4).map(_lint).compute(scheduler="processes")
    assert [len(x) for x in out] == [len(_lint(t)) for t in texts]
    assert sum(len(x) for x in out) == 10


def test_one_path_as_a_string_or_path_and_a_config_as_a_string(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text(f"Hello{ZW} world.\nLeave a Reply\n", "utf-8")
    (tmp_path / "only.yaml").write_text("select: [BP003]\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    # a lone string is one path: not "d", "o", "c", "s" (nor "/" for an absolute one)
    for paths in ("docs", str(tmp_path / "docs"), Path("docs"), "docs/a.txt"):
        results = list(mtlint.lint_paths(paths))
        assert len(results) == 1 and results[0].path.endswith("docs/a.txt"), paths
    (result,) = mtlint.lint_paths("docs", config_path="only.yaml")
    found = result.findings
    assert [f.code for f in found] == ["BP003"]
    found = mtlint.lint_text(f"Leave a Reply\n\nHello{ZW}.\n", config_path="only.yaml")
    assert [f.code for f in found] == ["BP003"]
