"""EN001's spans: applying every reported repair to a garbled line gives ftfy's repair,
whatever words surround the damage (the diff runs only between the common ends)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from mtlint.document import Document
from mtlint.rules.encoding.mojibake import Mojibake, _repair_line, mojibake_repairs

WORDS = ["the", "café", "minister’s", "said", "—", "naïve", "talks", "“Kyiv”", "and", "Zürich"]


def _garble(word: str) -> str:
    return word.encode("utf-8").decode("cp1252", errors="replace")


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.booleans()), min_size=1, max_size=40))
def test_repairs_rebuild_ftfys_line(parts: list[tuple[str, bool]]) -> None:
    line = " ".join(_garble(w) if bad else w for w, bad in parts)
    doc = Document(line + "\n", "t.txt")
    fixed = _repair_line(line)
    out, end = [], 0
    for repair in mojibake_repairs(doc):
        out.append(line[end : repair.span.start] + repair.replacement)
        end = repair.span.end
    out.append(line[end:])
    assert "".join(out) == fixed


def test_a_deletion_is_named_as_such() -> None:
    """ftfy drops the "â€" of a "”" whose last byte became "�": the repair deletes it,
    and the message says so instead of "should read ''"."""
    doc = Document("He was concerned\u00e2\u20ac\ufffd about the plan.\n", "t.txt")
    hits = [h for h in Mojibake().check(doc) if doc.text[h.span.start : h.span.end] == "â€"]
    assert len(hits) == 1
    assert hits[0].message == "mojibake 'â€' (stray bytes of a mis-decoded character: delete them)"
    assert hits[0].fix is not None and hits[0].fix.edits[0].replacement == ""
