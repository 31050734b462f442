"""Name rules across the files of a run, through the real CLI: counts, glossary, silence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import mtlint
from mtlint.config import Config
from mtlint.engine import lint_text

REPO = Path(__file__).resolve().parents[2]
NAMES_CLEAN = REPO / "tests" / "fixtures" / "names_clean"
CLEAN = REPO / "tests" / "fixtures" / "clean"


def write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        p = root / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")


def findings(cli, root: Path, *args: str) -> list[dict]:
    r = cli("check", "--format", "json", "--no-cache", *args, cwd=root)
    assert r.returncode in (0, 1), r.stderr
    return [f for f in json.loads(r.stdout)["findings"] if f["code"].startswith("NM")]


def brief(fs: list[dict]) -> list[tuple[str, int, str]]:
    return [(Path(f["path"]).name, f["line"], f["code"]) for f in fs]


ZELENSKY = {
    "a.txt": "President Volodymyr Zelensky spoke in Kyiv. Zelensky thanked the allies.\n",
    "b.txt": "Volodymyr Zelensky met the prime minister on Monday.\n\nZelensky left.\n",
    "c.txt": "Talks with Zelensky resumed on Tuesday, officials said.\n",
    "d.txt": "Later, Zelenski told reporters the talks had gone well.\n",
}


def test_minority_spelling_across_files_is_flagged_with_counts(cli, tmp_path: Path) -> None:
    write(tmp_path, ZELENSKY)
    fs = findings(cli, tmp_path, ".")
    assert brief(fs) == [("d.txt", 1, "NM001")]
    f = fs[0]
    assert f["message"].startswith(
        "'Zelenski' (1 mention in 1 file) is a variant of 'Zelensky' (5 mentions in 3 files)"
    )
    assert "more mentions" in f["message"] and "more files" in f["message"]
    assert f["severity"] == "warning"
    assert f["fix"]["edits"][0]["replacement"] == "Zelensky"
    assert findings(cli, tmp_path, "d.txt") == []  # alone, the file is consistent


def test_first_name_and_surname_variants_across_files(cli, tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "a.txt": "Secretary of State Antony Blinken met the spokeswoman, Emily Horne.\n",
            "b.txt": "Antony Blinken spoke on Monday. Emily Horne announced the call.\n",
            "c.txt": "Antony Blinken and Emily Horne flew to Geneva.\n",
            "d.txt": "Anthony Blinken spoke with Emily Horn on Friday.\n",
            "e.txt": "Anthony Hopkins starred in the film; the Horn of Africa faces drought.\n",
        },
    )
    fs = findings(cli, tmp_path, ".")
    assert brief(fs) == [("d.txt", 1, "NM001"), ("d.txt", 1, "NM001")]
    messages = sorted(f["message"] for f in fs)
    assert messages[0].startswith(
        "'Anthony Blinken' (1 mention in 1 file) is a variant of "
        "'Antony Blinken' (3 mentions in 3 files)"
    )
    assert messages[1].startswith(
        "'Emily Horn' (1 mention in 1 file) is a variant of 'Emily Horne' (3 mentions in 3 files)"
    )


def test_house_style_transliteration_and_ties_are_info(cli, tmp_path: Path) -> None:
    files = dict(ZELENSKY)
    files["d.txt"] = "Zelenskyy spoke. Volodymyr Zelenskyy thanked Zelenskyy's allies.\n"
    files["e.txt"] = "Sergei Shoygu and Sergei Shoigu\n"
    write(tmp_path, files)
    fs = findings(cli, tmp_path, ".")
    assert {(n, c) for n, _, c in brief(fs)} == {("d.txt", "NM001"), ("e.txt", "NM001")}
    assert all(f["severity"] == "info" for f in fs)
    assert all(f["fix"]["applicability"] == "display" for f in fs)


def test_different_people_with_similar_names_stay_apart(cli, tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "a.txt": "Senator Rand Paul spoke. Rand Paul said no. John Smith testified.\n",
            "b.txt": "Former Representative Ron Paul agreed. Jane Smyth, a farmer, disagreed.\n",
            "c.txt": "Mark Smith and his wife, Mary Smith, own a farm. Mary Smith spoke.\n",
            "d.txt": "Erik Jansen, a Danish official, met Maria Janssen. Jansen agreed.\n",
            "e.txt": "Giorgia Meloni visited Georgia and the Georgian capital, Tbilisi.\n",
        },
    )
    assert findings(cli, tmp_path, ".") == []


def test_two_attested_names_one_letter_apart_are_two_people(cli, tmp_path: Path) -> None:
    """A Croatian "Marija" alone in one file and "Maria" in others are two names; a slip
    ("Blinkin", an unattested spelling) is still reported across files."""
    (tmp_path / "a.txt").write_text("A woman named Marija, who was mending a wall, helped.\n")
    (tmp_path / "b.txt").write_text("The donors, a couple called Theodoros and Maria, paid.\n")
    (tmp_path / "c.txt").write_text("Maria Janssen, a Dutch economist, spoke on the panel.\n")
    assert findings(cli, tmp_path, ".") == []
    (tmp_path / "d.txt").write_text("Secretary Blinken spoke. Blinken left.\n")
    (tmp_path / "e.txt").write_text("Secretary Blinkin spoke on Monday.\n")
    assert [f["path"] for f in findings(cli, tmp_path, ".")] == ["e.txt"]


def test_clean_multi_file_corpus_with_many_names_is_silent(cli) -> None:
    r = cli("check", "--format", "json", "--no-cache", str(NAMES_CLEAN), str(CLEAN), cwd=REPO)
    fs = json.loads(r.stdout)["findings"]
    assert [
        (f["path"], f["line"], f["code"], f["message"])
        for f in fs
        if f["code"].startswith("NM") or NAMES_CLEAN.name in f["path"]
    ] == []


GLOSSARY = """\
- name: Volodymyr Zelenskyy
  variants: [Zelenskiy, Zelenski]
- Antony Blinken
- name: Emily Horne
  variants: [Horn]
"""


def test_glossary_variants_are_errors_with_safe_fixes(cli, tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            ".mtlint.yaml": "glossary: names.yaml\n",
            "names.yaml": GLOSSARY,
            "docs/a.txt": "President Volodymyr Zelenskyy spoke. Zelenskiy's aides agreed.\n",
            "docs/b.txt": "Emily Horn said the Horn of Africa needed aid. Zelenskyy agreed.\n",
        },
    )
    fs = findings(cli, tmp_path, "docs")
    assert brief(fs) == [("a.txt", 1, "NM002"), ("b.txt", 1, "NM002")]
    assert all(f["severity"] == "error" and f["fix"]["applicability"] == "safe" for f in fs)
    assert "'Zelenskiy' is a known variant of 'Volodymyr Zelenskyy'" in fs[0]["message"]
    cli("check", "--fix", "--no-cache", "docs", cwd=tmp_path)
    assert (tmp_path / "docs/a.txt").read_text(encoding="utf-8") == (
        "President Volodymyr Zelenskyy spoke. Zelenskyy's aides agreed.\n"
    )
    assert (
        (tmp_path / "docs/b.txt")
        .read_text(encoding="utf-8")
        .startswith("Emily Horne said the Horn of Africa")
    )


def test_glossary_names_are_never_variants_and_win(cli, tmp_path: Path) -> None:
    files = {f"docs/{k}": v for k, v in ZELENSKY.items() if k != "d.txt"}
    files["docs/d.txt"] = "Volodymyr Zelenskyy spoke. Anthony Blinken listened.\n"
    write(tmp_path, {".mtlint.yaml": "glossary: names.yaml\n", "names.yaml": GLOSSARY, **files})
    fs = findings(cli, tmp_path, "docs")
    flagged = {f["message"].split("'")[1] for f in fs}
    assert "Zelenskyy" not in flagged  # outnumbered five to one, but the glossary's spelling
    assert flagged == {"Zelensky", "Anthony Blinken"}
    assert all(f["code"] == "NM001" and "the glossary name" in f["message"] for f in fs)
    assert all(f["severity"] == "warning" for f in fs)


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("- name: X Y\n  variantz: [a]\n", "entry 1: variantz: unknown key"),
        ("names: [a]\n", "expected a list of names"),
        ("- Emily Horne\n- name: Emily Horne\n", "Emily Horne: listed twice"),
        ("- name: Antony Blinken\n  variants: [Blinken]\n", "variant 'Blinken' is part of"),
        ("- name: A B\n  variants: [C]\n- name: D E\n  variants: [C]\n", "also a variant of"),
        ("[unclosed\n", "invalid YAML"),
        ("- name: 42\n", "expected a non-empty string"),
    ],
)
def test_bad_glossary_is_a_one_line_config_error(
    cli, tmp_path: Path, content: str, problem: str
) -> None:
    write(
        tmp_path,
        {".mtlint.yaml": "glossary: names.yaml\n", "names.yaml": content, "a.txt": "Fine text.\n"},
    )
    r = cli("check", "a.txt", cwd=tmp_path)
    assert r.returncode == 2
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "names.yaml" in lines[0] and problem in lines[0], r.stderr


def test_missing_glossary_is_a_config_error(cli, tmp_path: Path) -> None:
    write(tmp_path, {".mtlint.yaml": "glossary: nowhere.yaml\n", "a.txt": "Fine.\n"})
    r = cli("check", "a.txt", cwd=tmp_path)
    assert r.returncode == 2 and "nowhere.yaml: cannot read glossary" in r.stderr


def test_glossary_applies_to_jsonl_records(cli, tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            ".mtlint.yaml": "glossary: names.yaml\n",
            "names.yaml": GLOSSARY,
            "c.jsonl": json.dumps({"text": "Zelenskiy spoke."}) + "\n",
        },
    )
    fs = findings(cli, tmp_path, "--jsonl-field", "text", "c.jsonl")
    assert [f["code"] for f in fs] == ["NM002"]


def test_lint_text_uses_its_config_glossary_and_no_stale_run(tmp_path: Path) -> None:
    write(tmp_path, {"names.yaml": GLOSSARY, **ZELENSKY})
    list(mtlint.lint_paths([tmp_path]))  # a run publishes its indexes, then drops them
    text = "Later, Zelenski told reporters the talks had gone well.\n"
    assert [f.code for f in lint_text(text) if f.code.startswith("NM")] == []
    cfg = Config(root=tmp_path, glossary=tmp_path / "names.yaml")
    assert [f.code for f in lint_text(text, config=cfg) if f.code.startswith("NM")] == ["NM002"]


def test_over_translated_surnames(cli, tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "a.txt": (
                "Antony Blinken arrived in Kyiv. Previously, flash have confirmed that the "
                "aid was ready.\n\nThe talks were led by Secretary of State flash, who "
                "flew in on Monday.\n"
            ),
            "b.txt": (
                "Italian Prime Minister Giorgia melons met Chancellor cook, who said little.\n"
            ),
            "c.txt": (
                "“We will not give up,” said squid. Yesterday, carpenter said the roof held.\n"
            ),
            "d.txt": (
                "The camera flash went off. The cook said dinner was late. Melons and "
                "squid were on the menu, residents said.\n"
            ),
        },
    )
    fs = findings(cli, tmp_path, ".")
    assert brief(fs) == [
        ("a.txt", 1, "NM003"),
        ("a.txt", 3, "NM003"),
        ("b.txt", 1, "NM003"),
        ("b.txt", 1, "NM003"),
        ("c.txt", 1, "NM003"),
        ("c.txt", 1, "NM004"),
    ]
    first = fs[0]
    assert "German surname 'Blinken' (Antony Blinken)" in first["message"]
    assert first["fix"]["applicability"] == "unsafe"  # the document names Blinken
    assert fs[3]["fix"]["applicability"] == "display"  # nobody named Koch in b.txt


def test_explain_shows_the_dominance_criteria(cli) -> None:
    r = cli("explain", "NM001")
    assert r.returncode == 0
    assert "Which spelling is dominant" in r.stdout and "more files" in r.stdout


def test_data_file_is_not_a_rule(cli) -> None:
    r = cli("rules")
    assert "literal-surnames" not in r.stdout
    assert all(code in r.stdout for code in ("NM001", "NM002", "NM003", "NM004"))


def test_seeds_run_at_once_flag_every_name_defect_and_nothing_else(cli, shared: Path) -> None:
    gold = [
        json.loads(x)
        for x in (shared / "corpus" / "seeds.gold.jsonl").read_text(encoding="utf-8").splitlines()
        if x.strip()
    ]
    fs = findings(cli, shared / "corpus", "seeds")
    flagged = {(f"seeds/{Path(f['path']).name}", f["line"]) for f in fs}
    wanted = {(g["file"], g["line"]) for g in gold if g["category"] == "name"}
    annotated = {(g["file"], g["line"]) for g in gold}
    assert wanted <= flagged, sorted(wanted - flagged)
    assert flagged <= annotated, sorted(flagged - annotated)


def test_a_middle_initial_keeps_the_first_name_evidence(cli, tmp_path: Path) -> None:
    """ "Sen. Thomas R. Whitcomb" and "Daniel Whitcombe" are two people: the first names
    differ, though a middle initial stands between Thomas and his surname."""
    files = {
        f"w{i}.txt": f"{first} Whitcombe, an economist, said prices would rise. "
        f"Whitcombe added that wages lag.\n"
        for i, first in enumerate(["Daniel", "Aisha", "Conor", "Elena", "Fatima", "Anders"])
    }
    files["senate.txt"] = (
        "The bill was backed by Sen. Thomas R. Whitcomb, who called it overdue. "
        "Whitcomb said the vote would be close.\n"
    )
    write(tmp_path, files)
    assert findings(cli, tmp_path, ".") == []
    files["senate.txt"] = files["senate.txt"].replace("Thomas R. Whitcomb", "Thomas Whitcomb")
    write(tmp_path, files)
    assert findings(cli, tmp_path, ".") == []  # the same without the initial
