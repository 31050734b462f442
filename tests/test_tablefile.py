"""Table files in the user cache: the container, the word list and the language model.

The word list and the language model are read from unpacked copies in the user cache;
these tests check that the copies answer exactly as the sources do, that a stale,
corrupt or missing copy is rebuilt, and that an unwritable cache still works.
"""

from __future__ import annotations

import io
from array import array
from pathlib import Path

import numpy as np
import pytest

from mtlint import lexicon, tablefile
from mtlint.rules.untranslated import _langid, _langid_table


def test_sections_round_trip(tmp_path: Path) -> None:
    grid = np.arange(12, dtype=np.float16).reshape(3, 4)
    sections = {"ids": array("I", [7, 8, 9]), "grid": grid, "raw": b"abc"}
    path = tmp_path / "t.tab"
    tablefile.save(path, sections, {"answer": 42})
    tables = tablefile.open_file(path)
    assert tables is not None
    assert tables.meta == {"answer": 42}
    assert list(tables.array("ids")) == [7, 8, 9]
    assert tables.read("ids", 1, 1) == array("I", [8]).tobytes()
    assert tables.shape("grid") == (3, 4) and tables.format("grid") == "e"
    assert tables.read("grid", 4, 4) == grid[1].tobytes()
    assert tables.read("raw") == b"abc"
    buffer = io.BytesIO()
    tablefile.dump(buffer, sections, {})
    in_memory = tablefile.from_buffer(buffer.getbuffer())
    assert in_memory is not None and list(in_memory.array("ids")) == [7, 8, 9]


def test_reads_without_pread(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "t.tab"
    tablefile.save(path, {"ids": array("q", range(-5, 5))}, {})
    monkeypatch.delattr("os.pread", raising=False)  # as on Windows
    tables = tablefile.open_file(path)
    assert tables is not None
    assert list(tables.array("ids")) == list(range(-5, 5))
    assert tables.read("ids", 9, 1) == array("q", [4]).tobytes()


def test_damaged_or_missing_files_do_not_open(tmp_path: Path) -> None:
    path = tmp_path / "t.tab"
    assert tablefile.open_file(path) is None
    tablefile.save(path, {"ids": array("I", range(1000))}, {})
    data = path.read_bytes()
    path.write_bytes(data[:-100])  # truncated
    assert tablefile.open_file(path) is None
    path.write_bytes(b"")
    assert tablefile.open_file(path) is None
    path.write_bytes(b"not a table file at all")
    assert tablefile.open_file(path) is None


def test_remove_stale_keeps_the_current_file(tmp_path: Path) -> None:
    for name in ("words-1.tab", "words-2.tab", "other.tab"):
        (tmp_path / name).write_bytes(b"x")
    tablefile.remove_stale(tmp_path / "words-2.tab", "words-")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.tab", "words-2.tab"]


def _lexicon(table: dict[str, float]) -> lexicon.Lexicon:
    sections, meta = lexicon.layout(table)
    buffer = io.BytesIO()
    tablefile.dump(buffer, sections, meta)
    tables = tablefile.from_buffer(buffer.getbuffer())
    assert tables is not None
    return lexicon.Lexicon(tables)


def test_lexicon_answers_as_the_dict() -> None:
    table = {f"w{i}": float(i * 7 + 1) for i in range(5000)} | {"naïve": 3.0, "": 2.0}
    words = _lexicon(table)
    assert len(words) == len(table)
    assert list(words) == list(table)
    queries = [*table, "w5000", "W1", "x", "naive", "\ud800", "w1 ", "w" * 300]
    for _ in range(2):  # the second round is answered from the memo
        for q in queries:
            assert words.get(q) == table.get(q)
            assert words.get(q, 0.0) == table.get(q, 0.0)
            assert (q in words) == (q in table)
    assert words["w3"] == 22.0
    with pytest.raises(KeyError):
        words["nope"]
    assert None not in words and 5 not in words and words.get(b"w1") is None  # type: ignore[call-overload,comparison-overlap]


def test_lexicon_memo_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lexicon, "_MEMO", 10)
    table = {f"w{i}": float(i) for i in range(100)}
    words = _lexicon(table)
    for i in range(200):
        assert words.get(f"w{i}") == table.get(f"w{i}")
        assert len(words._memo) <= 10


def test_empty_lexicon() -> None:
    words = _lexicon({})
    assert len(words) == 0 and "a" not in words and list(words) == []


def test_unigrams_match_wordsegment(cache_home: Path) -> None:
    import wordsegment

    source = wordsegment.Segmenter.parse(wordsegment.Segmenter.UNIGRAMS_FILENAME)
    stale = cache_home / "mtlint" / "lexicon" / "unigrams-1-2.marshal"
    stale.parent.mkdir(parents=True)
    stale.write_bytes(b"old")
    built = lexicon.unigrams()
    assert not stale.exists()  # an older key's file is removed
    (target,) = (cache_home / "mtlint" / "lexicon").iterdir()
    lexicon.unigrams.cache_clear()
    reread = lexicon.unigrams()
    assert reread is not built and len(reread) == len(source)
    sample = [*list(source)[:2000], *list(source)[-2000:], "zzqxj", "The", "naïve", ""]
    for word in sample:
        assert reread.get(word) == source.get(word)
        assert (word in reread) == (word in source)
    assert lexicon.count("The") == source["the"]
    # A damaged file is rebuilt.
    target.write_bytes(target.read_bytes()[:1000])
    lexicon.unigrams.cache_clear()
    assert lexicon.unigrams().get("the") == source["the"]
    assert tablefile.open_file(target) is not None


def test_unigrams_without_a_writable_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cache_home: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker / "cache"))  # cannot be created
    words = lexicon.unigrams()
    assert words.get("the", 0.0) > 1e10 and "zzqxj" not in words


_TEXTS = [
    "Il governo ha dichiarato che la situazione è sotto controllo.",
    "más vale tarde que nunca",
    "Der Bundestag hat am Donnerstag das Gesetz beschlossen.",
    "The opposition disagreed with the minister.",
    "ÉCOLE NATIONALE SUPÉRIEURE",
    "Москва заявила о готовности к переговорам",
    "",
    "1234 5678",
    "nous ne céderons pas",
]


def test_langid_table_ranks_as_py3langid(cache_home: Path) -> None:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    reference = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    built = _langid_table.load_identifier()
    reread = _langid_table.load_identifier()  # from the file the first call wrote
    for text in _TEXTS:
        expected = built.rank(text)
        assert reread.rank(text) == expected
        want = dict(reference.rank(text))  # float32 sums in another order: see test_langid_score
        assert expected[0][0] == reference.rank(text)[0][0]
        assert all(abs(p - want[label]) <= 1e-5 for label, p in expected)
    first = built.rank(_TEXTS[0])
    (target,) = (cache_home / "mtlint" / "langid").iterdir()
    target.write_bytes(b"damaged")
    assert _langid_table.load_identifier().rank(_TEXTS[0]) == first
    assert tablefile.open_file(target) is not None  # rebuilt
    lang, prob, foreign = _langid.identify(_TEXTS[0])
    assert lang == "it" and prob > 0.5 and foreign > 0.9


def test_langid_without_a_writable_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cache_home: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker / "cache"))
    assert _langid.identify(_TEXTS[1])[0] == "es"


def test_article_words_match_the_bigram_list(cache_home: Path) -> None:
    """The words after "the", "a" or "an" in wordsegment's bigram list, parsed once and
    then read from the cache's table file: the same set both ways."""
    import wordsegment

    source = Path(wordsegment.Segmenter.BIGRAMS_FILENAME).read_text(encoding="utf-8")
    expected = {
        pair.partition(" ")[2]
        for pair in (line.partition("\t")[0] for line in source.splitlines())
        if pair.startswith(("the ", "a ", "an "))
    }
    lexicon.article_words.cache_clear()
    built = lexicon.article_words()
    (target,) = (cache_home / "mtlint" / "lexicon").glob("article-words-*")
    lexicon.article_words.cache_clear()
    reread = lexicon.article_words()
    assert built == reread == expected and "fox" in reread and "johnson" not in reread
    # The second read came from the table file: what the file says is the answer.
    tablefile.save(target, {"words": b"alpha\nbeta"}, {"format": lexicon.FORMAT})
    lexicon.article_words.cache_clear()
    assert lexicon.article_words() == {"alpha", "beta"}
    lexicon.article_words.cache_clear()
